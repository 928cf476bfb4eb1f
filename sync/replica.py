"""The local replica: one SQLite file per profile holding records, outbox, cursor, history.

Sync invariant 1 lives here: a local edit writes the record, its history event and its outbox
mutation in one transaction (:meth:`Transaction.edit`), so after a crash at any moment the
three are either all present or all absent.

The replica knows nothing of cases: a record is a set of named fields in a collection. The
application passes a :class:`Headline` with each edit — a few denormalised columns (type,
status, organisation, title, due date, search text) so that lists, filters and full-text search
over 100,000 records stay fast without parsing JSON.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import os
import sqlite3
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sync import SCHEMA_VERSION, chain, hlc
from sync.ids import uuid7
from sync.migrations import MIGRATIONS, apply_migrations
from sync.protocol import WireMutation

PAGE_SIZE = 8192


class ReplicaError(Exception):
    """The replica cannot be opened or used; the message says what to do."""


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Headline:
    """Denormalised columns the application computes for listing and searching a record."""

    type: str | None = None
    status: str | None = None
    org: str | None = None
    title: str | None = None
    due_at: str | None = None
    search_text: str = ""


@dataclass
class Record:
    collection: str
    id: str
    data: dict[str, Any]
    versions: dict[str, int]
    headline: Headline
    created_at: str
    updated_at: str
    deleted: bool = False
    rid: int = 0


@dataclass
class Event:
    """One entry of a record's history: who, when, on which device, what."""

    at: str
    hlc: str
    actor: str
    device: str
    kind: str
    detail: dict[str, Any] = field(default_factory=dict)
    mutation_id: int | None = None
    n: int | None = None  # its place in the server's chain; None until the server has it


@dataclass
class Mutation:
    mutation_id: int
    collection: str
    record_id: str
    kind: str
    changes: dict[str, Any]
    base: dict[str, int]
    command: dict[str, Any] | None
    hlc: str
    schema_version: int
    created_at: str
    chain: str | None = None  # the record's history as held here (sync/chain.py)

    def to_wire(self) -> WireMutation:
        return WireMutation(self.mutation_id, self.collection, self.record_id, self.kind,
                            self.changes, self.base, self.command, self.hlc, self.chain)


_RECORD_COLUMNS = (
    "rid, collection, id, type, status, org, title, due_at, search_text, data, versions, "
    "deleted, created_at, updated_at"
)


def _record(row: tuple) -> Record:
    (rid, collection, rec_id, typ, status, org, title, due_at, search_text, data, versions,
     deleted, created_at, updated_at) = row
    return Record(
        collection=collection,
        id=rec_id,
        data=json.loads(data),
        versions=json.loads(versions),
        headline=Headline(typ, status, org, title, due_at, search_text),
        created_at=created_at,
        updated_at=updated_at,
        deleted=bool(deleted),
        rid=rid,
    )


