"""Typing like a person, in any script (QTest.keyClicks knows ASCII only)."""

from __future__ import annotations

from app.ui.qt import QApplication, QEvent, Qt, QtGui, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying ``text`` one character at a time, as a keyboard layout sends."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QtGui.QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                           ch))


def press(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QtGui.QKeyEvent(kind, key, modifiers))


def replace_text(widget: QWidget, text: str) -> None:
    """Select all, type ``text`` and press Enter (which checks the value)."""
    widget.setFocus()
    press(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(widget, Qt.Key.Key_Delete)
    type_text(widget, text)
    press(widget, Qt.Key.Key_Return)
