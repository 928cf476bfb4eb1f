"""The movement's quarterly report: a district's from its sessions and registers, a
province's the sum of its districts' — counts summed, percentages recomputed from sums."""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.core.cases import CaseDesk
from app.core.movement import (
    MovementError,
    Report,
    case_values,
    default_indicators,
    load_targets,
    quarterly_report,
)
from app.core.users import User
from sync.replica import Headline, Record, Replica

PROVINCE = "uz.jizzakh"
DISTRICTS = ("uz.jizzakh.jizzakh_city", "uz.jizzakh.zarbdor", "uz.jizzakh.gallaorol")
ELSEWHERE = "uz.samarkand.urgut"  # another province: never in Jizzakh's numbers
AUDIENCES = ("officials", "students", "adults", "enterprise_workers", "community_team")
YEAR = 2025
AUDIENCE_OF = {"trained_officials": "officials", "trained_students": "students",
               "trained_adults": "adults", "trained_workers": "enterprise_workers",
               "trained_community": "community_team"}


@dataclass(frozen=True)
class Session:
    org: str
    day: date
    participants: int
    hours: float
    audience: tuple[str, ...]
    reported: bool


def generated_sessions(seed: int = 6, per_district: int = 14) -> list[Session]:
    rng = random.Random(seed)
    out = []
    for org in (*DISTRICTS, ELSEWHERE):
        for _ in range(per_district):
            out.append(Session(
                org=org, day=date(YEAR, rng.randint(1, 9), rng.randint(1, 28)),
                participants=rng.randint(5, 120), hours=rng.choice((1, 1.5, 2, 2.5, 4)),
                audience=tuple(rng.sample(AUDIENCES, rng.randint(1, 3))),
                reported=rng.random() > 0.15))
        # Last year's sessions never count this year.
        out.append(Session(org, date(YEAR - 1, 12, 30), 500, 8, ("adults",), True))
    return out


def uuid7_at(day: date, n: int) -> str:
    ms = int(datetime(day.year, day.month, day.day, 12, tzinfo=UTC).timestamp() * 1000)
    return str(uuid.UUID(int=(ms << 80) | (0x7 << 76) | (0b10 << 62) | n))


STAFF_MADE = {"uz.jizzakh.jizzakh_city.school_12": [date(YEAR, 2, 3), date(YEAR, 4, 9),
                                                     date(YEAR, 5, 20)],
              "uz.jizzakh.zarbdor.school_1": [date(YEAR, 6, 30), date(YEAR, 7, 1)],
              "uz.jizzakh.gallaorol": [date(YEAR - 1, 11, 5)]}


@pytest.fixture
def province_desk(replica: Replica) -> CaseDesk:
    """One replica holding the whole country's sessions, as an official of the country."""
    return CaseDesk(replica, User("olim", "uz", ("inspector",), "Olim Nazarov"),
                    device="test-pc")


@pytest.fixture
def sessions(province_desk: CaseDesk) -> list[Session]:
    made = generated_sessions()
    for s in made:
        values = {"date": s.day.isoformat(), "format": "in_person", "venue": "IT-markaz",
                  "topic": "Raqamli savodxonlik", "organiser": "Tuman ishchi guruhi",
                  "audience": list(s.audience), "participants": s.participants,
                  "hours": s.hours}
        case = province_desk.new("training_session", values, org=s.org)
        if s.reported:
            province_desk.act(case.id, "report")
    with province_desk.replica.write() as tx:  # the staff register (teacher accounts)
        for org, days in STAFF_MADE.items():
            for n, day in enumerate(days):
                tx.edit("staff", uuid7_at(day, n), {"_org": org, "surname": "Karimova"},
                        Headline(type="staff", org=org), actor="olim", device="test-pc",
                        event_kind="created", create=True)
    return made


def records(replica: Replica) -> list[Record]:
    return [*replica.list("case", limit=100_000), *replica.list("staff", limit=100_000)]


