"""The domain's word on pushed mutations, injected into the central API.

The server checks scope and merges fields; this policy says whether a workflow action is
allowed (role, state machine, required fields), whether a value is valid, and refuses edits
of decided cases — the same rules the client applied offline, applied again with the last
word, because a client's checks are only a convenience.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.core.cases import shares
from app.core.definitions import Catalogue, default_catalogue, text
from app.core.forms import FilledForm
from app.core.journals import JOURNAL
from app.core.users import User
from app.core.values import ValueProblem
from app.core.workflow import check_action

if TYPE_CHECKING:  # the client never loads the server's libraries
    from sync.protocol import WireMutation
    from sync.server.auth import ServerUser

SERVER_ONLY = {"conflict"}


class DomainPolicy:
    def __init__(self, catalogue: Catalogue | None = None) -> None:
        self.catalogue = catalogue or default_catalogue()

    def check(self, user: ServerUser, collection: str, before: dict[str, Any] | None,
              mutation: WireMutation, after: dict[str, Any]) -> str | None:
        if collection in SERVER_ONLY:
            return "conflicts are made by the server and changed only by resolving them"
        if collection == JOURNAL:
            # Numbers are checked by the server's journal rules (sync/server/numbers.py).
            if before is None and after.get("by") != user.name:
                return "a journal entry is written in its author's own name"
            return None
        service_id = (before or after).get("_service")
        service = self.catalogue.get(service_id) if isinstance(service_id, str) else None
        if service is None:
            return f"unknown service {service_id!r}"
        if before is not None and after.get("_service") not in (None, service.id):
            return "a record cannot change its service"
        wf = service.workflow
        state = (before or {}).get("_state")
        if wf and before is not None and state in wf.states and mutation.kind != "command":
            st = wf.states[state]
            if st.final or st.freezes_fields:
                return (f"the case was decided ({text(st.label)}) before this edit arrived; "
                        "its fields can no longer change. Your edit is kept here for you.")
        values = {k: v for k, v in after.items() if not k.startswith("_")}
        form = FilledForm(service, values)
        if "_also" in mutation.changes or service.shared_with:
            expected = shares(service, values).get("_also")
            if (after.get("_also") or None) != expected:
                return ("a case is shared only with the organisations its form names "
                        f"({', '.join(service.shared_with) or 'none for this service'})")
        changes = {k: v for k, v in mutation.changes.items() if not k.startswith("_")}
        try:
            form.check_changes(changes)
        except ValueProblem as exc:
            return f"{exc.field_id}: {exc.rule}"
        if mutation.kind == "command":
            if wf is None:
                return f"{service.id} records have no workflow"
            command = mutation.command or {}
            action = wf.actions.get(str(command.get("action")))
            if action is None:
                return f"{service.id} has no action {command.get('action')!r}"
            if mutation.changes.get("_state") != action.to:
                return f"the action {action.id} leads to {action.to}"
            # Who may act, and where a record moves, are read from the case as it was: the
            # command that relies on them cannot change them (a forged receiving school).
            pinned = {f for f in (action.by_org_of, action.moves and action.moves.to_org,
                                  action.moves and action.moves.record) if f}
            if pinned & set(mutation.changes):
                names = ", ".join(sorted(pinned & set(mutation.changes)))
                return f"{names} cannot change in the action {action.id}, which relies on it"
            who = User(user.name, user.org, user.roles, user.full_name)
            checked = check_action(service, str(state), action, who, form,
                                   org=(before or {}).get("_org"))
            if not checked.allowed:
                return f"cannot {text(action.label).lower()}: " + "; ".join(checked.reasons)
        elif "_state" in mutation.changes and before is not None:
            return "the state changes only through a workflow action"
        elif before is None and wf and after.get("_state") != wf.initial:
            return f"a new {service.id} case starts in {wf.initial}"
        return None

    def effects(self, user: ServerUser, collection: str, before: dict[str, Any] | None,
                mutation: WireMutation, after: dict[str, Any]
                ) -> list[tuple[str, str, dict[str, Any]]]:
        """What an allowed command does to other records: an action that ``moves`` a
        register record (a transfer's exit order) gives it the receiving organisation and
        clears what does not travel with it (its class)."""
        service = self.catalogue.get(str(after.get("_service")))
        wf = service.workflow if service else None
        action = wf.actions.get(str((mutation.command or {}).get("action"))) if wf else None
        if service is None or action is None or action.moves is None:
            return []
        move = action.moves
        before = before or {}
        target, to_org = before.get(move.record), before.get(move.to_org)
        register = service.fields[move.record].register
        if not isinstance(target, str) or not isinstance(to_org, str) or not register:
            return []
        return [(register, target, {"_org": to_org, **{f: None for f in move.clear}})]
