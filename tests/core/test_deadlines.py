"""Deadlines (app/core/deadlines.py) with the shipped Uzbek calendar (resources/calendars/uz.json).

Dates used (weekday checked in test_the_example_dates_fall_on_the_weekdays_assumed):
2026-03-19 Thu, 2026-03-20 Fri (holiday in "dates"), 2026-03-21 Sat (Navroʻz, a fixed holiday);
2025-03-20 Thu, 2025-03-21 Fri (Navroʻz), 2025-03-28 Fri, 2025-03-31 Mon (holiday in "dates");
2024-03-08 Fri (fixed), 2024-03-21 Thu (fixed); 2026-06-15 Mon (an ordinary week).
"""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from app.core.deadlines import (
    END_OF_DAY,
    add_working_days,
    due_at,
    is_holiday,
    is_working_day,
)
from app.core.definitions import Catalogue, DeadlineRule
from app.paths import resources_dir

D = date.fromisoformat


def test_the_example_dates_fall_on_the_weekdays_assumed() -> None:
    days = {"2026-03-19": 3, "2026-03-20": 4, "2026-03-21": 5, "2025-03-20": 3,
            "2025-03-21": 4, "2025-03-28": 4, "2025-03-31": 0, "2024-03-08": 4,
            "2024-03-21": 3, "2026-06-15": 0}
    for day, weekday in days.items():
        assert D(day).weekday() == weekday, day


def test_the_calendar_file_is_read() -> None:
    raw = json.loads((resources_dir() / "calendars" / "uz.json").read_text(encoding="utf-8"))
    for listed in raw["dates"]:
        assert is_holiday(D(listed))
    for fixed in raw["fixed"]:
        assert is_holiday(D(f"2030-{fixed}"))
    assert is_holiday(D("2026-03-20")) and is_holiday(D("2026-03-21"))
    assert not is_holiday(D("2026-03-19"))


@pytest.mark.parametrize(("day", "working"), [
    ("2026-06-15", True),  # Monday
    ("2026-06-19", True),  # Friday
    ("2026-06-20", False),  # Saturday
    ("2026-06-21", False),  # Sunday
    ("2026-03-19", True),
    ("2026-03-20", False),  # a Friday listed as a holiday in 2026
    ("2025-03-20", True),  # the same calendar day in 2025 is an ordinary Thursday
    ("2025-03-21", False),  # Navroʻz on a Friday
    ("2025-03-31", False),  # a Monday listed as a holiday
    ("2024-03-08", False),  # Women's Day, a Friday
    ("2024-09-02", True),
    ("2025-09-01", False),  # Independence Day, a Monday
    ("2025-10-01", False),  # Teachers' Day
    ("2025-12-08", False),  # Constitution Day
    ("2027-01-01", False),
])
def test_is_working_day(day: str, working: bool) -> None:
    assert is_working_day(D(day)) is working


@pytest.mark.parametrize(("start", "count", "due"), [
    ("2026-06-15", 1, "2026-06-16"),  # Mon + 1 → Tue
    ("2026-06-15", 5, "2026-06-22"),  # a whole week
    ("2026-06-19", 1, "2026-06-22"),  # Fri + 1 → Mon, weekend skipped
    ("2026-06-20", 1, "2026-06-22"),  # from a Saturday
    ("2026-03-19", 1, "2026-03-23"),  # Thu + 1: Fri 20 holiday, Sat 21 Navroʻz, Sun
    ("2026-03-19", 2, "2026-03-24"),
    ("2025-03-20", 1, "2025-03-24"),  # Thu + 1: Fri 21 Navroʻz
    ("2025-03-28", 1, "2025-04-01"),  # Fri + 1: weekend, then Mon 31 a holiday
    ("2024-03-20", 1, "2024-03-22"),  # Wed + 1: Thu 21 Navroʻz
    ("2024-03-07", 1, "2024-03-11"),  # Thu + 1: Fri 8 March, weekend
    ("2026-03-20", 0, "2026-03-20"),  # no days: the start itself, even on a holiday
])
def test_add_working_days_skips_weekends_and_holidays(start: str, count: int, due: str) -> None:
    assert add_working_days(D(start), count) == D(due)


