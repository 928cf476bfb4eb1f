"""A list of cases with search-as-you-type and filters: the Cases, Inbox and Registers pages."""

from __future__ import annotations

from dataclasses import replace

from app.core.definitions import Service, text
from app.ui.models.case_table import DUE, ID_ROLE, STATE, TITLE, UPDATED, CaseTableModel
from app.ui.qt import QModelIndex, Qt, QtWidgets, QWidget, Signal, translate
from app.workspace import CaseQuery


class CaseListPage(QWidget):
    """A heading, optional filters, and the lazy case table. Enter opens the case."""

    open_case = Signal(str)

    def __init__(
        self,
        model: CaseTableModel,
        heading: str,
        *,
        filters: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._services: list[Service] = []
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        title = QtWidgets.QLabel(heading)
        title.setObjectName("heading")
        layout.addWidget(title)

        self.search = QtWidgets.QLineEdit()
        self.search.setPlaceholderText(
            translate("CaseListPage", "Search names, numbers, any word…")
        )
        self.search.setClearButtonEnabled(True)
        self.service_box = QtWidgets.QComboBox()
        self.state_box = QtWidgets.QComboBox()
        self.deadline_box = QtWidgets.QComboBox()
        for label, value in (
            (translate("CaseListPage", "Any deadline"), None),
            (translate("CaseListPage", "Overdue"), "overdue"),
            (translate("CaseListPage", "Due within 3 days"), "soon"),
        ):
            self.deadline_box.addItem(label, value)
        if filters:
            bar = QtWidgets.QHBoxLayout()
            bar.addWidget(self.search, 4)
            bar.addWidget(self.service_box, 3)
            bar.addWidget(self.state_box, 2)
            bar.addWidget(self.deadline_box, 2)
            layout.addLayout(bar)
        else:
            for w in (self.search, self.service_box, self.state_box, self.deadline_box):
                w.hide()

        self.table = QtWidgets.QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # The list starts newest first; say so in the header before sorting is switched on
        # (switching it on sorts by the indicated column at once).
        self.table.horizontalHeader().setSortIndicator(UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(filters and not model.inbox)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.setDefaultSectionSize(170)
        header.resizeSection(STATE, 150)
        header.resizeSection(DUE, 120)
        header.resizeSection(UPDATED, 125)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)
        self.count = QtWidgets.QLabel()
        self.count.setObjectName("muted")
        layout.addWidget(self.count)

        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.focus_table)  # type, Enter, Enter: opened
        self.service_box.currentIndexChanged.connect(self._service_changed)
        self.state_box.currentIndexChanged.connect(self._filters_changed)
        self.deadline_box.currentIndexChanged.connect(self._filters_changed)
        model.loaded.connect(self._loaded)
        model.failed.connect(self.count.setText)

    def set_services(self, services: list[Service], lang: str) -> None:
        """Fill the service filter (keeps the choice when the language changes)."""
        self._services, self._lang = services, lang
        current = self.service_box.currentData()
        self.service_box.blockSignals(True)
        self.service_box.clear()
        self.service_box.addItem(translate("CaseListPage", "All services"), None)
        for s in services:
            self.service_box.addItem(text(s.title, lang), s.id)
        index = self.service_box.findData(current)
        self.service_box.setCurrentIndex(max(0, index))
        self.service_box.blockSignals(False)
        self._fill_states()

    def _fill_states(self) -> None:
        service = next((s for s in self._services if s.id == self.service_box.currentData()), None)
        self.state_box.blockSignals(True)
        self.state_box.clear()
        self.state_box.addItem(translate("CaseListPage", "Any state"), None)
        if service is not None and service.workflow is not None:
            for state in service.workflow.states.values():
                self.state_box.addItem(text(state.label, self._lang), state.id)
        self.state_box.setEnabled(service is not None and service.workflow is not None)
        self.state_box.blockSignals(False)

    def _query(self) -> CaseQuery:
        return replace(
            self.model.query,
            service=self.service_box.currentData(),
            state=self.state_box.currentData(),
            deadline=self.deadline_box.currentData(),
            search=self.search.text(),
        )

    def _search_changed(self, _text: str) -> None:
        self.model.set_query(self._query())

    def _service_changed(self, _index: int) -> None:
        self._fill_states()
        self.model.set_query(self._query())

    def _filters_changed(self, _index: int) -> None:
        self.model.set_query(self._query())

    def _loaded(self, rows: int) -> None:
        more = self.model.canFetchMore()
        if rows == 0:
            self.count.setText(translate("CaseListPage", "Nothing here."))
        elif more:
            self.count.setText(translate("CaseListPage", "{0} shown; scroll for more").format(rows))
        else:
            self.count.setText(translate("CaseListPage", "{0} in all").format(rows))

    def _activated(self, index: QModelIndex) -> None:
        case_id = self.model.data(index, ID_ROLE)
        if case_id:
            self.open_case.emit(case_id)

    def focus_table(self) -> None:
        """Move to the list, on its first row if none is chosen (keyboard users)."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
