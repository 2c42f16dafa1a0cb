"""Follow-ups pointing back to the day of the happening they follow keep its first report
in their story (:func:`warta.analyze.story_recalls.lead_recalled_days`;
:mod:`warta.analyze.story_clusters`: ``_followed_up``, ``_points_back``).

Invented articles: none of them comes from a gold or blind set.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse
from tests.analyze.test_story_lone import _stories
from tests.corpus.test_stories import _stories as _store_stories
from tests.corpus.test_stories import _update

from warta.analyze import story_clusters
from warta.analyze.stories import BARS, StoryIndex, StoryInput
from warta.analyze.story_clusters import (
    UnitView,
    _Cluster,
    _earlier_single,
    _followed_up,
    _recalls_earlier_day,
    _single_bar,
    _single_span,
    pair_link,
)
from warta.analyze.story_recalls import lead_recalled_days
from warta.pipeline import process
from warta.records import PartialDate
from warta.store.db import connect


def _day(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


# --- lead_recalled_days ----------------------------------------------------------------


def test_a_count_of_days_after_or_before_is_counted_back_from_the_publication() -> None:
    lead = "Ratusan warga mengungsi, Kamis (12/3/2026), dua hari setelah tanggul jebol."
    assert lead_recalled_days(None, lead, "2026-03-12") == {"2026-03-10"}
    lead = "Keluarga menjenguk tersangka yang ditahan sehari sebelumnya."
    assert lead_recalled_days(None, lead, "2026-03-12") == {"2026-03-11"}
    lead = "Sekolah dibuka lagi tiga hari pasca-banjir."
    assert lead_recalled_days(None, lead, "2026-03-12") == {"2026-03-09"}
    lead = "Sehari usai kebakaran, pedagang membersihkan puing."
    assert lead_recalled_days("Pedagang bersih-bersih", lead, "2026-03-12") == {"2026-03-11"}


def test_a_weekday_gone_is_the_latest_such_day_before_the_publication() -> None:
    lead = "Kebakaran gudang, Selasa lalu, menghanguskan stok pupuk."
    assert lead_recalled_days(None, lead, "2026-03-12") == {"2026-03-10"}  # a Thursday paper
    lead = "Longsor Kamis lalu memutus jalan desa."
    assert lead_recalled_days(None, lead, "2026-03-12") == {"2026-03-05"}  # a week before


def test_a_dated_weekday_gone_is_its_stated_date() -> None:
    lead = "Warga yang rumahnya kebanjiran Sabtu (7/3/2026) lalu masih mengungsi."
    assert lead_recalled_days(None, lead, "2026-03-10") == {"2026-03-07"}
    assert lead_recalled_days(None, "Banjir Sabtu (7/3) lalu.", "2026-03-10") == {"2026-03-07"}
    # A date after the publication, or no date at all, recalls no day.
    assert lead_recalled_days(None, "Banjir Sabtu (14/3) lalu.", "2026-03-10") == frozenset()
    assert lead_recalled_days(None, "Banjir Sabtu (31/2) lalu.", "2026-03-10") == frozenset()


def test_the_weekend_gone_is_the_saturday_and_sunday_before_the_publication() -> None:
    lead = "Razia ganja di Pelabuhan Bitung akhir pekan lalu berbuah tiga tersangka."
    assert lead_recalled_days(None, lead, "2026-03-10") == {"2026-03-07", "2026-03-08"}
    # A Sunday paper's "akhir pekan lalu" is the weekend before: its own is not gone yet.
    assert lead_recalled_days(None, lead, "2026-03-08") == {"2026-02-28", "2026-03-01"}


def test_a_duration_an_undated_piece_and_the_third_paragraph_recall_no_day() -> None:
    lead = "Korban meninggal dalam dua hari setelah dirawat."
    assert lead_recalled_days(None, lead, "2026-03-12") == frozenset()
    assert lead_recalled_days(None, "Warga berdemo sehari setelah PHK.", None) == frozenset()
    assert lead_recalled_days(None, "Warga berdemo sehari setelah PHK.", "2026-03") == frozenset()
    text = "Warga berdemo.\n\nMereka marah.\n\nDemo digelar sehari setelah PHK."
    assert lead_recalled_days(None, text, "2026-03-12") == frozenset()


# --- a lone first report and its follow-ups ---------------------------------------------


def _cluster(
    first: str,
    last: str | None = None,
    *,
    units: int = 1,
    days: tuple[str, ...] = (),
    recalled: tuple[str, ...] = (),
) -> _Cluster:
    row = sparse.csr_matrix(([float(units)], ([0], [0])), shape=(1, 2))
    return _Cluster(
        list(range(units)),
        row,
        _day(first),
        _day(last or first),
        True,
        days=frozenset(_day(d) for d in days),
        recalled=frozenset(_day(d) for d in recalled),
    )


MON, TUE, WED = "2026-03-09", "2026-03-10", "2026-03-11"


def test_a_first_report_whose_day_the_follow_ups_recall_is_no_earlier_piece() -> None:
    report = _cluster(MON, days=(MON,))
    follow_ups = _cluster(TUE, WED, units=2, days=(TUE, WED), recalled=(MON,))
    assert _followed_up(report, follow_ups)
    assert not _earlier_single(report, follow_ups)
    # the same follow-ups recalling no day: the report reads as a run-up piece
    silent = _cluster(TUE, WED, units=2, days=(TUE, WED))
    assert _earlier_single(report, silent)


def test_a_piece_of_the_day_after_the_recalled_day_stays_an_earlier_piece() -> None:
    # The supporters' protest the day after a defeat, and the sacking "two days after
    # the defeat": the day the sacking points back to is the defeat's, not the protest's.
    protest = _cluster(TUE, days=(TUE,))
    sacking = _cluster(WED, units=2, days=(WED,), recalled=(MON,))
    assert not _followed_up(protest, sacking)
    assert _earlier_single(protest, sacking)
    # an undated piece, and a group of reports, are never a lone first report
    assert not _followed_up(_cluster(MON, units=2, days=(MON,)), sacking)


def test_a_first_report_telling_of_the_cause_days_before_is_no_round_up() -> None:
    # The first report of a poisoning recalls the party two days before it ...
    saturday = "2026-03-07"
    report = _cluster(MON, days=(saturday, MON))
    follow_ups = _cluster(TUE, WED, units=2, days=(TUE, WED), recalled=(MON,))
    assert not _recalls_earlier_day(report, follow_ups, BARS)
    # ... which, without the follow-ups pointing back to its day, reads as a look-back.
    assert _recalls_earlier_day(report, _cluster(TUE, WED, units=2, days=(TUE, WED)), BARS)


def test_a_followed_up_first_report_is_measured_from_the_follow_ups_first_day() -> None:
    # The first report on Monday tells of Saturday night's flood; the evacuation on
    # Tuesday and the families' piece on Wednesday recall "Sabtu (7/3/2026) lalu".
    saturday = "2026-03-07"
    report = _cluster(MON, days=(saturday,))
    follow_ups = _cluster(TUE, WED, units=2, days=(TUE,), recalled=(saturday,))
    assert _single_span(report, follow_ups) == 1
    assert _single_bar(report, 1, BARS) == BARS.near_single_cosine
    # The same follow-ups recalling no day: the whole span, the general bars.
    assert _single_span(report, _cluster(TUE, WED, units=2, days=(TUE,))) == 2


# --- a follow-up days later links to the first report at the near bar --------------------


def _pair(*, recalled: frozenset[int], chronicle: bool = False) -> float | None:
    """A first report and a follow-up two days later whose texts are close enough for
    the near bar only."""
    cosine = (BARS.near_link_cosine + BARS.link_cosine) / 2
    x = sparse.csr_matrix(np.array([[1.0, 0.0], [cosine, math.sqrt(1 - cosine**2)]]))
    first = UnitView((100, 100), frozenset())
    later = UnitView((102, 102), frozenset(), chronicle=chronicle, recalled=recalled)
    return pair_link([first, later], x, None, BARS, 0, 1)


def test_a_follow_up_counting_back_to_the_reports_day_links_at_the_near_bar() -> None:
    assert _pair(recalled=frozenset({100})) is not None
    assert _pair(recalled=frozenset()) is None  # two days apart: the general bars
    assert _pair(recalled=frozenset({101})) is None  # another day than the report's
    # a lead walking through days of its own is a round-up, not a follow-up
    assert _pair(recalled=frozenset({100}), chronicle=True) is None


# --- whole stories ----------------------------------------------------------------------

# A suspension bridge falls on Monday; on Tuesday the villagers cross by raft "the day
# after"; on Wednesday the regency builds a temporary bridge "two days after". The two
# follow-ups share the raft, the river and the temporary bridge, and merge first.
BRIDGE = [
    StoryInput(
        "bridge-falls",
        "Jembatan gantung Cibeureum ambruk, tiga warga luka",
        "KUNINGAN - Jembatan gantung di Desa Cibeureum, Kabupaten Kuningan, ambruk saat "
        "dilintasi warga, Senin (9/3/2026) sore. Tiga pengendara sepeda motor terjatuh dan "
        "dilarikan ke puskesmas dengan luka di kepala dan kaki.\n\nKepala Desa Cibeureum, "
        "Asep Mulyana, mengatakan tali baja penahan jembatan putus karena berkarat. Polisi "
        "memasang garis pengaman di kedua ujung jembatan.",
        MON,
        ("Asep Mulyana",),
    ),
    StoryInput(
        "raft-crossing",
        "Jembatan putus, warga Cibeureum menyeberang sungai dengan rakit",
        "Warga Desa Cibeureum dan Sukamaju terpaksa menyeberangi Sungai Cisanggarung dengan "
        "rakit bambu, Selasa (10/3/2026), sehari setelah jembatan gantung penghubung kedua "
        "desa ambruk. Anak sekolah diantar orang tua menyeberang dengan rakit.\n\nWarga "
        "meminta pemerintah daerah segera membangun jembatan darurat agar anak sekolah dan "
        "petani tidak menyeberang dengan rakit setiap hari.",
        TUE,
        ("Cisanggarung",),
    ),
    StoryInput(
        "temporary-bridge",
        "Pemkab Kuningan bangun jembatan darurat untuk warga Cibeureum",
        "Pemerintah Kabupaten Kuningan mulai membangun jembatan darurat di atas Sungai "
        "Cisanggarung, Rabu (11/3/2026), dua hari setelah jembatan gantung Cibeureum ambruk. "
        "Selama pembangunan, warga dan anak sekolah masih menyeberang dengan rakit bambu.\n\n"
        "Kepala Dinas PUPR Kuningan, Dedi Supriatna, mengatakan jembatan darurat dari rangka "
        "baja ditargetkan selesai dalam sepekan agar warga tidak lagi memakai rakit.",
        WED,
        ("Cisanggarung", "Dedi Supriatna"),
    ),
]


def test_the_first_report_joins_the_follow_ups_that_point_back_to_its_day() -> None:
    assert _stories(BRIDGE) == [["bridge-falls", "raft-crossing", "temporary-bridge"]]


def test_without_the_recalled_days_the_first_report_is_left_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(story_clusters, "_followed_up", lambda single, other: False)
    assert _stories(BRIDGE) == [["bridge-falls"], ["raft-crossing", "temporary-bridge"]]


def test_the_recalled_days_survive_the_index_state() -> None:
    index = StoryIndex()
    index.add(BRIDGE)
    assert StoryIndex.from_json(index.to_json()).assignment() == index.assignment()


def test_the_store_keeps_the_first_report_with_its_follow_ups_in_any_order(
    tmp_path: Path,
) -> None:
    articles = [
        replace(
            process(item.text, url=f"https://contoh.id/{item.article_id}", title=item.title),
            published=PartialDate.parse(item.date or ""),
        )
        for item in BRIDGE
    ]
    conn = connect(tmp_path / "bridge.db")
    # the follow-ups first, their first report in a later batch
    _update(conn, articles[1:], [a.id for a in articles[1:]])
    _update(conn, articles[:1], [articles[0].id])
    of, _ = _store_stories(conn)
    assert len({of[a.id] for a in articles}) == 1
