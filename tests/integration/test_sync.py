"""Offline clients syncing through a real server, on SQLite and on PostgreSQL."""

from __future__ import annotations

from casekit import CANDIDATE
from serverkit import Device, Server

from app.core.conflicts import open_conflicts, resolve


def everyone_syncs(*devices: Device) -> None:
    for _ in range(2):  # the second pass brings each what the others sent in the first
        for device in devices:
            device.sync()


def assert_all_equal(server: Server, *devices: Device) -> None:
    for collection in ("case", "conflict"):
        on_server = server.records(collection)
        for device in devices:
            assert device.records(collection) == on_server, (device.name, collection)


def test_offline_edits_of_different_fields_merge(server: Server, devices) -> None:
    aziza, kamola = devices("aziza"), devices("kamola")
    case = aziza.desk.new("candidate_nomination", CANDIDATE)
    everyone_syncs(aziza, kamola)
    aziza.desk.set(case.id, {"position": "rektor"})  # both offline
    kamola.desk.set(case.id, {"workplace": "Jizzax davlat pedagogika universiteti"})
    everyone_syncs(aziza, kamola)
    for device in (aziza, kamola):
        merged = device.desk.get(case.id).values
        assert merged["position"] == "rektor"
        assert merged["workplace"] == "Jizzax davlat pedagogika universiteti"
    assert open_conflicts(aziza.desk) == []
    assert_all_equal(server, aziza, kamola)
    history = [(e.kind, e.actor) for e in aziza.desk.history(aziza.desk.get(case.id))]
    assert history == [("created", "aziza"), ("edited", "aziza"), ("edited", "kamola")]


def test_same_field_conflict_seen_by_both_and_resolved_by_either(server: Server,
                                                                 devices) -> None:
    aziza, kamola, bobur = devices("aziza"), devices("kamola"), devices("bobur")
    first = aziza.desk.new("candidate_nomination", CANDIDATE)
    second = aziza.desk.new("candidate_nomination", {**CANDIDATE, "surname": "Qodirov"})
    everyone_syncs(aziza, kamola, bobur)
    for case in (first, second):
        aziza.desk.set(case.id, {"position": "rektor"})
        kamola.desk.set(case.id, {"position": "dekan"})
    aziza.sync()
    report = kamola.sync()
    assert report.conflicts == 2 and report.rejections == []
    aziza.sync()
    mine_a = {c.record_id: c for c in open_conflicts(aziza.desk)}
    mine_k = {c.record_id: c for c in open_conflicts(kamola.desk)}
    assert set(mine_a) == set(mine_k) == {first.id, second.id}
    assert (mine_a[first.id].mine, mine_a[first.id].theirs) == ("rektor", "dekan")
    assert (mine_k[first.id].mine, mine_k[first.id].theirs) == ("dekan", "rektor")
    assert mine_a[first.id].other_author == "kamola"
    # Until someone decides, the server's (first) value stands and nothing is lost.
    assert aziza.desk.get(first.id).values["position"] == "rektor"
    # One conflict is decided by the one who lost the race, the other by the winner.
    resolve(kamola.desk, mine_k[first.id].id, "mine")
    resolve(aziza.desk, mine_a[second.id].id, "theirs")
    everyone_syncs(aziza, kamola, bobur)
    for device in (aziza, kamola, bobur):
        assert open_conflicts(device.desk) == []
        assert device.desk.get(first.id).values["position"] == "dekan"
        assert device.desk.get(second.id).values["position"] == "dekan"
    assert_all_equal(server, aziza, kamola, bobur)


def test_decided_case_refuses_a_late_edit_and_its_author_sees_why(server: Server,
                                                                  devices, attach) -> None:
    aziza, bobur, dilshod = devices("aziza"), devices("bobur"), devices("dilshod")
    docs = {n: attach(f"{n}.pdf") for n in ("party_decision", "meeting_protocol", "consent")}
    case = aziza.desk.new("candidate_nomination", {**CANDIDATE, **docs})
    aziza.desk.act(case.id, "submit")
    aziza.desk.act(case.id, "register")
    everyone_syncs(aziza, bobur, dilshod)
    bobur.desk.act(case.id, "start_review")
    bobur.sync()
    dilshod.sync()
    dilshod.desk.act(case.id, "register_candidate")
    dilshod.sync()
    aziza.desk.set(case.id, {"position": "rektor"})  # offline, before hearing of the decision
    report = aziza.sync()
    assert len(report.rejections) == 1
    assert "decided" in report.rejections[0]["reason"]
    [kept] = aziza.replica.rejected()
    assert kept["changes"] == {"position": "rektor"} and "decided" in kept["reason"]
    decided = aziza.desk.get(case.id)
    assert decided.state == "registered" and decided.values["position"] == "direktor"
    assert server.records("case")[case.id]["position"] == "direktor"


def test_server_refuses_an_action_the_role_does_not_allow(server: Server, devices,
                                                          attach) -> None:
    aziza = devices("aziza")
    docs = {n: attach(f"{n}.pdf") for n in ("party_decision", "meeting_protocol", "consent")}
    case = aziza.desk.new("candidate_nomination", {**CANDIDATE, **docs})
    aziza.desk.act(case.id, "submit")
    aziza.sync()
    # A client that skips its own checks: a secretary's "register_candidate" straight into
    # the outbox.
    with aziza.replica.write() as tx:
        record = tx.get("case", case.id)
        tx.edit("case", case.id, {"_state": "registered"}, record.headline, actor="aziza",
                device="forged", event_kind="action",
                command={"action": "register_candidate", "expected_state": "submitted",
                         "to": "registered"})
    report = aziza.sync()
    assert "needs the role chair" in report.rejections[0]["reason"]
    assert server.records("case")[case.id]["_state"] == "submitted"
    assert aziza.desk.get(case.id).state == "submitted"


