"""Deciding conflicts: per field, the common value (base), mine and theirs; keep one or edit."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.conflicts import ConflictView
from app.ui.qt import Qt, QtWidgets, QWidget, translate


@dataclass(frozen=True)
class ConflictRow:
    """A conflict with its values already put into words (by the desk worker)."""

    view: ConflictView
    base: str
    mine: str
    theirs: str


class ConflictDialog(QtWidgets.QDialog):
    """All open conflicts of one case; ``choices()`` says what to keep for each."""

    KEEP_MINE, KEEP_THEIRS, EDIT = range(3)

    def __init__(self, rows: list[ConflictRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        title = rows[0].view.record_title if rows else ""
        self.setWindowTitle(translate("ConflictDialog", "Changed on two sides: {0}").format(title))
        layout = QtWidgets.QVBoxLayout(self)
        intro = QtWidgets.QLabel(
            translate(
                "ConflictDialog",
                "These fields were changed here and by someone else before the two copies met. "
                "Nothing is lost: choose which value the case keeps, or type the right one.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QtWidgets.QGridLayout()
        headers = (
            translate("ConflictDialog", "Field"),
            translate("ConflictDialog", "Before (base)"),
            translate("ConflictDialog", "Mine"),
            translate("ConflictDialog", "Theirs"),
            translate("ConflictDialog", "Keep"),
        )
        for col, header in enumerate(headers):
            label = QtWidgets.QLabel(f"<b>{header}</b>")
            grid.addWidget(label, 0, col)
        self.keep_boxes: list[QtWidgets.QComboBox] = []
        self.edits: list[QtWidgets.QLineEdit] = []
        for i, row in enumerate(rows, start=1):
            grid.addWidget(QtWidgets.QLabel(row.view.field_label), i, 0)
            for col, value in ((1, row.base), (2, row.mine), (3, row.theirs)):
                label = QtWidgets.QLabel(value)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(label, i, col)
            other = row.view.other_author
            keep = QtWidgets.QComboBox()
            keep.addItem(translate("ConflictDialog", "Keep mine"))
            keep.addItem(
                translate("ConflictDialog", "Keep theirs") + (f" ({other})" if other else "")
            )
            keep.addItem(translate("ConflictDialog", "Type a value"))
            edit = QtWidgets.QLineEdit(row.mine if row.mine != "—" else "")
            edit.setEnabled(False)
            keep.currentIndexChanged.connect(
                lambda index, e=edit: (
                    e.setEnabled(index == self.EDIT),
                    e.setFocus() if index == self.EDIT else None,
                )
            )
            cell = QtWidgets.QVBoxLayout()
            cell.addWidget(keep)
            cell.addWidget(edit)
            grid.addLayout(cell, i, 4)
            self.keep_boxes.append(keep)
            self.edits.append(edit)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel).setText(
            translate("ConflictDialog", "Cancel")
        )
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).setText(
            translate("ConflictDialog", "Resolve")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 120 + 60 * len(rows))

    def choose(self, index: int, keep: str, typed: str = "") -> None:
        """Set the choice of row ``index`` as a person would (used by tests, too)."""
        self.keep_boxes[index].setCurrentIndex(
            {"mine": self.KEEP_MINE, "theirs": self.KEEP_THEIRS, "value": self.EDIT}[keep]
        )
        if keep == "value":
            self.edits[index].setText(typed)

    def choices(self) -> list[tuple[str, str, str | None]]:
        """(conflict id, mine | theirs | value, typed text) for each row."""
        out = []
        for row, keep, edit in zip(self.rows, self.keep_boxes, self.edits, strict=True):
            kind = ("mine", "theirs", "value")[keep.currentIndex()]
            out.append((row.view.id, kind, edit.text() if kind == "value" else None))
        return out
