"""Nothing typed is lost or lands in the wrong case (review findings made into tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from uikit import offline_profile, offline_window, press, type_text

from app.ui.qt import Qt
from app.ui.views.main_window import CASES


@pytest.fixture
def window(qtbot, tmp_path: Path):
    w = offline_window(qtbot, offline_profile(tmp_path, 2))
    w.nav.setCurrentRow(CASES)
    qtbot.waitUntil(lambda: w.cases_model.rowCount() == 3, timeout=10_000)
    yield w
    w.stop()


def _open(qtbot, window, row: int) -> str:
    case_id = window.cases_model.row_at(row).id
    with qtbot.waitSignal(window.case_view.shown, timeout=10_000):
        window.open_case(case_id)
    return case_id


def _type(window, field: str, value: str) -> None:
    """Select the field's text and type ``value`` over it, as a person would."""
    editor = window.case_view.form.editor(field)
    press(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(editor, value)


def test_leaving_a_case_with_changes_asks_and_cancel_stays(qtbot, window, monkeypatch) -> None:
    _open(qtbot, window, 0)
    _type(window, "position", "rektor")
    assert window.case_view.has_unsaved()
    asked = []
    monkeypatch.setattr("app.ui.views.case_view.save_discard_cancel",
                        lambda *a: asked.append(a) or "cancel")
    window.nav.setCurrentRow(0)  # Alt+1
    assert asked and window.pages.currentWidget() is window.case_view
    assert window.case_view.form.changes() == {"position": "rektor"}
    # Discard: the page changes and the case keeps its stored value.
    monkeypatch.setattr("app.ui.views.case_view.save_discard_cancel", lambda *a: "discard")
    window.nav.setCurrentRow(0)
    assert window.pages.currentWidget() is window.inbox


def test_save_on_leaving_saves_first_then_goes(qtbot, window, monkeypatch) -> None:
    case_id = _open(qtbot, window, 0)
    _type(window, "position", "rektor")
    monkeypatch.setattr("app.ui.views.case_view.save_discard_cancel", lambda *a: "save")
    with qtbot.waitSignal(window.case_view.saved, timeout=10_000):
        window.case_view.close_case()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.cases, timeout=5000)
    other = window.cases_model.row_at(1).id if window.cases_model.row_at(0).id == case_id \
        else window.cases_model.row_at(0).id
    _open(qtbot, window, [window.cases_model.row_at(i).id for i in range(3)].index(other))
    _open(qtbot, window, [window.cases_model.row_at(i).id for i in range(3)].index(case_id))
    assert window.case_view.detail.case.values["position"] == "rektor"


def test_a_case_still_loading_cannot_receive_the_last_ones_edits(qtbot, window) -> None:
    first = _open(qtbot, window, 0)
    view = window.case_view
    _type(window, "position", "rektor")
    second = window.cases_model.row_at(1).id
    view.open_case(second)  # the desk answers later; meanwhile Save must do nothing
    assert not view.save_button.isEnabled()
    assert view.save() is False
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.case.id == second,
                    timeout=10_000)
    assert view.detail.case.values["position"] != "rektor"
    assert first != second


def test_double_click_on_save_creates_one_case(qtbot, window) -> None:
    service = next(s for s in window.creatable if s.id == "candidate_nomination")
    window.new_case(service)
    view = window.case_view
    view.form.set_case({"surname": "Qodirov", "given_name": "Jasur"})
    assert view.save() is True
    assert view.save() is False  # the first is on its way
    with qtbot.waitSignal(view.shown, timeout=10_000):
        pass
    before = window.cases_model.rowCount()
    window.refresh()
    qtbot.waitUntil(lambda: window.cases_model.rowCount() == before + 1 or
                    window.cases_model.rowCount() == 4, timeout=10_000)
    assert window.cases_model.rowCount() == 4
