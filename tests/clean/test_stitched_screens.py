"""A phone copy stitched from screenshots (status and address bars on each screen, the
lines at each overlap repeated, the page wrapped at the phone's width) read as one page;
invented copies in several shapes."""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page

from warta.clean.screens import unstitch_screens

_HEADLINE = "Debit Sungai Mahakam Surut, Kapal Tongkang Batubara Antre di Muara"


def _screens(status: tuple[str, str, str], address: str) -> str:
    one, two, three = status
    return "\n".join(
        [
            one,
            address,
            "KALTIM KINI ☰",
            "SAMARINDA",
            "Debit Sungai Mahakam Surut,",
            "Kapal Tongkang Batubara",
            "Antre di Muara",
            "5 jam lalu · Oleh Gusti Rahman",
            "Tongkang batubara menunggu giliran di",
            "alur Sungai Mahakam, Samarinda. (Kaltim",
            "Kini/Gusti Rahman)",
            "SAMARINDA, KK – Puluhan kapal tongkang",
            "batubara tertahan di muara Sungai",
            "Mahakam karena debit air turun tajam",
            "sejak awal pekan.",
            "Syahbandar mencatat kedalaman alur di",
            "beberapa titik tinggal empat meter",
            two,
            address,
            "Syahbandar mencatat kedalaman alur di",
            "beberapa titik tinggal empat meter",
            "pada Kamis pagi.",
            '"Kapal dengan muatan penuh kami minta',
            'menunggu air pasang," kata Kepala KSOP',
            "Samarinda, Rudy Hartanto.",
            "IKLAN",
            "Baca Juga: Harga Batubara Acuan",
            "Desember Turun Tipis",
            "Pengusaha pelayaran memperkirakan antrean",
            "kapal baru terurai setelah hujan turun",
            three,
            address,
            "kapal baru terurai setelah hujan turun",
            "di hulu sungai pekan depan.",
            "Diterbitkan: 03/12/2026 10.05",
            "Editor: Maria Ulfah",
            "Bagikan ⤴   💬 Komentar (2)",
        ]
    )


_BARS = [
    (("09.12 ◔ ▾◢ 64%", "09.13 ◔ ▾◢ 64%", "09.13 ◔ ▾◢ 63%"), "ⓘ kaltimkini.id/daerah/mahakam"),
    (("9:41 📶 LTE 🔋 88%", "9:42 📶 LTE 🔋 88%", "9:42 📶 LTE 🔋 87%"), "🔒 kaltimkini.id"),
    (("21.05 ▂▄▆ 4G 35 %", "21.06 ▂▄▆ 4G 35 %", "21.06 ▂▄▆ 4G 34 %"), "https://kaltimkini.id/d/1"),
]


@pytest.mark.parametrize(("status", "address"), _BARS)
def test_a_stitched_copy_reads_as_one_page(status: tuple[str, str, str], address: str) -> None:
    art = clean_page(_screens(status, address))
    assert art.title == _HEADLINE
    assert art.published is not None and art.published.iso == "2026-12-03"
    assert art.text.startswith("Puluhan kapal tongkang batubara tertahan di muara Sungai Mahakam")
    assert art.text.rstrip().endswith("di hulu sungai pekan depan.")
    assert art.text.count("tinggal empat meter") == 1
    assert art.text.count("setelah hujan turun") == 1
    for furniture in (status[1], address, "Harga Batubara Acuan", "Desember Turun Tipis"):
        assert furniture not in art.text


def test_what_was_taken_off_is_kept_with_its_reason() -> None:
    art = clean_page(_screens(*_BARS[0]))
    reasons = [r.reason for r in art.removed]
    assert reasons.count("screen-bar") == 4
    assert reasons.count("screen-overlap") == 3


@pytest.mark.parametrize(
    "text",
    [
        # one screen only: a phone copy, not stitched
        "09.12 ◔ ▾◢ 64%\nⓘ situs.id\nJudul Berita\nIsi berita yang panjang sekali di sini.",
        # clocks inside a story are no status bars
        "Rapat dimulai pukul 09.12 dan berakhir 11.30.\nPeserta 64 orang.\nSuara sah 71%.",
        "Pukul 08.00 WIB 45%\nPukul 12.00 WIB 60%",
    ],
)
def test_texts_without_two_status_bars_are_left_alone(text: str) -> None:
    assert unstitch_screens(text) is None


def test_a_table_of_clocks_and_shares_inside_a_story_is_no_copy() -> None:
    story = "\n".join(
        [
            "Hitung Cepat Pilkada Kota Bontang Hampir Rampung",
            "BONTANG – Data masuk hitung cepat terus bertambah sepanjang sore.",
            "14.30 62%",
            "15.30 81%",
            "Hasil resmi diumumkan KPU pekan depan.",
        ]
    )
    assert unstitch_screens(story) is None
