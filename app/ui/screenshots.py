"""Screenshots of the client at 1024x768, in English and Uzbek, for docs/screenshots/.

``python -m app.ui.screenshots [FOLDER] [--lang en --lang uz-Latn ...]`` (``scripts/screenshots``)
starts an embedded server with the demo organisations, signs the secretary and a commission
member in on two fresh profiles, makes a few cases and one conflict through real syncs, and
saves the main window, the inbox, a case form and the conflict dialog for each language;
then, on an offline profile of a district office with one class of 35 pupils, eight weeks
of attendance and a year of training sessions, the attendance dialog and the Reports page.
Runs offscreen: no screen is needed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.accounts import Accounts, sync_client
from app.core.cases import CaseDesk
from app.core.users import User
from app.demo import DEMO_PASSWORD
from app.demo_cases import populate
from app.embedded import EmbeddedServer
from app.profile import Profile
from app.ui.app import make_application
from app.ui.i18n import Language
from app.ui.qt import QApplication, QEvent, Qt, QtGui, QWidget
from app.ui.views.main_window import CASES, CONFLICTS, INBOX, REPORTS, MainWindow

SIZE = (1024, 768)


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the client did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def _sync(profile_path: Path) -> None:
    profile = Profile.open(profile_path)
    try:
        sync_client(profile).sync()
    finally:
        profile.close()


def prepare(home: Path, server: EmbeddedServer) -> tuple[Path, str]:
    """Profiles for aziza (secretary) and bobur (member), cases, and one open conflict."""
    accounts = Accounts(home)
    aziza = accounts.path_of(accounts.sign_in(server.url, "aziza", DEMO_PASSWORD))
    bobur = accounts.path_of(accounts.sign_in(server.url, "bobur", DEMO_PASSWORD))
    profile = Profile.open(aziza)
    try:
        desk = CaseDesk(profile.replica, profile.require_user(), device="office-pc")
        ids = populate(desk, profile)
    finally:
        profile.close()
    _sync(aziza)
    _sync(bobur)
    contested = ids[4]  # received: both may still write notes
    for path, notes in (
        (bobur, "Hujjatlar toʻliq, imzolar tekshirildi."),
        (aziza, "Partiya qarori asl nusxasi soʻralsin."),
    ):
        profile = Profile.open(path)
        try:
            CaseDesk(profile.replica, profile.require_user()).set(
                contested, {"review_notes": notes}
            )
        finally:
            profile.close()
    _sync(bobur)
    _sync(aziza)  # the server keeps bobur's; aziza's waits in a conflict for a person
    return aziza, contested


def grab(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(f"saved {path}")


def shoot(folder: Path, profile: Path, case_id: str, lang: str) -> None:
    language = Language()
    language.use(lang)
    window = MainWindow(
        profile,
        User("aziza", "uz.jizzakh.dec_3", (), "Aziza Karimova"),
        language,
        has_server=True,
        auto_sync_minutes=60,
        probe_seconds=3600,
    )
    window.resize(*SIZE)
    window.show()
    window.start()
    try:
        wait_until(lambda: window.inbox_model.rowCount() > 0)
        wait_until(lambda: window.agent.state in ("online", "offline"))
        window.nav.setCurrentRow(CASES)
        wait_until(lambda: window.cases_model.rowCount() > 0)
        tag = lang.split("-")[0]
        grab(window, folder / f"main_window_{tag}.png")
        window.nav.setCurrentRow(INBOX)
        grab(window, folder / f"inbox_{tag}.png")
        window.open_case(case_id)
        wait_until(
            lambda: (
                window.case_view.detail is not None and window.case_view.detail.case.id == case_id
            )
        )
        grab(window, folder / f"case_form_{tag}.png")
        window.case_view.side.setCurrentIndex(1)  # Documents: the receipt and its number
        grab(window, folder / f"case_documents_{tag}.png")
        window.case_view.side.setCurrentIndex(0)
        window.case_view.close_case()
        window.nav.setCurrentRow(CONFLICTS)
        wait_until(lambda: window.conflicts.table.topLevelItemCount() > 0)
        dialog = window.conflicts.decide(case_id)
        assert dialog is not None
        dialog.resize(900, 260)
        grab(dialog, folder / f"conflict_dialog_{tag}.png")
        dialog.reject()
    finally:
        window.stop()
        window.close()


SCHOOL_USER = User("dilnoza", "uz.jizzakh.jizzakh_city", ("inspector", "teacher"),
                   "Dilnoza Rahimova")
PUPILS = ["Abdullayev Jasur", "Gʻafurova Lola", "Karimov Ali", "Qodirova Madina",
          "Rahimov Bobur", "Ergasheva Nilufar", "Toshmatov Sardor", "Yusupova Zarina",
          "Olimov Aziz", "Saidova Dilnoza", "Nazarov Otabek", "Hamidova Sevara"]


def prepare_school(path: Path) -> str:
    """An offline district-office profile: class 5-A of 35 pupils with eight weeks of daily
    sheets, and reported training sessions through last year. Returns the class id."""
    profile = Profile.open(path)
    try:
        profile.set_user(SCHOOL_USER)
        desk = CaseDesk(profile.replica, profile.require_user(), device="office-pc")
        school = "uz.jizzakh.jizzakh_city.school_12"
        class_id = desk.new("class", {"name": "5-A", "grade": 5, "language": "uz"},
                            org=school).id
        pupils = []
        for i in range(35):
            surname, given = PUPILS[i % len(PUPILS)].split()
            pupils.append(desk.new("student", {
                "surname": surname + ("" if i < len(PUPILS) else f"-{i // len(PUPILS) + 1}"),
                "given_name": given, "birth_date": "2015-03-01",
                "gender": "female" if surname.endswith("a") else "male", "class": class_id},
                org=school).id)
        monday = date.today() - timedelta(days=date.today().weekday())
        for week in range(8):
            for weekday in range(5):
                day = monday - timedelta(weeks=week) + timedelta(days=weekday)
                if day > date.today():
                    continue
                away = (week * 3 + weekday) % 5
                rows = [{"student": p, "status": "absent_unexcused" if i < away else "present"}
                        for i, p in enumerate(pupils)]
                desk.new("attendance_sheet", {"class": class_id, "date": day.isoformat(),
                                              "pupils": rows}, org=school)
        year = date.today().year - 1
        for n in range(14):
            case = desk.new("training_session", {
                "date": date(year, 1 + (n * 11) // 14, 10 + n).isoformat(),
                "format": "in_person", "venue": "IT-markaz", "topic": "Raqamli savodxonlik",
                "organiser": "Tuman ishchi guruhi", "sites": 1,
                "audience": [("officials", "students", "adults")[n % 3]],
                "participants": 60 + 7 * n, "hours": 4 + n % 3})
            desk.act(case.id, "report")
    finally:
        profile.close()
    return class_id


def shoot_school(folder: Path, profile: Path, class_id: str, lang: str) -> None:
    """The Reports page (last year's fourth quarter: the year with targets) and the
    attendance dialog with a few pupils marked from the keyboard."""
    language = Language()
    language.use(lang)
    window = MainWindow(profile, SCHOOL_USER, language, has_server=False)
    window.resize(*SIZE)
    window.show()
    window.start()
    tag = lang.split("-")[0]
    try:
        window.nav.setCurrentRow(REPORTS)
        reports = window.reports
        wait_until(lambda: bool(reports.weeks_chart.bars))
        box = reports.quarter_box
        last_year = (date.today().year - 1, 4)
        box.setCurrentIndex(next(i for i in range(box.count()) if box.itemData(i) == last_year))
        wait_until(lambda: any(b.value for b in reports.report_chart.bars))
        grab(window, folder / f"reports_{tag}.png")
        dialog = window.take_attendance()
        dialog.choose_class(class_id)
        wait_until(lambda: len(dialog.marks.marks) == 35)
        down = Qt.Key.Key_Down
        for key in (down, down, Qt.Key.Key_A, down, Qt.Key.Key_L, down, down, Qt.Key.Key_E,
                    Qt.Key.Key_1, down, down, down, Qt.Key.Key_K):
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(dialog.table, QtGui.QKeyEvent(
                    kind, key, Qt.KeyboardModifier.NoModifier))
        dialog.resize(*SIZE)
        grab(dialog, folder / f"attendance_{tag}.png")
        dialog.marks.dirty = False  # a screenshot's marks: close without asking
        dialog.reject()
    finally:
        window.stop()
        window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="docs/screenshots")
    parser.add_argument("--lang", action="append", choices=("en", "uz-Latn", "uz-Cyrl", "ru"))
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="daftar-shots-") as tmp:
        os.environ["DAFTAR_HOME"] = str(Path(tmp) / "home")
        import keyring

        from sync.credentials import MemoryKeyring

        keyring.set_keyring(MemoryKeyring())  # the screenshots' sign-ins are throwaway
        make_application()
        server = EmbeddedServer(Path(tmp) / "server.sqlite3").start()
        try:
            profile, case_id = prepare(Path(tmp) / "home", server)
            school = Path(tmp) / "school"
            class_id = prepare_school(school)
            for lang in args.lang or ["en", "uz-Latn"]:  # one language at a time
                shoot(folder, profile, case_id, lang)
                shoot_school(folder, school, class_id, lang)
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
