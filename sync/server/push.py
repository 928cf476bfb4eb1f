"""Applying pushed mutations: exactly once, merged field by field, conflicts kept.

Sync invariants 2–4 (DESIGN.md):

- The per-client ledger (``clients.last_mutation_id``) is updated in the same transaction
  as the effects: a duplicate is acknowledged and skipped, a gap refuses the whole push,
  and a refused mutation counts as applied (with its reason recorded and reported).
- A field is applied when nobody else changed it since the version the client saw. When
  someone did and the values differ, the server keeps its value and stores the incoming one
  in a ``conflict`` record that replicates like any other, for a person to decide.
- Workflow commands carry the state they expect; the policy checks roles and the state
  machine. A frozen case refuses late edits: the mutation is rejected, never lost.

Several mutations of one batch on one record become one change in the feed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sync import chain, hlc
from sync.ids import uuid7
from sync.protocol import WireMutation
from sync.server import numbers
from sync.server.auth import AuthError, ServerUser
from sync.server.policy import Policy
from sync.server.scope import (
    ALSO_FIELD,
    also_column,
    also_problem,
    sees_record,
    shared_with,
)
from sync.server.storage import (
    allocate_seqs,
    clients,
    dumps,
    events,
    exits,
    is_postgres,
    now_iso,
    orgs,
    records,
    rejections,
)

CONFLICTS = "conflict"
ORG_PATH = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
ORG_FIELD = "_org"
FUTURE_SLACK_MS = 5 * 60 * 1000


class GapError(AuthError):
    pass


@dataclass
class Ack:
    id: int
    status: str  # applied | duplicate | conflict | rejected
    reason: str | None = None
    conflicts: list[str] = field(default_factory=list)
    collection: str = ""
    record_id: str = ""
    # For a rejection or a conflict: the server's record as it stands, so the client can
    # undo its optimistic change (``{"removed": true}`` when the author may not see it).
    record: dict[str, Any] | None = None
    # Another record the mutation showed changed locally (a conflict resolution's case).
    also: tuple[str, str] | None = None
    also_record: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "status": self.status}
        if self.record is not None:
            out.update(collection=self.collection, record_id=self.record_id)
        if self.reason:
            out["reason"] = self.reason
        if self.conflicts:
            out["conflicts"] = self.conflicts
        if self.record is not None:
            out["record"] = self.record
        if self.also is not None and self.also_record is not None:
            out["also"] = {"collection": self.also[0], "id": self.also[1],
                           "record": self.also_record}
        return out


@dataclass
class _Pending:
    """A record as this batch leaves it; written with its feed number at the end."""

    collection: str
    id: str
    org: str
    data: dict[str, Any]
    versions: dict[str, list[Any]]  # field -> [seq or None (this batch), client id]
    exists: bool
    old_org: str | None
    deleted: bool = False
    created_at: str = ""
    events: list[dict[str, Any]] = field(default_factory=list)
    old_also: tuple[str, ...] = ()  # the organisations it was shared with before the batch

    def set(self, name: str, value: Any, client_id: str) -> None:
        """One field as this batch leaves it (``None`` clears it), written by ``client_id``."""
        if value is None:
            self.data.pop(name, None)
        else:
            self.data[name] = value
        self.versions[name] = [None, client_id]

    def left(self) -> list[str]:
        """Organisations that saw the record before this batch and do not any more."""
        if self.old_org is None:
            return []
        before = [self.old_org, *self.old_also]
        now = {self.org, *shared_with(self.data)}
        return [org for org in dict.fromkeys(before) if org not in now]


class Batch:
    def __init__(self, conn: Connection, user: ServerUser, client_id: str, policy: Policy,
                 server_clock: hlc.Timestamp, cursor: int | None = None) -> None:
        self.conn, self.user, self.client_id, self.policy = conn, user, client_id, policy
        self.clock = server_clock
        self.pending: dict[tuple[str, str], _Pending] = {}
        # Each record's chain as stored: the hash after event 1, 2, … (sync/chain.py), and
        # the feed number each of those events came with.
        self.chains: dict[tuple[str, str], list[str]] = {}
        self.received: dict[tuple[str, str], list[int]] = {}
        self.cursor = cursor  # how far the device says it has pulled the feed

    # --- loading ----------------------------------------------------------------------

    def preload(self, mutations: tuple[WireMutation, ...]) -> None:
        """Lock and load every record the batch touches, one query per collection."""
        wanted: dict[str, set[str]] = {}
        for m in mutations:
            wanted.setdefault(m.collection, set()).add(m.record_id)
        for collection, ids in wanted.items():
            query = sa.select(records).where(records.c.collection == collection,
                                             records.c.id.in_(sorted(ids)))
            if is_postgres(self.conn):
                query = query.with_for_update()
            for row in self.conn.execute(query):
                data = json.loads(row.data)
                self.pending[(collection, row.id)] = _Pending(
                    collection, row.id, row.org, data, json.loads(row.versions), True,
                    row.org, row.deleted, row.created_at,
                    old_also=tuple(shared_with(data)))
            for record_id in ids:
                self.pending.setdefault((collection, record_id), None)  # type: ignore[arg-type]
        self._load_chains([(m.collection, m.record_id) for m in mutations])

    def _load_chains(self, keys: list[tuple[str, str]]) -> None:
        wanted = {k for k in keys if k not in self.chains}
        if not wanted:
            return
        by_collection: dict[str, list[str]] = {}
        for key in wanted:
            self.chains[key] = []
            self.received[key] = []
            by_collection.setdefault(key[0], []).append(key[1])
        for collection, ids in by_collection.items():
            # By collection too, or the (collection, record_id, seq) index goes unused and
            # every push reads the whole history of the server.
            rows = self.conn.execute(
                sa.select(events.c.record_id, events.c.n, events.c.hash, events.c.seq)
                .where(events.c.collection == collection, events.c.record_id.in_(sorted(ids)))
                .order_by(events.c.n)).all()
            for row in rows:
                hashes = self.chains[(collection, row.record_id)]
                if row.n == len(hashes) + 1:
                    hashes.append(row.hash)
                    self.received[(collection, row.record_id)].append(int(row.seq))

    def _chain_problem(self, m: WireMutation) -> str | None:
        """Whether the history the device holds (its claim) is the server's, as far as the
        device has pulled: a prefix of the server's chain that holds at least every event
        the device's cursor says it received. No claim counts as an empty history."""
        key = (m.collection, m.record_id)
        self._load_chains([key])
        hashes = self.chains[key]
        n, digits = chain.parse_claim(m.chain) if m.chain else (0, "")
        if n == 0:
            expected = chain.genesis(*key)
        elif n <= len(hashes):
            expected = hashes[n - 1]
        else:
            expected = ""
        received = sum(1 for seq in self.received[key]
                       if self.cursor is not None and seq <= self.cursor)
        if (not m.chain or expected[:chain.CLAIM_DIGITS] == digits) and n >= received:
            return None
        return ("the history of this record on your device does not match the server's: it "
                "was changed outside Daftar. Your edit is kept; run 'daftar case verify' and "
                "ask your administrator")

    def _load(self, collection: str, record_id: str) -> _Pending | None:
        key = (collection, record_id)
        if key in self.pending:
            return self.pending[key]  # None: preloaded and not there
        query = sa.select(records).where(records.c.collection == collection,
                                         records.c.id == record_id)
        if is_postgres(self.conn):
            query = query.with_for_update()
        row = self.conn.execute(query).first()
        if row is None:
            return None
        data = json.loads(row.data)
        state = _Pending(collection, record_id, row.org, data, json.loads(row.versions),
                         True, row.org, row.deleted, row.created_at,
                         old_also=tuple(shared_with(data)))
        self.pending[key] = state
        return state

    # --- one mutation -----------------------------------------------------------------

    def apply(self, m: WireMutation) -> Ack:
        record = self._load(m.collection, m.record_id)
        before = dict(record.data) if record and not record.deleted else None
        shared = record is not None and not self.user.sees(record.org)
        if shared and not sees_record(self.user, record.org, shared_with(record.data)):
            return self._reject(m, "this record is outside your organisation's scope")
        if record is not None:
            reason = self._chain_problem(m)
            if reason:
                return self._reject(m, reason)
        org = m.changes.get(ORG_FIELD, record.org if record else None)
        moved = record is None or org != record.org
        reason = self._org_problem(org, moved=moved, shared=shared and not moved) or \
            self._also_problem(m, record)
        if reason:
            return self._reject(m, reason)
        if m.kind == "command" and m.collection == CONFLICTS:
            return self._resolve_conflict(m, record)
        if m.kind == "command":
            expected = (m.command or {}).get("expected_state")
            current = (before or {}).get("_state")
            if before is None or current != expected:
                return self._reject(m, f"the case is now {current or 'gone'}, not {expected}: "
                                       "someone acted on it first")
        after = dict(before or {})
        after.update(m.changes)
        if m.kind == "delete":
            after = {}
        reason = self.policy.check(self.user, m.collection, before, m, after)
        if reason:
            return self._reject(m, reason)
        effects, reason = self._plan_effects(m, before, after)
        if reason:
            return self._reject(m, reason)
        if m.collection == numbers.JOURNAL:
            reason = numbers.check_entry(self.conn, self.client_id, m, before, after)
            if reason:
                return self._reject(m, reason)

        if record is None:
            record = _Pending(m.collection, m.record_id, org, {}, {}, False, None,
                              created_at=now_iso())
            self.pending[(m.collection, m.record_id)] = record
        old_values = {k: record.data.get(k) for k in m.changes}
        conflicts: list[str] = []
        applied: dict[str, Any] = {}
        system = m.kind == "command"
        for name, value in m.changes.items():
            seen = m.base.get(name, 0)
            version = record.versions.get(name)
            current_seq, writer = (version if version else (0, None))
            changed_since = writer not in (None, self.client_id) and (
                current_seq is None or current_seq > seen)
            if not changed_since or record.data.get(name) == value or \
                    (system and name.startswith("_")):
                applied[name] = value
            else:
                conflicts.append(self._conflict(record, name, seen, value))
        for name, value in applied.items():
            record.set(name, value, self.client_id)
        if m.kind == "delete":
            record.deleted = True
        elif record.deleted and m.kind == "put":
            record.deleted = False
        record.org = record.data.get(ORG_FIELD, record.org)
        record.events.append(self._event(m, old_values, applied))
        self._apply_effects(m, effects)
        return Ack(m.id, "conflict" if conflicts else "applied", conflicts=conflicts,
                   collection=m.collection, record_id=m.record_id)

    def _plan_effects(self, m: WireMutation, before: dict[str, Any] | None,
                      after: dict[str, Any]) -> tuple[list[tuple[_Pending, dict[str, Any]]],
                                                       str | None]:
        """What the domain says a command does to other records (the student moved to the
        receiving school when the exit order is issued), each target checked first."""
        effects = getattr(self.policy, "effects", None)
        if effects is None or m.kind != "command":
            return [], None
        plan = []
        for collection, record_id, changes in effects(self.user, m.collection, before, m,
                                                      after):
            target = self._load(collection, record_id)
            if target is None or target.deleted or not self.user.sees(target.org):
                return [], f"the {collection} {record_id} is gone or outside your scope"
            new_org = changes.get(ORG_FIELD, target.org)
            if new_org != target.org and not self._org_exists(new_org):
                return [], f"there is no organisation {new_org}"
            plan.append((target, dict(changes)))
        return plan, None

    def _apply_effects(self, m: WireMutation,
                       plan: list[tuple[_Pending, dict[str, Any]]]) -> None:
        for i, (target, changes) in enumerate(plan):
            old = {k: target.data.get(k) for k in changes}
            for name, value in changes.items():
                target.set(name, value, self.client_id)
            target.org = target.data.get(ORG_FIELD, target.org)
            edit = WireMutation(m.id, target.collection, target.id, "patch", changes, {},
                                None, m.hlc)
            kind = "moved" if ORG_FIELD in changes else "edited"
            target.events.append(self._event(edit, old, changes, kind=kind,
                                             origin_suffix=f":effect{i}"))

    def _also_problem(self, m: WireMutation, record: _Pending | None) -> str | None:
        if ALSO_FIELD not in m.changes:
            return None
        reason = also_problem(m.changes[ALSO_FIELD])
        if reason:
            return reason
        known = set(shared_with(record.data)) if record else set()
        for org in m.changes[ALSO_FIELD] or []:
            if org not in known and not self._org_exists(org):
                return f"there is no organisation {org}"
        return None

    def _org_problem(self, org: Any, *, moved: bool, shared: bool = False) -> str | None:
        if not isinstance(org, str) or not ORG_PATH.match(org) or len(org) > 255:
            return "a record needs its organisation (_org), written like uz.jizzakh.dec_3"
        if not shared and not self.user.sees(org):
            return f"{org} is outside your organisation's scope"
        if moved and not self._org_exists(org):
            return f"there is no organisation {org}"
        return None

    def _org_exists(self, org: str) -> bool:
        return self.conn.execute(sa.select(orgs.c.path).where(orgs.c.path == org)
                                 ).first() is not None

    def _conflict(self, record: _Pending, name: str, seen: int, incoming: Any) -> str:
        conflict_id = uuid7()
        theirs_writer = (record.versions.get(name) or [None, None])[1]
        data = {
            ORG_FIELD: record.org, ALSO_FIELD: record.data.get(ALSO_FIELD),
            "record_collection": record.collection,
            "record_id": record.id, "field": name, "base_version": seen,
            "server_value": record.data.get(name), "server_client": theirs_writer,
            "incoming_value": incoming, "incoming_client": self.client_id,
            "incoming_by": self.user.name, "status": "open", "created_at": now_iso(),
        }
        if data[ALSO_FIELD] is None:  # shared cases' conflicts are seen where the case is
            del data[ALSO_FIELD]
        self.pending[(CONFLICTS, conflict_id)] = _Pending(
            CONFLICTS, conflict_id, record.org, data,
            {k: [None, "server"] for k in data}, False, None, created_at=now_iso())
        return conflict_id

    def _resolve_conflict(self, m: WireMutation, conflict: _Pending | None) -> Ack:
        ack = self._resolve(m, conflict)
        if ack.status == "rejected" and conflict is not None:
            # The client showed its choice on the case too: send the case back as it stands.
            ack.also = (conflict.data.get("record_collection", ""),
                        conflict.data.get("record_id", ""))
        return ack

    def _resolve(self, m: WireMutation, conflict: _Pending | None) -> Ack:
        if conflict is None or conflict.data.get("status") != "open":
            return self._reject(m, "this conflict was already resolved")
        command = m.command or {}
        keep = command.get("keep")
        if keep == "server":
            value = conflict.data.get("server_value")
        elif keep == "incoming":
            value = conflict.data.get("incoming_value")
        elif keep == "value":
            value = command.get("value")
        else:
            return self._reject(m, "keep must be server, incoming or value")
        target = self._load(conflict.data["record_collection"], conflict.data["record_id"])
        if target is None or target.deleted or not sees_record(
                self.user, target.org, shared_with(target.data)):
            return self._reject(m, "the record of this conflict is gone or outside your scope")
        name = conflict.data["field"]
        # The chosen value is an edit like any other: the same checks apply.
        if name == ORG_FIELD:
            reason = self._org_problem(value, moved=value != target.org)
            if reason:
                return self._reject(m, reason)
        edit = WireMutation(m.id, target.collection, target.id, "patch", {name: value}, {},
                            None, m.hlc)
        reason = self.policy.check(self.user, target.collection, dict(target.data), edit,
                                   {**target.data, name: value})
        if reason:
            return self._reject(m, reason)
        old = target.data.get(name)
        target.set(name, value, self.client_id)
        if name == ORG_FIELD:
            target.org = value  # a move: the feed records the exit from the old scope
        target.events.append(self._event(m, {name: old}, {name: value}, kind="resolved",
                                         origin_suffix=":field"))
        conflict.data.update(status="resolved", resolution=keep, resolved_by=self.user.name,
                             resolved_value=value)
        for key in ("status", "resolution", "resolved_by", "resolved_value"):
            conflict.versions[key] = [None, self.client_id]
        conflict.events.append(self._event(m, {}, {}, kind="resolved"))
        return Ack(m.id, "applied")

    def _event(self, m: WireMutation, old: dict[str, Any], applied: dict[str, Any], *,
               kind: str | None = None, origin_suffix: str = "") -> dict[str, Any]:
        try:
            stamp = hlc.Timestamp.parse(m.hlc)
            if stamp.wall_ms > self.clock.wall_ms + FUTURE_SLACK_MS:
                stamp = hlc.Timestamp(self.clock.wall_ms, stamp.counter, stamp.node)
        except ValueError:
            stamp = self.clock
        if m.kind == "command" and m.collection != CONFLICTS:
            command = m.command or {}
            detail: dict[str, Any] = {"action": command.get("action"),
                                      "from": command.get("expected_state"),
                                      "to": command.get("to")}
            kind = kind or "action"
        else:
            detail = {}
            kind = kind or {"put": "created", "patch": "edited", "delete": "deleted"}.get(
                m.kind, m.kind)
        changes = {k: [old.get(k), v] for k, v in applied.items() if old.get(k) != v}
        if kind == "created":
            # The values are the record's own; a later edit's event keeps what it replaced.
            detail["fields"] = sorted(changes)
        elif changes:
            detail["changes"] = changes
        return {"origin": f"{self.client_id}:{m.id}{origin_suffix}", "at": now_iso(),
                "hlc": str(stamp), "actor": self.user.name, "device": self.client_id,
                "kind": kind, "detail": dumps(detail)}

    def _reject(self, m: WireMutation, reason: str) -> Ack:
        self.conn.execute(rejections.insert().values(
            client_id=self.client_id, mutation_id=m.id, collection=m.collection,
            record_id=m.record_id, reason=reason, mutation=dumps(m.to_json()), at=now_iso()))
        return Ack(m.id, "rejected", reason=reason, collection=m.collection,
                   record_id=m.record_id)

    # --- writing ----------------------------------------------------------------------

    def write(self) -> None:
        """Give every changed record its feed number and write it, in bulk; call last.

        The feed counter's row stays locked from here to the commit, so this is kept short:
        everything else was worked out before.
        """
        changed = [p for p in self.pending.values() if p is not None and (
            p.events or any(v[0] is None for v in p.versions.values()))]
        # A removal for every organisation that no longer sees a record (a move, or a case
        # no longer shared with it), each with its own feed number.
        gone = [(p, org) for p in changed for org in p.left()]
        if not changed:
            return
        first = allocate_seqs(self.conn, len(changed) + len(gone))
        now = now_iso()
        inserts, updates, new_events = [], [], []
        for offset, record in enumerate(changed):
            seq = first + offset
            versions = {k: [seq if v[0] is None else v[0], v[1]]
                        for k, v in record.versions.items()}
            values = {"org": record.org, "also": also_column(record.data),
                      "data": dumps(record.data),
                      "versions": dumps(versions), "deleted": record.deleted, "seq": seq,
                      "updated_at": now}
            if record.exists:
                updates.append({"k_collection": record.collection, "k_id": record.id,
                                **values})
            else:
                inserts.append({"collection": record.collection, "id": record.id,
                                "created_at": record.created_at or now, **values})
            new_events += self._chained(record, seq)
        if inserts:
            self.conn.execute(records.insert(), inserts)
        if updates:
            self.conn.execute(
                records.update().where(records.c.collection == sa.bindparam("k_collection"),
                                       records.c.id == sa.bindparam("k_id")), updates)
        if new_events:
            self.conn.execute(events.insert(), new_events)
        if gone:
            self.conn.execute(exits.insert(), [
                {"seq": first + len(changed) + offset, "collection": record.collection,
                 "record_id": record.id, "old_org": org}
                for offset, (record, org) in enumerate(gone)])


    def _chained(self, record: _Pending, seq: int) -> list[dict[str, Any]]:
        """The record's new events, numbered and linked after its stored chain."""
        if not record.events:
            return []
        key = (record.collection, record.id)
        if record.exists:
            self._load_chains([key])
        hashes = self.chains.setdefault(key, [])
        out = []
        for event in record.events:
            n = len(hashes) + 1
            previous = hashes[-1] if hashes else chain.genesis(*key)
            hashes.append(chain.link(previous, n, event))
            out.append({"seq": seq, "collection": record.collection, "record_id": record.id,
                        **event, "n": n, "hash": hashes[-1]})
        return out


