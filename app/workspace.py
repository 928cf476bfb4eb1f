"""What the desktop client drives: one signed-in person's profile, as plain data.

A :class:`Workspace` is opened in the client's desk worker thread and never touched from
the GUI thread (see :mod:`app.ui.tasks`). Every method returns plain values — rows, details,
reports — which the views display; no widget sees SQL, a connection or a transaction.
It is tested without Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.core.attendance import WeekRate, day_sheets, weekly_rates
from app.core.cases import CASES, Case, CaseDesk, CaseError, now_local
from app.core.conflicts import ConflictView, open_conflicts, resolve
from app.core.definitions import Service, text
from app.core.imports import ImportReport, Preview, import_rows, preview, save_rejected
from app.core.movement import (
    REPORT,
    SESSION,
    MovementError,
    Report,
    default_indicators,
    load_targets,
    quarterly_report,
)
from app.core.sheets import SheetError, Table, read_table
from app.core.text import search_words
from app.core.users import User
from app.core.values import ValueProblem, parse_input
from app.core.workflow import ActionCheck
from app.documents import (
    DocumentLine,
    commission_name,
    document_lines,
    file_name,
    print_case_document,
    save_pdf,
)
from app.profile import Profile
from sync.replica import Event, Record, ReplicaError, fts_prefix_query

DUE_SOON = timedelta(days=3)


@dataclass(frozen=True)
class CaseQuery:
    """What the case list shows: a collection, filters and the search box's text."""

    collection: str = CASES
    service: str | None = None
    state: str | None = None
    deadline: str | None = None  # None | "overdue" | "soon" (within DUE_SOON)
    search: str = ""
    order: str = "updated"


@dataclass(frozen=True)
class CaseRow:
    """One line of a case list."""

    id: str
    service: str
    service_title: str
    title: str
    state: str | None
    state_label: str
    due_at: str | None
    overdue: bool
    org: str
    updated_at: str


@dataclass
class CaseDetail:
    """Everything the case view shows of one case."""

    case: Case
    actions: list[ActionCheck]
    history: list[Event]
    frozen_reason: str | None
    documents: list[DocumentLine] = field(default_factory=list)
    missing_files: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SyncStatus:
    server: str | None
    pending: int
    last_sync: str | None
    last_bytes: int
    open_conflicts: int
    rejected: int


