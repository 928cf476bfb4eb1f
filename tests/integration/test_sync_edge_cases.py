"""Edge cases a review found, each once a real bug: two devices numbering one case offline,
a history altered so that it claims nothing, a replica from before the chain, a case
re-shared with another school, a conflict on a shared case, a forged exit order."""

from __future__ import annotations

import sqlite3

from casekit import CANDIDATE
from serverkit import Device, Server

from app.core import journals
from app.demo import DEMO_PASSWORD
from sync.server import admin

DOCS = ("party_decision", "meeting_protocol", "consent")
DEC = "uz.jizzakh.dec_3"
S5 = "uz.jizzakh.jizzakh_city.school_5"
S12 = "uz.jizzakh.jizzakh_city.school_12"
S21 = "uz.jizzakh.jizzakh_city.school_21"


def _sql(device: Device, sql: str, *args: object) -> None:
    conn = sqlite3.connect(device.replica.path)
    with conn:
        conn.execute(sql, args)
    conn.close()


def _registered(device: Device, attach) -> str:
    case = device.desk.new("candidate_nomination",
                           {**CANDIDATE, **{n: attach(f"{n}.pdf") for n in DOCS}})
    device.desk.act(case.id, "submit")
    device.desk.act(case.id, "register")
    assert device.sync().rejections == []
    return case.id


def test_two_chairs_correcting_one_decision_offline_keep_both_numbers(
        server: Server, devices, attach) -> None:
    admin.add_user(server.engine, "umid", DEC, ["chair"], DEMO_PASSWORD, "Umid Karimov")
    aziza, bobur, dilshod, umid = (devices(n) for n in ("aziza", "bobur", "dilshod", "umid"))
    for device in (aziza, bobur, dilshod, umid):
        device.sync()
    case_id = _registered(aziza, attach)
    bobur.sync()
    bobur.desk.act(case_id, "start_review")
    bobur.sync()
    dilshod.sync()
    dilshod.desk.act(case_id, "register_candidate")
    dilshod.sync()
    umid.sync()
    a = journals.correct(dilshod.desk, case_id, ["point A"])
    b = journals.correct(umid.desk, case_id, ["point B"])
    assert a.id != b.id and a.number != b.number
    assert dilshod.sync().rejections == [] and umid.sync().rejections == []
    dilshod.sync()
    for device in (dilshod, umid):
        printed = {(e.printed, e.points) for e in journals.lines(device.replica, DEC,
                                                                 "decisions")}
        assert {(a.printed, ("point A",)), (b.printed, ("point B",))} <= printed


def test_a_history_stripped_of_its_numbers_is_caught_and_refused(
        server: Server, devices, attach) -> None:
    aziza = devices("aziza")
    case_id = _registered(aziza, attach)
    _sql(aziza, "UPDATE events SET actor = 'mallory', n = NULL, hash = NULL "
         "WHERE record_rid = (SELECT rid FROM records WHERE id = ?)", case_id)
    check = aziza.replica.chain_check("case", case_id)
    assert not check.intact and check.unnumbered == 3
    aziza.desk.set(case_id, {"position": "rektor"})
    [refused] = aziza.sync().rejections
    assert "does not match the server's" in refused["reason"]


def test_a_replica_from_before_the_chain_syncs_and_edits_after_its_upgrade(
        server: Server, devices, attach) -> None:
    aziza = devices("aziza")
    case_id = _registered(aziza, attach)
    # What replica migration 5 leaves: events without numbers, the feed to pull again.
    _sql(aziza, "UPDATE events SET n = NULL, hash = NULL")
    _sql(aziza, "UPDATE meta SET value = '0' WHERE key IN ('pull_cursor', 'synced_cursor')")
    for value in ("rektor", "dekan"):
        aziza.desk.set(case_id, {"position": value})
        assert aziza.sync().rejections == []
    assert aziza.replica.chain_check("case", case_id).intact
    assert server.records("case")[case_id]["position"] == "dekan"


