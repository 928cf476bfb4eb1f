"""A student transfer between two schools, with the city education department watching, on
a real server (SQLite and PostgreSQL).

The sending school enters the parent's request; the case is shared with the receiving
school, which accepts it; the sending school issues the exit order and the student's record
moves: it leaves the sending school's replica at its next sync and appears in the receiving
school's. Neither school ever sees the other's other students.
"""

from __future__ import annotations

import shutil
import subprocess

from serverkit import Device, Server

from app.core import journals
from app.core.cases import CaseError
from app.demo import DEMO_PASSWORD
from app.documents import print_case_document
from sync.server import admin

SCHOOL_5 = "uz.jizzakh.jizzakh_city.school_5"
SCHOOL_12 = "uz.jizzakh.jizzakh_city.school_12"


def pupils(device: Device) -> dict[str, str]:
    """The students this replica shows: id -> name (quarantined ones are not shown)."""
    return {r.id: r.headline.title or "" for r in device.replica.list("student", limit=1000)}


def student(device: Device, surname: str, given: str, pinfl: str) -> str:
    return device.desk.new("student", {
        "surname": surname, "given_name": given, "birth_date": "2014-05-02",
        "gender": "female", "pinfl": pinfl, "grade": 6, "language": "uz"}).id


def test_transfer_moves_the_student_and_no_school_sees_the_others_pupils(
        server: Server, devices) -> None:
    admin.add_user(server.engine, "zarina", SCHOOL_5, ["director"], DEMO_PASSWORD,
                   "Zarina Olimova")
    nodira, zarina = devices("nodira"), devices("zarina")  # school 5: secretary, director
    rustam, shahlo = devices("rustam"), devices("shahlo")  # school 12; the city department
    leaving = student(nodira, "Yoʻldosheva", "Madina", "41205140123459")
    staying = {student(nodira, "Ergasheva", "Dilnoza", "41205140123467"),
               student(nodira, "Qodirova", "Гулнора", "41205140123475")}
    theirs = {student(rustam, "Toshmatova", "Sevinch", "41205140123483")}
    everyone = (nodira, zarina, rustam, shahlo)

    def sync_all() -> None:
        for device in everyone:
            assert device.sync().rejections == []

    def nobody_sees_the_other_schools_pupils() -> None:
        assert not set(pupils(rustam)) & (staying | {leaving} - moved)
        assert not set(pupils(nodira)) & (theirs | moved)

    moved: set[str] = set()
    sync_all()
    assert set(pupils(nodira)) == staying | {leaving} == set(pupils(zarina))
    assert set(pupils(rustam)) == theirs
    assert set(pupils(shahlo)) == staying | {leaving} | theirs

    # The parent's request, entered by the sending school's secretary.
    case = nodira.desk.new("student_transfer", {
        "student": leaving, "student_name": "Yoʻldosheva Madina", "pinfl": "41205140123459",
        "grade": 6, "language": "uz", "to_school": SCHOOL_12, "reason": "moving",
        "parent_name": "Yoʻldoshev Anvar", "request_date": "2026-11-20"})
    nodira.desk.act(case.id, "submit")
    # Only the receiving school accepts.
    try:
        nodira.desk.act(case.id, "accept", {"receiving_class": "6-B"})
    except CaseError as exc:
        assert f"only the people of {SCHOOL_12}" in str(exc)
    else:
        raise AssertionError("the sending school accepted its own request")
    sync_all()
    nobody_sees_the_other_schools_pupils()
    seen = rustam.desk.get(case.id)  # shared with the receiving school
    assert seen.state == "requested" and seen.title == f"Yoʻldosheva Madina → {SCHOOL_12}"
    rustam.desk.act(case.id, "accept", {"receiving_class": "6-B"})
    assert rustam.sync().rejections == []
    sync_all()
    nobody_sees_the_other_schools_pupils()
    assert zarina.desk.get(case.id).state == "accepted"
    assert set(pupils(rustam)) == theirs  # not yet: the exit order moves the record

    # The exit order: the record moves to the receiving school, without its class.
    zarina.desk.act(case.id, "issue_exit_order")
    order = print_case_document(zarina.desk, case.id, "exit_order", "uz-Latn")
    entry = journals.first(zarina.replica, case.id, "orders")
    assert entry is not None and entry.org == SCHOOL_5 and order.number == str(entry.number)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-", "-"], input=order.pdf, capture_output=True,
                              check=True).stdout.decode()
        assert "BUYRUQ" in text and "Yoʻldosheva Madina" in text and "6-B" in text
    assert zarina.sync().rejections == []
    moved = {leaving}
    sync_all()
    assert set(pupils(nodira)) == set(pupils(zarina)) == staying
    assert set(pupils(rustam)) == theirs | {leaving}
    assert set(pupils(shahlo)) == staying | {leaving} | theirs
    record = rustam.replica.get("student", leaving)
    assert record is not None and record.data["_org"] == SCHOOL_12
    assert record.data["surname"] == "Yoʻldosheva" and "class" not in record.data
    nobody_sees_the_other_schools_pupils()
    # The sending school keeps its copy in quarantine (never destroyed), and both schools
    # keep the transfer itself: their student movement book.
    hidden = nodira.replica.get("student", leaving)
    assert hidden is not None and hidden.deleted
    for device in (nodira, rustam, shahlo):
        assert device.desk.get(case.id).state == "transferred"
    history = [e.kind for e in rustam.replica.events("student", leaving)]
    assert history[-1] == "moved"
    assert rustam.replica.chain_check("student", leaving).intact


def test_a_school_cannot_share_a_case_it_does_not_own_with_itself(server: Server,
                                                                  devices) -> None:
    nodira, rustam = devices("nodira"), devices("rustam")
    pupil = student(nodira, "Yoʻldosheva", "Madina", "41205140123459")
    nodira.sync()
    # A forged _also on a student record: the server refuses to share it.
    with nodira.replica.write() as tx:
        record = tx.get("student", pupil)
        assert record is not None
        tx.edit("student", pupil, {"_also": [SCHOOL_12]}, record.headline, actor="nodira",
                device="pc", event_kind="edited")
    report = nodira.sync()
    assert len(report.rejections) == 1 and "shared only" in report.rejections[0]["reason"]
    rustam.sync()
    assert pupil not in pupils(rustam)
