"""The Election Code services (DOMAIN.md §1) through CaseDesk: each workflow in the order the
commission works, the refusals a secretary or chair would meet, and the deadlines on a
campaign with a fixed election day.

The campaign is the 2024 election to the Legislative Chamber: election day Sunday 27 October
2024. Dates typed into forms are in the past, so "no later than today" rules never get in the
way; the desk's clock is a fixed time moved by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import pytest
from casekit import CANDIDATE, dump, user

from app.core.cases import Case, CaseDesk, CaseError, compute_headline
from app.core.definitions import Catalogue, load_service
from app.core.identifiers import pinfl_check_digit
from app.paths import resources_dir
from sync.replica import Replica

ELECTION_SERVICES = ("party_admission", "candidate_nomination", "trusted_representative",
                     "observer_accreditation", "complaint", "voter_list_clarification",
                     "precinct_protocol")
ELECTION_DAY = "2024-10-27"


# --- the commission and its clock ---------------------------------------------------------------


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, *args: int) -> datetime:
        self.now = datetime(*args)
        return self.now


@dataclass
class Commission:
    """One district election commission's PC: the same replica, a desk per person."""

    secretary: CaseDesk
    member: CaseDesk
    deputy: CaseDesk
    chair: CaseDesk
    clock: Clock

    @property
    def replica(self) -> Replica:
        return self.secretary.replica

    def campaign(self, election_day: str = ELECTION_DAY) -> str:
        return self.secretary.new("campaign", {
            "title": "Oliy Majlis Qonunchilik palatasiga saylov", "election_type": "parliament",
            "election_day": election_day, "announced_on": "2024-06-26"}).id


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2024, 8, 1, 9, 30))


@pytest.fixture
def dec(replica: Replica, clock: Clock) -> Commission:
    def desk(name: str, role: str) -> CaseDesk:
        return CaseDesk(replica, user(name, role), device="dec-pc", clock=clock)

    return Commission(desk("aziza", "secretary"), desk("bobur", "member"),
                      desk("nodira", "deputy_chair"), desk("dilshod", "chair"), clock)


def pinfl(first13: str) -> str:
    return first13 + str(pinfl_check_digit(first13))


def person(surname: str, given: str, patronymic: str, born: str, pinfl13: str) -> dict:
    return {"surname": surname, "given_name": given, "patronymic": patronymic,
            "birth_date": born, "pinfl": pinfl(pinfl13)}


def refused(call: Any, *parts: str) -> str:
    """``call()`` must be refused with a message containing every one of ``parts``."""
    with pytest.raises(CaseError) as info:
        call()
    message = str(info.value)
    for part in parts:
        assert part in message, message
    return message


def states_of(case: Case) -> tuple[str | None, bool]:
    return case.state, case.is_final


# --- every definition loads ------------------------------------------------------------------


@pytest.mark.parametrize("service_id", ELECTION_SERVICES)
def test_each_election_service_loads(service_id: str) -> None:
    service = Catalogue.load().get(service_id)
    assert service is not None and service.kind == "case" and service.area == "elections"
    assert load_service(resources_dir() / "services" / f"{service_id}.json").id == service_id
    wf = service.workflow
    assert wf is not None and wf.initial == "draft"
    assert any(s.final for s in wf.states.values())
    # Every decision leaves a paper behind: the register action a receipt, a decision a decision.
    produced = {d for a in wf.actions.values() for d in a.documents}
    if service_id != "precinct_protocol":
        assert "decision" in produced
    assert "receipt" in produced


def test_documents_each_decision_produces() -> None:
    catalogue = Catalogue.load()

    def docs(service_id: str, action_id: str) -> tuple[str, ...]:
        return catalogue.get(service_id).workflow.actions[action_id].documents

    assert docs("party_admission", "admit") == ("decision",)
    assert docs("trusted_representative", "register_representatives") == \
        ("decision", "certificate")
    assert docs("observer_accreditation", "issue_mandate") == ("decision", "mandate")
    assert docs("complaint", "uphold") == ("decision",)
    assert docs("voter_list_clarification", "correct") == ("decision",)
    assert docs("precinct_protocol", "register") == ("receipt",)


