"""The marks of one class on one day, as the attendance dialog's table shows them.

Everyone starts present: a teacher of 35 pupils marks the two who are not, rather than
confirming the 33 who are. The model holds what is marked (status, reason) and turns it
into the rows of an ``attendance_sheet`` case; it reads and writes nothing itself — the
dialog loads an :class:`app.workspace.AttendanceDay` and saves through the desk worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
    QtGui,
    translate,
)
from app.workspace import AttendanceDay

PRESENT = "present"
EXCUSED = ("absent_excused", "late_excused")  # the service requires a reason for these
LATE = ("late_excused", "late_unexcused")
NUMBER, PUPIL, STATUS, REASON = range(4)

# key -> status; P and Space both undo a mark, so a slip is one key away from fixed
KEYS: dict[Qt.Key, str] = {
    Qt.Key.Key_P: PRESENT,
    Qt.Key.Key_Space: PRESENT,
    Qt.Key.Key_A: "absent_unexcused",
    Qt.Key.Key_E: "absent_excused",
    Qt.Key.Key_L: "late_unexcused",
    Qt.Key.Key_K: "late_excused",
}
STATUS_LABELS = {
    PRESENT: QT_TRANSLATE_NOOP("Attendance", "Present"),
    "absent_unexcused": QT_TRANSLATE_NOOP("Attendance", "Absent, unexcused"),
    "absent_excused": QT_TRANSLATE_NOOP("Attendance", "Absent, excused"),
    "late_unexcused": QT_TRANSLATE_NOOP("Attendance", "Late, unexcused"),
    "late_excused": QT_TRANSLATE_NOOP("Attendance", "Late, excused"),
}
REASONS = (  # (key, value, label): the reason is chosen by its digit
    (Qt.Key.Key_1, "health", QT_TRANSLATE_NOOP("Attendance", "Health")),
    (Qt.Key.Key_2, "emergency", QT_TRANSLATE_NOOP("Attendance", "Emergency")),
    (Qt.Key.Key_3, "other", QT_TRANSLATE_NOOP("Attendance", "Other")),
)
_HEADERS = (
    QT_TRANSLATE_NOOP("Attendance", "No."),
    QT_TRANSLATE_NOOP("Attendance", "Pupil"),
    QT_TRANSLATE_NOOP("Attendance", "Attendance"),
    QT_TRANSLATE_NOOP("Attendance", "Reason"),
)
# Tints that stay apart in grey print too: absent darkest, late lighter, present white.
_TINT = {"absent": QtGui.QColor("#f4c7c3"), "late": QtGui.QColor("#fdf0c4")}
_MISSING = QtGui.QColor("#b3261e")


@dataclass
class Mark:
    student: str
    name: str
    status: str = PRESENT
    reason: str | None = None
    kept: dict[str, Any] | None = None  # a saved row's other fields (note, certificate)


def status_label(status: str) -> str:
    return translate("Attendance", STATUS_LABELS.get(status, status))


def reason_label(reason: str | None) -> str:
    found = next((label for _k, value, label in REASONS if value == reason), None)
    return translate("Attendance", found) if found else ""


class AttendanceMarks(QAbstractTableModel):
    """Pupils of a class with their mark of the day; everyone present until marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.marks: list[Mark] = []
        self.dirty = False

    def load(self, day: AttendanceDay) -> None:
        """Show ``day``'s pupils, with the marks already saved for the day if there are."""
        self.beginResetModel()
        self.marks = []
        for student, name in day.pupils:
            saved = day.marks.get(student) or {}
            self.marks.append(Mark(student, name, str(saved.get("status") or PRESENT),
                                   saved.get("reason"), saved or None))
        self.dirty = False
        self.endResetModel()

    # --- marking -------------------------------------------------------------------------

    def mark(self, row: int, status: str) -> None:
        """Mark a pupil; an excused mark keeps the reason it had, any other drops it."""
        mark = self.marks[row]
        if mark.status == status:
            return
        mark.status = status
        if status not in EXCUSED:
            mark.reason = None
        self.dirty = True
        self._changed(row)

    def set_reason(self, row: int, reason: str) -> None:
        mark = self.marks[row]
        if mark.status in EXCUSED and mark.reason != reason:
            mark.reason = reason
            self.dirty = True
            self._changed(row)

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, REASON))

    @property
    def present(self) -> int:
        """Pupils in class today: present or late (as the sheet's own count has it)."""
        return sum(1 for m in self.marks if m.status == PRESENT or m.status in LATE)

    def count(self, *statuses: str) -> int:
        return sum(1 for m in self.marks if m.status in statuses)

    def missing_reasons(self) -> list[int]:
        """Rows marked excused with no reason chosen yet (the sheet would be refused)."""
        return [i for i, m in enumerate(self.marks) if m.status in EXCUSED and not m.reason]

    def sheet_rows(self) -> list[dict[str, Any]]:
        """The ``pupils`` rows of the sheet to save."""
        rows = []
        for m in self.marks:
            row = {k: v for k, v in (m.kept or {}).items() if not k.startswith("_")}
            row.update(student=m.student, status=m.status)
            row.pop("reason", None)
            if m.status in EXCUSED:
                row["reason"] = m.reason
            else:  # a certificate belongs to an excuse that is no longer there
                row.pop("certificate", None)
            rows.append(row)
        return rows

    # --- the table -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.marks)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("Attendance", _HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        mark, column = self.marks[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NUMBER:
                return str(index.row() + 1)
            if column == PUPIL:
                return mark.name
            if column == STATUS:
                return ("✓ " if mark.status == PRESENT else "● ") + status_label(mark.status)
            if column == REASON and mark.status in EXCUSED:
                return reason_label(mark.reason) or translate(
                    "Attendance", "choose: 1, 2 or 3")
            return ""
        if role == Qt.ItemDataRole.BackgroundRole and mark.status != PRESENT:
            return _TINT["late" if mark.status in LATE else "absent"]
        if role == Qt.ItemDataRole.ForegroundRole and column == REASON and \
                mark.status in EXCUSED and not mark.reason:
            return _MISSING
        if role == Qt.ItemDataRole.FontRole and mark.status != PRESENT and column == STATUS:
            font = QtGui.QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
