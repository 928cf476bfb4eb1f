"""Shared fixtures: a fresh replica per test, users with roles, files to attach."""

from __future__ import annotations

import os

# Qt tests draw real windows on the offscreen platform: no screen is needed, in CI or here.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from casekit import user

from app.core.cases import CaseDesk
from app.core.users import User
from sync.blobs import BlobStore
from sync.replica import Replica


@pytest.fixture
def replica(tmp_path: Path) -> Iterator[Replica]:
    r = Replica.open(tmp_path / "profile" / Replica.FILE_NAME)
    yield r
    r.close()


@pytest.fixture
def secretary() -> User:
    return user("aziza", "secretary")


@pytest.fixture
def desk(replica: Replica, secretary: User) -> CaseDesk:
    return CaseDesk(replica, secretary, device="test-pc")


@pytest.fixture
def attach(tmp_path: Path):
    """Make a small file, store it, and return its attachment value."""
    store = BlobStore(tmp_path / "profile" / "blobs")

    def make(name: str, content: bytes | None = None) -> dict:
        path = tmp_path / "files" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(content or f"%PDF-1.4 scan of {name}".encode())
        return store.add_file(path).to_json()

    return make
