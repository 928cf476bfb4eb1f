"""The main window: a thin shell that wires the pages, the workers and the status bar."""

from __future__ import annotations

from pathlib import Path

from app.core.cases import CaseError
from app.core.definitions import Service, text
from app.core.users import User
from app.profile import ProfileError
from app.ui.dialogs.ask import confirm
from app.ui.dialogs.register_import import ImportDialog
from app.ui.form.rules import size_text
from app.ui.i18n import Language
from app.ui.models.case_table import CaseTableModel
from app.ui.qt import (
    QT_TRANSLATE_NOOP,
    QAction,
    QKeySequence,
    Qt,
    QtGui,
    QtWidgets,
    QWidget,
    Signal,
    translate,
)
from app.ui.sync_agent import SyncAgent
from app.ui.tasks import Worker
from app.ui.views.attendance import AttendanceDialog
from app.ui.views.case_list import CaseListPage
from app.ui.views.case_view import CaseView
from app.ui.views.conflicts import ConflictsPage
from app.ui.views.reports_page import ReportsPage
from app.ui.views.sync_page import SyncPage, state_text
from app.workspace import CaseQuery, SyncStatus, Workspace
from sync.replica import ReplicaError

INBOX, CASES, REGISTERS, CONFLICTS, SYNC, REPORTS = range(6)
_NAV = (
    QT_TRANSLATE_NOOP("MainWindow", "My inbox"),
    QT_TRANSLATE_NOOP("MainWindow", "Cases"),
    QT_TRANSLATE_NOOP("MainWindow", "Registers"),
    QT_TRANSLATE_NOOP("MainWindow", "Conflicts"),
    QT_TRANSLATE_NOOP("MainWindow", "Sync"),
    QT_TRANSLATE_NOOP("MainWindow", "Reports"),
)