# --- party admission ---------------------------------------------------------------------------

PARTY = {
    "party_name": "Oʻzbekiston Liberal-demokratik partiyasi", "body_level": "regional",
    "party_body": "Jizzax viloyat kengashi", "head_full_name": "Qodirov Jasur Toʻlqin oʻgʻli",
    "head_position": "Kengash raisi", "justice_certificate_number": "0012",
    "justice_registered_on": "2003-11-15", "campaign_announced_on": "2024-06-26",
}


def party_documents(attach) -> dict:
    return {"application": attach("ariza.pdf"),
            "justice_certificate": attach("guvohnoma.pdf")}


def test_party_admission_happy_path(dec: Commission, attach) -> None:
    case = dec.secretary.new("party_admission", {**PARTY, "campaign": dec.campaign()})
    assert case.title == "Oʻzbekiston Liberal-demokratik partiyasi — Jizzax viloyat kengashi"
    assert case.computed["months_registered"] == 247
    refused(lambda: dec.secretary.act(case.id, "submit", {"application": attach("a.pdf")}),
            "attachment justice_certificate")
    dec.secretary.act(case.id, "submit", party_documents(attach))
    case = dec.secretary.act(case.id, "register")
    assert case.state == "under_review"
    refused(lambda: dec.member.act(case.id, "admit"), "needs the role chair")
    case = dec.chair.act(case.id, "admit", {"review_notes": "Hujjatlar toʻliq"})
    assert states_of(case) == ("admitted", True)
    refused(lambda: dec.secretary.set(case.id, {"party_body": "x"}), "can no longer change")


def test_a_submission_after_the_cut_off_is_recorded_with_a_warning(dec: Commission,
                                                                   attach) -> None:
    on_time = dec.secretary.new("party_admission", {**PARTY, "campaign": dec.campaign()})
    assert dec.secretary.act(on_time.id, "submit", party_documents(attach)).warnings == []
    late = dec.secretary.new("party_admission", {**PARTY, "campaign": dec.campaign()})
    dec.clock.set(2024, 8, 19, 10, 0)  # submission closed at the end of 18 August
    case = dec.secretary.act(late.id, "submit", party_documents(attach))
    assert case.state == "submitted" and case.overdue(dec.clock())
    [warning] = case.warnings
    assert warning.startswith("late: Submission closes 2024-08-18 23:59")


def test_a_party_registered_less_than_four_months_before_is_not_admitted(
        dec: Commission, attach) -> None:
    case = dec.secretary.new("party_admission", {
        **PARTY, **party_documents(attach), "campaign": dec.campaign(),
        "justice_registered_on": "2024-03-01"})
    assert case.computed["months_registered"] == 3
    dec.secretary.act(case.id, "submit")
    dec.secretary.act(case.id, "register")
    refused(lambda: dec.chair.act(case.id, "admit"), "at least four months before")
    refused(lambda: dec.chair.act(case.id, "refuse"), "refusal_reason")
    case = dec.chair.act(case.id, "refuse", {
        "refusal_reason": "Partiya kampaniya eʼlon qilinishidan toʻrt oy oldin roʻyxatdan "
                          "oʻtmagan"})
    assert states_of(case) == ("refused", True)
    # registration after the announcement is not a date anyone could have typed
    other = dec.secretary.new("party_admission", {**PARTY, "campaign": dec.campaign()})
    refused(lambda: dec.secretary.set(other.id, {"justice_registered_on": "2024-07-01"}),
            "must be before the campaign was announced")


# --- trusted representatives --------------------------------------------------------------------


GIVEN_NAMES = ("Sardor", "Jamshid", "Oybek", "Ulugʻbek", "Shoxrux", "Bekzod", "Doniyor",
               "Gʻayrat", "Sherzod", "Oʻtkir", "Zafar", "Rustam")


