"""Journal numbers leased from a real server and tamper-evident histories, on SQLite and
PostgreSQL: numbers stay unique across devices working offline; altered histories are
refused."""

from __future__ import annotations

import sqlite3

import pytest
import sqlalchemy as sa
from casekit import CANDIDATE
from serverkit import Device, Server

from app.core import journals
from app.demo import DEMO_PASSWORD
from sync import numbers
from sync.server import admin

DOCS = ("party_decision", "meeting_protocol", "consent")
DEC = "uz.jizzakh.dec_3"


def submitted(device: Device, attach, surname: str = "Karimov") -> str:
    docs = {n: attach(f"{n}.pdf") for n in DOCS}
    case = device.desk.new("candidate_nomination", {**CANDIDATE, "surname": surname, **docs})
    device.desk.act(case.id, "submit")
    return case.id


def second_secretary(server: Server, devices) -> Device:
    admin.add_user(server.engine, "sevara", DEC, ["secretary"], DEMO_PASSWORD,
                   "Sevara Nazarova")
    return devices("sevara")


def all_numbers(*devices: Device) -> dict[str, list[int]]:
    seen: dict[str, list[int]] = {}
    for device in devices:
        for journal in journals.JOURNALS:
            for entry in journals.lines(device.replica, DEC, journal):
                if entry.number is not None:
                    seen.setdefault(journal, []).append(entry.number)
    return seen


def test_registration_numbers_come_from_leased_blocks_and_never_repeat(
        server: Server, devices, attach) -> None:
    aziza = devices("aziza")
    sevara = second_secretary(server, devices)
    aziza.sync()
    sevara.sync()  # both hold a block of the incoming journal now
    assert numbers.stock(aziza.replica, DEC, "incoming") == numbers.BLOCK
    mine = [submitted(aziza, attach, f"Aziza{i}") for i in range(3)]
    theirs = [submitted(sevara, attach, f"Sevara{i}") for i in range(3)]
    for case_id in mine:
        aziza.desk.act(case_id, "register")
    for case_id in theirs:  # offline: sevara does not sync until the end
        sevara.desk.act(case_id, "register")
    got_a = [journals.first(aziza.replica, c, "incoming") for c in mine]
    got_s = [journals.first(sevara.replica, c, "incoming") for c in theirs]
    assert all(e is not None and e.number is not None for e in got_a + got_s)
    assert [e.number for e in got_a] == [1, 2, 3]
    assert [e.number for e in got_s] == [21, 22, 23]
    for device in (aziza, sevara, aziza, sevara):
        assert device.sync().rejections == []
    # Each journal is the same on both PCs, and no number is used twice.
    lines_a = [e.printed for e in journals.lines(aziza.replica, DEC, "incoming")]
    lines_s = [e.printed for e in journals.lines(sevara.replica, DEC, "incoming")]
    assert lines_a == lines_s == ["1", "2", "3", "21", "22", "23"]
    with server.engine.connect() as conn:
        used = conn.execute(sa.text("SELECT number FROM journal_numbers WHERE org = :o AND "
                                    "journal = 'incoming' ORDER BY number"), {"o": DEC})
        assert [r[0] for r in used] == [1, 2, 3, 21, 22, 23]


def test_offline_beyond_the_block_prints_provisional_numbers_made_final_on_sync(
        server: Server, devices, attach) -> None:
    aziza = devices("aziza")
    sevara = second_secretary(server, devices)
    aziza.sync()
    sevara.sync()
    cases = [submitted(sevara, attach, f"Nomzod{i}") for i in range(numbers.BLOCK + 2)]
    printed = []
    for case_id in cases:  # a long field day with no link
        sevara.desk.act(case_id, "register")
        printed.append(journals.first(sevara.replica, case_id, "incoming"))
    finals, provisional = printed[:numbers.BLOCK], printed[numbers.BLOCK:]
    assert [e.number for e in finals] == list(range(21, 21 + numbers.BLOCK))
    assert all(e.number is None for e in provisional)
    code = numbers.device_code(sevara.replica.client_id)
    assert [e.provisional for e in provisional] == [f"P-{code}-1", f"P-{code}-2"]
    # Meanwhile the other secretary keeps numbering online.
    aziza.desk.act(submitted(aziza, attach), "register")
    aziza.sync()
    report = sevara.sync()
    assert report.rejections == [] and len(report.numbered) == 2
    made_final = [journals.first(sevara.replica, e.case_id, "incoming") for e in provisional]
    assert all(e.number is not None and e.number > 40 for e in made_final)
    assert [e.provisional for e in made_final] == [f"P-{code}-1", f"P-{code}-2"]
    aziza.sync()
    seen = all_numbers(aziza)["incoming"]
    assert len(seen) == len(set(seen)) == numbers.BLOCK + 3


