"""The "Digital education for all" movement's quarterly report: indicators against targets.

A district's report is computed from what its replica holds — the training sessions it
reported and the records of its registers — against the year's targets; a province's is
the sum of its districts' reports. Sums are of counts; every percentage is recomputed from
the summed counts (never an average of the districts' percentages), so a province with one
big and two small districts reports what was really achieved.

What is measured (``resources/movement/indicators.json``) and the targets
(``resources/movement/targets.json``) are data an administrator edits, not code. Pure
functions over :class:`~sync.replica.Record` objects: no replica, no Qt.

Where the numbers come from:

- a **district** (an organisation with no district of the targets file inside it): the
  ``reported`` ``training_session`` cases and the register records in its subtree;
- a **province** (one with districts inside): the latest ``submitted`` ``quarterly_report``
  case of each district for that quarter — a district that has not submitted is listed as
  missing and adds nothing — or, with ``from_sessions``, each district computed afresh from
  the sessions the province's replica holds.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from app.core.definitions import Label, text
from app.core.users import in_scope
from app.paths import resources_dir
from sync.replica import Record

SESSION = "training_session"
REPORT = "quarterly_report"
MEASURES = ("sessions", "sum", "register")


class MovementError(ValueError):
    """Broken indicators or targets, or a report that cannot be made; the message says why."""


# --- what is measured, and the targets ---------------------------------------------------


@dataclass(frozen=True)
class Indicator:
    """One row of the report: what it counts and how it is labelled."""

    id: str
    label: Label
    unit: str
    unit_label: Label
    measure: str  # "sessions" | "sum" | "register"
    field: str | None = None  # the session field a "sum" adds up
    audience: str | None = None  # only sessions for this audience
    register: str | None = None  # the register a "register" measure counts


def load_indicators(path: Path | None = None) -> tuple[Indicator, ...]:
    """The indicators, in printing order; :class:`MovementError` names what is wrong."""
    path = path or resources_dir() / "movement" / "indicators.json"
    raw = _read_json(path)
    units: Mapping[str, Label] = raw.get("units") or {}
    out: list[Indicator] = []
    for i, item in enumerate(raw.get("indicators") or ()):
        where = f"{path} at indicators[{i}]"
        try:
            ind = Indicator(id=item["id"], label=item["label"], unit=item["unit"],
                            unit_label=units.get(item["unit"]) or {"en": item["unit"]},
                            measure=item["measure"], field=item.get("field"),
                            audience=item.get("audience"), register=item.get("register"))
        except (KeyError, TypeError) as exc:
            raise MovementError(f"{where}: missing {exc}") from exc
        if ind.measure not in MEASURES:
            raise MovementError(f"{where}: measure {ind.measure!r} is not one of "
                                f"{', '.join(MEASURES)}")
        if ind.measure == "sum" and not ind.field:
            raise MovementError(f"{where}: a 'sum' needs the session 'field' it adds up")
        if ind.measure == "register" and not ind.register:
            raise MovementError(f"{where}: a 'register' measure needs the 'register' it counts")
        if any(o.id == ind.id for o in out):
            raise MovementError(f"{where}: the id {ind.id!r} is used twice")
        out.append(ind)
    if not out:
        raise MovementError(f"{path}: no indicators")
    return tuple(out)


@dataclass(frozen=True)
class Targets:
    """Targets for the year: ``{year: {district org: {indicator: number}}}``."""

    by_year: Mapping[int, Mapping[str, Mapping[str, float]]] = field(default_factory=dict)

    def of(self, org: str, year: int) -> Mapping[str, float]:
        """The targets set for ``org`` itself (empty when it has none)."""
        return self.by_year.get(year, {}).get(org, {})

    def districts(self, org: str, year: int) -> list[str]:
        """Organisations with targets strictly inside ``org``."""
        return sorted(o for o in self.by_year.get(year, {}) if o != org and in_scope(o, org))


def load_targets(path: Path | None = None,
                 indicators: Sequence[Indicator] | None = None) -> Targets:
    """The targets file, checked: years, organisations and indicators that exist, numbers
    that are not negative."""
    path = path or resources_dir() / "movement" / "targets.json"
    known = {i.id for i in indicators or default_indicators()}
    raw = _read_json(path).get("targets") or {}
    by_year: dict[int, dict[str, dict[str, float]]] = {}
    for year, orgs in raw.items():
        if not str(year).isdigit():
            raise MovementError(f"{path} at targets.{year}: a year is written as 2025")
        for org, numbers in (orgs or {}).items():
            for ind, value in (numbers or {}).items():
                where = f"{path} at targets.{year}.{org}.{ind}"
                if ind not in known:
                    raise MovementError(f"{where}: no such indicator (indicators: "
                                        f"{', '.join(sorted(known))})")
                if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
                    raise MovementError(f"{where}: a target is a number ≥ 0, not {value!r}")
                by_year.setdefault(int(year), {}).setdefault(org, {})[ind] = float(value)
    return Targets(by_year)


@cache
def default_indicators() -> tuple[Indicator, ...]:
    return load_indicators()


def _read_json(path: Path) -> dict[str, Any]:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise MovementError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except json.JSONDecodeError as exc:
        raise MovementError(f"{path} at line {exc.lineno}, column {exc.colno}: not valid "
                            f"JSON: {exc.msg}") from exc
    if not isinstance(raw, dict):
        raise MovementError(f"{path}: expected a JSON object")
    return raw


# --- the report --------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """Indicator, unit, target for the year, achieved this quarter, since 1 January."""

    indicator: Indicator
    target: float | None
    achieved: float
    cumulative: float

    @property
    def percent(self) -> float | None:
        """Achieved since the year began, as % of the year's target (None: no target)."""
        if not self.target:
            return None
        return round(100 * self.cumulative / self.target, 1)

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        return {"indicator": self.indicator.id, "label": text(self.indicator.label, lang),
                "unit": text(self.indicator.unit_label, lang), "target": self.target,
                "achieved": self.achieved, "cumulative": self.cumulative,
                "percent": self.percent}


