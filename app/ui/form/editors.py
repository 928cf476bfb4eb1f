"""One editor per field type: it shows a stored value and reads back what the user entered.

An :class:`Editor` is a plain object around its widgets, not a widget: the form builds
sixty of them at once, and a Python subclass of a Qt class costs more to create. Only the
widgets whose virtual methods must change (a combo box that ignores a passing mouse wheel,
a text box that reports losing the focus) are subclasses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from app.core.definitions import Field, text
from app.core.values import parse_input
from app.ui.form import rules
from app.ui.form.looks import set_read_only, shade
from app.ui.qt import QDate, Qt, QtGui, QtWidgets, QWidget, Signal, translate


def display(field: Field, value: Any, lang: str) -> str:
    """A stored value as the form shows it in a text box."""
    if value is None:
        return ""
    kind = field.type
    if kind == "date":
        return rules.date_text(value)
    if kind == "datetime":
        return rules.datetime_text(value)
    if kind in ("integer", "decimal"):
        return rules.number_text(value)
    if kind == "yes_no":
        return translate("FormView", "Yes") if value else translate("FormView", "No")
    if kind == "choice":
        choice = field.choice(value)
        return text(choice.label, lang) if choice else str(value)
    if kind == "multi_choice" and isinstance(value, list):
        return ", ".join(display(field, v, lang) for v in value)
    if kind == "attachment" and isinstance(value, dict):
        return str(value.get("name", ""))
    return str(value)


def _ignore(_editor: Editor) -> None:
    pass


class Editor:
    """The input of one field.

    ``widget`` goes into the layout; ``input`` takes the focus, is the label's buddy and
    carries the red border. The owner sets ``committed``, which the editor calls when the
    user has finished an entry (focus left, Enter, a pick in a list), and then calls
    :meth:`read`. ``dirty`` says the user typed since the last commit.
    """

    widget: QWidget
    input: QWidget

    def __init__(self, field: Field, lang: str) -> None:
        self.field = field
        self.lang = lang
        self.committed: Callable[[Editor], None] = _ignore
        self.dirty = False

    def show_value(self, value: Any) -> None:
        """Show a stored value (None: empty); forgets anything typed."""
        raise NotImplementedError

    def read(self) -> Any:
        """The stored value of what is entered now; raises ValueProblem when unreadable."""
        raise NotImplementedError

    def set_editable(self, editable: bool) -> None:
        self.input.setEnabled(editable)

    def tab_stops(self) -> list[QWidget]:
        """The widgets Tab visits in this editor, in order."""
        return [self.input]

    def accepted(self, value: Any) -> None:
        """The form took ``value``: show it as it is stored (dates as 19.07.2024...)."""
        self.show_value(value)

    def refused(self, last_valid: Any) -> None:
        """The form refused the entry; typed text stays so it can be corrected."""

    def flush(self) -> None:
        """Commit what was typed but not yet committed (before the form is read)."""
        if self.dirty:
            self.committed(self)

    def _finish(self) -> None:
        if self.dirty:
            self.committed(self)

    def _picked(self, *_args: object) -> None:
        self.dirty = True
        self.committed(self)


class ComboBox(QtWidgets.QComboBox):
    """A combo box that lets a mouse wheel scroll the form unless it has the focus."""

    def wheelEvent(self, event: QtGui.QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class PlainTextEdit(QtWidgets.QPlainTextEdit):
    """A multi-line text box that says when the focus leaves it (Qt has no such signal)."""

    focus_lost = Signal()

    def focusOutEvent(self, event: QtGui.QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


class LineEditor(Editor):
    """Text, numbers and identifiers: a line typed freely, read with ``parse_input``."""

    # Numbers, dates and identifiers are short; a full-width box would look like a sentence.
    NARROW: ClassVar[dict[str, int]] = {
        "integer": 160,
        "decimal": 160,
        "date": 130,
        "datetime": 160,
        "pinfl": 200,
        "fin": 200,
        "vn_citizen_id": 200,
    }

    def __init__(self, field: Field, lang: str) -> None:
        super().__init__(field, lang)
        self.line = QtWidgets.QLineEdit()
        self.widget = self.input = self.line
        if field.type == "text" and field.max_length:
            self.line.setMaxLength(field.max_length)
        if field.hint:
            self.line.setPlaceholderText(text(field.hint, lang))
        width = self.NARROW.get(field.type)
        if width:
            self.line.setMaximumWidth(width)
        self.line.textEdited.connect(self._edited)
        self.line.editingFinished.connect(self._finish)

    def _edited(self, _text: str) -> None:
        self.dirty = True

    def show_value(self, value: Any) -> None:
        self.line.setText(display(self.field, value, self.lang))
        self.line.setCursorPosition(0)
        self.dirty = False

    def read(self) -> Any:
        return parse_input(self.field, self.line.text())

    def set_editable(self, editable: bool) -> None:
        set_read_only(self.line, not editable)


class DateEditor(LineEditor):
    """A date typed as 19.07.2024 or 2024-07-19, with a calendar (button or Alt+Down)."""

    def __init__(self, field: Field, lang: str) -> None:
        super().__init__(field, lang)
        self.line.setMaximumWidth(16777215)
        self.line.setPlaceholderText(
            text(field.hint, lang)
            if field.hint
            else translate("FormView", "dd.mm.yyyy hh:mm")
            if field.type == "datetime"
            else translate("FormView", "dd.mm.yyyy")
        )
        self.widget = QWidget()
        box = QtWidgets.QHBoxLayout(self.widget)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        self.line.setFixedWidth(self.NARROW[field.type])
        box.addWidget(self.line)
        self.button = QtWidgets.QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        # Keyboard users open the calendar with Alt+Down; the button need not be a tab stop.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setToolTip(translate("FormView", "Choose from a calendar (Alt+Down)"))
        self.button.clicked.connect(self.open_calendar)
        box.addWidget(self.button)
        box.addStretch(1)
        shortcut = QtGui.QAction(self.line)
        shortcut.setShortcut(QtGui.QKeySequence("Alt+Down"))
        shortcut.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.triggered.connect(self.open_calendar)
        self.line.addAction(shortcut)
        self.calendar: QtWidgets.QCalendarWidget | None = None

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.button.setEnabled(editable)

    def open_calendar(self) -> None:
        """Show a calendar under the box; picking a day enters it (built on first use)."""
        if self.line.isReadOnly():
            return
        if self.calendar is None:
            self.calendar = QtWidgets.QCalendarWidget(self.widget)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self.calendar.clicked.connect(self._day_picked)
            self.calendar.activated.connect(self._day_picked)
        try:
            entered = self.read()
        except ValueError:
            entered = None
        day = QDate.fromString(str(entered)[:10], "yyyy-MM-dd")
        self.calendar.setSelectedDate(day if day.isValid() else QDate.currentDate())
        self.calendar.move(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _day_picked(self, day: QDate) -> None:
        assert self.calendar is not None
        self.calendar.hide()
        typed = day.toString("dd.MM.yyyy")
        if self.field.type == "datetime":
            # Keep the time already typed; without one, let the user type it next.
            rest = self.line.text().strip().partition(" ")[2]
            self.line.setText(f"{typed} {rest}" if rest else f"{typed} ")
            self.line.setFocus()
            self.line.end(False)
            self.dirty = True
            if not rest:
                return
        else:
            self.line.setText(typed)
            self.line.setFocus()
        self._picked()


class LongTextEditor(Editor):
    """Several lines of text; Tab moves on, as in every other box of the form."""

    def __init__(self, field: Field, lang: str) -> None:
        super().__init__(field, lang)
        self.box = PlainTextEdit()
        self.widget = self.input = self.box
        self.box.setTabChangesFocus(True)
        if field.hint:
            self.box.setPlaceholderText(text(field.hint, lang))
        lines = self.box.fontMetrics().lineSpacing()
        self.box.setFixedHeight(lines * 4 + 12)
        self._filling = False
        self.box.textChanged.connect(self._edited)
        self.box.focus_lost.connect(self._finish)

    def _edited(self) -> None:
        if not self._filling:
            self.dirty = True

    def show_value(self, value: Any) -> None:
        self._filling = True
        try:
            self.box.setPlainText("" if value is None else str(value))
        finally:
            self._filling = False
        self.dirty = False

    def read(self) -> Any:
        return parse_input(self.field, self.box.toPlainText())

    def set_editable(self, editable: bool) -> None:
        set_read_only(self.box, not editable)


class ChoiceEditor(Editor):
    """One of a list, with an empty first entry for "not answered"; yes/no is such a list."""

    def __init__(self, field: Field, lang: str) -> None:
        super().__init__(field, lang)
        self.combo = ComboBox()
        self.widget = self.input = self.combo
        self.combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.combo.setMinimumWidth(160)
        self.combo.setMaximumWidth(420)
        self.values: list[Any] = [None]
        self.combo.addItem("—")
        if field.type == "yes_no":
            options: list[tuple[Any, str]] = [
                (True, translate("FormView", "Yes")),
                (False, translate("FormView", "No")),
            ]
        else:
            options = [(c.value, text(c.label, lang)) for c in field.choices]
        for value, label in options:
            self.values.append(value)
            self.combo.addItem(label)
        self.combo.activated.connect(self._picked)

    def show_value(self, value: Any) -> None:
        index = next(
            (i for i, v in enumerate(self.values) if v == value and type(v) is type(value)), 0
        )
        self.combo.setCurrentIndex(index)
        self.dirty = False

    def read(self) -> Any:
        return self.values[max(self.combo.currentIndex(), 0)]


class MultiChoiceEditor(Editor):
    """Some of a list: a check box per choice, in columns when the list is long."""

    def __init__(self, field: Field, lang: str) -> None:
        super().__init__(field, lang)
        self.frame = QtWidgets.QFrame()
        self.widget = self.input = self.frame
        grid = QtWidgets.QGridLayout(self.frame)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        columns = 1 if len(field.choices) <= 4 else 2 if len(field.choices) <= 10 else 3
        rows = -(-len(field.choices) // columns)
        self.boxes: list[tuple[str, QtWidgets.QCheckBox]] = []
        for i, choice in enumerate(field.choices):
            box = QtWidgets.QCheckBox(text(choice.label, lang))
            box.clicked.connect(self._picked)
            grid.addWidget(box, i % rows, i // rows)
            self.boxes.append((choice.value, box))
        self.frame.setFocusProxy(self.boxes[0][1])

    def show_value(self, value: Any) -> None:
        chosen = set(value or ())
        for v, box in self.boxes:
            box.setChecked(v in chosen)
        self.dirty = False

    def read(self) -> Any:
        return [v for v, box in self.boxes if box.isChecked()] or None

    def set_editable(self, editable: bool) -> None:
        for _v, box in self.boxes:
            box.setEnabled(editable)

    def tab_stops(self) -> list[QWidget]:
        return [box for _v, box in self.boxes]


class ComputedEditor(Editor):
    """A value the form computes: shown, never typed."""

    def __init__(self, field: Field, lang: str) -> None:
        super().__init__(field, lang)
        self.line = QtWidgets.QLineEdit()
        self.widget = self.input = self.line
        self.line.setReadOnly(True)
        shade(self.line, True)
        # Reachable by a click (to copy) but not a tab stop: nothing can be typed here.
        self.line.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.line.setToolTip(translate("FormView", "Filled in by the form"))
        width = LineEditor.NARROW.get(field.type)
        if width:
            self.line.setMaximumWidth(width)

    def show_value(self, value: Any) -> None:
        self.line.setText(display(self.field, value, self.lang))
        self.line.setCursorPosition(0)

    def read(self) -> Any:
        raise AssertionError("a computed field is never read from its editor")

    def set_editable(self, editable: bool) -> None:
        pass

    def tab_stops(self) -> list[QWidget]:
        return []
