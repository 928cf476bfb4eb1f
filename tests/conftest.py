"""Shared fixtures: a fresh replica per test, users with roles, files to attach."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.cases import CaseDesk
from app.core.users import User
from sync.blobs import BlobStore
from sync.replica import Replica

COMMISSION = "uz.jizzakh.dec_3"


@pytest.fixture
def replica(tmp_path: Path) -> Iterator[Replica]:
    r = Replica.open(tmp_path / "profile" / Replica.FILE_NAME)
    yield r
    r.close()


def user(name: str, *roles: str, org: str = COMMISSION) -> User:
    return User(name, org, roles)


@pytest.fixture
def secretary() -> User:
    return user("aziza", "secretary")


@pytest.fixture
def desk(replica: Replica, secretary: User) -> CaseDesk:
    return CaseDesk(replica, secretary, device="test-pc")


def desk_as(desk: CaseDesk, who: User) -> CaseDesk:
    """The same replica, worked on by someone else (a shared PC)."""
    return CaseDesk(desk.replica, who, device=desk.device, clock=desk.clock)


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


def dump(path: Path) -> list[str]:
    """Every row of every table of a SQLite file, for 'nothing changed' checks."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


CANDIDATE = {
    "surname": "Gʻafurov", "given_name": "Akmal", "patronymic": "Rustam oʻgʻli",
    "birth_date": "1980-03-12", "gender": "male", "pinfl": "31203800123453",
    "passport": "AB1234567", "constituency_name": "Jizzax saylov okrugi",
    "constituency_number": 12, "nominating_party": "Oʻzbekiston Xalq demokratik partiyasi",
    "profession": "oʻqituvchi", "position": "direktor", "workplace": "12-son maktab",
    "residence_region": "jizzakh", "residence_address": "Sharof Rashidov koʻchasi, 12",
}