def representatives(n: int) -> list[dict]:
    """``n`` trusted representatives, each a citizen over 18 with a valid PINFL."""
    return [{**person("Karimov", GIVEN_NAMES[i], "Anvar oʻgʻli", "1985-05-14",
                      f"3140585012{i:03d}"),
             "workplace": "Jizzax davlat pedagogika universiteti, oʻqituvchi",
             "address": "Jizzax shahri, Sharof Rashidov koʻchasi, 5"} for i in range(n)]


TRUSTED = {"candidate_full_name": "Gʻafurov Akmal Rustam oʻgʻli",
           "constituency_name": "Jizzax saylov okrugi",
           "nominating_party": "Oʻzbekiston Xalq demokratik partiyasi"}


def test_trusted_representatives_happy_path(dec: Commission, attach) -> None:
    case = dec.secretary.new("trusted_representative", {
        **TRUSTED, "campaign": dec.campaign(), "election_type": "district_council",
        "representatives": representatives(3)})
    assert case.computed["max_representatives"] == 3
    refused(lambda: dec.secretary.act(case.id, "submit"), "attachment application",
            "attachment consents")
    dec.secretary.act(case.id, "submit", {"application": attach("ariza.pdf"),
                                          "consents": attach("roziliklar.pdf")})
    dec.secretary.act(case.id, "register")
    refused(lambda: dec.deputy.act(case.id, "register_representatives"), "needs the role chair")
    case = dec.chair.act(case.id, "register_representatives")
    assert states_of(case) == ("registered", True)


@pytest.mark.parametrize(("election_type", "limit", "named"), [
    ("parliament", 10, "at most 10 for the Legislative Chamber"),
    ("regional_council", 5, "5 for a regional council"),
    ("district_council", 3, "3 for a district or city council"),
])
def test_too_many_trusted_representatives_are_refused(
        dec: Commission, election_type: str, limit: int, named: str) -> None:
    values = {**TRUSTED, "election_type": election_type}
    before = dump(dec.replica.path)
    refused(lambda: dec.secretary.new("trusted_representative", {
        **values, "representatives": representatives(limit + 1)}),
        "representatives (Trusted representatives): too many trusted representatives", named)
    assert dump(dec.replica.path) == before
    case = dec.secretary.new("trusted_representative", {
        **values, "representatives": representatives(limit)})
    assert len(case.values["representatives"]) == limit
    refused(lambda: dec.secretary.set(case.id, {"representatives": representatives(limit + 1)}),
            "too many trusted representatives", named)


def test_changing_the_election_type_rechecks_the_limit(dec: Commission) -> None:
    case = dec.secretary.new("trusted_representative", {
        **TRUSTED, "election_type": "parliament", "representatives": representatives(5)})
    refused(lambda: dec.secretary.set(case.id, {"election_type": "district_council"}),
            "too many trusted representatives")
    assert dec.secretary.set(case.id, {"election_type": "regional_council"}) \
        .computed["max_representatives"] == 5


def test_a_trusted_representative_under_18_is_refused(dec: Commission) -> None:
    young = representatives(2)
    young[1]["birth_date"] = "2015-01-01"
    young[1]["pinfl"] = pinfl("5010115012001")
    refused(lambda: dec.secretary.new("trusted_representative", {
        **TRUSTED, "election_type": "parliament", "representatives": young}),
        "row 2, birth_date: a trusted representative must be at least 18 years old")


# --- observer accreditation --------------------------------------------------------------------

OBSERVER = {
    **person("Tojiboyeva", "Gulnora", "Ergash qizi", "1990-02-20", "4200290012004"),
    "passport": "AC7654321", "address": "Zomin tumani, Oʻrikzor mahallasi",
    "nominating_body_type": "mahalla", "nominating_body_name": "Oʻrikzor mahalla fuqarolar yigʻini",
}


