"""Helpers shared by the tests of cases and the command line (fixtures: conftest.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.core.cases import CaseDesk
from app.core.users import User

COMMISSION = "uz.jizzakh.dec_3"


def user(name: str, *roles: str, org: str = COMMISSION) -> User:
    return User(name, org, roles)


def desk_as(desk: CaseDesk, who: User) -> CaseDesk:
    """The same replica, worked on by someone else (a shared PC)."""
    return CaseDesk(desk.replica, who, device=desk.device, clock=desk.clock)


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
