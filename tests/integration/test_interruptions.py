"""Syncs cut short: the client killed mid-pull and mid-push, the server killed mid-push.

The next sync completes with nothing lost and nothing applied twice.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import keyring
import pytest
import sqlalchemy as sa
from keyring.backends.fail import Keyring as NoKeyring
from serverkit import Device, Server

from app.core import demo_data

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.fixture(autouse=True)
def file_credentials():
    """Sign-ins in the profile's file, so that a `daftar sync` subprocess finds them."""
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    yield
    keyring.set_keyring(previous)


def fill(device: Device, count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [device.desk.new("candidate_nomination",
                            demo_data.candidate_nomination_fields(rng)).id
            for _ in range(count)]


def meta(path: Path, key: str) -> int:
    conn = sqlite3.connect(path, timeout=30)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return int(row[0]) if row else 0
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def kill_sync_when(device: Device, ready) -> None:
    """Run `daftar sync` for the device's profile and SIGKILL it once ready() is true."""
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    proc = subprocess.Popen([sys.executable, "-m", "app", "sync", "--profile",
                             str(device.profile.path)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None and not ready():
        time.sleep(0.005)
    assert proc.poll() is None, f"the sync finished before it could be interrupted: " \
                                f"{proc.stderr.read() if proc.stderr else ''}"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)


def server_state(server: Server) -> tuple[dict[str, dict], int, list[str]]:
    with server.engine.connect() as conn:
        top = conn.execute(sa.text("SELECT max(seq) FROM records")).scalar() or 0
        origins = [r[0] for r in conn.execute(sa.text("SELECT origin FROM events"))]
    return server.records("case"), int(top), origins


def test_client_killed_mid_pull_resumes_from_the_last_page(server: Server, devices) -> None:
    aziza = devices("aziza")
    fill(aziza, 600)
    aziza.sync()
    bobur = devices("bobur")
    replica_file = bobur.replica.path
    bobur.close()
    kill_sync_when(bobur, lambda: meta(replica_file, "pull_cursor") > 0)
    reopened = Device.reopen(bobur)
    cursor_after_kill = reopened.replica.cursor
    records, top, _ = server_state(server)
    assert 0 < cursor_after_kill < top  # some pages landed, not all
    report = reopened.sync()
    assert report.pulled < 600  # resumed, not restarted
    assert reopened.records("case") == records
    assert reopened.replica.integrity_check() == ["ok"]
    origins = [r[0] for r in reopened.replica._conn.execute("SELECT origin FROM events")]
    assert len(origins) == len(set(origins)) == 600  # every history event once
    reopened.close()


def test_client_killed_mid_push_sends_the_rest_exactly_once(server: Server, devices) -> None:
    aziza = devices("aziza")
    fill(aziza, 1100)  # three rounds of at most 500 mutations
    replica_file = aziza.replica.path
    aziza.close()
    kill_sync_when(aziza, lambda: meta(replica_file, "acked_mutation_id") > 0)
    reopened = Device.reopen(aziza)
    assert 0 < reopened.replica.pending_count() < 1100
    reopened.sync()
    records, _, origins = server_state(server)
    assert reopened.replica.pending_count() == 0
    assert len(records) == 1100
    mine = [o for o in origins if o.startswith(reopened.replica.client_id)]
    assert sorted(mine) == sorted({*mine}) and len(mine) == 1100
    assert reopened.records("case") == records
    reopened.close()


def test_server_killed_mid_push_loses_nothing_and_doubles_nothing(server: Server,
                                                                   devices) -> None:
    aziza = devices("aziza")
    fill(aziza, 1100)
    aziza.client.retries, aziza.client.backoff_s = 40, 0.1
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["report"] = aziza.sync()
        except Exception as exc:  # reported below
            outcome["error"] = exc

    worker = threading.Thread(target=run)
    worker.start()
    deadline = time.time() + 60
    while time.time() < deadline and meta(aziza.replica.path, "acked_mutation_id") == 0:
        time.sleep(0.005)
    server.process.send_signal(signal.SIGKILL)  # mid-push, no goodbye
    server.process.wait(timeout=10)
    time.sleep(0.5)
    server.start()
    worker.join(timeout=120)
    assert "error" not in outcome, outcome.get("error")
    records, _, origins = server_state(server)
    assert len(records) == 1100
    mine = [o for o in origins if o.startswith(aziza.replica.client_id)]
    assert len(mine) == len(set(mine)) == 1100
    with server.engine.connect() as conn:
        last = conn.execute(sa.text("SELECT last_mutation_id FROM clients WHERE client_id = :c"),
                            {"c": aziza.replica.client_id}).scalar()
    assert last == 1100
    aziza.sync()
    assert aziza.records("case") == records
    assert json.dumps(sorted(records)) == json.dumps(sorted(aziza.records("case")))
