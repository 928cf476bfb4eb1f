"""The school services: who does what, the rules a secretary would otherwise check by hand,
and the orders and vouchers they print."""

from __future__ import annotations

import shutil
import subprocess
from typing import Any

import pytest

from app.core import journals
from app.core.cases import CaseDesk, CaseError
from app.core.users import User
from app.documents import print_case_document
from sync.replica import Replica

SCHOOL = "uz.jizzakh.jizzakh_city.school_12"
CITY = "uz.jizzakh.jizzakh_city"


@pytest.fixture
def people(replica: Replica) -> dict[str, CaseDesk]:
    def desk(name: str, org: str, *roles: str) -> CaseDesk:
        return CaseDesk(replica, User(name, org, roles, name.title()), device="school-pc")

    return {"secretary": desk("nodira", SCHOOL, "school_secretary"),
            "teacher": desk("malika", SCHOOL, "teacher"),
            "director": desk("rustam", SCHOOL, "director"),
            "deputy": desk("lola", SCHOOL, "deputy_director"),
            "inspector": desk("shahlo", CITY, "inspector")}


def refused(call: Any, *parts: str) -> str:
    with pytest.raises(CaseError) as caught:
        call()
    for part in parts:
        assert part in str(caught.value), str(caught.value)
    return str(caught.value)


