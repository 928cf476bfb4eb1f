"""Server storage through SQLAlchemy Core: one schema on SQLite (default) and PostgreSQL.

Nothing lives in the server process: tokens' secret, rate-limit counters, the per-client
ledger and the change-feed counter are all rows, so several server processes on one
PostgreSQL behave as one.

The change feed's order is the ``seq`` counter. A push takes the counter row's lock only at
the end of its transaction and holds it until commit, so sequence order is commit order and
a pull never skips a change that commits later with a smaller number.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

metadata = sa.MetaData()

orgs = sa.Table(
    "orgs", metadata,
    sa.Column("path", sa.String(255), primary_key=True),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
)

users = sa.Table(
    "users", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(80), nullable=False, unique=True),
    sa.Column("org", sa.String(255), sa.ForeignKey("orgs.path"), nullable=False),
    sa.Column("roles", sa.Text, nullable=False),  # JSON list
    sa.Column("full_name", sa.Text),
    sa.Column("password_hash", sa.Text),
    sa.Column("active", sa.Boolean, nullable=False, default=True),
    sa.Column("created_at", sa.String(32), nullable=False),
)

sessions = sa.Table(
    "sessions", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
    sa.Column("client_id", sa.String(80), nullable=False),
    sa.Column("device_name", sa.Text),
    sa.Column("refresh_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False),
    sa.Column("revoked_at", sa.Float),
)

login_failures = sa.Table(
    "login_failures", metadata,
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("window_start", sa.Float, nullable=False),
    sa.Column("count", sa.Integer, nullable=False),
)

clients = sa.Table(
    "clients", metadata,
    sa.Column("client_id", sa.String(80), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
    sa.Column("last_mutation_id", sa.BigInteger, nullable=False, default=0),
    sa.Column("created_at", sa.String(32), nullable=False),
)

records = sa.Table(
    "records", metadata,
    sa.Column("collection", sa.String(64), primary_key=True),
    sa.Column("id", sa.String(80), primary_key=True),
    sa.Column("org", sa.String(255), nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("versions", sa.Text, nullable=False),
    sa.Column("deleted", sa.Boolean, nullable=False, default=False),
    sa.Column("seq", sa.BigInteger, nullable=False, index=True),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("updated_at", sa.String(32), nullable=False),
    # Other organisations the record is shared with (its ``_also`` field), as
    # ",org1,org2," so that a scope finds it with LIKE (see scope.py).
    sa.Column("also", sa.Text),
)

# A record that left an organisation: pulled as a removal by those who saw it there.
exits = sa.Table(
    "exits", metadata,
    sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("collection", sa.String(64), nullable=False),
    sa.Column("record_id", sa.String(80), nullable=False),
    sa.Column("old_org", sa.String(255), nullable=False),
)

events = sa.Table(
    "events", metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True,
              autoincrement=True),
    sa.Column("seq", sa.BigInteger, nullable=False, index=True),
    sa.Column("collection", sa.String(64), nullable=False),
    sa.Column("record_id", sa.String(80), nullable=False),
    sa.Column("origin", sa.String(120), nullable=False, unique=True),
    sa.Column("at", sa.String(32), nullable=False),
    sa.Column("hlc", sa.String(80), nullable=False),
    sa.Column("actor", sa.String(80), nullable=False),
    sa.Column("device", sa.String(120), nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("detail", sa.Text, nullable=False),
    # The event's place in its record's hash chain and the chain's hash after it
    # (sync/chain.py); filled by migration 3 for events older than the chain.
    sa.Column("n", sa.Integer),
    sa.Column("hash", sa.String(64)),
    sa.Index("events_by_record", "collection", "record_id", "seq"),
)

rejections = sa.Table(
    "rejections", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("client_id", sa.String(80), nullable=False),
    sa.Column("mutation_id", sa.BigInteger, nullable=False),
    sa.Column("collection", sa.String(64), nullable=False),
    sa.Column("record_id", sa.String(80), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("mutation", sa.Text, nullable=False),
    sa.Column("at", sa.String(32), nullable=False),
)

counters = sa.Table(
    "counters", metadata,
    sa.Column("name", sa.String(40), primary_key=True),
    sa.Column("value", sa.BigInteger, nullable=False),
)

settings = sa.Table(
    "settings", metadata,
    sa.Column("key", sa.String(80), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

# Attachments by content (sha256). Chunks live in the database, not on a server's disk, so
# any server process can continue an upload another one began.
blobs = sa.Table(
    "blobs", metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("received", sa.BigInteger, nullable=False),
    sa.Column("complete", sa.Boolean, nullable=False),
    sa.Column("uploaded_by", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
)

blob_chunks = sa.Table(
    "blob_chunks", metadata,
    sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), primary_key=True),
    sa.Column("offset", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
)

# Journals with numbers unique across devices: the server leases blocks of each journal's
# numbers to devices, which then number offline (sync/server/numbers.py).
number_series = sa.Table(
    "number_series", metadata,
    sa.Column("org", sa.String(255), primary_key=True),
    sa.Column("journal", sa.String(40), primary_key=True),
    sa.Column("next", sa.BigInteger, nullable=False),
)

number_leases = sa.Table(
    "number_leases", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("request", sa.String(200), nullable=False, unique=True),
    sa.Column("client_id", sa.String(80), nullable=False),
    sa.Column("org", sa.String(255), nullable=False),
    sa.Column("journal", sa.String(40), nullable=False),
    sa.Column("first", sa.BigInteger, nullable=False),
    sa.Column("last", sa.BigInteger, nullable=False),
    sa.Column("leased_at", sa.String(32), nullable=False),
    sa.Index("number_leases_by_journal", "org", "journal", "client_id"),
)

# Every number a journal entry took: the primary key is what makes a number used once.
journal_numbers = sa.Table(
    "journal_numbers", metadata,
    sa.Column("org", sa.String(255), primary_key=True),
    sa.Column("journal", sa.String(40), primary_key=True),
    sa.Column("number", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("record_id", sa.String(80), nullable=False),
    sa.Column("client_id", sa.String(80), nullable=False),
)

schema_migrations = sa.Table(
    "schema_migrations", metadata,
    sa.Column("number", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("applied_at", sa.String(32), nullable=False),
)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


# --- engines -----------------------------------------------------------------------------


def default_sqlite_url() -> str:
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return f"sqlite:///{base / 'daftar' / 'server.sqlite3'}"


def normalise_url(url: str) -> str:
    """Accept plain ``postgresql://`` URLs and use the psycopg (3) driver for them."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def create_engine(url: str) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"timeout": 30})

        @sa.event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @sa.event.listens_for(engine, "begin")
        def _sqlite_begin(conn: Connection) -> None:
            # One writer at a time, decided at BEGIN: no deadlock between two upgrading readers.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return sa.create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


