"""Numbered, recorded, transactional migrations of the local replica.

Each migration runs in its own transaction together with the row that records it in
``_migrations``; a crash mid-migration leaves the previous schema intact. Never edit a
migration that has shipped: add the next number.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    apply: Callable[[sqlite3.Connection], None]


def _m001_initial(conn: sqlite3.Connection) -> None:
    conn.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        CREATE TABLE records (
            rid INTEGER PRIMARY KEY,
            collection TEXT NOT NULL,
            id TEXT NOT NULL,
            type TEXT,
            status TEXT,
            org TEXT,
            title TEXT,
            due_at TEXT,
            search_text TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL,
            versions TEXT NOT NULL DEFAULT '{}',
            server_seq INTEGER,
            deleted INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (collection, id)
        );
        CREATE INDEX records_by_status ON records (collection, status, due_at);
        CREATE INDEX records_by_type ON records (collection, type, updated_at);
        CREATE INDEX records_by_update ON records (collection, updated_at);

        CREATE TABLE outbox (
            mutation_id INTEGER PRIMARY KEY,
            collection TEXT NOT NULL,
            record_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('put', 'patch', 'delete', 'command')),
            changes TEXT NOT NULL,
            base TEXT NOT NULL,
            command TEXT,
            hlc TEXT NOT NULL,
            schema_version INTEGER NOT NULL,
            created_at TEXT NOT NULL
        );

        CREATE TABLE events (
            eid INTEGER PRIMARY KEY,
            record_rid INTEGER NOT NULL REFERENCES records (rid),
            at TEXT NOT NULL,
            hlc TEXT NOT NULL,
            actor TEXT NOT NULL,
            device TEXT NOT NULL,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL,
            mutation_id INTEGER
        );
        CREATE INDEX events_by_record ON events (record_rid, hlc);

        CREATE TABLE conflicts (
            id INTEGER PRIMARY KEY,
            record_rid INTEGER NOT NULL REFERENCES records (rid),
            field TEXT NOT NULL,
            base_value TEXT,
            mine TEXT,
            theirs TEXT,
            mine_by TEXT,
            theirs_by TEXT,
            created_at TEXT NOT NULL,
            resolved_at TEXT,
            resolution TEXT
        );
        CREATE INDEX conflicts_open ON conflicts (resolved_at, record_rid);

        -- Full-text search over the records' search_text, kept in step by triggers. The
        -- prefix indexes make search-as-you-type fast; remove_diacritics lets 'ozbek' find
        -- 'oʻzbek' and 'Đặng' be found as 'dang'.
        CREATE VIRTUAL TABLE records_fts USING fts5 (
            search_text, content = 'records', content_rowid = 'rid',
            tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
        );
        CREATE TRIGGER records_fts_insert AFTER INSERT ON records BEGIN
            INSERT INTO records_fts (rowid, search_text) VALUES (new.rid, new.search_text);
        END;
        CREATE TRIGGER records_fts_delete AFTER DELETE ON records BEGIN
            INSERT INTO records_fts (records_fts, rowid, search_text)
                VALUES ('delete', old.rid, old.search_text);
        END;
        CREATE TRIGGER records_fts_update AFTER UPDATE OF search_text ON records
        WHEN old.search_text IS NOT new.search_text BEGIN
            INSERT INTO records_fts (records_fts, rowid, search_text)
                VALUES ('delete', old.rid, old.search_text);
            INSERT INTO records_fts (rowid, search_text) VALUES (new.rid, new.search_text);
        END;
        """
    )


def _m002_sync(conn: sqlite3.Connection) -> None:
    conn.executescript(
        """
        -- Conflicts are records of the 'conflict' collection made by the server and
        -- replicated like any other, so the local-only table goes.
        DROP TABLE conflicts;

        -- An event's origin is 'client id:mutation id': the same event arriving back from
        -- the server is recognised and not stored twice.
        ALTER TABLE events ADD COLUMN origin TEXT;
        CREATE UNIQUE INDEX events_by_origin ON events (origin);

        -- Mutations the server refused (a decided case, a lost race), kept for their
        -- author with the reason: never silently dropped.
        CREATE TABLE rejected (
            mutation_id INTEGER PRIMARY KEY,
            collection TEXT NOT NULL,
            record_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            changes TEXT NOT NULL,
            command TEXT,
            reason TEXT NOT NULL,
            created_at TEXT NOT NULL,
            rejected_at TEXT NOT NULL
        );
        """
    )


