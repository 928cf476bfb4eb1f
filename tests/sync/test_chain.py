"""Hash-chained histories: the chain itself, and a server database from before the chain."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from sync import chain
from sync.server import storage
from sync.server.storage import create_engine, events, migrate


def _event(i: int, **changes: object) -> dict:
    base = {"origin": f"c:{i}", "at": f"2025-03-0{i}T10:00:00.000Z", "hlc": f"{i}-0-c",
            "actor": "aziza", "device": "c", "kind": "edited",
            "detail": {"changes": {"surname": ["A", f"B{i}"]}}}
    return {**base, **changes}


def _chained(rows: list[dict]) -> list[dict]:
    head = chain.genesis("case", "r1")
    out = []
    for n, row in enumerate(rows, start=1):
        head = chain.link(head, n, row)
        out.append({**row, "n": n, "hash": head})
    return out


def test_an_intact_chain_checks_and_its_claim_names_the_head() -> None:
    rows = _chained([_event(1), _event(2), _event(3)])
    found = chain.check("case", "r1", rows)
    assert found.intact and found.events == 3 and found.head == rows[-1]["hash"]
    assert found.claim == f"3:{rows[-1]['hash'][:16]}"
    assert chain.parse_claim(found.claim) == (3, rows[-1]["hash"][:16])


def test_any_changed_part_of_an_event_is_named() -> None:
    for key, value in (("actor", "mallory"), ("at", "2020-01-01T00:00:00.000Z"),
                       ("detail", {"changes": {"surname": ["A", "X"]}}), ("kind", "action")):
        rows = _chained([_event(1), _event(2), _event(3)])
        rows[1] = {**rows[1], key: value}
        found = chain.check("case", "r1", rows)
        assert found.first_bad == 2 and len(found.problems) == 1, key
        assert "event 2" in found.problems[0] and "altered" in found.problems[0]
        assert found.claim != chain.check("case", "r1", _chained(
            [_event(1), _event(2), _event(3)])).claim


def test_a_removed_event_is_named_and_the_chain_belongs_to_its_record() -> None:
    rows = _chained([_event(1), _event(2), _event(3)])
    found = chain.check("case", "r1", [rows[0], rows[2]])
    assert found.first_bad == 2 and "event 2 of the history is missing" in found.problems[0]
    # The same events under another record id do not check: the chain binds them to it.
    assert not chain.check("case", "r2", rows).intact


def test_detail_as_stored_text_or_as_parsed_json_hashes_the_same() -> None:
    event = _event(1)
    text = {**event, "detail": '{"changes":{"surname":["A","B1"]}}'}
    assert chain.link("x", 1, event) == chain.link("x", 1, text)


def test_migrating_a_server_database_from_before_the_chain_chains_its_history(
        tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    old = storage.MIGRATIONS[:2]
    storage_migrations, storage.MIGRATIONS = storage.MIGRATIONS, old
    try:
        migrate(engine)
        with engine.begin() as conn:  # the old schema had no n / hash columns
            conn.execute(sa.text("ALTER TABLE events DROP COLUMN n"))
            conn.execute(sa.text("ALTER TABLE events DROP COLUMN hash"))
            for seq, record_id in ((1, "r1"), (2, "r2"), (3, "r1")):
                e = _event(seq)
                conn.execute(sa.text(
                    "INSERT INTO events (seq, collection, record_id, origin, at, hlc, actor, "
                    "device, kind, detail) VALUES (:seq, 'case', :rid, :origin, :at, :hlc, "
                    ":actor, :device, :kind, :detail)"),
                    {**e, "seq": seq, "rid": record_id, "detail": storage.dumps(e["detail"])})
    finally:
        storage.MIGRATIONS = storage_migrations
    assert 3 in migrate(engine)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(
            sa.select(events).where(events.c.record_id == "r1").order_by(events.c.n))]
    assert [r["n"] for r in rows] == [1, 2]
    assert chain.check("case", "r1", rows).intact
    engine.dispose()