def test_the_server_refuses_a_number_not_leased_to_the_device_or_used_twice(
        server: Server, devices, attach) -> None:
    aziza = devices("aziza")
    sevara = second_secretary(server, devices)
    aziza.sync()
    sevara.sync()
    case_id = submitted(sevara, attach)
    sevara.desk.act(case_id, "register")
    entry = journals.first(sevara.replica, case_id, "incoming")
    assert entry is not None
    # A forged entry on aziza's PC taking sevara's number 21: the server says no.
    with aziza.replica.write() as tx:
        data = {"_org": DEC, "journal": "incoming", "number": 21, "client": "x", "by": "aziza",
                "at": "2025-03-10T10:00", "case": case_id}
        tx.edit("journal", "forged.1", data, numbers.headline(data), actor="aziza",
                device="pc", event_kind="created", create=True)
    report = aziza.sync()
    assert [r["record_id"] for r in report.rejections] == ["forged.1"]
    assert "not leased to this device" in report.rejections[0]["reason"]
    assert sevara.sync().rejections == []


def test_an_entry_never_changes_once_written(server: Server, devices, attach) -> None:
    aziza = devices("aziza")
    aziza.sync()
    case_id = submitted(aziza, attach)
    aziza.desk.act(case_id, "register")
    aziza.sync()
    entry = journals.first(aziza.replica, case_id, "incoming")
    assert entry is not None
    with aziza.replica.write() as tx:
        record = tx.get("journal", entry.id)
        assert record is not None
        tx.edit("journal", entry.id, {"subject": "something else"},
                numbers.headline(record.data), actor="aziza", device="pc",
                event_kind="edited")
    report = aziza.sync()
    assert "cannot change once written" in report.rejections[0]["reason"]
    assert server.records("journal")[entry.id]["subject"] == entry.subject


def _tamper(device: Device, sql: str, *args: object) -> None:
    conn = sqlite3.connect(device.replica.path)
    with conn:
        conn.execute(sql, args)
    conn.close()


def test_a_history_altered_by_hand_is_detected_and_refused_by_the_server(
        server: Server, devices, attach) -> None:
    aziza, bobur = devices("aziza"), devices("bobur")
    case_id = submitted(aziza, attach)
    aziza.desk.act(case_id, "register")
    aziza.sync()
    bobur.sync()
    bobur.desk.act(case_id, "start_review")
    bobur.sync()
    aziza.sync()
    intact = aziza.replica.chain_check("case", case_id)
    assert intact.intact and intact.events == 4  # created, submit, register, review
    assert bobur.replica.chain_check("case", case_id).head == intact.head
    # Someone rewrites who registered the documents, straight in the SQLite file.
    _tamper(aziza, "UPDATE events SET actor = 'mallory' WHERE kind = 'action' AND n = 3")
    broken = aziza.replica.chain_check("case", case_id)
    assert not broken.intact and broken.first_bad == 3
    assert "event 3" in broken.problems[0] and "altered" in broken.problems[0]
    aziza.desk.set(case_id, {"position": "rektor"})
    report = aziza.sync()
    assert len(report.rejections) == 1
    assert "history of this record on your device does not match" in \
        report.rejections[0]["reason"]
    assert server.records("case")[case_id]["position"] == "direktor"
    # The honest device is not affected.
    bobur.desk.set(case_id, {"position": "dekan"})
    assert bobur.sync().rejections == []


@pytest.mark.parametrize("column", ["detail", "at"])
def test_an_event_removed_or_rewritten_is_named_by_verify(server: Server, devices, attach,
                                                          column: str) -> None:
    aziza = devices("aziza")
    case_id = submitted(aziza, attach)
    aziza.desk.act(case_id, "register")
    aziza.sync()
    value = '{"fields":["surname"]}' if column == "detail" else "2020-01-01T00:00:00.000Z"
    _tamper(aziza, f"UPDATE events SET {column} = ? WHERE n = 1", value)
    assert aziza.replica.chain_check("case", case_id).first_bad == 1
    _tamper(aziza, "DELETE FROM events WHERE n = 2")
    check = aziza.replica.chain_check("case", case_id)
    assert any("event 2 of the history is missing" in p for p in check.problems)
