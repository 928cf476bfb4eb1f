"""The case list as a Qt table model: pages fetched off the GUI thread as the view scrolls.

The model never holds a connection: it asks the desk worker for a page of
:class:`app.workspace.CaseRow` and shows it when it arrives. A new query (typing in the
search box, a filter) supersedes the pages still on their way for the old one.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.ui.i18n import Language
from app.ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
    QtGui,
    Signal,
    translate,
)
from app.ui.tasks import Worker
from app.workspace import CaseQuery, CaseRow, Workspace

PAGE = 200

TITLE, SERVICE, STATE, DUE, UPDATED = range(5)
_HEADERS = (
    QT_TRANSLATE_NOOP("CaseTableModel", "Case"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Service"),
    QT_TRANSLATE_NOOP("CaseTableModel", "State"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Due"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Updated"),
)
# Column → the replica's order (ascending); descending is the same with a minus.
_ORDER = {TITLE: "title", SERVICE: "type", STATE: "status", DUE: "due", UPDATED: "-updated"}

ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 1


class CaseTableModel(QAbstractTableModel):
    loaded = Signal(int)  # rows shown after a (re)load, for status text and tests
    failed = Signal(str)

    def __init__(
        self,
        worker: Worker[Workspace],
        language: Language,
        *,
        inbox: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.language = language
        self.inbox = inbox
        self.query = CaseQuery(order="due" if inbox else "updated")
        self._rows: list[CaseRow] = []
        self._more = False
        self._fetching = False
        self._generation = 0
        self._key = f"case-table-{id(self)}"
        self._overdue = QtGui.QBrush(QtGui.QColor("#b3261e"))

    # --- loading ---------------------------------------------------------------------------

    def set_query(self, query: CaseQuery) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation, query = self._generation, self.query
        if self.inbox:

            def job(ws: Workspace) -> list[CaseRow]:
                return ws.inbox()
        else:

            def job(ws: Workspace) -> list[CaseRow]:
                return ws.cases(query, 0, PAGE)

        self._fetching = True
        self.worker.run_latest(
            self._key, job, lambda rows: self._reset(generation, rows), self._failed
        )

    def _reset(self, generation: int, rows: list[CaseRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = rows
        self._more = not self.inbox and len(rows) == PAGE
        self._fetching = False
        self.endResetModel()
        self.loaded.emit(len(rows))

    def _failed(self, error: Exception) -> None:
        self._fetching = False
        self.failed.emit(str(error))

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._fetching:
            return
        self._fetching = True
        generation, query, offset = self._generation, self.query, len(self._rows)
        self.worker.run_latest(
            self._key,
            lambda ws: ws.cases(query, offset, PAGE),
            lambda rows: self._append(generation, rows),
            self._failed,
        )

    def _append(self, generation: int, rows: list[CaseRow]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._more = len(rows) == PAGE
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit(len(self._rows))

    # --- the table -------------------------------------------------------------------------

    def row_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("CaseTableModel", _HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return row.title
            if column == SERVICE:
                return row.service_title
            if column == STATE:
                return row.state_label
            if column == DUE:
                if not row.due_at:
                    return ""
                shown = (
                    self.language.datetime(row.due_at)
                    if "T" in row.due_at and not row.due_at.endswith("T00:00")
                    else self.language.date(row.due_at)
                )
                return shown + (
                    "  " + translate("CaseTableModel", "overdue") if row.overdue else ""
                )
            if column == UPDATED:
                return self.language.datetime(row.updated_at)
        elif role == Qt.ItemDataRole.ForegroundRole and row.overdue and column in (TITLE, DUE):
            return self._overdue
        elif role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return f"{row.title}\n{row.org}"
        elif role == ID_ROLE:
            return row.id
        elif role == OVERDUE_ROLE:
            return row.overdue
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.inbox or column not in _ORDER:
            return
        base = _ORDER[column]
        if order == Qt.SortOrder.DescendingOrder:
            base = base[1:] if base.startswith("-") else "-" + base
        self.set_query(replace(self.query, order=base))
