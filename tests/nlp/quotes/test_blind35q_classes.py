"""Quote classes found on blind35q, each on invented paragraphs.

* A clause after a weak verb of assurance or complaint whose subject is long: an
  acronym in brackets glossing the words before it adds no word to the subject, and
  "masih" before a figure is a predicate ("memastikan stok ... masih 4.000 dosis").
* A body named over two fields ("Dinas X dan Y") as the addressee of an instruction.
* An office and its holder with no comma between them (wire style): a company's branch
  and its town, then the holder ("Kepala PT X Cabang Y Budi Santoso"), even when the
  tagger reads the whole run as one body; an office holding a bracketed acronym and a
  grade ("Kepala Kantor X (KX) Kelas I Y Budi Santoso").
* A speech read out on someone's behalf is its author's ("X dalam sambutan yang
  dibacakan Y, Z, mengatakan"); the reader speaks for himself afterwards.
* '"...," tulis manajemen' after a company's statement is the company's, not nobody's.
* A man described in a scene ("bentak pria itu") and named only afterwards ("Pria
  tersebut kemudian diketahui bernama X") is X.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes
from tests.nlp.quotes.quoted import speaker_of as _speaker_of

from warta.nlp.quotes.glued import glued_holder
from warta.nlp.quotes.name_finder import resolve_names
from warta.nlp.quotes.subject import parse_subject
from warta.records import Mention


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Kepala Seksi Logistik Kantor Pos Cabang Kupang, Dewi Lestari, memastikan stok "
            "vaksin rabies di gudang dinas kabupaten masih 4.000 dosis.",
            "stok vaksin",
            "Dewi Lestari",
        ),
        (
            "Ketua koperasi nelayan, Markus Bere, mengeluh harga solar nelayan (BBM) di "
            "stasiun pengisian desa pesisir belum juga turun.",
            "harga solar",
            "Markus Bere",
        ),
        (
            "Bupati Sikka Yoseph Wangge menginstruksikan Dinas Perumahan dan Kawasan "
            "Permukiman membongkar bangunan yang menutup saluran.",
            "Dinas Perumahan",
            "Yoseph Wangge",
        ),
    ],
)
def test_long_subject_clauses_and_two_field_addressees_are_reports(
    text: str, words: str, speaker: str
) -> None:
    assert _speaker_of(text, words) == speaker


def test_a_noun_object_after_a_weak_verb_is_still_no_report() -> None:
    text = "Kepala gudang, Dewi Lestari, memastikan ketersediaan vaksin rabies di gudang dinas."
    assert _quotes(text) == ()


def test_a_holder_glued_to_a_company_branch_is_split_from_the_office() -> None:
    who = parse_subject("Kepala PT Kereta Nusantara Cabang Madiun Agus Priyatna ")
    assert who is not None
    assert (who.name, who.role) == ("Agus Priyatna", "Kepala PT Kereta Nusantara Cabang Madiun")


def test_a_holder_the_tagger_read_inside_a_body_keeps_his_name() -> None:
    text = "Kepala PT Kereta Nusantara Cabang Madiun Agus Priyatna mengatakan kereta tiba."
    body = text[7 : text.index(" mengatakan")]
    mention = Mention(7, 7 + len(body), body, "ORG", entity=body)
    assert resolve_names(text, [("Agus Priyatna", text.index("Agus"))], [mention]) == [
        "Agus Priyatna"
    ]


def test_an_office_holding_a_bracketed_acronym_and_a_grade_takes_the_taggers_holder() -> None:
    head = "Kepala Kantor Imigrasi (Kanim) Kelas I Ende Rinaldi Putra "
    at = head.index("Rinaldi")
    person = Mention(at, at + len("Rinaldi Putra"), "Rinaldi Putra", "PER")
    who = glued_holder(head, 0, None, {person.end: person})
    assert who is not None
    assert (who.name, who.role) == (
        "Rinaldi Putra",
        "Kepala Kantor Imigrasi (Kanim) Kelas I Ende",
    )


def test_a_branch_office_with_no_holder_is_no_person() -> None:
    text = "PT Kereta Nusantara Cabang Madiun menyatakan kereta tambahan mulai beroperasi."
    assert _speaker_of(text, "kereta tambahan") not in ("Madiun", "<missed>")


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Bupati Timor Tengah Anton Seran dalam sambutan yang dibacakan Sekretaris "
            "Daerah, Paulus Bria, mengatakan festival tenun menjadi agenda tahunan.",
            "Anton Seran",
        ),
        (
            "Wali Kota Larantuka Hendrik Kedang dalam pidatonya yang dibacakan oleh Asisten "
            "I Setda, Maria Goreti, menegaskan festival tenun segera dibuka.",
            "Hendrik Kedang",
        ),
    ],
)
def test_a_speech_read_out_is_its_authors(text: str, author: str) -> None:
    assert _speaker_of(text, "festival tenun") == author


def test_the_reader_of_a_speech_speaks_for_himself_afterwards() -> None:
    text = (
        "Bupati Timor Tengah Anton Seran dalam sambutan yang dibacakan Sekretaris Daerah, "
        "Paulus Bria, mengatakan festival tenun menjadi agenda tahunan.\n\n"
        "Ditemui seusai acara, Paulus mengatakan panitia menyiapkan hadiah bagi penenun muda."
    )
    assert _speaker_of(text, "festival tenun") == "Anton Seran"
    assert _speaker_of(text, "panitia menyiapkan") == "Paulus Bria"


def test_a_statement_written_by_the_management_is_the_companys() -> None:
    text = (
        "Perusahaan air minum PT Tirta Sejuk Abadi membantah tuduhan warga soal limbah. "
        '"Kami selalu mengolah limbah sebelum dibuang ke sungai," tulis manajemen.'
    )
    found = _quotes(text)
    assert len(found) == 2
    assert found[1].cue == "tulis"
    assert found[1].speaker is not None
    assert found[1].speaker == found[0].speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Rekaman seorang wanita yang memaki kasir minimarket beredar luas. "
            '"Kamu tidak tahu siapa saya!" teriak wanita itu.\n\n'
            "Wanita tersebut kemudian diketahui bernama Sinta Larasati (29). Ia sudah "
            "meminta maaf.",
            "Kamu tidak tahu",
            "Sinta Larasati",
        ),
        (
            "Dalam video itu, seorang pria berteriak kepada sopir. "
            '"Turun kamu dari mobil!" teriak pria itu.\n\n'
            "Pria tersebut kemudian diketahui bernama Andi Wiratama. "
            '"Saya menyesal," tulis Andi di akun Instagram miliknya.',
            "Turun kamu",
            "Andi Wiratama",
        ),
    ],
)
def test_a_described_shouter_named_afterwards_is_that_person(
    text: str, words: str, speaker: str
) -> None:
    assert _speaker_of(text, words) == speaker


def test_a_described_shouter_never_named_stays_described() -> None:
    text = (
        'Seorang pemuda terekam memukul meja petugas. "Layani saya sekarang juga!" bentak '
        "pemuda itu.\n\nPolisi memeriksa rekaman tersebut."
    )
    assert _speaker_of(text, "Layani saya") == "Seorang pemuda"


@pytest.mark.parametrize(
    "text",
    [
        'Pelatih tamu, Hiroshi Tanaka, kecewa. "Kami menguasai bola sepanjang laga," ujar '
        'Tanaka melalui penerjemah klub, Dani Saputra. "Namun kami lupa mencetak gol."',
        'Kapten tim, Rudi Hartawan, menunduk. "Maaf untuk semua pendukung," ucap Rudi. '
        '"Minggu depan kami harus bangkit di kandang sendiri."',
    ],
)
def test_a_quotation_split_by_an_attribution_sentence_is_one_item(text: str) -> None:
    direct = [q for q in _quotes(text) if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].cue in ("ujar", "ucap")
    assert direct[0].text.rstrip(".").endswith(("mencetak gol", "kandang sendiri"))


def test_quotes_apart_by_a_narrated_sentence_stay_two() -> None:
    text = (
        'Kapten tim, Rudi Hartawan, menunduk. "Maaf untuk semua pendukung," ucap Rudi. '
        'Ia lalu berjalan ke ruang ganti. "Minggu depan kami harus bangkit."'
    )
    assert len([q for q in _quotes(text) if q.kind == "direct"]) == 2