def test_observer_accreditation_happy_path(dec: Commission, attach) -> None:
    case = dec.secretary.new("observer_accreditation", {**OBSERVER, "campaign": dec.campaign()})
    assert case.title == "Tojiboyeva Gulnora Ergash qizi — Oʻrikzor mahalla fuqarolar yigʻini"
    refused(lambda: dec.secretary.act(case.id, "submit", {"request": attach("murojaat.pdf")}),
            "field precincts")
    dec.secretary.act(case.id, "submit", {"request": attach("murojaat.pdf"), "precincts": [
        {"precinct_number": 14, "precinct_address": "Zomin, 7-maktab"},
        {"precinct_number": 15}]})
    refused(lambda: dec.member.act(case.id, "register"), "needs the role secretary")
    dec.secretary.act(case.id, "register")
    case = dec.chair.act(case.id, "issue_mandate")
    assert states_of(case) == ("accredited", True)
    assert case.service.workflow.actions["issue_mandate"].documents == ("decision", "mandate")


# --- complaint ------------------------------------------------------------------------------------

COMPLAINT = {
    "complainant_type": "candidate", "complainant_name": "Gʻafurov Akmal Rustam oʻgʻli",
    "complainant_pinfl": "31203800123453", "subject": "decision",
    "respondent_commission": "Jizzax okrug saylov komissiyasi",
    "contested_decision_number": "17", "contested_on": "2024-09-20",
    "received_on": "2024-09-23",
    "complaint_text": "Ishonchli vakillarni roʻyxatga olish asossiz rad etilgan.",
}


def test_complaint_upheld(dec: Commission, attach) -> None:
    case = dec.secretary.new("complaint", COMPLAINT)
    assert case.computed["days_after"] == 3 and case.computed["filed_late"] is False
    refused(lambda: dec.secretary.act(case.id, "register"), "attachment complaint_document")
    refused(lambda: dec.secretary.act(case.id, "register_urgent",
                                      {"complaint_document": attach("shikoyat.pdf")}),
            "only when fewer than 6 days remain")
    dec.secretary.act(case.id, "register", {"complaint_document": attach("shikoyat.pdf")})
    refused(lambda: dec.chair.act(case.id, "uphold"), "decision_reasoning")
    refused(lambda: dec.member.act(case.id, "uphold", {"decision_reasoning": "x"}),
            "needs the role chair")
    case = dec.chair.act(case.id, "uphold", {"decision_reasoning": "Rad etish asossiz."})
    assert states_of(case) == ("upheld", True)


def test_a_late_complaint_is_flagged_and_rejected(dec: Commission, attach) -> None:
    case = dec.secretary.new("complaint", {**COMPLAINT, "received_on": "2024-09-28",
                                           "complaint_document": attach("shikoyat.pdf")})
    assert case.computed["days_after"] == 8 and case.computed["filed_late"] is True
    dec.secretary.act(case.id, "register")
    refused(lambda: dec.chair.act(case.id, "reject", {"decision_reasoning": "Muddat oʻtgan"}),
            "rejection_ground")
    case = dec.chair.act(case.id, "reject", {"rejection_ground": "filed_late",
                                             "decision_reasoning": "Muddat oʻtgan"})
    assert states_of(case) == ("rejected", True)
    refused(lambda: dec.secretary.set(case.id, {"received_on": "2024-09-10"}),
            "can no longer change")
    other = dec.secretary.new("complaint", COMPLAINT)
    refused(lambda: dec.secretary.set(other.id, {"received_on": "2024-09-10"}),
            "cannot be before the contested decision")


def test_a_complaint_near_election_day_is_considered_at_once(dec: Commission, attach) -> None:
    case = dec.secretary.new("complaint", {**COMPLAINT, "election_near": True,
                                           "complaint_document": attach("shikoyat.pdf")})
    refused(lambda: dec.secretary.act(case.id, "register"), "register it for immediate")
    case = dec.secretary.act(case.id, "register_urgent")
    assert case.state == "under_urgent_review"
    case = dec.chair.act(case.id, "forward", {"forwarded_to": "Jizzax viloyat prokuraturasi"})
    assert states_of(case) == ("forwarded", True)


