"""Printing a case's documents and a commission's journals from what the replica holds.

The document builders (``app.reports``) are pure: they take a case and ``extra`` — the
numbers, times and signatories. This module finds those in the journals: a receipt carries
the registration number and time of the incoming journal and the secretary who registered
it; a decision the number and date of the decisions journal and the chair who decided;
certificates and mandates the number of the decision they follow. Used by ``daftar doc``,
``daftar journal`` and the case view's buttons.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.core.cases import Case, CaseDesk
from app.core.journals import (
    JOURNAL_OF_DOCUMENT,
    Entry,
    JournalError,
    correction_points,
    entries_of,
    first,
    latest,
    lines,
)
from app.reports import DocumentError, render
from app.reports.registry import ALIASES, DOCUMENTS, document_kind
from sync.replica import Replica

CORRECTION = "correction"  # the newest decision correcting a case's decision


@dataclass(frozen=True)
class Printed:
    """A document ready to save: its PDF and a file name that says what it is."""

    pdf: bytes
    file_name: str
    number: str


def commission_name(replica: Replica, org: str) -> str:
    """The name documents print for ``org``: the one the server gave at sign-in for the
    user's own organisation, else the organisation path."""
    own = replica.meta_json("local_user") or {}
    if own.get("org") == org and replica.meta("org_name"):
        return str(replica.meta("org_name"))
    return org


def save_pdf(path: Path, pdf: bytes) -> Path:
    """Write the whole file or nothing: a half-written PDF never replaces a good one.
    Raises :class:`DocumentError` saying what is wrong with the place."""
    path = path.expanduser()
    if path.is_dir():
        raise DocumentError(f"{path} is a folder; give a file name such as {path}/receipt.pdf")
    if not path.parent.is_dir():
        raise DocumentError(f"there is no folder {path.parent}")
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise DocumentError(f"cannot write in {path.parent}: {exc.strerror}") from exc
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(pdf)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise DocumentError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return path


@dataclass(frozen=True)
class DocumentLine:
    """A document a case can print, with its number as the journal holds it now."""

    kind: str
    number: str
    provisional: bool


def document_lines(replica: Replica, case: Case) -> list[DocumentLine]:
    out = []
    for kind in kinds_for(replica, case):
        try:
            extra = extra_for(replica, case, kind)
        except DocumentError:
            continue
        out.append(DocumentLine(kind, str(extra.get("number") or ""),
                                bool(extra.get("provisional"))))
    return out


def kinds_for(replica: Replica, case: Case) -> list[str]:
    """The documents a case can print now: those the actions it went through produce."""
    wf = case.service.workflow
    if wf is None:
        return []
    done: list[str] = []
    for event in replica.events(case.record.collection, case.id):
        action = wf.actions.get(str(event.detail.get("action"))) \
            if event.kind == "action" else None
        for doc in action.documents if action else ():
            kind = ALIASES.get(doc, doc)
            if kind not in done:
                done.append(kind)
    if any(e.corrects for e in entries_of(replica, case.id)):
        done.append(CORRECTION)
    return done


def extra_for(replica: Replica, case: Case, kind: str, lang: str = "en") -> dict[str, Any]:
    """What the builder of ``kind`` needs from the journals, for ``case``."""
    kind = ALIASES.get(kind, kind)
    if kind == "quarterly":  # a submitted quarterly report: its rows are in the case
        return {"commission": commission_name(replica, case.org), "at": case.record.updated_at}
    registered = latest(replica, case.id, "incoming")
    decided = first(replica, case.id, "decisions")
    extra: dict[str, Any] = {"commission": commission_name(replica, case.org)}
    if registered is not None:
        extra["secretary"] = registered.by_name
    if kind == "receipt":
        entry = _need(registered, "registered in the incoming journal")
        extra.update(number=entry.printed, provisional=entry.is_provisional, at=entry.at,
                     received_by=entry.by_name)
        return extra
    if kind in ("exit_order", "staff_order", "voucher"):
        journal = JOURNAL_OF_DOCUMENT[kind]
        entry = _need(first(replica, case.id, journal), f"numbered in the {journal} journal")
        extra.update(number=entry.printed, provisional=entry.is_provisional, at=entry.at,
                     chair=entry.by_name)
        return extra
    entry = _need(decided, "decided (it has no number in the decisions journal)")
    extra.update(chair=entry.by_name, number=entry.printed, provisional=entry.is_provisional,
                 at=entry.at, outcome=entry.outcome)
    if kind in ("certificate", "mandate"):
        extra.update(decision_number=entry.printed, decision_at=entry.at)
    if kind == CORRECTION:
        fix = latest(replica, case.id, "decisions")
        if fix is None or not fix.corrects:
            raise DocumentError("this decision was never corrected")
        extra.update(chair=fix.by_name, number=fix.printed, provisional=fix.is_provisional,
                     at=fix.at, points=correction_points(case.service, fix, lang),
                     correction=True,
                     corrects=_reference(replica, fix.corrects))
    return extra


