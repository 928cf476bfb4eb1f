"""Several people on one PC: a profile each, unlocking offline with the password."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.accounts import Accounts, check_verifier, make_verifier
from app.core.users import User
from app.profile import Profile, ProfileError


def test_offline_account_unlocks_with_its_password_only(tmp_path: Path) -> None:
    accounts = Accounts(tmp_path)
    account = accounts.create_offline(User("trainer", "uz.jizzakh", ("secretary",)), "s3cret!")
    assert accounts.unlock(account.key, "s3cret!")
    assert not accounts.unlock(account.key, "s3cret")
    assert not accounts.unlock("nobody", "s3cret!")
    # The password itself is written nowhere.
    assert "s3cret!" not in accounts.index.read_text(encoding="utf-8")
    profile = Profile.open(accounts.path_of(account))
    try:
        assert profile.require_user().name == "trainer"
    finally:
        profile.close()


def test_each_person_gets_their_own_profile(tmp_path: Path) -> None:
    accounts = Accounts(tmp_path)
    a = accounts.create_offline(User("aziza", "uz.jizzakh.dec_3", ("secretary",)), "password1")
    b = accounts.create_offline(User("bobur", "uz.jizzakh.dec_3", ("member",)), "password2")
    assert accounts.path_of(a) != accounts.path_of(b)
    assert [x.name for x in accounts.known()] == ["aziza", "bobur"]
    assert accounts.unlock(b.key, "password2") and not accounts.unlock(b.key, "password1")
    # Nobody can make "aziza" again to reset her password (or roles) from the start dialog.
    with pytest.raises(ProfileError, match="already on this computer"):
        accounts.create_offline(User("aziza", "uz.jizzakh.dec_3", ("chair",)), "intruder1")
    assert accounts.unlock(a.key, "password1") and not accounts.unlock(a.key, "intruder1")
    # The same name at a server is a different profile from the offline one.
    assert accounts.key_for("aziza", "http://10.0.0.5:8765") != a.key


def test_short_password_or_bad_organisation_is_refused(tmp_path: Path) -> None:
    accounts = Accounts(tmp_path)
    with pytest.raises(ProfileError, match="at least"):
        accounts.create_offline(User("x", "uz.a", ("secretary",)), "123")
    with pytest.raises(ProfileError, match="organisation path"):
        accounts.create_offline(User("x", "Jizzakh DEC", ("secretary",)), "password1")
    assert accounts.known() == []


def test_a_damaged_entry_hides_only_itself(tmp_path: Path) -> None:
    accounts = Accounts(tmp_path)
    accounts.create_offline(User("aziza", "uz.a", ("secretary",)), "password1")
    raw = json.loads(accounts.index.read_text(encoding="utf-8"))
    raw["broken"] = {"nonsense": True}
    accounts.index.write_text(json.dumps(raw), encoding="utf-8")
    assert [a.name for a in accounts.known()] == ["aziza"]


def test_verifier_rejects_tampering() -> None:
    v = make_verifier("password1")
    assert check_verifier(v, "password1")
    assert not check_verifier({**v, "salt": "zz"}, "password1")
    assert not check_verifier({}, "password1")