# --- voter list clarification --------------------------------------------------------------------

VOTER = {
    **person("Ergasheva", "Dilnoza", "Baxtiyor qizi", "1998-07-03", "4030798012007"),
    "passport": "AD1122334", "address": "Jizzax shahri, Navroʻz mahallasi, 12-uy",
    "precinct_number": 214, "request_type": "not_listed",
}


def test_voter_list_corrected(dec: Commission, attach) -> None:
    case = dec.secretary.new("voter_list_clarification", VOTER)
    assert case.title == "Ergasheva Dilnoza Baxtiyor qizi — 214"
    refused(lambda: dec.secretary.act(case.id, "register"), "attachment application_document")
    dec.secretary.act(case.id, "register", {"application_document": attach("ariza.jpg")})
    refused(lambda: dec.member.act(case.id, "correct", {"correction_made": "x"}),
            "needs the role chair or deputy_chair")
    case = dec.deputy.act(case.id, "correct", {
        "correction_made": "Saylovchilar roʻyxatiga 214-uchastka boʻyicha kiritildi"})
    assert states_of(case) == ("corrected", True)


def test_wrong_data_needs_the_details(dec: Commission, attach) -> None:
    case = dec.secretary.new("voter_list_clarification", {
        **VOTER, "request_type": "wrong_data", "application_document": attach("ariza.pdf")})
    refused(lambda: dec.secretary.act(case.id, "register"), "field wrong_data_details")
    dec.secretary.act(case.id, "register", {"wrong_data_details": "Tugʻilgan yili 1989 emas, 1998"})
    case = dec.chair.act(case.id, "refuse", {"refusal_reason": "Pasport koʻrsatilmadi"})
    assert states_of(case) == ("refused", True)


# --- precinct protocol ------------------------------------------------------------------------

BALANCE = ("line 2 = line 3 + line 4 + line 5 (ballots received = ballots issued + unused "
           "ballots + spoiled ballots) does not hold")
ISSUED = "line 3 ≤ line 1 (ballots issued ≤ voters on the list) does not hold"
FOUND = "line 6 ≤ line 3 (ballots found in the boxes ≤ ballots issued) does not hold"
COUNTED = ("line 6 = line 7 + line 8 (ballots found in the boxes = invalid ballots + valid "
           "ballots) does not hold")
VOTES = "line 8 = the sum of line 9 (valid ballots = votes for all candidates) does not hold"
EQUATIONS = (BALANCE, ISSUED, FOUND, COUNTED, VOTES)

CANDIDATE_VOTES = [
    {"candidate": "Gʻafurov Akmal Rustam oʻgʻli", "nominated_by": "OʻzXDP", "votes": 520},
    {"candidate": "Ҳамроев Шерзод Қаҳрамонович", "nominated_by": "OʻzLiDeP", "votes": 310},
    {"candidate": "Yoʻldosheva Malika Anvar qizi", "nominated_by": "Milliy tiklanish",
     "votes": 250},
]
LINES = {
    "voters_on_list": 1500, "ballots_received": 1400, "ballots_issued": 1100,
    "ballots_unused": 295, "ballots_spoiled": 5, "ballots_found": 1098,
    "ballots_invalid": 18, "ballots_valid": 1080,
}
SIGNATORIES = [
    {"full_name": "Rahimov Botir", "position": "chair"},
    {"full_name": "Sodiqova Nigora", "position": "deputy_chair"},
    {"full_name": "Qosimov Ulugʻbek", "position": "secretary"},
    {"full_name": "Toʻxtayev Alisher", "position": "member"},
]


def protocol(**changes: Any) -> dict:
    return {"precinct_number": 214, "precinct_name": "Jizzax shahri, 5-maktab",
            "constituency_name": "Jizzax saylov okrugi", "constituency_number": 12,
            "counting_finished_at": "2024-10-27T23:40", **LINES,
            "candidate_votes": CANDIDATE_VOTES, **changes}