def is_postgres(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "postgresql"


# --- migrations --------------------------------------------------------------------------


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    apply: Callable[[Connection], None]


def _m001_initial(conn: Connection) -> None:
    # The tables of later migrations are theirs to create.
    later = ("schema_migrations", "blobs", "blob_chunks", "number_series", "number_leases",
             "journal_numbers")
    metadata.create_all(conn, tables=[t for t in metadata.sorted_tables
                                      if t.name not in later])
    conn.execute(counters.insert().values(name="seq", value=0))
    conn.execute(settings.insert().values(key="token_secret", value=secrets.token_hex(32)))


def _m002_blobs(conn: Connection) -> None:
    metadata.create_all(conn, tables=[blobs, blob_chunks])


def _m003_chains_and_numbers(conn: Connection) -> None:
    from sync import chain

    present = {c["name"] for c in sa.inspect(conn).get_columns("events")}
    if "n" not in present:  # a database made before the chain (new ones have the columns)
        conn.execute(sa.text("ALTER TABLE events ADD COLUMN n INTEGER"))
        conn.execute(sa.text("ALTER TABLE events ADD COLUMN hash VARCHAR(64)"))
    metadata.create_all(conn, tables=[number_series, number_leases, journal_numbers])
    # Chain the history written before: per record, in the order it was applied.
    key, head, n = None, "", 0
    rows = conn.execute(sa.select(events).where(events.c.n.is_(None)).order_by(
        events.c.collection, events.c.record_id, events.c.seq, events.c.id)).all()
    for row in rows:
        if (row.collection, row.record_id) != key:
            key, n = (row.collection, row.record_id), 0
            head = chain.genesis(row.collection, row.record_id)
        n += 1
        head = chain.link(head, n, row._mapping)
        conn.execute(events.update().where(events.c.id == row.id).values(n=n, hash=head))


def _m004_shared_records(conn: Connection) -> None:
    if "also" not in {c["name"] for c in sa.inspect(conn).get_columns("records")}:
        conn.execute(sa.text("ALTER TABLE records ADD COLUMN also TEXT"))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial", _m001_initial),
    Migration(2, "blobs", _m002_blobs),
    Migration(3, "hash-chained history; leased journal numbers", _m003_chains_and_numbers),
    Migration(4, "records shared with other organisations", _m004_shared_records),
)


def migrate(engine: Engine) -> list[int]:
    """Apply missing migrations, each in its own transaction, recorded; returns them.

    On PostgreSQL an advisory lock makes several server processes starting together apply
    each migration once.
    """
    ran: list[int] = []
    with engine.begin() as conn:
        if is_postgres(conn):
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(7243001)"))
        schema_migrations.create(conn, checkfirst=True)
        done = {r[0] for r in conn.execute(sa.select(schema_migrations.c.number))}
        newest = max(m.number for m in MIGRATIONS)
        if done and max(done) > newest:
            raise RuntimeError(f"the database was written by a newer Daftar server "
                               f"(schema {max(done)}); install the newer version")
        for migration in MIGRATIONS:
            if migration.number in done:
                continue
            with conn.begin_nested():
                migration.apply(conn)
                conn.execute(schema_migrations.insert().values(
                    number=migration.number, name=migration.name, applied_at=now_iso()))
            ran.append(migration.number)
    return ran


def setting(conn: Connection, key: str) -> str | None:
    return conn.execute(sa.select(settings.c.value).where(settings.c.key == key)).scalar()


def feed_head(conn: Connection) -> int:
    """The last feed number handed out (changes up to it exist or are being committed)."""
    return int(conn.execute(sa.select(counters.c.value).where(counters.c.name == "seq"))
               .scalar_one())


def allocate_seqs(conn: Connection, count: int) -> int:
    """Reserve ``count`` feed numbers; returns the first. Call last in a transaction."""
    stmt = (counters.update().where(counters.c.name == "seq")
            .values(value=counters.c.value + count).returning(counters.c.value))
    top = conn.execute(stmt).scalar_one()
    return int(top) - count + 1
