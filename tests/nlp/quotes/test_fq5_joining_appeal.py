"""An appeal to join an act ("X mengajak warga dan pemilik toko ikut menjaga ...") is
reported speech even with an object of up to four words and an unprefixed verb after
"ikut"/"turut"; inviting one person along stays narration (issue 17, class "joining
appeal")."""

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions
from warta.nlp.quotes.extract import extract_quotes

APPEALS = [
    (
        "Ketua Adat Desa Tenganan, Made Suarta, mengajak warga dan wisatawan ikut menjaga "
        "kebersihan sungai di kawasan desa.",
        "Made Suarta",
    ),
    (
        "Camat Lowokwaru, Rina Oktaviani, mengajak seluruh pedagang pasar turut memilah "
        "sampah plastik sebelum dibuang.",
        "Rina Oktaviani",
    ),
    (
        "Koordinator relawan di Palu, Yusuf Lamato, mengajak para pemuda dan pelajar ikut "
        "gotong royong membersihkan saluran air.",
        "Yusuf Lamato",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), APPEALS)
def test_appeal_to_join_is_a_quote(text: str, speaker: str) -> None:
    mentions, _ = resolve_article(text, find_mentions(text))
    quotes = extract_quotes(text, mentions)
    assert [q.speaker for q in quotes] == [speaker]


def test_inviting_one_person_along_is_narration() -> None:
    text = "Penyanyi Dewi Anggraini mengajak adiknya ikut berlibur ke Labuan Bajo pekan lalu."
    mentions, _ = resolve_article(text, find_mentions(text))
    assert extract_quotes(text, mentions) == ()
