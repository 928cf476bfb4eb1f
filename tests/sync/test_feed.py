"""The change feed's paging: nothing skipped, nothing looped on, whole histories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sync.server.auth import ServerUser
from sync.server.feed import ROWS_PER_QUERY, pull
from sync.server.storage import create_engine, events, exits, migrate, records


@pytest.fixture
def engine(tmp_path: Path):
    e = create_engine(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    migrate(e)
    yield e
    e.dispose()


def record(seq: int, rid: str, org: str, versions: dict, **data) -> dict:
    return {"collection": "case", "id": rid, "org": org, "deleted": False, "seq": seq,
            "data": json.dumps({"_org": org, **data}), "created_at": "t", "updated_at": "t",
            "versions": json.dumps({k: [v, "c"] for k, v in versions.items()})}


def event(seq: int, rid: str, kind: str) -> dict:
    return {"seq": seq, "collection": "case", "record_id": rid, "origin": f"c:{seq}",
            "at": "t", "hlc": "1-0-c", "actor": "a", "device": "d", "kind": kind,
            "detail": "{}"}


def pull_all(engine, user: ServerUser, cursor: int = 0, synced: int = 0) -> list[dict]:
    got: list[dict] = []
    with engine.connect() as conn:
        for _ in range(50):
            page, cursor, more = pull(conn, user, cursor, synced=synced)
            got += page
            if not more:
                return got
    raise AssertionError("the feed never ended")


def test_a_record_missed_by_a_partial_pull_comes_whole_with_its_history(engine) -> None:
    # R was created at 1 and edited at 3; S (seq 2) is big enough to fill a page alone.
    with engine.begin() as conn:
        conn.execute(records.insert(), [
            record(2, "S", "uz", {"_org": 2, "t": 2}, t="x" * 300_000),
            record(3, "R", "uz", {"_org": 1, "f": 3}, f=2)])
        conn.execute(events.insert(), [event(1, "R", "created"), event(2, "S", "created"),
                                       event(3, "R", "edited")])
    got = {c["id"]: c for c in pull_all(engine, ServerUser(1, "u", "uz", ()))}
    assert not got["R"].get("delta") and got["R"]["data"] == {"_org": "uz", "f": 2}
    assert [e["kind"] for e in got["R"]["events"]] == ["created", "edited"]


def test_after_a_complete_sync_known_records_come_as_deltas(engine) -> None:
    with engine.begin() as conn:
        conn.execute(records.insert(), [record(5, "R", "uz", {"_org": 1, "a": 1, "b": 5},
                                               a="old", b="new")])
    [change] = pull_all(engine, ServerUser(1, "u", "uz", ()), cursor=3, synced=3)
    assert change["delta"] and change["data"] == {"b": "new"}


def test_moves_inside_the_scope_do_not_stall_the_feed(engine) -> None:
    n = ROWS_PER_QUERY
    with engine.begin() as conn:
        conn.execute(exits.insert(), [{"seq": 1 + i, "collection": "case",
                                       "record_id": f"r{i}", "old_org": "uz.d.a"}
                                      for i in range(n)])
        conn.execute(records.insert(), [record(1001 + i, f"r{i}", "uz.d.b",
                                               {"_org": 1001 + i}) for i in range(n)])
    got = pull_all(engine, ServerUser(1, "district", "uz.d", ()))
    assert sorted(c["id"] for c in got) == sorted(f"r{i}" for i in range(n))
    assert not any(c.get("removed") for c in got)  # still in the district's scope
