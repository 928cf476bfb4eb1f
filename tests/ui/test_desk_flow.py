"""The desktop client end to end, offscreen, against a real server on loopback.

A secretary creates a nomination in the form (a wrong PINFL is refused in place), attaches
the documents, submits and registers it; after a sync it is in the commission member's
inbox. Both then change the same field offline; the member decides the conflict in the
dialog and, after the next syncs, both replicas hold the chosen value.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from casekit import CANDIDATE
from uikit import replace_text

from app.ui.qt import Qt, QtWidgets
from app.ui.views.main_window import CONFLICTS


def _sync(qtbot, window) -> object:
    with qtbot.waitSignal(window.agent.synced, timeout=30_000) as blocker:
        window.agent.sync_now()
    return blocker.args[0]


def _type(qtbot, widget, text: str) -> None:
    replace_text(widget, text)


VALID_PINFL = "31203801438478"  # born 12.03.1980, male; its check digit is right


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Answer "Yes" to the confirmation a workflow action asks for."""
    monkeypatch.setattr("app.ui.views.case_view.confirm", lambda *a, **k: True)


def test_create_submit_inbox_and_conflict(qtbot, server, open_window, tmp_path: Path,
                                          yes: None) -> None:
    aziza = open_window("aziza", server)
    bobur = open_window("bobur", server)
    view = aziza.case_view

    # A new nomination, filled in through the form.
    service = next(s for s in aziza.creatable if s.id == "candidate_nomination")
    aziza.new_case(service)
    form = view.form
    fields = {k: v for k, v in CANDIDATE.items() if k not in ("birth_date", "gender",
                                                              "residence_region",
                                                              "constituency_number")}
    for name, value in fields.items():
        _type(qtbot, form.editor(name), str(value))
    form.set_case({**form.values(), "birth_date": "1980-03-12", "gender": "male",
                   "residence_region": "jizzakh", "constituency_number": 12})
    # A PINFL of 13 digits is refused beside the field; Save waits for a fix.
    _type(qtbot, form.editor("pinfl"), "3120380012345")
    assert form.message("pinfl")
    assert "pinfl" in form.problems()
    assert not view.save_button.isEnabled()
    _type(qtbot, form.editor("pinfl"), VALID_PINFL)
    assert form.message("pinfl") == ""
    assert view.save_button.isEnabled()
    for name in ("party_decision", "meeting_protocol", "consent"):
        scan = tmp_path / f"{name}.pdf"
        scan.write_bytes(f"%PDF-1.4 {name}".encode())
        form.choose_file(name, str(scan))
    with qtbot.waitSignal(view.shown, timeout=10_000):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    case_id = view.case_id
    assert case_id and view.detail.case.values["pinfl"] == VALID_PINFL

    # Submit, then register (both the secretary's); each button says what it does.
    for action in ("submit", "register"):
        button = view.findChild(QtWidgets.QPushButton, f"action-{action}")
        assert button is not None and button.isEnabled(), view.why.text()
        with qtbot.waitSignal(view.shown, timeout=10_000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert view.detail.case.state == "received"
    # start_review is the member's: shown, disabled, with the reason.
    review = view.findChild(QtWidgets.QPushButton, "action-start_review")
    assert review is not None and not review.isEnabled() and "member" in review.toolTip()

    # The window synced as it opened, so its block of numbers is here: the receipt has its
    # registration number; the Documents tab prints it to a PDF off the GUI thread.
    assert view.documents.count() == 1
    label = view.documents.item(0).text()
    assert label == "Receipt of the documents № 1" and view.print_button.isEnabled()
    target = tmp_path / "receipt.pdf"
    with qtbot.waitSignal(view.document_saved, timeout=30_000):
        view.print_document(str(target))
    assert target.read_bytes().startswith(b"%PDF") and str(target) in view.banner.text()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "No. 1" in text and "party_decision.pdf" in text

    _sync(qtbot, aziza)
    with qtbot.waitSignal(bobur.inbox_model.loaded, timeout=30_000):
        _sync(qtbot, bobur)
    qtbot.waitUntil(lambda: any(bobur.inbox_model.row_at(i).id == case_id
                                for i in range(bobur.inbox_model.rowCount())), timeout=10_000)

    # Both change the same field before syncing: a conflict, decided in the dialog.
    for window, value in ((aziza, "Seen by the secretary"), (bobur, "Checked by the member")):
        window.open_case(case_id)
        qtbot.waitUntil(lambda w=window: w.case_view.detail is not None
                        and w.case_view.detail.case.id == case_id, timeout=10_000)
        notes = window.case_view.form.editor("review_notes")
        notes.setFocus()
        notes.setPlainText(value)
        qtbot.keyClick(notes, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        with qtbot.waitSignal(window.case_view.shown, timeout=10_000):
            window.case_view.save()
    _sync(qtbot, aziza)
    report = _sync(qtbot, bobur)
    assert report.conflicts == 1

    bobur.nav.setCurrentRow(CONFLICTS)
    qtbot.waitUntil(lambda: bobur.conflicts.table.topLevelItemCount() == 1, timeout=10_000)
    item = bobur.conflicts.table.topLevelItem(0)
    assert item.text(2) == "Checked by the member" and item.text(3) == "Seen by the secretary"
    dialog = bobur.conflicts.decide(case_id)
    assert dialog is not None
    labels = [w.text() for w in dialog.findChildren(QtWidgets.QLabel)]
    assert "Checked by the member" in labels and "Seen by the secretary" in labels
    dialog.choose(0, "value", "Seen by both")
    with qtbot.waitSignal(bobur.conflicts.resolved, timeout=10_000):
        dialog.accept()
    qtbot.waitUntil(lambda: bobur.conflicts.table.topLevelItemCount() == 0, timeout=10_000)
    _sync(qtbot, bobur)
    _sync(qtbot, aziza)
    aziza.open_case(case_id)
    qtbot.waitUntil(lambda: aziza.case_view.detail.case.values.get("review_notes")
                    == "Seen by both", timeout=10_000)
