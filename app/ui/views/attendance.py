"""Taking a class's attendance from the keyboard: everyone present, mark the exceptions.

The teacher picks the class and the day (today unless told otherwise) and walks the list
with the arrow keys; one key marks a pupil (the legend is on screen), an excused mark shows
the three reasons to pick by digit, and Ctrl+S saves the day's ``attendance_sheet`` —
Ctrl+Enter saves and submits it to the director. A day already entered opens with its
marks, so a correction starts from them. The desk worker loads and saves
(:meth:`Workspace.attendance_day`, :meth:`Workspace.save_attendance`); the dialog only shows.
"""

from __future__ import annotations

from datetime import date

from app.core.cases import Case
from app.ui.dialogs.ask import confirm
from app.ui.i18n import Language
from app.ui.models.attendance_marks import (
    EXCUSED,
    KEYS,
    LATE,
    NUMBER,
    PUPIL,
    REASONS,
    STATUS,
    AttendanceMarks,
)
from app.ui.qt import QDate, QEvent, QObject, Qt, QtGui, QtWidgets, QWidget, Signal, translate
from app.ui.tasks import Worker, describe
from app.workspace import AttendanceDay, Workspace

_SAVE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def date_format(language: Language) -> str:
    """The date editor's format, as the language writes dates (23.11.2026, 23/11/2026):
    Qt's own short format has a two-digit year, which a register never uses."""
    return language.date(date(2001, 2, 3)).replace("2001", "yyyy").replace(
        "02", "MM").replace("03", "dd")


