"""The scoped change feed: what a client pulls after its cursor (sync invariant 5).

A page holds, in feed order, the latest state of every record in the user's scope changed
after the cursor, with the history events behind those changes, and a removal for every
record that left the scope. Pages stop at about PAGE_BYTES of JSON so that a broken link
wastes little; the client stores the page and its new cursor in one transaction.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sync.protocol import PAGE_BYTES
from sync.server.auth import ServerUser
from sync.server.scope import in_scope, sees_record, visible
from sync.server.storage import events, exits, records

ORG_FIELD = "_org"

ROWS_PER_QUERY = 400
# Pages are bounded on the wire (gzip); records of forms compress about fourfold.
COMPRESSION = 4


def shared_with_text(also: str | None) -> list[str]:
    return [a for a in (also or "").split(",") if a]


def compact_versions(versions: dict[str, list[Any]], seq: int,
                     data: dict[str, Any] | None = None) -> dict[str, int]:
    """Only the fields whose version is not the record's own feed number (most are not),
    and the versions of cleared fields, which the data alone would not name."""
    present = data if data is not None else versions
    return {name: int(v[0]) for name, v in versions.items()
            if int(v[0]) != seq or name not in present}



def _change(row: sa.Row, synced: int) -> dict[str, Any]:
    """A record as the client needs it: whole when it may not have it, otherwise only the
    fields changed after ``synced`` (``"delta": true``; ``null`` = field cleared).

    At its last complete sync (cursor ``synced``) the client held every record then in its
    scope. A record whose ``_org`` has not changed since was one of them; one changed after
    ``synced`` may have been missed by a partial pull since, so the delta starts there, not
    at the current cursor."""
    data = json.loads(row.data)
    versions = json.loads(row.versions)
    change: dict[str, Any] = {"seq": row.seq, "collection": row.collection, "id": row.id}
    if row.deleted:
        change["removed"] = True
    # Whole when the record may be new to the client: it entered the client's scope (its
    # _org, or the organisations it is shared with, changed) after the last complete sync.
    org_version = max(int((versions.get(name) or [0])[0]) for name in (ORG_FIELD, "_also"))
    org_version = org_version or row.seq
    if synced and org_version <= synced:
        changed = {name: int(v[0]) for name, v in versions.items() if int(v[0]) > synced}
        change["delta"] = True
        change["data"] = {name: data.get(name) for name in changed}
        change["versions"] = {n: v for n, v in changed.items() if v != row.seq}
    else:
        change["data"] = data
        change["versions"] = compact_versions(versions, row.seq, data)
    return change


def pull(conn: Connection, user: ServerUser, cursor: int, page_bytes: int = PAGE_BYTES,
         synced: int = 0) -> tuple[list[dict[str, Any]], int, bool]:
    """(changes, new cursor, more) for ``user`` after ``cursor``; see _change for
    ``synced``."""
    rows = conn.execute(
        sa.select(records).where(records.c.seq > cursor,
                                 visible(records.c.org, records.c.also, user.org))
        .order_by(records.c.seq).limit(ROWS_PER_QUERY)).all()
    gone = conn.execute(
        sa.select(exits, records.c.org.label("now_org"), records.c.also.label("now_also"))
        .join(records, sa.and_(records.c.collection == exits.c.collection,
                               records.c.id == exits.c.record_id))
        .where(exits.c.seq > cursor, in_scope(exits.c.old_org, user.org))
        .order_by(exits.c.seq).limit(ROWS_PER_QUERY)).all()
    items: list[tuple[int, dict[str, Any]]] = []
    for row in rows:
        items.append((row.seq, _change(row, synced)))
    for row in gone:
        if not sees_record(user, row.now_org, shared_with_text(row.now_also)):
            items.append((row.seq, {"seq": row.seq, "collection": row.collection,
                                    "id": row.record_id, "removed": True, "left_scope": True}))
    items.sort(key=lambda item: item[0])
    full = len(rows) == ROWS_PER_QUERY or len(gone) == ROWS_PER_QUERY
    limit = cursor
    if full:  # only numbers below both lists' ends are known to be complete
        limit = min(r[-1].seq for r in (rows, gone) if len(r) == ROWS_PER_QUERY)
        items = [item for item in items if item[0] <= limit]

    page: list[dict[str, Any]] = []
    size = 0
    for _, change in items:
        if page and size >= page_bytes * COMPRESSION:
            break
        page.append(change)
        size += len(json.dumps(change, ensure_ascii=False, separators=(",", ":")))
    more = full or len(page) < len(items)
    if not page:
        # Everything up to ``limit`` was looked at and none of it is for this user (e.g.
        # moves within the scope): move past it, or the client would ask again forever.
        return [], (limit if full else cursor), more
    new_cursor = page[-1]["seq"]
    _attach_events(conn, page, synced, new_cursor)
    return page, new_cursor, more


def _attach_events(conn: Connection, page: list[dict[str, Any]], synced: int,
                   new_cursor: int) -> None:
    """A delta brings the events after ``synced`` (the client skips ones it has, by
    origin); a whole record brings its whole history, older than this page perhaps."""
    wanted = {(c["collection"], c["id"]): c for c in page if not c.get("left_scope")}
    if not wanted:
        return
    rows = conn.execute(
        sa.select(events).where(events.c.seq <= new_cursor,
                                events.c.record_id.in_({k[1] for k in wanted}))
        .order_by(events.c.seq, events.c.id)).all()
    for row in rows:
        change = wanted.get((row.collection, row.record_id))
        if change is not None and (row.seq > synced or not change.get("delta")):
            change.setdefault("events", []).append({
                "origin": row.origin, "at": row.at, "hlc": row.hlc, "actor": row.actor,
                "device": row.device, "kind": row.kind, "detail": json.loads(row.detail),
                "n": row.n})
