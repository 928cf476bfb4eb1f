"""Administration of the central database: organisations and users (``daftar admin``)."""

from __future__ import annotations

import json
import re

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from sync.server.auth import hash_password
from sync.server.storage import migrate, now_iso, orgs, users

ORG_PATH = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
USER_NAME = re.compile(r"^[a-z][a-z0-9_.-]{1,79}$")


class AdminError(Exception):
    """A refused administrative request; the message says what to fix."""


def init(engine: Engine) -> list[int]:
    return migrate(engine)


def add_org(engine: Engine, path: str, kind: str, name: str) -> None:
    if not ORG_PATH.match(path):
        raise AdminError(f"{path!r} is not an organisation path (like uz.jizzakh.dec_3)")
    with engine.begin() as conn:
        if conn.execute(sa.select(orgs.c.path).where(orgs.c.path == path)).first():
            raise AdminError(f"organisation {path} already exists")
        parent = path.rsplit(".", 1)[0] if "." in path else None
        if parent and not conn.execute(sa.select(orgs.c.path)
                                       .where(orgs.c.path == parent)).first():
            raise AdminError(f"add the parent organisation {parent} first")
        conn.execute(orgs.insert().values(path=path, kind=kind, name=name))


def add_user(engine: Engine, name: str, org: str, roles: list[str], password: str | None,
             full_name: str | None = None, *, password_hash: str | None = None) -> None:
    if not USER_NAME.match(name):
        raise AdminError(f"{name!r} is not a user name (lower-case letters, digits, . _ -)")
    if not roles:
        raise AdminError("give at least one --role")
    try:
        hashed = password_hash or (hash_password(password) if password else None)
    except ValueError as exc:
        raise AdminError(str(exc)) from exc
    with engine.begin() as conn:
        if not conn.execute(sa.select(orgs.c.path).where(orgs.c.path == org)).first():
            raise AdminError(f"there is no organisation {org}; add it with add-org")
        if conn.execute(sa.select(users.c.id).where(users.c.name == name)).first():
            raise AdminError(f"user {name} already exists")
        conn.execute(users.insert().values(
            name=name, org=org, roles=json.dumps(sorted(set(roles))), full_name=full_name,
            password_hash=hashed, active=True, created_at=now_iso()))


def list_orgs(engine: Engine) -> list[dict[str, str]]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.select(orgs).order_by(orgs.c.path))]