class Replica:
    """A profile's local database. Open with :meth:`open`; write through :meth:`write`.

    One connection, guarded by a lock, so that one background worker (or the command line)
    owns it; readers in other processes see consistent snapshots thanks to WAL.
    """

    FILE_NAME = "replica.sqlite3"

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._lock = threading.RLock()
        self.client_id = ""
        self.checked_on_open: str | None = None
        self._marker: Path | None = None

    @property
    def db(self) -> Any:
        """The connection as a ``sqlite_utils.Database``, for inspection and export.

        Imported on first use: the client starts ~80 ms sooner without it.
        """
        import sqlite_utils

        return sqlite_utils.Database(self._conn)

    # --- opening ---------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, check: str = "auto") -> Replica:
        """Open (creating and migrating if needed) the replica at ``path``.

        ``check`` is ``"full"`` (PRAGMA integrity_check), ``"quick"`` (PRAGMA quick_check),
        ``"none"``, or ``"auto"``: a quick check when a process that had the replica open
        ended without closing it (a crash, a power cut, a kill), when it was never checked,
        or when the last check is older than a week. Reading 700 MB on every start of an
        old PC would cost seconds; a check after an unclean end is what matters. A damaged
        file is never modified: opening fails with a message naming the file and what to do.
        """
        path = Path(path)
        if path.is_dir():
            path = path / cls.FILE_NAME
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            new = not path.exists()
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                                   timeout=30)
            if new:
                # Records of ~2 KB fill 4 KB pages badly (over a third of each page left empty).
                conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            unclean = _markers_of_ended_processes(path)
            if check == "auto":
                check = "quick" if unclean or _check_due(conn) else "none"
            if check != "none":
                pragma = "integrity_check" if check == "full" else "quick_check"
                problems = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
                if problems != ["ok"]:
                    conn.close()
                    raise ReplicaError(
                        f"the replica {path} is damaged ({'; '.join(problems[:3])}). "
                        "Nothing was changed. Keep a copy of the file and run "
                        "'daftar selftest'; ask your administrator to recover it."
                    )
        except sqlite3.DatabaseError as exc:
            raise ReplicaError(f"cannot open the replica {path}: {exc}") from exc
        replica = cls(path, conn)
        replica._migrate()
        replica.checked_on_open = None if check == "none" else check
        if replica.checked_on_open:
            replica.set_meta("last_integrity_check", utc_now())
        for marker in unclean:
            marker.unlink(missing_ok=True)
        replica._marker = _open_marker(path)
        return replica

    def _migrate(self) -> None:
        with self._lock:
            apply_migrations(self._conn, MIGRATIONS)
            if not self.meta("client_id"):
                with self._transaction():
                    self._set_meta("client_id", uuid7())
                    self._set_meta("created_at", utc_now())
            self.client_id = self.meta("client_id") or ""

    def close(self) -> None:
        with self._lock:
            self._conn.close()
            if self._marker is not None:
                self._marker.unlink(missing_ok=True)
                self._marker = None

    def __enter__(self) -> Replica:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- meta ------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def meta_json(self, key: str) -> Any:
        text = self.meta(key)
        return json.loads(text) if text is not None else None

    def set_meta(self, key: str, value: str) -> None:
        with self._transaction():
            self._set_meta(key, value)

    def _set_meta(self, key: str, value: str) -> None:
        self._conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # --- transactions ----------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")

    @contextmanager
    def write(self) -> Iterator[Transaction]:
        """One write transaction: everything in it lands together or not at all."""
        with self._transaction() as conn:
            yield Transaction(self, conn)

    # --- reads -----------------------------------------------------------------------

    def get(self, collection: str, record_id: str) -> Record | None:
        with self._lock:
            return _get(self._conn, collection, record_id)

    def ids_with_prefix(self, collection: str, prefix: str, limit: int = 2) -> list[str]:
        """Record ids starting with ``prefix`` (so people can type a short id)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT id FROM records WHERE collection = ? AND id >= ? AND id < ? "
                "ORDER BY id LIMIT ?",
                (collection, prefix, prefix + "\uffff", limit),
            ).fetchall()
        return [r[0] for r in rows]

    def list(self, collection: str, *, type: str | None = None, status: str | None = None,
             org_prefix: str | None = None, search: str | None = None,
             due_before: str | None = None, kinds: Sequence[tuple[str, str]] | None = None,
             order: str = "updated", limit: int = 100, offset: int = 0) -> list[Record]:
        """Records of a collection, newest first (or by due date), optionally filtered.

        ``search`` is an FTS5 query built by the caller (see :func:`fts_prefix_query`);
        ``due_before`` keeps records with a due date before it; ``kinds`` keeps records whose
        (type, status) is one of the pairs (an inbox: the states where someone acts).
        """
        if kinds and order == "due" and type is None and status is None and search is None \
                and org_prefix is None and due_before is None:
            return self._by_due(collection, kinds, limit, offset)
        where = ["r.collection = ?", "r.deleted = 0"]
        params: list[Any] = [collection]
        if type is not None:
            where.append("r.type = ?")
            params.append(type)
        if status is not None:
            where.append("r.status = ?")
            params.append(status)
        if due_before is not None:
            where.append("r.due_at < ?")
            params.append(due_before)
        if kinds is not None:
            if not kinds:
                return []
            where.append("(" + " OR ".join(["(r.type = ? AND r.status = ?)"] * len(kinds)) + ")")
            params += [v for pair in kinds for v in pair]
        if org_prefix is not None:
            where.append("(r.org = ? OR r.org LIKE ? ESCAPE '\\')")
            params += [org_prefix, _like_prefix(org_prefix) + ".%"]
        source = "records r"
        if search:
            source = "records_fts f JOIN records r ON r.rid = f.rowid"
            where.insert(0, "records_fts MATCH ?")
            params.insert(0, search)
        order_sql = {
            # FTS5 yields matches in rowid order by itself: ordering by its rowid lets the
            # LIMIT stop the scan early instead of fetching and sorting every match.
            "updated": "f.rowid DESC" if search else "r.updated_at DESC",
            "-updated": "r.updated_at",
            "due": "r.due_at IS NULL, r.due_at",
            "-due": "r.due_at IS NULL, r.due_at DESC",
            "created": "r.rid",
            "title": "r.title COLLATE NOCASE, r.rid",
            "-title": "r.title COLLATE NOCASE DESC, r.rid DESC",
            "type": "r.type, r.updated_at DESC",
            "-type": "r.type DESC, r.updated_at DESC",
            "status": "r.status, r.due_at IS NULL, r.due_at",
            "-status": "r.status DESC, r.due_at IS NULL, r.due_at",
        }.get(order)
        if order_sql is None:
            raise ReplicaError(f"cannot order records by {order!r}")
        sql = (f"SELECT {', '.join('r.' + c.strip() for c in _RECORD_COLUMNS.split(','))} "
               f"FROM {source} WHERE {' AND '.join(where)} ORDER BY {order_sql} "
               "LIMIT ? OFFSET ?")
        with self._lock:
            try:
                rows = self._conn.execute(sql, [*params, limit, offset]).fetchall()
            except sqlite3.OperationalError as exc:
                if search and "fts5" in str(exc).lower():
                    raise ReplicaError(f"cannot search for {search!r}: {exc}") from exc
                raise
        return [_record(r) for r in rows]

    def _by_due(self, collection: str, kinds: Sequence[tuple[str, str]], limit: int,
                offset: int) -> list[Record]:
        """Records of the (type, status) pairs, soonest due first, undated last.

        One OR over the pairs makes SQLite read and sort every record of the collection;
        per status, the (collection, status, due_at) index yields the dated ones in order
        and the undated ones at once, so each branch stops after ``limit + offset`` rows.
        """
        types_of: dict[str, list[str]] = {}
        for kind, state in kinds:
            types_of.setdefault(state, []).append(kind)
        columns = ", ".join("r." + c.strip() for c in _RECORD_COLUMNS.split(","))
        branches, params = [], []
        for state, types in types_of.items():
            for dated in (True, False):
                branches.append(
                    f"SELECT * FROM (SELECT {columns} FROM records r INDEXED BY records_by_status"
                    " WHERE r.collection = ? AND r.status = ? AND r.deleted = 0"
                    f" AND r.type IN ({', '.join('?' * len(types))})"
                    f" AND r.due_at IS {'NOT NULL ORDER BY r.due_at' if dated else 'NULL'}"
                    " LIMIT ?)")
                params += [collection, state, *types, limit + offset]
        sql = (f"SELECT * FROM ({' UNION ALL '.join(branches)}) "
               "ORDER BY due_at IS NULL, due_at, rid LIMIT ? OFFSET ?")
        with self._lock:
            rows = self._conn.execute(sql, [*params, limit, offset]).fetchall()
        return [_record(r) for r in rows]

    def count(self, collection: str) -> int:
        with self._lock:
            return self._conn.execute(
                "SELECT count(*) FROM records WHERE collection = ? AND deleted = 0",
                (collection,),
            ).fetchone()[0]

    def events(self, collection: str, record_id: str) -> list[Event]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT e.at, e.hlc, e.actor, e.device, e.kind, e.detail, e.mutation_id, e.n "
                "FROM events e JOIN records r ON r.rid = e.record_rid "
                "WHERE r.collection = ? AND r.id = ? ORDER BY e.hlc, e.eid",
                (collection, record_id),
            ).fetchall()
        return [Event(at, h, actor, dev, kind, json.loads(detail), mid, n)
                for at, h, actor, dev, kind, detail, mid, n in rows]

    def chain_check(self, collection: str, record_id: str) -> chain.ChainCheck:
        """Recompute the record's history chain from the events stored here."""
        with self._lock:
            return _chain_check(self._conn, collection, record_id)

    @property
    def cursor(self) -> int:
        """The server sequence number up to which changes have been pulled and applied."""
        return int(self.meta("pull_cursor") or 0)

    def pending_mutations(self, limit: int = 1000) -> list[Mutation]:
        """Outbox mutations not yet acknowledged by the server, in order."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT mutation_id, collection, record_id, kind, changes, base, command, hlc, "
                "schema_version, created_at FROM outbox ORDER BY mutation_id LIMIT ?",
                (limit,),
            ).fetchall()
            # What the device holds of each record's history, recomputed (not the stored
            # hashes): the server refuses an edit of a record whose history was altered here.
            claims: dict[tuple[str, str], str | None] = {}
            for row in rows:
                key = (row[1], row[2])
                if key not in claims:
                    found = _chain_check(self._conn, *key)
                    claims[key] = found.claim if found.events or found.unnumbered else None
        return [
            Mutation(mid, coll, rid, kind, json.loads(ch), json.loads(base),
                     json.loads(cmd) if cmd else None, h, sv, created, claims[(coll, rid)])
            for mid, coll, rid, kind, ch, base, cmd, h, sv, created in rows
        ]

    def rejected(self) -> list[dict[str, Any]]:
        """Mutations the server refused, newest first, with the reason."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT mutation_id, collection, record_id, kind, changes, command, reason, "
                "created_at, rejected_at FROM rejected ORDER BY mutation_id DESC").fetchall()
        return [{"mutation_id": r[0], "collection": r[1], "record_id": r[2], "kind": r[3],
                 "changes": json.loads(r[4]), "command": _loads(r[5]), "reason": r[6],
                 "created_at": r[7], "rejected_at": r[8]} for r in rows]

    def queued_blobs(self) -> list[tuple[str, int]]:
        with self._lock:
            return [(r[0], r[1]) for r in self._conn.execute(
                "SELECT sha256, size FROM blob_queue ORDER BY queued_at")]

    def blob_uploaded(self, sha256: str) -> None:
        with self._transaction() as conn:
            conn.execute("DELETE FROM blob_queue WHERE sha256 = ?", (sha256,))

    def pending_count(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT count(*) FROM outbox").fetchone()[0]

    def integrity_check(self) -> list[str]:
        """Full PRAGMA integrity_check plus the FTS index check; ['ok'] when healthy."""
        with self._lock:
            problems = [r[0] for r in self._conn.execute("PRAGMA integrity_check")]
            try:
                self._conn.execute(
                    "INSERT INTO records_fts(records_fts, rank) VALUES ('integrity-check', 1)"
                )
            except sqlite3.DatabaseError as exc:
                problems = [p for p in problems if p != "ok"] + [f"search index: {exc}"]
            fk = self._conn.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                problems = [p for p in problems if p != "ok"] + [
                    f"{len(fk)} rows break foreign keys"
                ]
        return problems


class Transaction:
    """Writes inside one replica transaction (see :meth:`Replica.write`)."""

    def __init__(self, replica: Replica, conn: sqlite3.Connection) -> None:
        self.replica = replica
        self._conn = conn

    def get(self, collection: str, record_id: str) -> Record | None:
        return _get(self._conn, collection, record_id)

    def set_meta(self, key: str, value: str) -> None:
        self.replica._set_meta(key, value)

    def set_cursor(self, seq: int) -> None:
        """Record the pulled position, in the same transaction as the page it applied."""
        if seq < self.replica.cursor:
            raise ReplicaError(f"the sync cursor cannot go back from {self.replica.cursor} "
                               f"to {seq}")
        self.replica._set_meta("pull_cursor", str(seq))

    def _next_hlc(self) -> str:
        last_text = self.replica.meta("hlc")
        last = hlc.Timestamp.parse(last_text) if last_text else None
        now = hlc.tick(last, self.replica.client_id[-12:])
        self.replica._set_meta("hlc", str(now))
        return str(now)

    def _next_mutation_id(self) -> int:
        top = self._conn.execute("SELECT max(mutation_id) FROM outbox").fetchone()[0] or 0
        acked = int(self.replica.meta("acked_mutation_id") or 0)
        return max(top, acked) + 1

    def edit(self, collection: str, record_id: str, changes: Mapping[str, Any],
             headline: Headline, *, actor: str, device: str, event_kind: str,
             event_detail: Mapping[str, Any] | None = None,
             command: Mapping[str, Any] | None = None, create: bool = False) -> int:
        """Apply a local edit: the record, its history event and its outbox mutation.

        ``changes`` maps field names to new values (``None`` clears a field). With
        ``command`` the mutation is a workflow command the server re-checks. Returns the
        mutation id. Raises :class:`ReplicaError` when ``create`` does not match whether
        the record exists.
        """
        now = utc_now()
        stamp = self._next_hlc()
        current = _get(self._conn, collection, record_id)
        if create and current is not None:
            raise ReplicaError(f"{collection} {record_id} already exists")
        if not create and current is None:
            raise ReplicaError(f"there is no {collection} {record_id} in this replica")
        old = current.data if current else {}
        data = dict(old)
        for name, value in changes.items():
            if value is None:
                data.pop(name, None)
            else:
                data[name] = value
        changed = {k: v for k, v in changes.items() if old.get(k) != v}
        versions = current.versions if current else {}
        base = {k: versions.get(k, 0) for k in changes}
        if current is None:
            rid = self._conn.execute(
                "INSERT INTO records (collection, id, type, status, org, title, due_at, "
                "search_text, data, versions, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?)",
                (collection, record_id, headline.type, headline.status, headline.org,
                 headline.title, headline.due_at, headline.search_text, dumps(data), now, now),
            ).lastrowid
        else:
            rid = current.rid
            self._conn.execute(
                "UPDATE records SET type = ?, status = ?, org = ?, title = ?, due_at = ?, "
                "search_text = ?, data = ?, updated_at = ? WHERE rid = ?",
                (headline.type, headline.status, headline.org, headline.title,
                 headline.due_at, headline.search_text, dumps(data), now, rid),
            )
        for sha256, size in blob_refs(changes.values()):
            self._conn.execute("INSERT OR IGNORE INTO blob_queue (sha256, size, queued_at) "
                               "VALUES (?, ?, ?)", (sha256, size, now))
        mutation_id = self._next_mutation_id()
        kind = "command" if command else ("put" if current is None else "patch")
        self._conn.execute(
            "INSERT INTO outbox (mutation_id, collection, record_id, kind, changes, base, "
            "command, hlc, schema_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (mutation_id, collection, record_id, kind, dumps(dict(changes)), dumps(base),
             dumps(dict(command)) if command else None, stamp, SCHEMA_VERSION, now),
        )
        detail = dict(event_detail or {})
        if current is None:
            # The values themselves are in the record and, until acknowledged, the outbox;
            # a later edit's event keeps the value it replaced, so nothing is lost.
            detail["fields"] = sorted(changed)
        elif changed:
            detail["changes"] = {k: [old.get(k), v] for k, v in changed.items()}
        # A local event's origin is this replica's client id and its mutation id; it is not
        # stored (it would cost ~100 bytes an edit), and its echo from the server is skipped
        # by that prefix in apply_remote.
        self._conn.execute(
            "INSERT INTO events (record_rid, at, hlc, actor, device, kind, detail, mutation_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (rid, now, stamp, actor, device, event_kind, dumps(detail), mutation_id),
        )
        return mutation_id

    # --- applying a sync round ---------------------------------------------------------

    def acknowledge(self, last_mutation_id: int, rejected: Mapping[int, str]) -> None:
        """The server has applied everything up to ``last_mutation_id``; drop those from
        the outbox, keeping the ones it refused (with the reason) for their author."""
        now = utc_now()
        for mutation_id, reason in rejected.items():
            self._conn.execute(
                "INSERT OR REPLACE INTO rejected (mutation_id, collection, record_id, kind, "
                "changes, command, reason, created_at, rejected_at) "
                "SELECT mutation_id, collection, record_id, kind, changes, command, ?, "
                "created_at, ? FROM outbox WHERE mutation_id = ?",
                (reason, now, mutation_id))
        self._conn.execute("DELETE FROM outbox WHERE mutation_id <= ?", (last_mutation_id,))
        if last_mutation_id > int(self.replica.meta("acked_mutation_id") or 0):
            self.replica._set_meta("acked_mutation_id", str(last_mutation_id))

    def pending_changes(self, collection: str, record_id: str) -> dict[str, Any]:
        """Local values not yet acknowledged by the server, folded in order."""
        folded: dict[str, Any] = {}
        for (changes,) in self._conn.execute(
                "SELECT changes FROM outbox WHERE collection = ? AND record_id = ? "
                "ORDER BY mutation_id", (collection, record_id)):
            folded.update(json.loads(changes))
        return folded

    def merged_remote(self, collection: str, record_id: str, delta: dict[str, Any],
                      versions: dict[str, int]) -> tuple[dict[str, Any], dict[str, int]]:
        """A delta from the server applied to what this replica has of the record."""
        current = _get(self._conn, collection, record_id)
        data = dict(current.data) if current else {}
        for name, value in delta.items():
            if value is None:
                data.pop(name, None)
            else:
                data[name] = value
        return data, {**(current.versions if current else {}), **versions}

    def apply_remote(self, collection: str, record_id: str, data: dict[str, Any],
                     versions: dict[str, int], headline: Headline, *, removed: bool,
                     events: list[dict[str, Any]] = ()) -> None:  # type: ignore[assignment]
        """Store the server's state of a record, keeping local edits not yet pushed.

        A removed record is quarantined (hidden, its data kept), never deleted: sync never
        destroys local data.
        """
        now = utc_now()
        pending = self.pending_changes(collection, record_id)
        merged = {**data, **pending}
        for name, value in pending.items():
            if value is None:
                merged.pop(name, None)
        current = _get(self._conn, collection, record_id)
        if current is None:
            if removed and not data:
                return
            rid = self._conn.execute(
                "INSERT INTO records (collection, id, type, status, org, title, due_at, "
                "search_text, data, versions, deleted, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (collection, record_id, headline.type, headline.status, headline.org,
                 headline.title, headline.due_at, headline.search_text, dumps(merged),
                 dumps(versions), int(removed), now, now)).lastrowid
        else:
            rid = current.rid
            if removed and not data:  # left this replica's scope: quarantine what we have
                self._conn.execute("UPDATE records SET deleted = 1, updated_at = ? "
                                   "WHERE rid = ?", (now, rid))
            else:
                self._conn.execute(
                    "UPDATE records SET type = ?, status = ?, org = ?, title = ?, due_at = ?, "
                    "search_text = ?, data = ?, versions = ?, deleted = ?, updated_at = ? "
                    "WHERE rid = ?",
                    (headline.type, headline.status, headline.org, headline.title,
                     headline.due_at, headline.search_text, dumps(merged), dumps(versions),
                     int(removed), now, rid))
        mine = f"{self.replica.client_id}:"
        for event in events:
            origin = event["origin"]
            n = event.get("n")
            link = self._link(rid, collection, record_id, n, event) if n else None
            values = (event["at"], event["hlc"], event["actor"], event["device"],
                      event["kind"], dumps(event.get("detail", {})), origin, n, link)
            # Our own edit: the history keeps the server's words for it (its time, the
            # values it replaced there), which is what the chain covers.
            if origin.startswith(mine) and origin[len(mine):].isdigit() and self._conn.execute(
                    "UPDATE events SET at = ?, hlc = ?, actor = ?, device = ?, kind = ?, "
                    "detail = ?, origin = ?, n = ?, hash = ? WHERE record_rid = ? AND "
                    "mutation_id = ?", (*values, rid, int(origin[len(mine):]))).rowcount:
                continue
            self._conn.execute(
                "INSERT INTO events (record_rid, at, hlc, actor, device, kind, detail, "
                "origin, n, hash, mutation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL) "
                "ON CONFLICT (origin) DO UPDATE SET n = excluded.n, hash = excluded.hash "
                "WHERE events.n IS NULL", (rid, *values))

    def _link(self, rid: int, collection: str, record_id: str, n: int,
              event: Mapping[str, Any]) -> str | None:
        """The chain's hash after event ``n``, from the stored hash of event ``n - 1``."""
        if n == 1:
            previous: str | None = chain.genesis(collection, record_id)
        else:
            row = self._conn.execute("SELECT hash FROM events WHERE record_rid = ? AND n = ?",
                                     (rid, n - 1)).fetchone()
            previous = row[0] if row else None
        return chain.link(previous, n, event) if previous else None

    def show_locally(self, collection: str, record_id: str, changes: Mapping[str, Any],
                     headline: Headline) -> None:
        """Show the effect a pending command will have on another record (no mutation of
        its own: the command carries it, and the server's answer replaces it)."""
        current = _get(self._conn, collection, record_id)
        if current is None:
            return
        data = {**current.data, **changes}
        self._conn.execute("UPDATE records SET data = ?, title = ?, search_text = ?, "
                           "updated_at = ? WHERE rid = ?",
                           (dumps(data), headline.title, headline.search_text, utc_now(),
                            current.rid))

    def receive_clock(self, remote: str) -> None:
        """Move the local clock past the server's (never backwards)."""
        last_text = self.replica.meta("hlc")
        last = hlc.Timestamp.parse(last_text) if last_text else None
        merged = hlc.receive(last, hlc.Timestamp.parse(remote), self.replica.client_id[-12:])
        self.replica._set_meta("hlc", str(merged))


