"""Quote classes found on blind33q, each on invented paragraphs.

* A degree abbreviated by its shape after a person's name ("dr. X, MKM,", "Ir. X, MT,",
  "X, SH, MHum,") is no speaker: the name before it speaks.
* A genre of statement between the speaker and the verb ("X dalam pendapat akhirnya
  menyatakan", "dalam tanggapannya", "dalam kesaksiannya") is how the speaker spoke.
* Words joined by a slash ("kabupaten/kota", "orang tua/wali") are one word of the
  clause after a cue of request or admission.
* After a weak cue, a subject with an adversative "ke-...-an" verb ("warga keberatan")
  or a feeling ("warga kecewa") as its predicate is a clause; so is a long noun subject
  (its modifiers, places, times) before a negation or an auxiliary and its verb.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes

from warta.nlp.quotes.segments import is_degree_after_name


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Kepala Puskesmas Cibeber, dr. Wulan Sari, MKM, menjelaskan kasus diare naik "
            "sejak sumur warga tercemar.",
            "Wulan Sari",
        ),
        (
            "Kepala Bappeda, Ir. Rudi Salim, MT, menyebut proyek jalan lingkar akan "
            "dilanjutkan tahun depan.",
            "Rudi Salim",
        ),
        (
            "Rektor kampus itu, Prof. Hadi Susanto, SH, MHum, mengatakan kampus akan "
            "membuka jalur beasiswa baru.",
            "Hadi Susanto",
        ),
    ],
)
def test_a_degree_after_the_name_is_no_speaker(sentence: str, speaker: str) -> None:
    quotes = _quotes("MADIUN - " + sentence)
    assert [q.speaker for q in quotes] == [speaker]


def test_degree_shape_is_read_only_after_a_name() -> None:
    assert is_degree_after_name(["Kepala Dinas", " dr. Rina Marlina", " MARS"])
    assert is_degree_after_name(["Kepala Dinas", " Rina Marlina", " SH", " MHum"])
    # A body's acronym before it, or a longer segment: not a degree.
    assert not is_degree_after_name(["Ketua", " BPBD", " MKM"])
    assert not is_degree_after_name(["Ketua", " Budi", " MUI Pusat"])
    assert not is_degree_after_name([" MKM"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Ketua Fraksi Hanura, Bambang Irawan, dalam pandangan umumnya menyatakan fraksinya "
        "mendukung rancangan perda itu.",
        "Wali Kota Madiun Andi Wibowo dalam tanggapannya menegaskan pemkot akan menata "
        "ulang pasar besar.",
        "Saksi ahli Budi Raharjo dalam kesaksiannya menyebut kerugian negara mencapai Rp2 miliar.",
    ],
)
def test_a_genre_of_statement_before_the_verb_keeps_the_speaker(sentence: str) -> None:
    quotes = _quotes("MADIUN - " + sentence)
    assert len(quotes) == 1
    assert quotes[0].speaker in {"Bambang Irawan", "Andi Wibowo", "Budi Raharjo"}
    assert quotes[0].kind == "indirect"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Ketua LSM Hijau Lestari, Dewi Anggraini, meminta pemerintah provinsi/kabupaten "
            "segera menghentikan izin tambang pasir.",
            "pemerintah provinsi/kabupaten",
        ),
        (
            "Pedagang pasar, Sumiati, mengakui harga cabai/bawang masih tinggi menjelang Lebaran.",
            "harga cabai/bawang",
        ),
        (
            "Ketua RW, Sugeng Riyadi, mengakui warga pendatang/penyewa kamar kesulitan "
            "mendapat air bersih.",
            "warga pendatang/penyewa",
        ),
    ],
)
def test_words_joined_by_a_slash_are_one_word_of_the_clause(sentence: str, words: str) -> None:
    quotes = _quotes("BANDUNG - " + sentence)
    assert [q.text.startswith(words) for q in quotes] == [True]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Ketua RT 05, Darsono, mengakui beberapa warga ketakutan setelah banjir "
            "bandang pekan lalu.",
            "beberapa warga ketakutan",
        ),
        (
            "Kepala Desa, Sugeng Riyadi, mengakui sebagian warga kecewa karena bantuan "
            "datang terlambat.",
            "sebagian warga kecewa",
        ),
        (
            "Kepala Gudang Bulog, Sutrisno, memastikan jatah beras murah untuk Rembang "
            "bulan ini tidak dipangkas.",
            "jatah beras murah",
        ),
        (
            "Kepala Dinas Pendidikan, Sutrisno, menjamin dana operasional untuk sekolah "
            "swasta tahun depan tidak akan dikurangi.",
            "dana operasional",
        ),
    ],
)
def test_a_state_or_a_long_subject_after_a_weak_cue_is_a_clause(sentence: str, words: str) -> None:
    quotes = _quotes("KLATEN - " + sentence)
    assert [q.text.startswith(words) for q in quotes] == [True]


@pytest.mark.parametrize(
    "sentence",
    [
        # The feeling or the objection named, a noun object: no clause.
        "Kepala Desa, Sugeng Riyadi, mengakui rasa kecewa warga atas bantuan yang terlambat.",
        "Camat Ngaglik, Eko Prasetyo, menerima sejumlah keberatan dari pedagang pasar.",
        # A verb of its own inside the object ("saat menghadapi"): not a long subject.
        "Pelatih Persis, Budi Santoso, mengakui kesalahan saat menghadapi tim yang tidak "
        "diunggulkan.",
    ],
)
def test_a_noun_object_after_a_weak_cue_is_no_report(sentence: str) -> None:
    assert _quotes("KLATEN - " + sentence) == ()
