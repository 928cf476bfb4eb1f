"""An attached file: its name and size, and buttons to attach, open and remove it.

A file picked here is not copied anywhere: its value is ``{"path", "name", "size"}`` and
the caller stores it on save (replacing it with the ``{"sha256", ...}`` form).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.definitions import Field
from app.core.values import ValueProblem
from app.ui.form import rules
from app.ui.form.editors import Editor
from app.ui.qt import Qt, QtWidgets, QWidget, translate

_UNCHANGED = object()
NAME_WIDTH = 240


def pending_file(field: Field, path: str) -> dict[str, Any]:
    """The value of a file picked on this PC; raises ValueProblem when it cannot be read."""
    file = Path(path)
    try:
        size = file.stat().st_size
    except OSError as exc:
        raise ValueProblem(
            field.id,
            translate("AttachmentEditor", "cannot read the file: %1").replace(
                "%1", exc.strerror or str(exc)
            ),
        ) from exc
    if not file.is_file():
        raise ValueProblem(field.id, translate("AttachmentEditor", "is a folder, not a file"))
    return {"path": str(file.resolve()), "name": file.name, "size": size}


class AttachmentEditor(Editor):
    """The file of an attachment field. :meth:`choose` does what picking a file does."""

    def __init__(self, field: Field, lang: str, opened: Callable[[dict[str, Any]], None]) -> None:
        super().__init__(field, lang)
        self.opened = opened
        self.frame = QtWidgets.QFrame()
        self.widget = self.input = self.frame
        row = QtWidgets.QHBoxLayout(self.frame)
        row.setContentsMargins(0, 0, 0, 0)
        self.name = QtWidgets.QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A fixed width keeps the buttons of all attachments in one column.
        self.name.setFixedWidth(NAME_WIDTH)
        self.attach = QtWidgets.QPushButton(translate("AttachmentEditor", "Attach file…"))
        self.open = QtWidgets.QPushButton(translate("AttachmentEditor", "Open"))
        self.remove = QtWidgets.QPushButton(translate("AttachmentEditor", "Remove"))
        # As wide for "Replace…" as for "Attach file…": the buttons after it stay in line.
        self.attach.setMinimumWidth(
            max(
                self.attach.fontMetrics().horizontalAdvance(label)
                for label in (
                    translate("AttachmentEditor", "Attach file…"),
                    translate("AttachmentEditor", "Replace…"),
                )
            )
            + 24
        )
        row.addWidget(self.name)
        for button in (self.attach, self.open, self.remove):
            row.addWidget(button)
        row.addStretch(1)
        self.frame.setFocusProxy(self.attach)
        self.attach.clicked.connect(self.pick)
        self.open.clicked.connect(self._open)
        self.remove.clicked.connect(self._remove)
        self._value: Any = None
        self._candidate: Any = _UNCHANGED  # a path picked, or None for "removed"
        self._editable = True
        self._update()

    def show_value(self, value: Any) -> None:
        self._value = value
        self._candidate = _UNCHANGED
        self.dirty = False
        self._update()

    def read(self) -> Any:
        if self._candidate is _UNCHANGED:
            return self._value
        if self._candidate is None:
            return None
        return pending_file(self.field, self._candidate)

    def refused(self, last_valid: Any) -> None:
        # A refused file is not kept: the field goes on showing the file it had.
        self.show_value(last_valid)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._update()

    def tab_stops(self) -> list[QWidget]:
        return [self.attach, self.open, self.remove]

    def choose(self, path: str) -> None:
        """Attach the file at ``path``, as picking it in the file dialog does."""
        self._candidate = path
        self._picked()

    def pick(self) -> None:
        """Ask for a file with the system's dialog, limited to the accepted kinds."""
        filters = []
        if self.field.accept:
            patterns = rules.file_filter_patterns(self.field.accept)
            filters.append(translate("AttachmentEditor", "Accepted files") + f" ({patterns})")
        filters.append(translate("AttachmentEditor", "All files") + " (*)")
        path, _kind = QtWidgets.QFileDialog.getOpenFileName(
            self.frame, translate("AttachmentEditor", "Attach file…"), "", ";;".join(filters)
        )
        if path:
            self.choose(path)

    def _open(self) -> None:
        if isinstance(self._value, dict):
            self.opened(dict(self._value))

    def _remove(self) -> None:
        self._candidate = None
        self._picked()

    def _update(self) -> None:
        value = self._value
        if isinstance(value, dict):
            size = value.get("size")
            shown = str(value.get("name", ""))
            if isinstance(size, int):
                shown += f"  ({rules.size_text(size)})"
            if rules.is_pending(value):
                shown += "  · " + translate("AttachmentEditor", "new, saved with the case")
                self.name.setToolTip(str(value.get("path", "")))
            else:
                self.name.setToolTip(str(value.get("name", "")))
            metrics = self.name.fontMetrics()
            self.name.setText(metrics.elidedText(shown, Qt.TextElideMode.ElideMiddle, NAME_WIDTH))
            self.name.setEnabled(True)
        else:
            self.name.setText(translate("AttachmentEditor", "No file"))
            self.name.setEnabled(False)
        has_file = isinstance(value, dict)
        self.attach.setText(
            translate("AttachmentEditor", "Replace…")
            if has_file
            else translate("AttachmentEditor", "Attach file…")
        )
        self.attach.setEnabled(self._editable)
        self.open.setEnabled(has_file)  # opening is reading: allowed on a closed case too
        self.remove.setEnabled(has_file and self._editable)
