"""Expressions relative to the narrative resolve against the date the text just told.

"Sehari sebelumnya" after "Pada 12 Maret 2024, ..." is 11 March 2024, not the day before
publication. Expressions relative to now ("kemarin", "dua hari lalu", "pekan depan")
keep the article's anchor. Every sentence here is invented for these tests.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.nlp.time.calendar import iso_period, shift_period
from warta.nlp.time.timex import scan_time, sets_the_time, tag_time
from warta.records import PartialDate, TimeExpr

PUBLISHED = PartialDate(2024, 3, 20)
TOLD = "Pada 12 Maret 2024, menteri itu tiba di Tokyo."


def _last(text: str, anchor: PartialDate | None = PUBLISHED) -> TimeExpr:
    return tag_time(text, anchor)[-1]


def _told(expression: str) -> TimeExpr:
    """``expression`` opening the sentence after one that tells 12 March 2024."""
    text = f"{TOLD} {expression[0].upper()}{expression[1:]}, ia bertemu mitranya di Seoul."
    return _last(text)


@pytest.mark.parametrize(
    ("expression", "value", "precision"),
    [
        ("sehari sebelumnya", "2024-03-11", "day"),
        ("keesokan harinya", "2024-03-13", "day"),
        ("keesokan paginya", "2024-03-13", "day"),
        ("esok harinya", "2024-03-13", "day"),
        ("dua hari kemudian", "2024-03-14", "day"),
        ("tiga hari setelahnya", "2024-03-15", "day"),
        ("empat hari sesudahnya", "2024-03-16", "day"),
        ("dua hari berselang", "2024-03-14", "day"),
        ("10 hari sebelumnya", "2024-03-02", "day"),
        ("sepekan sebelumnya", "2024-W10", "week"),
        ("seminggu kemudian", "2024-W12", "week"),
        ("sebulan kemudian", "2024-04", "month"),
        ("dua bulan sebelumnya", "2024-01", "month"),
        ("setahun sebelumnya", "2023", "year"),
        ("satu dekade kemudian", "2034", "year"),
        ("beberapa jam kemudian", "2024-03-12", "day"),
        ("48 jam kemudian", "2024-03-14", "day"),
        ("pada hari yang sama", "2024-03-12", "day"),
        ("pada malam harinya", "2024-03-12", "day"),
        ("malam itu", "2024-03-12", "day"),
        ("hari itu", "2024-03-12", "day"),
        ("pada dini hari itu", "2024-03-12", "day"),
        ("hari berikutnya", "2024-03-13", "day"),
        ("pada bulan berikutnya", "2024-04", "month"),
        ("pada tahun yang sama", "2024", "year"),
        ("tahun sebelumnya", "2023", "year"),
    ],
)
def test_each_form_steps_from_the_date_told(expression: str, value: str, precision: str) -> None:
    t = _told(expression)
    assert t.text.lower() == expression.removeprefix("pada ")
    assert (t.value, t.precision) == (value, precision)
    # the text alone fixes 12 March 2024, and so the step from it: no anchor was used
    assert (t.type, t.anchor) == ("date", None)


def test_the_example_of_the_issue() -> None:
    text = (
        "Pada 12 Maret 2024, menteri itu tiba di Tokyo. Sehari sebelumnya, ia bertemu "
        "Presiden Korea Selatan di Seoul."
    )
    assert [(t.text, t.value) for t in tag_time(text, PUBLISHED)] == [
        ("12 Maret 2024", "2024-03-12"),
        ("Sehari sebelumnya", "2024-03-11"),
    ]


def test_without_a_told_date_the_anchor_is_the_fallback() -> None:
    t = _last("Sehari sebelumnya, menteri itu bertemu mitranya di Seoul.")
    assert (t.type, t.value, t.precision, t.anchor) == (
        "relative",
        "2024-03-19",
        "day",
        "2024-03-20",
    )
    t = _last("Sebulan kemudian, menteri itu kembali.")
    assert (t.value, t.precision, t.anchor) == ("2024-04", "month", "2024-03-20")


def test_without_a_told_date_or_an_anchor_it_stays_unresolved() -> None:
    t = _last("Keesokan harinya, menteri itu kembali.", None)
    assert (t.text, t.type, t.value, t.precision, t.anchor) == (
        "Keesokan harinya", "relative", None, None, None,
    )  # fmt: skip


def test_a_vague_count_of_days_names_no_day() -> None:
    t = _told("beberapa hari kemudian")
    assert (t.text, t.value, t.precision) == ("Beberapa hari kemudian", None, None)


def test_minutes_and_seconds_later_stay_a_duration() -> None:
    """A match report's clock ("lima menit kemudian") dates nothing: the day it falls on
    is the match's, which the report may not tell."""
    for text in (
        "Lima menit kemudian, gol kedua tercipta.",
        "Tiga puluh detik kemudian, ia jatuh.",
    ):
        (t,) = tag_time(f"{TOLD} {text}", PUBLISHED)[1:]
        assert t.type == "duration" and t.anchor is None