def test_fixed_holidays_hold_in_every_year() -> None:
    assert not is_working_day(D("2041-01-01"))  # a Tuesday
    assert not is_working_day(D("2019-03-21"))  # a Thursday


def test_due_at_calendar_days_is_the_end_of_the_day() -> None:
    entered = datetime(2026, 3, 19, 15, 20)
    assert END_OF_DAY.hour == 23 and END_OF_DAY.minute == 59
    assert due_at(DeadlineRule(calendar_days=2), entered) == datetime(2026, 3, 21, 23, 59)
    # calendar days do not skip weekends or holidays
    assert due_at(DeadlineRule(calendar_days=1), entered) == datetime(2026, 3, 20, 23, 59)
    assert due_at(DeadlineRule(calendar_days=0), entered) == datetime(2026, 3, 19, 23, 59)
    assert due_at(DeadlineRule(calendar_days=30), datetime(2024, 2, 10, 0, 1)) == \
        datetime(2024, 3, 11, 23, 59)  # across 29 February


def test_due_at_working_days() -> None:
    entered = datetime(2026, 3, 19, 9, 0)
    assert due_at(DeadlineRule(working_days=1), entered) == datetime(2026, 3, 23, 23, 59)
    assert due_at(DeadlineRule(working_days=3), entered) == datetime(2026, 3, 25, 23, 59)
    late_friday = datetime(2026, 6, 19, 23, 30)
    assert due_at(DeadlineRule(working_days=1), late_friday) == datetime(2026, 6, 22, 23, 59)


def test_due_at_hours_keeps_the_time() -> None:
    entered = datetime(2026, 3, 19, 15, 20)
    assert due_at(DeadlineRule(hours=2), entered) == datetime(2026, 3, 19, 17, 20)
    # hours run through nights, weekends and holidays alike
    assert due_at(DeadlineRule(hours=48), entered) == datetime(2026, 3, 21, 15, 20)


def test_due_at_days_before_election() -> None:
    rule = DeadlineRule(days_before_election=35, campaign_field="campaign")
    entered = datetime(2024, 9, 1, 10, 0)
    assert due_at(rule, entered, D("2024-10-27")) == datetime(2024, 9, 22, 23, 59)
    # the election day, not the day the case entered its state, decides
    assert due_at(rule, datetime(2024, 9, 20, 8, 0), D("2024-10-27")) == \
        datetime(2024, 9, 22, 23, 59)
    on_the_day = DeadlineRule(days_before_election=0, campaign_field="campaign")
    assert due_at(on_the_day, entered, D("2024-10-27")) == datetime(2024, 10, 27, 23, 59)


def test_due_at_days_before_election_without_an_election_day_is_unknown() -> None:
    rule = DeadlineRule(days_before_election=35, campaign_field="campaign")
    assert due_at(rule, datetime(2024, 9, 1, 10, 0)) is None
    assert due_at(rule, datetime(2024, 9, 1, 10, 0), None) is None


def test_a_rule_without_a_period_gives_no_deadline() -> None:
    assert due_at(DeadlineRule(), datetime(2024, 9, 1, 10, 0), D("2024-10-27")) is None


def test_shipped_deadlines() -> None:
    catalogue = Catalogue.load()
    nomination = catalogue.get("candidate_nomination").workflow.states
    entered = datetime(2024, 9, 1, 10, 0)
    assert due_at(nomination["submitted"].deadline, entered, D("2024-10-27")) == \
        datetime(2024, 9, 22, 23, 59)
    assert due_at(nomination["submitted"].deadline, entered) is None
    assert due_at(nomination["returned"].deadline, entered) == datetime(2024, 9, 3, 23, 59)
    sheet = catalogue.get("attendance_sheet").workflow.states
    # a sheet submitted on the Thursday before the 2026 Navroʻz break is due on Monday
    assert due_at(sheet["submitted"].deadline, datetime(2026, 3, 19, 16, 0)) == \
        datetime(2026, 3, 23, 23, 59)