@dataclass(frozen=True)
class Report:
    """One organisation's quarterly report; a province's holds its districts' as ``parts``."""

    org: str
    year: int
    quarter: int
    rows: tuple[Row, ...]
    source: str  # "sessions" (computed here) | "submitted" (the district's own case)
    sessions: int = 0  # training sessions counted in the quarter
    parts: tuple[Report, ...] = ()
    missing: tuple[str, ...] = ()  # districts that have not submitted this quarter
    case_id: str | None = None  # the submitted quarterly_report case it was read from
    submitted_at: str | None = None

    def row(self, indicator: str) -> Row:
        found = next((r for r in self.rows if r.indicator.id == indicator), None)
        if found is None:
            raise KeyError(indicator)
        return found

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        out: dict[str, Any] = {
            "org": self.org, "year": self.year, "quarter": self.quarter,
            "source": self.source, "sessions": self.sessions,
            "rows": [r.to_json(lang) for r in self.rows]}
        if self.case_id:
            out.update(case_id=self.case_id, submitted_at=self.submitted_at)
        if self.parts or self.missing:
            out["districts"] = [
                {"org": p.org, "source": p.source, "sessions": p.sessions,
                 "case_id": p.case_id, "submitted_at": p.submitted_at} for p in self.parts]
            out["missing"] = list(self.missing)
        return out


def quarter_period(year: int, quarter: int) -> tuple[date, date, date]:
    """(1 January, first day of the quarter, last day of the quarter)."""
    if quarter not in (1, 2, 3, 4):
        raise MovementError(f"a quarter is 1, 2, 3 or 4, not {quarter}")
    first_month = 3 * (quarter - 1) + 1
    end = date(year + 1, 1, 1) if quarter == 4 else date(year, first_month + 3, 1)
    return date(year, 1, 1), date(year, first_month, 1), date.fromordinal(end.toordinal() - 1)