def test_a_told_date_that_needs_the_anchor_passes_it_on() -> None:
    text = "Menteri tiba di Tokyo, Senin (11/3). Keesokan harinya, ia bertemu mitranya."
    told, step = tag_time(text, PUBLISHED)
    assert (told.value, told.anchor) == ("2024-03-11", "2024-03-20")
    assert (step.type, step.value, step.anchor) == ("relative", "2024-03-12", "2024-03-20")
    # without an anchor the day told has no year, and the step no value
    assert tag_time(text, None)[-1].value is None


@pytest.mark.parametrize(
    ("expression", "value", "precision"),
    [
        ("kemarin", "2024-03-19", "day"),
        ("dua hari lalu", "2024-03-18", "day"),
        ("pekan depan", "2024-W13", "week"),
        ("tiga hari lagi", "2024-03-23", "day"),
        ("bulan lalu", "2024-02", "month"),
    ],
)
def test_expressions_relative_to_now_keep_the_anchor(
    expression: str, value: str, precision: str
) -> None:
    t = _told(expression)
    assert (t.value, t.precision, t.anchor) == (value, precision, "2024-03-20")


def test_a_told_date_is_one_the_text_names_not_an_earlier_step() -> None:
    text = (
        "Kremlin pada Senin (11/3/2024) menuding Washington terlibat dalam serangan yang "
        "menewaskan empat orang sehari sebelumnya. Pada hari yang sama, Moskow memanggil "
        "duta besar AS."
    )
    assert [t.value for t in tag_time(text, PUBLISHED)] == [
        "2024-03-11",
        "2024-03-10",
        "2024-03-11",
    ]


def test_a_day_steps_from_the_last_day_told_past_a_coarser_background_date() -> None:
    text = (
        "Para pemimpin bertemu di Kuala Lumpur, Senin (11/3/2024), membahas gempa Januari "
        "lalu dan target 2030. Pada hari yang sama, mereka menandatangani kesepakatan."
    )
    assert _last(text).value == "2024-03-11"
    # with no day told, the coarser date is the reference and the precision its own
    text = "Pada Maret 2024 harga beras naik. Sehari sebelumnya pasokan terhenti."
    assert (_last(text).value, _last(text).precision) == ("2024-03", "month")
    text = "Laba sepanjang 2023 naik, dibandingkan tahun sebelumnya."
    assert (_last(text).value, _last(text).precision) == ("2022", "year")


def test_the_same_paragraph_comes_first_then_the_ones_before() -> None:
    text = (
        "Pada 1 Maret 2024 menteri tiba.\n\nPada 5 Maret 2024 ia berpidato. "
        "Sehari kemudian ia pulang.\n\nKeesokan harinya ia melapor."
    )
    steps = [t.value for t in tag_time(text, PUBLISHED)][2:]
    assert steps == ["2024-03-06", "2024-03-06"]


def test_a_date_told_too_many_paragraphs_before_is_out_of_reach() -> None:
    text = "Pada 1 Maret 2024 menteri tiba.\n\nA.\n\nB.\n\nC.\n\nSehari kemudian ia pulang."
    assert _last(text).value == "2024-03-21"  # the day after the anchor


