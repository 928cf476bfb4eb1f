"""Importing a register from a spreadsheet: choose a file, preview, import, read the report.

The secretary sees before anything is written how the file's columns map to the register's
fields, the first rows with every problem marked, and how many rows will go in; after the
import, which rows were rejected and why, and can save them to fix and import again. The
file is read and the rows written by the desk worker (:meth:`Workspace.import_preview`,
:meth:`Workspace.import_register`): the dialog only shows what comes back, with a progress
bar fed by a queued signal, and cannot be closed while rows are being written.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from app.core.definitions import Service, text
from app.core.imports import ImportReport, Preview, Problem, Row
from app.ui.qt import QObject, Qt, QtGui, QtWidgets, QWidget, Signal, translate
from app.ui.tasks import Worker, describe

PROBLEM_BRUSH = QtGui.QColor("#fde2e1")
ALREADY_BRUSH = QtGui.QColor("#eeeeee")
SHOWN_PROBLEMS = 1000  # a list of 5,000 problems helps no one: the saved file has them all
CHOOSE, PREVIEW, WORKING, REPORT = range(4)


class _Progress(QObject):
    """Emitted from the desk worker; Qt queues it to the dialog in the GUI thread."""

    moved = Signal(int, int)


class ImportDialog(QtWidgets.QDialog):
    """One import into ``register``; emits ``imported`` with the report when rows went in."""

    imported = Signal(object)

    def __init__(self, desk: Worker, register: Service, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.register, self.lang = desk, register, lang
        self.path: Path | None = None
        self.preview: Preview | None = None
        self.report: ImportReport | None = None
        self.working = False
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        title = text(register.title, lang)
        self.setWindowTitle(translate("ImportDialog", "Import into {0}").format(title))
        self.resize(900, 620)

        layout = QtWidgets.QVBoxLayout(self)
        file_row = QtWidgets.QHBoxLayout()
        self.file_label = QtWidgets.QLabel(translate("ImportDialog", "No file chosen"))
        self.file_label.setObjectName("muted")
        self.choose_button = QtWidgets.QPushButton(translate("ImportDialog", "Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)

        self.pages = QtWidgets.QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._working_page())
        self.pages.addWidget(self._report_page())
        layout.addWidget(self.pages, 1)

        buttons = QtWidgets.QHBoxLayout()
        self.save_button = QtWidgets.QPushButton(translate("ImportDialog", "Save rejected rows…"))
        self.save_button.clicked.connect(self.choose_report_file)
        self.import_button = QtWidgets.QPushButton(translate("ImportDialog", "Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QtWidgets.QPushButton(translate("ImportDialog", "Cancel"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._show(CHOOSE)

    # --- pages ---------------------------------------------------------------------------

    def _choose_page(self) -> QWidget:
        page = QtWidgets.QWidget()
        box = QtWidgets.QVBoxLayout(page)
        names = [text(f.label, self.lang) + (" *" if f.required else "")
                 for f in self.register.fields.values()
                 if not f.computed and f.type != "attachment"]
        hint = QtWidgets.QLabel(
            translate(
                "ImportDialog",
                "Choose a CSV or Excel (.xlsx) file. Its first row names the columns, in any "
                "language: {0}. Columns marked * are required. Nothing is written before you "
                "see a preview.",
            ).format(", ".join(names))
        )
        hint.setWordWrap(True)
        box.addWidget(hint)
        choose = QtWidgets.QPushButton(translate("ImportDialog", "Choose file…"))
        choose.setMinimumHeight(36)
        choose.clicked.connect(self.choose_file)
        box.addWidget(choose, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        return page

    def _preview_page(self) -> QWidget:
        page = QtWidgets.QWidget()
        box = QtWidgets.QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        self.summary = QtWidgets.QLabel()
        self.summary.setObjectName("banner")
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        self.mapping = QtWidgets.QLabel()
        self.mapping.setWordWrap(True)
        self.mapping.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(self.mapping)
        self.rows_table = QtWidgets.QTableWidget()
        self.rows_table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_table.verticalHeader().setDefaultSectionSize(22)
        box.addWidget(self.rows_table, 3)
        self.problems_table = _problems_table()
        self.problems_table.cellClicked.connect(self._go_to_problem)
        box.addWidget(self.problems_table, 1)
        return page

    def _working_page(self) -> QWidget:
        page = QtWidgets.QWidget()
        box = QtWidgets.QVBoxLayout(page)
        box.addStretch(1)
        self.working_label = QtWidgets.QLabel(translate("ImportDialog", "Importing…"))
        box.addWidget(self.working_label)
        self.progress = QtWidgets.QProgressBar()
        box.addWidget(self.progress)
        box.addStretch(1)
        return page

    def _report_page(self) -> QWidget:
        page = QtWidgets.QWidget()
        box = QtWidgets.QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        self.report_label = QtWidgets.QLabel()
        self.report_label.setObjectName("banner")
        self.report_label.setWordWrap(True)
        box.addWidget(self.report_label)
        self.rejected_table = _problems_table()
        box.addWidget(self.rejected_table, 10)
        self.saved_label = QtWidgets.QLabel()
        self.saved_label.setObjectName("muted")
        self.saved_label.setWordWrap(True)
        box.addWidget(self.saved_label)
        box.addStretch(1)  # takes the room a short list leaves, not the banner
        return page

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        good = self.preview is not None and bool(self.preview.analysis.good)
        self.import_button.setVisible(page in (CHOOSE, PREVIEW))
        self.import_button.setEnabled(page == PREVIEW and good)
        self.choose_button.setVisible(page != CHOOSE)  # the choose page has its own button
        self.choose_button.setEnabled(page in (PREVIEW, REPORT))
        self.save_button.setVisible(page == REPORT and bool(self.report and self.report.rejected))
        self.close_button.setEnabled(page != WORKING)
        self.close_button.setText(translate("ImportDialog", "Close") if page == REPORT
                                  else translate("ImportDialog", "Cancel"))

    # --- choosing and previewing -----------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, translate("ImportDialog", "Choose a spreadsheet"), "",
            translate("ImportDialog", "Spreadsheets (*.csv *.xlsx);;All files (*)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read ``path`` in the desk worker and show what importing it would do."""
        self.path, self.preview, self.report = path, None, None
        self.file_label.setText(str(path))
        self.summary.setText(translate("ImportDialog", "Reading {0}…").format(path.name))
        self.summary.setProperty("error", False)
        register = self.register.id
        self.desk.run(lambda ws: ws.import_preview(register, path), self._previewed,
                      self._failed)

    def _previewed(self, shown: Preview) -> None:
        self.preview = shown
        a = shown.analysis
        good, bad, already = len(a.good), len(a.rejected), len(a.already)
        parts = [translate("ImportDialog", "{0} rows in the file: {1} can be imported.").format(
            shown.total, good)]
        if bad:
            parts.append(translate("ImportDialog",
                                   "{0} have problems and will not be imported (listed below); "
                                   "the others are not held back by them.").format(bad))
        if already:
            parts.append(translate("ImportDialog",
                                   "{0} were imported before and are skipped.").format(already))
        self._banner(self.summary, " ".join(parts), error=bool(bad) or not good)
        self.mapping.setText(self._mapping_text())
        self._fill_rows(shown)
        _fill_problems(self.problems_table, a.problems)
        self._show(PREVIEW)

    def _mapping_text(self) -> str:
        assert self.preview is not None
        a = self.preview.analysis
        mapped = [f"{_html(c.header)} → <b>{_html(text(c.field.label, self.lang))}</b>"
                  for c in a.columns if c.field is not None]
        out = translate("ImportDialog", "Columns: {0}").format(", ".join(mapped) or "—")
        ignored = [f"{_html(c.header or '—')} ({_html(c.note or '')})" for c in a.ignored]
        if ignored:
            out += "<br><span style='color:#8c1d18'>" + _html(
                translate("ImportDialog", "Ignored: {0}")).format("; ".join(ignored)) + "</span>"
        if a.missing:
            names = ", ".join(text(f.label, self.lang) for f in a.missing)
            out += "<br><span style='color:#8c1d18'>" + _html(translate(
                "ImportDialog", "No column for the required {0}: every row lacks it.")).format(
                _html(names)) + "</span>"
        return out

    def _fill_rows(self, shown: Preview) -> None:
        a = shown.analysis
        headers = a.table.headers
        table = self.rows_table
        table.clear()
        table.setColumnCount(len(headers))
        table.setRowCount(len(shown.rows))
        for col, column in enumerate(a.columns[:len(headers)]):
            label = column.header
            if column.field is not None:
                name = text(column.field.label, self.lang)
                label += f"\n→ {name if len(name) <= 24 else name[:23] + '…'}"
            else:
                label += "\n" + translate("ImportDialog", "(ignored)")
            item = QtWidgets.QTableWidgetItem(label)
            item.setToolTip(column.note or (text(column.field.label, self.lang)
                                             if column.field else ""))
            table.setHorizontalHeaderItem(col, item)
        for r, row in enumerate(shown.rows):
            table.setVerticalHeaderItem(r, QtWidgets.QTableWidgetItem(str(row.number)))
            marks = _marks(row, headers)
            for col in range(len(headers)):
                cell = QtWidgets.QTableWidgetItem(row.cells[col] if col < len(row.cells) else "")
                why = marks.get(headers[col]) or marks.get("")
                if why:
                    cell.setBackground(PROBLEM_BRUSH)
                    cell.setToolTip(why)
                elif row.already:
                    cell.setBackground(ALREADY_BRUSH)
                    cell.setToolTip(translate("ImportDialog", "Imported before; skipped"))
                table.setItem(r, col, cell)
        table.resizeColumnsToContents()
        for col in range(table.columnCount()):
            table.setColumnWidth(col, min(table.columnWidth(col), 220))

    def _go_to_problem(self, index: int, _column: int) -> None:
        """Show the row of a problem clicked in the list, if it is among the first rows."""
        item = self.problems_table.item(index, 0)
        if item is None or self.preview is None:
            return
        for r, row in enumerate(self.preview.rows):
            if str(row.number) == item.text():
                self.rows_table.selectRow(r)
                self.rows_table.scrollToItem(self.rows_table.item(r, 0))
                return

    # --- importing -------------------------------------------------------------------------

    def start_import(self) -> None:
        if self.path is None or self.preview is None or not self.preview.analysis.good:
            return
        self.working = True
        total = len(self.preview.analysis.good)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.working_label.setText(translate("ImportDialog", "Importing {0} rows…").format(total))
        self._show(WORKING)
        register, path, bridge = self.register.id, self.path, self._progress

        def moved(done: int, total: int) -> None:
            # The dialog may be gone (the window closed); the import itself goes on.
            with contextlib.suppress(RuntimeError):
                bridge.moved.emit(done, total)

        self.desk.run(lambda ws: ws.import_register(register, path, progress=moved),
                      self._imported, self._import_failed)

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _imported(self, report: ImportReport) -> None:
        self.working = False
        self.report = report
        parts = [translate("ImportDialog", "Imported {0} of {1} rows.").format(
            report.imported, report.total)]
        if report.already:
            parts.append(translate("ImportDialog",
                                   "{0} were imported before and are skipped.").format(
                report.already))
        if report.rejected:
            parts.append(translate(
                "ImportDialog",
                "{0} rows were rejected: fix them in the saved file and import it again.",
            ).format(len(report.rejected)))
        self._banner(self.report_label, " ".join(parts), error=bool(report.rejected))
        _fill_problems(self.rejected_table, report.problems)
        self.rejected_table.setVisible(bool(report.rejected))
        self.saved_label.clear()
        self._show(REPORT)
        if report.imported:
            self.imported.emit(report)

    def _import_failed(self, exc: Exception) -> None:
        # Whole batches before the failure are kept; importing again adds only the rest.
        self.working = False
        self._banner(self.summary, translate(
            "ImportDialog", "The import stopped: {0}. The rows written before are kept; "
            "import the file again to add the rest.").format(describe(exc)), error=True)
        self._show(PREVIEW)
        self.imported.emit(None)

    def _failed(self, exc: Exception) -> None:
        self._banner(self.summary, describe(exc), error=True)
        self.preview = None
        self._fill_rows_empty()
        self._show(PREVIEW)

    def _fill_rows_empty(self) -> None:
        self.mapping.clear()
        self.rows_table.clear()
        self.rows_table.setRowCount(0)
        self.rows_table.setColumnCount(0)
        _fill_problems(self.problems_table, [])

    # --- the report file -------------------------------------------------------------------

    def choose_report_file(self) -> None:
        if self.report is None:
            return
        suggested = str((self.path or Path.home()).with_name(f"rejected-{self.register.id}.csv"))
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, translate("ImportDialog", "Save rejected rows"), suggested,
            translate("ImportDialog", "CSV (*.csv);;Excel (*.xlsx)"))
        if name:
            self.save_rejected_to(Path(name))

    def save_rejected_to(self, path: Path) -> None:
        report = self.report
        if report is None:
            return
        self.desk.run(lambda ws: ws.save_rejected(report, path), self._saved,
                      lambda exc: self.saved_label.setText(describe(exc)))

    def _saved(self, path: Path) -> None:
        self.saved_label.setText(translate(
            "ImportDialog", "Saved to {0}. Fix the rows there and import that file: the "
            "columns “Row in file” and “Problems” are ignored.").format(path))

    # --- closing ---------------------------------------------------------------------------

    def reject(self) -> None:
        if self.working:  # rows are being written: closing now would only hide it
            return
        super().reject()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        if self.working:
            event.ignore()
            return
        super().closeEvent(event)

    @staticmethod
    def _banner(label: QtWidgets.QLabel, message: str, *, error: bool) -> None:
        label.setText(message)
        label.setProperty("error", error)
        label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Preferred,
                            QtWidgets.QSizePolicy.Policy.Maximum)
        label.style().unpolish(label)
        label.style().polish(label)


