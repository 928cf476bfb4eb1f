"""Starting the desktop client: fonts, language, who is working, the main window.

:class:`Shell` walks through the start: the first-run wizard when nobody has used Daftar on
this computer, else the unlock dialog; then the main window on that person's profile; lock,
switch user and a change of language come back here.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import Any

from app.accounts import Account, Accounts
from app.core.users import User
from app.paths import fonts_dir, home_dir
from app.profile import Profile
from app.settings import Settings
from app.ui.dialogs.sign_in import FirstRunWizard, UnlockDialog
from app.ui.i18n import NAMES, Language
from app.ui.qt import QApplication, QFont, QFontDatabase, QObject, QtWidgets, translate
from app.ui.tasks import Worker
from app.ui.views.main_window import MainWindow

STYLE = """
QLabel#heading { font-size: 15pt; font-weight: 600; padding: 2px 0 4px 0; }
QLabel#muted { color: #555; }
QLabel#banner { padding: 6px 8px; border-radius: 3px; }
QLabel#banner[error="true"] { background: #fdecea; color: #8c1d18; }
QLabel#banner[error="false"] { background: #e7f3ea; color: #14532d; }
QListWidget#nav { font-size: 11pt; border: none; background: #f1f3f5; padding-top: 6px; }
QListWidget#nav::item { padding: 8px 10px; }
QListWidget#nav::item:selected { background: #1a5fb4; color: white; }
"""


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with our fonts (Uzbek and Russian letters everywhere) and style."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Daftar")
    app.setOrganizationName("Daftar")
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        path = fonts_dir() / name
        if path.exists():
            QFontDatabase.addApplicationFont(str(path))
    app.setFont(QFont("DejaVu Sans", 10))
    app.setStyleSheet(STYLE)
    return app


def profile_user(path: Path) -> tuple[User | None, bool]:
    """(user, has a server) of a profile folder — read on a worker, never the GUI thread."""
    profile = Profile.open(path)
    try:
        return profile.user(), bool(profile.replica.meta("server_url"))
    finally:
        profile.close()


class Shell(QObject):
    """Who is working, and their main window."""

    def __init__(
        self,
        home: Path,
        *,
        profile: Path | None = None,
        lang: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.home = home
        self.accounts = Accounts(home)
        self.settings = Settings(home)
        self.language = Language()
        self.language.use(lang or self.settings["language"])
        self.explicit = profile
        self.auth: Worker[None] = Worker("auth", lambda: None, expected=(Exception,), parent=self)
        self.window: MainWindow | None = None
        self.account: Account | None = None
        self.dialog: QtWidgets.QDialog | None = None

    # --- start -----------------------------------------------------------------------------

    def start(self) -> None:
        if self.explicit is not None:
            path = self.explicit
            self.auth.run(
                lambda _: profile_user(path),
                lambda found: self._explicit_opened(path, *found),
                self._fatal,
            )
        elif self.accounts.known():
            self.ask_who(selected=self.settings["last_account"] or None)
        else:
            self.first_run()

    def _explicit_opened(self, path: Path, user: User | None, has_server: bool) -> None:
        if user is None:
            self.first_run()
            return
        self.open_window(path, user, has_server=has_server, can_lock=False)

    def first_run(self) -> None:
        accounts = self.accounts
        if self.explicit is not None:
            # The wizard creates the user in the profile named on the command line.
            accounts = _ExplicitAccounts(self.home, self.explicit)
        wizard = FirstRunWizard(
            accounts, self.auth, language=self.language.code, server=self.settings["server"]
        )
        wizard.language_chosen.connect(self._language_in_wizard)
        wizard.accepted.connect(lambda: self._signed_in(wizard.account, wizard))
        wizard.rejected.connect(self._maybe_quit)
        self.dialog = wizard
        wizard.show()

    def _language_in_wizard(self, code: str) -> None:
        self.settings["language"] = code
        self.language.use(code)
        # The wizard is made again in the chosen language (every label and button at once).
        old = self.dialog
        if old is not None:
            old.rejected.disconnect()
            old.hide()
            old.deleteLater()
        self.first_run()

    def ask_who(self, selected: str | None = None, *, locked: bool = False) -> None:
        dialog = UnlockDialog(self.accounts, self.auth, selected=selected, locked=locked)
        dialog.add_user.connect(self.first_run)
        dialog.accepted.connect(lambda: self._signed_in(dialog.account, dialog))
        if locked:
            # A lock is not dismissed with Esc: the window and its open work stay behind it.
            dialog.rejected.connect(lambda: self.ask_who(selected, locked=True))
        else:
            dialog.rejected.connect(self._maybe_quit)
        self.dialog = dialog
        dialog.show()

    def _signed_in(self, account: Account | None, dialog: Any) -> None:
        if account is None:
            return
        if isinstance(dialog, FirstRunWizard) and account.server:
            self.settings["server"] = account.server
        if self.window is not None and self.account and self.account.key == account.key:
            self.window.show()  # unlocked: the same window, as it was left
            self.window.raise_()
            if isinstance(dialog, FirstRunWizard):
                self.window.agent.signed_in()  # signed in again: sync may go on
            return
        if self.window is not None and self.window.case_view.has_unsaved():
            # Someone else at a locked PC must not throw away the first person's open work.
            owner = self.account.name if self.account else ""
            self.ask_who(self.account.key if self.account else None, locked=True)
            QtWidgets.QMessageBox.information(
                self.dialog,
                "Daftar",
                translate(
                    "Shell", "{0} has unsaved changes open; {0} must unlock and save them first."
                ).format(owner),
            )
            return
        self.close_window()
        self.account = account
        self.settings["last_account"] = account.key
        path = self.explicit if self.explicit is not None else self.accounts.path_of(account)
        user = User(account.name, account.org, (), account.full_name)
        self.open_window(
            path, user, has_server=bool(account.server), can_lock=self.explicit is None
        )

    def _maybe_quit(self) -> None:
        if self.window is None or not self.window.isVisible():
            QApplication.instance().quit()

    def _fatal(self, error: Exception) -> None:
        QtWidgets.QMessageBox.critical(None, "Daftar", str(error))
        QApplication.instance().quit()

    # --- the window ------------------------------------------------------------------------

    def open_window(self, path: Path, user: User, *, has_server: bool, can_lock: bool) -> None:
        self.profile_path = path
        self.window = MainWindow(
            path,
            user,
            self.language,
            has_server=has_server,
            can_lock=can_lock,
            auto_sync_minutes=self.settings["auto_sync_minutes"],
            probe_seconds=self.settings["probe_seconds"],
        )
        self.window.lock_requested.connect(self.lock)
        self.window.switch_requested.connect(self.switch_user)
        self.window.settings_requested.connect(self.edit_settings)
        self.window.sign_in_requested.connect(self.sign_in_again)
        self.window.resize(1024, 768)
        self.window.show()
        self.window.start()
        # What the start built lives as long as the window: keep it out of the collector's
        # full passes, which otherwise stop every thread for 30-50 ms now and then.
        gc.freeze()

    def close_window(self) -> None:
        if self.window is not None:
            self.window.stop()
            self.window.hide()
            self.window.deleteLater()
            self.window = None

    def sign_in_again(self) -> None:
        """The server ended the sign-in (expired, revoked): the same person signs in again."""
        window, account = self.window, self.account
        if window is None or account is None or not account.server:
            return
        password, ok = QtWidgets.QInputDialog.getText(
            window,
            translate("Shell", "Sign in again"),
            translate("Shell", "Password of {0} at {1}:").format(account.name, account.server),
            QtWidgets.QLineEdit.EchoMode.Password,
        )
        if not ok or not password:
            return
        server, name = account.server, account.name

        def done(_account: Account) -> None:
            window.show_message(translate("Shell", "Signed in again."))
            window.agent.signed_in()

        self.auth.run(
            lambda _: self.accounts.sign_in(server, name, password),
            done,
            lambda exc: window.show_message(str(exc)),
        )

    def lock(self) -> None:
        if self.window is None or self.account is None:
            return
        self.window.hide()
        self.ask_who(selected=self.account.key, locked=True)

    def switch_user(self) -> None:
        if self.window is not None:
            self.window.case_view.leave_then(self._switch)
        else:
            self._switch()

    def _switch(self) -> None:
        self.close_window()
        self.account = None
        self.ask_who()

    def edit_settings(self) -> None:
        if self.window is None:
            return
        names = [NAMES[c] for c in NAMES]
        current = list(NAMES).index(self.language.code)
        name, ok = QtWidgets.QInputDialog.getItem(
            self.window,
            translate("Shell", "Settings"),
            translate("Shell", "Language:"),
            names,
            current,
            False,
        )
        if not ok:
            return
        code = list(NAMES)[names.index(name)]
        if code == self.language.code:
            return
        if self.window.case_view.has_unsaved():
            self.window.show_message(
                translate("Shell", "Save or undo the changes of the open case first.")
            )
            return
        self.settings["language"] = code
        self.language.use(code)
        # Every label is made in the new language by building the window again.
        window = self.window
        path, user = self.profile_path, window.user
        has_server, can_lock = window.agent.state != "local", window.lock_action.isEnabled()
        self.close_window()
        self.open_window(path, user, has_server=has_server, can_lock=can_lock)

    def stop(self) -> None:
        self.close_window()
        self.auth.stop()


class _ExplicitAccounts(Accounts):
    """Accounts whose every new profile is the one folder given with --profile."""

    def __init__(self, home: Path, profile: Path) -> None:
        super().__init__(home)
        self.explicit = profile

    def path_of(self, account: Account | str) -> Path:
        return self.explicit


def run(profile: str | None = None, lang: str | None = None) -> int:
    """``daftar gui``: returns the exit code when the last window closes."""
    app = make_application()
    shell = Shell(home_dir(), profile=Path(profile).expanduser() if profile else None, lang=lang)
    shell.start()
    code = app.exec()
    shell.stop()
    return code
