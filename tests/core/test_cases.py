"""Cases through CaseDesk: create, edit, act — refusals say why and write nothing."""

from __future__ import annotations

from datetime import datetime

import pytest
from casekit import CANDIDATE, COMMISSION, desk_as, dump, user

from app.core.cases import CaseDesk, CaseError, NotFound

DOCUMENTS = ("party_decision", "meeting_protocol", "consent")


def documents(attach) -> dict:
    return {name: attach(f"{name}.pdf") for name in DOCUMENTS}


def test_nomination_goes_through_the_election_code_order(desk: CaseDesk, attach) -> None:
    case = desk.new("candidate_nomination", CANDIDATE)
    assert case.state == "draft"
    assert case.title == "Gʻafurov Akmal Rustam oʻgʻli — Jizzax saylov okrugi"
    assert case.computed["full_name"] == "Gʻafurov Akmal Rustam oʻgʻli"
    case = desk.act(case.id, "submit", documents(attach))
    case = desk.act(case.id, "register")
    case = desk_as(desk, user("bobur", "member")).act(case.id, "start_review")
    case = desk_as(desk, user("dilshod", "chair")).act(case.id, "register_candidate")
    assert case.state == "registered" and case.is_final
    history = desk.history(case)
    assert [(e.kind, e.detail.get("action"), e.actor) for e in history] == [
        ("created", None, "aziza"), ("action", "submit", "aziza"),
        ("action", "register", "aziza"), ("action", "start_review", "bobur"),
        ("action", "register_candidate", "dilshod")]
    assert history[1].detail["from"] == "draft" and history[1].detail["to"] == "submitted"
    commands = [m.command for m in desk.replica.pending_mutations() if m.command]
    assert commands[0] == {"action": "submit", "expected_state": "draft", "to": "submitted"}


def test_invalid_value_is_refused_naming_field_and_rule(desk: CaseDesk) -> None:
    case = desk.new("candidate_nomination", CANDIDATE)
    before = dump(desk.replica.path)
    for values, message in [
        ({"pinfl": "1234"}, "pinfl (PINFL (personal identification number)): a PINFL has "
                            "exactly 14 digits"),
        ({"birth_date": "2010-01-01"}, "at least 25 years old"),
        ({"passport": "ab12"}, "two capital letters and seven digits"),
        ({"constituency_number": 0}, "must be at least 1"),
        ({"gender": "unknown"}, "must be one of: male, female"),
        ({"nonsense": "x"}, "has no such field"),
        ({"full_name": "x"}, "computed"),
        ({"campaign": "no-such-campaign"}, "no campaign 'no-such-campaign'"),
    ]:
        with pytest.raises(CaseError, match=message.replace("(", r"\(").replace(")", r"\)")):
            desk.set(case.id, values)
    assert dump(desk.replica.path) == before


def test_invalid_value_on_create_writes_nothing(desk: CaseDesk) -> None:
    before = dump(desk.replica.path)
    with pytest.raises(CaseError, match="pinfl"):
        desk.new("candidate_nomination", {**CANDIDATE, "pinfl": "99999999999999"})
    assert dump(desk.replica.path) == before


def test_check_digit_mismatch_is_only_a_warning(desk: CaseDesk) -> None:
    case = desk.new("candidate_nomination", {**CANDIDATE, "pinfl": "31203800123450"})
    assert case.values["pinfl"] == "31203800123450"
    assert any("check digit" in w for w in case.warnings)


def test_action_refused_with_every_reason_and_nothing_written(desk: CaseDesk, attach) -> None:
    case = desk.new("candidate_nomination", {**CANDIDATE, "consent": attach("consent.pdf")})
    before = dump(desk.replica.path)
    with pytest.raises(CaseError) as refused:
        desk.act(case.id, "submit")
    message = str(refused.value)
    assert "party_decision" in message and "meeting_protocol" in message
    assert "consent" not in message.split("needs", 1)[1]  # that one is attached
    with pytest.raises(CaseError, match="needs the role chair"):
        desk.act(case.id, "register_candidate")
    with pytest.raises(CaseError, match="only possible when the case is Under review"):
        desk_as(desk, user("dilshod", "chair")).act(case.id, "register_candidate")
    with pytest.raises(CaseError, match=r"no action 'approve'.*possible now: submit"):
        desk.act(case.id, "approve")
    assert dump(desk.replica.path) == before


def test_relevance_decides_what_is_required(desk: CaseDesk, attach) -> None:
    case = desk.new("candidate_nomination", {**CANDIDATE, **documents(attach),
                                             "holds_incompatible_office": True})
    with pytest.raises(CaseError, match="resignation_application"):
        desk.act(case.id, "submit")
    desk.set(case.id, {"holds_incompatible_office": False})
    assert desk.act(case.id, "submit").state == "submitted"


def test_action_requires_its_own_fields(desk: CaseDesk, attach) -> None:
    case = desk.new("candidate_nomination", {**CANDIDATE, **documents(attach)})
    desk.act(case.id, "submit")
    desk.act(case.id, "register")
    chair = desk_as(desk, user("dilshod", "chair", "member"))
    chair.act(case.id, "start_review")
    with pytest.raises(CaseError, match="refusal_reason"):
        chair.act(case.id, "refuse")
    refused = chair.act(case.id, "refuse", {"refusal_reason": "Imzolar yetarli emas"})
    assert refused.state == "refused"
    assert refused.values["refusal_reason"] == "Imzolar yetarli emas"