class AttendanceDialog(QtWidgets.QDialog):
    """One day's attendance of a class; emits ``saved`` with the new sheet's case id."""

    saved = Signal(str)
    loaded = Signal()  # the pupils of the chosen class and day are on screen

    def __init__(self, desk: Worker[Workspace], language: Language,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.day: AttendanceDay | None = None
        self._wanted: str | None = None  # a class asked for before the list came
        self.setWindowTitle(translate("AttendanceDialog", "Take attendance"))
        self.resize(820, 640)
        layout = QtWidgets.QVBoxLayout(self)

        choose = QtWidgets.QHBoxLayout()
        self.class_box = QtWidgets.QComboBox()
        self.class_box.setMinimumWidth(220)
        self.date_edit = QtWidgets.QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format(language))
        self.date_edit.setMaximumDate(QDate.currentDate())  # the service refuses a future day
        for label, widget in ((translate("AttendanceDialog", "&Class:"), self.class_box),
                              (translate("AttendanceDialog", "&Date:"), self.date_edit)):
            caption = QtWidgets.QLabel(label)
            caption.setBuddy(widget)
            choose.addWidget(caption)
            choose.addWidget(widget)
        choose.addStretch(1)
        self.counter = QtWidgets.QLabel()
        self.counter.setObjectName("heading")
        choose.addWidget(self.counter)
        layout.addLayout(choose)

        self.marks = AttendanceMarks(self)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.marks)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NUMBER, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PUPIL, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.resizeSection(STATUS, 230)
        header.setStretchLastSection(True)
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)

        self.reason_bar = QtWidgets.QWidget()
        bar = QtWidgets.QHBoxLayout(self.reason_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.reason_label = QtWidgets.QLabel()
        bar.addWidget(self.reason_label)
        self.reason_buttons: list[QtWidgets.QPushButton] = []
        for i, (_key, value, label) in enumerate(REASONS):
            button = QtWidgets.QPushButton(f"{i + 1}  {translate('Attendance', label)}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the list
            button.clicked.connect(lambda _=False, v=value: self._set_reason(v))
            bar.addWidget(button)
            self.reason_buttons.append(button)
        bar.addStretch(1)
        self.reason_bar.hide()
        layout.addWidget(self.reason_bar)

        self.legend = QtWidgets.QLabel(translate(
            "AttendanceDialog",
            "<b>↑ ↓</b> pupil · <b>P</b> or <b>Space</b> present · <b>A</b> absent · "
            "<b>E</b> absent, excused · <b>L</b> late · <b>K</b> late, excused · "
            "<b>1 2 3</b> reason · <b>Ctrl+S</b> save · <b>Ctrl+Enter</b> save and submit"))
        self.legend.setWordWrap(True)
        self.legend.setObjectName("muted")
        layout.addWidget(self.legend)
        self.message = QtWidgets.QLabel()
        self.message.setObjectName("banner")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QtWidgets.QPushButton(translate("AttendanceDialog", "Save"))
        self.submit_button = QtWidgets.QPushButton(
            translate("AttendanceDialog", "Save and submit"))
        self.close_button = QtWidgets.QPushButton(translate("AttendanceDialog", "Close"))
        for button in (self.save_button, self.submit_button, self.close_button):
            button.setAutoDefault(False)  # Enter in the list must not save by accident
            buttons.addWidget(button)
        self.save_button.clicked.connect(lambda: self.save())
        self.submit_button.clicked.connect(lambda: self.save(submit=True))
        self.close_button.clicked.connect(self.reject)
        layout.addLayout(buttons)

        self.marks.dataChanged.connect(self._show_counts)
        self.marks.modelReset.connect(self._show_counts)
        self.class_box.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self.date_edit.dateChanged.connect(lambda _d: self._choice_changed())
        self._show_counts()
        self.desk.run(lambda ws: ws.school_classes(), self._classes_loaded, self._failed)

    # --- loading -------------------------------------------------------------------------

    def _classes_loaded(self, classes: list[tuple[str, str]]) -> None:
        self.class_box.blockSignals(True)
        for class_id, name in classes:
            self.class_box.addItem(name, class_id)
        if self._wanted is not None:
            self.class_box.setCurrentIndex(max(0, self.class_box.findData(self._wanted)))
        self.class_box.blockSignals(False)
        if not classes:
            self._say(translate("AttendanceDialog",
                                "There are no classes in your registers yet: add the class "
                                "and its pupils under Registers first."), error=True)
        self.load()

    def choose_class(self, class_id: str) -> None:
        """Show ``class_id`` once the classes are loaded (a caller that knows the class)."""
        self._wanted = class_id
        index = self.class_box.findData(class_id)
        if index >= 0:
            self.class_box.setCurrentIndex(index)

    @property
    def chosen_day(self) -> date:
        return self.date_edit.date().toPython()  # type: ignore[no-any-return]

    def load(self) -> None:
        class_id = self.class_box.currentData()
        if not class_id:
            self._set_enabled(False)
            return
        day = self.chosen_day
        self.desk.run_latest("attendance-day", lambda ws: ws.attendance_day(class_id, day),
                             self._day_loaded, self._failed)

    def _choice_changed(self) -> None:
        """Another class or day: marks not saved yet are not dropped without asking."""
        day = self.day
        if day is not None and self.marks.dirty and not confirm(
            self,
            translate("AttendanceDialog", "Unsaved marks"),
            translate("AttendanceDialog",
                      "The marks of this class and day are not saved. Drop them?"),
            translate("AttendanceDialog", "Drop the marks"),
        ):
            for widget in (self.class_box, self.date_edit):
                widget.blockSignals(True)
            self.class_box.setCurrentIndex(self.class_box.findData(day.class_id))
            self.date_edit.setDate(QDate(day.day.year, day.day.month, day.day.day))
            for widget in (self.class_box, self.date_edit):
                widget.blockSignals(False)
            return
        self.load()

    def _day_loaded(self, day: AttendanceDay) -> None:
        self.day = day
        self.marks.load(day)
        self._set_enabled(bool(day.pupils))
        if not day.pupils:
            self._say(translate("AttendanceDialog",
                                "No pupils of this class in the Student register."), error=True)
        elif day.sheet_id:
            self._say(translate("AttendanceDialog",
                                "This day is entered already: saving makes a corrected sheet."),
                      error=False)
        else:
            self.message.hide()
        if day.pupils:
            self.table.setCurrentIndex(self.marks.index(0, STATUS))
            self.table.setFocus()
        self.loaded.emit()

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.table, self.save_button, self.submit_button):
            widget.setEnabled(on)

    # --- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key_event = event  # a QKeyEvent
            assert isinstance(key_event, QtGui.QKeyEvent)
            if self._mark_key(key_event):
                return True
        return super().eventFilter(watched, event)

    def _mark_key(self, event: QtGui.QKeyEvent) -> bool:
        """A marking key on the current pupil; False lets the list (arrows) have it."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        row = self.table.currentIndex().row()
        if row < 0:
            return False
        key = Qt.Key(event.key())
        if key in KEYS:
            self.marks.mark(row, KEYS[key])
            self._show_reasons()
            return True
        reason = next((value for k, value, _l in REASONS if k == key), None)
        if reason is not None:
            self._set_reason(reason)
            return True
        return False

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() == Qt.Key.Key_S:
            self.save()
        elif ctrl and event.key() in _SAVE_KEYS:
            self.save(submit=True)
        else:
            super().keyPressEvent(event)

    def _current(self) -> int:
        return self.table.currentIndex().row()

    def _set_reason(self, reason: str) -> None:
        row = self._current()
        if row >= 0:
            self.marks.set_reason(row, reason)
            self._show_reasons()

    def _show_reasons(self) -> None:
        """The reason choice shows while the current pupil is excused."""
        row = self._current()
        mark = self.marks.marks[row] if 0 <= row < len(self.marks.marks) else None
        if mark is None or mark.status not in EXCUSED:
            self.reason_bar.hide()
            return
        self.reason_label.setText(
            translate("AttendanceDialog", "Reason for {0}:").format(mark.name))
        for button, (_k, value, _l) in zip(self.reason_buttons, REASONS, strict=True):
            button.setChecked(mark.reason == value)
        self.reason_bar.show()

    def _show_counts(self, *_args: object) -> None:
        total = len(self.marks.marks)
        absent = total - self.marks.present
        self.counter.setText(
            translate("AttendanceDialog", "{0} of {1} present").format(self.marks.present,
                                                                      total))
        self.counter.setToolTip(
            translate("AttendanceDialog", "absent {0}, late {1}").format(
                absent, self.marks.count(*LATE)))
        self._show_reasons()

    # --- saving --------------------------------------------------------------------------

    def save(self, *, submit: bool = False) -> None:
        """Save the sheet (and submit it); refused while an excused pupil has no reason."""
        day = self.day
        if day is None or not self.marks.marks or not self.save_button.isEnabled():
            return
        missing = self.marks.missing_reasons()
        if missing:
            self.table.setCurrentIndex(self.marks.index(missing[0], STATUS))
            self.table.setFocus()
            self._say(translate("AttendanceDialog",
                                "An excused mark needs its reason (1, 2 or 3); without "
                                "one: {0}.").format(len(missing)), error=True)
            return
        rows = self.marks.sheet_rows()
        self._set_enabled(False)
        self.desk.run(lambda ws: ws.save_attendance(day.class_id, day.day, rows, submit=submit),
                      self._saved, self._failed)

    def _saved(self, case: Case) -> None:
        self.marks.dirty = False
        self.saved.emit(case.id)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_enabled(bool(self.marks.marks))
        self._say(describe(error), error=True)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("error", "true" if error else "false")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show()

    def reject(self) -> None:
        if self.marks.dirty and not confirm(
            self,
            translate("AttendanceDialog", "Unsaved marks"),
            translate("AttendanceDialog", "The marks are not saved. Close without saving?"),
            translate("AttendanceDialog", "Close without saving"),
        ):
            return
        super().reject()
