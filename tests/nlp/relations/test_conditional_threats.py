"""Threats that name no side of their own: the side a condition ("jika perusahaan
menolak …") or the threatener's last demand gives, and quoted conditional warnings after
a demand or a charge (not only right after an order), tested on invented sentences
(never the blind sets' text)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.nlp.relations.coded import coded_triples

_coded = partial(coded_triples, published="2026-11-10")


# T1. "mengancam <act> jika <common noun> …": the body the noun stands for
def test_condition_names_the_side_by_a_common_noun() -> None:
    coded = _coded(
        "Ratusan buruh Serikat Pekerja Kayu Lumajang berunjuk rasa di depan pabrik PT Jati "
        "Makmur Sentosa, Senin (4/5/2026). Ketua Serikat Pekerja Kayu Lumajang, Rahmat "
        "Hidayat, mengancam mogok kerja dua pekan jika perusahaan menolak membayar lembur."
    )
    assert ("Rahmat Hidayat", "threaten", "PT Jati Makmur Sentosa") in coded


# T2. a condition naming no side: the sides the threatener pressed just before
PRESSED_BEFORE = [
    (
        "Asosiasi Pemain Voli Indonesia meminta manajemen Klub Garuda Jaya melunasi gaji "
        "pemain dalam dua pekan, Selasa (3/3/2026). Asosiasi Pemain Voli Indonesia juga "
        "mengancam membawa kasus itu ke FIVB jika tenggat diabaikan.",
        {("Asosiasi Pemain Voli Indonesia", "threaten", "Garuda Jaya")},
    ),
    (
        "Menteri Luar Negeri Kolombia menuduh Venezuela dan Nikaragua melindungi "
        "penyelundup, Rabu (6/5/2026). Ia mengancam akan menutup perbatasan jika patroli "
        "bersama terus ditunda.",
        {("Colombia", "threaten", "Venezuela"), ("Colombia", "threaten", "Nicaragua")},
    ),
]


@pytest.mark.parametrize(("text", "wanted"), PRESSED_BEFORE)
def test_condition_backs_the_last_demand_or_charge(text: str, wanted: set) -> None:
    assert wanted <= _coded(text)


def test_threat_without_condition_or_side_stays_unaimed() -> None:
    assert not any(
        a == "threaten" for _, a, _ in _coded("Chile mengancam akan mengambil tindakan balasan.")
    )


# T3. a quoted conditional warning after the speaker's side demanded of a party
DEMAND = (
    "Serikat Pekerja Rotan Cirebon menuntut PT Anyaman Jaya Makmur melunasi tunjangan hari "
    "raya, Senin (2/3/2026). "
)
QUOTED = [
    # a view in between: the warning still backs the demand told two sentences before
    DEMAND + "Ketua Serikat Pekerja Rotan Cirebon, Wahyu Lestari, menilai perusahaan sengaja "
    'menunda pembayaran. "Kalau sampai Jumat belum lunas, kami mogok total," kata Wahyu '
    "Lestari.",
    # a talk failing is a condition of not complying
    DEMAND + '"Kalau mediasi gagal, kami mogok seminggu," kata Ketua Serikat Pekerja Rotan '
    "Cirebon, Wahyu Lestari.",
]


@pytest.mark.parametrize("text", QUOTED)
def test_quoted_warning_after_a_demand(text: str) -> None:
    assert ("Wahyu Lestari", "threaten", "PT Anyaman Jaya Makmur") in _coded(text)


def test_quoted_promise_on_a_condition_is_no_threat() -> None:
    coded = _coded(
        DEMAND + '"Kalau perusahaan siap berdialog, kami tunda aksi," kata Ketua Serikat '
        "Pekerja Rotan Cirebon, Wahyu Lestari."
    )
    assert not any(a == "threaten" for _, a, _ in coded)
