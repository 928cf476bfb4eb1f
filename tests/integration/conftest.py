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
    demo_server,
)

from sync.credentials import MemoryKeyring


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    if request.param == "sqlite":
        db_url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    else:
        db_url, _ = _postgres_database()
    try:
        with demo_server(db_url) as srv:
            yield srv
    finally:
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