def expected(made: list[Session], org: str, quarter: int, indicator: str) -> tuple[float,
                                                                                    float]:
    """(this quarter, since 1 January) counted straight from the generated sessions."""
    first_month, last_month = 3 * quarter - 2, 3 * quarter
    if indicator == "accounts_created":
        days = [d for o, ds in STAFF_MADE.items() if o.startswith(org) for d in ds
                if d.year == YEAR and d.month <= last_month]
        return (float(sum(1 for d in days if d.month >= first_month)), float(len(days)))
    chosen = [s for s in made if s.reported and (s.org == org or s.org.startswith(org + "."))
              and s.day.year == YEAR and s.day.month <= last_month]
    audience = AUDIENCE_OF.get(indicator)
    if audience:
        chosen = [s for s in chosen if audience in s.audience]

    def measure(group: list[Session]) -> float:
        if indicator == "sessions":
            return float(len(group))
        if indicator == "hours":
            return float(sum(s.hours for s in group))
        return float(sum(s.participants for s in group))

    return measure([s for s in chosen if s.day.month >= first_month]), measure(chosen)


@pytest.mark.parametrize("quarter", [1, 2, 3, 4])
def test_province_report_is_the_sum_of_its_districts_row_by_row(
        province_desk: CaseDesk, sessions: list[Session], quarter: int) -> None:
    targets = load_targets()
    recs = records(province_desk.replica)
    province = quarterly_report(recs, PROVINCE, YEAR, quarter, targets, from_sessions=True)
    districts = [quarterly_report(recs, d, YEAR, quarter, targets) for d in DISTRICTS]
    assert [p.org for p in province.parts] == sorted(DISTRICTS)
    assert province.sessions == sum(d.sessions for d in districts)
    assert province.row("sessions").cumulative > 0  # (no session is dated after September)
    averaged_differs = False
    for row in province.rows:
        parts = [d.row(row.indicator.id) for d in districts]
        assert row.target == sum(p.target for p in parts)
        assert row.achieved == sum(p.achieved for p in parts)
        assert row.cumulative == sum(p.cumulative for p in parts)
        assert row.percent == round(100 * row.cumulative / row.target, 1)
        mean = round(sum(p.percent for p in parts) / len(parts), 1)
        averaged_differs |= mean != row.percent
        # ... and each number is what the generated sessions say, straight from them.
        for org, report in ((PROVINCE, province), *zip(DISTRICTS, districts, strict=True)):
            got = report.row(row.indicator.id)
            assert (got.achieved, got.cumulative) == expected(sessions, org, quarter,
                                                              row.indicator.id), \
                (org, row.indicator.id)
    assert averaged_differs, "the test data should tell a sum from an average"
    assert [r.indicator.id for r in province.rows] == [i.id for i in default_indicators()]


def test_a_session_for_several_audiences_counts_towards_each_but_once_in_the_total(
        province_desk: CaseDesk) -> None:
    values = {"date": "2025-02-10", "format": "online", "sites": 12, "topic": "E-hukumat",
              "organiser": "Viloyat ishchi guruhi", "audience": ["officials", "adults"],
              "participants": 40, "hours": 2}
    province_desk.act(province_desk.new("training_session", values, org=DISTRICTS[1]).id,
                      "report")
    province_desk.new("training_session", {**values, "participants": 99}, org=DISTRICTS[1])
    report = quarterly_report(records(province_desk.replica), DISTRICTS[1], YEAR, 1,
                              load_targets())
    got = {r.indicator.id: r.cumulative for r in report.rows}
    assert got["participants"] == got["trained_officials"] == got["trained_adults"] == 40
    assert got["trained_students"] == 0 and got["sessions"] == 1  # the draft does not count
    assert report.row("sessions").percent == round(100 * 1 / 24, 1)


def submit(desk: CaseDesk, report: Report) -> str:
    case = desk.new("quarterly_report", case_values(report), org=report.org)
    desk.act(case.id, "submit")
    return case.id


