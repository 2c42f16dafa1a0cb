"""Quote classes found on blind29q, each on invented paragraphs.

* A body named across the acronym it declares ("<Name> (<ACR>) <Region> menyatakan"),
  which the entity layer names as one body, speaks as the sentence names it: "<ACR>
  <Region>"; a company by its bare acronym after its full name ("PT X (ACR) menyatakan")
  is the company, not the words the tagger kept after its head.
* A passive reporting verb whose agent is the clitic "-nya" ("Lebih lanjut
  dijelaskannya, ...") credits the clause after it to the last speaker.
* A speaker named by a bare acronym that one other speaker's name holds as its word
  ("Stasiun ... BX ...", then "tulis BX") is that body.
* Netizens ("seorang warganet") are people described, who speak as described.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes

from warta.nlp.quotes.resolved import bodies_by_inner_acronym


def _speaker_of(text: str, words: str) -> str | None:
    return next(q.speaker for q in _quotes(text) if words in q.text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Badan Pengelola Sampah Daerah (BPSD) Kabupaten Garut menyatakan empat truk "
            "baru tiba pekan ini.",
            "BPSD Kabupaten Garut",
        ),
        (
            "Badan Pengendali Banjir Daerah (BPBJD) Kota Madiun menyatakan empat pompa air "
            "dikerahkan.",
            "BPBJD Kota Madiun",
        ),
    ],
)
def test_a_branch_named_across_its_acronym_speaks_as_the_sentence_names_it(
    text: str, speaker: str
) -> None:
    assert _speaker_of(text, "empat") == speaker


def test_a_company_by_its_bare_acronym_is_the_company_named_before_it() -> None:
    # (the tagger keeps only "Jaya Nusantara" of the name)
    text = "PT Asuransi Jaya Nusantara (Jayanus) menyatakan klaim petani diproses pekan depan."
    assert _speaker_of(text, "klaim petani") == "PT Asuransi Jaya Nusantara"


def test_a_passive_verb_with_its_agent_clitic_credits_the_last_speaker() -> None:
    text = (
        "Kepala gudang, Hendra Wiguna, mengatakan pasokan gula tersendat sejak pekan lalu. "
        "Lebih lanjut dijelaskannya, truk pengangkut tertahan di jalur yang longsor."
    )
    quote = next(q for q in _quotes(text) if "truk pengangkut" in q.text)
    assert quote.cue == "dijelaskannya"
    assert quote.speaker == "Hendra Wiguna"


def test_an_acronym_held_inside_one_speakers_name_is_that_body() -> None:
    names = ["Balai Cuaca BRX Kota Lembah", "BRX", "Budi Santoso", None]
    assert bodies_by_inner_acronym(names)[1] == "Balai Cuaca BRX Kota Lembah"
    # two bodies hold it: the acronym stays as written
    two = ["Balai Cuaca BRX Kota Lembah", "Balai Cuaca BRX Kota Bukit", "BRX"]
    assert bodies_by_inner_acronym(two)[2] == "BRX"


def test_a_netizen_speaks_as_described() -> None:
    text = (
        "Unggahan foto jalan amblas itu dibagikan ribuan kali. \"Tiap musim hujan selalu "
        'begini dan tidak ada yang peduli," tulis seorang warganet.'
    )
    assert _speaker_of(text, "Tiap musim hujan") == "seorang warganet"