def _m003_blob_queue(conn: sqlite3.Connection) -> None:
    conn.executescript(
        """
        -- Files named by local edits and not yet uploaded; filled in the edit's transaction.
        CREATE TABLE blob_queue (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            queued_at TEXT NOT NULL
        );
        """
    )


def _m004_one_letter_prefixes(conn: sqlite3.Connection) -> None:
    # Search as you type starts with one letter: without its own prefix index FTS5 merges
    # every term that starts with it (40 ms on 100,000 cases instead of 0.1 ms).
    conn.executescript(
        """
        DROP TABLE records_fts;
        CREATE VIRTUAL TABLE records_fts USING fts5 (
            search_text, content = 'records', content_rowid = 'rid',
            tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
        );
        INSERT INTO records_fts (records_fts) VALUES ('rebuild');
        """
    )


def _m005_chains_and_numbers(conn: sqlite3.Connection) -> None:
    conn.executescript(
        """
        -- The event's place in its record's hash chain (given by the server) and the
        -- chain's hash after it, computed when the event arrived (sync/chain.py).
        ALTER TABLE events ADD COLUMN n INTEGER;
        ALTER TABLE events ADD COLUMN hash TEXT;
        CREATE INDEX events_by_chain ON events (record_rid, n) WHERE n IS NOT NULL;

        -- Blocks of journal numbers the server leased to this device (sync/numbers.py).
        CREATE TABLE number_blocks (
            org TEXT NOT NULL,
            journal TEXT NOT NULL,
            first INTEGER NOT NULL,
            last INTEGER NOT NULL,
            next INTEGER NOT NULL,
            leased_at TEXT NOT NULL,
            PRIMARY KEY (org, journal, first)
        );
        -- The journals this device numbers in: how many leases it took (which names the
        -- next lease request) and how many provisional numbers it issued.
        CREATE TABLE number_journals (
            org TEXT NOT NULL,
            journal TEXT NOT NULL,
            leases INTEGER NOT NULL DEFAULT 0,
            provisional INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (org, journal)
        );
        -- Events stored before the chain have no number: pull everything once more, whole,
        -- so that each event gets its number and hash (the records themselves are kept).
        UPDATE meta SET value = '0' WHERE key IN ('pull_cursor', 'synced_cursor');
        """
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial", _m001_initial),
    Migration(2, "sync: event origins, rejected mutations, conflicts as records", _m002_sync),
    Migration(3, "blob upload queue", _m003_blob_queue),
    Migration(4, "search index of one-letter prefixes", _m004_one_letter_prefixes),
    Migration(5, "hash-chained history; leased journal numbers", _m005_chains_and_numbers),
)


def applied(conn: sqlite3.Connection) -> list[int]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS _migrations "
        "(number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    return [r[0] for r in conn.execute("SELECT number FROM _migrations ORDER BY number")]


def apply_migrations(conn: sqlite3.Connection, migrations: tuple[Migration, ...]) -> list[int]:
    """Apply the migrations not yet recorded, each in its own transaction. Returns them."""
    done = set(applied(conn))
    newest = max((m.number for m in migrations), default=0)
    if done and max(done) > newest:
        raise RuntimeError(
            f"this replica was written by a newer Daftar (schema {max(done)}, this program "
            f"knows {newest}); install the newer version"
        )
    ran = []
    for migration in sorted(migrations, key=lambda m: m.number):
        if migration.number in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            # executescript would COMMIT the open transaction, so split statements ourselves.
            _apply_in_transaction(conn, migration)
            conn.execute(
                "INSERT INTO _migrations (number, name, applied_at) "
                "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
                (migration.number, migration.name),
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        ran.append(migration.number)
    return ran


class _NoScriptConnection:
    """Routes ``executescript`` to statement-by-statement ``execute`` inside a transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def executescript(self, script: str) -> None:
        statement = ""
        for line in script.splitlines(keepends=True):
            if line.strip().startswith("--"):
                continue
            statement += line
            if sqlite3.complete_statement(statement):
                self._conn.execute(statement)
                statement = ""
        if statement.strip():
            raise ValueError(f"incomplete SQL statement in migration: {statement[:80]}")

    def execute(self, *args: object) -> sqlite3.Cursor:
        return self._conn.execute(*args)  # type: ignore[arg-type]


def _apply_in_transaction(conn: sqlite3.Connection, migration: Migration) -> None:
    migration.apply(_NoScriptConnection(conn))  # type: ignore[arg-type]
