"""The local replica: atomic edits, recorded migrations, durability settings, search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sync.migrations import MIGRATIONS
from sync.replica import Headline, Replica, ReplicaError, fts_prefix_query


def put(replica: Replica, rec_id: str, fields: dict, search: str = "", create: bool = True,
        **kw) -> int:
    with replica.write() as tx:
        return tx.edit("case", rec_id, fields, Headline(type="t", search_text=search),
                       actor="aziza", device="pc-1",
                       event_kind="created" if create else "edited", create=create, **kw)


def test_settings_that_keep_data_safe(replica: Replica) -> None:
    conn = replica._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_migrations_are_numbered_and_recorded_once(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    Replica.open(path).close()
    Replica.open(path).close()
    rows = sqlite3.connect(path).execute("SELECT number, name FROM _migrations").fetchall()
    assert rows == [(m.number, m.name) for m in MIGRATIONS]


def test_replica_from_a_newer_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    Replica.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _migrations VALUES (999, 'future', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(RuntimeError, match="newer Daftar"):
        Replica.open(path)


def test_one_edit_writes_record_event_and_outbox_together(replica: Replica) -> None:
    first = put(replica, "c1", {"surname": "Karimov", "grade": 5})
    second = put(replica, "c1", {"grade": 6}, create=False)
    assert (first, second) == (1, 2)
    assert replica.get("case", "c1").data == {"surname": "Karimov", "grade": 6}
    mutations = replica.pending_mutations()
    assert [(m.mutation_id, m.kind, m.changes) for m in mutations] == [
        (1, "put", {"surname": "Karimov", "grade": 5}), (2, "patch", {"grade": 6})]
    assert mutations[1].base == {"grade": 0}  # the server version the edit was based on
    history = replica.events("case", "c1")
    assert [(e.kind, e.actor, e.device, e.mutation_id) for e in history] == [
        ("created", "aziza", "pc-1", 1), ("edited", "aziza", "pc-1", 2)]
    assert history[1].detail["changes"] == {"grade": [5, 6]}
    assert history[0].hlc < history[1].hlc


def test_failure_inside_a_transaction_writes_nothing(replica: Replica) -> None:
    put(replica, "c1", {"surname": "Karimov"})
    before = (replica.get("case", "c1"), replica.pending_count(), replica.meta("hlc"))
    with pytest.raises(ZeroDivisionError), replica.write() as tx:
        tx.edit("case", "c1", {"surname": "Qodirov"}, Headline(), actor="a", device="d",
                event_kind="edited")
        1 / 0  # noqa: B018  (a crash between the edit and the commit)
    assert (replica.get("case", "c1"), replica.pending_count(), replica.meta("hlc")) == before
    assert len(replica.events("case", "c1")) == 1


def test_creating_twice_or_editing_a_missing_record_is_refused(replica: Replica) -> None:
    put(replica, "c1", {"a": 1})
    with pytest.raises(ReplicaError, match="already exists"):
        put(replica, "c1", {"a": 2})
    with pytest.raises(ReplicaError, match="no case c2"):
        put(replica, "c2", {"a": 2}, create=False)
    assert replica.pending_count() == 1


def test_none_clears_a_field(replica: Replica) -> None:
    put(replica, "c1", {"a": 1, "b": 2})
    put(replica, "c1", {"b": None}, create=False)
    assert replica.get("case", "c1").data == {"a": 1}


def test_search_finds_word_beginnings_and_follows_edits(replica: Replica) -> None:
    put(replica, "c1", {}, search="gafurov akmal jizzax")
    put(replica, "c2", {}, search="qodirov akbar samarqand")
    found = lambda *w: [r.id for r in replica.list("case", search=fts_prefix_query(list(w)))]  # noqa: E731
    assert found("ak") == ["c2", "c1"]
    assert found("gaf", "akm") == ["c1"]
    assert found("samarqand") == ["c2"]
    with replica.write() as tx:
        tx.edit("case", "c2", {}, Headline(search_text="qodirov akbar buxoro"), actor="a",
                device="d", event_kind="edited")
    assert found("samarqand") == []
    assert found("buxoro") == ["c2"]


def test_search_text_cannot_inject_fts_syntax(replica: Replica) -> None:
    put(replica, "c1", {}, search="karimov")
    for nasty in ['"', "karimov OR", "NEAR(", "*", "a:b", "-x"]:
        assert isinstance(replica.list("case", search=fts_prefix_query([nasty])), list)


def test_filters_and_org_scope(replica: Replica) -> None:
    for rid, org, status in [("a", "uz.jizzakh.school_12", "draft"),
                             ("b", "uz.jizzakh.school_120", "draft"),
                             ("c", "uz.jizzakh.school_12", "approved")]:
        with replica.write() as tx:
            tx.edit("case", rid, {}, Headline(type="t", status=status, org=org), actor="a",
                    device="d", event_kind="created", create=True)
    ids = lambda **kw: sorted(r.id for r in replica.list("case", **kw))  # noqa: E731
    assert ids(org_prefix="uz.jizzakh.school_12") == ["a", "c"]  # not school_120
    assert ids(status="draft") == ["a", "b"]


def test_damaged_file_is_reported_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    path.write_bytes(b"this is not a database" * 200)
    before = path.read_bytes()
    with pytest.raises(ReplicaError, match=r"r\.sqlite3"):
        Replica.open(path)
    assert path.read_bytes() == before


def test_integrity_check_notices_a_broken_search_index(replica: Replica) -> None:
    put(replica, "c1", {}, search="karimov")
    assert replica.integrity_check() == ["ok"]
    # Change the text behind the index's back (no trigger runs for a raw FTS delete).
    replica._conn.execute("INSERT INTO records_fts(records_fts, rowid, search_text) "
                          "VALUES ('delete', 1, 'karimov')")
    assert replica.integrity_check() != ["ok"]


def test_cursor_moves_forward_only_and_with_its_transaction(replica: Replica) -> None:
    assert replica.cursor == 0
    with replica.write() as tx:
        tx.set_cursor(40)
    with pytest.raises(ReplicaError, match="cannot go back"), replica.write() as tx:
        tx.set_cursor(12)
    with pytest.raises(ZeroDivisionError), replica.write() as tx:
        tx.set_cursor(80)
        1 / 0  # noqa: B018  (the page failed to apply: the cursor must not move)
    assert replica.cursor == 40


def test_integrity_is_checked_after_an_unclean_end_not_on_every_open(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "r.sqlite3"
    first = Replica.open(path)
    assert first.checked_on_open == "quick"  # never checked before
    first.close()
    assert list(tmp_path.glob("r.sqlite3.open-*")) == []
    again = Replica.open(path)
    assert again.checked_on_open is None  # closed cleanly and checked recently
    again.close()
    # A process that opens the replica and dies without closing it ...
    code = ("import os, sys; from sync.replica import Replica; "
            "Replica.open(sys.argv[1]); os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60)
    assert len(list(tmp_path.glob("r.sqlite3.open-*"))) == 1
    # ... makes the next open check, and the marker is cleared.
    after = Replica.open(path)
    assert after.checked_on_open == "quick"
    after.close()
    assert list(tmp_path.glob("r.sqlite3.open-*")) == []


def test_a_week_old_check_is_repeated(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    Replica.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '2020-01-01T00:00:00.000Z' "
                 "WHERE key = 'last_integrity_check'")
    conn.commit()
    conn.close()
    replica = Replica.open(path)
    assert replica.checked_on_open == "quick"
    replica.close()