def _reference(replica: Replica, entry_id: str) -> str:
    record = replica.get("journal", entry_id)
    if record is None:
        return entry_id
    entry = Entry.of(record)
    day = datetime.fromisoformat(entry.at).strftime("%d.%m.%Y") if entry.at else ""
    return f"№ {entry.printed}, {day}".strip(", ")


def _need(entry: Entry | None, what: str) -> Entry:
    if entry is None:
        raise DocumentError(f"this case was not {what} yet")
    return entry


def print_case_document(desk: CaseDesk, case_id: str, kind: str, lang: str) -> Printed:
    """The PDF of a case's document ``kind`` (receipt, decision, certificate, mandate or
    correction) in ``lang``."""
    case = desk.get(case_id)
    name = ALIASES.get(kind, kind)
    if name not in (CORRECTION, "quarterly"):
        doc_kind = document_kind(name)
        if not doc_kind.needs_case:
            raise DocumentError(f"a {name} is printed with 'daftar journal print' or "
                                "'daftar report'")
    extra = extra_for(desk.replica, case, name, lang)
    pdf = render("decision" if name == CORRECTION else name, case, lang, extra)
    number = str(extra.get("number") or "")
    return Printed(pdf, file_name(name, number, case.id), number)


def print_journal(replica: Replica, org: str, journal: str, lang: str) -> Printed:
    """The whole journal of ``org`` as a printable register."""
    entries = lines(replica, org, journal)
    rows = [{"number": e.printed, "at": e.at, "from_whom": _from_whom(replica, e),
             "subject": e.subject, "decision": _decision_text(replica, e, lang),
             "case_id": e.case_id} for e in entries]
    pdf = render("journal", None, lang, {"commission": commission_name(replica, org),
                                         "journal": journal, "entries": rows})
    return Printed(pdf, f"journal-{journal}.pdf", "")


def _from_whom(replica: Replica, entry: Entry) -> str:
    from app.reports.builders import SUBMITTER_FIELDS

    record = replica.get("case", entry.case_id)
    values = record.data if record else {}
    who = next((values[k] for k in SUBMITTER_FIELDS if values.get(k)), None)
    return str(who or entry.by_name)


def _decision_text(replica: Replica, entry: Entry, lang: str) -> str:
    from app.core.definitions import default_catalogue, text

    service = default_catalogue().get(entry.service)
    wf = service.workflow if service else None
    if entry.corrects:
        return f"→ {_reference(replica, entry.corrects)}"
    if entry.journal == "incoming":  # what became of the document: its decision, if any
        decided = first(replica, entry.case_id, "decisions")
        if decided is None:
            return ""
        return f"{_decision_text(replica, decided, lang)}, № {decided.printed}"
    if wf and entry.outcome in wf.states:
        return text(wf.states[entry.outcome].label, lang)
    return ""


def file_name(kind: str, number: str, case_id: str) -> str:
    """What a printed document is saved as: ``receipt-21.pdf``, ``decision-P-3A7F09-2.pdf``."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in number)
    return f"{kind}-{safe or case_id[:8]}.pdf"


__all__ = ["CORRECTION", "DOCUMENTS", "DocumentError", "DocumentLine", "JournalError",
           "Printed", "commission_name", "document_lines", "extra_for", "file_name", "kinds_for",
           "print_case_document", "print_journal", "save_pdf"]
