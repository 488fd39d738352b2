"""Deadlines: working days with Polish public holidays, and KPA day-counting.

Two ways of counting are used by the procedure:

* *working days* (dni robocze) — e.g. the environmental interview within 14 working days;
  Saturdays, Sundays and public holidays do not count;
* *days* under art. 57 KPA — e.g. 7 days to supplement, 14 days to appeal: calendar days,
  but a deadline ending on a Saturday or a public holiday moves to the next working day
  (art. 57 § 4 KPA).
"""

from __future__ import annotations

import calendar
import datetime
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("PL", years=year)


def is_holiday(day: datetime.date) -> bool:
    return day in _holidays(day.year)


def is_working_day(day: datetime.date) -> bool:
    return day.weekday() < 5 and not is_holiday(day)


def next_working_day(day: datetime.date) -> datetime.date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += datetime.timedelta(days=1)
    return day


def add_working_days(start: datetime.date, days: int) -> datetime.date:
    """The date ``days`` working days after ``start`` (``start`` itself is not counted)."""
    if days < 0:
        raise ValueError("days must not be negative")
    day = start
    remaining = days
    while remaining:
        day += datetime.timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day


def working_days_between(start: datetime.date, end: datetime.date) -> int:
    """Working days after ``start`` up to and including ``end`` (negative when end < start)."""
    if end < start:
        return -working_days_between(end, start)
    count = 0
    day = start
    while day < end:
        day += datetime.timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count


def add_kpa_days(start: datetime.date, days: int) -> datetime.date:
    """A deadline of ``days`` days from an event on ``start`` (art. 57 § 1 and § 4 KPA)."""
    return next_working_day(start + datetime.timedelta(days=days))


def add_kpa_months(start: datetime.date, months: int = 1) -> datetime.date:
    """A deadline of ``months`` months (art. 57 § 3 KPA: the same day of the month, or the
    month's last day when it has no such day), moved off non-working days (§ 4)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    candidate = datetime.date(year, month, min(start.day, last_day))
    return next_working_day(candidate)


def due_soon(due: datetime.date | None, today: datetime.date, within: int = 2) -> bool:
    """Whether ``due`` falls within ``within`` working days from ``today`` (not overdue)."""
    if due is None or due < today:
        return False
    return due <= add_working_days(today, within)