def test_decided_case_is_frozen(desk: CaseDesk, attach) -> None:
    case = desk.new("candidate_nomination", {**CANDIDATE, **documents(attach)})
    desk.act(case.id, "submit")
    desk.act(case.id, "register")
    chair = desk_as(desk, user("dilshod", "chair", "member"))
    chair.act(case.id, "start_review")
    chair.act(case.id, "register_candidate")
    before = dump(desk.replica.path)
    with pytest.raises(CaseError, match="can no longer change"):
        desk.set(case.id, {"position": "rektor"})
    assert dump(desk.replica.path) == before


def test_deadlines_follow_the_campaign_and_the_state(replica, secretary, attach) -> None:
    clock = lambda: datetime(2027, 2, 25, 10, 0)  # noqa: E731
    desk = CaseDesk(replica, secretary, device="pc", clock=clock)
    campaign = desk.new("campaign", {"title": "Saylov", "election_type": "parliament",
                                     "election_day": "2027-03-28"})
    case = desk.new("candidate_nomination", {**CANDIDATE, **documents(attach),
                                             "campaign": campaign.id})
    assert case.due_at is None  # a draft has no deadline
    case = desk.act(case.id, "submit")
    assert case.due_at == "2027-02-21T23:59"  # registration closes 35 days before
    assert case.overdue(datetime(2027, 2, 25, 10, 0))
    desk.act(case.id, "register")
    member = desk_as(desk, user("bobur", "member"))
    member.act(case.id, "start_review")
    case = member.act(case.id, "return_for_correction", {"correction_notes": "Rozilik yoʻq"})
    assert case.due_at == "2027-02-27T23:59"  # two days to fix
    assert not case.overdue(datetime(2027, 2, 27, 12, 0))


def test_attendance_sheet_with_repeat_rows(replica, attach) -> None:
    teacher = CaseDesk(replica, user("malika", "teacher", org="uz.jizzakh.school_12"),
                       device="pc")
    klass = teacher.new("class", {"name": "5-A", "grade": 5, "language": "uz"})
    pupils = [teacher.new("student", {"surname": s, "given_name": g, "gender": "male",
                                      "birth_date": "2015-05-01", "class": klass.id}).id
              for s, g in [("Karimov", "Ali"), ("Qodirov", "Vali"), ("Toshev", "Sardor")]]
    rows = [{"student": pupils[0], "status": "present"},
            {"student": pupils[1], "status": "absent_excused", "reason": "health",
             "certificate": attach("spravka.pdf")},
            {"student": pupils[2], "status": "late_unexcused"}]
    sheet = teacher.new("attendance_sheet", {"class": klass.id, "date": "2026-11-20",
                                             "pupils": rows})
    assert sheet.computed == {"present_count": 2, "absent_count": 1, "attendance_rate": 66.7}
    with pytest.raises(CaseError, match=r"row 1, student: .*no student 'nobody'"):
        teacher.set(sheet.id, {"pupils": [{"student": "nobody", "status": "present"}]})
    with pytest.raises(CaseError, match="row 1, status"):
        teacher.set(sheet.id, {"pupils": [{"student": pupils[0], "status": "asleep"}]})
    bad = [*rows[:1], {"student": pupils[1], "status": "absent_excused"}]
    teacher.set(sheet.id, {"pupils": bad})
    with pytest.raises(CaseError, match=r"reason \(Reason\) \(row 2\)"):
        teacher.act(sheet.id, "submit")
    teacher.set(sheet.id, {"pupils": rows})
    assert teacher.act(sheet.id, "submit").state == "submitted"


def test_short_ids_and_unknown_ids(desk: CaseDesk) -> None:
    case = desk.new("candidate_nomination", CANDIDATE)
    assert desk.get(case.id[:13]).id == case.id
    with pytest.raises(NotFound, match="no case or record"):
        desk.get("ffffffff")


def test_search_finds_names_across_scripts(desk: CaseDesk) -> None:
    latin = desk.new("candidate_nomination", CANDIDATE)
    cyrillic = desk.new("candidate_nomination", {**CANDIDATE, "surname": "Қодиров",
                                                 "given_name": "Ғайрат"})
    found = lambda text: {c.id for c in desk.list(search=text)}  # noqa: E731
    assert found("gafurov") == {latin.id}  # typed without the oʻ/gʻ sign
    assert found("G'afurov") == {latin.id}  # or with a plain apostrophe
    assert found("qodir") == {cyrillic.id}  # Latin finds Cyrillic
    assert found("ғафур") == {latin.id}  # and Cyrillic finds Latin
    assert found("jizzakh") == {latin.id, cyrillic.id}  # a choice's label
    assert found("31203800") == {latin.id, cyrillic.id}


def test_new_case_outside_my_organisation_is_refused(desk: CaseDesk) -> None:
    with pytest.raises(CaseError, match="outside your organisation"):
        desk.new("candidate_nomination", CANDIDATE, org="uz.samarkand.dec_1")
    assert desk.new("candidate_nomination", CANDIDATE, org=COMMISSION + ".pec_5").org \
        == COMMISSION + ".pec_5"