class Workspace:
    """One profile opened for its user; lives in one worker thread."""

    def __init__(self, profile: Profile, user: User, lang: str = "en") -> None:
        self.profile = profile
        self.user = user
        self.desk = CaseDesk(profile.replica, user, device=profile.device, lang=lang)

    @classmethod
    def open(cls, path: Path, lang: str = "en") -> Workspace:
        profile = Profile.open(path)
        try:
            return cls(profile, profile.require_user(), lang)
        except Exception:
            profile.close()
            raise

    def close(self) -> None:
        self.profile.close()

    @property
    def lang(self) -> str:
        return self.desk.lang

    @lang.setter
    def lang(self, value: str) -> None:
        self.desk.lang = value

    # --- services ------------------------------------------------------------------------

    def services(self, kind: str = "case") -> list[Service]:
        """Services of ``kind`` ("case" or "register"), by title in the current language."""
        found = [s for s in self.desk.catalogue if s.kind == kind]
        return sorted(found, key=lambda s: text(s.title, self.lang).lower())

    def creatable(self) -> list[Service]:
        """Case services this user may start (some action from the initial state is theirs)."""
        out = []
        for s in self.services("case"):
            wf = s.workflow
            if wf is None or any(self.user.has_any_role(a.roles)
                                 for a in wf.actions_from(wf.initial)):
                out.append(s)
        return out

    # --- lists ---------------------------------------------------------------------------

    def _row(self, record: Record, now: str) -> CaseRow:
        service = self.desk.catalogue.get(str(record.data.get("_service")))
        state = record.headline.status
        state_label = ""
        final = False
        if service is not None and service.workflow and state in service.workflow.states:
            st = service.workflow.states[state]
            state_label, final = text(st.label, self.lang), st.final
        due = record.headline.due_at
        return CaseRow(
            id=record.id, service=service.id if service else str(record.headline.type),
            service_title=text(service.title, self.lang) if service else "",
            title=record.headline.title or record.id[:13], state=state,
            state_label=state_label, due_at=due, overdue=bool(due and not final and due < now),
            org=record.headline.org or "", updated_at=record.updated_at)

    @staticmethod
    def _now() -> str:
        return now_local().isoformat(timespec="minutes")

    def cases(self, query: CaseQuery, offset: int = 0, limit: int = 100) -> list[CaseRow]:
        """A page of the case list (or of a register's records)."""
        now = self._now()
        due_before = None
        order = query.order
        if query.deadline == "overdue":
            due_before, order = now, "due"
        elif query.deadline == "soon":
            due_before = (now_local() + DUE_SOON).isoformat(timespec="minutes")
            order = "due"
        search = fts_prefix_query(search_words(query.search)) if query.search.strip() else None
        try:
            records = self.profile.replica.list(
                query.collection, type=query.service, status=query.state, search=search,
                due_before=due_before, order=order, limit=limit, offset=offset)
        except ReplicaError as exc:
            raise CaseError(str(exc)) from exc
        return [self._row(r, now) for r in records]

    def inbox_kinds(self) -> list[tuple[str, str]]:
        """(service, state) pairs in which this user can take some action."""
        pairs = []
        for s in self.desk.catalogue:
            if s.workflow is None:
                continue
            for state in s.workflow.states:
                if any(self.user.has_any_role(a.roles) for a in s.workflow.actions_from(state)):
                    pairs.append((s.id, state))
        return pairs

    def inbox(self, limit: int = 500) -> list[CaseRow]:
        """Cases waiting for this user's action: overdue first, then by deadline."""
        records = self.profile.replica.list(CASES, kinds=self.inbox_kinds(), order="due",
                                            limit=limit)
        return [self._row(r, self._now()) for r in records]

    def count(self, collection: str = CASES) -> int:
        return self.profile.replica.count(collection)

    # --- one case ------------------------------------------------------------------------

    def open_case(self, case_id: str) -> CaseDetail:
        case = self.desk.get(case_id)
        wf = case.service.workflow
        frozen = None
        if wf and case.state in wf.states:
            st = wf.states[case.state]
            if st.final or st.freezes_fields:
                frozen = (f"The case is {text(st.label, self.lang)}: its fields can no longer "
                          "change. A correction is a new decision that refers to this one.")
        history = self.desk.history(case)
        documents = document_lines(self.profile.replica, case)
        missing = [v["name"] for v in _attachments(case.values)
                   if not self.profile.blobs.has(v["sha256"])]
        return CaseDetail(case, self.desk.actions(case), history, frozen, documents, missing)

    def print_document(self, case_id: str, kind: str, path: Path) -> Path:
        """Save the case's document ``kind`` as a PDF at ``path`` (whole or not at all)."""
        printed = print_case_document(self.desk, case_id, kind, self.lang)
        return save_pdf(path, printed.pdf)

    def document_file_name(self, case_id: str, kind: str) -> str:
        case = self.desk.get(case_id)
        line = next((d for d in document_lines(self.profile.replica, case) if d.kind == kind), None)
        return file_name(kind, line.number if line else "", case.id)

    def new_case(self, service_id: str, values: Mapping[str, Any]) -> Case:
        return self._with_files(values, lambda stored: self.desk.new(service_id, stored))

    def save(self, case_id: str, changes: Mapping[str, Any]) -> Case:
        """Save edited fields; files picked from disk are stored first (and undone if refused)."""
        return self._with_files(changes, lambda stored: self.desk.set(case_id, stored))

    def act(self, case_id: str, action_id: str, changes: Mapping[str, Any] | None = None
            ) -> Case:
        return self._with_files(changes or {},
                                lambda stored: self.desk.act(case_id, action_id, stored))

    def _with_files(self, values: Mapping[str, Any],
                    write: Callable[[dict[str, Any]], Case]) -> Case:
        """``write`` the values with picked files stored; a refusal removes the new files."""
        stored = _StoredFiles(self.profile, values)
        try:
            return write(stored.values)
        except Exception:
            stored.undo()
            raise

    def attachment_path(self, sha256: str) -> Path | None:
        path = self.profile.blobs.path_of(sha256)
        return path if path.is_file() else None

    # --- registers and references ----------------------------------------------------------

    def reference_search(self, register: str, typed: str, limit: int = 20
                         ) -> list[tuple[str, str]]:
        rows = self.cases(CaseQuery(collection=register, search=typed), limit=limit)
        return [(r.id, r.title) for r in rows]

    def titles(self, register: str, ids: list[str]) -> dict[str, str]:
        out = {}
        for rec_id in ids:
            record = self.profile.replica.get(register, rec_id)
            out[rec_id] = (record.headline.title or rec_id) if record else rec_id
        return out

    # --- conflicts and sync status ---------------------------------------------------------

    def conflicts(self) -> list[ConflictView]:
        return open_conflicts(self.desk)

    def resolve(self, conflict_id: str, keep: str, typed: str | None = None) -> ConflictView:
        """Keep ``mine`` or ``theirs``, or ``value``: what the person ``typed`` instead."""
        value: Any = None
        if keep == "value":
            view = next((c for c in self.conflicts() if c.id == conflict_id), None)
            if view is None:
                raise CaseError("this conflict is already resolved")
            value = self._typed_value(view, typed or "")
        return resolve(self.desk, conflict_id, keep, value)

    def _typed_value(self, view: ConflictView, typed: str) -> Any:
        record = self.profile.replica.get(view.record_collection, view.record_id)
        service = self.desk.catalogue.get(str(record.data.get("_service"))) if record else None
        field_def = service.field(view.field) if service else None
        if field_def is None:
            return typed
        try:
            return parse_input(field_def, typed)
        except ValueProblem as exc:
            raise CaseError(f"{view.field_label}: {exc.rule}") from exc

    def display(self, view: ConflictView, value: Any) -> str:
        """A conflicting value as people read it (choice labels, yes/no, file names)."""
        record = self.profile.replica.get(view.record_collection, view.record_id)
        service = self.desk.catalogue.get(str(record.data.get("_service"))) if record else None
        field_def = service.field(view.field) if service else None
        return display_value(field_def, value, self.lang)

    def sync_status(self) -> SyncStatus:
        replica = self.profile.replica
        return SyncStatus(
            server=replica.meta("server_url"), pending=replica.pending_count(),
            last_sync=replica.meta("last_sync_at"),
            last_bytes=int(replica.meta("last_sync_bytes") or 0),
            open_conflicts=len(replica.list("conflict", status="open", limit=1000)),
            rejected=len(replica.rejected()))

    def rejections(self) -> list[dict[str, Any]]:
        return self.profile.replica.rejected()

    # --- importing registers from spreadsheets --------------------------------------------

    def import_preview(self, register: str, path: Path, first: int = 50) -> Preview:
        """What importing ``path`` into ``register`` would do; reads, writes nothing."""
        return preview(self.desk, register, _table(path), first)

    def import_register(self, register: str, path: Path,
                        progress: Callable[[int, int], None] | None = None) -> ImportReport:
        """Import every good row of ``path``; ``progress(done, total)`` after each batch."""
        return import_rows(self.desk, register, _table(path), progress=progress)

    def save_rejected(self, report: ImportReport, path: Path) -> Path:
        try:
            return save_rejected(report, path)
        except SheetError as exc:
            raise CaseError(str(exc)) from exc

    # --- attendance and charts ---------------------------------------------------------

    def school_classes(self) -> list[tuple[str, str]]:
        """(id, name) of every class this profile holds, by name: the attendance dialog's
        choice of class."""
        records = self.profile.replica.list("class", limit=_EVERYTHING)
        found = [(r.id, r.headline.title or r.id) for r in records]
        return sorted(found, key=lambda pair: pair[1].casefold())

    def attendance_day(self, class_id: str, day: date) -> AttendanceDay:
        """The class's pupils for ``day`` with the marks of the day's sheet if one is saved
        already, so a correction starts from what was entered, not from all present."""
        pupils = [(r.id, r.headline.title or r.id)
                  for r in self.profile.replica.list("student", limit=_EVERYTHING)
                  if r.data.get("class") == class_id]
        pupils.sort(key=lambda pair: pair[1].casefold())
        kept = day_sheets(self._attendance_sheets(), class_id).get(day)
        marks = {str(row.get("student")): dict(row) for row in (kept.rows if kept else [])}
        return AttendanceDay(class_id, day, pupils, marks,
                             kept.sheet.id if kept else None)

    def save_attendance(self, class_id: str, day: date, rows: list[dict[str, Any]],
                        *, submit: bool = False) -> Case:
        """Save the day's sheet as a new ``attendance_sheet`` (the newest sheet of a day is
        the one that counts) and, with ``submit``, hand it to the director at once."""
        case = self.desk.new("attendance_sheet",
                             {"class": class_id, "date": day.isoformat(), "pupils": rows})
        return self.desk.act(case.id, "submit") if submit else case

    def attendance_weeks(self, class_id: str, start: date, end: date) -> list[WeekRate]:
        """The class's attendance rate week by week between two days, for the chart."""
        return weekly_rates(self._attendance_sheets(), class_id, start, end)

    def _attendance_sheets(self) -> list[Record]:
        return self.profile.replica.list(CASES, type="attendance_sheet", limit=_EVERYTHING)

    def movement_report(self, year: int, quarter: int) -> Report:
        """The quarterly report of the user's organisation (indicators against targets)."""
        org = self.user.org
        try:
            indicators = default_indicators()
            targets = load_targets(None, indicators)
            replica = self.profile.replica
            records = [r for service in (SESSION, REPORT)
                       for r in replica.list(CASES, type=service, org_prefix=org,
                                             limit=_EVERYTHING)]
            for register in sorted({i.register for i in indicators if i.register}):
                records += replica.list(register, org_prefix=org, limit=_EVERYTHING)
            return quarterly_report(records, org, year, quarter, targets,
                                    indicators=indicators)
        except MovementError as exc:
            raise CaseError(str(exc)) from exc

    def org_name(self, org: str) -> str:
        """The name people know ``org`` by (the server's, for the user's own), else its path."""
        return commission_name(self.profile.replica, org)