def pdf_text(pdf: bytes) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (Debian poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()


def test_class_transfer_is_decided_by_the_director(people) -> None:
    pupil = people["secretary"].new("student", {"surname": "Karimov", "given_name": "Ali",
                                                "birth_date": "2014-05-02", "gender": "male"})
    case = people["teacher"].new("class_transfer", {
        "student": pupil.id, "student_name": "Karimov Ali", "from_class": "6-A",
        "to_class": "6-B", "parent_name": "Karimov Vali", "reason": "Doʻstlari 6-B sinfida"})
    assert case.title == "Karimov Ali: 6-A → 6-B"
    case = people["teacher"].act(case.id, "submit")
    assert case.due_at is not None  # the director decides within one working day
    refused(lambda: people["teacher"].act(case.id, "approve"), "needs the role director")
    refused(lambda: people["director"].act(case.id, "refuse"), "refusal_reason")
    assert people["director"].act(case.id, "approve").state == "approved"


@pytest.mark.parametrize(("born", "applied", "local", "ok"), [
    ("2019-03-01", "2026-07-01", True, True),     # turns 7 this year, in the window
    ("2019-03-01", "2026-08-05", True, False),    # the micro-district's window has closed
    ("2019-03-01", "2026-08-05", False, True),    # others apply 1-15 August
    ("2019-03-01", "2026-08-20", False, False),   # too late for everyone
    ("2020-01-15", "2026-07-01", True, False),    # only 6 this year
])
def test_first_grade_admission_checks_age_and_window(people, born: str, applied: str,
                                                     local: bool, ok: bool) -> None:
    case = people["secretary"].new("first_grade_admission", {
        "surname": "Ergasheva", "given_name": "Oʻgʻiloy", "birth_date": born, "language": "uz",
        "application_date": applied, "address": "Sharof Rashidov koʻchasi 7",
        "in_micro_district": local, "parent_name": "Ergashev Bahodir"})
    if ok:
        assert people["secretary"].act(case.id, "submit").state == "submitted"
        refused(lambda: people["director"].act(case.id, "refuse"), "refusal_ground")
        assert people["director"].act(case.id, "admit").state == "admitted"
    else:
        refused(lambda: people["secretary"].act(case.id, "submit"), "turn 7",
                "20 June – 31 July")


def test_preschool_queue_voucher_and_its_15_working_days(people) -> None:
    inspector = people["inspector"]
    general = inspector.new("preschool_admission", {
        "surname": "Yusupova", "given_name": "Malika", "birth_date": "2022-02-10",
        "parent_name": "Yusupov Jamshid", "kindergarten_1": "14-son MTT"}, org=CITY)
    privileged = inspector.new("preschool_admission", {
        "surname": "Аҳмедов", "given_name": "Жасур", "birth_date": "2022-04-01",
        "parent_name": "Аҳмедова Гулчеҳра", "kindergarten_1": "14-son MTT",
        "privilege": "single_mother"}, org=CITY)
    assert general.computed["queue"] == "general"
    assert privileged.computed["queue"] == "privileged"
    inspector.act(privileged.id, "submit")
    refused(lambda: inspector.act(privileged.id, "issue_voucher"), "voucher_kindergarten")
    issued = inspector.act(privileged.id, "issue_voucher", {
        "voucher_kindergarten": "14-son MTT", "voucher_date": inspector.clock().date()
        .isoformat()})
    assert issued.state == "voucher_issued" and issued.due_at is not None
    refused(lambda: inspector.act(privileged.id, "lapse"), "only after 15 working days")
    entry = journals.first(inspector.replica, privileged.id, "vouchers")
    assert entry is not None and entry.journal == "vouchers"
    voucher = print_case_document(inspector, privileged.id, "voucher", "uz-Cyrl")
    text = pdf_text(voucher.pdf)
    assert "ЙЎЛЛАНМА" in text and "Аҳмедов Жасур" in text and "14-son MTT" in text
    assert "имтиёзли" in text and "15 иш куни" in text
    assert people["director"].act(privileged.id, "admit").state == "admitted"


def test_staff_order_is_numbered_when_signed_and_then_frozen(people) -> None:
    order = people["secretary"].new("staff_order", {
        "order_type": "hiring", "person": "Saidova Nodira Karimovna", "position": "oʻqituvchi",
        "subject": "matematika", "teaching_hours": 18, "contract_type": "permanent",
        "legal_ground": "Mehnat kodeksining 106-moddasi", "first_day": "2026-09-01"})
    refused(lambda: people["secretary"].act(order.id, "sign"), "needs the role director")
    signed = people["director"].act(order.id, "sign")
    assert signed.state == "signed"
    refused(lambda: people["secretary"].set(order.id, {"position": "direktor"}),
            "can no longer change")
    entry = journals.first(people["director"].replica, order.id, "orders")
    assert entry is not None and entry.by == "rustam"
    pdf = print_case_document(people["director"], order.id, "staff_order", "uz-Latn").pdf
    text = pdf_text(pdf)
    assert "BUYRUQ" in text and "Ishga qabul qilish toʻgʻrisida" in text
    assert "Saidova Nodira Karimovna" in text and "haftasiga 18 soat" in text
    assert "2026-yil 1-sentyabr" in text
    # The district education department registers it.
    assert people["inspector"].act(order.id, "register").state == "registered"


def test_a_dismissal_needs_its_last_day_not_a_first(people) -> None:
    order = people["secretary"].new("staff_order", {
        "order_type": "dismissal", "person": "Qodirov Rustam", "position": "qorovul",
        "legal_ground": "Mehnat kodeksining 97-moddasi"})
    refused(lambda: people["director"].act(order.id, "sign"), "last_day")
    people["director"].set(order.id, {"last_day": "2026-12-31"})
    assert people["director"].act(order.id, "sign").state == "signed"


def test_lesson_observation_scores_and_average(people) -> None:
    seen = people["deputy"].new("lesson_observation", {
        "date": "2026-11-20", "class_name": "6-B", "teacher": "Ergasheva Malika",
        "subject": "Ona tili", "topic": "Fe'l zamonlari".replace("'", "ʼ"),
        "pupils_present": 33, "preparation": 5, "goal": 4, "content": 5, "links": 3,
        "consolidation": 4, "motivation": 4})
    assert seen.computed["average"] == 4.17
    refused(lambda: people["deputy"].set(seen.id, {"goal": 6}), "goal")
    assert people["deputy"].act(seen.id, "complete").state == "completed"
