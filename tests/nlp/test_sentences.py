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
