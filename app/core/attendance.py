"""A class's attendance over a month and by week, from its daily attendance sheets.

Teachers fill one ``attendance_sheet`` per class and day (the whole day: ``lesson`` left
empty); sheets for single lessons are not counted here, so a pupil who missed one lesson is
not marked absent for the day. When a day has more than one whole-day sheet, the newest one
counts (a corrected sheet). Drafts count too: a sheet in the making is still what the
teacher saw in the class, and the monthly sheet says how many of its days are approved.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sync.replica import Record

PRESENT = "present"
ABSENT = ("absent_excused", "absent_unexcused")
LATE = ("late_excused", "late_unexcused")


@dataclass(frozen=True)
class PupilMonth:
    student_id: str
    name: str
    marks: dict[date, str]  # day -> status; a day without a mark: no sheet that day

    def count(self, *statuses: str) -> int:
        return sum(1 for s in self.marks.values() if s in statuses)


@dataclass(frozen=True)
class AttendanceMonth:
    """What the monthly attendance sheet of a class prints."""

    class_id: str
    class_name: str
    year: int
    month: int
    days: tuple[date, ...]  # the days with a sheet, in order
    pupils: tuple[PupilMonth, ...]
    approved_days: int = 0
    teacher: str = ""

    def present_on(self, day: date) -> int:
        return sum(1 for p in self.pupils if p.marks.get(day) in (PRESENT, *LATE))

    @property
    def rate(self) -> float | None:
        """Share of pupil-days present or late, in percent."""
        marked = sum(len(p.marks) for p in self.pupils)
        if not marked:
            return None
        present = sum(p.count(PRESENT, *LATE) for p in self.pupils)
        return round(100 * present / marked, 1)


@dataclass(frozen=True)
class WeekRate:
    week_start: date  # the Monday
    rate: float
    pupil_days: int


@dataclass
class _Day:
    sheet: Record
    rows: list[dict[str, Any]] = field(default_factory=list)


def day_sheets(sheets: Iterable[Record], class_id: str) -> dict[date, _Day]:
    """The whole-day sheet of each day for ``class_id`` (the newest when there are several)."""
    days: dict[date, _Day] = {}
    for sheet in sheets:
        d = sheet.data
        if d.get("_service") != "attendance_sheet" or d.get("class") != class_id or \
                d.get("lesson") is not None or not d.get("date"):
            continue
        day = date.fromisoformat(d["date"])
        kept = days.get(day)
        if kept is None or sheet.updated_at > kept.sheet.updated_at:
            days[day] = _Day(sheet, [r for r in d.get("pupils") or [] if isinstance(r, dict)])
    return days


def month_of(sheets: Iterable[Record], students: Iterable[Record], class_id: str,
             class_name: str, year: int, month: int) -> AttendanceMonth:
    """The month's attendance of a class. Pupils are the class's students in the register
    and anyone marked on a sheet of the month (a pupil who left mid-month stays listed)."""
    days = {d: s for d, s in day_sheets(sheets, class_id).items()
            if d.year == year and d.month == month}
    names: dict[str, str] = {}
    for student in students:
        if student.data.get("class") == class_id and not student.deleted:
            names[student.id] = student.headline.title or student.id
    marks: dict[str, dict[date, str]] = {sid: {} for sid in names}
    for day, sheet in days.items():
        for row in sheet.rows:
            sid = str(row.get("student") or "")
            if sid:
                marks.setdefault(sid, {})[day] = str(row.get("status") or PRESENT)
    known = {s.id: s.headline.title or s.id for s in students}
    pupils = tuple(sorted((PupilMonth(sid, names.get(sid) or known.get(sid, sid), m)
                           for sid, m in marks.items()), key=lambda p: p.name.casefold()))
    approved = sum(1 for s in days.values() if s.sheet.data.get("_state") == "approved")
    return AttendanceMonth(class_id, class_name, year, month, tuple(sorted(days)), pupils,
                           approved)


def weekly_rates(sheets: Iterable[Record], class_id: str, start: date, end: date
                 ) -> list[WeekRate]:
    """Attendance rate of a class week by week (Monday to Sunday) between two days."""
    weeks: dict[date, list[int]] = {}
    for day, sheet in day_sheets(sheets, class_id).items():
        if not start <= day <= end:
            continue
        monday = day - timedelta(days=day.weekday())
        present, total = weeks.setdefault(monday, [0, 0])
        for row in sheet.rows:
            total += 1
            present += row.get("status", PRESENT) in (PRESENT, *LATE)
        weeks[monday] = [present, total]
    return [WeekRate(monday, round(100 * p / t, 1) if t else 0.0, t)
            for monday, (p, t) in sorted(weeks.items())]
