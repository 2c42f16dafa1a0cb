"""Places below the regency in leads: two districts of one regency tell two happenings
apart (``story_clusters._other_districts``), and a village two leads name links them as
a town does (``story_clusters._same_town``, ``_one_village``, ``_shares_town``).

Invented articles: none of them comes from a gold or blind set.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
from scipy import sparse
from tests.analyze.test_story_lone import _stories

import warta.analyze.story_clusters as story_clusters
from warta.analyze.stories import BARS, StoryInput
from warta.analyze.story_clusters import VILLAGE_MARK, UnitView, pair_link

HEAD = "Kepala Dinas Pendidikan Klaten, Hartono Wibisono"

# A school-meal poisoning in one district, its last report two days on ...
MEAL = (
    StoryInput(
        "meal-1",
        "Puluhan Siswa SMP di Wedi Diduga Keracunan Nasi Kotak",
        "KLATEN - Puluhan siswa SMP di Kecamatan Wedi, Kabupaten Klaten, dilarikan ke "
        "puskesmas setelah diduga keracunan nasi kotak, Senin (9/11/2026). Mereka mengeluh "
        f"mual, pusing dan muntah.\n\n{HEAD}, menyebut contoh makanan telah dibawa "
        "ke laboratorium. Kegiatan belajar dihentikan sementara.",
        "2026-11-09",
    ),
    StoryInput(
        "meal-2",
        "Korban Keracunan Nasi Kotak di Klaten Bertambah Jadi 64 Siswa",
        "KLATEN - Korban dugaan keracunan nasi kotak di Kecamatan Wedi bertambah menjadi 64 "
        "pelajar, Senin (9/11/2026) malam. Sebanyak 12 anak masih menjalani perawatan di "
        "puskesmas.\n\nPenyedia nasi kotak dipanggil dinas kesehatan untuk dimintai keterangan. "
        "Dapurnya ditutup sementara.",
        "2026-11-09",
    ),
    StoryInput(
        "meal-3",
        "Semua Siswa Korban Keracunan di Wedi Sudah Pulang",
        "KLATEN - Semua pelajar yang keracunan nasi kotak di Kecamatan Wedi, Kabupaten "
        "Klaten, telah diizinkan pulang oleh puskesmas, Rabu (11/11/2026).\n\nDinas "
        "kesehatan menyebut hasil laboratorium keluar pekan depan. Sekolah kembali "
        "menggelar pelajaran seperti biasa.",
        "2026-11-11",
    ),
)
# ... and a classroom roof falling in another district of the regency that day, with the
# same education head quoted.
ROOF = (
    StoryInput(
        "roof-1",
        "Atap Kelas SD di Prambanan Ambruk, Tiga Siswa Luka",
        "KLATEN - Atap ruang kelas sebuah SD di Desa Kebondalem, Kecamatan Prambanan, "
        "Kabupaten Klaten, ambruk saat pelajaran, Rabu (11/11/2026). Tiga siswa luka "
        f"tertimpa genteng.\n\n{HEAD}, mengatakan sekolah itu masuk daftar perbaikan. "
        "Siswa belajar sementara di perpustakaan.",
        "2026-11-11",
    ),
    StoryInput(
        "roof-2",
        "Usai Atap Kelas Ambruk, Dinas Periksa Sekolah Rusak di Klaten",
        "KLATEN - Dinas Pendidikan Kabupaten Klaten memeriksa ruang kelas rusak berat, "
        "Kamis (12/11/2026), sehari sesudah ambruknya atap kelas SD di Prambanan.\n\n"
        f"{HEAD}, meminta murid pindah dari ruang yang atapnya melendut. "
        "Tiga siswa yang luka sudah pulang.",
        "2026-11-12",
    ),
)


def test_a_last_report_in_its_own_district_stays_with_its_event() -> None:
    assert _stories(MEAL + ROOF) == [["meal-1", "meal-2", "meal-3"], ["roof-1", "roof-2"]]


def test_without_the_districts_the_last_report_joins_the_other_event(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(story_clusters, "_districts", lambda places: frozenset())
    # The district the last report's lead shares with the reports it links to, named by
    # no roof report, ties it to its event as well (story_clusters._ties): off too.
    monkeypatch.setattr(story_clusters, "_named_elsewhere", lambda single, other: False)
    assert _stories(MEAL + ROOF) == [["meal-1", "meal-2"], ["meal-3", "roof-1", "roof-2"]]


# A flash flood's two reports, and an undated feature whose lead names only the village.
FLOOD = (
    StoryInput(
        "flood-report",
        "Banjir Bandang Terjang Desa Wonosari, Puluhan Rumah Rusak",
        "JEMBER - Banjir bandang menerjang Desa Wonosari, Kecamatan Tempurejo, Kabupaten "
        "Jember, Jumat (13/3/2026) malam. Sedikitnya 42 rumah rusak dan ratusan warga "
        "mengungsi ke musala dan balai desa.\n\nKepala BPBD Jember mengatakan air datang dari "
        "hulu sungai setelah hujan deras sejak sore. Tidak ada korban jiwa.",
        "2026-03-13",
    ),
    StoryInput(
        "flood-update",
        "Pengungsi Banjir Tempurejo Mulai Kembali ke Rumah",
        "JEMBER - Sebagian warga yang mengungsi karena banjir bandang di Kecamatan "
        "Tempurejo, Kabupaten Jember, mulai kembali ke rumah, Sabtu (14/3/2026). Mereka "
        "membersihkan lumpur setinggi betis.\n\nPemerintah kabupaten mendirikan dapur umum "
        "dan menyalurkan air bersih ke posko pengungsian.",
        "2026-03-14",
    ),
)
FEATURE = StoryInput(
    "flood-feature",
    "Lemari Tua Mbok Sarinah",
    "Malam itu Mbok Sarinah sedang menjahit di teras ketika banjir bandang datang "
    "menggulung jalan Desa Wonosari. Ia sempat menarik cucunya naik ke atas lemari tua."
    "\n\nKini ia mengungsi di masjid bersama puluhan keluarga lain. Lemari itu "
    "satu-satunya barang yang tersisa dari rumahnya.",
    None,
)


def test_an_undated_feature_naming_the_village_joins_its_story() -> None:
    assert _stories((*FLOOD, FEATURE)) == [["flood-feature", "flood-report", "flood-update"]]


def test_the_feature_naming_no_village_stays_apart() -> None:
    unnamed = dataclasses.replace(
        FEATURE, text=FEATURE.text.replace("jalan Desa Wonosari", "jalan kampungnya")
    )
    assert _stories((*FLOOD, unnamed)) == [["flood-feature"], ["flood-report", "flood-update"]]


def test_the_feature_naming_another_village_stays_apart() -> None:
    other = dataclasses.replace(FEATURE, text=FEATURE.text.replace("Wonosari", "Sumberjati"))
    assert _stories((*FLOOD, other)) == [["flood-feature"], ["flood-report", "flood-update"]]


def _pair(places_a: set[str], places_b: set[str], day_b: int | None) -> float | None:
    cosine = (BARS.same_town_link_cosine + BARS.near_link_cosine) / 2
    x = sparse.csr_matrix(np.array([[1.0, 0.0], [cosine, math.sqrt(1 - cosine**2)]]))
    a = UnitView((100, 100), frozenset(), rep_places=frozenset(places_a))
    b = UnitView(
        None if day_b is None else (day_b, day_b), frozenset(), rep_places=frozenset(places_b)
    )
    return pair_link([a, b], x, None, BARS, 0, 1)


def test_a_village_two_leads_name_links_them_as_a_town_does() -> None:
    report = {"Jawa Timur", "Jawa Timur/Jember", f"{VILLAGE_MARK}Wonosari"}
    village = {f"{VILLAGE_MARK}Wonosari"}
    assert _pair(report, village, 101) is not None  # the next day's piece
    assert _pair(report, village, None) is not None  # an undated piece naming it alone
    assert _pair(report, {f"{VILLAGE_MARK}Sumberjati"}, 101) is None
    assert _pair(report, village, 104) is None  # days apart: no town bar
    # An undated piece naming its regency is anchored by the regency, not the village.
    elsewhere = {"Jawa Tengah", "Jawa Tengah/Kendal", f"{VILLAGE_MARK}Wonosari"}
    assert _pair(report, elsewhere, None) is None
