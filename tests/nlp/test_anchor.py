"""Publication-date inference from weekdays, explicit years and the corpus timeline."""

from __future__ import annotations

from warta.nlp.time.anchor import (
    choose_anchor,
    infer_anchor,
    participant_tokens,
    past_year_bound,
    weekday_candidates,
)
from warta.nlp.time.events import extract_events
from warta.nlp.time.timex import tag_time
from warta.records import Event, PartialDate

# 003-style: BBC Indonesia, April 2019, no date on the page.
TEXT_003 = (
    "Media pemerintah Korea Utara mengonfirmasi Kim Jong-un akan segera berkunjung ke Rusia "
    "untuk mengadakan pembicaraan pertama kalinya dengan Presiden Vladimir Putin.\n\n"
    "Kremlin mengatakan kedua pemimpin akan bertemu dekat Kota Vladivostok pada Kamis (25/04) "
    "dan akan membincangkan “masalah nuklir” di Semenanjung Korea.\n\n"
    "Korea Utara menganggap penting setiap pertemuan dengan beberapa sekutu pentingnya, "
    "setelah gagal mencapai kesepakatan dalam pertemuan puncak dengan AS bulan Februari di "
    "Hanoi.\n\n"
    "Korea Utara dan Rusia terakhir kali mengadakan pertemuan bilateral pada tahun 2011, "
    "ketika Presiden Dmitry Medvedev bertemu ayah Kim, Kim Jong-il."
)
# Two dated articles of the corpus (002 of 2020-05-21, 004 of 2023-09-13), excerpts.
TEXT_002 = (
    "Kim dan Putin mengadakan pertemuan puncak pertama mereka pada April tahun lalu di "
    "Vladivostok, Rusia. Pada November tahun lalu, Choe Son-hui mengunjungi Moskow."
)
TEXT_004 = (
    "Kim tiba dengan kereta lapis baja di perbatasan Rusia pada Selasa pagi, melintasi "
    "perbatasan di kota Khasan Rusia.\n\n"
    "Meskipun pertemuan Putin dengan Kim di Vladivostok pada tahun 2019 tidak membuahkan "
    "hasil apapun."
)
# 001-style: a DW article of June 2024 re-published on a 2025 page.
TEXT_001 = (
    '"Kim berkunjung ke Kosmodrom Vostochy di wilayah Timur Rusia pada September tahun '
    'lalu, dan tampaknya dia mampu mengamankan teknologi Rusia," kata Lim kepada DW.'
)


def _corpus() -> dict[str, tuple[Event, ...]]:
    return {
        "002": extract_events(TEXT_002, tag_time(TEXT_002, PartialDate(2020, 5, 21))),
        "004": extract_events(TEXT_004, tag_time(TEXT_004, PartialDate(2023, 9, 13))),
    }


def test_weekday_allows_only_matching_years_after_the_latest_past_year() -> None:
    assert past_year_bound(TEXT_003) == 2011
    assert [c.iso for c in weekday_candidates(TEXT_003)] == [
        "2013-04", "2019-04", "2024-04", "2030-04",
    ]  # fmt: skip
    unbounded = weekday_candidates("Mereka bertemu Kamis (25/04).", lo=1990, hi=2035)
    assert [c.year for c in unbounded] == [1991, 1996, 2002, 2013, 2019, 2024, 2030]


def test_no_weekday_no_candidates() -> None:
    assert weekday_candidates("Pada tahun 2011 mereka bertemu.") == []


def test_future_years_do_not_bound_from_below() -> None:
    assert past_year_bound("Proyek itu akan selesai pada 2030.") is None


def test_003_anchor_inferred_from_corpus_timeline() -> None:
    anchor, reason = infer_anchor(TEXT_003, _corpus())
    assert anchor == PartialDate(2019, 4)
    assert reason.startswith("inferred: weekday 'Kamis (25/04)' + corpus timeline:")
    assert "Vladivostok" in reason and "2 articles" in reason
    # With the anchor, the planned meeting and the Hanoi summit fall into place.
    got = {t.text: t.value for t in tag_time(TEXT_003, anchor)}
    assert got["Kamis (25/04)"] == "2019-04-25"
    assert got["bulan Februari"] == "2019-02"


def test_choose_anchor_scores_candidates() -> None:
    cands = weekday_candidates(TEXT_003, hi=2025)
    events = [e for c in cands for e in extract_events(TEXT_003, tag_time(TEXT_003, c))]
    events = [e for e in events if e.anchor is not None]
    anchor, reason = choose_anchor(cands, events, _corpus(), cue="Kamis (25/04)")
    assert anchor == PartialDate(2019, 4), reason


def test_undecided_without_corpus_support() -> None:
    anchor, reason = infer_anchor(TEXT_003, {})
    assert anchor is None and reason.startswith("undecided")
    assert choose_anchor([], [], {}) == (None, "no candidate anchor")


def test_a_tie_is_undecided() -> None:
    e19 = Event("2019-04-25", "day", "Kim bertemu Putin.", ("Kim",), False, "2019-04")
    e24 = Event("2024-04-25", "day", "Kim bertemu Putin.", ("Kim",), False, "2024-04")
    corpus = {
        "a": [Event("2019-04", "month", "x", ("Kim",), False, None)],
        "b": [Event("2024-04", "month", "x", ("Kim",), False, None)],
    }
    anchor, reason = choose_anchor([PartialDate(2019, 4), PartialDate(2024, 4)], [e19, e24], corpus)
    assert anchor is None and "equally" in reason


def test_relative_month_against_corpus_dates_a_republished_article() -> None:
    # Anchoring "tahun lalu" to the 2025 page header would give 2024-09: wrong.
    anchor, reason = infer_anchor(TEXT_001, _corpus(), hi=2025)
    assert anchor == PartialDate(2024), reason
    (t,) = [t for t in tag_time(TEXT_001, anchor) if t.type == "relative"]
    assert t.value == "2023-09"


def test_participant_tokens_ignore_titles() -> None:
    assert participant_tokens(["Presiden Vladimir Putin", "Kota Vladivostok"]) == {
        "vladimir", "putin", "vladivostok",
    }  # fmt: skip