def sent_protocol(dec: Commission, attach, **changes: Any) -> Case:
    case = dec.secretary.new("precinct_protocol", {
        **protocol(**changes), "campaign": dec.campaign(), "signatories": SIGNATORIES})
    return dec.secretary.act(case.id, "submit", {"signed_protocol": attach("bayonnoma.pdf")})


def test_a_consistent_protocol_is_accepted(dec: Commission, attach) -> None:
    case = dec.secretary.new("precinct_protocol", {**protocol(), "campaign": dec.campaign()})
    assert case.computed["numbers_add_up"] is True
    assert case.computed["votes_total"] == 1080
    assert case.computed["turnout"] == 73.2
    assert case.title == "214 — Jizzax shahri, 5-maktab"
    refused(lambda: dec.secretary.act(case.id, "submit", {
        "signed_protocol": attach("bayonnoma.pdf"), "signatories": SIGNATORIES[2:]}),
        "the chair and the secretary of the precinct commission must sign")
    dec.secretary.act(case.id, "submit", {"signed_protocol": attach("bayonnoma.pdf"),
                                          "signatories": SIGNATORIES})
    refused(lambda: dec.chair.act(case.id, "accept"), "only possible when the case is")
    dec.secretary.act(case.id, "register")
    refused(lambda: dec.member.act(case.id, "accept"), "needs the role chair or deputy_chair")
    case = dec.chair.act(case.id, "accept")
    assert states_of(case) == ("accepted", True)
    refused(lambda: dec.secretary.set(case.id, {"ballots_invalid": 17}), "can no longer change")


@pytest.mark.parametrize(("changes", "field", "equation"), [
    ({"ballots_spoiled": 7}, "ballots_received", BALANCE),
    ({"ballots_unused": 290}, "ballots_received", BALANCE),
    ({"voters_on_list": 1000}, "voters_on_list", ISSUED),
    ({"ballots_found": 1101}, "ballots_issued", FOUND),
    ({"ballots_invalid": 20}, "ballots_found", COUNTED),
    ({"candidate_votes": [*CANDIDATE_VOTES[:2], {**CANDIDATE_VOTES[2], "votes": 251}]},
     "ballots_valid", VOTES),
], ids=["spoiled", "unused", "list", "found", "invalid", "votes"])
def test_a_protocol_that_does_not_add_up_is_refused_on_save_and_on_accept(
        dec: Commission, attach, changes: dict, field: str, equation: str) -> None:
    # on saving: a new protocol, and an edit of a consistent one
    before = dump(dec.replica.path)
    message = refused(lambda: dec.secretary.new("precinct_protocol", protocol(**changes)),
                      f"{field} (", equation)
    assert [e for e in EQUATIONS if e in message] == [equation]  # that one, and only that one
    assert dump(dec.replica.path) == before
    case = sent_protocol(dec, attach)
    refused(lambda: dec.secretary.set(case.id, changes), equation)
    # on accepting with the change typed in the same step
    dec.secretary.act(case.id, "register")
    refused(lambda: dec.chair.act(case.id, "accept", changes), equation)
    assert dec.chair.get(case.id).state == "under_review"


def merge_from_another_device(replica: Replica, case_id: str, changes: dict) -> None:
    """What sync does with another device's edit of other fields: a field-level merge that
    no local check sees (the server has its own word on it)."""
    desk_record = replica.get("case", case_id)
    data = {**desk_record.data, **changes}
    pushed = replica.pending_mutations()
    with replica.write() as tx:
        tx.acknowledge(pushed[-1].mutation_id, {})  # this PC's own edits went up first
        service = Catalogue.load().get("precinct_protocol")
        tx.apply_remote("case", case_id, data, desk_record.versions,
                        compute_headline(tx, service, data), removed=False)