def test_a_stretch_of_time_is_not_a_date() -> None:
    t = _last(f"{TOLD} Ia akan tinggal dalam dua hari berikutnya.")
    assert (t.text, t.type, t.value) == ("dua hari", "duration", "P2D")
    t = _last(f"{TOLD} Ia menginap selama dua hari itu.")
    assert (t.text, t.type) == ("dua hari", "duration")
    assert [t.text for t in tag_time(f"{TOLD} Pada hari-hari itu ia sibuk.", PUBLISHED)] == [
        "12 Maret 2024"
    ]


def test_a_step_inside_a_sentence_does_not_set_the_time_of_what_follows() -> None:
    text = (
        "Beijing menaikkan tarif, Jumat (8/3/2024). Langkah itu membalas keputusan "
        "Washington dua hari sebelumnya. Kurang dari tiga jam kemudian, pasar bereaksi."
    )
    told, inside, opening = tag_time(text, PUBLISHED)
    assert (inside.value, opening.value) == ("2024-03-06", "2024-03-08")
    assert [sets_the_time(text, t) for t in (told, inside, opening)] == [True, False, True]


def test_scanning_once_resolves_as_tagging_per_anchor() -> None:
    text = "Ia tiba Senin (4/3). Keesokan harinya ia bertemu Budi. Malam itu ia pulang."
    scan = scan_time(text)
    for anchor in (
        None,
        PartialDate(2024),
        PartialDate(2024, 3),
        PUBLISHED,
        PartialDate(2019, 3, 9),
    ):
        assert scan.resolve(anchor) == tag_time(text, anchor)


def test_shift_period_keeps_the_coarser_precision() -> None:
    assert shift_period("2024-03-31", "day", 1, "M") == ("2024-04", "month")
    assert shift_period("2024-01-31", "day", 1, "D") == ("2024-02-01", "day")
    assert shift_period("2024-W01", "week", -1, "D") == ("2024-W01", "week")
    assert shift_period("2024-W01", "week", -11, "D") == ("2023-W51", "week")
    assert shift_period("2024", "year", 400, "D") == ("2025", "year")
    assert shift_period("0001-01-01", "day", -1, "D") is None


_UNITS = {"D": 1, "W": 7, "M": 31, "Y": 366}
_PERIOD_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}


@settings(max_examples=300, deadline=None)
@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    precision=st.sampled_from(["day", "week", "month", "year"]),
    amount=st.integers(min_value=-400, max_value=400),
    unit=st.sampled_from(["D", "W", "M", "Y"]),
)
def test_a_step_from_a_told_date_lies_near_it(
    day: date, precision: str, amount: int, unit: str
) -> None:
    value = {
        "day": day.isoformat(),
        "week": f"{day.isocalendar()[0]:04d}-W{day.isocalendar()[1]:02d}",
        "month": f"{day.year:04d}-{day.month:02d}",
        "year": f"{day.year:04d}",
    }[precision]
    moved = shift_period(value, precision, amount, unit)
    assert moved is not None
    lo, hi = iso_period(moved[0])
    base_lo, base_hi = iso_period(value)
    # never farther than the step plus a period of each precision from the told date
    slack = timedelta(days=abs(amount) * _UNITS[unit] + 2 * _PERIOD_DAYS[precision] + 366)
    assert base_lo - slack <= lo <= hi <= base_hi + slack
    if amount == 0:
        assert lo <= base_hi and base_lo <= hi  # the same period overlaps the told one


_WORDS = st.sampled_from(
    "Pada 12 Maret 2024 Senin (11/3) sehari dua hari sebelumnya kemudian keesokan harinya "
    "malam itu hari yang sama tahun bulan sepekan berikutnya selama dalam kemarin , . \n\n "
    "ia tiba beberapa jam setelahnya 2019 lalu".split(" ")
)


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(_WORDS, max_size=40),
    anchor=st.sampled_from([None, PartialDate(2024), PartialDate(2024, 3), PUBLISHED]),
)
def test_tagging_any_text_never_crashes_and_never_leaves_a_step(
    words: list[str], anchor: PartialDate | None
) -> None:
    text = " ".join(words)
    for t in tag_time(text, anchor):
        assert text[t.start : t.end] == t.text
        if t.type in ("date", "relative") and t.value is not None:
            iso_period(t.value)  # a calendar value, never a "~-1D" step
