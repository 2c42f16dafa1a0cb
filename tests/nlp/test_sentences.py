"""Sentence splitting: abbreviations of names and titles do not end a sentence."""

from __future__ import annotations

import pytest

from warta.nlp.sentences import split_sentences


@pytest.mark.parametrize(
    "text",
    [
        "Kepala sekolah Muh. Arif Budiman membuka acara itu. Ia berharap siswa tekun.",
        "Ketua panitia Moh. Rizal menyambut tamu. Acara dimulai pukul 09.00.",
        "Warga Mhd. Yusuf melapor ke polisi. Laporannya diterima petugas.",
    ],
)
def test_a_name_abbreviation_does_not_end_the_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 2


def test_a_sentence_still_ends_before_a_new_one() -> None:
    parts = [s.text for s in split_sentences("Rapat selesai. Muh. Arif pulang.")]
    assert parts == ["Rapat selesai.", "Muh. Arif pulang."]


@pytest.mark.parametrize(
    "text",
    [
        "Banjir menggenangi jalan utama di tengah kota. Warga mengungsi ke masjid.",
        "Bantuan itu diserahkan langsung kepada ibu. Dia menangis haru.",
        "Pemerintah akan mengkaji banyak hal. Keputusan diumumkan pekan depan.",
        "Antrean mengular hingga ke pinggir kota. \u201cKami sudah menunggu sejak subuh,\u201d kata Rahmi.",
    ],
)
def test_a_word_written_out_in_full_ends_its_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 2


def test_regional_abbreviations_still_do_not_end_a_sentence() -> None:
    text = "Warga Kab. Sleman dan Kec. Depok hadir. Acara berlangsung meriah."
    assert [s.text for s in split_sentences(text)] == [
        "Warga Kab. Sleman dan Kec. Depok hadir.", "Acara berlangsung meriah."]


@pytest.mark.parametrize(
    "text",
    [
        "Wakil bupati Tb. Haris Munandar meninjau pasar. Ia menemukan harga cabai naik.",
        "Ketua yayasan Abd. Rahim Lubis membuka rapat. Rapat berlangsung dua jam.",
        "Tokoh adat Dt. Rajo Mangkuto memimpin musyawarah. Hasilnya diumumkan sore.",
        "Pengusaha Kgs. Ahmad Fikri menyumbang beras. Bantuan dibagikan kepada warga.",
        "Pemilik toko Ny. Lim Siu Hwa melapor. Polisi memeriksa rekaman kamera.",
        "Penceramah Ust. Fadlan Harahap hadir. Jemaah memadati masjid.",
        "Ibadah dipimpin Pdt. Yosua Manuputty. Jemaat menyanyikan kidung.",
    ],
)
def test_a_name_title_does_not_end_the_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah penderita TB. Ia mencatat kenaikan di tiga kecamatan.",
        "Pasien itu dirujuk ke poli THT. Dokter jaga memeriksanya.",
    ],
)
def test_a_word_in_capitals_that_looks_like_a_title_still_ends_its_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 2


def test_a_text_split_again_gives_the_same_sentences_in_a_list_of_its_own() -> None:
    # The stages split each article again; the splits are kept, never shared as a list.
    text = "Hujan turun sejak pagi. Warga menunggu di balai desa.\n\nSore harinya reda."
    first = split_sentences(text)
    first.pop()
    first.append(first[0])
    again = split_sentences(text)
    assert [s.text for s in again] == [
        "Hujan turun sejak pagi.",
        "Warga menunggu di balai desa.",
        "Sore harinya reda.",
    ]
    assert [(s.start, s.paragraph) for s in again] == [(0, 0), (24, 0), (55, 1)]
    assert again is not split_sentences(text)
