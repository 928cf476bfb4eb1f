"""The case list and the keyboard: search as you type, lazy pages, Enter and Esc, offline."""

from __future__ import annotations

from pathlib import Path

from uikit import offline_profile, offline_window, press, type_text

from app.profile import Profile
from app.ui.models.case_table import PAGE
from app.ui.qt import Qt
from app.ui.views.main_window import CASES
from sync.credentials import Credentials


def test_search_as_you_type_pages_and_keyboard(qtbot, tmp_path: Path) -> None:
    window = offline_window(qtbot, offline_profile(tmp_path, PAGE + 20))
    model = window.cases_model
    # Only the first page is loaded; scrolling to the end fetches the rest.
    assert model.rowCount() == PAGE and model.canFetchMore()
    window.nav.setCurrentRow(CASES)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        window.cases.table.scrollToBottom()
        model.fetchMore()
    assert model.rowCount() == PAGE + 21 and not model.canFetchMore()

    # Ctrl+F, then typing in Cyrillic finds the Latin name, letter by letter.
    window.find_action.trigger()
    assert window.cases.search.hasFocus() or window.cases.search.isVisible()
    type_text(window.cases.search, "ғаф")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    assert model.row_at(0).title.startswith("Gʻafurova")
    assert "1 in all" in window.cases.count.text()

    # Enter on the row opens the case; Esc goes back to the list.
    window.cases.table.setFocus()
    window.cases.table.setCurrentIndex(model.index(0, 0))
    with qtbot.waitSignal(window.case_view.shown, timeout=10_000):
        press(window.cases.table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.case_view
    assert window.case_view.detail.case.values["surname"] == "Gʻafurova"
    window.case_view.close_case()
    assert window.pages.currentWidget() is window.cases
    window.stop()


def test_offline_profile_says_so_and_keeps_changes(qtbot, tmp_path: Path) -> None:
    path = offline_profile(tmp_path, 2)
    profile = Profile.open(path)
    profile.replica.set_meta("server_url", "http://127.0.0.1:9")  # nothing listens there
    Credentials(profile.replica.client_id, path).save({"refresh_token": "r", "access_token": "a"})
    profile.close()
    window = offline_window(qtbot, path, has_server=True, probe_seconds=2)
    qtbot.waitUntil(lambda: "Offline" in window.online_label.text(), timeout=10_000)
    qtbot.waitUntil(lambda: "3 to send" in window.pending_label.text(), timeout=10_000)
    with qtbot.waitSignal(window.agent.failed, timeout=60_000) as failed:
        window.sync_action.trigger()
    assert "kept" in failed.args[0]
    assert "3 to send" in window.pending_label.text()
    window.stop()
