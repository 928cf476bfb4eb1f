"""Fixtures: a real central server on loopback (SQLite and PostgreSQL), client devices."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from serverkit import (
    Device,
    Server,
    _drop_postgres,
    _postgres_database,
    free_port,
    start_process,
)

from app.demo import seed_demo
from sync.credentials import MemoryKeyring
from sync.server.storage import create_engine, migrate


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    if request.param == "sqlite":
        db_url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    else:
        db_url, _ = _postgres_database()
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
        if request.param == "postgresql":
            _drop_postgres(db_url)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def devices(tmp_path: Path, server: Server) -> Iterator[Any]:
    made: list[Device] = []

    def make(user: str) -> Device:
        device = Device(tmp_path / "devices", server, user)
        made.append(device)
        return device

    yield make
    for device in made:
        device.close()