def test_the_province_adds_up_submitted_reports_and_names_who_has_not_submitted(
        province_desk: CaseDesk, sessions: list[Session]) -> None:
    targets = load_targets()
    recs = records(province_desk.replica)
    computed = {d: quarterly_report(recs, d, YEAR, 2, targets) for d in DISTRICTS}
    for d in DISTRICTS[:2]:
        submit(province_desk, computed[d])
    partial = quarterly_report(records(province_desk.replica), PROVINCE, YEAR, 2, targets)
    assert partial.source == "submitted" and partial.missing == (DISTRICTS[2],)
    assert {p.org for p in partial.parts} == set(DISTRICTS[:2])
    assert partial.row("participants").cumulative == sum(
        computed[d].row("participants").cumulative for d in DISTRICTS[:2])
    # The late district's target stays in the province's: its share is unmet, not dropped.
    assert partial.row("participants").target == sum(
        computed[d].row("participants").target for d in DISTRICTS)
    # The third submits, then corrects itself with a second submission: the later counts.
    stale = Report(DISTRICTS[2], YEAR, 2, tuple(r.__class__(r.indicator, r.target, 1, 1)
                                               for r in computed[DISTRICTS[2]].rows),
                   "sessions", sessions=1)
    submit(province_desk, stale)
    latest = submit(province_desk, computed[DISTRICTS[2]])
    full = quarterly_report(records(province_desk.replica), PROVINCE, YEAR, 2, targets)
    assert full.missing == () and len(full.parts) == 3
    assert next(p for p in full.parts if p.org == DISTRICTS[2]).case_id == latest
    fresh = quarterly_report(recs, PROVINCE, YEAR, 2, targets, from_sessions=True)
    for got, want in zip(full.rows, fresh.rows, strict=True):
        assert (got.target, got.achieved, got.cumulative, got.percent) == \
            (want.target, want.achieved, want.cumulative, want.percent)
    assert full.sessions == fresh.sessions
    # Another quarter's submissions are not this quarter's.
    assert quarterly_report(records(province_desk.replica), PROVINCE, YEAR, 3,
                            targets).missing == tuple(sorted(DISTRICTS))


def test_targets_are_data_checked_with_the_place_of_a_mistake(tmp_path: Path) -> None:
    path = tmp_path / "targets.json"
    path.write_text(json.dumps({"targets": {"2025": {DISTRICTS[0]: {"sesions": 4}}}}))
    with pytest.raises(MovementError, match=r"targets\.2025\.uz\.jizzakh\.jizzakh_city\."
                                            r"sesions: no such indicator"):
        load_targets(path)
    path.write_text(json.dumps({"targets": {"2025": {DISTRICTS[0]: {"sessions": -1}}}}))
    with pytest.raises(MovementError, match="a target is a number ≥ 0"):
        load_targets(path)
    path.write_text("{ nope")
    with pytest.raises(MovementError, match="line 1, column 3: not valid JSON"):
        load_targets(path)
    path.write_text(json.dumps({"targets": {"2026": {DISTRICTS[0]: {"sessions": 10}}}}))
    targets = load_targets(path)
    assert targets.of(DISTRICTS[0], 2026) == {"sessions": 10.0}
    assert targets.districts(PROVINCE, 2026) == [DISTRICTS[0]]
    assert targets.districts(PROVINCE, 2025) == []


def test_a_quarter_is_one_to_four(province_desk: CaseDesk) -> None:
    with pytest.raises(MovementError, match="1, 2, 3 or 4"):
        quarterly_report([], PROVINCE, YEAR, 5, load_targets())


def test_a_district_without_targets_prints_no_percentage(province_desk: CaseDesk,
                                                         sessions: list[Session]) -> None:
    report = quarterly_report(records(province_desk.replica), ELSEWHERE, YEAR, 1,
                              load_targets())
    assert report.row("sessions").cumulative > 0
    assert all(row.percent is None for row in report.rows)
