"""A commission's journals: the incoming-documents journal and the decisions journal.

Registering a document and deciding a case give it the next number of the commission's
journal, in the same transaction as the action, from the block of numbers the server leased
to this device — so numbers are unique and printable offline (see ``sync/numbers.py``).
Which journal an action numbers in follows from the documents it produces: a receipt is
numbered in ``incoming``, a decision in ``decisions`` (certificates and mandates carry the
number of the decision they follow), a school's order in ``orders``.

An entry is never changed or removed. A decision is corrected by a new entry of the
decisions journal that refers to the one it corrects (:func:`correct`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.core.definitions import Action, Catalogue, Service, text
from app.core.users import User
from sync import numbers
from sync.replica import Record, Replica, Transaction

if TYPE_CHECKING:
    from app.core.cases import Case, CaseDesk

JOURNAL = numbers.JOURNAL
JOURNAL_OF_DOCUMENT = {"receipt": "incoming", "decision": "decisions", "exit_order": "orders",
                       "staff_order": "orders", "voucher": "vouchers"}
JOURNALS = ("incoming", "decisions", "orders", "vouchers")
JOURNAL_LABELS = {
    "incoming": {"en": "Incoming documents", "uz-Latn": "Kiruvchi hujjatlar",
                 "uz-Cyrl": "Кирувчи ҳужжатлар", "ru": "Входящие документы"},
    "decisions": {"en": "Decisions", "uz-Latn": "Qarorlar", "uz-Cyrl": "Қарорлар",
                  "ru": "Решения"},
    "orders": {"en": "Orders", "uz-Latn": "Buyruqlar", "uz-Cyrl": "Буйруқлар",
               "ru": "Приказы"},
    "vouchers": {"en": "Vouchers", "uz-Latn": "Yoʻllanmalar", "uz-Cyrl": "Йўлланмалар",
                 "ru": "Путёвки"},
}


class JournalError(ValueError):
    """A journal request that cannot be done; the message says why."""


@dataclass(frozen=True)
class Entry:
    """One line of a journal as people see it."""

    id: str
    org: str
    journal: str
    number: int | None
    provisional: str | None
    at: str
    by: str
    by_name: str
    case_id: str
    service: str
    action: str
    outcome: str
    subject: str
    corrects: str | None = None
    points: tuple[str, ...] = ()
    corrections: Mapping[str, Any] = field(default_factory=dict)  # name -> [old, new]

    @property
    def printed(self) -> str:
        """The number as printed: final, or provisional until the next sync."""
        return str(self.number) if self.number is not None else str(self.provisional or "")

    @property
    def is_provisional(self) -> bool:
        return self.number is None

    @classmethod
    def of(cls, record: Record) -> Entry:
        d = record.data
        return cls(record.id, d.get("_org", ""), d.get("journal", ""), d.get("number"),
                   d.get("provisional"), d.get("at", ""), d.get("by", ""),
                   d.get("by_name") or d.get("by", ""), d.get("case", ""),
                   d.get("service", ""), d.get("action", ""), d.get("outcome", ""),
                   d.get("subject", ""), d.get("corrects"), tuple(d.get("points") or ()),
                   dict(d.get("corrections") or {}))

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "journal": self.journal, "org": self.org,
                "number": self.number, "provisional": self.provisional,
                "printed": self.printed, "at": self.at, "by": self.by, "case": self.case_id,
                "service": self.service, "action": self.action, "outcome": self.outcome,
                "subject": self.subject, "corrects": self.corrects,
                "points": list(self.points), "corrections": dict(self.corrections)}


def journals_of(action: Action) -> list[str]:
    """The journals taking ``action`` numbers in, in the order of its documents."""
    return [JOURNAL_OF_DOCUMENT[d] for d in action.documents if d in JOURNAL_OF_DOCUMENT]


def journals_for(user: User, catalogue: Catalogue) -> set[str]:
    """The journals a user numbers in: those of the actions their roles allow."""
    return {journal for service in catalogue if service.workflow
            for action in service.workflow.actions.values()
            if user.has_any_role(action.roles) for journal in journals_of(action)}


def declare(replica: Replica, user: User, catalogue: Catalogue) -> None:
    """Keep a block of numbers of the user's journals on this device from the next sync."""
    with replica.write() as tx:
        for journal in sorted(journals_for(user, catalogue)):
            numbers.want(tx, user.org, journal)


def entries_of(replica: Replica | Transaction, case_id: str) -> list[Entry]:
    """A case's journal entries, oldest first."""
    get = replica.get
    ids = _entry_ids(replica, case_id)
    found = [get(JOURNAL, i) for i in ids]
    return sorted((Entry.of(r) for r in found if r is not None), key=lambda e: e.id)


def _entry_ids(replica: Replica | Transaction, case_id: str) -> list[str]:
    source = replica.replica if isinstance(replica, Transaction) else replica
    return source.ids_with_prefix(JOURNAL, case_id + ".", limit=1000)


