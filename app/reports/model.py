"""What each document says, as plain data: no database, no reportlab, no language chosen yet.

A document is built once from a case (:mod:`app.reports.builders`) and can then be printed
in any of the four languages. Text that the program composes (a decision's points, the
statement on a certificate) is a :data:`Text` — either a string printed as is (a name, a
party, a point someone typed) or a mapping from language to string. Dates stay dates until
printing, so each language shows its own official style.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import parse_qs, quote, unquote, urlsplit

Text = str | Mapping[str, str]

_OTHER_SCRIPT = {"uz-Cyrl": "uz-Latn", "uz-Latn": "uz-Cyrl"}


def localise(text: Text, lang: str) -> str:
    """``text`` in ``lang``; a missing language falls back to the other Uzbek script, then
    English, then whatever there is."""
    if isinstance(text, str):
        return text
    for key in (lang, _OTHER_SCRIPT.get(lang, "en"), "en"):
        if text.get(key):
            return text[key]
    return next(iter(text.values()), "")


CASE_LINK = "daftar://case/"


def case_link(case_id: str, number: str = "") -> str:
    """What a document's QR code holds: ``daftar://case/<id>?no=<number>``."""
    link = CASE_LINK + quote(case_id, safe="")
    return f"{link}?no={quote(number, safe='')}" if number else link


def parse_case_link(link: str) -> tuple[str, str]:
    """(case id, number) from a scanned :func:`case_link`; :class:`ValueError` otherwise."""
    if not link.startswith(CASE_LINK):
        raise ValueError(f"not a Daftar case link: {link!r}")
    parts = urlsplit(link)
    case_id = unquote(parts.path.lstrip("/"))
    number = parse_qs(parts.query).get("no", [""])[0]
    return case_id, number


@dataclass(frozen=True)
class Commission:
    """The body that issues the document, as it prints in the heading and the signatures."""

    name: str
    place: str = ""
    chair: str = ""
    secretary: str = ""


@dataclass(frozen=True)
class Signatory:
    role: Text
    name: str = ""


@dataclass(frozen=True)
class AttachedFile:
    """One accepted document: what it is (a form field's label) and the file received."""

    document: Text
    file_name: str
    size: int | None = None
    sha256: str | None = None


@dataclass(frozen=True)
class Receipt:
    """Receipt of accepted documents, handed to whoever brought them."""

    commission: Commission
    case_id: str
    number: str
    received_at: datetime
    submitted_by: str
    subject: Text
    attachments: tuple[AttachedFile, ...] = ()
    received_by: str = ""
    provisional: bool = False

    @property
    def qr_payload(self) -> str:
        return case_link(self.case_id, self.number)


@dataclass(frozen=True)
class Decision:
    """A numbered commission decision: title, preamble, operative points, signatures."""

    commission: Commission
    number: str
    decided_on: date
    title: Text
    preamble: Text
    points: tuple[Text, ...]
    signatories: tuple[Signatory, ...] = ()
    case_id: str = ""
    corrects: str = ""  # the decision this one corrects, as printed: "№ 14, 10.03.2025"
    provisional: bool = False
    heading: str = "decision"  # the label printed above the title: "decision" or "order"


@dataclass(frozen=True)
class Certificate:
    """Certificate of a registered candidate or of a candidate's trusted representative."""

    commission: Commission
    number: str
    name: str
    statement: Text
    issued_on: date
    holder: str = "candidate"  # "candidate" | "representative": picks the title
    birth_date: date | None = None
    election: str = ""
    decision_number: str = ""
    decision_date: date | None = None
    valid_until: Text = ""
    case_id: str = ""


@dataclass(frozen=True)
class Certificates:
    """Several certificates printed together, one page each (a candidate's trusted
    representatives, registered by one decision)."""

    pages: tuple[Certificate, ...]


@dataclass(frozen=True)
class Mandate:
    """Observer's mandate, with the rights the observer may show to a commission."""

    commission: Commission
    number: str
    name: str
    statement: Text
    issued_on: date
    nominated_by: str = ""
    precincts: str = ""
    election: str = ""
    identity: str = ""
    rights: tuple[Text, ...] = ()
    case_id: str = ""


@dataclass(frozen=True)
class JournalEntry:
    """One line of a journal: number, when, from whom and about what, what was decided."""

    number: str
    at: datetime | date
    from_whom: str
    subject: Text = ""
    decision: Text = ""
    case_id: str = ""


@dataclass(frozen=True)
class JournalRegister:
    """A whole journal printed as a register: a table over as many pages as it needs."""

    commission: Commission
    journal: str  # "incoming" | "decisions"
    entries: tuple[JournalEntry, ...] = field(default_factory=tuple)
    period: str = ""  # "2025", "01.03.2025 – 31.03.2025"; printed under the title


Document = Receipt | Decision | Certificate | Certificates | Mandate | JournalRegister