def test_a_merged_protocol_that_does_not_add_up_cannot_be_accepted(
        dec: Commission, attach) -> None:
    case = sent_protocol(dec, attach)
    dec.secretary.act(case.id, "register")
    # Two people corrected two lines on two PCs; each edit was consistent on its own PC.
    merge_from_another_device(dec.replica, case.id, {"ballots_unused": 290,
                                                     "ballots_invalid": 20})
    case = dec.chair.get(case.id)
    assert case.computed["numbers_add_up"] is False
    message = refused(lambda: dec.chair.act(case.id, "accept"), "cannot accept the protocol",
                      BALANCE, COUNTED, "the numbers of the protocol do not add up")
    assert ISSUED not in message and FOUND not in message and VOTES not in message
    checks = {c.action.id: c for c in dec.chair.actions(case)}
    assert not checks["accept"].allowed
    assert any(BALANCE in reason for reason in checks["accept"].reasons)
    # The district commission returns it; the precinct corrects it and sends it again.
    case = dec.member.act(case.id, "return_for_correction", {
        "correction_notes": "4- va 7-satrlarni tekshiring"})
    assert case.state == "returned"
    refused(lambda: dec.secretary.act(case.id, "submit"), BALANCE, COUNTED)
    dec.secretary.set(case.id, {"ballots_unused": 295})
    dec.secretary.set(case.id, {"ballots_invalid": 18})
    dec.secretary.act(case.id, "submit")
    dec.secretary.act(case.id, "register")
    assert states_of(dec.deputy.act(case.id, "accept")) == ("accepted", True)


def test_a_dissenting_member_needs_the_written_opinion(dec: Commission, attach) -> None:
    signatories = [*SIGNATORIES[:3], {**SIGNATORIES[3], "dissenting": True}]
    case = dec.secretary.new("precinct_protocol", {
        **protocol(), "campaign": dec.campaign(), "signatories": signatories,
        "signed_protocol": attach("bayonnoma.pdf")})
    refused(lambda: dec.secretary.act(case.id, "submit"), "attachment dissenting_opinions")
    case = dec.secretary.act(case.id, "submit", {"dissenting_opinions": attach("fikr.pdf")})
    assert case.state == "submitted"


# --- deadlines on a campaign with a fixed election day ------------------------------------------


def assert_due(case: Case, due: str) -> None:
    """Due at ``due`` (local time, minutes): not overdue then, overdue a minute later."""
    assert case.due_at == due
    at = datetime.fromisoformat(due)
    assert not case.overdue(at)
    assert case.overdue(at + timedelta(minutes=1))


