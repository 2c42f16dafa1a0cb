"""Records that cannot be malformed: a PartialDate is a real calendar date or an error."""

from __future__ import annotations

import calendar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warta.nlp.time.calendar import is_calendar_value, iso_period
from warta.records import PartialDate


@given(
    st.integers(-3000, 12000),
    st.none() | st.integers(-2, 14),
    st.none() | st.integers(-2, 33),
)
def test_partial_date_is_valid_or_refused(year: int, month: int | None, day: int | None) -> None:
    valid = (
        1 <= year <= 9999
        and (month is None or 1 <= month <= 12)
        and (day is None or (month is not None and 1 <= day <= calendar.monthrange(year, month)[1]))
    )
    if not valid:
        with pytest.raises(ValueError, match="not a calendar date"):
            PartialDate(year, month, day)
        return
    date = PartialDate(year, month, day)
    assert PartialDate.parse(date.iso) == date  # round-trips
    assert is_calendar_value(date.iso)
    first, last = iso_period(date.iso)
    assert first <= last


@pytest.mark.parametrize("value", ["", "-476", "2019-", "2019-13", "2019-02-30", "20l9", "0000"])
def test_malformed_iso_values_are_refused(value: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(value)
    assert not is_calendar_value(value)
