"""How form widgets look, set in code: a stylesheet on the form would slow its opening."""

from __future__ import annotations

from app.ui.qt import QtGui, QtWidgets, QWidget


def set_read_only(box: QtWidgets.QLineEdit | QtWidgets.QPlainTextEdit, read_only: bool) -> None:
    """Read-only rather than disabled, so the text can still be selected and copied; shaded
    and without its "type here" hint, so it does not look like a box waiting to be filled."""
    if box.isReadOnly() == read_only:
        return
    if read_only:
        box.setProperty("hint", box.placeholderText())
        box.setPlaceholderText("")
    else:
        box.setPlaceholderText(str(box.property("hint") or ""))
    box.setReadOnly(read_only)
    shade(box, read_only)
    if isinstance(box, QtWidgets.QPlainTextEdit):
        shade(box.viewport(), read_only)  # the part that shows the text has its own palette


def shade(widget: QWidget, on: bool) -> None:
    """Give a box the window's colour (a value that is shown, not typed), or its own back."""
    if on:
        palette = widget.palette()
        palette.setColor(
            QtGui.QPalette.ColorRole.Base, palette.color(QtGui.QPalette.ColorRole.Window)
        )
        widget.setPalette(palette)
    else:
        widget.setPalette(QtGui.QPalette())  # nothing set: the parent's palette again


def set_bold(widget: QWidget, larger: float = 0) -> None:
    """Make a heading's text bold (and larger), without a stylesheet."""
    font = widget.font()
    font.setBold(True)
    if larger:
        font.setPointSizeF(font.pointSizeF() + larger)
    widget.setFont(font)


def repolish(widget: QWidget) -> None:
    """Apply the stylesheet again after a property its rules test has changed."""
    # Qt applies a stylesheet rule that tests a property only when the widget is re-polished.
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
