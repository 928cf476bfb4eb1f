"""The Sync page: where this profile syncs, what waits to be sent, what the server refused."""

from __future__ import annotations

from app.ui.form.rules import size_text
from app.ui.i18n import Language
from app.ui.qt import QT_TRANSLATE_NOOP, QtWidgets, QWidget, translate
from app.workspace import SyncStatus

STATE_TEXT = {
    "online": QT_TRANSLATE_NOOP("SyncPage", "Online"),
    "offline": QT_TRANSLATE_NOOP(
        "SyncPage", "Offline — changes are kept and sent when the server answers"
    ),
    "syncing": QT_TRANSLATE_NOOP("SyncPage", "Syncing…"),
    "signed-out": QT_TRANSLATE_NOOP("SyncPage", "Signed out by the server — sign in again to sync"),
    "local": QT_TRANSLATE_NOOP("SyncPage", "Offline only — this profile has no server"),
}


def state_text(state: str) -> str:
    return translate("SyncPage", STATE_TEXT.get(state, state))


class SyncPage(QWidget):
    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        heading = QtWidgets.QLabel(translate("SyncPage", "Sync"))
        heading.setObjectName("heading")
        layout.addWidget(heading)
        form = QtWidgets.QFormLayout()
        self.server = QtWidgets.QLabel()
        self.state = QtWidgets.QLabel()
        self.pending = QtWidgets.QLabel()
        self.last = QtWidgets.QLabel()
        self.bytes = QtWidgets.QLabel()
        form.addRow(translate("SyncPage", "Server:"), self.server)
        form.addRow(translate("SyncPage", "Connection:"), self.state)
        form.addRow(translate("SyncPage", "Changes waiting to be sent:"), self.pending)
        form.addRow(translate("SyncPage", "Last sync:"), self.last)
        form.addRow(translate("SyncPage", "Data of the last sync:"), self.bytes)
        layout.addLayout(form)
        self.progress = QtWidgets.QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.sync_button = QtWidgets.QPushButton(translate("SyncPage", "Sync now (F5)"))
        layout.addWidget(self.sync_button)
        self.sign_in_button = QtWidgets.QPushButton(translate("SyncPage", "Sign in again…"))
        self.sign_in_button.hide()
        layout.addWidget(self.sign_in_button)
        layout.addWidget(QtWidgets.QLabel(translate("SyncPage", "Changes the server refused:")))
        self.rejected = QtWidgets.QListWidget()
        layout.addWidget(self.rejected, 1)
        layout.addWidget(QtWidgets.QLabel(translate("SyncPage", "Log:")))
        self.log = QtWidgets.QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(200)
        layout.addWidget(self.log, 1)

    def show_status(self, status: SyncStatus, rejections: list[dict]) -> None:
        self.server.setText(status.server or translate("SyncPage", "none (offline only)"))
        self.pending.setText(str(status.pending))
        self.last.setText(
            self.language.datetime(status.last_sync) or translate("SyncPage", "never")
        )
        self.bytes.setText(size_text(status.last_bytes))
        self.rejected.clear()
        for r in rejections:
            self.rejected.addItem(f"{r.get('record_id', '')[:13]}: {r.get('reason', '')}")
        if not rejections:
            self.rejected.addItem(translate("SyncPage", "None."))

    def show_state(self, state: str) -> None:
        self.state.setText(state_text(state))
        self.sign_in_button.setVisible(state == "signed-out")

    def add_log(self, line: str) -> None:
        self.log.appendPlainText(line)
