"""Importing a register (students, classes, …) from a spreadsheet: preview, write, report.

A school keeps its lists in Excel. Importing one must never cost a secretary a row: a bad
row never stops the good ones, and is never silently dropped — it is reported with its row
number as the spreadsheet shows it (the header is row 1), the column, and why, and the
rejected rows can be saved with their reasons to be fixed and imported again.

Each row is read as the form reads typed text (:func:`app.core.values.parse_input`) and
checked by the same rules as a record created by hand (:meth:`CaseDesk._check`, the required
fields, the register's references), then written the way :meth:`CaseDesk.new` writes —
record, history event and outbox mutation together — but many rows to one transaction, so
5,000 rows do not cost 5,000 flushes to disk. A crash loses at most the batch being written,
never half a record; every imported record keeps a key of its row (``_import_key``), so
running the same file again skips the rows already in and imports only the rest. A person
identifier (PINFL, FIN, citizen ID) already in the register, or twice in the file, is
refused with the record it duplicates.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.cases import CaseDesk, CaseError, collection_of
from app.core.definitions import Field, Service, text
from app.core.forms import FilledForm
from app.core.identifiers import IDENTIFIER_KINDS
from app.core.sheets import Table, read_table, write_table
from app.core.text import normalise, search_key
from app.core.values import ValueProblem, check_value, parse_input

IMPORT_KEY = "_import_key"
# The two columns a report of rejected rows adds; importing that report ignores them.
ROW_COLUMN, PROBLEMS_COLUMN = "Row in file", "Problems"
BATCH = 500

Progress = Callable[[int, int], None]  # (rows done, rows in all)


@dataclass(frozen=True)
class Column:
    """A column of the file and the field it fills; ``note`` says why it fills none."""

    index: int
    header: str
    field: Field | None = None
    note: str | None = None

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        return {"column": self.header, "field": self.field.id if self.field else None,
                "label": text(self.field.label, lang) if self.field else None,
                "note": self.note}


@dataclass(frozen=True)
class Problem:
    """Why a row (or one of its cells) was refused; ``row`` as the spreadsheet numbers it."""

    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.column}: {self.reason}" if self.column \
            else f"row {self.row}: {self.reason}"

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "reason": self.reason}


@dataclass
class Row:
    """One data row: its cells as written, the values read from them, what is wrong."""

    number: int
    cells: list[str]
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    key: str = ""
    already: bool = False  # imported before (the same row of an earlier run)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class Analysis:
    """A file read against a register: columns mapped, every row checked; nothing written."""

    service: Service
    table: Table
    columns: list[Column]
    missing: list[Field]  # required fields no column fills: every row will lack them
    rows: list[Row]

    @property
    def ignored(self) -> list[Column]:
        return [c for c in self.columns if c.field is None and c.note]

    @property
    def problems(self) -> list[Problem]:
        return [p for r in self.rows for p in r.problems]

    @property
    def good(self) -> list[Row]:
        return [r for r in self.rows if r.ok and not r.already]

    @property
    def rejected(self) -> list[Row]:
        return [r for r in self.rows if not r.ok]

    @property
    def already(self) -> list[Row]:
        return [r for r in self.rows if r.already]


@dataclass
class Preview:
    """What an import would do: the mapping, the first rows, every problem."""

    analysis: Analysis
    rows: list[Row]  # the first ones, for showing

    @property
    def total(self) -> int:
        return len(self.analysis.rows)

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        a = self.analysis
        return {"register": a.service.id, "source": a.table.source, "rows": self.total,
                "importable": len(a.good), "already_imported": len(a.already),
                "rejected": len(a.rejected),
                "columns": [c.to_json(lang) for c in a.columns],
                "missing_columns": [f.id for f in a.missing],
                "problems": [p.to_json() for p in a.problems],
                "first_rows": [{"row": r.number, "values": r.values,
                                "problems": [p.to_json() for p in r.problems]}
                               for r in self.rows]}


@dataclass
class ImportReport:
    """What an import did: how many rows went in, which were refused and why."""

    register: str
    source: str
    total: int
    imported: int
    already: int
    rejected: list[Row]
    warnings: list[Problem]
    columns: list[Column]
    headers: list[str]
    delimiter: str
    seconds: float
    ids: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[Problem]:
        return [p for r in self.rejected for p in r.problems]

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        return {"register": self.register, "source": self.source, "rows": self.total,
                "imported": self.imported, "already_imported": self.already,
                "rejected": [{"row": r.number, "problems": [p.to_json() for p in r.problems]}
                             for r in self.rejected],
                "warnings": [w.to_json() for w in self.warnings],
                "columns": [c.to_json(lang) for c in self.columns],
                "seconds": round(self.seconds, 2)}


# --- mapping columns ------------------------------------------------------------------------


def _fold(header: str) -> str:
    # "Familiyasi *", " FAMILIYASI", "Tug'ilgan sanasi" all name the same column.
    return " ".join(normalise(header).rstrip("*").split()).casefold()


def map_columns(service: Service, headers: list[str], lang: str = "en") -> list[Column]:
    """Each header matched to a field by its id or any of its labels, in any language."""
    names: dict[str, Field] = {}
    for f in service.fields.values():
        for name in (f.id, *f.label.values()):
            names.setdefault(_fold(name), f)
    columns: list[Column] = []
    taken: dict[str, str] = {}
    report_columns = {_fold(ROW_COLUMN), _fold(PROBLEMS_COLUMN)}
    for index, header in enumerate(headers):
        folded = _fold(header)
        found = names.get(folded)
        note = None
        if not folded:
            note = "has no header" if header == "" else None
        elif folded in report_columns:
            note = "added by a report of rejected rows; ignored"
        elif found is None:
            note = f"{service.id} has no such field; the column is ignored"
        elif found.computed:
            note = f"{text(found.label, lang)} is computed from other columns; ignored"
        elif found.type == "attachment":
            note = "files cannot be imported from a table; attach them to each record"
        elif found.id in taken:
            note = f"a second column for {text(found.label, lang)} (first: {taken[found.id]}); " \
                   "ignored"
        if note is not None or found is None:
            columns.append(Column(index, header, None, note))
        else:
            taken[found.id] = header
            columns.append(Column(index, header, found))
    return columns


# --- checking rows --------------------------------------------------------------------------


class _Register:
    """What the replica already holds that rows are checked against, read once."""

    def __init__(self, desk: CaseDesk, service: Service, columns: list[Column]) -> None:
        self.identifiers = [f for f in service.fields.values() if f.type in IDENTIFIER_KINDS]
        self.keys: set[str] = set()
        self.taken: dict[tuple[str, Any], str] = {}  # (field, identifier) -> record title
        for record in _all(desk, collection_of(service)):
            if record.data.get(IMPORT_KEY):
                self.keys.add(record.data[IMPORT_KEY])
            for f in self.identifiers:
                if record.data.get(f.id):
                    self.taken[(f.id, record.data[f.id])] = record.headline.title or record.id
        # A reference is written as the record's id, or as its title (a class named 5-A).
        self.titles: dict[str, dict[str, list[str]]] = {}  # register -> folded title -> ids
        self.names: dict[str, dict[str, str]] = {}  # register -> id -> title
        for c in columns:
            register = c.field.register if c.field and c.field.type == "reference" else None
            if register and register not in self.titles:
                by_title: dict[str, list[str]] = {}
                names: dict[str, str] = {}
                for record in _all(desk, register):
                    names[record.id] = record.headline.title or record.id
                    if record.headline.title:
                        by_title.setdefault(search_key(record.headline.title), []).append(
                            record.id)
                self.titles[register], self.names[register] = by_title, names

    def reference(self, f: Field, typed: str) -> str:
        register = f.register or ""
        names, titles = self.names.get(register, {}), self.titles.get(register, {})
        if typed.lower() in names:
            return typed.lower()
        found = titles.get(search_key(typed), [])
        if len(found) == 1:
            return found[0]
        if found:
            raise ValueProblem(f.id, f"{len(found)} {register} records are called {typed!r}; "
                                     "write the record's id instead")
        prefixed = [i for i in names if len(typed) >= 8 and i.startswith(typed.lower())]
        if len(prefixed) == 1:
            return prefixed[0]
        known = sorted(set(names.values()))
        hint = f" (there are: {', '.join(known[:12])}{', …' if len(known) > 12 else ''})" \
            if known else f"; the profile has no {register} records yet: import those first"
        raise ValueProblem(f.id, f"there is no {register} {typed!r} in this profile{hint}")


def _all(desk: CaseDesk, collection: str, page: int = 2000) -> Iterable[Any]:
    offset = 0
    while True:
        records = desk.replica.list(collection, order="created", limit=page, offset=offset)
        yield from records
        if len(records) < page:
            return
        offset += page


def row_key(service: Service, values: dict[str, Any]) -> str:
    """A row's stable key: the same values give the same key, whatever file they came in."""
    blob = json.dumps([service.id, values], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()[:32]


def analyse(desk: CaseDesk, register_id: str, table: Table) -> Analysis:
    """Map the columns and check every row against the register; writes nothing."""
    service = desk.service(register_id)
    if service.kind != "register":
        registers = ", ".join(sorted(s.id for s in desk.catalogue if s.kind == "register"))
        raise CaseError(f"{service.id} is not a register; registers can be imported "
                        f"({registers})")
    lang = desk.lang
    columns = map_columns(service, table.headers, lang)
    mapped = {c.field.id: c for c in columns if c.field}
    missing = [f for f in service.fields.values()
               if f.required and not f.computed and f.id not in mapped]
    known = _Register(desk, service, columns)
    seen_keys: dict[str, int] = {}
    seen_ids: dict[tuple[str, Any], int] = {}
    rows: list[Row] = []
    for number, cells in table.rows:
        row = Row(number, cells)
        _read_cells(row, columns, known, lang)
        extra = [c for c in cells[len(table.headers):] if c.strip()]
        if extra:
            row.problems.append(Problem(number, "", f"has {len(extra)} filled cells right of "
                                                    "the last named column"))
        if row.ok:
            _check_form(row, service, mapped, lang)
        if row.ok:
            row.key = row_key(service, row.values)
            if row.key in known.keys:
                row.already = True
            elif row.key in seen_keys:
                row.problems.append(Problem(number, "", f"the same as row {seen_keys[row.key]}"))
            else:
                seen_keys[row.key] = number
        if row.ok and not row.already:
            for f in known.identifiers:
                value = row.values.get(f.id)
                if value is None:
                    continue
                where = mapped[f.id].header
                label = text(f.label, lang)
                if (f.id, value) in known.taken:
                    row.problems.append(Problem(number, where, f"{label} {value} is already in "
                                                f"the register: {known.taken[(f.id, value)]}"))
                elif (f.id, value) in seen_ids:
                    row.problems.append(Problem(number, where, f"the same {label} as row "
                                                f"{seen_ids[(f.id, value)]}"))
                else:
                    seen_ids[(f.id, value)] = number
        rows.append(row)
    return Analysis(service, table, columns, missing, rows)


def _read_cells(row: Row, columns: list[Column], known: _Register, lang: str) -> None:
    for column in columns:
        f = column.field
        if f is None:
            continue
        raw = row.cells[column.index] if column.index < len(row.cells) else ""
        try:
            value = parse_input(f, raw)
            if value is not None and f.type == "reference":
                value = known.reference(f, raw.strip())
            if value is not None:
                row.warnings += [Problem(row.number, column.header, w)
                                 for w in check_value(f, value)]
        except ValueProblem as exc:
            row.problems.append(Problem(row.number, column.header, exc.rule))
            continue
        if value is not None:
            row.values[f.id] = value


def _check_form(row: Row, service: Service, mapped: dict[str, Column], lang: str) -> None:
    """The rules that read several fields: required ones, constraints between fields."""
    form = FilledForm(service, row.values)
    for missing in form.missing():
        f = missing.field
        column = mapped.get(f.id)
        reason = "is required but empty" if column else \
            f"is required, and the file has no column {text(f.label, lang)!r} ({f.id})"
        row.problems.append(Problem(row.number, column.header if column else text(f.label, lang),
                                    reason))
    if row.problems:
        return
    try:
        form.check_changes(row.values, lang)
    except ValueProblem as exc:
        column = mapped.get(exc.field_id)
        row.problems.append(Problem(row.number, column.header if column else exc.field_id,
                                    exc.rule))


# --- previewing and importing ---------------------------------------------------------------


def preview(desk: CaseDesk, register_id: str, table: Table, first: int = 20) -> Preview:
    """The mapping, the first ``first`` rows read, and every row's problems; writes nothing."""
    analysis = analyse(desk, register_id, table)
    return Preview(analysis, analysis.rows[:first])


def import_rows(desk: CaseDesk, register_id: str, table: Table, *, org: str | None = None,
                batch: int = BATCH, progress: Progress | None = None) -> ImportReport:
    """Write every good row as a new record of the register; report the rest.

    Rows are written ``batch`` to a transaction: a crash keeps whole batches and loses at
    most the one being written; running the same file again imports only what is missing.
    """
    started = time.monotonic()
    analysis = analyse(desk, register_id, table)
    service = analysis.service
    org = org or desk.user.org
    if not desk.user.sees(org):
        raise CaseError(f"{org} is outside your organisation {desk.user.org}")
    good = analysis.good
    rejected = analysis.rejected
    ids: list[str] = []
    if progress is not None:
        progress(0, len(good))
    for start in range(0, len(good), batch):
        ids += _write(desk, service, good[start:start + batch], org, table.source, rejected)
        if progress is not None:
            progress(min(start + batch, len(good)), len(good))
    rejected.sort(key=lambda r: r.number)
    return ImportReport(
        register=service.id, source=table.source, total=len(analysis.rows), imported=len(ids),
        already=len(analysis.already), rejected=rejected,
        warnings=[w for r in good for w in r.warnings], columns=analysis.columns,
        headers=table.headers, delimiter=table.delimiter,
        seconds=time.monotonic() - started, ids=ids)


def _write(desk: CaseDesk, service: Service, rows: list[Row], org: str, source: str,
           rejected: list[Row]) -> list[str]:
    """One transaction: each row written as CaseDesk.new writes a record (same checks, same
    event), a refused row skipped with its reason."""
    ids = []
    with desk.replica.write() as tx:
        for row in rows:
            try:
                case = desk.new_in(tx, service.id, row.values, org=org,
                                   system={IMPORT_KEY: row.key},
                                   event_detail={"imported_from": source, "row": row.number})
            except CaseError as exc:
                row.problems.append(Problem(row.number, "", str(exc)))
                rejected.append(row)
                continue
            ids.append(case.id)
    return ids


def import_file(desk: CaseDesk, register_id: str, path: Path | str, **kw: Any) -> ImportReport:
    return import_rows(desk, register_id, read_table(path), **kw)


def save_rejected(report: ImportReport, path: Path | str) -> Path:
    """The rejected rows as they were in the file, with their row number and reasons, to be
    fixed and imported again (the two added columns are ignored by the import)."""
    width = len(report.headers)
    rows = [[*(r.cells + [""] * width)[:width], str(r.number),
             "; ".join(f"{p.column}: {p.reason}" if p.column else p.reason for p in r.problems)]
            for r in report.rejected]
    return write_table(path, [*report.headers, ROW_COLUMN, PROBLEMS_COLUMN], rows,
                       delimiter=report.delimiter)