def _current(conn: Connection, user: ServerUser, collection: str, record_id: str
             ) -> dict[str, Any]:
    row = conn.execute(sa.select(records).where(records.c.collection == collection,
                                                records.c.id == record_id)).first()
    if row is None or row.deleted or not sees_record(user, row.org, shared_with(
            json.loads(row.data))):
        return {"removed": True}
    versions = {k: int(v[0]) for k, v in json.loads(row.versions).items()}
    return {"data": json.loads(row.data), "versions": versions, "org": row.org}


def _replayed(conn: Connection, client_id: str, m: WireMutation) -> Ack:
    """The verdict on a mutation seen before: a refusal is told again (its first answer may
    have been lost on the way), anything else is a duplicate to skip."""
    reason = conn.execute(sa.select(rejections.c.reason).where(
        rejections.c.client_id == client_id, rejections.c.mutation_id == m.id)).scalar()
    if reason is None:
        return Ack(m.id, "duplicate")
    return Ack(m.id, "rejected", reason=reason, collection=m.collection, record_id=m.record_id)


def push(conn: Connection, user: ServerUser, client_id: str,
         mutations: tuple[WireMutation, ...], policy: Policy,
         server_clock: hlc.Timestamp, cursor: int | None = None) -> tuple[list[Ack], int]:
    """Apply a client's mutations in one transaction; returns acks and its ledger position.

    ``cursor`` is how far the client has pulled the feed (checks its history claims)."""
    query = sa.select(clients).where(clients.c.client_id == client_id)
    if is_postgres(conn):
        query = query.with_for_update()
    row = conn.execute(query).first()
    if row is None or row.user_id != user.id:
        raise AuthError(403, "this client id is not registered to you; sign in on this "
                             "device again")
    last = int(row.last_mutation_id)
    batch = Batch(conn, user, client_id, policy, server_clock, cursor)
    batch.preload(tuple(m for m in mutations if m.id > last))
    acks: list[Ack] = []
    for m in mutations:
        if m.id <= last:
            acks.append(_replayed(conn, client_id, m))
            continue
        if m.id != last + 1:
            raise GapError(409, f"mutation {last + 1} never arrived (got {m.id}); the client "
                                "must send its outbox from there")
        acks.append(batch.apply(m))
        last = m.id
    if last != row.last_mutation_id:
        conn.execute(clients.update().where(clients.c.client_id == client_id)
                     .values(last_mutation_id=last))
    batch.write()
    for ack in acks:
        if ack.status in ("rejected", "conflict"):
            ack.record = _current(conn, user, ack.collection, ack.record_id)
        if ack.also is not None:
            ack.also_record = _current(conn, user, *ack.also)
    return acks, last
