"""Which documents exist, how each is built from a case and how it is printed.

``daftar doc ID KIND -o FILE.pdf`` and the case view's buttons call :func:`render`; the
workflow names the documents a transition produces by the same kinds (or their aliases,
such as ``registration_certificate``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from app.core.cases import Case
from app.reports.attendance import (
    AttendanceSheetDocument,
    build_attendance,
    render_attendance,
)
from app.reports.builders import (
    DocumentError,
    Extra,
    build_certificate,
    build_decision,
    build_exit_order,
    build_journal,
    build_mandate,
    build_receipt,
    build_staff_order,
    build_voucher,
)
from app.reports.credentials import render_certificate, render_mandate
from app.reports.decision import render_decision
from app.reports.journal import render_journal
from app.reports.labels import check_lang
from app.reports.model import (
    Certificate,
    Certificates,
    Decision,
    Document,
    JournalRegister,
    Mandate,
    Receipt,
)
from app.reports.quarterly import QuarterlyDocument, build_quarterly, render_quarterly
from app.reports.receipt import render_receipt


@dataclass(frozen=True)
class DocumentKind:
    """One kind of document: its model type, builder and renderer."""

    name: str
    model: type | tuple[type, ...]
    build: Callable[[Any, Extra], Document]
    render: Callable[[Any, str], bytes]
    needs_case: bool = True


DOCUMENTS: dict[str, DocumentKind] = {
    kind.name: kind for kind in (
        DocumentKind("receipt", Receipt, build_receipt, render_receipt),
        DocumentKind("decision", Decision, build_decision, render_decision),
        DocumentKind("exit_order", Decision, build_exit_order, render_decision),
        DocumentKind("staff_order", Decision, build_staff_order, render_decision),
        DocumentKind("voucher", Decision, build_voucher, render_decision),
        DocumentKind("certificate", (Certificate, Certificates), build_certificate,
                     render_certificate),
        DocumentKind("mandate", Mandate, build_mandate, render_mandate),
        DocumentKind("journal", JournalRegister, build_journal, render_journal,
                     needs_case=False),
        DocumentKind("attendance_month", AttendanceSheetDocument, build_attendance,
                     render_attendance, needs_case=False),
        DocumentKind("quarterly", QuarterlyDocument, build_quarterly, render_quarterly,
                     needs_case=False),
    )
}

# Names used for the same documents in service definitions' workflows.
ALIASES = {"registration_certificate": "certificate", "observer_mandate": "mandate"}


def document_kind(kind: str) -> DocumentKind:
    """The kind named ``kind`` (or an alias); :class:`DocumentError` lists the kinds."""
    found = DOCUMENTS.get(ALIASES.get(kind, kind))
    if found is None:
        raise DocumentError(f"there is no document {kind!r} (documents: "
                            f"{', '.join(DOCUMENTS)})")
    return found


def build(kind: str, case: Case | None, extra: Mapping[str, Any] | None = None) -> Document:
    """The document ``kind`` for ``case``, as plain data (see :mod:`app.reports.builders`
    for what ``extra`` may hold)."""
    doc_kind = document_kind(kind)
    if case is None and doc_kind.needs_case:
        raise DocumentError(f"a {doc_kind.name} is made for a case; give one")
    return doc_kind.build(case, extra or {})


def render_document(document: Document, lang: str = "en") -> bytes:
    """PDF bytes of an already built document."""
    for doc_kind in DOCUMENTS.values():
        if isinstance(document, doc_kind.model):
            return doc_kind.render(document, check_lang(lang))
    raise TypeError(f"not a document: {type(document).__name__}")


def render(kind: str, case: Case | None, lang: str = "en",
           extra: Mapping[str, Any] | None = None) -> bytes:
    """Build the document ``kind`` for ``case`` and print it in ``lang``: PDF bytes."""
    check_lang(lang)
    return render_document(build(kind, case, extra), lang)
