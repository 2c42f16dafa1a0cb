"""Quote classes found on blind31q, each on invented paragraphs.

* "seorang" is the classifier of persons: "seorang orator berompi hijau" (any noun and a
  "ber-" feature) is one person described, who speaks under that description; a "ber-"
  word that names or dates him ("bernama", "berinisial", "berusia") is no feature.
* "sebut saja" brings in a pseudonym ("Korban, sebut saja Mawar, ..."): a bare stem and
  "saja" is an imperative, no cue, and the name it brings in is the appositive.
* A name glossed as a pseudonym ("Kenanga (bukan nama sebenarnya)") is a person's, so
  "-nya" after it points back to her even when the tagger took the name for a place.
"""

from tests.nlp.quotes.quoted import quotes_in as _quotes

from warta.nlp.quotes.people import is_people
from warta.records import Quote


def _found(text: str, words: str) -> Quote | None:
    return next((q for q in _quotes(text) if words in q.text), None)


def test_one_person_described_by_a_feature_speaks_under_it() -> None:
    text = (
        "Dari atas panggung, seorang orator bertopi merah menyebut buruh kini hanya "
        'dibayar separuh upah. "Kami lapar, bos kenyang!" serunya.'
    )
    told = _found(text, "buruh kini hanya")
    shouted = _found(text, "Kami lapar")
    assert told is not None and told.cue == "menyebut"
    assert shouted is not None
    assert told.speaker == shouted.speaker == "seorang orator bertopi merah"


def test_a_ber_word_that_names_is_no_feature() -> None:
    assert is_people("Seorang orator bertopi merah")
    assert not is_people("Seorang orator bernama Joko")
    assert not is_people("Seorang sumber bertopi merah")


def test_sebut_saja_brings_in_a_pseudonym_not_a_cue() -> None:
    text = (
        "Korban, sebut saja Mawar (27), mengaku gajinya dipotong tanpa alasan oleh mandor. "
        '"Saya takut melapor," katanya.'
    )
    q = _found(text, "gajinya dipotong")
    assert q is not None and q.cue == "mengaku" and q.speaker == "Mawar"
    assert not any(x.cue == "sebut" for x in _quotes(text))


def test_a_pseudonym_glossed_is_a_person_said_again() -> None:
    text = (
        'Seorang buruh, sebut saja Mawar, mengaku takut. "Saya diam saja," katanya.\n\n'
        "Buruh lain, Kenanga (bukan nama sebenarnya), menuturkan bahwa lembur tidak "
        'pernah dibayar sejak Juni. "Kami sudah lelah," ujarnya.'
    )
    q = _found(text, "Kami sudah lelah")
    assert q is not None and q.speaker == "Kenanga"
