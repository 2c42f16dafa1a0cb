"""Quote classes found on blind40q, each on invented paragraphs.

* A promise of another's act with no auxiliary, the act's own subject and verb after
  "berjanji" ("berjanji pemkot membenahi ...").
* A stance of two words declared after "menyatakan", opened by a negation, an aspect or
  readiness ("menyatakan masih pikir-pikir.", "menyatakan tidak keberatan."); a word
  doubled with a hyphen is one word of a short state ("mengaku masih ragu-ragu.").
* A surname that is also an auxiliary in lower case ("Paulus Enggan")
  closing the subject before the verb.
* A weak verb of admitting whose clause ends in the speaker's own words: a subject, then
  its predicate quoted ('mengakui sebagian rumah "memang sudah langganan banjir"'), one
  mixed item.
* A lead quote standing alone, its speaker named in the next paragraph by the kind of
  statement it was ("Peringatan itu disampaikan Kepala X, Budi, ...").
* An office over two fields joined by "dan" ("Menteri Kelautan dan Perikanan") taken up
  again by its title alone ("Menteri juga meminta ..."): the whole office, or the holder
  named after it.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes
from tests.nlp.quotes.quoted import speaker_of as _speaker_of

from warta.nlp.quotes.speakers import parse_subject


def test_a_promise_of_anothers_act_with_its_own_subject_is_reported() -> None:
    text = (
        "MAKASSAR - Banjir merendam Pasar Terong, Rabu (4/11/2026).\n\n"
        "Wali Kota Makassar, Andi Rahman, meninjau lokasi. Ia berjanji pemkot membenahi "
        "saluran drainase di sekitar pasar sebelum akhir tahun."
    )
    assert _speaker_of(text, "pemkot membenahi saluran") == "Andi Rahman"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Kuasa hukum terdakwa, Rudi Hartono, menyatakan masih pikir-pikir.", "masih pikir-pikir"),
        ("Ketua Koperasi Sumber Rejeki, Rudi Hartono, menyatakan tidak keberatan.", "tidak"),
        ("Pedagang sayur, Rudi Hartono, mengaku masih ragu-ragu.", "masih ragu-ragu"),
    ],
)
def test_a_short_stance_is_a_report(sentence: str, words: str) -> None:
    assert _speaker_of(sentence, words) == "Rudi Hartono"


def test_a_noun_object_of_declaring_is_no_stance() -> None:
    text = "Ketua Koperasi Sumber Rejeki, Rudi Hartono, menyatakan dukungan penuh."
    assert not _quotes(text)


@pytest.mark.parametrize("name", ["Yohanes Ingin", "Paulus Enggan"])
def test_a_surname_written_like_an_auxiliary_closes_the_subject(name: str) -> None:
    # The subject parser alone: the tagger may or may not know the name.
    who = parse_subject(f"Kepala Desa Oelnasi, {name}, ")
    assert who is not None
    assert who.name == name


def test_a_quoted_predicate_after_a_verb_of_admitting_is_one_mixed_item() -> None:
    text = (
        "Ketua RW 05 Kelurahan Tallo, Baso Tang, mengakui sebagian rumah di lorong itu "
        '"memang sudah langganan banjir" setiap musim hujan.'
    )
    quotes = _quotes(text)
    assert len(quotes) == 1
    assert quotes[0].kind == "mixed"
    assert quotes[0].speaker == "Baso Tang"
    assert quotes[0].text.startswith("sebagian rumah")


def test_a_term_in_scare_quotes_after_a_verb_of_admitting_makes_no_item() -> None:
    text = 'Ketua RW 05 Kelurahan Tallo, Baso Tang, mengakui lorong itu "rawan".'
    assert not any(q.kind == "mixed" for q in _quotes(text))


def test_a_lead_quote_is_credited_by_the_statement_noun_of_the_next_paragraph() -> None:
    text = (
        'Jakarta, CNN Indonesia -- "Semua kapal nelayan wajib merapat ke pelabuhan. '
        'Gelombang bisa mencapai enam meter."\n\n'
        "Imbauan itu disampaikan Kepala Stasiun Meteorologi Maritim Bitung, Ferdinand "
        "Pangemanan, setelah siklon tropis terdeteksi di Laut Maluku, Rabu (4/11/2026)."
    )
    assert _speaker_of(text, "Semua kapal nelayan") == "Ferdinand Pangemanan"


_MINISTER_READ = (
    "SORONG - Peringatan Hari Nusantara digelar di Pelabuhan Perikanan Sorong, Senin "
    "(14/12/2026).\n\n"
    "Wakil Wali Kota Sorong, Yohanis Mambrasar, membacakan sambutan tertulis {office}. "
    'Menteri menilai nelayan adalah "tulang punggung pangan laut" bangsa ini.\n\n'
    "Selain itu, Menteri mendesak pemda mempercepat pembangunan pelabuhan ikan di "
    "kawasan timur."
)


@pytest.mark.parametrize(
    "office", ["Menteri Kelautan dan Perikanan", "Menteri Pekerjaan Umum dan Perumahan Rakyat"]
)
def test_an_office_over_two_fields_taken_up_by_its_title_is_the_whole_office(office: str) -> None:
    text = _MINISTER_READ.format(office=office)
    assert _speaker_of(text, "tulang punggung") == office
    assert _speaker_of(text, "mempercepat pembangunan") == office


def test_an_office_over_two_fields_then_its_holder_is_the_holder() -> None:
    text = _MINISTER_READ.format(office="Menteri Kelautan dan Perikanan Bambang Wirawan")
    assert _speaker_of(text, "mempercepat pembangunan") == "Bambang Wirawan"
