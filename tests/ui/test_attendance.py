"""Taking a class's attendance from the keyboard alone, and the charts of the Reports page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from uikit import offline_window, press

from app.core.cases import CaseDesk
from app.core.users import User
from app.profile import Profile
from app.ui.qt import Qt
from app.ui.views.main_window import REPORTS, MainWindow

SCHOOL = "uz.jizzakh.jizzakh_city.school_12"
Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def class_of_35(tmp_path: Path) -> tuple[Path, str, list[str]]:
    """A teacher's profile with class 5-A and its 35 pupils (ids in the dialog's order)."""
    path = tmp_path / "profile"
    profile = Profile.open(path)
    profile.set_user(User("malika", SCHOOL, ("teacher",)))
    desk = CaseDesk(profile.replica, profile.require_user())
    class_id = desk.new("class", {"name": "5-A", "grade": 5, "language": "uz"}).id
    desk.new("class", {"name": "6-B", "grade": 6, "language": "uz"})
    pupils = []
    for i in range(35):
        pupils.append(desk.new("student", {
            "surname": f"Karimov{i:02d}", "given_name": "Ali", "birth_date": "2015-03-01",
            "gender": "male", "class": class_id}).id)
    profile.close()
    return path, class_id, pupils


def window_on(qtbot, path: Path) -> MainWindow:
    return offline_window(qtbot, path, User("malika", SCHOOL, ("teacher",)))


def test_a_class_of_35_marked_from_the_keyboard(qtbot, tmp_path: Path) -> None:
    path, class_id, pupils = class_of_35(tmp_path)
    window = window_on(qtbot, path)
    dialog = window.take_attendance()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.choose_class(class_id)
    qtbot.waitUntil(lambda: len(dialog.marks.marks) == 35, timeout=10_000)
    assert dialog.counter.text() == "35 of 35 present"
    table = dialog.table

    def down(times: int = 1) -> None:
        for _ in range(times):
            press(table, Key.Key_Down)

    down(2)
    press(table, Key.Key_A)  # pupil 3: absent
    down()
    press(table, Key.Key_E)  # pupil 4: absent, excused — the reasons show
    assert dialog.reason_bar.isVisible()
    press(table, Key.Key_2)  # emergency
    down()
    press(table, Key.Key_L)  # pupil 5: late
    down()
    press(table, Key.Key_K)
    press(table, Key.Key_1)  # pupil 6: late, health
    down()
    press(table, Key.Key_A)
    press(table, Key.Key_Space)  # pupil 7: a slip, present again
    down(10)
    press(table, Key.Key_E)  # pupil 17: excused, reason forgotten
    press(table, Key.Key_Up)
    press(table, Key.Key_Up)
    assert dialog.counter.text() == "32 of 35 present"

    press(table, Key.Key_S, CTRL)  # refused: a reason is missing; the list goes there
    assert "reason" in dialog.message.text()
    assert table.currentIndex().row() == 16
    press(table, Key.Key_3)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        press(table, Key.Key_Return, CTRL)  # save and submit
    window.stop()

    profile = Profile.open(path)
    try:
        sheet = profile.replica.get("case", saved.args[0])
    finally:
        profile.close()
    assert sheet is not None
    data = sheet.data
    assert (data["class"], data["date"], data["_state"]) == (
        class_id, date.today().isoformat(), "submitted")
    rows = {r["student"]: r for r in data["pupils"]}
    assert list(rows) == pupils
    assert {r["student"]: (r["status"], r.get("reason")) for r in data["pupils"]
            if r["status"] != "present"} == {
        pupils[2]: ("absent_unexcused", None),
        pupils[3]: ("absent_excused", "emergency"),
        pupils[4]: ("late_unexcused", None),
        pupils[5]: ("late_excused", "health"),
        pupils[16]: ("absent_excused", "other"),
    }
    assert sheet.headline.title.endswith("32/35")  # the summary counts late pupils in


def test_reports_page_charts_the_weeks_and_the_indicators(qtbot, tmp_path: Path) -> None:
    path, class_id, pupils = class_of_35(tmp_path)
    profile = Profile.open(path)
    desk = CaseDesk(profile.replica, profile.require_user())
    rows = [{"student": p, "status": "absent_unexcused" if i < 7 else "present"}
            for i, p in enumerate(pupils)]
    desk.new("attendance_sheet", {"class": class_id, "date": date.today().isoformat(),
                                  "pupils": rows})
    profile.close()
    window = window_on(qtbot, path)
    with qtbot.waitSignal(window.reports.loaded, timeout=10_000):
        window.nav.setCurrentRow(REPORTS)
    qtbot.waitUntil(lambda: bool(window.reports.weeks_chart.bars), timeout=10_000)
    assert [b.text for b in window.reports.weeks_chart.bars] == ["80 %"]
    assert window.reports.report_chart.bars  # one bar per indicator, target or not
    window.stop()


def test_the_chart_scale_reaches_past_the_largest_bar_and_paints(qtbot) -> None:
    from app.ui.charts import Bar, BarChart

    chart = BarChart(horizontal=True)
    qtbot.addWidget(chart)
    chart.resize(800, 300)
    chart.set_bars([Bar("Sessions", 130.0, "130 %"), Bar("Hours", None, "no target")],
                   reference=100.0, reference_label="target")
    assert chart.maximum == 150.0
    assert not chart.grab().isNull()
    chart.set_bars([], empty_text="Nothing yet.")
    assert chart.maximum == 100.0
    assert not chart.grab().isNull()


def test_another_class_does_not_drop_unsaved_marks_without_asking(qtbot, tmp_path: Path,
                                                                   monkeypatch) -> None:
    import app.ui.views.attendance as attendance

    path, class_id, _pupils = class_of_35(tmp_path)
    window = window_on(qtbot, path)
    dialog = window.take_attendance()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.choose_class(class_id)
    qtbot.waitUntil(lambda: len(dialog.marks.marks) == 35, timeout=10_000)
    press(dialog.table, Key.Key_A)
    asked: list[str] = []
    monkeypatch.setattr(attendance, "confirm", lambda *a: asked.append(a[1]) or False)
    other = 1 - dialog.class_box.currentIndex()
    dialog.class_box.setCurrentIndex(other)  # Cancel: the class and the marks stay
    assert asked and dialog.class_box.currentData() == class_id
    assert dialog.counter.text() == "34 of 35 present"
    monkeypatch.setattr(attendance, "confirm", lambda *a: True)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.class_box.setCurrentIndex(other)  # the other class has no pupils
    assert dialog.marks.marks == [] and not dialog.save_button.isEnabled()
    dialog.marks.dirty = False
    dialog.reject()
    window.stop()
