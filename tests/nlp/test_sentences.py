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
