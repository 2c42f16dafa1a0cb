"""A name the tagger typed an organisation is a person's after a title when it is cited
alone elsewhere (found on the fifth blind relations set; invented sentences)."""

from __future__ import annotations

from warta.nlp.entities.retyping import _titled_person, _WordRuns
from warta.pipeline.local import process


def _types(text: str) -> dict[str, str]:
    return {m.text: m.type for m in process(text).mentions}


def test_titled_name_cited_alone_is_a_person() -> None:
    text = (
        "Kebijakan itu diumumkan Presiden Mateo Rivas di Lima. "
        "Kementerian Luar Negeri Chile mengkritik kebijakan Rivas."
    )
    types = _types(text)
    assert types["Mateo Rivas"] == "PER"
    assert types.get("Rivas") == "PER"


def test_body_after_a_title_stays_an_organisation() -> None:
    # its last word occurs elsewhere only inside another name
    text = (
        "KPK menahan Kepala Balai Pelaksana Jalan Nasional di Ambon. "
        "Ketua Partai Amanat Nasional menolak berkomentar."
    )
    start = text.index("Balai")
    words = ["Balai", "Pelaksana", "Jalan", "Nasional"]
    assert not _titled_person(text, start, words, _WordRuns(text))
    cited = "Pidato Presiden Mateo Rivas dikritik. Rivas membela diri."
    assert _titled_person(cited, cited.index("Mateo"), ["Mateo", "Rivas"], _WordRuns(cited))