def _transfer(device: Device, to_school: str) -> tuple[str, str]:
    pupil = device.desk.new("student", {
        "surname": "Yoʻldosheva", "given_name": "Madina", "birth_date": "2014-05-02",
        "gender": "female", "pinfl": "41205140123459", "grade": 6, "language": "uz"}).id
    case = device.desk.new("student_transfer", {
        "student": pupil, "student_name": "Yoʻldosheva Madina", "pinfl": "41205140123459",
        "grade": 6, "language": "uz", "to_school": to_school, "reason": "moving",
        "parent_name": "Yoʻldoshev Anvar", "request_date": "2026-11-20"})
    return pupil, case.id


def test_a_case_shared_with_another_school_instead_leaves_the_first(
        server: Server, devices) -> None:
    nodira, rustam, javlon = devices("nodira"), devices("rustam"), devices("javlon")
    _, case_id = _transfer(nodira, S12)
    for device in (nodira, rustam, javlon):
        assert device.sync().rejections == []
    javlon.desk.new("student", {"surname": "Toshmatova", "given_name": "Sevinch",
                                "birth_date": "2014-05-02", "gender": "female"})
    assert javlon.sync().rejections == []  # school 21's cursor moves past the case
    nodira.desk.set(case_id, {"to_school": S21})  # a typo fixed: school 21, not 12
    assert nodira.sync().rejections == []
    rustam.sync()
    javlon.sync()
    left = rustam.replica.get("case", case_id)
    assert left is not None and left.deleted  # quarantined at school 12
    arrived = javlon.replica.get("case", case_id)
    assert arrived is not None and arrived.data["student_name"] == "Yoʻldosheva Madina"
    assert javlon.replica.chain_check("case", case_id).intact
    javlon.desk.set(case_id, {"parent_name": "Yoʻldoshev Anvar Karimovich"})
    assert javlon.sync().rejections == []


def test_a_conflict_on_a_shared_case_reaches_both_schools(server: Server, devices) -> None:
    nodira, rustam = devices("nodira"), devices("rustam")
    _, case_id = _transfer(nodira, S12)
    nodira.sync()
    rustam.sync()
    nodira.desk.set(case_id, {"parent_name": "Yoʻldoshev Anvar Rustamovich"})
    rustam.desk.set(case_id, {"parent_name": "Yoʻldoshev Anvar Karimovich"})
    assert nodira.sync().rejections == []
    assert rustam.sync().conflicts == 1
    nodira.sync()
    for device in (nodira, rustam):
        [conflict] = device.replica.list("conflict", limit=10)
        assert conflict.data["incoming_value"] == "Yoʻldoshev Anvar Karimovich"


def test_a_forged_exit_order_cannot_send_the_pupil_elsewhere(server: Server,
                                                            devices) -> None:
    admin.add_user(server.engine, "zarina", S5, ["director"], DEMO_PASSWORD, "Zarina Olimova")
    zarina, rustam = devices("zarina"), devices("rustam")
    pupil, case_id = _transfer(zarina, S12)
    zarina.desk.act(case_id, "submit")
    zarina.sync()
    rustam.sync()
    rustam.desk.act(case_id, "accept", {"receiving_class": "6-B"})
    rustam.sync()
    zarina.sync()
    record = zarina.replica.get("case", case_id)
    assert record is not None
    with zarina.replica.write() as tx:  # a command carrying another receiving school
        tx.edit("case", case_id, {"_state": "transferred", "to_school": S21, "_also": [S21]},
                record.headline, actor="zarina", device="pc", event_kind="action",
                command={"action": "issue_exit_order", "expected_state": "accepted",
                         "to": "transferred"})
    [refused] = zarina.sync().rejections
    assert "cannot change in the action issue_exit_order" in refused["reason"]
    assert server.records("student")[pupil]["_org"] == S5
