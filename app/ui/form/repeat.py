"""A repeat group: a list of rows, each a small form of the group's own fields.

Each cell is checked against its own field when the user finishes it; the rows together
are then handed to the form as the group's value, which the engine checks as a whole
(rows allowed, constraints of the cells). Row widgets are kept when rows are removed and
used again, so opening the next case of the same service does not build them anew.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.core.definitions import Field
from app.core.expressions import ExpressionError
from app.core.forms import FilledForm
from app.core.values import ValueProblem
from app.ui.form import rules
from app.ui.form.cell import FieldCell
from app.ui.form.editors import Editor
from app.ui.form.looks import set_bold
from app.ui.qt import QtWidgets, QWidget, translate

MakeEditor = Callable[[Field], Editor]
ROW_LABEL_WIDTH = 150


class _Row:
    """The widgets of one row and the values its cells hold now."""

    def __init__(
        self, group: Field, lang: str, make: MakeEditor, styled: Callable[[], None]
    ) -> None:
        self.frame = QtWidgets.QFrame()
        self.frame.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        box = QtWidgets.QVBoxLayout(self.frame)
        box.setContentsMargins(8, 4, 8, 8)
        box.setSpacing(4)
        head = QtWidgets.QHBoxLayout()
        self.title = QtWidgets.QLabel()
        set_bold(self.title)
        self.remove = QtWidgets.QPushButton(translate("RepeatEditor", "Remove row"))
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.remove)
        box.addLayout(head)
        self.form = QtWidgets.QFormLayout()
        self.form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        box.addLayout(self.form)
        self.cells: dict[str, FieldCell] = {}
        for child in group.fields:
            cell = FieldCell(child, make(child), lang, styled)
            # The same label width in every row, so the rows line up as one table would.
            cell.label.setFixedWidth(ROW_LABEL_WIDTH)
            cell.place(self.form)
            self.cells[child.id] = cell
        self.data: dict[str, Any] = {}
        self.problems: dict[str, str] = {}

    def focusable(self) -> list[QWidget]:
        """The row's tab stops, top to bottom."""
        out: list[QWidget] = []
        for cell in self.cells.values():
            out += cell.editor.tab_stops()
        return [*out, self.remove]

    def fill(self, data: dict[str, Any]) -> None:
        self.data = dict(data)
        self.problems.clear()
        for child_id, cell in self.cells.items():
            cell.clear_message()
            cell.editor.show_value(self.data.get(child_id))


