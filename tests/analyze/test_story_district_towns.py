"""Two leads placing their news down to the district, in two regencies or cities of one
province with nothing in common from the district up, tell two happenings: they do not
link at the entity or the near bar (``story_clusters._districts_of_towns_apart``), so one
official speaking on two cases on one day, each report naming him and the other case,
does not make them one story. And the place the official spoke at, named again at a
closing paragraph's start ("Di tempat yang sama, ... juga ..."), opens an aside
(``story_asides.closing_aside``).

Invented articles and places: none of them comes from a gold or blind set.
"""

from __future__ import annotations

import math

import numpy as np
from scipy import sparse

from warta.analyze.stories import BARS, lead_regions
from warta.analyze.story_asides import closing_aside
from warta.analyze.story_clusters import UnitView, pair_link

_OFFICIAL = frozenset({"Andi Rahmat Hidayat", "Dinas Pendidikan Sulawesi Selatan"})


def _pair(lead_a: str, lead_b: str) -> float | None:
    """Two reports of one day from the provincial capital's desk (the dateline split off
    by the cleaner) naming one official and his office, their texts close enough for
    the entity bar only."""
    cosine = (BARS.entity_link_cosine + BARS.link_cosine) / 2
    x = sparse.csr_matrix(np.array([[1.0, 0.0], [cosine, math.sqrt(1 - cosine**2)]]))
    a = UnitView((100, 100), _OFFICIAL, rep_places=lead_regions(lead_a, "MAKASSAR -"))
    b = UnitView((100, 100), _OFFICIAL, rep_places=lead_regions(lead_b, "MAKASSAR -"))
    return pair_link([a, b], x, None, BARS, 0, 1)


_DROWNING = (
    "Seorang siswa SMP di Kecamatan Bontoramba, Kabupaten Jeneponto, tenggelam "
    "saat kegiatan perkemahan sekolah, Senin (9/3/2026)."
)
_ROOF = (
    "Atap dua kelas sebuah SD di Kecamatan Tamalate, Kota Makassar, "
    "ambruk saat jam istirahat, Senin (9/3/2026)."
)


def test_leads_naming_districts_of_two_towns_apart_do_not_link_on_shared_names() -> None:
    assert _pair(_DROWNING, _ROOF) is None


def test_one_district_or_a_lead_naming_no_district_still_links() -> None:
    same = (
        "Kepala Dinas Pendidikan mendatangi rumah duka siswa yang tenggelam di "
        "Kecamatan Bontoramba, Jeneponto."
    )
    assert _pair(_DROWNING, same) is not None
    town = "Jenazah siswa yang tenggelam dimakamkan di Jeneponto, Selasa."
    assert _pair(_ROOF, town) is not None  # no district named: nothing tells them apart
    # Two districts of one town are told apart by the town bar's rule, not this one.
    other = "Siswa SD di Kecamatan Rappocini, Kota Makassar, dipulangkan."
    assert _pair(_ROOF, other) is not None


def test_the_place_the_official_spoke_at_named_again_opens_an_aside() -> None:
    report = [
        _ROOF,
        "Kepala Dinas Pendidikan Sulawesi Selatan, Andi Rahmat Hidayat, meminta semua "
        "sekolah memeriksa rangka atap.",
        "Di tempat yang sama, Andi juga menyinggung siswa SMP yang tenggelam saat "
        "perkemahan di Jeneponto.",
    ]
    assert closing_aside(report) == 2
    own = "Di tempat yang sama, petugas mendata meja dan kursi yang rusak."
    assert closing_aside([*report[:2], own]) == 3  # no turn to another matter
