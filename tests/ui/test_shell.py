"""Who is working: first-run wizard, offline unlock, lock, switch user, language."""

from __future__ import annotations

from pathlib import Path

from uikit import type_text

from app.accounts import Accounts
from app.core.users import User
from app.settings import Settings
from app.ui.app import Shell
from app.ui.dialogs.sign_in import FirstRunWizard, UnlockDialog
from app.ui.qt import QtWidgets


def _finish_offline_wizard(qtbot, wizard: FirstRunWizard, name: str, password: str) -> None:
    wizard.next()  # language
    wizard.where_page.offline.setChecked(True)
    wizard.next()
    page = wizard.account_page
    type_text(page.user, name)
    type_text(page.password, password)
    type_text(page.org, "uz.jizzakh.jizzakh_city.school_12")
    page.role.setCurrentIndex(page.role.findData("teacher"))
    wizard.button(QtWidgets.QWizard.WizardButton.FinishButton).click()


def test_first_run_offline_then_unlock_with_the_password(qtbot, home: Path) -> None:
    shell = Shell(home)
    shell.start()
    wizard = shell.dialog
    assert isinstance(wizard, FirstRunWizard)
    qtbot.addWidget(wizard)
    # A short password is refused on the page, and nothing is created.
    _finish_offline_wizard(qtbot, wizard, "malika", "123")
    qtbot.waitUntil(lambda: "at least" in wizard.account_page.status.text(), timeout=5000)
    assert Accounts(home).known() == []
    wizard.account_page.password.setText("kitob-2026")
    wizard.button(QtWidgets.QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: shell.window is not None and shell.window.isVisible(),
                    timeout=10_000)
    window = shell.window
    assert "malika" in window.user_label.text()
    qtbot.waitUntil(lambda: "Offline only" in window.online_label.text(), timeout=5000)

    # Lock: the window hides; a wrong password keeps it hidden, the right one brings it back.
    window.lock_action.trigger()
    assert not window.isVisible()
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.addWidget(dialog)
    dialog.password.setText("wrong-one")
    dialog.unlock()
    qtbot.waitUntil(lambda: "Wrong password" in dialog.status.text(), timeout=5000)
    assert not window.isVisible()
    dialog.password.setText("kitob-2026")
    dialog.unlock()
    qtbot.waitUntil(window.isVisible, timeout=5000)
    assert shell.window is window  # the same window, as it was left
    shell.stop()


def test_two_people_switch_and_each_opens_their_own_profile(qtbot, home: Path) -> None:
    accounts = Accounts(home)
    accounts.create_offline(User("nodira", "uz.jizzakh.jizzakh_city.school_5",
                                 ("school_secretary",)), "nodira-pass")
    accounts.create_offline(User("javlon", "uz.jizzakh.jizzakh_city.school_21",
                                 ("director",)), "javlon-pass")
    shell = Shell(home)
    shell.start()
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.people.count() == 2
    qtbot.addWidget(dialog)
    dialog.people.setCurrentRow(0)  # javlon (sorted by folder name)
    dialog.password.setText("nodira-pass")  # the other person's password does not open it
    dialog.unlock()
    qtbot.waitUntil(lambda: "Wrong password" in dialog.status.text(), timeout=5000)
    dialog.password.setText("javlon-pass")
    dialog.unlock()
    qtbot.waitUntil(lambda: shell.window is not None, timeout=5000)
    assert "javlon" in shell.window.user_label.text()
    assert Settings(home)["last_account"] == shell.account.key

    shell.switch_user()
    dialog = shell.dialog
    qtbot.addWidget(dialog)
    dialog.people.setCurrentRow(1)
    dialog.password.setText("nodira-pass")
    dialog.unlock()
    qtbot.waitUntil(lambda: shell.window is not None and "nodira" in
                    shell.window.user_label.text(), timeout=5000)
    assert shell.account.name == "nodira"
    shell.stop()


