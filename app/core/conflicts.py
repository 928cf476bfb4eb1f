"""Conflicts as people see them: one field changed on two sides, both values kept.

The server makes a ``conflict`` record when an edit arrives for a field someone else changed
since the editor last synced; it replicates to everyone who sees the case. Either side may
resolve it — keep mine, keep theirs, or a new value — and after the next sync every replica
holds the chosen value.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from app.core.cases import CONFLICTS, CaseDesk, CaseError, compute_headline
from app.core.definitions import text


@dataclass(frozen=True)
class ConflictView:
    id: str
    record_collection: str
    record_id: str
    field: str
    field_label: str
    record_title: str
    mine: Any
    theirs: Any
    mine_is_incoming: bool
    other_author: str | None
    status: str
    base: Any = None  # the value before "mine" was written here, when history tells


    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "record": self.record_id, "collection": self.record_collection,
                "title": self.record_title, "field": self.field, "label": self.field_label,
                "base": self.base, "mine": self.mine, "theirs": self.theirs,
                "status": self.status,
                "other_author": self.other_author}


def _view(desk: CaseDesk, conflict_id: str, data: dict[str, Any]) -> ConflictView:
    mine_is_incoming = data.get("incoming_client") == desk.replica.client_id
    mine, theirs = (data.get("incoming_value"), data.get("server_value"))
    if not mine_is_incoming:
        mine, theirs = theirs, mine
    target = desk.replica.get(data["record_collection"], data["record_id"])
    label, title = data["field"], data["record_id"]
    if target is not None:
        title = target.headline.title or title
        service = desk.catalogue.get(str(target.data.get("_service")))
        field = service.field(data["field"]) if service else None
        if field is not None:
            label = text(field.label, desk.lang)
    other = None if mine_is_incoming else data.get("incoming_by")
    base = _base(desk, data["record_collection"], data["record_id"], data["field"]) \
        if target is not None else None
    return ConflictView(conflict_id, data["record_collection"], data["record_id"],
                        data["field"], label, title, mine, theirs, mine_is_incoming, other,
                        str(data.get("status")), base)


def _base(desk: CaseDesk, collection: str, record_id: str, field: str) -> Any:
    """The value both sides started from: before the latest run of same-side edits.

    History keeps [old, new] per changed field. The trailing run of edits of the field made
    on one side (here, or arriving from the server) started from the common value.
    """
    changes = [(e.mutation_id is not None, e.detail["changes"][field])
               for e in desk.replica.events(collection, record_id)
               if field in (e.detail.get("changes") or {})]
    if not changes:
        return None
    local, (old, _new) = changes[-1][0], changes[-1][1]
    for is_local, (before, _after) in reversed(changes):
        if is_local != local:
            break
        old = before
    return old


def open_conflicts(desk: CaseDesk) -> list[ConflictView]:
    records = desk.replica.list(CONFLICTS, status="open", limit=10_000, order="created")
    return [_view(desk, r.id, r.data) for r in records]


def resolve(desk: CaseDesk, conflict_id: str, keep: str, value: Any = None) -> ConflictView:
    """Keep ``mine``, ``theirs`` or a new ``value``; sent to the server at the next sync."""
    matches = [c for c in desk.replica.ids_with_prefix(CONFLICTS, conflict_id)
               if len(conflict_id) >= 4] or ([conflict_id] if desk.replica.get(
                   CONFLICTS, conflict_id) else [])
    if len(matches) != 1:
        raise CaseError(f"there is no single conflict {conflict_id!r}; "
                        "see daftar conflicts list")
    record = desk.replica.get(CONFLICTS, matches[0])
    assert record is not None
    if record.data.get("status") != "open":
        raise CaseError("this conflict is already resolved")
    view = _view(desk, record.id, record.data)
    if keep == "value":
        wire_keep, chosen = "value", value
    elif keep in ("mine", "theirs"):
        incoming = (keep == "mine") == view.mine_is_incoming
        wire_keep = "incoming" if incoming else "server"
        chosen = view.mine if keep == "mine" else view.theirs
    else:
        raise CaseError("keep must be mine, theirs or value")
    with desk.replica.write() as tx:
        tx.edit(CONFLICTS, record.id, {"status": "resolved", "resolution": wire_keep},
                replace(record.headline, status="resolved"), actor=desk.user.name,
                device=desk.device,
                event_kind="action", event_detail={"action": "resolve", "keep": keep},
                command={"action": "resolve", "keep": wire_keep, "value": chosen})
        target = tx.get(view.record_collection, view.record_id)
        if target is not None:
            service = desk.catalogue.get(str(target.data.get("_service")))
            changes = {view.field: chosen}
            headline = compute_headline(tx, service, {**target.data, **changes}) \
                if service else target.headline
            tx.show_locally(view.record_collection, view.record_id, changes, headline)
    return view