@dataclass(frozen=True)
class AttendanceDay:
    """A class on one day: its pupils (id, name) and any marks already saved for the day."""

    class_id: str
    day: date
    pupils: list[tuple[str, str]]
    marks: dict[str, dict[str, Any]]  # student id -> the saved row
    sheet_id: str | None  # the sheet the marks come from; None: nothing saved yet


_EVERYTHING = 10**9  # a sheet, a chart or a report reads all the records, however many


class _StoredFiles:
    """Files a person picked (``{"path": ...}``) copied into the blob store, undoable."""

    def __init__(self, profile: Profile, values: Mapping[str, Any]) -> None:
        self.profile = profile
        self.before: set[str] | None = None  # the store's files, read only if one is added
        self.added: list[str] = []
        self.values = {k: self._convert(v, k) for k, v in values.items()}

    def _convert(self, value: Any, name: str) -> Any:
        if isinstance(value, dict) and "path" in value and "sha256" not in value:
            path = Path(value["path"])
            if self.before is None:
                self.before = self.profile.blobs.stored()
            try:
                ref = self.profile.blobs.add_file(path)
            except OSError as exc:
                raise CaseError(f"{name}: cannot read {path}: {exc.strerror or exc}") from exc
            self.added.append(ref.sha256)
            return ref.to_json()
        if isinstance(value, list):
            return [{k: self._convert(v, f"{name}.{k}") for k, v in row.items()}
                    if isinstance(row, dict) else row for row in value]
        return value

    def undo(self) -> None:
        for sha in self.added:
            if sha not in (self.before or set()):
                self.profile.blobs.discard(sha)


def _table(path: Path) -> Table:
    try:
        return read_table(path)
    except SheetError as exc:  # the client shows refusals in words (CaseError)
        raise CaseError(str(exc)) from exc


def _attachments(values: Mapping[str, Any]) -> list[dict[str, Any]]:
    found = []
    for value in values.values():
        if isinstance(value, dict) and "sha256" in value:
            found.append(value)
        elif isinstance(value, list):
            for row in value:
                if isinstance(row, dict):
                    found += _attachments(row)
    return found


def display_value(field_def: Any, value: Any, lang: str) -> str:
    """A stored value as text for people: choice labels, yes/no, file names, rows."""
    if value is None or value == "" or value == []:
        return "—"
    if field_def is not None and field_def.type in ("choice", "multi_choice"):
        values = value if isinstance(value, list) else [value]
        labels = []
        for v in values:
            choice = field_def.choice(str(v))
            labels.append(text(choice.label, lang) if choice else str(v))
        return ", ".join(labels)
    if isinstance(value, bool):
        return {True: "✓", False: "✗"}[value]
    if isinstance(value, dict) and "name" in value:
        return str(value["name"])
    if isinstance(value, list):
        return f"{len(value)} ×"
    return str(value)
