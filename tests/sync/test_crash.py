"""A writer killed with SIGKILL mid-edit leaves a sound replica and loses no committed edit.

Sync invariant 1: an edit's record change, history event and outbox mutation are written
together or not at all.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sync.replica import Replica

WRITER = Path(__file__).with_name("crash_writer.py")


def kill_writer_midway(path: Path, seed: int) -> int:
    """Run the writer, SIGKILL it at a random moment; returns the last committed count."""
    proc = subprocess.Popen([sys.executable, str(WRITER), str(path), str(seed)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(random.Random(seed).uniform(0.2, 0.8))
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=30)
    reported = [int(line) for line in out.split() if line.isdigit()]
    assert proc.returncode == -signal.SIGKILL
    return reported[-1] if reported else 0


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_writer_leaves_every_edit_whole(tmp_path: Path) -> None:
    path = tmp_path / Replica.FILE_NAME
    Replica.open(path).close()
    committed = 0
    for seed in range(6):
        committed = max(committed, kill_writer_midway(path, seed))

    replica = Replica.open(path, check="full")
    try:
        assert replica.integrity_check() == ["ok"]
        conn = replica._conn
        outbox = {mid: (coll, rid, json.loads(ch)) for mid, coll, rid, ch in conn.execute(
            "SELECT mutation_id, collection, record_id, changes FROM outbox")}
        events = {mid for (mid,) in conn.execute("SELECT mutation_id FROM events")}
        # Every committed edit survived, numbered without gaps ...
        assert committed > 50
        assert len(outbox) >= committed
        assert sorted(outbox) == list(range(1, len(outbox) + 1))
        # ... each with both its history event and its outbox row, never one alone ...
        assert events == set(outbox)
        # ... and every record is exactly its mutations applied in order.
        expected: dict[str, dict] = {}
        for mid in sorted(outbox):
            _, rid, changes = outbox[mid]
            expected.setdefault(rid, {}).update(changes)
        actual = {rid: json.loads(data) for rid, data in conn.execute(
            "SELECT id, data FROM records WHERE collection = 'case'")}
        assert actual == expected
    finally:
        replica.close()
