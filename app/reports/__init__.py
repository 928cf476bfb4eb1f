"""Documents and reports (reportlab). No Qt.

Building a document is a pure function from plain data to PDF bytes::

    pdf = app.reports.render("receipt", case, "uz-Latn", {"commission": ..., "number": "15"})

- :mod:`~app.reports.model` — what each document says (dataclasses, no language yet);
- :mod:`~app.reports.builders` — from a case and ``extra`` to a model;
- :mod:`~app.reports.receipt`, :mod:`~app.reports.decision`,
  :mod:`~app.reports.credentials`, :mod:`~app.reports.journal` — a model to PDF in a language;
- :mod:`~app.reports.layout` — fonts, page furniture, the shared official look;
- :mod:`~app.reports.labels`, :mod:`~app.reports.phrases` — the words, in four languages.
"""

from app.reports.builders import DocumentError
from app.reports.credentials import render_certificate, render_mandate
from app.reports.decision import render_decision
from app.reports.journal import render_journal
from app.reports.labels import LANGUAGES
from app.reports.model import (
    AttachedFile,
    Certificate,
    Certificates,
    Commission,
    Decision,
    Document,
    JournalEntry,
    JournalRegister,
    Mandate,
    Receipt,
    Signatory,
    case_link,
    parse_case_link,
)
from app.reports.receipt import render_receipt
from app.reports.registry import DOCUMENTS, DocumentKind, build, render, render_document

__all__ = [
    "DOCUMENTS",
    "LANGUAGES",
    "AttachedFile",
    "Certificate",
    "Certificates",
    "Commission",
    "Decision",
    "Document",
    "DocumentError",
    "DocumentKind",
    "JournalEntry",
    "JournalRegister",
    "Mandate",
    "Receipt",
    "Signatory",
    "build",
    "case_link",
    "parse_case_link",
    "render",
    "render_certificate",
    "render_decision",
    "render_document",
    "render_journal",
    "render_mandate",
    "render_receipt",
]
