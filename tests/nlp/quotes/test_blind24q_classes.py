"""Quote classes found on blind24q (issue 17), each on invented paragraphs.

* An abbreviated given name ("Ach.", "Muh.", "Moh.", "Abd.") stays in the speaker's name,
  wherever in the name it stands, also when the tagger took it for a place.
* A credit opening the next paragraph ("Hal itu disampaikan X ...") takes the whole run
  of the paragraph before it, the lead's too (a press release's summary), its dateline
  left out; the credit may name what was said by a noun of a proposition ("Usulan
  kenaikan itu disampaikan oleh X").
* "Sebagaimana/Seperti disampaikan X, ..." opening a sentence credits the report after
  the comma, as "Menurut X, ..." does.
* A verb of assurance takes a subject holding a place of two words ("memastikan semua
  pompa air di Kota Lama berfungsi").
* After a fronted clause of time ("Ketika dihubungi, Kepala X, Budi, menolak ..."), the
  appositive person is the sentence's subject, the one "ujarnya" points to next, also
  with a negated verb.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes

from warta.nlp.quotes.extract import extract_quotes
from warta.nlp.quotes.resolved import _dotted_as_written
from warta.records import Mention


def test_abbreviated_given_name_kept_when_the_tagger_took_it_for_a_place() -> None:
    text = (
        "Kepala Dinas Perikanan Tuban, Ach. Hanafi Umar, mengatakan harga ikan turun "
        'tajam pekan ini. "Nelayan rugi besar," ujarnya.'
    )
    a, u = text.index("Ach"), text.index("Umar")
    mentions = [Mention(a, a + 3, "Ach", "LOC", "Ach"), Mention(u, u + 4, "Umar", "PER", "Umar")]
    assert [q.speaker for q in extract_quotes(text, mentions)] == ["Ach. Hanafi Umar"] * 2


@pytest.mark.parametrize(
    ("name", "text", "written"),
    [
        ("Andi Muh Yusran", "kata Andi Muh. Yusran.", "Andi Muh. Yusran"),
        ("Moh Kasim Ode", "kata Moh. Kasim Ode.", "Moh. Kasim Ode"),
        ("Budi Santoso", "kata Budi Santoso.", "Budi Santoso"),
    ],
)
def test_abbreviated_part_dotted_as_written(name: str, text: str, written: str) -> None:
    assert _dotted_as_written(name, text) == written


def test_credit_opening_next_paragraph_takes_the_whole_lead_without_dateline() -> None:
    text = (
        "KOTA BARU, Warta Timur - Semua sekolah dasar di Kabupaten Sikka diminta "
        "menyelesaikan perbaikan atap sebelum musim hujan tiba. Dana perbaikan akan "
        "dicairkan bertahap mulai bulan depan.\n\n"
        "Hal itu disampaikan Bupati Sikka Yohanes Paulus Kelen saat rapat kerja di aula "
        "kantor bupati, Senin (2/11/2026).\n\n"
        '"Jangan tunggu atap runtuh dulu," kata Yohanes.'
    )
    first = _quotes(text)[0]
    assert first.text.startswith("Semua sekolah dasar")
    assert first.text.endswith("mulai bulan depan.")
    assert first.speaker == "Yohanes Paulus Kelen"


def test_sebagaimana_disampaikan_credits_the_report_after_the_comma() -> None:
    text = (
        "Kepala Dinas Kesehatan Kota Baru, Ratna Widya Utami, meninjau puskesmas di "
        "pinggir kota.\n\nSebagaimana disampaikan Ratna, dinas menemukan ratusan dosis "
        "vaksin yang kedaluwarsa di gudang lama."
    )
    assert [(q.speaker, q.text[:13]) for q in _quotes(text)] == [
        ("Ratna Widya Utami", "dinas menemuk")
    ]


def test_assurance_with_a_place_of_two_words_in_its_subject() -> None:
    text = (
        "Wali Kota Baru Hendrikus Lado meninjau rumah pompa di tepi sungai. Ia memastikan "
        "semua pompa air di Kota Lama berfungsi."
    )
    assert [(q.speaker, q.text) for q in _quotes(text)] == [
        ("Hendrikus Lado", "semua pompa air di Kota Lama berfungsi.")
    ]


@pytest.mark.parametrize(
    "verb",
    ["menolak berkomentar panjang.", "tidak membantah kabar itu. Ia hanya tersenyum."],
)
def test_appositive_person_after_fronted_time_clause_is_the_subject(verb: str) -> None:
    text = (
        "Sumber lain di Dinas Pendidikan Kota Baru menyebut mutasi akan diumumkan pekan "
        f"depan.\n\nKetika dihubungi, Kepala Dinas Pendidikan, Ferdinandus Toda, {verb} "
        '"Tunggu saja pengumumannya," ujarnya.'
    )
    assert _quotes(text)[-1].speaker == "Ferdinandus Toda"


def test_credit_through_a_noun_of_what_was_said() -> None:
    text = (
        "KOTA BARU, Warta Timur - Pemerintah berniat menaikkan tarif air bersih mulai "
        "pertengahan tahun depan.\n\n"
        "Usulan kenaikan itu disampaikan oleh Direktur Perusahaan Air Minum Kota Baru, "
        "Theresia Bunga Lamak, dalam rapat bersama dewan, Selasa (3/11/2026)."
    )
    first = _quotes(text)[0]
    assert first.text.startswith("Pemerintah berniat menaikkan")
    assert first.speaker == "Theresia Bunga Lamak"
