"""One case: its form, the actions the user may take now, its history and documents."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.cases import Case
from app.core.definitions import Service, text
from app.ui.dialogs.ask import confirm, save_discard_cancel
from app.ui.form import FormView
from app.ui.i18n import Language
from app.ui.qt import QKeySequence, Qt, QtGui, QtWidgets, QWidget, Signal, translate
from app.ui.tasks import Worker
from app.workspace import CaseDetail, Workspace


class WorkerReferences:
    """Reference lookups for the form, answered by the desk worker."""

    def __init__(self, worker: Worker[Workspace]) -> None:
        self.worker = worker

    def search(
        self, register: str, typed: str, done: Callable[[list[tuple[str, str]]], None]
    ) -> None:
        self.worker.run_latest(
            f"ref-{register}", lambda ws: ws.reference_search(register, typed), done
        )

    def titles(self, register: str, ids: list[str], done: Callable[[dict[str, str]], None]) -> None:
        self.worker.run(lambda ws: ws.titles(register, ids), done)


class CaseView(QWidget):
    closed = Signal()
    shown = Signal(str)  # case id: the case is on screen, filled in
    saved = Signal(str)  # case id: lists should refresh, sync should be told
    open_file = Signal(dict)  # an attachment value to show
    document_saved = Signal(str)  # the path of a document just printed to PDF

    def __init__(
        self, worker: Worker[Workspace], language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.language = language
        self.references = WorkerReferences(worker)
        self.case_id: str | None = None
        self._requested: str | None = None  # the case asked for, until it is on screen
        self._busy = False  # a save or an action is on its way to the desk worker
        self._after_save: Callable[[], None] | None = None
        self.service: Service | None = None
        self.detail: CaseDetail | None = None
        self._forms: dict[str, FormView] = {}  # built once per service, refilled per case

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QtWidgets.QHBoxLayout()
        self.back = QtWidgets.QPushButton(translate("CaseView", "← Back"))
        self.back.setToolTip(translate("CaseView", "Back to the list (Esc)"))
        self.back.clicked.connect(self.close_case)
        top.addWidget(self.back)
        self.title = QtWidgets.QLabel()
        self.title.setObjectName("heading")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        self.meta = QtWidgets.QLabel()
        self.meta.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.meta)
        self.banner = QtWidgets.QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("banner")
        self.banner.hide()
        layout.addWidget(self.banner)

        self.actions_bar = QtWidgets.QHBoxLayout()
        layout.addLayout(self.actions_bar)
        self.why = QtWidgets.QLabel()
        self.why.setWordWrap(True)
        self.why.setObjectName("muted")
        layout.addWidget(self.why)

        split = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        self.forms = QtWidgets.QStackedWidget()
        split.addWidget(self.forms)
        side = self.side = QtWidgets.QTabWidget()
        self.history = QtWidgets.QTextBrowser()
        self.history.setOpenLinks(False)
        side.addTab(self.history, translate("CaseView", "History"))
        documents_tab = QWidget()
        documents_layout = QtWidgets.QVBoxLayout(documents_tab)
        documents_layout.setContentsMargins(0, 0, 0, 0)
        self.documents = QtWidgets.QListWidget()
        self.documents.setWordWrap(True)  # "Receipt № P-3A7F09-2 (provisional …)" is long
        self.documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.documents.itemActivated.connect(lambda _item: self.print_document())
        self.documents.currentRowChanged.connect(lambda _row: self._update_print_button())
        documents_layout.addWidget(self.documents, 1)
        self.print_button = QtWidgets.QPushButton(translate("CaseView", "Save as PDF…"))
        self.print_button.setToolTip(
            translate("CaseView", "Print the chosen document to a PDF file (Enter)")
        )
        self.print_button.clicked.connect(self.print_document)
        documents_layout.addWidget(self.print_button)
        side.addTab(documents_tab, translate("CaseView", "Documents"))
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([680, 300])
        layout.addWidget(split, 1)

        bottom = QtWidgets.QHBoxLayout()
        bottom.addStretch(1)
        self.revert = QtWidgets.QPushButton(translate("CaseView", "Undo changes"))
        self.revert.clicked.connect(self._revert)
        self.save_button = QtWidgets.QPushButton(translate("CaseView", "Save"))
        self.save_button.setToolTip(translate("CaseView", "Save the changes (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.revert)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        QtGui.QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QtGui.QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_case)

    # --- opening -------------------------------------------------------------------------

    def form_for(self, service: Service) -> FormView:
        form = self._forms.get(service.id)
        if form is None:
            form = FormView(service, self.language.code, references=self.references)
            form.changed.connect(self._edited)
            form.open_attachment.connect(self.open_file)
            self._forms[service.id] = form
            self.forms.addWidget(form)
        self.forms.setCurrentWidget(form)
        return form

    @property
    def form(self) -> FormView | None:
        return self._forms.get(self.service.id) if self.service else None

    def open_case(self, case_id: str) -> None:
        """Show ``case_id``; until it arrives nothing on screen can be saved or acted on."""
        self._requested = case_id
        self._message("")
        self.forms.setEnabled(False)
        self._update_buttons()
        self.worker.run_latest(
            "open-case", lambda ws: ws.open_case(case_id), self._show, self._refused
        )

    def new_case(self, service: Service) -> None:
        """An empty form of ``service``; Save creates the case."""
        self.case_id, self.detail, self.service = None, None, service
        self._requested = None
        self.forms.setEnabled(True)
        self._message("")
        form = self.form_for(service)
        defaults = {
            f.id: f.default
            for f in service.fields.values()
            if f.default is not None and not f.computed
        }
        form.set_case(defaults)
        self.title.setText(translate("CaseView", "New: {0}").format(text(service.title, self.lang)))
        self.meta.setText(
            translate(
                "CaseView",
                "Fill in the form and save; the case starts as a "
                "draft only you can see until the next sync.",
            )
        )
        self._clear_actions()
        self.history.setHtml("")
        self.documents.clear()
        self._update_print_button()
        self._update_buttons()
        form.setFocus()

    @property
    def lang(self) -> str:
        return self.language.code

    def _show(self, detail: CaseDetail) -> None:
        if detail.case.id != self._requested:
            return  # another case was asked for since
        self.forms.setEnabled(True)
        self.detail = detail
        case = detail.case
        self.case_id = case.id
        self.service = case.service
        form = self.form_for(case.service)
        form.set_case(
            case.values,
            read_only=detail.frozen_reason is not None,
            read_only_reason=detail.frozen_reason,
        )
        self.title.setText(case.title or case.id)
        self.meta.setText(self._meta_html(case))
        self._show_actions(detail)
        self._show_history(detail)
        self._show_documents(detail)
        if detail.missing_files:
            self._message(
                translate(
                    "CaseView",
                    "Not on this computer yet: {0}. They are fetched when you open them online.",
                ).format(", ".join(detail.missing_files)),
                error=False,
            )
        self._update_buttons()
        self.shown.emit(case.id)

    def _meta_html(self, case: Case) -> str:
        parts = [html.escape(text(case.service.title, self.lang))]
        wf = case.service.workflow
        if wf and case.state in wf.states:
            parts.append("<b>" + html.escape(text(wf.states[case.state].label, self.lang)) + "</b>")
        if case.due_at:
            due = translate("CaseView", "due {0}").format(self.language.datetime(case.due_at))
            if case.overdue():
                late = translate("CaseView", "overdue")
                due = (
                    f"<span style='color:#b3261e'><b>{html.escape(due)} — "
                    f"{html.escape(late)}</b></span>"
                )
            else:
                due = html.escape(due)
            parts.append(due)
        parts.append(html.escape(case.org))
        return " · ".join(parts)

    def _clear_actions(self) -> None:
        while self.actions_bar.count():
            item = self.actions_bar.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.why.setText("")

    def _show_actions(self, detail: CaseDetail) -> None:
        self._clear_actions()
        reasons = []
        for check in detail.actions:
            label = text(check.action.label, self.lang)
            button = QtWidgets.QPushButton(label)
            button.setObjectName(f"action-{check.action.id}")
            button.setEnabled(check.allowed)
            if not check.allowed:
                why = "; ".join(check.reasons)
                button.setToolTip(why)
                reasons.append(f"{label}: {why}")
            button.clicked.connect(
                lambda _=False, c=check: self._act(c.action.id, text(c.action.label, self.lang))
            )
            self.actions_bar.addWidget(button)
        self.actions_bar.addStretch(1)
        self.why.setText("\n".join(reasons))

    def _show_history(self, detail: CaseDetail) -> None:
        wf = detail.case.service.workflow
        rows = []
        for event in reversed(detail.history):
            when = html.escape(self.language.datetime(event.at))
            # A device arriving from the server is named by its client id: noise to people.
            device = "" if len(event.device) > 24 else f" · {event.device}"
            who = html.escape(f"{event.actor}{device}")
            if event.kind == "action" and wf:
                action = wf.actions.get(str(event.detail.get("action")))
                what = text(action.label, self.lang) if action else str(event.detail)
            elif event.kind == "created":
                what = translate("CaseView", "Created")
            elif event.kind == "edited":
                what = translate("CaseView", "Edited")
            else:
                what = event.kind
            changed = event.detail.get("changes") or {}
            names = []
            for fid in changed:
                field = detail.case.service.field(fid)
                if field is not None:
                    names.append(text(field.label, self.lang))
            extra = (
                f"<br><span style='color:#555'>{html.escape(', '.join(names))}</span>"
                if names
                else ""
            )
            rows.append(f"<p><b>{html.escape(what)}</b><br>{when} — {who}{extra}</p>")
        self.history.setHtml("".join(rows) or translate("CaseView", "No history."))

    # --- editing -------------------------------------------------------------------------

    def _edited(self) -> None:
        self._update_buttons()

    def has_unsaved(self) -> bool:
        form = self.form
        return bool(form and form.changes())

    def _update_buttons(self) -> None:
        form = self.form
        dirty = bool(form and form.changes())
        problems = bool(form and form.problems())
        frozen = bool(self.detail and self.detail.frozen_reason)
        new = self.case_id is None and self._requested is None
        loading = self._requested is not None and self.case_id != self._requested
        ready = not loading and not self._busy
        self.save_button.setEnabled(ready and (dirty or new) and not problems and not frozen)
        for button in self.findChildren(QtWidgets.QPushButton):
            if button.objectName().startswith("action-") and not ready:
                button.setEnabled(False)
        self.revert.setEnabled(dirty)
        if problems:
            self.save_button.setToolTip(
                translate("CaseView", "Correct the fields marked in red first")
            )
        else:
            self.save_button.setToolTip(translate("CaseView", "Save the changes (Ctrl+S)"))

    def save(self) -> bool:
        """Send the changes to the desk worker; False when nothing was sent (and why is shown)."""
        form = self.form
        if form is None or self.service is None or self._busy:
            return False
        if self._requested is not None and self.case_id != self._requested:
            return False  # the case on screen is not yet the one asked for
        if self.detail is not None and self.detail.frozen_reason:
            return False
        if form.problems():  # also takes in what is typed but not yet confirmed
            self._message(translate("CaseView", "Correct the fields marked in red first."))
            return False
        if self.case_id is not None and not form.changes():
            self._message(translate("CaseView", "Nothing to save."), error=False)
            return False
        self._set_busy(True)
        if self.case_id is None:
            service_id, values = self.service.id, form.values()
            self.worker.run(lambda ws: ws.new_case(service_id, values), self._saved, self._refused)
        else:
            case_id, changes = self.case_id, form.changes()
            self.worker.run(lambda ws: ws.save(case_id, changes), self._saved, self._refused)
        return True

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()
        if not busy and self.detail is not None:
            self._show_actions(self.detail)

    def _saved(self, case: Case) -> None:
        self._set_busy(False)
        self.saved.emit(case.id)
        then, self._after_save = self._after_save, None
        if then is not None:
            then()  # the person was leaving: the case is saved, go on
            return
        if self._requested not in (None, case.id):
            return  # they moved on to another case meanwhile
        self.case_id = case.id
        message = translate("CaseView", "Saved.")
        if case.warnings:
            message += " " + " ".join(case.warnings)
        self.open_case(case.id)
        self._message(message, error=False)

    def _act(self, action_id: str, label: str) -> None:
        if self.case_id is None or self.detail is None:
            return
        wf = self.detail.case.service.workflow
        action = wf.actions[action_id] if wf else None
        final = bool(wf and action and wf.states[action.to].final)
        question = translate("CaseView", "{0}: are you sure?").format(label)
        if final:
            question += "\n\n" + translate(
                "CaseView", "This decides the case; it cannot be changed afterwards."
            )
        if not confirm(self, label, question, label):
            return
        changes = self.form.changes() if self.form else {}
        case_id = self.case_id
        self._set_busy(True)
        self.worker.run(lambda ws: ws.act(case_id, action_id, changes), self._saved, self._refused)

    # --- documents -------------------------------------------------------------------------

    def _document_label(self, kind: str) -> str:
        return {
            "receipt": translate("CaseView", "Receipt of the documents"),
            "decision": translate("CaseView", "Decision"),
            "certificate": translate("CaseView", "Registration certificate"),
            "mandate": translate("CaseView", "Observer's mandate"),
            "correction": translate("CaseView", "Correcting decision"),
            "exit_order": translate("CaseView", "Exit order"),
            "staff_order": translate("CaseView", "Staff order"),
            "voucher": translate("CaseView", "Kindergarten voucher"),
            "quarterly": translate("CaseView", "Quarterly report"),
        }.get(kind, kind.replace("_", " "))

    def _show_documents(self, detail: CaseDetail) -> None:
        self.documents.clear()
        for line in detail.documents:
            label = self._document_label(line.kind)
            if line.number:
                label += " № " + line.number
            if line.provisional:
                label += " " + translate("CaseView", "(provisional number until the next sync)")
            item = QtWidgets.QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, line.kind)
            self.documents.addItem(item)
        if detail.documents:
            self.documents.setCurrentRow(0)
        else:
            self.documents.addItem(translate("CaseView", "No documents yet."))
        self._update_print_button()

    def _update_print_button(self) -> None:
        item = self.documents.currentItem()
        self.print_button.setEnabled(
            item is not None and item.data(Qt.ItemDataRole.UserRole) is not None
        )

    def print_document(self, path: str | None = None) -> None:
        """Save the chosen document as a PDF; the work runs in the desk worker."""
        item = self.documents.currentItem()
        kind = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        case_id = self.case_id
        if kind is None or case_id is None:
            return

        def ask(name: str) -> None:
            chosen = path
            if chosen is None:
                chosen, _ = QtWidgets.QFileDialog.getSaveFileName(
                    self, translate("CaseView", "Save the document"), name,
                    translate("CaseView", "PDF documents (*.pdf)"))
            if not chosen:
                return
            target = Path(chosen)
            self._message(translate("CaseView", "Printing…"), error=False)
            self.worker.run(lambda ws: ws.print_document(case_id, kind, target), saved,
                            self._message_error)

        def saved(where: Path) -> None:
            self._message(translate("CaseView", "Saved to {0}").format(where), error=False)
            self.document_saved.emit(str(where))

        self.worker.run(lambda ws: ws.document_file_name(case_id, kind), ask,
                        self._message_error)

    def _message_error(self, error: Exception) -> None:
        self._message(str(error))

    def _revert(self) -> None:
        if self.detail is not None:
            self._show(self.detail)
        elif self.service is not None:
            self.new_case(self.service)

    def _refused(self, error: Exception) -> None:
        self._after_save = None  # whoever was leaving stays, to see why
        self.forms.setEnabled(True)
        self._set_busy(False)
        self._message(str(error))

    def _message(self, message: str, *, error: bool = True) -> None:
        self.banner.setProperty("error", error)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.setText(message)
        self.banner.setVisible(bool(message))

    def leave_then(self, go: Callable[[], None]) -> None:
        """Run ``go`` once the open case may be left: asks about unsaved changes first.

        Save runs ``go`` after the save succeeded (a refusal keeps the person here, with
        the reason); Discard drops the changes; Cancel stays.
        """
        if not self.has_unsaved():
            go()
            return
        answer = save_discard_cancel(
            self,
            translate("CaseView", "Unsaved changes"),
            translate("CaseView", "Save the changes to this case before leaving it?"),
        )
        if answer == "discard":
            self._revert()
            go()
        elif answer == "save":
            self._after_save = go
            if not self.save():
                self._after_save = None

    def close_case(self) -> None:
        self.leave_then(self.closed.emit)

    def current_values(self) -> dict[str, Any]:
        return self.form.values() if self.form else {}
