"""A real central server on loopback and client devices for it (see conftest.py)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
import sqlalchemy as sa

from app.accounts import after_sign_in
from app.core.cases import CaseDesk, remote_headline
from app.core.definitions import default_catalogue
from app.core.users import User
from app.demo import DEMO_PASSWORD
from app.profile import Profile
from sync.client import SyncClient, SyncReport
from sync.credentials import Credentials
from sync.server.storage import create_engine

PG_ADMIN = os.environ.get("DAFTAR_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    db_url: str
    engine: sa.Engine
    process: subprocess.Popen
    port: int

    def records(self, collection: str) -> dict[str, dict[str, Any]]:
        import json

        with self.engine.connect() as conn:
            rows = conn.execute(sa.text(
                "SELECT id, data FROM records WHERE collection = :c AND deleted = :f"),
                {"c": collection, "f": False}).all()
        return {r.id: json.loads(r.data) for r in rows}

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def start(self) -> None:
        self.process = start_process(self.db_url, self.port)


@contextmanager
def demo_server(db_url: str) -> Iterator[Server]:
    """A real server process on loopback over ``db_url``, with the demo organisations."""
    from app.demo import seed_demo
    from sync.server.storage import migrate

    engine = create_engine(db_url)
    migrate(engine)
    seed_demo(engine)
    port = free_port()
    srv = Server(f"http://127.0.0.1:{port}", db_url, engine, start_process(db_url, port), port)
    try:
        yield srv
    finally:
        srv.stop()
        engine.dispose()


def start_process(db_url: str, port: int) -> subprocess.Popen:
    # The server's log goes to a file: a pipe nobody reads would fill and stall it.
    log = tempfile.NamedTemporaryFile(  # noqa: SIM115  (it outlives this call: the server's)
        "w+", prefix=f"daftar-server-{port}-", suffix=".log", delete=False)
    proc = subprocess.Popen([sys.executable, "-m", "app", "server", "--db", db_url,
                             "--port", str(port)], stdout=log, stderr=log, text=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited: {Path(log.name).read_text()[-3000:]}")
        try:
            if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1).ok:
                return proc
        except requests.ConnectionError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the server did not answer /healthz within 30 s")


def _postgres_database() -> tuple[str, sa.Engine]:
    name = f"daftar_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN)
    try:
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as exc:
        pytest.fail(f"PostgreSQL is not reachable at {PG_ADMIN} ({exc}); .ci/run starts it")
    finally:
        admin.dispose()
    return PG_ADMIN.rsplit("/", 1)[0] + f"/{name}", admin


def _drop_postgres(url: str) -> None:
    name = url.rsplit("/", 1)[1]
    admin = create_engine(PG_ADMIN)
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


class Device:
    """One PC with its own profile, signed in as one user."""

    def __init__(self, root: Path, server: Server, user: str, *, login: bool = True) -> None:
        self.root, self.server, self.name = root, server, f"{user}-pc"
        self.profile = Profile.open(root / self.name)
        self.replica = self.profile.replica
        self.replica.set_meta("server_url", server.url)
        self.client = SyncClient(self.replica, server.url,
                                 Credentials(self.replica.client_id, self.profile.path),
                                 remote_headline(default_catalogue()),
                                 blobs=self.profile.blobs, backoff_s=0.02)
        if login:
            tokens = self.client.login(user, DEMO_PASSWORD, self.name)
            self.user = User.from_json(tokens["user"])
            self.profile.set_user(self.user)
            after_sign_in(self.profile, self.user, tokens)
        else:
            self.user = self.profile.require_user()
        self.desk = CaseDesk(self.replica, self.user, device=self.name)

    @classmethod
    def reopen(cls, device: Device) -> Device:
        """The same PC after something else (a killed process) used its profile."""
        return cls(device.root, device.server, device.user.name, login=False)

    def sync(self) -> SyncReport:
        return self.client.sync()

    def records(self, collection: str) -> dict[str, dict[str, Any]]:
        return {r.id: r.data for r in self.replica.list(collection, limit=100_000)}

    def close(self) -> None:
        self.profile.close()