class RepeatEditor(Editor):
    """The rows of a repeat group, with "Add row" and a "Remove row" on each row."""

    def __init__(
        self, field: Field, lang: str, make: MakeEditor, styled: Callable[[], None]
    ) -> None:
        super().__init__(field, lang)
        self.make = make
        self.styled = styled
        self.frame = QtWidgets.QFrame()
        self.widget = self.input = self.frame
        box = QtWidgets.QVBoxLayout(self.frame)
        box.setContentsMargins(0, 0, 0, 0)
        self.rows_box = QtWidgets.QVBoxLayout()
        self.rows_box.setSpacing(6)
        box.addLayout(self.rows_box)
        foot = QtWidgets.QHBoxLayout()
        self.add = QtWidgets.QPushButton(translate("RepeatEditor", "Add row"))
        self.add.clicked.connect(self.add_row)
        self.empty = QtWidgets.QLabel(translate("RepeatEditor", "No rows yet."))
        self.empty.setEnabled(False)
        foot.addWidget(self.add)
        foot.addWidget(self.empty)
        foot.addStretch(1)
        box.addLayout(foot)
        self.frame.setFocusProxy(self.add)
        self.rows: list[_Row] = []  # shown rows first, then spare ones (hidden)
        self.count = 0
        self._editable = True
        self.cell: FieldCell | None = None  # set by the form: where the group's messages go

    # --- Editor ---------------------------------------------------------------------------

    def show_value(self, value: Any) -> None:
        rows = value if isinstance(value, list) else []
        while len(self.rows) < len(rows):
            self._new_row()
        for i, row in enumerate(self.rows):
            if i < len(rows):
                row.fill(rows[i] if isinstance(rows[i], dict) else {})
                self._chain(row)
            row.frame.setVisible(i < len(rows))
        self.count = len(rows)
        self.dirty = False
        self._update()

    def read(self) -> Any:
        rows = [
            {k: v for k, v in row.data.items() if v is not None} for row in self.rows[: self.count]
        ]
        return rows or None

    def accepted(self, value: Any) -> None:
        # The rows on screen are what was accepted; refilling them would move the cursor.
        self._update()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for row in self.rows:
            for cell in row.cells.values():
                cell.editor.set_editable(editable and not _fixed(cell.field))
        self._update()

    def flush(self) -> None:
        for row in self.rows[: self.count]:
            for cell in row.cells.values():
                cell.editor.flush()

    # --- rows -----------------------------------------------------------------------------

    def add_row(self) -> None:
        """Add an empty row (with its fields' defaults), unless the group is full.

        The first "Add row" of a group that needs several rows adds that many, so the
        form never shows a first row already refused for being too few.
        """
        limit = self.field.max_rows
        if limit is not None and self.count >= limit:
            if self.cell is not None:
                self.cell.show_message(self._full_message(), "note")
            return
        wanted = max(1, self.field.min_rows or 1) if self.count == 0 else 1
        added = [self._append_row() for _ in range(wanted)]
        self._update()
        stops = added[0].focusable()
        if stops:
            stops[0].setFocus()
        self._picked()

    def _append_row(self) -> _Row:
        if self.count == len(self.rows):
            self._new_row()
        row = self.rows[self.count]
        row.fill(
            {
                c.id: c.default
                for c in self.field.fields
                if c.default is not None and c.calculate is None
            }
        )
        self._chain(row)
        row.frame.show()
        self.count += 1
        return row

    def remove_row(self, index: int) -> None:
        """Remove row ``index`` (0-based); its widgets are kept for a later row."""
        if not 0 <= index < self.count:
            return
        row = self.rows.pop(index)
        row.frame.hide()
        self.rows_box.removeWidget(row.frame)
        self.rows_box.addWidget(row.frame)
        self.rows.append(row)
        self.count -= 1
        self._update()
        if self.count:
            self.rows[min(index, self.count - 1)].remove.setFocus()
        else:
            self.add.setFocus()
        self._picked()

    def _new_row(self) -> _Row:
        row = _Row(self.field, self.lang, self.make, self.styled)
        self.rows.append(row)
        self.rows_box.addWidget(row.frame)
        row.remove.clicked.connect(lambda: self.remove_row(self.rows.index(row)))
        for child_id, cell in row.cells.items():
            cell.editor.committed = lambda _e, row=row, child_id=child_id: self._cell_finished(
                row, child_id
            )
            cell.editor.set_editable(self._editable and not _fixed(cell.field))
        row.frame.hide()
        return row

    def _chain(self, row: _Row) -> None:
        # A row made after the form was built would come last in the tab order; put its
        # fields between the row above and the "Add row" button instead.
        before = self.add.previousInFocusChain()
        for widget in row.focusable():
            QWidget.setTabOrder(before, widget)
            before = widget
        QWidget.setTabOrder(before, self.add)

    def _cell_finished(self, row: _Row, child_id: str) -> None:
        cell = row.cells[child_id]
        cell.editor.dirty = False
        try:
            value = cell.editor.read()
            warnings = rules.check_entry(cell.field, value, self.lang)
        except ValueProblem as exc:
            row.problems[child_id] = exc.rule
            cell.show_message(exc.rule)
            cell.editor.refused(row.data.get(child_id))
        else:
            row.problems.pop(child_id, None)
            row.data[child_id] = value
            cell.editor.accepted(value)
            cell.show_message("; ".join(warnings), "warning")
        self._picked()

    # --- what the form asks -----------------------------------------------------------------

    def cell_problems(self) -> dict[str, str]:
        """Refused cells, as ``group[row].child`` -> message."""
        return {
            rules.row_key(self.field.id, i, child_id): message
            for i, row in enumerate(self.rows[: self.count])
            for child_id, message in row.problems.items()
        }

    def cell_at(self, index: int, child_id: str) -> FieldCell | None:
        if 0 <= index < self.count:
            return self.rows[index].cells.get(child_id)
        return None

    def refresh(self, form: FilledForm) -> None:
        """Show the cells the form asks for in each row; compute the computed ones."""
        for row in self.rows[: self.count]:
            for cell in row.cells.values():
                child = cell.field
                if child.calculate is not None:
                    try:
                        value = form.evaluate(child.calculate, row_field=self.field, row=row.data)
                    except ExpressionError:
                        value = None
                    cell.editor.show_value(value)
                if child.relevant is None:
                    continue
                shown = form.is_relevant(child, row_field=self.field, row=row.data)
                if shown != cell.shown:
                    cell.set_shown(shown)
                    if not shown and child.id in row.problems:
                        del row.problems[child.id]
                        cell.clear_message()
                        cell.editor.show_value(row.data.get(child.id))

    def _full_message(self) -> str:
        return translate("RepeatEditor", "This list has room for at most %1 rows.").replace(
            "%1", str(self.field.max_rows)
        )

    def _update(self) -> None:
        for i, row in enumerate(self.rows[: self.count]):
            row.title.setText(translate("RepeatEditor", "Row %1").replace("%1", str(i + 1)))
            row.remove.setEnabled(self._editable)
        full = self.field.max_rows is not None and self.count >= self.field.max_rows
        self.add.setEnabled(self._editable and not full)
        self.add.setToolTip(self._full_message() if full else "")
        self.empty.setVisible(self.count == 0)
        if not full and self.cell is not None and self.cell.severity == "note":
            self.cell.clear_message()


def _fixed(field: Field) -> bool:
    return field.calculate is not None or field.read_only
