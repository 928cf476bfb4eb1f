"""The Reports page: the charts people would rather look at than read.

Two of them: a class's attendance rate week by week (the last twelve weeks, from its daily
sheets) and the "Digital education for all" indicators of the user's organisation as % of
the year's target (the current quarter unless another is chosen). The desk worker computes
both (:meth:`Workspace.attendance_weeks`, :meth:`Workspace.movement_report`); the page turns
the numbers into bars and paints them.
"""

from __future__ import annotations

from datetime import date, timedelta

from app.core.definitions import text
from app.core.movement import Report
from app.ui.charts import Bar, BarChart
from app.ui.i18n import Language
from app.ui.qt import QtWidgets, QWidget, Signal, translate
from app.ui.tasks import Worker, describe
from app.workspace import Workspace

WEEKS = 12


def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def recent_quarters(day: date, count: int = 8) -> list[tuple[int, int]]:
    """The quarter of ``day`` and the ones before it, newest first (two years: targets
    are set a year at a time, and last year's report is still looked at in January)."""
    year, quarter = quarter_of(day)
    out = []
    for _ in range(count):
        out.append((year, quarter))
        year, quarter = (year - 1, 4) if quarter == 1 else (year, quarter - 1)
    return out


def percent_text(value: float) -> str:
    return f"{value:.0f} %" if value == round(value) else f"{value:.1f} %"


class ReportsPage(QWidget):
    """Attendance by week for a class and indicators against targets, as bar charts."""

    loaded = Signal()  # both charts hold the newest numbers

    def __init__(self, desk: Worker[Workspace], language: Language,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.language = desk, language
        self.today = date.today()
        self._waiting = 0
        layout = QtWidgets.QVBoxLayout(self)
        heading = QtWidgets.QLabel(translate("ReportsPage", "Reports"))
        heading.setObjectName("heading")
        layout.addWidget(heading)

        attendance = QtWidgets.QGroupBox(translate("ReportsPage", "Attendance by week"))
        box = QtWidgets.QVBoxLayout(attendance)
        row = QtWidgets.QHBoxLayout()
        caption = QtWidgets.QLabel(translate("ReportsPage", "&Class:"))
        self.class_box = QtWidgets.QComboBox()
        self.class_box.setMinimumWidth(200)
        caption.setBuddy(self.class_box)
        row.addWidget(caption)
        row.addWidget(self.class_box)
        self.weeks_note = QtWidgets.QLabel()
        self.weeks_note.setObjectName("muted")
        row.addWidget(self.weeks_note, 1)
        box.addLayout(row)
        self.weeks_chart = BarChart()
        box.addWidget(self.weeks_chart, 1)
        layout.addWidget(attendance, 1)

        movement = QtWidgets.QGroupBox(
            translate("ReportsPage", "Digital education: indicators against the year's targets"))
        box = QtWidgets.QVBoxLayout(movement)
        row = QtWidgets.QHBoxLayout()
        caption = QtWidgets.QLabel(translate("ReportsPage", "&Quarter:"))
        self.quarter_box = QtWidgets.QComboBox()
        caption.setBuddy(self.quarter_box)
        for year, quarter in recent_quarters(self.today):
            self.quarter_box.addItem(
                translate("ReportsPage", "{0}, quarter {1}").format(year, quarter),
                (year, quarter))
        row.addWidget(caption)
        row.addWidget(self.quarter_box)
        self.report_note = QtWidgets.QLabel()
        self.report_note.setObjectName("muted")
        self.report_note.setWordWrap(True)
        row.addWidget(self.report_note, 1)
        box.addLayout(row)
        self.report_chart = BarChart(horizontal=True)
        box.addWidget(self.report_chart, 1)
        layout.addWidget(movement, 1)

        self.class_box.currentIndexChanged.connect(lambda _i: self.load_weeks())
        self.quarter_box.currentIndexChanged.connect(lambda _i: self.load_report())

    def reload(self) -> None:
        """Fetch the classes again and redraw both charts (the page was opened)."""
        self._waiting = 2
        self.desk.run(lambda ws: ws.school_classes(), self._classes_loaded, self._failed)
        self.load_report()

    def _classes_loaded(self, classes: list[tuple[str, str]]) -> None:
        chosen = self.class_box.currentData()
        self.class_box.blockSignals(True)
        self.class_box.clear()
        for class_id, name in classes:
            self.class_box.addItem(name, class_id)
        index = self.class_box.findData(chosen)
        self.class_box.setCurrentIndex(max(0, index))
        self.class_box.blockSignals(False)
        self.load_weeks()

    # --- attendance by week --------------------------------------------------------------

    def load_weeks(self) -> None:
        class_id = self.class_box.currentData()
        end = self.today
        start = end - timedelta(days=end.weekday()) - timedelta(weeks=WEEKS - 1)
        self.weeks_note.setText(translate("ReportsPage", "the last {0} weeks, {1} – {2}")
                                .format(WEEKS, self.language.date(start),
                                        self.language.date(end)))
        if not class_id:
            self.weeks_chart.set_bars([], empty_text=translate(
                "ReportsPage", "No classes in your registers."))
            self._done()
            return
        self.desk.run_latest("chart-weeks",
                             lambda ws: ws.attendance_weeks(class_id, start, end),
                             self._weeks_loaded, self._failed)

    def _weeks_loaded(self, weeks: list) -> None:
        bars = [Bar(self._monday(w.week_start), w.rate, percent_text(w.rate)) for w in weeks]
        self.weeks_chart.set_bars(bars, empty_text=translate(
            "ReportsPage", "No attendance sheets of this class in these weeks."))
        self._done()

    def _monday(self, day: date) -> str:
        """The week's Monday without its year (23/11, 23.11): twelve of them fit a row."""
        written = self.language.date(day)
        return written[:-5] if written.endswith(str(day.year)) else written

    # --- indicators against targets --------------------------------------------------------

    def load_report(self) -> None:
        year, quarter = self.quarter_box.currentData()
        self.desk.run_latest(
            "chart-report",
            lambda ws: (ws.movement_report(year, quarter), ws.org_name(ws.user.org)),
            self._report_loaded, self._failed)

    def _report_loaded(self, found: tuple[Report, str]) -> None:
        report, org_name = found
        lang = self.language.code
        bars = []
        for row in report.rows:
            label = text(row.indicator.label, lang)
            percent = row.percent
            if percent is None:
                bars.append(Bar(label, None, translate("ReportsPage", "no target")))
                continue
            bars.append(Bar(label, percent, translate("ReportsPage", "{0} ({1} of {2})").format(
                percent_text(percent), f"{row.cumulative:g}", f"{row.target:g}")))
        self.report_chart.set_bars(bars, reference=100.0,
                                   reference_label=translate("ReportsPage", "target"),
                                   empty_text=translate("ReportsPage", "No indicators."))
        note = translate("ReportsPage", "{0}: achieved since 1 January, as % of the year's "
                         "target").format(org_name)
        if report.missing:
            note += " · " + translate("ReportsPage", "not submitted yet: {0}").format(
                ", ".join(report.missing))
        self.report_note.setText(note)
        self._done()

    def _failed(self, error: Exception) -> None:
        self.report_note.setText(describe(error))
        self._done()

    def _done(self) -> None:
        self._waiting = max(0, self._waiting - 1)
        if self._waiting == 0:
            self.loaded.emit()
