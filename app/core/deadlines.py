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
def holidays(country: str = "uz") -> frozenset[date]:
    path = resources_dir() / "calendars" / f"{country}.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    days = {date.fromisoformat(d) for d in raw.get("dates", [])}
    for year in range(2020, 2041):
        for md in raw.get("fixed", []):
            month, day = (int(x) for x in md.split("-"))
            days.add(date(year, month, day))
    return frozenset(days)


def is_working_day(day: date, country: str = "uz") -> bool:
    return day.weekday() < 5 and day not in holidays(country)


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
