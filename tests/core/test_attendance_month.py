"""A month of attendance for a class of 35, entered sheet by sheet, and its monthly sheet."""

from __future__ import annotations

import random
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from app import reports
from app.core.attendance import month_of, weekly_rates
from app.core.cases import CaseDesk
from app.core.deadlines import is_working_day
from app.core.demo_data import candidate_nomination_fields
from app.core.users import User
from sync.replica import Replica

SCHOOL = "uz.jizzakh.jizzakh_city.school_12"
# Who missed what in November 2026: (pupil index, day of month, status)
MARKS = [(2, 3, "absent_unexcused"), (2, 4, "absent_unexcused"),
         (6, 10, "absent_excused"), (6, 11, "absent_excused"), (6, 12, "absent_excused"),
         (11, 16, "late_unexcused"), (20, 24, "late_excused"), (34, 30, "absent_unexcused")]


@pytest.fixture
def school(replica: Replica) -> tuple[CaseDesk, CaseDesk]:
    teacher = CaseDesk(replica, User("malika", SCHOOL, ("teacher",), "Malika Ergasheva"))
    director = CaseDesk(replica, User("rustam", SCHOOL, ("director",), "Rustam Qodirov"))
    return teacher, director


def class_of_35(desk: CaseDesk) -> tuple[str, list[str]]:
    klass = desk.new("class", {"name": "6-B", "grade": 6, "language": "uz",
                               "class_teacher": "Malika Ergasheva", "school_year": "2026-2027"})
    rng = random.Random(35)
    pupils = []
    for i in range(35):
        person = candidate_nomination_fields(rng)
        name = {"surname": person["surname"], "given_name": f"{person['given_name']}{i:02d}"}
        pupils.append(desk.new("student", {**name, "birth_date": "2014-03-01",
                                           "gender": person["gender"], "grade": 6,
                                           "class": klass.id}).id)
    return klass.id, pupils


def school_days(year: int, month: int) -> list[date]:
    day, out = date(year, month, 1), []
    while day.month == month:
        if is_working_day(day):
            out.append(day)
        day += timedelta(days=1)
    return out


def test_a_month_for_a_class_of_35_adds_up_and_prints(school, tmp_path: Path) -> None:
    teacher, director = school
    class_id, pupils = class_of_35(teacher)
    days = school_days(2026, 11)
    marks = {(pupils[i], day): status for i, day, status in MARKS}
    for day in days:
        # Everyone present by default; the teacher changes only those who are not.
        rows = [{"student": p, "status": marks.get((p, day.day), "present")} for p in pupils]
        for row in rows:
            if row["status"] in ("absent_excused", "late_excused"):
                row["reason"] = "other"
        sheet = teacher.new("attendance_sheet", {"class": class_id, "date": day.isoformat(),
                                                 "pupils": rows})
        teacher.act(sheet.id, "submit")
        if day.day < 25:
            director.act(sheet.id, "approve")
    month = month_of(teacher.replica.list("case", limit=10_000),
                     teacher.replica.list("student", limit=10_000), class_id, "6-B", 2026, 11)
    assert len(month.pupils) == 35 and month.days == tuple(days)
    by_id = {p.student_id: p for p in month.pupils}
    assert by_id[pupils[2]].count("absent_unexcused") == 2
    assert by_id[pupils[6]].count("absent_excused") == 3
    assert by_id[pupils[11]].count("late_unexcused") == 1
    assert month.present_on(date(2026, 11, 10)) == 34
    total_days = 35 * len(days)
    assert month.rate == round(100 * (total_days - 6) / total_days, 1)  # late counts present
    assert month.approved_days == sum(1 for d in days if d.day < 25)
    weeks = weekly_rates(teacher.replica.list("case", limit=10_000), class_id,
                         date(2026, 11, 1), date(2026, 11, 30))
    assert [w.week_start.day for w in weeks] == [2, 9, 16, 23, 30]
    assert weeks[1].rate == round(100 * (35 * 5 - 3) / (35 * 5), 1)

    for lang in ("uz-Latn", "ru"):
        pdf = reports.render("attendance_month", None, lang,
                             {"commission": "12-son umumiy oʻrta taʼlim maktabi",
                              "month": month, "teacher": "Malika Ergasheva"})
        assert pdf.startswith(b"%PDF")
        (tmp_path / f"sheet-{lang}.pdf").write_bytes(pdf)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "sheet-uz-Latn.pdf"),
                               "-"], capture_output=True, text=True, check=True).stdout
        assert "Oylik davomat varaqasi" in text and "6-B sinf — 2026-yil noyabr" in text
        assert by_id[pupils[6]].name in text and "yo" in text
        pages = text.count("\f")
        assert pages == 1, f"the sheet of 35 pupils runs over {pages} pages"
