"""Logins, tokens and who may do what.

- Passwords are hashed with Argon2id (argon2-cffi's defaults).
- Login returns a short-lived access token and a refresh token bound to the device. The
  access token is ``session.expiry.signature`` (HMAC-SHA256 with the database's secret):
  every request reads the session anyway, to honour a logout at once, and the session names
  the user and the device — so the token stays ~50 bytes instead of a 260-byte JWT, which
  matters on a 2G link where it travels with every request. The refresh token is stored
  only as a SHA-256 hash and is replaced on every refresh.
- Failed logins are counted per user and per address in the database, so the limit holds
  across server processes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import time
from dataclasses import dataclass

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.engine import Connection

from sync.server.storage import (
    clients,
    login_failures,
    now_iso,
    orgs,
    sessions,
    setting,
    users,
)

ACCESS_TTL_S = 15 * 60
REFRESH_TTL_S = 30 * 24 * 3600
FAILURE_WINDOW_S = 15 * 60
MAX_FAILURES_PER_USER = 5
MAX_FAILURES_PER_ADDRESS = 30

_hasher = PasswordHasher()


class AuthError(Exception):
    """Refused authentication or authorisation; ``status`` is the HTTP status to answer."""

    def __init__(self, status: int, message: str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.retry_after = status, message, retry_after


@dataclass(frozen=True)
class ServerUser:
    id: int
    name: str
    org: str
    roles: tuple[str, ...]
    full_name: str | None = None

    def sees(self, org: str) -> bool:
        return org == self.org or org.startswith(self.org + ".")

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "org": self.org, "roles": list(self.roles),
                "full_name": self.full_name}


@dataclass(frozen=True)
class Identity:
    user: ServerUser
    session_id: str
    client_id: str


def hash_password(password: str) -> str:
    if len(password) < 8:
        raise ValueError("a password needs at least 8 characters")
    return _hasher.hash(password)


# Verified against when the user does not exist, so that the time taken does not tell
# which user names exist.
_NOBODY = _hasher.hash(secrets.token_urlsafe(16))
USER_NAME = re.compile(r"^[a-z][a-z0-9_.-]{1,79}$")


def _verify(stored: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored or _NOBODY, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def _sha(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _user(row: sa.Row) -> ServerUser:
    return ServerUser(row.id, row.name, row.org, tuple(json.loads(row.roles)), row.full_name)


def load_user(conn: Connection, *, name: str | None = None, user_id: int | None = None
              ) -> ServerUser | None:
    query = sa.select(users).where(users.c.active.is_(True))
    query = query.where(users.c.name == name) if name is not None else \
        query.where(users.c.id == user_id)
    row = conn.execute(query).first()
    return _user(row) if row else None


# --- rate limiting -----------------------------------------------------------------------


def _keys(name: str, address: str) -> list[tuple[str, int]]:
    return [(f"user:{name[:80]}", MAX_FAILURES_PER_USER),
            (f"addr:{address[:64]}", MAX_FAILURES_PER_ADDRESS)]


def reserve_attempt(conn: Connection, name: str, address: str,
                    now: float | None = None) -> None:
    """Count a sign-in attempt as failed *before* checking the password (its own
    transaction), so that concurrent guesses cannot slip past the limit; a successful
    sign-in gives the attempt back (:func:`attempt_succeeded`)."""
    now = time.time() if now is None else now
    for key, limit in _keys(name, address):
        _take(conn, key, limit, now)


def _take(conn: Connection, key: str, limit: int, now: float) -> None:
    """Check and count under the row's lock; two first attempts racing to insert the row
    make one of them fail on the key and be retried by the caller."""
    row = conn.execute(sa.select(login_failures).where(login_failures.c.key == key)
                       .with_for_update()).first()
    if row is None:
        conn.execute(login_failures.insert().values(key=key, window_start=now, count=1))
    elif now - row.window_start > FAILURE_WINDOW_S:
        conn.execute(login_failures.update().where(login_failures.c.key == key)
                     .values(window_start=now, count=1))
    elif row.count >= limit:
        raise AuthError(429, "too many failed sign-ins; wait 15 minutes and try again",
                        retry_after=FAILURE_WINDOW_S)
    else:
        conn.execute(login_failures.update().where(login_failures.c.key == key)
                     .values(count=login_failures.c.count + 1))


def attempt_succeeded(conn: Connection, name: str, address: str) -> None:
    user_key, address_key = (key for key, _ in _keys(name, address))
    conn.execute(login_failures.delete().where(login_failures.c.key == user_key))
    conn.execute(login_failures.update().where(login_failures.c.key == address_key,
                                               login_failures.c.count > 0)
                 .values(count=login_failures.c.count - 1))


# --- tokens ------------------------------------------------------------------------------


def _secret(conn: Connection) -> str:
    secret = setting(conn, "token_secret")
    if not secret:
        raise AuthError(500, "the server is not initialised; run 'daftar admin init'")
    return secret


def _signature(secret: str, body: str) -> str:
    digest = hmac.new(secret.encode(), body.encode(), hashlib.sha256).digest()[:16]
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def access_token(secret: str, session_id: str, expires_at: int) -> str:
    body = f"{session_id}.{expires_at:x}"
    return f"{body}.{_signature(secret, body)}"


def read_access_token(secret: str, token: str, now: float | None = None) -> str:
    """The session id of a valid token; AuthError(401) otherwise."""
    try:
        session_id, expiry, signature = token.split(".")
        expires_at = int(expiry, 16)
    except ValueError as exc:
        raise AuthError(401, "the access token is not valid") from exc
    if not hmac.compare_digest(signature, _signature(secret, f"{session_id}.{expiry}")):
        raise AuthError(401, "the access token is not valid")
    if expires_at < (time.time() if now is None else now):
        raise AuthError(401, "the access token has expired; refresh it")
    return session_id


def _access_token(conn: Connection, user: ServerUser, session_id: str, client_id: str,
                  now: float) -> str:
    return access_token(_secret(conn), session_id, int(now) + ACCESS_TTL_S)


def _tokens(conn: Connection, user: ServerUser, session_id: str, client_id: str,
            refresh: str, now: float) -> dict[str, object]:
    # The organisation's name as documents print it ("3-son Jizzax okrug saylov komissiyasi").
    org_name = conn.execute(sa.select(orgs.c.name).where(orgs.c.path == user.org)).scalar()
    return {"access_token": _access_token(conn, user, session_id, client_id, now),
            "refresh_token": refresh, "expires_in": ACCESS_TTL_S, "user": user.to_json(),
            "org_name": org_name, "server_time": now_iso()}


def login(conn: Connection, name: str, password: str, client_id: str, device_name: str,
          address: str, now: float | None = None) -> dict[str, object]:
    now = time.time() if now is None else now
    row = conn.execute(sa.select(users).where(users.c.name == name,
                                              users.c.active.is_(True))).first() \
        if USER_NAME.match(name) else None
    if not _verify(row.password_hash if row else None, password) or row is None:
        raise AuthError(401, "wrong user name or password")
    user = _user(row)
    attempt_succeeded(conn, name, address)
    bind_client(conn, client_id, user)
    session_id = secrets.token_urlsafe(18)
    refresh = secrets.token_urlsafe(32)
    conn.execute(sessions.insert().values(
        id=session_id, user_id=user.id, client_id=client_id, device_name=device_name[:120],
        refresh_hash=_sha(refresh), created_at=now, expires_at=now + REFRESH_TTL_S))
    return _tokens(conn, user, session_id, client_id, refresh, now)


def bind_client(conn: Connection, client_id: str, user: ServerUser) -> None:
    """A client id (one replica) belongs to one user for good: refuse borrowing it."""
    row = conn.execute(sa.select(clients).where(clients.c.client_id == client_id)).first()
    if row is None:
        conn.execute(clients.insert().values(client_id=client_id, user_id=user.id,
                                             last_mutation_id=0, created_at=now_iso()))
    elif row.user_id != user.id:
        raise AuthError(403, "this device's replica belongs to another user; each person "
                             "needs their own profile")


def refresh(conn: Connection, token: str, client_id: str, now: float | None = None
            ) -> dict[str, object]:
    now = time.time() if now is None else now
    row = conn.execute(sa.select(sessions).where(sessions.c.refresh_hash == _sha(token))
                       .with_for_update()).first()
    if row is None or row.revoked_at is not None:
        raise AuthError(401, "this sign-in has ended; sign in again")
    if row.client_id != client_id:
        raise AuthError(401, "this sign-in belongs to another device; sign in again")
    if row.expires_at < now:
        raise AuthError(401, "this sign-in has expired; sign in again")
    user = load_user(conn, user_id=row.user_id)
    if user is None:
        raise AuthError(401, "this account is no longer active")
    new_refresh = secrets.token_urlsafe(32)
    conn.execute(sessions.update().where(sessions.c.id == row.id)
                 .values(refresh_hash=_sha(new_refresh), expires_at=now + REFRESH_TTL_S))
    return _tokens(conn, user, row.id, client_id, new_refresh, now)


def logout(conn: Connection, identity: Identity) -> None:
    conn.execute(sessions.update().where(sessions.c.id == identity.session_id)
                 .values(revoked_at=time.time()))


def authenticate(conn: Connection, authorization: str | None) -> Identity:
    """The identity behind an ``Authorization: Bearer`` header, or AuthError(401)."""
    if not authorization or not authorization.lower().startswith("bearer "):
        raise AuthError(401, "sign in first (no access token)")
    session_id = read_access_token(_secret(conn), authorization[7:].strip())
    session = conn.execute(sa.select(sessions.c.revoked_at, sessions.c.user_id,
                                     sessions.c.client_id)
                           .where(sessions.c.id == session_id)).first()
    if session is None or session.revoked_at is not None:
        raise AuthError(401, "this sign-in has ended; sign in again")
    user = load_user(conn, user_id=session.user_id)
    if user is None:
        raise AuthError(401, "this account is no longer active")
    return Identity(user, session_id, session.client_id)