def test_language_switch_rebuilds_the_window_in_uzbek(qtbot, home: Path, monkeypatch) -> None:
    from app.ui.i18n import compile_translations

    assert compile_translations(), "pyside6-lrelease compiles resources/translations/*.ts"
    accounts = Accounts(home)
    accounts.create_offline(User("nodira", "uz.jizzakh.jizzakh_city.school_5",
                                 ("school_secretary",)), "nodira-pass")
    shell = Shell(home)
    shell.start()
    dialog = shell.dialog
    qtbot.addWidget(dialog)
    dialog.password.setText("nodira-pass")
    dialog.unlock()
    qtbot.waitUntil(lambda: shell.window is not None, timeout=5000)
    english = shell.window.nav.item(0).text()
    monkeypatch.setattr(QtWidgets.QInputDialog, "getItem",
                        lambda *a, **k: ("Oʻzbekcha", True))
    shell.edit_settings()
    qtbot.waitUntil(lambda: shell.window is not None, timeout=5000)
    assert Settings(home)["language"] == "uz-Latn"
    assert shell.window.nav.item(0).text() != english
    # Dates in the Uzbek way.
    assert shell.language.date("2026-11-23") == "23.11.2026"
    shell.language.use("en")
    shell.stop()


def test_first_run_signs_in_online_and_a_wrong_password_says_so(qtbot, home: Path,
                                                                 server) -> None:
    shell = Shell(home)
    shell.start()
    wizard = shell.dialog
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.where_page.server.setText(server.url)
    wizard.next()
    page = wizard.account_page
    type_text(page.user, "kamola")
    type_text(page.password, "not-her-password")
    wizard.button(QtWidgets.QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: page.status.text() not in ("", "Signing in…"), timeout=15_000)
    assert "wrong user name or password" in page.status.text().lower()
    assert shell.window is None and Accounts(home).known() == []
    page.password.setText("daftar-demo")
    wizard.button(QtWidgets.QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: shell.window is not None, timeout=15_000)
    account = Accounts(home).known()[0]
    assert (account.name, account.org, account.server) == ("kamola", "uz.jizzakh.dec_3",
                                                           server.url)
    assert Settings(home)["server"] == server.url
    # She can unlock later with no server at all: the password is checked on this PC.
    server.stop()
    assert Accounts(home).unlock(account.key, "daftar-demo")
    shell.stop()


def test_signed_out_by_the_server_signs_in_again_from_the_sync_page(qtbot, home: Path, server,
                                                                    monkeypatch) -> None:
    from app.profile import Profile
    from sync.credentials import Credentials

    accounts = Accounts(home)
    account = accounts.sign_in(server.url, "kamola", "daftar-demo")
    shell = Shell(home)
    shell.start()
    dialog = shell.dialog
    qtbot.addWidget(dialog)
    dialog.password.setText("daftar-demo")
    dialog.unlock()
    qtbot.waitUntil(lambda: shell.window is not None, timeout=5000)
    window = shell.window
    qtbot.waitUntil(lambda: window.agent.state == "online", timeout=20_000)
    # The sign-in ends (revoked by an administrator, say): the next sync is refused.
    profile = Profile.open(accounts.path_of(account))
    Credentials(profile.replica.client_id, profile.path).clear()
    profile.close()
    window.agent.worker.run(lambda session: setattr(session.client, "_access", None))
    window.agent.sync_now()
    qtbot.waitUntil(lambda: window.agent.state == "signed-out", timeout=20_000)
    assert window.sync_page.sign_in_button.isVisibleTo(window.sync_page)

    monkeypatch.setattr(QtWidgets.QInputDialog, "getText",
                        lambda *a, **k: ("daftar-demo", True))
    with qtbot.waitSignal(window.agent.synced, timeout=30_000):
        window.sync_page.sign_in_button.click()
    assert window.agent.state == "online"
    assert not window.sync_page.sign_in_button.isVisibleTo(window.sync_page)
    shell.stop()