def _problems_table() -> QtWidgets.QTableWidget:
    table = QtWidgets.QTableWidget(0, 3)
    table.setHorizontalHeaderLabels([translate("ImportDialog", "Row"),
                                     translate("ImportDialog", "Column"),
                                     translate("ImportDialog", "Problem")])
    table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(22)
    table.horizontalHeader().setSectionResizeMode(2, QtWidgets.QHeaderView.ResizeMode.Stretch)
    table.setColumnWidth(0, 70)
    table.setColumnWidth(1, 170)
    return table


def _fill_problems(table: QtWidgets.QTableWidget, problems: list[Problem]) -> None:
    shown = problems[:SHOWN_PROBLEMS]
    table.setRowCount(len(shown) + (1 if len(problems) > len(shown) else 0))
    for r, p in enumerate(shown):
        for col, value in enumerate((str(p.row), p.column or "—", p.reason)):
            item = QtWidgets.QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(r, col, item)
    if len(problems) > len(shown):
        more = QtWidgets.QTableWidgetItem(translate(
            "ImportDialog", "… and {0} more: save the rejected rows to see them all").format(
            len(problems) - len(shown)))
        table.setItem(len(shown), 2, more)
    table.setVisible(bool(problems))
    # A few problems take a few lines; many get the room the preview leaves.
    lines = table.rowCount()
    table.setMaximumHeight(table.horizontalHeader().sizeHint().height() + 22 * lines + 6
                           if lines <= 8 else 16_777_215)


def _marks(row: Row, headers: list[str]) -> dict[str, str]:
    """Problems of a row by column header; "" for the whole row (also a missing column)."""
    marks: dict[str, str] = {}
    for p in row.problems:
        where = p.column if p.column in headers else ""
        reason = p.reason if where else (f"{p.column}: {p.reason}" if p.column else p.reason)
        marks[where] = f"{marks[where]}; {reason}" if where in marks else reason
    return marks


def _html(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