def quarterly_report(records: Iterable[Record], org: str, year: int, quarter: int,
                     targets: Targets, *, indicators: Sequence[Indicator] | None = None,
                     from_sessions: bool = False) -> Report:
    """The quarterly report of ``org`` from ``records`` (cases and register records).

    A district's is computed from its sessions and registers; a province's is the sum of
    its districts' — their submitted reports, or with ``from_sessions`` their sessions."""
    indicators = tuple(indicators or default_indicators())
    quarter_period(year, quarter)  # refuses a bad quarter before anything is read
    records = [r for r in records if not r.deleted and in_scope(str(r.data.get("_org", "")),
                                                                  org)]
    submitted = latest_submitted(records, year, quarter)
    districts = _outermost(set(targets.districts(org, year))
                           | {o for o in submitted if o != org})
    if not districts:
        return district_report(records, org, year, quarter, targets, indicators)
    parts: list[Report] = []
    missing: list[str] = []
    for district in districts:
        if from_sessions:
            parts.append(district_report(records, district, year, quarter, targets,
                                         indicators))
        elif district in submitted:
            parts.append(report_of_case(submitted[district], indicators))
        else:
            missing.append(district)
    if from_sessions:  # sessions of the province's own office, or of a district with no target
        loose = {_child_on_path(str(r.data.get("_org")), org) for r in records
                 if _counts(r) and not any(in_scope(str(r.data.get("_org")), d)
                                           for d in districts)}
        parts += [district_report(records, o, year, quarter, targets, indicators)
                  for o in sorted(loose)]
    total = aggregate(org, year, quarter, parts, indicators, missing=missing,
                      source="sessions" if from_sessions else "submitted")
    if not missing:
        return total
    # A late district does not lower the province's target: its share stays in, unmet.
    rows = []
    for row in total.rows:
        late = [targets.of(d, year)[row.indicator.id] for d in missing
                if row.indicator.id in targets.of(d, year)]
        if late:
            row = replace(row, target=_round((row.target or 0) + sum(late)))
        rows.append(row)
    return replace(total, rows=tuple(rows))


def district_report(records: Iterable[Record], org: str, year: int, quarter: int,
                    targets: Targets, indicators: Sequence[Indicator] | None = None) -> Report:
    """One organisation's report computed from its subtree's sessions and registers."""
    indicators = tuple(indicators or default_indicators())
    january, start, end = quarter_period(year, quarter)
    mine = [r for r in records if not r.deleted and in_scope(str(r.data.get("_org", "")), org)]
    sessions = [r.data for r in mine if _is_session(r)]
    in_year = [s for s in sessions if january <= _day(s.get("date")) <= end]
    in_quarter = [s for s in in_year if start <= _day(s.get("date"))]
    goals = targets.of(org, year)
    rows = []
    for ind in indicators:
        if ind.measure == "register":
            made = [_created_on(r) for r in mine if r.collection == ind.register]
            achieved = float(sum(1 for d in made if start <= d <= end))
            cumulative = float(sum(1 for d in made if january <= d <= end))
        else:
            achieved, cumulative = _measure(ind, in_quarter), _measure(ind, in_year)
        rows.append(Row(ind, goals.get(ind.id), achieved, cumulative))
    return Report(org, year, quarter, tuple(rows), "sessions", sessions=len(in_quarter))


def aggregate(org: str, year: int, quarter: int, parts: Sequence[Report],
              indicators: Sequence[Indicator] | None = None, *,
              missing: Sequence[str] = (), source: str = "submitted") -> Report:
    """The sum of ``parts`` row by row; each % recomputed from the summed counts."""
    indicators = tuple(indicators or default_indicators())
    rows = []
    for ind in indicators:
        found = [p.row(ind.id) for p in parts if any(r.indicator.id == ind.id for r in p.rows)]
        targets = [r.target for r in found if r.target is not None]
        rows.append(Row(ind, _round(sum(targets)) if targets else None,
                        _round(sum(r.achieved for r in found)),
                        _round(sum(r.cumulative for r in found))))
    return Report(org, year, quarter, tuple(rows), source,
                  sessions=sum(p.sessions for p in parts), parts=tuple(parts),
                  missing=tuple(missing))


# --- submitted reports -------------------------------------------------------------------


