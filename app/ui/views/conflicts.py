"""The Conflicts page: open conflicts by case; a double-click or Enter decides them."""

from __future__ import annotations

from collections.abc import Callable

from app.ui.dialogs.conflict import ConflictDialog, ConflictRow
from app.ui.qt import Qt, QtWidgets, QWidget, Signal, translate
from app.ui.tasks import Worker
from app.workspace import Workspace


def _rows(ws: Workspace) -> list[ConflictRow]:
    return [
        ConflictRow(v, ws.display(v, v.base), ws.display(v, v.mine), ws.display(v, v.theirs))
        for v in ws.conflicts()
    ]


class ConflictsPage(QWidget):
    resolved = Signal()

    def __init__(self, worker: Worker[Workspace], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.rows: list[ConflictRow] = []
        self.dialog_factory: Callable[[list[ConflictRow]], ConflictDialog] = lambda rows: (
            ConflictDialog(rows, self)
        )
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        heading = QtWidgets.QLabel(translate("ConflictsPage", "Conflicts"))
        heading.setObjectName("heading")
        layout.addWidget(heading)
        intro = QtWidgets.QLabel(
            translate(
                "ConflictsPage",
                "A field changed here and elsewhere at the "
                "same time keeps both values until "
                "someone decides. Press Enter to decide.",
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        layout.addWidget(intro)
        self.table = QtWidgets.QTreeWidget()
        self.table.setHeaderLabels(
            [
                translate("ConflictsPage", "Case"),
                translate("ConflictsPage", "Field"),
                translate("ConflictsPage", "Mine"),
                translate("ConflictsPage", "Theirs"),
            ]
        )
        self.table.setRootIsDecorated(False)
        self.table.setColumnWidth(0, 300)
        self.table.setColumnWidth(1, 200)
        self.table.itemActivated.connect(
            lambda item, _col: self.decide(item.data(0, Qt.ItemDataRole.UserRole))
        )
        layout.addWidget(self.table, 1)
        self.status = QtWidgets.QLabel()
        layout.addWidget(self.status)

    def reload(self) -> None:
        self.worker.run_latest("conflicts", _rows, self._show)

    def _show(self, rows: list[ConflictRow]) -> None:
        self.rows = rows
        self.table.clear()
        for row in rows:
            item = QtWidgets.QTreeWidgetItem(
                [row.view.record_title, row.view.field_label, row.mine, row.theirs]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.view.record_id)
            self.table.addTopLevelItem(item)
        self.status.setText(
            translate("ConflictsPage", "No conflicts.")
            if not rows
            else translate("ConflictsPage", "{0} to decide").format(len(rows))
        )
        if rows and self.table.currentItem() is None:
            self.table.setCurrentItem(self.table.topLevelItem(0))

    def decide(self, record_id: str) -> ConflictDialog | None:
        """Open the dialog for the conflicts of one case; apply the choices on OK."""
        rows = [r for r in self.rows if r.view.record_id == record_id]
        if not rows:
            return None
        dialog = self.dialog_factory(rows)
        dialog.accepted.connect(lambda: self.apply(dialog.choices()))
        dialog.open()
        return dialog

    def apply(self, choices: list[tuple[str, str, str | None]]) -> None:
        def job(ws: Workspace) -> int:
            for conflict_id, keep, typed in choices:
                ws.resolve(conflict_id, keep, typed)
            return len(choices)

        self.worker.run(job, self._applied, lambda exc: self.status.setText(str(exc)))

    def _applied(self, count: int) -> None:
        self.status.setText(
            translate("ConflictsPage", "Resolved {0}; it is sent at the next sync.").format(count)
        )
        self.resolved.emit()
        self.reload()
