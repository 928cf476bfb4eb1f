"""The Registers page's Import… dialog: preview with problems marked, import, report."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from importkit import BAD, HEADERS, make_classes, spoil, student_rows, write_csv
from uikit import offline_window

from app.core.cases import CaseDesk
from app.core.users import User
from app.profile import Profile
from app.ui.dialogs.register_import import PREVIEW, PROBLEM_BRUSH, REPORT, ImportDialog
from app.ui.qt import Qt


def _school_profile(tmp_path: Path) -> Path:
    path = tmp_path / "profile"
    profile = Profile.open(path)
    profile.set_user(User("aziza", "uz.jizzakh.dec_3", ("secretary",)))
    make_classes(CaseDesk(profile.replica, profile.require_user()))
    profile.close()
    return path


def test_import_dialog_previews_marks_problems_imports_and_saves_rejected(
        qtbot, tmp_path: Path) -> None:
    rows = spoil(student_rows(4100))
    rows = rows[:300] + rows[2040:2060] + rows[4000:4020]  # BAD's rows at 18, 311 and 332
    source = write_csv(tmp_path / "students.csv", rows, delimiter=";", encoding="utf-8-sig")
    window = offline_window(qtbot, _school_profile(tmp_path))
    window.nav.setCurrentRow(2)
    page = window.registers
    page.register_box.setCurrentIndex(page.register_box.findData("student"))

    qtbot.mouseClick(page.import_records, Qt.MouseButton.LeftButton)
    dialog: ImportDialog = window.import_dialog
    assert dialog.isVisible() and dialog.register.id == "student"
    assert not dialog.import_button.isEnabled()  # nothing chosen yet

    dialog.load(source)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.pages.currentIndex() == PREVIEW
    assert "340 rows in the file: 337 can be imported" in dialog.summary.text()
    assert "Izoh" in dialog.mapping.text() and "Surname" in dialog.mapping.text()
    table = dialog.rows_table
    assert table.rowCount() == 50 and table.verticalHeaderItem(16).text() == "18"
    bad = table.item(16, HEADERS.index("JShShIR"))
    assert bad.background().color() == PROBLEM_BRUSH and "14 digits" in bad.toolTip()
    assert table.item(16, 0).background().color() != PROBLEM_BRUSH
    listed = [dialog.problems_table.item(r, 0).text()
              for r in range(dialog.problems_table.rowCount())]
    assert listed == ["18", "311", "332"]
    assert window.register_model.rowCount() == 0  # the preview wrote nothing
    if os.environ.get("DAFTAR_SHOTS"):
        dialog.grab().save(str(Path(os.environ["DAFTAR_SHOTS"]) / "import-preview.png"))

    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == REPORT
    assert "Imported 337 of 340 rows" in dialog.report_label.text()
    assert "3 rows were rejected" in dialog.report_label.text()
    assert dialog.progress.value() == 337
    reasons = {dialog.rejected_table.item(r, 0).text(): dialog.rejected_table.item(r, 2).text()
               for r in range(dialog.rejected_table.rowCount())}
    assert set(reasons) == {"18", "311", "332"}
    assert BAD[2051][1] in reasons["311"] and BAD[4012][1] in reasons["332"]
    assert dialog.save_button.isVisible()
    qtbot.waitUntil(lambda: window.register_model.rowCount() > 0, timeout=10_000)

    saved = tmp_path / "rejected.csv"
    dialog.save_rejected_to(saved)
    qtbot.waitUntil(lambda: "Saved to" in dialog.saved_label.text(), timeout=10_000)
    with saved.open(encoding="utf-8-sig", newline="") as f:
        assert [r[-2] for r in list(csv.reader(f, delimiter=";"))[1:]] == ["18", "311", "332"]
    if os.environ.get("DAFTAR_SHOTS"):
        dialog.grab().save(str(Path(os.environ["DAFTAR_SHOTS"]) / "import-report.png"))

    # Importing the same file again adds nothing twice.
    dialog.load(source)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert "337 were imported before and are skipped" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_a_file_that_is_not_a_table_is_said_in_words(qtbot, tmp_path: Path) -> None:
    window = offline_window(qtbot, _school_profile(tmp_path))
    page = window.registers
    page.register_box.setCurrentIndex(page.register_box.findData("student"))
    qtbot.mouseClick(page.import_records, Qt.MouseButton.LeftButton)
    dialog: ImportDialog = window.import_dialog
    broken = tmp_path / "list.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a workbook")
    dialog.load(broken)
    qtbot.waitUntil(lambda: "cannot be read" in dialog.summary.text(), timeout=10_000)
    assert not dialog.import_button.isEnabled()