class MainWindow(QtWidgets.QMainWindow):
    lock_requested = Signal()
    switch_requested = Signal()
    settings_requested = Signal()
    sign_in_requested = Signal()  # the server ended the sign-in: ask for the password again

    def __init__(
        self,
        profile_path: Path,
        user: User,
        language: Language,
        *,
        has_server: bool,
        can_lock: bool = True,
        auto_sync_minutes: int = 5,
        probe_seconds: int = 15,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.user = user
        self.language = language
        lang = language.code
        self.setWindowTitle(
            translate("MainWindow", "Daftar — {0}").format(user.full_name or user.name)
        )
        self.setMinimumSize(1000, 700)
        self.desk: Worker[Workspace] = Worker(
            "desk",
            lambda: Workspace.open(profile_path, lang),
            Workspace.close,
            expected=(CaseError, ProfileError, ReplicaError),
            parent=self,
        )
        self.desk.failed.connect(self.show_message)
        self.agent = SyncAgent(
            profile_path,
            has_server=has_server,
            auto_sync_minutes=auto_sync_minutes,
            probe_seconds=probe_seconds,
            parent=self,
        )

        self.inbox_model = CaseTableModel(self.desk, language, inbox=True, parent=self)
        self.cases_model = CaseTableModel(self.desk, language, parent=self)
        self.register_model = CaseTableModel(self.desk, language, parent=self)
        self.inbox = CaseListPage(
            self.inbox_model,
            translate("MainWindow", "Cases waiting for your action"),
            filters=False,
        )
        self.cases = CaseListPage(self.cases_model, translate("MainWindow", "Cases"))
        self.registers = self._registers_page()
        self.conflicts = ConflictsPage(self.desk)
        self.sync_page = SyncPage(language)
        self.reports = ReportsPage(self.desk, language)
        self.case_view = CaseView(self.desk, language)

        self.nav = QtWidgets.QListWidget()
        self.nav.setObjectName("nav")
        for name in _NAV:
            self.nav.addItem(translate("MainWindow", name))
        self.nav.setFixedWidth(180)
        self.pages = QtWidgets.QStackedWidget()
        for page in (
            self.inbox,
            self.cases,
            self.registers,
            self.conflicts,
            self.sync_page,
            self.reports,
            self.case_view,
        ):
            self.pages.addWidget(page)
        body = QtWidgets.QWidget()
        row = QtWidgets.QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(body)
        self.nav.currentRowChanged.connect(self.show_page)
        self._return_to = INBOX

        self._build_actions(can_lock)
        self._build_status_bar()
        self._connect()
        self.nav.setCurrentRow(INBOX)

    # --- construction --------------------------------------------------------------------

    def _registers_page(self) -> CaseListPage:
        page = CaseListPage(self.register_model, translate("MainWindow", "Registers"))
        page.register_box = QtWidgets.QComboBox()
        row = QtWidgets.QHBoxLayout()
        row.addWidget(page.register_box, 1)
        page.new_record = QtWidgets.QPushButton(translate("MainWindow", "New record…"))
        page.new_record.clicked.connect(self._new_record)
        row.addWidget(page.new_record)
        page.import_records = QtWidgets.QPushButton(translate("MainWindow", "Import…"))
        page.import_records.setToolTip(
            translate("MainWindow", "Add records from a CSV or Excel file, with a preview first")
        )
        page.import_records.clicked.connect(self._import_records)
        row.addWidget(page.import_records)
        page.layout().insertLayout(1, row)
        page.register_box.currentIndexChanged.connect(
            lambda _i: self.register_model.set_query(
                CaseQuery(collection=page.register_box.currentData() or "none")
            )
        )
        page.service_box.hide()
        page.state_box.hide()
        page.deadline_box.hide()
        return page

    def _build_actions(self, can_lock: bool) -> None:
        menu = self.menuBar().addMenu(translate("MainWindow", "&Daftar"))
        self.new_action = QAction(translate("MainWindow", "&New case…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.choose_new_case)
        self.sync_action = QAction(translate("MainWindow", "&Sync now"), self)
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sync_action.triggered.connect(self.agent.sync_now)
        self.find_action = QAction(translate("MainWindow", "&Find cases"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.find)
        self.settings_action = QAction(translate("MainWindow", "Se&ttings…"), self)
        self.settings_action.triggered.connect(self.settings_requested)
        self.lock_action = QAction(translate("MainWindow", "&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setEnabled(can_lock)
        self.lock_action.triggered.connect(self.lock_requested)
        self.attendance_action = QAction(translate("MainWindow", "Take &attendance…"), self)
        self.attendance_action.setShortcut(QKeySequence("Ctrl+T"))
        self.attendance_action.triggered.connect(self.take_attendance)
        self.switch_action = QAction(translate("MainWindow", "S&witch user…"), self)
        self.switch_action.triggered.connect(self.switch_requested)
        quit_action = QAction(translate("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (
            self.new_action,
            self.attendance_action,
            self.find_action,
            self.sync_action,
            None,
            self.settings_action,
            self.lock_action,
            self.switch_action,
            None,
            quit_action,
        ):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
                self.addAction(action)
        go = self.menuBar().addMenu(translate("MainWindow", "&Go"))
        for index, name in enumerate(_NAV):
            action = QAction(translate("MainWindow", name), self)
            action.setShortcut(QKeySequence(f"Alt+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.nav.setCurrentRow(i))
            go.addAction(action)
            self.addAction(action)
        toolbar = self.addToolBar(translate("MainWindow", "Main"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.attendance_action)
        toolbar.addAction(self.sync_action)
        if can_lock:
            toolbar.addAction(self.lock_action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.online_label = QtWidgets.QLabel()
        self.pending_label = QtWidgets.QLabel()
        self.last_label = QtWidgets.QLabel()
        self.progress = QtWidgets.QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        for widget in (self.online_label, self.pending_label, self.last_label):
            bar.addPermanentWidget(widget)
        bar.addPermanentWidget(self.progress)
        self.user_label = QtWidgets.QLabel(f"{self.user.name} · {self.user.org}")
        bar.addWidget(self.user_label)

    def _connect(self) -> None:
        for page in (self.inbox, self.cases, self.registers):
            page.open_case.connect(self.open_case)
        self.case_view.closed.connect(self.close_case)
        self.case_view.saved.connect(self._local_change)
        self.case_view.open_file.connect(self.open_attachment)
        self.conflicts.resolved.connect(self._local_change)
        self.sync_page.sync_button.clicked.connect(self.agent.sync_now)
        self.sync_page.sign_in_button.clicked.connect(self.sign_in_requested)
        self.agent.state_changed.connect(self._state_changed)
        self.agent.progress.connect(self._progress)
        self.agent.synced.connect(self._synced)
        self.agent.failed.connect(self._sync_failed)
        self.agent.data_changed.connect(self.refresh)

    # --- starting and stopping -------------------------------------------------------------

    def start(self) -> None:
        """Load the lists and start syncing in the background (after the window shows)."""
        lang = self.language.code

        def services(ws: Workspace) -> tuple[list[Service], list[Service], list[Service]]:
            return ws.services("case"), ws.services("register"), ws.creatable()

        self.desk.run(services, lambda found: self._services_loaded(found, lang))
        self.refresh()
        self._state_changed(self.agent.state)
        self.agent.start()

    def _services_loaded(
        self, found: tuple[list[Service], list[Service], list[Service]], lang: str
    ) -> None:
        cases, registers, creatable = found
        self.creatable = creatable
        self.register_services = registers
        self.cases.set_services(cases, lang)
        box = self.registers.register_box
        box.blockSignals(True)
        box.clear()
        for s in registers:
            box.addItem(text(s.title, lang), s.id)
        box.blockSignals(False)
        if registers:
            self.register_model.set_query(CaseQuery(collection=registers[0].id))

    def stop(self) -> None:
        self.agent.stop()
        self.desk.stop()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        if self.case_view.has_unsaved() and not confirm(
            self,
            translate("MainWindow", "Unsaved changes"),
            translate("MainWindow", "The open case has unsaved changes. Quit without saving?"),
            translate("MainWindow", "Quit without saving"),
        ):
            event.ignore()
            return
        self.stop()
        super().closeEvent(event)

    # --- navigation ------------------------------------------------------------------------

    def show_page(self, index: int) -> None:
        if index < 0:
            return
        if self.pages.currentWidget() is self.case_view:
            # Leaving an open case: ask about its unsaved changes; on Cancel stay there.
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._return_to)
            self.nav.blockSignals(False)
            self.case_view.leave_then(lambda: self._go(index))
            return
        self._go(index)

    def _go(self, index: int) -> None:
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(index)
        self.nav.blockSignals(False)
        self.pages.setCurrentIndex(index)
        if index == CONFLICTS:
            self.conflicts.reload()
        elif index == SYNC:
            self.refresh_status()
        elif index == REPORTS:
            self.reports.reload()
        page = self.pages.currentWidget()
        if isinstance(page, CaseListPage):
            page.table.setFocus()

    def find(self) -> None:
        self.nav.setCurrentRow(CASES)
        self.cases.focus_search()

    def open_case(self, case_id: str) -> None:
        if self.pages.currentWidget() is self.case_view:
            self.case_view.leave_then(lambda: self._open(case_id))
        else:
            self._return_to = max(0, self.nav.currentRow())
            self._open(case_id)

    def _open(self, case_id: str) -> None:
        self.case_view.open_case(case_id)
        self.pages.setCurrentWidget(self.case_view)

    def close_case(self) -> None:
        self.pages.setCurrentIndex(self._return_to)
        page = self.pages.currentWidget()
        if isinstance(page, CaseListPage):
            page.table.setFocus()

    def choose_new_case(self) -> None:
        services = getattr(self, "creatable", [])
        if not services:
            self.show_message(translate("MainWindow", "You cannot start any case with your roles."))
            return
        names = [text(s.title, self.language.code) for s in services]
        name, ok = QtWidgets.QInputDialog.getItem(
            self,
            translate("MainWindow", "New case"),
            translate("MainWindow", "Service:"),
            names,
            0,
            False,
        )
        if ok:
            self.new_case(services[names.index(name)])

    def _new_record(self) -> None:
        register = self.registers.register_box.currentData()
        service = next(
            (s for s in getattr(self, "register_services", []) if s.id == register), None
        )
        if service is not None:
            self.new_case(service)

    def _import_records(self) -> None:
        register = self.registers.register_box.currentData()
        service = next(
            (s for s in getattr(self, "register_services", []) if s.id == register), None
        )
        if service is None:
            return
        self.import_dialog = ImportDialog(self.desk, service, self.language.code, self)
        self.import_dialog.imported.connect(self._local_change)
        self.import_dialog.open()

    def take_attendance(self) -> AttendanceDialog:
        """Open the attendance dialog; a saved sheet is sent like any other change."""
        dialog = AttendanceDialog(self.desk, self.language, self)
        dialog.saved.connect(self._local_change)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.attendance_dialog = dialog
        dialog.open()
        return dialog

    def new_case(self, service: Service) -> None:
        if self.pages.currentWidget() is self.case_view:
            self.case_view.leave_then(lambda: self._new(service))
        else:
            self._return_to = max(0, self.nav.currentRow())
            self._new(service)

    def _new(self, service: Service) -> None:
        self.case_view.new_case(service)
        self.pages.setCurrentWidget(self.case_view)

    def open_attachment(self, value: dict) -> None:
        sha = value.get("sha256")
        if not sha:
            return

        def show(path: Path | None) -> None:
            if path is None:
                self.show_message(translate("MainWindow", "Fetching the file from the server…"))
                self.agent.download(sha, show, lambda exc: self.show_message(str(exc)))
                return
            from app.ui.qt import QtCore

            QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path)))

        self.desk.run(lambda ws: ws.attachment_path(sha), show)

    # --- data and sync status --------------------------------------------------------------

    def refresh(self) -> None:
        self.inbox_model.reload()
        self.cases_model.reload()
        if self.registers.register_box.count():
            self.register_model.reload()
        if self.pages.currentIndex() == CONFLICTS:
            self.conflicts.reload()
        self.refresh_status()

    def refresh_status(self) -> None:
        self.desk.run_latest(
            "status", lambda ws: (ws.sync_status(), ws.rejections()), self._show_status
        )

    def _show_status(self, found: tuple[SyncStatus, list[dict]]) -> None:
        status, rejections = found
        self.pending_label.setText(translate("MainWindow", "{0} to send").format(status.pending))
        last = self.language.datetime(status.last_sync) or translate("MainWindow", "never")
        self.last_label.setText(
            translate("MainWindow", "last sync {0}").format(last)
            + (f" · {size_text(status.last_bytes)}" if status.last_bytes else "")
        )
        self.sync_page.show_status(status, rejections)
        nav = self.nav.item(CONFLICTS)
        nav.setText(
            translate("MainWindow", "Conflicts")
            + (f" ({status.open_conflicts})" if status.open_conflicts else "")
        )

    def _local_change(self, *_args: object) -> None:
        self.refresh()
        self.agent.local_change()

    def _state_changed(self, state: str) -> None:
        dot = {
            "online": "#1b873f",
            "syncing": "#1a5fb4",
            "offline": "#9a6700",
            "signed-out": "#b3261e",
            "local": "#555",
        }.get(state, "#555")
        label = {
            "online": translate("MainWindow", "Online"),
            "syncing": translate("MainWindow", "Syncing…"),
            "offline": translate("MainWindow", "Offline"),
            "signed-out": translate("MainWindow", "Signed out"),
            "local": translate("MainWindow", "Offline only"),
        }.get(state, state)
        self.online_label.setText(f"<span style='color:{dot}'>●</span> {label}")
        self.online_label.setToolTip(state_text(state))
        self.sync_page.show_state(state)
        syncing = state == "syncing"
        self.sync_action.setEnabled(state != "local")
        if not syncing:
            self.progress.hide()
            self.sync_page.progress.hide()

    def _progress(self, report: object) -> None:
        fraction = getattr(report, "fraction", None)
        for bar in (self.progress, self.sync_page.progress):
            if fraction is None:
                bar.setRange(0, 0)  # busy: the server did not say how much is coming
            else:
                bar.setRange(0, 100)
                bar.setValue(int(fraction * 100))
            bar.setFormat(
                translate("MainWindow", "{0} received").format(getattr(report, "pulled", 0))
            )
            bar.show()
        if getattr(report, "pulled", 0):
            self.refresh_status()

    def _synced(self, report: object) -> None:
        self.sync_page.add_log(
            translate(
                "MainWindow", "Sent {0}, received {1}, conflicts {2}, refused {3}; {4}"
            ).format(
                getattr(report, "pushed", 0),
                getattr(report, "pulled", 0),
                getattr(report, "conflicts", 0),
                len(getattr(report, "rejections", [])),
                size_text(getattr(report, "bytes_sent", 0) + getattr(report, "bytes_received", 0)),
            )
        )
        self.refresh_status()

    def _sync_failed(self, message: str) -> None:
        self.sync_page.add_log(message)
        self.show_message(message)
        self.refresh_status()

    def show_message(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)
