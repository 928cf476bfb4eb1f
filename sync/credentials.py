"""Where a profile's sign-in (refresh and access tokens) is kept: the OS keyring.

Windows Credential Manager, macOS Keychain or the Secret Service on Linux, through
``keyring``. A computer without any keyring (a minimal Linux, a service account) gets a
fallback: ``credentials.json`` in the profile folder, readable only by its owner, and the
sign-in says so plainly (``Credentials.warning``). Tests use :class:`MemoryKeyring`.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, NoKeyringError

SERVICE = "daftar"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives as long as the process (tests)."""

    priority = 1  # type: ignore[assignment]
    # Only when set on purpose (keyring.set_keyring): keyring must never pick it by itself on
    # a PC without a keyring service, or sign-ins would vanish at exit instead of going to
    # credentials.json.
    viable = False

    def __init__(self) -> None:
        super().__init__()
        self._store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._store.pop((service, username), None)


def _usable_keyring() -> bool:
    backend = keyring.get_keyring()
    name = type(backend).__module__ + "." + type(backend).__name__
    return "fail" not in name and "null" not in name.lower() and \
        getattr(backend, "priority", 1) > 0


class Credentials:
    """The tokens of one profile (keyed by its client id)."""

    def __init__(self, client_id: str, profile_dir: Path) -> None:
        self.account = client_id
        self.fallback = profile_dir / "credentials.json"
        self.warning: str | None = None

    @property
    def where(self) -> str:
        return "the system keyring" if _usable_keyring() else str(self.fallback)

    def load(self) -> dict[str, Any] | None:
        if _usable_keyring():
            try:
                text = keyring.get_password(SERVICE, self.account)
                return json.loads(text) if text else None
            except (KeyringError, NoKeyringError):
                pass
        if self.fallback.exists():
            return json.loads(self.fallback.read_text(encoding="utf-8"))
        return None

    def save(self, tokens: dict[str, Any]) -> None:
        text = json.dumps(tokens)
        if _usable_keyring():
            try:
                keyring.set_password(SERVICE, self.account, text)
                self.fallback.unlink(missing_ok=True)
                return
            except (KeyringError, NoKeyringError):
                pass
        self.warning = (f"this computer has no keyring, so the sign-in is kept in "
                        f"{self.fallback}, readable only by your user account")
        fd = os.open(self.fallback, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)

    def clear(self) -> None:
        if _usable_keyring():
            with contextlib.suppress(Exception):  # nothing stored there: fine
                keyring.delete_password(SERVICE, self.account)
        self.fallback.unlink(missing_ok=True)