def case_values(report: Report) -> dict[str, Any]:
    """The fields of a ``quarterly_report`` case holding ``report``'s rows."""
    rows = []
    for row in report.rows:
        values = {"indicator": row.indicator.id, "unit": row.indicator.unit,
                  "target": row.target, "achieved": row.achieved,
                  "cumulative": row.cumulative, "percent": row.percent}
        rows.append({k: v for k, v in values.items() if v is not None})
    return {"year": report.year, "quarter": report.quarter,
            "sessions_counted": report.sessions, "rows": rows}


def latest_submitted(records: Iterable[Record], year: int, quarter: int
                     ) -> dict[str, Record]:
    """The newest submitted ``quarterly_report`` of each organisation for the quarter: a
    later submission replaces an earlier one."""
    found: dict[str, Record] = {}
    for record in records:
        data = record.data
        if record.deleted or data.get("_service") != REPORT or \
                data.get("_state") != "submitted" or data.get("year") != year or \
                data.get("quarter") != quarter:
            continue
        org = str(data.get("_org"))
        if org not in found or _submission_key(record) > _submission_key(found[org]):
            found[org] = record
    return found


def report_of_case(record: Record, indicators: Sequence[Indicator] | None = None) -> Report:
    """A submitted ``quarterly_report`` case as a :class:`Report`: the numbers the district
    submitted, labelled by today's indicators (an indicator since removed keeps its id)."""
    by_id = {i.id: i for i in indicators or default_indicators()}
    data = record.data
    rows = []
    for raw in data.get("rows") or ():
        ind = by_id.get(raw["indicator"]) or Indicator(
            raw["indicator"], {"en": raw["indicator"]}, str(raw.get("unit", "")),
            {"en": str(raw.get("unit", ""))}, "sessions")
        rows.append(Row(ind, raw.get("target"), float(raw.get("achieved") or 0),
                        float(raw.get("cumulative") or 0)))
    return Report(str(data.get("_org")), int(data["year"]), int(data["quarter"]),
                  tuple(rows), "submitted", sessions=int(data.get("sessions_counted") or 0),
                  case_id=record.id, submitted_at=data.get("_entered_at"))


# --- helpers -----------------------------------------------------------------------------


def _is_session(record: Record) -> bool:
    return record.data.get("_service") == SESSION and record.data.get("_state") == "reported"


def _counts(record: Record) -> bool:
    return _is_session(record) or record.collection in {
        i.register for i in default_indicators() if i.register}


def _measure(ind: Indicator, sessions: Sequence[Mapping[str, Any]]) -> float:
    if ind.audience:
        sessions = [s for s in sessions if ind.audience in (s.get("audience") or ())]
    if ind.measure == "sessions":
        return float(len(sessions))
    return _round(sum(float(s.get(ind.field or "") or 0) for s in sessions))


def _round(value: float) -> float:
    # Hours come in halves and people in ones: two decimals keep sums exact for comparison.
    return round(float(value), 2)


def _day(value: Any) -> date:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return date.min  # a session without a date is counted in no quarter


def _created_on(record: Record) -> date:
    """When a register record was made, wherever it was replicated to: the time in its
    UUIDv7 id (the replica's own created_at is when this replica received it)."""
    try:
        uid = uuid.UUID(record.id)
    except ValueError:
        uid = None
    if uid is not None and uid.version == 7:
        return datetime.fromtimestamp((uid.int >> 80) / 1000, UTC).date()
    return _day(record.created_at)


def _submission_key(record: Record) -> tuple[str, str]:
    return (str(record.data.get("_entered_at") or ""), record.id)


def _outermost(orgs: set[str]) -> list[str]:
    """``orgs`` without those inside another of them (a school inside its district)."""
    return sorted(o for o in orgs if not any(p != o and in_scope(o, p) for p in orgs))


def _child_on_path(org: str, ancestor: str) -> str:
    """The child of ``ancestor`` that contains ``org`` (``ancestor`` itself for its own)."""
    if org == ancestor:
        return org
    rest = org[len(ancestor) + 1:].split(".")[0]
    return f"{ancestor}.{rest}"

