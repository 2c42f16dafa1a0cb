"""Quote classes found on blind47q, each on invented paragraphs.

* The "ber-" verbs written "be-"/"bel-" before their stem ("belajar", "bekerja") are
  the verb of a clause after a cue ("memastikan murid untuk sementara belajar di aula").
* A promise of an act with its own subject, a modifier with "untuk" inside the subject
  ("berjanji gaji untuk dua bulan dibayarkan ...").
* A name as the subject of the clause after a verb of telling ("bercerita Budi
  ditemukan ...").
* A focus aside between commas inside an appeal ("mengimbau pendaki, terutama dari
  luar daerah, memakai ...").
* An English job title listing its fields with "and" ("Head of Sales, Marketing, and
  Logistics X, Budi, mengatakan"): the list is the title's, the name after it
  the speaker.
"""

import pytest
from tests.nlp.quotes.quoted import speaker_of as _speaker_of

_OFFICIAL = "Kepala Dinas Pendidikan Kota Serang, Rahmat Hidayat, menyebut atap kelas lapuk. "


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Ia memastikan murid kelas IV untuk sementara belajar di aula.", "murid kelas IV"),
        ("Ia memastikan siswa kelas VI bekerja di laboratorium.", "siswa kelas VI"),
    ],
)
def test_a_ber_verb_written_be_is_a_clauses_verb(sentence: str, content: str) -> None:
    text = _OFFICIAL + sentence + ' "Perbaikan mulai Januari," katanya.'
    assert _speaker_of(text, content) == "Rahmat Hidayat"


def test_a_promised_act_with_untuk_inside_its_subject() -> None:
    text = (
        _OFFICIAL + "Ia berjanji honor untuk tiga bulan dibayarkan pekan depan dan "
        'sisanya pada Desember. "Dananya belum cair," ujarnya.'
    )
    assert _speaker_of(text, "honor untuk tiga bulan") == "Rahmat Hidayat"


def test_a_name_as_the_subject_after_a_verb_of_telling() -> None:
    text = (
        "Tukang ojek yang menolongnya, Sarmin (41), bercerita Yudi ditemukan duduk "
        "di balik batu besar dekat sungai."
    )
    assert _speaker_of(text, "Yudi ditemukan duduk") == "Sarmin"


def test_a_day_after_a_verb_of_telling_is_no_subject() -> None:
    text = "Warga Desa Sukamaju, Darsih (50), bercerita Senin dibawa ke puskesmas."
    assert _speaker_of(text, "dibawa ke puskesmas") == "<missed>"


def test_a_focus_aside_inside_an_appeal() -> None:
    text = (
        "Kepala Balai Taman Nasional Gunung Rinjani, Dedi Kurniawan, mengimbau pendaki, "
        "terutama dari luar daerah, memakai jasa porter selama musim hujan."
    )
    assert _speaker_of(text, "pendaki, terutama dari luar daerah") == "Dedi Kurniawan"


def test_an_english_title_listing_its_fields_with_and() -> None:
    text = (
        "Senior Manager Research, Development, and Innovation PT Sinar Laut Niaga, "
        "Hendra Wijaya, mengatakan pabrik baru beroperasi tahun depan."
    )
    assert _speaker_of(text, "pabrik baru beroperasi") == "Hendra Wijaya"
