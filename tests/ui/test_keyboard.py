"""The main flow from the keyboard alone: find a case, open it, change it, save, go back."""

from __future__ import annotations

from pathlib import Path

from uikit import offline_profile, offline_window, press, type_text

from app.ui.qt import QApplication, Qt
from app.ui.views.main_window import CASES, INBOX


def _key(window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the focus is, as the keyboard would send it."""
    target = QApplication.focusWidget() or window
    press(target, key, modifiers)


def test_find_open_edit_save_and_back_without_a_mouse(qtbot, tmp_path: Path) -> None:
    window = offline_window(qtbot, offline_profile(tmp_path, 3))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)

    _key(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.nav.currentRow() == CASES
    _key(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.cases.search.hasFocus()
    type_text(window.cases.search, "lola")
    qtbot.waitUntil(lambda: window.cases_model.rowCount() == 1, timeout=10_000)
    _key(window, Qt.Key.Key_Return)  # from the search box to the list
    assert window.cases.table.hasFocus()
    with qtbot.waitSignal(window.case_view.shown, timeout=10_000):
        _key(window, Qt.Key.Key_Return)  # opens the case
    form = window.case_view.form
    form.focus_field("position")
    field = QApplication.focusWidget()
    assert field is form.editor("position")
    press(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(field, "rektor")
    with qtbot.waitSignal(window.case_view.shown, timeout=10_000):
        _key(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.case_view.detail.case.values["position"] == "rektor"
    _key(window, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.cases
    _key(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.nav.currentRow() == INBOX
    window.stop()
