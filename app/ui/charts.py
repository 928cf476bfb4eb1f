"""A bar chart painted with QPainter (PySide6-Essentials has no QtCharts).

Made for the few charts people would rather look at than read — attendance by week,
indicators against their targets — and for being printed on a grey office printer: one
dark fill, the value written on every bar, a dashed reference line (the target) labelled
in words, so nothing depends on telling colours apart. Bars are vertical (a time axis:
weeks) or horizontal (long labels: indicators). The widget only paints what it is given;
the numbers are computed in the desk worker.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.ui.qt import QSize, Qt, QtCore, QtGui, QWidget

BAR = QtGui.QColor("#1a5fb4")  # dark enough to print as a solid grey
OVER = QtGui.QColor("#0b3d78")  # past the reference line: darker still
GRID = QtGui.QColor("#d5d8dc")
INK = QtGui.QColor("#1f2328")
MUTED = QtGui.QColor("#57606a")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # None: nothing to draw (an indicator with no target)
    text: str  # written on the bar: "93 %", "62 % (31 of 50)", "no target"


class BarChart(QWidget):
    """Bars from 0 to ``maximum`` with a value on each and an optional reference line."""

    def __init__(self, *, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.bars: list[Bar] = []
        self.maximum = 100.0
        self.reference: float | None = None
        self.reference_label = ""
        self.unit = "%"
        self.empty_text = ""
        self.setMinimumHeight(200)

    def set_bars(self, bars: list[Bar], *, reference: float | None = None,
                 reference_label: str = "", empty_text: str = "") -> None:
        """Show ``bars``; the scale reaches past the largest value and the reference."""
        self.bars = bars
        self.reference, self.reference_label = reference, reference_label
        self.empty_text = empty_text
        top = max([b.value or 0 for b in bars] + [reference or 0, 100.0])
        self.maximum = float(math.ceil(top / 25) * 25)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        if self.horizontal:
            return QSize(600, max(200, 44 * len(self.bars) + 60))
        return QSize(600, 260)

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if not self.bars:
            painter.setPen(MUTED)
            painter.drawText(self.rect().adjusted(12, 12, -12, -12),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self.empty_text)
            return
        if self.horizontal:
            self._paint_horizontal(painter)
        else:
            self._paint_vertical(painter)
        painter.end()

    def _ticks(self) -> list[float]:
        step = 25.0 if self.maximum <= 200 else 50.0
        return [i * step for i in range(int(self.maximum / step) + 1)]

    def _tick_text(self, value: float) -> str:
        return f"{value:g} {self.unit}".strip()

    def _paint_vertical(self, p: QtGui.QPainter) -> None:
        fm = p.fontMetrics()
        line = fm.height()
        left = max(fm.horizontalAdvance(self._tick_text(t)) for t in self._ticks()) + 12
        plot = QtCore.QRectF(left, line + 8, self.width() - left - 12,
                             self.height() - 3 * line - 16)
        y_of = lambda v: plot.bottom() - plot.height() * v / self.maximum  # noqa: E731
        for tick in self._ticks():
            y = y_of(tick)
            p.setPen(QtGui.QPen(GRID, 1))
            p.drawLine(QtCore.QPointF(plot.left(), y), QtCore.QPointF(plot.right(), y))
            p.setPen(MUTED)
            p.drawText(QtCore.QRectF(0, y - line / 2, left - 6, line),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                       self._tick_text(tick))
        slot = plot.width() / len(self.bars)
        width = min(slot * 0.7, 64.0)
        for i, bar in enumerate(self.bars):
            x = plot.left() + slot * i + (slot - width) / 2
            centre = QtCore.QRectF(plot.left() + slot * i, 0, slot, line)
            if bar.value is not None:
                top = y_of(bar.value)
                p.fillRect(QtCore.QRectF(x, top, width, plot.bottom() - top), self._fill(bar))
                p.setPen(INK)
                p.drawText(centre.translated(0, top - line - 2),
                           int(Qt.AlignmentFlag.AlignCenter), bar.text)
            p.setPen(INK)
            p.drawText(QtCore.QRectF(centre.left(), plot.bottom() + 4, slot, 2 * line),
                       int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                           | Qt.TextFlag.TextWordWrap), bar.label)
        p.setPen(QtGui.QPen(INK, 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        if self.reference is not None:
            y = y_of(self.reference)
            self._reference_line(p, QtCore.QPointF(plot.left(), y),
                                 QtCore.QPointF(plot.right(), y))
            p.drawText(QtCore.QRectF(plot.left(), y - line - 1, plot.width() - 4, line),
                       int(Qt.AlignmentFlag.AlignRight), self.reference_label)

    def _paint_horizontal(self, p: QtGui.QPainter) -> None:
        fm = p.fontMetrics()
        line = fm.height()
        label_width = min(max(fm.horizontalAdvance(b.label) for b in self.bars) + 12,
                          int(self.width() * 0.38))
        value_width = max(fm.horizontalAdvance(b.text) for b in self.bars) + 10
        plot = QtCore.QRectF(label_width + 8, line + 6,
                             self.width() - label_width - value_width - 24,
                             self.height() - 2 * line - 14)
        x_of = lambda v: plot.left() + plot.width() * v / self.maximum  # noqa: E731
        for tick in self._ticks():
            x = x_of(tick)
            p.setPen(QtGui.QPen(GRID, 1))
            p.drawLine(QtCore.QPointF(x, plot.top()), QtCore.QPointF(x, plot.bottom()))
            p.setPen(MUTED)
            p.drawText(QtCore.QRectF(x - 40, plot.bottom() + 4, 80, line),
                       int(Qt.AlignmentFlag.AlignHCenter), self._tick_text(tick))
        slot = plot.height() / len(self.bars)
        height = min(slot * 0.62, 28.0)
        values: list[tuple[QtCore.QRectF, Bar]] = []
        for i, bar in enumerate(self.bars):
            row = QtCore.QRectF(0, plot.top() + slot * i, label_width, slot)
            p.setPen(INK)
            p.drawText(row, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                                | Qt.TextFlag.TextWordWrap), bar.label)
            y = row.top() + (slot - height) / 2
            end = plot.left()
            if bar.value is not None:
                end = x_of(bar.value)
                p.fillRect(QtCore.QRectF(plot.left(), y, end - plot.left(), height),
                           self._fill(bar))
            values.append((QtCore.QRectF(end + 6, row.top(), value_width + 40, slot), bar))
        p.setPen(QtGui.QPen(INK, 1))
        p.drawLine(plot.topLeft(), plot.bottomLeft())
        if self.reference is not None:
            x = x_of(self.reference)
            self._reference_line(p, QtCore.QPointF(x, plot.top()),
                                 QtCore.QPointF(x, plot.bottom()))
            p.drawText(QtCore.QRectF(x - 100, 0, 200, line),
                       int(Qt.AlignmentFlag.AlignHCenter), self.reference_label)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for place, bar in values:  # over the reference line, on a white ground
            box = p.boundingRect(place, flags, bar.text).adjusted(-3, 0, 3, 0)
            p.fillRect(box, Qt.GlobalColor.white)
            p.setPen(INK if bar.value is not None else MUTED)
            p.drawText(place, flags, bar.text)

    def _fill(self, bar: Bar) -> QtGui.QColor:
        over = self.reference is not None and (bar.value or 0) > self.reference
        return OVER if over else BAR

    @staticmethod
    def _reference_line(p: QtGui.QPainter, start: QtCore.QPointF, end: QtCore.QPointF
                        ) -> None:
        pen = QtGui.QPen(INK, 2, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(start, end)
        p.setPen(INK)
