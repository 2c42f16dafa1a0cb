"""A city's government acting or acted on, named as the regency's is, and its mayor's
office standing for it; a bare office after the spoken "minta" is the holder named
before. Invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.nlp.relations.coded import coded_triples

_coded = partial(coded_triples, published="2026-03-12")


# A city named with its kind ("Kota X"), as the entity layer names an Indonesian city,
# acts as its government, as "Kabupaten X" does
CITY_GOVERNMENTS = [
    (
        "BITUNG - Panitia khusus DPRD Kota Bitung merekomendasikan audit setoran parkir, "
        "Selasa (10/3/2026). Ketua Pansus, Hendrik Mamuaya, meminta Wali Kota Bitung "
        "memutus kontrak pengelola parkir paling lambat akhir April.",
        ("Hendrik Mamuaya", "demand", "Pemerintah Kota Bitung"),
    ),
    (
        "PALOPO - Komisi III DPRD Kota Palopo meminta Wali Kota Palopo menunda kenaikan "
        "tarif air bersih, Rabu (11/3/2026).",
        ("Komisi III DPRD Kota Palopo", "appeal", "Pemerintah Kota Palopo"),
    ),
]


@pytest.mark.parametrize(("text", "coded"), CITY_GOVERNMENTS)
def test_a_city_and_its_mayor_stand_for_its_government(
    text: str, coded: tuple[str, str, str]
) -> None:
    assert coded in _coded(text)


def test_a_foreign_city_named_with_kota_stays_a_city() -> None:
    from warta.nlp.relations.regencies import _government

    assert _government("Kota Kinabalu") == "Kota Kinabalu"
    assert _government("Kota Ternate") == "Pemerintah Kota Ternate"


def test_a_bare_office_after_the_spoken_minta_is_its_holder() -> None:
    text = (
        "LEBAK - Fraksi Hanura DPRD Kabupaten Lembah Hijau menolak rancangan peraturan "
        "daerah yang diajukan Bupati Lembah Hijau Budi Santoso, Rabu (11/3/2026). "
        "Usai sidang, juru bicara fraksi, Rudi Hartawan, menyebut kenaikan retribusi itu "
        'membebani pedagang. "Kami minta bupati menarik raperda ini," katanya.'
    )
    assert ("Rudi Hartawan", "appeal", "Budi Santoso") in _coded(text)