def latest(replica: Replica, case_id: str, journal: str) -> Entry | None:
    """The newest entry of ``journal`` for a case (a correction after its decision)."""
    found = [e for e in entries_of(replica, case_id) if e.journal == journal]
    return max(found, key=_order, default=None)


def first(replica: Replica, case_id: str, journal: str) -> Entry | None:
    found = [e for e in entries_of(replica, case_id) if e.journal == journal]
    return min(found, key=_order, default=None)


def _order(entry: Entry) -> tuple[str, int, str]:
    """Entries of a case in the order they were written: by time, then by their place
    on the device that wrote them (``<case>.<k>-<device>``)."""
    tail = entry.id.rsplit(".", 1)[-1]
    k = tail.split("-", 1)[0]
    return entry.at, int(k) if k.isdigit() else 0, entry.id


def lines(replica: Replica, org: str, journal: str) -> list[Entry]:
    """The whole journal of ``org``: numbered entries by number, then provisional ones."""
    records = replica.list(JOURNAL, type=journal, org_prefix=org, limit=1_000_000,
                           order="created")
    entries = [Entry.of(r) for r in records if r.data.get("_org") == org]
    return sorted(entries, key=lambda e: (e.number is None, e.number or 0, e.at, e.id))


def number_case(tx: Transaction, case: Case, service: Service, action: Action,
                user: User, at: datetime, device: str) -> list[Entry]:
    """Write the journal entries taking ``action`` on ``case`` makes (its receipt's
    registration number, its decision's number) in the transaction of the action."""
    return [_write_entry(tx, case.id, case.org, journal, user, at, device,
                         {"service": service.id, "action": action.id, "outcome": action.to,
                          "subject": case.title})
            for journal in journals_of(action)]


def _write_entry(tx: Transaction, case_id: str, org: str, journal: str, user: User,
                 at: datetime, device: str, extra: Mapping[str, Any]) -> Entry:
    issued = numbers.issue(tx, org, journal)
    # The device's code in the id: two devices numbering the same case offline (two chairs
    # correcting one decision) must not write the same entry.
    k = 1 + len(_entry_ids(tx, case_id))
    entry_id = f"{case_id}.{k}-{numbers.device_code(tx.replica.client_id).lower()}"
    data = {"_org": org, "journal": journal, "number": issued.number,
            "provisional": issued.provisional, "client": tx.replica.client_id,
            "by": user.name, "by_name": user.full_name or user.name,
            "at": at.isoformat(timespec="minutes"), "case": case_id, **extra}
    data = {k: v for k, v in data.items() if v is not None}
    tx.edit(JOURNAL, entry_id, data, numbers.headline(data), actor=user.name, device=device,
            event_kind="created", create=True)
    record = tx.get(JOURNAL, entry_id)
    assert record is not None
    return Entry.of(record)


def correct(desk: CaseDesk, case_id: str, points: Iterable[str], *,
            corrections: Mapping[str, Any] | None = None) -> Entry:
    """A new decision correcting the last decision on a decided case.

    The case and its decision stay as they were (they are final); the correction is a new
    numbered entry of the decisions journal that refers to the decision it corrects, with
    its own operative points — the ``corrections`` (field → corrected value) named first."""
    case = desk.get(case_id)
    if not case.is_final:
        raise JournalError("only a decided case is corrected by a new decision; this case "
                           "can still be changed")
    previous = latest(desk.replica, case.id, "decisions")
    if previous is None:
        raise JournalError("this case has no decision in the decisions journal to correct")
    wf = case.service.workflow
    assert wf is not None
    deciders = {r for a in wf.actions.values() if a.to == case.state for r in a.roles}
    if not desk.user.has_any_role(deciders):
        raise JournalError(f"a correction is decided by the {' or '.join(sorted(deciders))}")
    for name in corrections or {}:
        if name not in case.service.fields:
            raise JournalError(f"{case.service.id} has no field {name!r}")
    changed = {name: [case.values.get(name), value]
               for name, value in (corrections or {}).items()}
    said = [p.strip() for p in points if p.strip()]
    if not changed and not said:
        raise JournalError("say what the correction changes (a point or FIELD=VALUE)")
    with desk.replica.write() as tx:
        return _write_entry(tx, case.id, case.org, "decisions", desk.user, desk.clock(),
                            desk.device, {"service": case.service.id, "action": "correct",
                                          "outcome": case.state, "subject": case.title,
                                          "corrects": previous.id, "points": said,
                                          "corrections": changed})


def correction_points(service: Service, entry: Entry, lang: str) -> list[str]:
    """A correction's operative points in ``lang``: "Field: old → new", then as written."""
    return [f"{_field_label(service, name, lang)}: {_shown(old)} → {_shown(new)}"
            for name, (old, new) in entry.corrections.items()] + list(entry.points)


def _field_label(service: Service, name: str, lang: str) -> str:
    found = service.fields.get(name)
    return text(found.label, lang) if found else name


def _shown(value: Any) -> str:
    return "—" if value in (None, "") else str(value)