def _chain_check(conn: sqlite3.Connection, collection: str, record_id: str
                 ) -> chain.ChainCheck:
    rows = conn.execute(
        "SELECT e.n, e.origin, e.at, e.hlc, e.actor, e.device, e.kind, e.detail, e.hash "
        "FROM events e JOIN records r ON r.rid = e.record_rid "
        "WHERE r.collection = ? AND r.id = ? AND e.n IS NOT NULL ORDER BY e.n",
        (collection, record_id)).fetchall()
    keys = ("n", "origin", "at", "hlc", "actor", "device", "kind", "detail", "hash")
    found = chain.check(collection, record_id, [dict(zip(keys, row, strict=True))
                                                for row in rows])
    # An event that came from the server has its number; one without was edited here
    # (or has not been pulled again since the chain came: the next sync numbers it).
    (unnumbered,) = conn.execute(
        "SELECT count(*) FROM events e JOIN records r ON r.rid = e.record_rid "
        "WHERE r.collection = ? AND r.id = ? AND e.n IS NULL AND e.origin IS NOT NULL",
        (collection, record_id)).fetchone()
    if not unnumbered:
        return found
    problem = (f"{unnumbered} event(s) received from the server have no place in the "
               "history: they were altered here, or this copy was made before the chain "
               "and needs one sync")
    return dataclasses.replace(found, problems=(*found.problems, problem),
                               unnumbered=unnumbered)


