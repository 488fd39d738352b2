"""Working days with Polish public holidays, and KPA day-counting."""

import datetime

import pytest

from gops.workflows import deadlines as d

D = datetime.date


@pytest.mark.parametrize(
    "day,working",
    [
        (D(2026, 12, 24), False),  # Wigilia, a public holiday since 2025
        (D(2026, 12, 25), False),
        (D(2026, 12, 26), False),
        (D(2026, 12, 23), True),
        (D(2026, 4, 6), False),  # Easter Monday 2026
        (D(2027, 3, 29), False),  # Easter Monday 2027
        (D(2026, 11, 11), False),  # Independence Day
        (D(2026, 11, 12), True),
        (D(2026, 11, 28), False),  # Saturday
        (D(2026, 11, 29), False),  # Sunday
        (D(2026, 11, 30), True),
    ],
)
def test_is_working_day(day, working):
    assert d.is_working_day(day) is working


def test_add_working_days_over_christmas():
    # Wed 23.12 + 1 → Thu 24 (holiday), Fri 25, Sat 26, Sun 27 skipped → Mon 28.12.
    assert d.add_working_days(D(2026, 12, 23), 1) == D(2026, 12, 28)
    assert d.add_working_days(D(2026, 12, 22), 3) == D(2026, 12, 29)


def test_add_working_days_over_easter_monday():
    # Fri 3.04.2026 + 1 → Mon 6.04 is Easter Monday → Tue 7.04.
    assert d.add_working_days(D(2026, 4, 3), 1) == D(2026, 4, 7)


def test_add_working_days_over_11_november():
    assert d.add_working_days(D(2026, 11, 10), 1) == D(2026, 11, 12)


def test_add_working_days_over_weekend_and_fourteen_days():
    assert d.add_working_days(D(2026, 11, 27), 1) == D(2026, 11, 30)  # Fri → Mon
    # 14 working days from Fri 4.12.2026 cross 24–26.12: 7–11, 14–18, 21–23, 28 → 28.12.
    assert d.add_working_days(D(2026, 12, 4), 14) == D(2026, 12, 28)
    assert d.add_working_days(D(2026, 11, 30), 0) == D(2026, 11, 30)


def test_kpa_days_move_off_holidays():
    # 7 days from 17.12.2026 is Thu 24.12 (holiday) → next working day Mon 28.12.
    assert d.add_kpa_days(D(2026, 12, 17), 7) == D(2026, 12, 28)
    # 14 days from 28.10.2026 is Wed 11.11 → Thu 12.11.
    assert d.add_kpa_days(D(2026, 10, 28), 14) == D(2026, 11, 12)
    assert d.add_kpa_days(D(2026, 11, 2), 7) == D(2026, 11, 9)


def test_kpa_month_end_of_month():
    assert d.add_kpa_months(D(2026, 1, 31)) == D(2026, 3, 2)  # 28.02 is a Saturday
    assert d.add_kpa_months(D(2026, 11, 26)) == D(2026, 12, 28)  # 26.12 holiday, 27 Sunday


def test_working_days_between_and_due_soon():
    assert d.working_days_between(D(2026, 12, 23), D(2026, 12, 28)) == 1
    assert d.working_days_between(D(2026, 12, 28), D(2026, 12, 23)) == -1
    today = D(2026, 12, 23)
    assert d.due_soon(D(2026, 12, 29), today)
    assert not d.due_soon(D(2026, 12, 30), today)
    assert not d.due_soon(D(2026, 12, 22), today)  # already overdue
