"""The people who use Daftar on this computer: one profile (replica) each, and unlocking.

Several people share one PC in a school or a district office. Each signs in once online;
the client then keeps their own profile folder under ``<home>/profiles/`` and an *offline
verifier* of their password (scrypt, salted) in ``<home>/accounts.json``, so they can
unlock their profile later with no link. The verifier is not the server's password hash and
opens nothing but the local profile; the sign-in tokens stay in the OS keyring.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from app.core.users import ORG_PATH, User
from app.profile import Profile, ProfileError

SCRYPT = {"n": 2**14, "r": 8, "p": 1}
MIN_PASSWORD = 6


@dataclass(frozen=True)
class Account:
    """A profile on this PC and whose it is."""

    key: str  # the profile folder's name
    name: str
    full_name: str | None
    org: str
    server: str | None  # None: works offline only
    verifier: dict[str, Any] | None = None

    @property
    def display(self) -> str:
        who = self.full_name or self.name
        return f"{who} ({self.name})" if self.full_name else who


def make_verifier(password: str) -> dict[str, Any]:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **SCRYPT)
    return {"alg": "scrypt", **SCRYPT, "salt": salt.hex(), "hash": digest.hex()}


def check_verifier(verifier: dict[str, Any], password: str) -> bool:
    try:
        digest = hashlib.scrypt(password.encode(), salt=bytes.fromhex(verifier["salt"]),
                                dklen=32, n=int(verifier["n"]), r=int(verifier["r"]),
                                p=int(verifier["p"]))
    except (KeyError, ValueError, TypeError):
        return False
    return hmac.compare_digest(digest.hex(), str(verifier.get("hash", "")))


class Accounts:
    """The accounts index of one Daftar home folder."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.index = home / "accounts.json"

    @property
    def profiles(self) -> Path:
        return self.home / "profiles"

    def known(self) -> list[Account]:
        try:
            raw = json.loads(self.index.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        out = []
        for key, entry in sorted(raw.items()):
            try:
                out.append(Account(key=key, name=entry["name"], full_name=entry.get("full_name"),
                                   org=entry["org"], server=entry.get("server"),
                                   verifier=entry.get("verifier")))
            except (KeyError, TypeError):
                continue  # a damaged entry hides one account, never all of them
        return out

    def get(self, key: str) -> Account | None:
        return next((a for a in self.known() if a.key == key), None)

    def path_of(self, account: Account | str) -> Path:
        return self.profiles / (account if isinstance(account, str) else account.key)

    def key_for(self, user_name: str, server: str | None) -> str:
        """The folder name for ``user_name`` at ``server``: their existing one, or a new one."""
        for account in self.known():
            if account.name == user_name and account.server == server:
                return account.key
        base = re.sub(r"[^a-z0-9_.-]+", "_", user_name.lower()).strip("._") or "user"
        if server:
            host = urlsplit(server).netloc.replace(":", "_")
            base = f"{base}@{re.sub(r'[^a-z0-9_.-]+', '_', host.lower())}"
        key, n = base, 2
        taken = {a.key for a in self.known()}
        while key in taken or (self.profiles / key).exists():
            key, n = f"{base}-{n}", n + 1
        return key

    def remember(self, key: str, user: User, server: str | None, password: str | None) -> Account:
        """Record (or update) the account after a sign-in; ``password`` makes it unlockable."""
        previous = self.get(key)
        verifier = make_verifier(password) if password else (
            previous.verifier if previous else None)
        account = Account(key, user.name, user.full_name, user.org, server, verifier)
        entries = {a.key: a for a in self.known()}
        entries[key] = account
        self._write({k: {n: v for n, v in asdict(a).items() if n != "key"}
                     for k, a in entries.items()})
        return account

    def forget(self, key: str) -> None:
        """Drop an account from the list (its profile folder is left on disk)."""
        entries = {a.key: a for a in self.known() if a.key != key}
        self._write({k: {n: v for n, v in asdict(a).items() if n != "key"}
                     for k, a in entries.items()})

    def unlock(self, key: str, password: str) -> bool:
        account = self.get(key)
        if account is None or account.verifier is None:
            return False
        return check_verifier(account.verifier, password)

    def _write(self, entries: dict[str, Any]) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.home, prefix=".accounts-")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(entries, out, ensure_ascii=False, indent=1)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, self.index)

    # --- signing in ------------------------------------------------------------------------

    def sign_in(self, server: str, user_name: str, password: str) -> Account:
        """Online sign-in (blocking; run it off the GUI thread). Creates the profile."""
        key = self.key_for(user_name, server.rstrip("/"))
        profile = Profile.open(self.path_of(key))
        try:
            user, _ = sign_in(profile, server, user_name, password)
        finally:
            profile.close()
        return self.remember(key, user, server.rstrip("/"), password)

    def create_offline(self, user: User, password: str) -> Account:
        """A profile for offline-only work (a field training with no server)."""
        if len(password) < MIN_PASSWORD:
            raise ProfileError(f"choose a password of at least {MIN_PASSWORD} characters")
        if not ORG_PATH.match(user.org):
            raise ProfileError(f"{user.org!r} is not an organisation path; write it like "
                               "uz.jizzakh.dec_3")
        if any(a.name == user.name and a.server is None for a in self.known()):
            # Creating it again would let anyone at the PC reset its password and roles.
            raise ProfileError(f"a profile named {user.name} is already on this computer; "
                               "unlock it with its password, or choose another name")
        key = self.key_for(user.name, None)
        profile = Profile.open(self.path_of(key))
        try:
            profile.set_user(user)
        finally:
            profile.close()
        return self.remember(key, user, None, password)


def sign_in(profile: Profile, server: str, user_name: str, password: str
            ) -> tuple[User, Any]:
    """Sign ``profile`` in at ``server``; the user's organisation and roles come from it.

    Returns the user and the :class:`sync.credentials.Credentials` that keep the sign-in.

    Raises :class:`ProfileError` when the profile has unsynced changes for another server,
    and :class:`sync.client.SyncError` when the server refuses or cannot be reached.
    """
    server = server.rstrip("/")
    known = profile.replica.meta("server_url")
    if known and known.rstrip("/") != server and profile.replica.pending_count():
        raise ProfileError(f"this profile has changes for {known} not yet synced; sync them "
                           "there first or use another profile")
    profile.replica.set_meta("server_url", server)
    client = sync_client(profile)
    tokens = client.login(user_name, password, profile.device)
    user = User.from_json(tokens["user"])
    profile.set_user(user)
    after_sign_in(profile, user, tokens)
    return user, client.credentials


def after_sign_in(profile: Profile, user: User, tokens: dict[str, Any]) -> None:
    """What a profile keeps from a sign-in besides the user: the organisation's name as
    documents print it, and the journals it numbers in (blocks leased at the next sync)."""
    from app.core.definitions import default_catalogue
    from app.core.journals import declare

    if tokens.get("org_name"):
        profile.replica.set_meta("org_name", str(tokens["org_name"]))
    declare(profile.replica, user, default_catalogue())


def sync_client(profile: Profile, **options: Any):  # -> sync.client.SyncClient
    """The sync client of a profile that has a server (``options``: retries, timeouts)."""
    from app.core.cases import remote_headline
    from app.core.definitions import default_catalogue
    from sync.client import SyncClient
    from sync.credentials import Credentials

    server = profile.replica.meta("server_url")
    if not server:
        raise ProfileError("this profile has no server yet; sign in to one first")
    return SyncClient(profile.replica, server,
                      Credentials(profile.replica.client_id, profile.path),
                      remote_headline(default_catalogue()), blobs=profile.blobs, **options)
