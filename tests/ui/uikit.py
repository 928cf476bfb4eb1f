"""Typing like a person, in any script (QTest.keyClicks knows ASCII only), and windows."""

from __future__ import annotations

from pathlib import Path

from casekit import CANDIDATE

from app.core.cases import CaseDesk
from app.core.users import User
from app.profile import Profile
from app.ui.i18n import Language
from app.ui.qt import QApplication, QEvent, Qt, QtGui, QWidget
from app.ui.views.main_window import MainWindow


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


def offline_profile(tmp_path: Path, cases: int) -> Path:
    """A profile of the secretary aziza with ``cases`` nominations and one Gʻafurova."""
    path = tmp_path / "profile"
    profile = Profile.open(path)
    profile.set_user(User("aziza", "uz.jizzakh.dec_3", ("secretary",)))
    desk = CaseDesk(profile.replica, profile.require_user())
    for i in range(cases):
        desk.new("candidate_nomination", {**CANDIDATE, "surname": f"Karimov{i:03d}"})
    desk.new("candidate_nomination", {**CANDIDATE, "surname": "Gʻafurova", "given_name": "Lola"})
    profile.close()
    return path


def offline_window(qtbot, path: Path, user: User | None = None, **kw) -> MainWindow:
    """The main window on ``path``, shown at 1024x768, its lists loaded."""
    language = Language()
    language.use("en")
    window = MainWindow(path, user or User("aziza", "uz.jizzakh.dec_3", ()), language,
                        has_server=kw.pop("has_server", False), **kw)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    with qtbot.waitSignal(window.cases_model.loaded, timeout=10_000):
        window.start()
    return window
