"""A field on the form: its label, its editor, and the message shown under the editor."""

from __future__ import annotations

from collections.abc import Callable

from app.core.definitions import Field, text
from app.ui.form.editors import Editor
from app.ui.form.looks import repolish
from app.ui.qt import Qt, QtWidgets, QWidget


class FieldCell:
    """A field on the form: its label, its editor and the message shown under it."""

    def __init__(
        self, field: Field, editor: Editor, lang: str, styled: Callable[[], None] = lambda: None
    ) -> None:
        self.field = field
        self.editor = editor
        self._styled = styled
        label = text(field.label, lang).replace("&", "&&")
        self.label = QtWidgets.QLabel(label + (" *" if field.required else ""))
        self.label.setWordWrap(True)
        self.label.setBuddy(editor.input)
        if field.hint:
            self.label.setToolTip(text(field.hint, lang))
            editor.input.setToolTip(text(field.hint, lang))
        self.body = QWidget()
        self._box = QtWidgets.QVBoxLayout(self.body)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(2)
        self._box.addWidget(editor.widget)
        self._note: QtWidgets.QLabel | None = None  # made on the first message: most never get one
        self.message = ""
        self.severity = ""
        self.shown = True
        self._layout: QtWidgets.QFormLayout | None = None

    def place(self, layout: QtWidgets.QFormLayout) -> None:
        """Add the label and the editor as a row of ``layout``."""
        layout.addRow(self.label, self.body)
        self._layout = layout

    def set_shown(self, shown: bool) -> None:
        """Show or hide the whole row (label, editor, message)."""
        if shown != self.shown and self._layout is not None:
            self._layout.setRowVisible(self.body, shown)
            self.shown = shown

    def show_message(self, message: str, severity: str = "error") -> None:
        """Show ``message`` under the editor; "error" also gives the editor a red border."""
        if not message:
            self.clear_message()
            return
        self._styled()
        if self._note is None:
            self._note = QtWidgets.QLabel()
            self._note.setWordWrap(True)
            self._note.setTextFormat(Qt.TextFormat.PlainText)
            self._box.addWidget(self._note)
        if self._note.property("role") != severity:
            self._note.setProperty("role", severity)
            repolish(self._note)
        self._note.setText(message)
        self._note.show()
        self._set_invalid(severity == "error")
        self.message, self.severity = message, severity

    def clear_message(self) -> None:
        if not self.message:
            return
        if self._note is not None:
            self._note.hide()
        self._set_invalid(False)
        self.message = self.severity = ""

    def _set_invalid(self, invalid: bool) -> None:
        target = self.editor.input
        if bool(target.property("invalid")) != invalid:
            target.setProperty("invalid", invalid)
            repolish(target)
