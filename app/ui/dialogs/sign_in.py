"""Getting to one's own profile: the first-run wizard, and unlock / switch user.

Sign-in talks to the server and unlocking runs scrypt, so both run on a background worker;
the dialogs only wait for the answer (buttons disabled, a line saying what happens).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.accounts import Account, Accounts
from app.core.definitions import LANGUAGES, known_roles, text
from app.core.users import User
from app.ui.i18n import NAMES
from app.ui.qt import Qt, QtWidgets, QWidget, Signal, translate
from app.ui.tasks import Worker


def _problem(error: Exception) -> str:
    text_ = str(error) or type(error).__name__
    return text_[0].upper() + text_[1:]


class LanguagePage(QtWidgets.QWizardPage):
    def __init__(self, language: str, on_change: Callable[[str], None]) -> None:
        super().__init__()
        self.setTitle("Daftar")
        self.setSubTitle(translate("FirstRun", "Choose the language of the program."))
        layout = QtWidgets.QVBoxLayout(self)
        self.box = QtWidgets.QComboBox()
        for code in LANGUAGES:
            self.box.addItem(NAMES[code], code)
        self.box.setCurrentIndex(max(0, self.box.findData(language)))
        self.box.currentIndexChanged.connect(lambda _i: on_change(self.box.currentData()))
        layout.addWidget(self.box)


class WherePage(QtWidgets.QWizardPage):
    def __init__(self, server: str) -> None:
        super().__init__()
        self.setTitle(translate("FirstRun", "Where do you work?"))
        self.setSubTitle(
            translate(
                "FirstRun",
                "Your commission or school gives you the server "
                "address. Without one, Daftar works on this "
                "computer only.",
            )
        )
        layout = QtWidgets.QVBoxLayout(self)
        self.online = QtWidgets.QRadioButton(translate("FirstRun", "Connect to a server:"))
        self.server = QtWidgets.QLineEdit(server)
        self.server.setPlaceholderText("http://10.0.0.5:8765")
        self.offline = QtWidgets.QRadioButton(translate("FirstRun", "Work offline only"))
        self.online.setChecked(True)
        self.online.toggled.connect(self.server.setEnabled)
        self.online.toggled.connect(lambda _on: self.completeChanged.emit())
        self.server.textChanged.connect(lambda _t: self.completeChanged.emit())
        for w in (self.online, self.server, self.offline):
            layout.addWidget(w)

    def isComplete(self) -> bool:
        return self.offline.isChecked() or self.server.text().strip().startswith(
            ("http://", "https://")
        )


class AccountPage(QtWidgets.QWizardPage):
    """Sign in online, or describe the offline user; the work runs on ``auth``."""

    def __init__(
        self, accounts: Accounts, auth: Worker[None], where: WherePage, language: Callable[[], str]
    ) -> None:
        super().__init__()
        self.accounts, self.auth, self.where, self.language = accounts, auth, where, language
        self.account: Account | None = None
        self._busy = False
        self.setTitle(translate("FirstRun", "Sign in"))
        layout = QtWidgets.QFormLayout(self)
        self.user = QtWidgets.QLineEdit()
        self.password = QtWidgets.QLineEdit()
        self.password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.full_name = QtWidgets.QLineEdit()
        self.org = QtWidgets.QLineEdit()
        self.org.setPlaceholderText("uz.jizzakh.dec_3")
        self.role = QtWidgets.QComboBox()
        layout.addRow(translate("FirstRun", "User name:"), self.user)
        layout.addRow(translate("FirstRun", "Password:"), self.password)
        self._offline_rows = [
            (translate("FirstRun", "Full name:"), self.full_name),
            (translate("FirstRun", "Organisation:"), self.org),
            (translate("FirstRun", "Role:"), self.role),
        ]
        for label, widget in self._offline_rows:
            layout.addRow(label, widget)
        self.status = QtWidgets.QLabel()
        self.status.setWordWrap(True)
        layout.addRow(self.status)

    def initializePage(self) -> None:
        offline = self.where.offline.isChecked()
        form = self.layout()
        for _label, widget in self._offline_rows:
            form.setRowVisible(widget, offline)
        self.role.clear()
        for role, label in known_roles().items():
            self.role.addItem(text(label, self.language()), role)
        self.setSubTitle(
            translate(
                "FirstRun",
                "Choose a user name and a password that protects this "
                "profile on a shared computer.",
            )
            if offline
            else translate("FirstRun", "Your user name and password at the server.")
        )

    def validatePage(self) -> bool:
        if self.account is not None:
            return True
        if self._busy:
            return False
        name, password = self.user.text().strip(), self.password.text()
        if not name or not password:
            self.status.setText(translate("FirstRun", "Type your user name and password."))
            return False
        self._busy = True
        self.status.setText(translate("FirstRun", "Signing in…"))
        self.wizard().button(QtWidgets.QWizard.WizardButton.FinishButton).setEnabled(False)
        offline = self.where.offline.isChecked()
        user = User(
            name,
            self.org.text().strip(),
            (self.role.currentData(),),
            self.full_name.text().strip() or None,
        )
        server = self.where.server.text().strip()

        def job(_: Any) -> Account:
            if offline:
                return self.accounts.create_offline(user, password)
            return self.accounts.sign_in(server, name, password)

        self.auth.run(job, self._done, self._failed)
        return False

    def _done(self, account: Account) -> None:
        self._busy = False
        self.account = account
        self.status.setText("")
        self.wizard().accept()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.status.setText(_problem(error))
        self.wizard().button(QtWidgets.QWizard.WizardButton.FinishButton).setEnabled(True)


class FirstRunWizard(QtWidgets.QWizard):
    """Language, server or offline, sign-in. ``account`` is set when it succeeds."""

    language_chosen = Signal(str)

    def __init__(
        self,
        accounts: Accounts,
        auth: Worker[None],
        *,
        language: str = "en",
        server: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FirstRun", "Welcome to Daftar"))
        self.setWizardStyle(QtWidgets.QWizard.WizardStyle.ClassicStyle)
        self.language_page = LanguagePage(language, self.language_chosen.emit)
        self.where_page = WherePage(server)
        self.account_page = AccountPage(
            accounts, auth, self.where_page, lambda: self.language_page.box.currentData()
        )
        for page in (self.language_page, self.where_page, self.account_page):
            self.addPage(page)
        self._label_buttons()
        self.resize(560, 400)

    def _label_buttons(self) -> None:
        # Qt has no Uzbek for its own buttons: name them ourselves, in the chosen language.
        for button, label in (
            (QtWidgets.QWizard.WizardButton.BackButton, translate("FirstRun", "< Back")),
            (QtWidgets.QWizard.WizardButton.NextButton, translate("FirstRun", "Next >")),
            (QtWidgets.QWizard.WizardButton.FinishButton, translate("FirstRun", "Sign in")),
            (QtWidgets.QWizard.WizardButton.CancelButton, translate("FirstRun", "Cancel")),
        ):
            self.setButtonText(button, label)

    @property
    def account(self) -> Account | None:
        return self.account_page.account


class UnlockDialog(QtWidgets.QDialog):
    """Choose a person who has used this computer and unlock with their password."""

    add_user = Signal()

    def __init__(
        self,
        accounts: Accounts,
        auth: Worker[None],
        *,
        selected: str | None = None,
        locked: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts, self.auth = accounts, auth
        self.account: Account | None = None
        self.setWindowTitle(
            translate("UnlockDialog", "Daftar is locked")
            if locked
            else translate("UnlockDialog", "Daftar — who is working?")
        )
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(QtWidgets.QLabel(translate("UnlockDialog", "People on this computer:")))
        self.people = QtWidgets.QListWidget()
        for account in accounts.known():
            where = account.server or translate("UnlockDialog", "offline only")
            item = QtWidgets.QListWidgetItem(f"{account.display} — {account.org} · {where}")
            item.setData(Qt.ItemDataRole.UserRole, account.key)
            self.people.addItem(item)
            if account.key == selected:
                self.people.setCurrentItem(item)
        if self.people.currentItem() is None and self.people.count():
            self.people.setCurrentRow(0)
        layout.addWidget(self.people)
        self.password = QtWidgets.QLineEdit()
        self.password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("UnlockDialog", "Password"))
        layout.addWidget(self.password)
        self.status = QtWidgets.QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QtWidgets.QHBoxLayout()
        self.other = QtWidgets.QPushButton(translate("UnlockDialog", "Another user…"))
        self.other.clicked.connect(self._add_user)
        self.unlock_button = QtWidgets.QPushButton(translate("UnlockDialog", "Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        buttons.addWidget(self.other)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        self.password.setFocus()
        self.resize(520, 360)

    def _add_user(self) -> None:
        self.add_user.emit()
        # Neither accepted nor rejected (which would end the program): the wizard follows.
        self.done(2)

    def unlock(self) -> None:
        item = self.people.currentItem()
        if item is None:
            self.status.setText(translate("UnlockDialog", "Choose who you are first."))
            return
        key, password = item.data(Qt.ItemDataRole.UserRole), self.password.text()
        self.unlock_button.setEnabled(False)
        self.status.setText(translate("UnlockDialog", "Checking…"))
        self.auth.run(
            lambda _: self.accounts.unlock(key, password), lambda ok: self._checked(key, ok)
        )

    def _checked(self, key: str, ok: bool) -> None:
        self.unlock_button.setEnabled(True)
        if not ok:
            self.status.setText(
                translate(
                    "UnlockDialog",
                    "Wrong password. Passwords are checked on "
                    "this computer; the server is not asked.",
                )
            )
            self.password.selectAll()
            self.password.setFocus()
            return
        self.account = self.accounts.get(key)
        self.accept()