def test_due_dates_and_overdue_flags_of_every_election_service(
        dec: Commission, attach) -> None:
    clock = dec.clock
    campaign = dec.campaign()  # election day Sunday 27 October 2024
    seen: set[str] = set()

    def new(service_id: str, values: dict) -> Case:
        seen.add(service_id)
        case = dec.secretary.new(service_id, values)
        assert case.due_at is None  # a draft waits for nobody
        return case

    # party admission: documents no later than 70 days before election day
    clock.set(2024, 8, 12, 10, 0)
    case = new("party_admission", {**PARTY, **party_documents(attach), "campaign": campaign})
    case = dec.secretary.act(case.id, "submit")
    assert_due(case, "2024-08-18T23:59")  # 27 October − 70 days
    assert not case.overdue(clock())
    clock.set(2024, 8, 19, 9, 0)
    assert dec.secretary.get(case.id).overdue(clock())  # the clock is past it
    case = dec.secretary.act(case.id, "register")  # registered late, on 19 August
    assert_due(case, "2024-08-29T23:59")  # decision within 10 days (approx.)

    # candidate nomination: registration ends 35 days before election day
    case = new("candidate_nomination", {
        **CANDIDATE, "campaign": campaign, "party_decision": attach("qaror.pdf"),
        "meeting_protocol": attach("bayonnoma.pdf"), "consent": attach("rozilik.pdf")})
    assert_due(dec.secretary.act(case.id, "submit"), "2024-09-22T23:59")

    # trusted representatives: decision within 5 days of registration (approx.)
    clock.set(2024, 9, 30, 11, 15)
    case = new("trusted_representative", {
        **TRUSTED, "campaign": campaign, "election_type": "parliament",
        "representatives": representatives(2), "application": attach("ariza.pdf"),
        "consents": attach("roziliklar.pdf")})
    case = dec.secretary.act(case.id, "submit")
    assert case.due_at is None  # the Code sets no time limit for handing them in
    assert_due(dec.secretary.act(case.id, "register"), "2024-10-05T23:59")

    # observer: request no later than 10 days before election day, mandate within 5 days
    clock.set(2024, 10, 16, 15, 0)
    case = new("observer_accreditation", {
        **OBSERVER, "campaign": campaign, "request": attach("murojaat.pdf"),
        "precincts": [{"precinct_number": 214}]})
    case = dec.secretary.act(case.id, "submit")
    assert_due(case, "2024-10-17T23:59")
    assert not case.overdue(clock())
    clock.set(2024, 10, 18, 8, 0)
    assert dec.secretary.get(case.id).overdue(clock())
    assert_due(dec.secretary.act(case.id, "register"), "2024-10-23T23:59")

    # complaint: decided within 3 days; at once (within 24 hours) when the election is near
    clock.set(2024, 10, 14, 16, 20)
    case = new("complaint", {**COMPLAINT, "complaint_document": attach("shikoyat.pdf")})
    assert_due(dec.secretary.act(case.id, "register"), "2024-10-17T23:59")
    clock.set(2024, 10, 23, 16, 20)
    case = new("complaint", {**COMPLAINT, "election_near": True,
                             "complaint_document": attach("shikoyat.pdf")})
    case = dec.secretary.act(case.id, "register_urgent")
    assert_due(case, "2024-10-24T16:20")
    clock.set(2024, 10, 24, 16, 21)
    assert dec.secretary.get(case.id).overdue(clock())

    # voter list: within 24 hours; on the eve and on election day at once (2 hours, approx.)
    clock.set(2024, 10, 20, 10, 5)
    case = new("voter_list_clarification", {**VOTER, "application_document": attach("a.pdf")})
    assert_due(dec.secretary.act(case.id, "register"), "2024-10-21T10:05")
    clock.set(2024, 10, 27, 11, 40)
    case = new("voter_list_clarification", {**VOTER, "election_eve": True,
                                            "application_document": attach("a.pdf")})
    assert_due(dec.secretary.act(case.id, "register_urgent"), "2024-10-27T13:40")

    # precinct protocol: at the district commission by the end of the day after election day
    clock.set(2024, 10, 28, 1, 30)
    seen.add("precinct_protocol")
    case = sent_protocol(dec, attach)
    assert_due(case, "2024-10-28T23:59")  # 27 October − (−1) days
    clock.set(2024, 10, 28, 6, 45)
    case = dec.secretary.act(case.id, "register")
    assert_due(case, "2024-10-29T06:45")  # checked within 24 hours (approx.)
    clock.set(2024, 10, 28, 9, 0)
    case = dec.member.act(case.id, "return_for_correction", {"correction_notes": "Imzo yoʻq"})
    assert_due(case, "2024-10-29T09:00")
    case = dec.chair.act(case.id, "submit")  # the precinct chair sends it back
    assert_due(case, "2024-10-28T23:59")

    assert seen == set(ELECTION_SERVICES)


def test_days_before_election_follow_the_campaigns_election_day(dec: Commission, attach) -> None:
    # The same submission under a campaign with another election day is due on another date.
    early = dec.campaign("2024-09-29")
    case = dec.secretary.new("observer_accreditation", {
        **OBSERVER, "campaign": early, "request": attach("murojaat.pdf"),
        "precincts": [{"precinct_number": 214}]})
    assert_due(dec.secretary.act(case.id, "submit"), "2024-09-19T23:59")
    case = dec.secretary.new("precinct_protocol", {
        **protocol(), "campaign": early, "signatories": SIGNATORIES,
        "signed_protocol": attach("bayonnoma.pdf")})
    assert_due(dec.secretary.act(case.id, "submit"), "2024-09-30T23:59")
