"""Deadlines: when a case must leave its state, in calendar days, working days, hours, or
days before a campaign's election day.

Working days skip Saturdays, Sundays and the public holidays in ``resources/calendars``.
A deadline that is a day means the end of that day (23:59 local time).
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from functools import cache

from app.core.definitions import DeadlineRule
from app.paths import resources_dir

END_OF_DAY = time(23, 59)


@cache
def _calendar(country: str) -> tuple[frozenset[tuple[int, int]], frozenset[date]]:
    path = resources_dir() / "calendars" / f"{country}.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    fixed = frozenset(tuple(int(x) for x in md.split("-")) for md in raw.get("fixed", []))
    return fixed, frozenset(date.fromisoformat(d) for d in raw.get("dates", []))  # type: ignore[return-value]


def is_holiday(day: date, country: str = "uz") -> bool:
    fixed, dated = _calendar(country)
    return (day.month, day.day) in fixed or day in dated


def is_working_day(day: date, country: str = "uz") -> bool:
    return day.weekday() < 5 and not is_holiday(day, country)


def add_working_days(start: date, count: int, country: str = "uz") -> date:
    """The ``count``-th working day after ``start`` (``start`` itself not counted)."""
    day = start
    while count > 0:
        day += timedelta(days=1)
        if is_working_day(day, country):
            count -= 1
    return day


def due_at(rule: DeadlineRule, entered: datetime, election_day: date | None = None
           ) -> datetime | None:
    """When a case that entered its state at ``entered`` is due; None if unknown.

    A rule relative to the election day gives None until the case names its campaign.
    """
    if rule.hours is not None:
        return entered + timedelta(hours=rule.hours)
    if rule.calendar_days is not None:
        return datetime.combine(entered.date() + timedelta(days=rule.calendar_days), END_OF_DAY)
    if rule.working_days is not None:
        return datetime.combine(add_working_days(entered.date(), rule.working_days), END_OF_DAY)
    if rule.days_before_election is not None and election_day is not None:
        day = election_day - timedelta(days=rule.days_before_election)
        return datetime.combine(day, END_OF_DAY)
    return None
