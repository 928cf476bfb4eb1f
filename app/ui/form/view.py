"""The form of a case, rendered from its service definition.

The widgets are built once per service; :meth:`FormView.set_case` only fills them, so the
case view keeps one FormView per service and opening the next case is quick.

Every entry goes the same way: the editor reads what was typed (``parse_input``), the
engine checks it with the rest of the form (``FilledForm.check_changes``), and then either
the value is taken — computed fields and relevance follow at once — or it is refused in
place: the typed text stays, with a red border and the reason under it, and the form goes
on holding the last valid value.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from app.core.definitions import Field, Section, Service, text
from app.core.expressions import ExpressionError
from app.core.forms import FilledForm
from app.core.values import ValueProblem
from app.ui.form import rules
from app.ui.form.attachment import AttachmentEditor
from app.ui.form.cell import FieldCell
from app.ui.form.factory import EditorKit, make_editor
from app.ui.form.looks import set_bold
from app.ui.form.reference import ReferenceEditor, ReferenceLookup
from app.ui.form.repeat import RepeatEditor
from app.ui.qt import Qt, QtWidgets, QWidget, Signal, translate

# One stylesheet for the whole form, set when the first message is shown: any stylesheet
# makes Qt polish every widget of the form through it, which doubles the time to open it.
STYLE = """
QLabel[role="error"] { color: #b3261e; }
QLabel[role="warning"] { color: #7a4f00; }
QLabel[role="note"] { color: palette(dark); }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"] {
    border: 2px solid #b3261e; border-radius: 3px; padding: 1px 3px;
}
QFrame[invalid="true"] { border: 2px solid #b3261e; border-radius: 3px; }
"""
BANNER_STYLE = "background: #fff4ce; color: #3d2f00; border: 1px solid #e0c15a; padding: 6px 10px;"


class FormView(QWidget):
    """A case's form: sections of labelled editors in one scrolling column."""

    changed = Signal()  # the user changed something (a value taken or refused)
    open_attachment = Signal(dict)  # the stored value of the attachment to open

    def __init__(
        self,
        service: Service,
        lang: str = "en",
        *,
        references: ReferenceLookup | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._lang = lang
        self._kit = EditorKit(lang, references, self.open_attachment.emit, self._style)
        self._cells: dict[str, FieldCell] = {}
        self._sections: list[tuple[Section, QWidget]] = []
        self._values: dict[str, Any] = {}
        self._baseline: dict[str, Any] = {}
        self._extra: dict[str, Any] = {}
        self._problems: dict[str, str] = {}
        self._read_only = False
        self._styled = False
        self._build()
        self._editable = [f for f in service.fields.values() if f.calculate is None]
        self._computed = [f for f in service.fields.values() if f.calculate is not None]
        in_conditional_section = {
            f.id for s in service.sections if s.relevant is not None for f in s.fields
        }
        self._conditional = [
            f
            for f in service.fields.values()
            if f.relevant is not None or f.id in in_conditional_section
        ]
        self._groups = [
            c.editor for c in self._cells.values() if isinstance(c.editor, RepeatEditor)
        ]
        self.set_case({})

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self._banner = QtWidgets.QLabel()
        self._banner.setObjectName("readOnlyBanner")
        self._banner.setStyleSheet(BANNER_STYLE)
        self._banner.setWordWrap(True)
        self._banner.hide()
        outer.addWidget(self._banner)
        self._scroll = QtWidgets.QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self._scroll)
        self._label_width = self.fontMetrics().averageCharWidth() * 24
        content = QWidget()
        # In place before it fills: moving sixty filled rows into the window costs more.
        self._scroll.setWidget(content)
        column = QtWidgets.QVBoxLayout(content)
        column.setContentsMargins(16, 8, 16, 16)
        column.setSpacing(20)
        for section in self._service.sections:
            widget = QWidget(content)
            box = QtWidgets.QVBoxLayout(widget)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(6)
            header = QtWidgets.QLabel(text(section.label, self._lang), widget)
            set_bold(header, larger=2)
            box.addWidget(header)
            form = QtWidgets.QFormLayout()
            form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            form.setHorizontalSpacing(16)
            form.setVerticalSpacing(8)
            box.addLayout(form)
            for f in section.fields:
                self._add_field(f, form)
            column.addWidget(widget)
            self._sections.append((section, widget))
        column.addStretch(1)

    def _add_field(self, f: Field, form: QtWidgets.QFormLayout) -> None:
        editor = make_editor(f, self._kit)
        cell = FieldCell(f, editor, self._lang, self._style)
        # One label width in every section, so all editors start in one column; long labels
        # wrap rather than push the editors to the right.
        cell.label.setFixedWidth(self._label_width)
        cell.place(form)
        if f.read_only:
            editor.set_editable(False)
        editor.committed = lambda _e, fid=f.id: self._commit(fid)
        if isinstance(editor, RepeatEditor):
            editor.cell = cell
        self._cells[f.id] = cell

    def _style(self) -> None:
        """Put the form's stylesheet on (once), just before a message needs it."""
        if not self._styled:
            self._styled = True
            self.setStyleSheet(STYLE)

    # --- the public interface ---------------------------------------------------------------

    def set_case(
        self,
        values: Mapping[str, Any],
        *,
        read_only: bool = False,
        read_only_reason: str | None = None,
    ) -> None:
        """Show a case's stored ``values``; clears messages and starts counting changes."""
        fields = self._service.fields
        self._values = {
            k: copy.deepcopy(v)
            for k, v in values.items()
            if k in fields and fields[k].calculate is None and v is not None
        }
        # Values the form has no editor for (an older version's fields) go back unchanged.
        self._extra = {k: v for k, v in values.items() if k not in self._values}
        self._baseline = copy.deepcopy(self._values)
        self._problems.clear()
        for f in self._editable:
            cell = self._cells[f.id]
            cell.clear_message()
            cell.editor.show_value(self._values.get(f.id))
        self._set_read_only(read_only, read_only_reason)
        self._refresh()
        self._fetch_titles()

    def values(self) -> dict[str, Any]:
        """All stored values as they are now (a refused entry leaves its last valid value)."""
        self._flush()
        out = {k: v for k, v in self._extra.items() if v is not None}
        out.update(copy.deepcopy(self._values))
        return out

    def changes(self) -> dict[str, Any]:
        """The fields whose value differs from what set_case showed (None: cleared)."""
        self._flush()
        out: dict[str, Any] = {}
        for f in self._editable:
            now = self._values.get(f.id)
            if now != self._baseline.get(f.id):
                out[f.id] = copy.deepcopy(now)
        return out

    def problems(self) -> dict[str, str]:
        """Refused entries: field id (or ``group[row].child``, rows from 0) -> message."""
        self._flush()
        out = dict(self._problems)
        for group in self._groups:
            out.update(group.cell_problems())
        return out

    def focus_field(self, field_id: str) -> None:
        """Scroll to a field (or ``group[row].child``) and put the cursor in it."""
        cell = self._cell(field_id)
        if cell is None:
            return
        self._scroll.ensureWidgetVisible(cell.body, 50, 50)
        target = cell.editor.tab_stops() or [cell.editor.input]
        target[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def editor(self, field_id: str) -> QWidget:
        """The input widget of a field (or of a cell: ``group[row].child``)."""
        cell = self._cell(field_id)
        if cell is None:
            raise KeyError(f"{field_id} is not a field of {self._service.id} on this form")
        return cell.editor.input

    def message(self, field_id: str) -> str:
        """The message shown beside a field (or ``group[row].child``) now; "" if none."""
        cell = self._cell(field_id)
        return cell.message if cell is not None else ""

    def choose_file(self, field_id: str, path: str) -> None:
        """Attach the file at ``path`` to an attachment field, as picking it would."""
        cell = self._cell(field_id)
        if cell is None or not isinstance(cell.editor, AttachmentEditor):
            raise KeyError(f"{field_id} is not an attachment field of {self._service.id}")
        cell.editor.choose(path)

    def add_row(self, field_id: str) -> None:
        """Add a row to a repeat group, as its "Add row" button does."""
        editor = self._cells[field_id].editor
        if not isinstance(editor, RepeatEditor):
            raise KeyError(f"{field_id} is not a repeat group of {self._service.id}")
        editor.add_row()

    def remove_row(self, field_id: str, index: int) -> None:
        """Remove row ``index`` (from 0) of a repeat group, as its "Remove row" does."""
        editor = self._cells[field_id].editor
        if not isinstance(editor, RepeatEditor):
            raise KeyError(f"{field_id} is not a repeat group of {self._service.id}")
        editor.remove_row(index)

    def is_shown(self, field_id: str) -> bool:
        """Whether the field is on the form now (its relevance and its section's)."""
        cell = self._cell(field_id)
        if cell is None:
            return False
        section = self._service.section_of(field_id)
        widget = next((w for s, w in self._sections if section and s.id == section.id), None)
        return cell.shown and (widget is None or not widget.isHidden())

    # --- entries ------------------------------------------------------------------------------

    def _commit(self, field_id: str) -> None:
        cell = self._cells[field_id]
        editor = cell.editor
        editor.dirty = False
        try:
            value = editor.read()
            warnings = rules.check_change(self._service, self._values, field_id, value, self._lang)
        except ValueProblem as exc:
            self._problems[field_id] = exc.rule
            cell.show_message(exc.rule, "error")
            editor.refused(self._values.get(field_id))
            self.changed.emit()
            return
        self._problems.pop(field_id, None)
        if value is None:
            self._values.pop(field_id, None)
        else:
            self._values[field_id] = value
        editor.accepted(value)
        if warnings:
            cell.show_message("; ".join(warnings), "warning")
        elif cell.severity != "note":
            cell.clear_message()
        self._refresh()
        self.changed.emit()

    def _flush(self) -> None:
        # Typed text not yet committed (the user went straight to Save with Ctrl+S).
        for cell in self._cells.values():
            cell.editor.flush()

    def _cell(self, key: str) -> FieldCell | None:
        parts = rules.split_row_key(key)
        if parts is None:
            return self._cells.get(key)
        group, index, child = parts
        cell = self._cells.get(group)
        if cell is None or not isinstance(cell.editor, RepeatEditor):
            return None
        return cell.editor.cell_at(index, child)

    # --- what follows from the values -------------------------------------------------------

    def _refresh(self) -> None:
        form = FilledForm(self._service, self._values)
        if self._computed:
            computed = form.computed()
            for f in self._computed:
                self._cells[f.id].editor.show_value(computed.get(f.id))
        for section, widget in self._sections:
            if section.relevant is not None:
                widget.setVisible(_holds(form, section))
        for f in self._conditional:
            self._show(self._cells[f.id], form.is_relevant(f))
        for group in self._groups:
            group.refresh(form)

    def _show(self, cell: FieldCell, shown: bool) -> None:
        if shown == cell.shown:
            return
        cell.set_shown(shown)
        fid = cell.field.id
        if not shown and fid in self._problems:
            # Nobody can correct a field they cannot see: drop what was typed there.
            del self._problems[fid]
            cell.clear_message()
            cell.editor.show_value(self._values.get(fid))

    def _set_read_only(self, read_only: bool, reason: str | None) -> None:
        self._banner.setVisible(read_only)
        if read_only:
            self._banner.setText(
                reason or translate("FormView", "This case cannot be changed now.")
            )
        if read_only == self._read_only:
            return
        self._read_only = read_only
        for f in self._editable:
            self._cells[f.id].editor.set_editable(not read_only and not f.read_only)

    def _fetch_titles(self) -> None:
        lookup = self._kit.references
        if lookup is None:
            return
        wanted: dict[str, set[str]] = {}
        for f in self._editable:
            value = self._values.get(f.id)
            if f.type == "reference" and isinstance(value, str):
                wanted.setdefault(f.register or "", set()).add(value)
            for child in f.fields:
                if child.type == "reference":
                    for row in value or ():
                        if isinstance(row, dict) and isinstance(row.get(child.id), str):
                            wanted.setdefault(child.register or "", set()).add(row[child.id])
        for register, ids in wanted.items():
            missing = sorted(i for i in ids if (register, i) not in self._kit.titles)
            if missing:
                lookup.titles(
                    register,
                    missing,
                    lambda found, register=register: self._titles_arrived(register, found),
                )

    def _titles_arrived(self, register: str, found: dict[str, str]) -> None:
        for record_id, title in found.items():
            self._kit.titles[(register, record_id)] = title
        try:
            for editor in self._reference_editors():
                editor.titles_arrived()
        except RuntimeError:
            pass  # the form was closed while the lookup ran

    def _reference_editors(self) -> list[ReferenceEditor]:
        out = [c.editor for c in self._cells.values() if isinstance(c.editor, ReferenceEditor)]
        for group in self._groups:
            for row in group.rows[: group.count]:
                out += [
                    c.editor for c in row.cells.values() if isinstance(c.editor, ReferenceEditor)
                ]
        return out


def _holds(form: FilledForm, section: Section) -> bool:
    assert section.relevant is not None
    try:
        return bool(form.evaluate(section.relevant))
    except ExpressionError:
        return True  # as the engine does: show rather than hide data behind a broken rule