def _get(conn: sqlite3.Connection, collection: str, record_id: str) -> Record | None:
    row = conn.execute(
        f"SELECT {_RECORD_COLUMNS} FROM records WHERE collection = ? AND id = ?",
        (collection, record_id),
    ).fetchone()
    return _record(row) if row else None


CHECK_EVERY = timedelta(days=7)
_open_count = itertools.count()


def _open_marker(path: Path) -> Path | None:
    """A file that exists while this process has the replica open (removed on close)."""
    marker = path.with_name(f"{path.name}.open-{os.getpid()}-{next(_open_count)}")
    try:
        marker.touch()
    except OSError:  # a read-only folder: the check after a crash is then skipped
        return None
    return marker


def _markers_of_ended_processes(path: Path) -> list[Path]:
    ended = []
    for marker in path.parent.glob(f"{path.name}.open-*"):
        pid = marker.name.rsplit(".open-", 1)[1].split("-")[0]
        if not pid.isdigit() or not _process_alive(int(pid)):
            ended.append(marker)
    return ended


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return False  # cannot tell cheaply: check, which is safe
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _check_due(conn: sqlite3.Connection) -> bool:
    try:
        row = conn.execute(
            "SELECT value FROM meta WHERE key = 'last_integrity_check'").fetchone()
    except sqlite3.OperationalError:  # a new replica: nothing to check, and cheap
        return True
    if row is None:
        return True
    last = datetime.fromisoformat(row[0].replace("Z", "+00:00"))
    return datetime.now(UTC) - last > CHECK_EVERY


def blob_refs(values: Any) -> list[tuple[str, int]]:
    """Files named in field values: ``{"sha256": ..., "size": ...}``, also inside rows."""
    found: list[tuple[str, int]] = []
    for value in values:
        if isinstance(value, dict):
            sha, size = value.get("sha256"), value.get("size")
            if isinstance(sha, str) and len(sha) == 64 and isinstance(size, int):
                found.append((sha, size))
            else:
                found += blob_refs(value.values())
        elif isinstance(value, list):
            found += blob_refs(value)
    return found


def _loads(text: str | None) -> Any:
    return json.loads(text) if text is not None else None


def _like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def fts_prefix_query(words: list[str]) -> str | None:
    """An FTS5 query matching records that contain every word as a prefix of some token.

    Each word is quoted, so nothing a person types can be FTS5 syntax.
    """
    terms = [w.replace('"', '""') for w in words if w.strip()]
    if not terms:
        return None
    return " ".join(f'"{t}"*' for t in terms)