def test_school_users_see_only_their_school(server: Server, devices) -> None:
    malika, nodira = devices("malika"), devices("nodira")
    mine = malika.desk.new("student", {"surname": "Karimov", "given_name": "Ali",
                                       "birth_date": "2015-05-01", "gender": "male"})
    theirs = nodira.desk.new("student", {"surname": "Saidov", "given_name": "Vali",
                                         "birth_date": "2015-06-01", "gender": "male"})
    everyone_syncs(malika, nodira)
    # pull: each school receives only its own students
    assert set(malika.records("student")) == {mine.id}
    assert set(nodira.records("student")) == {theirs.id}
    # push: an edit of the other school's student is refused and changes nothing there
    with malika.replica.write() as tx:
        tx.edit("student", theirs.id, {"_org": nodira.user.org, "_service": "student",
                                       "surname": "Hacked"},
                malika.desk.get(mine.id).record.headline, actor="malika", device="x",
                event_kind="created", create=True)
    report = malika.sync()
    assert "outside your organisation" in report.rejections[0]["reason"]
    assert server.records("student")[theirs.id]["surname"] == "Saidov"
    nodira.sync()
    assert nodira.desk.get(theirs.id).values["surname"] == "Saidov"


def test_a_record_that_leaves_a_scope_arrives_as_a_removal(server: Server, devices) -> None:
    malika, nodira, shahlo = devices("malika"), devices("nodira"), devices("shahlo")
    pupil = malika.desk.new("student", {"surname": "Karimov", "given_name": "Ali",
                                        "birth_date": "2015-05-01", "gender": "male"})
    everyone_syncs(malika, nodira, shahlo)
    assert pupil.id in shahlo.records("student")  # the city department sees every school
    with shahlo.replica.write() as tx:  # the department moves the pupil to school 5
        record = tx.get("student", pupil.id)
        tx.edit("student", pupil.id, {"_org": nodira.user.org}, record.headline,
                actor="shahlo", device="x", event_kind="edited")
    everyone_syncs(shahlo, malika, nodira)
    assert pupil.id not in malika.records("student")
    assert pupil.id in nodira.records("student")
    assert pupil.id in shahlo.records("student")
    # quarantined, not destroyed: the data is still in school 12's file
    hidden = malika.replica.get("student", pupil.id)
    assert hidden is not None and hidden.deleted and hidden.data["surname"] == "Karimov"


def test_histories_agree_after_a_conflict_is_resolved(server: Server, devices) -> None:
    aziza, kamola = devices("aziza"), devices("kamola")
    case = aziza.desk.new("candidate_nomination", CANDIDATE)
    everyone_syncs(aziza, kamola)
    aziza.desk.set(case.id, {"position": "rektor"})
    kamola.desk.set(case.id, {"position": "dekan"})
    everyone_syncs(aziza, kamola)
    [conflict] = open_conflicts(aziza.desk)
    resolve(aziza.desk, conflict.id, "theirs")
    everyone_syncs(aziza, kamola)

    def story(device: Device) -> list[tuple[str, str]]:
        return [(e.kind, e.actor) for e in device.desk.history(device.desk.get(case.id))]

    assert story(aziza) == story(kamola)
    assert ("resolved", "aziza") in story(kamola)


def test_the_loser_of_a_conflict_shows_the_servers_value_not_its_own(server: Server,
                                                                     devices) -> None:
    aziza, kamola = devices("aziza"), devices("kamola")
    case = aziza.desk.new("candidate_nomination", CANDIDATE)
    everyone_syncs(aziza, kamola)
    kamola.desk.set(case.id, {"position": "dekan"})
    kamola.sync()
    aziza.desk.set(case.id, {"position": "rektor"})  # based on the old version
    # A round that pulls kamola's edit before aziza's is pushed (an edit made while a
    # round was in flight, or a long outbox): aziza's replica sees version and value.
    pending = aziza.replica.pending_mutations
    aziza.replica.pending_mutations = lambda limit=1000: []  # type: ignore[method-assign]
    aziza.sync()
    aziza.replica.pending_mutations = pending  # type: ignore[method-assign]
    assert aziza.sync().conflicts == 1
    kamola.sync()
    assert server.records("case")[case.id]["position"] == "dekan"
    assert aziza.desk.get(case.id).values["position"] == "dekan"  # "rektor" waits in the
    assert [c.mine for c in open_conflicts(aziza.desk)] == ["rektor"]  # conflict, not lost


def test_a_long_first_sync_reports_how_far_it_has_come(server: Server, devices) -> None:
    aziza, bobur = devices("aziza"), devices("bobur")
    for i in range(600):
        aziza.desk.new("candidate_nomination", {**CANDIDATE, "surname": f"Karimov{i}"})
    aziza.sync()
    seen: list[float | None] = []
    report = bobur.client.sync(lambda r: seen.append(r.fraction))
    assert report.rounds > 1, "600 cases take more than one page"
    known = [f for f in seen if f is not None]
    assert known and 0 < known[0] < 1, seen  # the server said how much was coming
    assert known == sorted(known) and known[-1] == 1.0
