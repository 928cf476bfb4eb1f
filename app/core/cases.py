"""Cases and register records: create, edit, act, look up — always through the replica.

:class:`CaseDesk` is the one place where a person's edit becomes a replica transaction: it
checks the values against the service definition and the action against the workflow, and
only then writes the record, its history event and its outbox mutation together. A refused
edit raises :class:`CaseError` and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.core.deadlines import due_at
from app.core.definitions import TEXT_TYPES, Catalogue, Service, default_catalogue, text
from app.core.forms import FilledForm
from app.core.journals import JOURNAL, number_case
from app.core.text import search_key, search_words
from app.core.users import User
from app.core.values import ValueProblem
from app.core.workflow import ActionCheck, available_actions, check_action
from sync.ids import uuid7
from sync.numbers import headline as journal_headline
from sync.replica import (
    Event,
    Headline,
    Record,
    Replica,
    ReplicaError,
    Transaction,
    fts_prefix_query,
)

CASES = "case"
CONFLICTS = "conflict"
SYSTEM_FIELDS = ("_service", "_version", "_state", "_org", "_entered_at", "_created_by",
                 "_also")


class CaseError(Exception):
    """A refused request; the message says why, in words a secretary understands."""


class NotFound(CaseError):
    pass


def collection_of(service: Service) -> str:
    return CASES if service.kind == "case" else service.id


def now_local() -> datetime:
    return datetime.now().replace(microsecond=0)


@dataclass
class Case:
    """A case or register record as people see it: values, computed values, state, due."""

    id: str
    service: Service
    record: Record
    values: dict[str, Any]
    computed: dict[str, Any]
    warnings: list[str] = field(default_factory=list)

    @property
    def state(self) -> str | None:
        return self.record.data.get("_state")

    @property
    def org(self) -> str:
        return self.record.data.get("_org", "")

    @property
    def due_at(self) -> str | None:
        return self.record.headline.due_at

    @property
    def title(self) -> str:
        return self.record.headline.title or ""

    @property
    def is_final(self) -> bool:
        wf = self.service.workflow
        return bool(wf and self.state in wf.states and wf.states[self.state].final)

    def overdue(self, now: datetime | None = None) -> bool:
        if not self.due_at or self.is_final:
            return False
        return self.due_at < (now or now_local()).isoformat(timespec="minutes")

    def form(self) -> FilledForm:
        return FilledForm(self.service, self.values)

    def to_json(self, lang: str = "en", *, actions: list[ActionCheck] | None = None,
                history: list[Event] | None = None) -> dict[str, Any]:
        wf = self.service.workflow
        out: dict[str, Any] = {
            "id": self.id,
            "service": self.service.id,
            "service_version": self.record.data.get("_version"),
            "title": self.title,
            "org": self.org,
            "state": self.state,
            "state_label": text(wf.states[self.state].label, lang)
            if wf and self.state in wf.states else None,
            "due_at": self.due_at,
            "overdue": self.overdue(),
            "fields": self.values,
            "computed": self.computed,
            "created_at": self.record.created_at,
            "updated_at": self.record.updated_at,
        }
        if self.warnings:
            out["warnings"] = self.warnings
        if actions is not None:
            out["actions"] = [
                {"id": c.action.id, "label": text(c.action.label, lang), "allowed": c.allowed,
                 "reasons": list(c.reasons)} for c in actions
            ]
        if history is not None:
            out["history"] = [
                {"at": e.at, "by": e.actor, "device": e.device, "event": e.kind, **e.detail}
                for e in history
            ]
        return out


class CaseDesk:
    """The cases and registers of one profile, worked on by one user."""

    def __init__(self, replica: Replica, user: User, *, catalogue: Catalogue | None = None,
                 device: str | None = None, lang: str = "en",
                 clock: Callable[[], datetime] = now_local) -> None:
        self.replica = replica
        self.user = user
        self.catalogue = catalogue or default_catalogue()
        self.device = device or replica.meta("device_name") or replica.client_id[:8]
        self.lang = lang
        self.clock = clock

    # --- reading -----------------------------------------------------------------------

    def service(self, service_id: str) -> Service:
        service = self.catalogue.get(service_id)
        if service is None:
            known = ", ".join(s.id for s in self.catalogue)
            raise CaseError(f"there is no service {service_id!r} (services: {known})")
        return service

    def collections(self) -> list[str]:
        return [CASES, *sorted(s.id for s in self.catalogue if s.kind == "register")]

    def resolve_id(self, text_id: str) -> tuple[str, str]:
        """(collection, id) of a case or register record, from its id or a unique prefix."""
        text_id = text_id.strip().lower()
        for collection in self.collections():
            if self.replica.get(collection, text_id):
                return collection, text_id
        matches = [(c, i) for c in self.collections()
                   for i in self.replica.ids_with_prefix(c, text_id)] if len(text_id) >= 4 else []
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise CaseError(f"{text_id!r} matches several records; type more of the id")
        raise NotFound(f"there is no case or record {text_id!r} in this profile")

    def get(self, case_id: str) -> Case:
        collection, rec_id = self.resolve_id(case_id)
        record = self.replica.get(collection, rec_id)
        assert record is not None
        return self._case(record)

    def _case(self, record: Record, warnings: list[str] | None = None) -> Case:
        service = self.service(record.data["_service"])
        values = {k: v for k, v in record.data.items() if not k.startswith("_")}
        form = FilledForm(service, values)
        return Case(record.id, service, record, values, form.computed(), warnings or [])

    def history(self, case: Case) -> list[Event]:
        return self.replica.events(case.record.collection, case.id)

    def actions(self, case: Case) -> list[ActionCheck]:
        if case.state is None:
            return []
        return available_actions(case.service, case.state, self.user, case.form(), self.lang,
                                 org=case.org)

    def list(self, *, service: str | None = None, state: str | None = None,
             search: str | None = None, order: str = "updated",
             limit: int = 100, offset: int = 0, collection: str = CASES) -> list[Case]:
        """Cases (or a register's records), newest first; ``search`` is what a person typed:
        every word must begin a word of the case, in any script or spelling of oʻ/gʻ."""
        query = fts_prefix_query(search_words(search)) if search else None
        try:
            records = self.replica.list(collection, type=service, status=state,
                                        search=query, order=order, limit=limit,
                                        offset=offset)
        except ReplicaError as exc:
            raise CaseError(str(exc)) from exc
        return [self._case(r) for r in records]

    # --- writing -----------------------------------------------------------------------

    def new(self, service_id: str, values: Mapping[str, Any], *, org: str | None = None,
            case_id: str | None = None) -> Case:
        """Create a case (or register record) with ``values``; nothing is written if refused."""
        with self.replica.write() as tx:
            return self.new_in(tx, service_id, values, org=org, case_id=case_id)

    def new_in(self, tx: Transaction, service_id: str, values: Mapping[str, Any], *,
               org: str | None = None, case_id: str | None = None,
               system: Mapping[str, Any] | None = None,
               event_detail: Mapping[str, Any] | None = None) -> Case:
        """:meth:`new` inside the caller's transaction (an import writes rows in batches);
        a refusal raises :class:`CaseError` before anything of this record is written.
        ``system`` adds system fields (``_import_key``), ``event_detail`` to its event."""
        service = self.service(service_id)
        org = org or self.user.org
        if not self.user.sees(org):
            raise CaseError(f"{org} is outside your organisation {self.user.org}")
        data: dict[str, Any] = {f.id: f.default for f in service.fields.values()
                                if f.default is not None and not f.computed}
        data.update({k: v for k, v in values.items() if v is not None})
        fields = {"_service": service.id, "_version": service.version, "_org": org,
                  "_created_by": self.user.name, **(system or {})}
        if service.workflow:
            fields.update(_state=service.workflow.initial,
                          _entered_at=self.clock().isoformat(timespec="seconds"))
        fields.update({k: v for k, v in shares(service, data).items() if v is not None})
        rec_id = case_id or uuid7()
        collection = collection_of(service)
        warnings = self._check(service, data, data)
        if service.kind == "register":
            # A register record has no workflow to hold it back until it is complete.
            missing = FilledForm(service, data).missing()
            if missing:
                raise CaseError("needs " + "; ".join(m.describe(self.lang) for m in missing))
        full = {**data, **fields}
        tx.edit(collection, rec_id, full, compute_headline(tx, service, full),
                actor=self.user.name, device=self.device, event_kind="created",
                event_detail=event_detail, create=True)
        record = tx.get(collection, rec_id)
        assert record is not None
        return self._case(record, warnings)

    def set(self, case_id: str, values: Mapping[str, Any]) -> Case:
        """Change field values of a case; refused when frozen or a value is invalid."""
        if not values:
            raise CaseError("nothing to change: give at least one FIELD=VALUE")
        collection, rec_id = self.resolve_id(case_id)
        with self.replica.write() as tx:
            record = self._require(tx, collection, rec_id)
            service = self.service(record.data["_service"])
            self._refuse_if_frozen(service, record)
            changes = {k: v for k, v in values.items() if record.data.get(k) != v}
            merged = self._merge(record.data, changes)
            warnings = self._check(service, merged, changes)
            changes.update({k: v for k, v in shares(service, merged).items()
                            if record.data.get(k) != v})
            if changes:
                tx.edit(collection, rec_id, changes, compute_headline(tx, service, merged),
                        actor=self.user.name, device=self.device, event_kind="edited")
            record = tx.get(collection, rec_id)
        assert record is not None
        return self._case(record, warnings)

    def act(self, case_id: str, action_id: str, values: Mapping[str, Any] | None = None
            ) -> Case:
        """Take a workflow action, with optional field values filled in the same step."""
        values = dict(values or {})
        collection, rec_id = self.resolve_id(case_id)
        with self.replica.write() as tx:
            record = self._require(tx, collection, rec_id)
            service = self.service(record.data["_service"])
            wf = service.workflow
            if wf is None:
                raise CaseError(f"{service.id} records have no workflow actions")
            action = wf.actions.get(action_id)
            state = record.data["_state"]
            if action is None:
                possible = ", ".join(a.id for a in wf.actions_from(state)) or "none"
                raise CaseError(f"{service.id} has no action {action_id!r} "
                                f"(possible now: {possible})")
            if values:
                self._refuse_if_frozen(service, record)
            changes = {k: v for k, v in values.items() if record.data.get(k) != v}
            merged = self._merge(record.data, changes)
            warnings = self._check(service, merged, changes)
            form = FilledForm(service, {k: v for k, v in merged.items()
                                        if not k.startswith("_")})
            check = check_action(service, state, action, self.user, form, self.lang,
                                 org=record.data.get("_org"))
            if not check.allowed:
                raise CaseError(f"cannot {text(action.label, self.lang).lower()}: "
                                + "; ".join(check.reasons))
            now = self.clock()
            changes.update({k: v for k, v in shares(service, merged).items()
                            if record.data.get(k) != v})
            changes.update(_state=action.to, _entered_at=now.isoformat(timespec="seconds"))
            merged = self._merge(record.data, changes)
            tx.edit(collection, rec_id, changes, compute_headline(tx, service, merged),
                    actor=self.user.name, device=self.device, event_kind="action",
                    event_detail={"action": action.id, "from": state, "to": action.to},
                    command={"action": action.id, "expected_state": state, "to": action.to})
            record = tx.get(collection, rec_id)
            assert record is not None
            # The receipt's registration number, the decision's number: taken with the action.
            number_case(tx, self._case(record), service, action, self.user, now, self.device)
            late = self._late(service, record, now)
            if late:
                warnings.append(late)
        assert record is not None
        return self._case(record, warnings)

    # --- helpers -----------------------------------------------------------------------

    @staticmethod
    def _require(tx: Transaction, collection: str, rec_id: str) -> Record:
        record = tx.get(collection, rec_id)
        if record is None:
            raise NotFound(f"there is no case or record {rec_id!r} in this profile")
        return record

    @staticmethod
    def _merge(data: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
        merged = dict(data)
        for k, v in changes.items():
            if v is None:
                merged.pop(k, None)
            else:
                merged[k] = v
        return merged

    def _late(self, service: Service, record: Record, now: datetime) -> str | None:
        """A warning when the case enters a state whose deadline has already passed — a
        submission after the Election Code's cut-off is recorded, and flagged."""
        wf, state, due = service.workflow, record.data.get("_state"), record.headline.due_at
        if not wf or state not in wf.states or not due or \
                due >= now.isoformat(timespec="minutes"):
            return None
        rule = wf.states[state].deadline
        what = text(rule.label, self.lang) if rule and rule.label else "the deadline"
        return (f"late: {what} {due.replace('T', ' ')}, before this; the case is recorded "
                "and shown as overdue")

    def _refuse_if_frozen(self, service: Service, record: Record) -> None:
        wf, state = service.workflow, record.data.get("_state")
        if wf and state in wf.states and (wf.states[state].final or
                                          wf.states[state].freezes_fields):
            label = text(wf.states[state].label, self.lang)
            raise CaseError(f"the case is {label}: its fields can no longer change "
                            "(a correction is a new decision that refers to this one)")

    def _check(self, service: Service, merged: Mapping[str, Any],
               changes: Mapping[str, Any]) -> list[str]:
        values = {k: v for k, v in merged.items() if not k.startswith("_")}
        form_changes = {k: v for k, v in changes.items() if not k.startswith("_")}
        try:
            warnings = FilledForm(service, values).check_changes(form_changes, self.lang)
        except ValueProblem as exc:
            field = service.fields.get(exc.field_id)
            label = f" ({text(field.label, self.lang)})" if field else ""
            raise CaseError(f"{exc.field_id}{label}: {exc.rule}") from exc
        self._check_references(service, form_changes)
        return warnings

    def _check_references(self, service: Service, changes: Mapping[str, Any]) -> None:
        for name, value in changes.items():
            field = service.fields[name]
            refs: list[tuple[str, Any, str]] = []  # (where, id, register)
            if field.type == "reference" and value is not None:
                refs.append(("", value, field.register or ""))
            for child in field.fields:
                if child.type == "reference":
                    refs += [(f"row {i + 1}, {child.id}: ", row[child.id], child.register or "")
                             for i, row in enumerate(value or [])
                             if row.get(child.id) is not None]
            for where, ref, register in refs:
                if self.replica.get(register, ref) is None:
                    raise CaseError(f"{name} ({text(field.label, self.lang)}): {where}there is "
                                    f"no {register} {ref!r} in this profile")


def shares(service: Service, values: Mapping[str, Any]) -> dict[str, Any]:
    """``_also``: the organisations a shared case is seen in too (its ``shared_with``
    fields, e.g. the receiving school of a transfer); empty for other services."""
    if not service.shared_with:
        return {}
    orgs = [str(values[f]) for f in service.shared_with if values.get(f)]
    return {"_also": orgs or None}


def compute_headline(tx: Transaction, service: Service, data: Mapping[str, Any]) -> Headline:
    """The list columns of a record: title, state, due date, search words."""
    values = {k: v for k, v in data.items() if not k.startswith("_")}
    form = FilledForm(service, values)
    title = None
    if service.summary is not None:
        try:
            title = str(form.evaluate(service.summary) or "").strip() or None
        except Exception:  # a summary is cosmetic: never refuse an edit over it
            title = None
    words: list[str] = []
    for f in service.fields.values():
        value = values.get(f.id)
        if value is None:
            continue
        if f.type in TEXT_TYPES:
            words.append(str(value))
        elif f.type in ("choice", "multi_choice"):
            for v in value if isinstance(value, list) else [value]:
                choice = f.choice(v)
                if choice:
                    words += [choice.label.get("en", ""), choice.label.get("uz-Latn", "")]
    due = None
    state = data.get("_state")
    wf = service.workflow
    if wf and state in wf.states and wf.states[state].deadline and data.get("_entered_at"):
        rule = wf.states[state].deadline
        assert rule is not None
        election_day = None
        if rule.campaign_field and values.get(rule.campaign_field):
            campaign = tx.get("campaign", values[rule.campaign_field])
            if campaign and campaign.data.get("election_day"):
                election_day = date.fromisoformat(campaign.data["election_day"])
        when = due_at(rule, datetime.fromisoformat(data["_entered_at"]), election_day)
        due = when.isoformat(timespec="minutes") if when else None
    return Headline(type=service.id, status=state, org=data.get("_org"), title=title,
                    due_at=due, search_text=search_key(" ".join(words)))


def remote_headline(catalogue: Catalogue) -> Callable[[Transaction, str, dict[str, Any]], Headline]:
    """How the sync client computes list columns for records arriving from the server."""

    def headline(tx: Transaction, collection: str, data: dict[str, Any]) -> Headline:
        service = catalogue.get(str(data.get("_service")))
        if service is not None:
            return compute_headline(tx, service, data)
        if collection == JOURNAL:
            return journal_headline(data)
        if collection == CONFLICTS:
            title = f"{data.get('field')}: {data.get('server_value')!r} / " \
                    f"{data.get('incoming_value')!r}"
            return Headline(type=CONFLICTS, status=data.get("status"), org=data.get("_org"),
                            title=title, search_text=search_key(title))
        return Headline(type=collection, org=data.get("_org"))

    return headline
