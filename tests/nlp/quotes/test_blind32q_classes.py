"""Quote classes found on blind32q, each on invented paragraphs.

* A verb-first cue fronted before its named speaker and a comma ("Kata <Name>, ...",
  "Ujar <Office>, <Name>, ...") credits the report after the comma to that speaker; with
  "-nya" ("Imbuhnya, ...", "Tuturnya, ...") to the last speaker.
* A directive whose addressee is asked for a degree of a manner ("meminta X lebih
  terbuka", "makin serius") reports the request; a hope whose subject is one
  capitalised name ("berharap <Club> mempertahankan ...") reports the hope.
* "lain"/"lainnya" closing a description after a verb-first cue ("timpal anggota
  <Body> lainnya, <Name>", "kata warga lainnya, <Name>") leaves the person named after
  the comma as the speaker, not the body.
* A record ("Menurut catatan <Body>, ...") is a data source, no one's statement.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes
from tests.nlp.quotes.quoted import speaker_of as _speaker_of

from warta.nlp.quotes.clauses import fronted_named_cue
from warta.nlp.quotes.speakers import parse_after

_OPENING = (
    "Ketua Koperasi Tani Makmur, Hendra Wijaya, mengatakan hasil jagung musim ini turun. "
    '"Banyak lahan kering sejak Agustus," ujarnya.\n\n'
)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Kata Hendra, koperasi akan membeli jagung petani di atas harga pasar.", "koperasi akan"),
        ("Imbuhnya, pupuk bersubsidi sering datang terlambat ke desa.", "pupuk bersubsidi"),
        ("Tuturnya, sebagian petani sudah beralih menanam singkong.", "sebagian petani"),
    ],
)
def test_a_fronted_cue_credits_the_report_after_its_comma(sentence: str, words: str) -> None:
    quotes = _quotes(_OPENING + sentence)
    hit = next(q for q in quotes if words in q.text)
    assert hit.speaker == "Hendra Wijaya"
    assert hit.text.startswith(words)


def test_a_fronted_cue_with_an_office_takes_its_holder() -> None:
    cue, who, at, start = fronted_named_cue(
        "Ujar Kepala Dinas Perikanan Kota Rembang, Sutrisno Adi, stok ikan aman."
    ) or ("", None, 0, 0)
    assert cue == "Ujar" and who is not None and who.name == "Sutrisno Adi"
    assert at == 42
    assert start == len("Ujar Kepala Dinas Perikanan Kota Rembang, Sutrisno Adi, ")


def test_a_fronted_word_that_opens_no_speaker_is_no_cue() -> None:
    assert fronted_named_cue("Kata demi kata ia susun, lalu ia kirim.") is None
    assert fronted_named_cue("Kata Budi tanpa koma lalu titik.") is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Tokoh pemuda, Bayu Aji (27), mendesak panitia lebih terbuka soal daftar "
            "penerima bantuan.",
            "panitia lebih",
            "Bayu Aji",
        ),
        (
            "Nelayan setempat, Rahmat Hidayat (50), meminta aparat desa makin tegas terhadap "
            "penambang pasir di pantai utara.",
            "aparat desa makin",
            "Rahmat Hidayat",
        ),
        (
            "Pedagang sayur asal Wates, Sumiyati Rahayu (39), berharap Pertamina menambah "
            "pasokan elpiji ke pangkalan.",
            "Pertamina menambah",
            "Sumiyati Rahayu",
        ),
    ],
)
def test_a_request_for_a_degree_or_a_hope_of_one_named_subject_is_reported(
    text: str, words: str, speaker: str
) -> None:
    assert _speaker_of(text, words) == speaker


def test_a_thing_asked_for_by_degree_is_no_report() -> None:
    text = "Panitia lomba, Bayu Aji (27), meminta waktu lebih lama kepada juri."
    assert not _quotes(text)


@pytest.mark.parametrize(
    ("rest", "name", "role"),
    [
        (" anggota DPRD Jepara lainnya, Yosef Tanamal.", "Yosef Tanamal", "anggota DPRD Jepara"),
        (" warga lainnya, Sunarti Wulan.", "Sunarti Wulan", "warga lainnya"),
        (" pedagang lain, Marni.", "Marni", "pedagang lain"),
    ],
)
def test_another_of_a_kind_before_a_comma_is_the_person_named_after_it(
    rest: str, name: str, role: str
) -> None:
    who, left = parse_after(rest)
    assert who is not None
    assert (who.name, who.role, left) == (name, role, ".")


def test_another_member_of_a_body_speaks_as_himself_in_a_hearing() -> None:
    text = (
        "Anggota Komisi IV, Darmawan Saputra, mempersoalkan data impor garam. "
        '"Pak Dirjen, angka ini dari mana?" tanya Darmawan.\n\n'
        '"Tahun lalu jawabannya juga sama, Pak," timpal anggota Komisi IV lainnya, '
        "Yosef Tanamal."
    )
    assert _speaker_of(text, "Tahun lalu") == "Yosef Tanamal"
    assert _speaker_of(text, "angka ini") == "Darmawan Saputra"


def test_a_record_of_a_body_is_no_statement() -> None:
    text = "Menurut catatan Badan Pusat Statistik, konsumsi air rumah tangga naik tiap kemarau."
    assert not _quotes(text)
