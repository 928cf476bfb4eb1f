"""Where sign-ins are kept when the PC has no keyring service."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.core
import pytest

from sync.credentials import Credentials, MemoryKeyring


def test_the_test_keyring_is_never_chosen_by_itself_so_sign_ins_survive(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    previous = keyring.get_keyring()
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(keyring.core, "load_config", lambda: None)
    try:
        keyring.core.init_backend()
        assert not isinstance(keyring.get_keyring(), MemoryKeyring)
        saved = Credentials("client-1", tmp_path)
        saved.save({"refresh_token": "r", "access_token": "a"})
        # A later process (here: a new Credentials) finds the sign-in again.
        assert Credentials("client-1", tmp_path).load() == {"refresh_token": "r",
                                                              "access_token": "a"}
    finally:
        keyring.set_keyring(previous)
