"""Every document renders to a valid A4 PDF whose text reads back intact in four languages."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from casekit import CANDIDATE
from dockit import (
    CANDIDATE_CYRL,
    CASE_ID,
    DOCUMENTS,
    EXTRA,
    OBSERVER,
    REPRESENTATIVES,
    journal_entries,
    make_case,
)

import app.reports as reports
from app.core.attendance import AttendanceMonth, PupilMonth
from app.core.cases import Case
from app.core.definitions import default_catalogue
from app.reports import receipt as receipt_module
from app.reports.labels import LABELS, LANGUAGES, long_date
from app.reports.phrases import OBSERVER_RIGHTS, PHRASES

LATIN = "Gʻafurov Akmal Rustam oʻgʻli"
RECEIVED = {"at": "2029-10-14T10:35"}
CYRILLIC = "Ғафуров Акмал Рустам ўғли"


def words(text: str) -> str:
    """Text with every run of white space (line breaks, no-break spaces) as one space."""
    return " ".join(text.split())


def nomination(state: str, values: dict[str, Any] | None = None) -> Case:
    return make_case("candidate_nomination", {**CANDIDATE, **DOCUMENTS, **(values or {})},
                     state=state)


TRANSFER = {"student": "0190a1b2-0000-7000-8000-000000000001",
            "student_name": "Yoʻldosheva Madina Ғуломовна", "pinfl": "41205140123459",
            "grade": 6, "language": "uz", "to_school": "uz.jizzakh.jizzakh_city.school_12",
            "reason": "moving", "parent_name": "Yoʻldoshev Anvar",
            "request_date": "2029-10-02", "receiving_class": "6-B"}


def test_exit_order_names_the_pupil_the_school_and_its_number(pdf_text) -> None:
    case, extra = sample("exit_order")
    for lang, heading in (("uz-Latn", "BUYRUQ"), ("uz-Cyrl", "БУЙРУҚ"), ("ru", "ПРИКАЗ")):
        text = words(pdf_text(reports.render("exit_order", case, lang, extra))[0])
        assert heading in text and "Yoʻldosheva Madina Ғуломовна" in text
        assert "uz.jizzakh.jizzakh_city.school_12" in text and "6-B" in text
        assert "№ 27" in text and "Zarina Olimova" in text


def attendance_month() -> AttendanceMonth:
    days = tuple(date(2029, 10, d) for d in (1, 2, 3, 4, 5, 8, 9, 10, 11, 12))
    pupils = tuple(PupilMonth(f"s{i}", name, {d: "present" for d in days})
                   for i, name in enumerate((LATIN, CYRILLIC, "Karimova Dilnoza")))
    pupils[0].marks[days[2]] = "absent_unexcused"
    return AttendanceMonth("c1", "6-B", 2029, 10, days, pupils, approved_days=10)


def sample(kind: str) -> tuple[Case | None, dict[str, Any]]:
    """A case and the extra each kind of document needs."""
    if kind == "receipt":
        return nomination("received"), {**EXTRA, **RECEIVED, "number": "2029/147"}
    if kind == "decision":
        return nomination("registered"), {**EXTRA, "number": "15", "articles": "33, 68"}
    if kind == "certificate":
        return nomination("registered"), {**EXTRA, "number": "12", "decision_number": "15",
                                          "decision_at": "2029-10-14"}
    if kind == "mandate":
        return make_case("observer_accreditation", OBSERVER, state="accredited"), {
            **EXTRA, "number": "M-0042"}
    if kind == "exit_order":
        return make_case("student_transfer", TRANSFER, state="transferred"), {
            **EXTRA, "number": "27", "chair": "Zarina Olimova"}
    if kind == "quarterly":
        from test_quarterly import report

        return None, {**EXTRA, "report": report()}
    if kind == "staff_order":
        return make_case("staff_order", {
            "order_type": "hiring", "person": CYRILLIC, "position": "oʻqituvchi",
            "subject": "matematika", "teaching_hours": 18, "legal_ground": "Mehnat kodeksi",
            "first_day": "2029-09-01"}, state="signed"), {**EXTRA, "number": "44"}
    if kind == "voucher":
        return make_case("preschool_admission", {
            "surname": "Yusupova", "given_name": "Malika", "birth_date": "2026-02-10",
            "parent_name": "Yusupov Jamshid", "kindergarten_1": "14-son MTT",
            "privilege": "none", "voucher_kindergarten": "14-son MTT",
            "voucher_date": "2029-10-14"}, state="voucher_issued"), {**EXTRA, "number": "V-9"}
    if kind == "attendance_month":
        return None, {**EXTRA, "month": attendance_month()}
    return None, {**EXTRA, "entries": journal_entries(12), "period": "2029"}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", list(reports.DOCUMENTS))
def test_every_document_is_a_one_page_a4_pdf_in_every_language(kind: str, lang: str,
                                                                 pdf_text) -> None:
    case, extra = sample(kind)
    pdf = reports.render(kind, case, lang, extra)
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    wide = kind == "attendance_month"  # a grid of 23 school days lies on its side
    assert (b"/MediaBox [ 0 0 841.8898 595.2756 ]" if wide else
            b"/MediaBox [ 0 0 595.2756 841.8898 ]") in pdf  # A4
    pages = pdf_text(pdf)
    assert len(pages) == 1, f"{kind} in {lang} runs over onto {len(pages)} pages"
    assert words(EXTRA["commission"]) in words(pages[0])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_names_in_both_uzbek_scripts_and_numbers_read_back_intact(lang: str, pdf_text) -> None:
    for values, name in ((CANDIDATE, LATIN), (CANDIDATE_CYRL, CYRILLIC)):
        case = nomination("registered", values)
        for kind, number in (("receipt", "2029/147"), ("decision", "15/3"),
                             ("certificate", "C-12")):
            text = words(pdf_text(reports.render(kind, case, lang,
                                                 {**EXTRA, **RECEIVED, "number": number}))[0])
            assert name in text, f"{name!r} is not intact in the {kind} ({lang}): {text}"
            assert number in text, f"number {number} missing from the {kind} ({lang})"
    assert "Қўқон сайлов округи" in text  # the Cyrillic constituency, in the last certificate


def test_receipt_lists_every_attachment_and_who_accepted(pdf_text) -> None:
    text = words(pdf_text(reports.render("receipt", nomination("received"), "uz-Latn",
                                         {**EXTRA, "number": "147", "at": "2029-10-14T10:35"}
                                         ))[0])
    for name in ("partiya_qarori_Gʻafurov.pdf", "yigʻilish_bayonnomasi.pdf",
                 "nomzod_roziligi.pdf", "Partiyaning nomzod koʻrsatish toʻgʻrisidagi qarori"):
        assert name in text
    assert "2029-yil 14-oktyabr, 10:35" in text
    assert "Aziza Karimova" in text and CASE_ID in text
    assert "Oʻzbekiston Xalq demokratik partiyasi" in text


def test_receipt_qr_code_holds_the_case_id_and_number(monkeypatch) -> None:
    drawn: list[str] = []

    def spy(payload: str, *args: Any, **kwargs: Any) -> Any:
        drawn.append(payload)
        return reports.layout.qr_code(payload, *args, **kwargs)

    monkeypatch.setattr(receipt_module, "qr_code", spy)
    reports.render("receipt", nomination("received"), "en",
                   {**EXTRA, **RECEIVED, "number": "2029/147"})
    assert len(drawn) == 1
    assert CASE_ID in drawn[0]
    assert reports.parse_case_link(drawn[0]) == (CASE_ID, "2029/147")
    widget = reports.layout.qr_code(drawn[0]).contents[0]
    assert widget.value == drawn[0]


def test_qr_code_scans_back_from_the_printed_page(tmp_path: Path) -> None:
    zbarimg, pdftoppm = shutil.which("zbarimg"), shutil.which("pdftoppm")
    if not (zbarimg and pdftoppm):
        pytest.skip("zbarimg (Debian zbar-tools) or pdftoppm is not installed")
    (tmp_path / "r.pdf").write_bytes(reports.render("receipt", nomination("received"), "ru",
                                                    {**EXTRA, **RECEIVED, "number": "2029/147"}))
    subprocess.run([pdftoppm, "-png", "-r", "150", str(tmp_path / "r.pdf"),
                    str(tmp_path / "r")], check=True, timeout=30)
    scanned = subprocess.run([zbarimg, "--raw", "-q", str(tmp_path / "r-1.png")],
                             capture_output=True, timeout=30).stdout.decode().strip()
    assert reports.parse_case_link(scanned) == (CASE_ID, "2029/147")


def test_journal_of_120_entries_spans_numbered_pages_with_repeating_headers(pdf_text) -> None:
    entries = journal_entries(120)
    entries[7]["from_whom"] = "Қодиров Рустам Ҳамидович"
    pdf = reports.render("journal", None, "en", {**EXTRA, "entries": entries,
                                                 "period": "2029"})
    pages = [words(p) for p in pdf_text(pdf)]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "From whom / subject" in page and "Decision" in page  # the column headings
        if number > 1:
            assert "Journal of incoming documents" in page  # the running header
    everything = " ".join(pages)
    assert all(f"{i}-K" in everything for i in range(1, 121))
    for name in ("Қодиров Рустам Ҳамидович", LATIN, CYRILLIC, "Щукин Пётр Фёдорович",
                 "Жаңабергенов Әжинияз"):
        assert name in everything
    assert "Entries: 120" in pages[0]


def test_decision_of_a_real_case_from_the_desk(desk, attach, pdf_text) -> None:
    from casekit import desk_as, user

    values = {**CANDIDATE, **{k: attach(v["name"]) for k, v in DOCUMENTS.items()}}
    case = desk.new("candidate_nomination", values)
    desk.act(case.id, "submit")
    desk.act(case.id, "register")
    chair = desk_as(desk, user("dilshod", "chair", "member"))
    chair.act(case.id, "start_review")
    decided = chair.act(case.id, "register_candidate")
    text = words(pdf_text(reports.render("decision", decided, "uz-Latn",
                                         {**EXTRA, "number": "15"}))[0])
    assert "QAROR" in text and LATIN in text and "№ 15" in text
    assert "12-son Jizzax saylov okrugi boʻyicha nomzodni roʻyxatga olish toʻgʻrisida" in text
    assert "Dilshod Rahimov" in text and "Aziza Karimova" in text and "Jizzax shahri" in text
    assert decided.id in text
    receipt = reports.build("receipt", decided, {**EXTRA, **RECEIVED, "number": "1"})
    assert [a.file_name for a in receipt.attachments] == [
        "partiya_qarori_Gʻafurov.pdf", "yigʻilish_bayonnomasi.pdf", "nomzod_roziligi.pdf"]


def test_refusal_decision_gives_the_reason_and_agrees_with_the_candidate(pdf_text) -> None:
    case = nomination("refused", {**CANDIDATE_CYRL, "gender": "female",
                                  "refusal_reason": "Номзоднинг ёзма розилиги имзоланмаган."})
    text = words(pdf_text(reports.render("decision", case, "ru",
                                         {**EXTRA, "number": "16",
                                          "corrects": "№ 14, 12.10.2029"}))[0])
    assert "Об отказе в регистрации кандидата" in text
    assert "Основание: Номзоднинг ёзма розилиги имзоланмаган." in text
    assert "Выдвинута:" in text  # a woman: the participle agrees
    assert "(исправляет решение № 14, 12.10.2029)" in text


def test_other_services_get_a_generic_decision_with_the_outcome(pdf_text) -> None:
    case = make_case("observer_accreditation", {**OBSERVER, "refusal_reason":
                                                "Soʻrov muddatidan kech topshirilgan"},
                     state="refused")
    text = words(pdf_text(reports.render("decision", case, "uz-Latn",
                                         {**EXTRA, "number": "17"}))[0])
    assert "Жаңабергенов Әжинияз Өтеш улы" in text and "№ 17" in text
    assert "Asos: Soʻrov muddatidan kech topshirilgan." in text


def test_mandate_lists_the_observer_rights(pdf_text) -> None:
    case = make_case("observer_accreditation", OBSERVER, state="accredited")
    text = words(pdf_text(reports.render("mandate", case, "uz-Cyrl",
                                         {**EXTRA, "number": "M-0042"}))[0])
    assert "КУЗАТУВЧИ МАНДАТИ" in text and "Жаңабергенов Әжинияз Өтеш улы" in text
    assert "«Ǵárezsizlik» puqaralar jıyını, Nókis" in text  # Karakalpak Latin
    assert "№ 412 (5-son maktab), № 413" in text
    assert "сайлов комиссияларининг мажлисларида ҳозир бўлиш;" in text
    assert "6. сайлов участкасида" in text


def test_trusted_representatives_get_a_certificate_page_each(pdf_text) -> None:
    case = make_case("trusted_representative", REPRESENTATIVES, state="registered")
    pages = [words(p) for p in pdf_text(reports.render("certificate", case, "uz-Latn",
                                                       {**EXTRA, "number": "7"}))]
    assert len(pages) == 3
    for page, (number, name) in zip(pages, [("7-1", "Qodirova Dilnoza Baxtiyor qizi"),
                                            ("7-2", "Қодиров Ҳамид Ўктамович"),
                                            ("7-3", "Щукин Пётр Фёдорович")], strict=True):
        assert "ISHONCHLI VAKIL GUVOHNOMASI" in page and f"№ {number}" in page
        assert name in page and "Nomzod: Gʻafurov Akmal Rustam oʻgʻli" in page


def test_certificates_and_mandates_follow_the_decision() -> None:
    with pytest.raises(reports.DocumentError, match="once the case is registered"):
        reports.build("certificate", nomination("under_review"), {**EXTRA, "number": "1"})
    with pytest.raises(reports.DocumentError, match="accredited observer"):
        reports.build("mandate", make_case("observer_accreditation", OBSERVER,
                                           state="under_review"), {**EXTRA, "number": "1"})


def test_missing_number_kind_or_language_is_refused_with_what_to_do() -> None:
    case = nomination("received")
    with pytest.raises(reports.DocumentError, match="registration number is missing"):
        reports.render("receipt", case, "en", {**EXTRA, **RECEIVED})
    with pytest.raises(reports.DocumentError, match="registration time is missing"):
        reports.render("receipt", case, "en", {**EXTRA, "number": "1"})
    with pytest.raises(reports.DocumentError, match="documents: receipt, decision"):
        reports.render("invoice", case, "en", EXTRA)
    with pytest.raises(reports.DocumentError, match="made for a case"):
        reports.render("decision", None, "en", {**EXTRA, "number": "1"})
    with pytest.raises(ValueError, match="uz-Latn"):
        reports.render("receipt", case, "uz", {**EXTRA, **RECEIVED, "number": "1"})


def test_every_document_a_workflow_names_is_a_known_kind() -> None:
    named = {kind for service in default_catalogue() if service.workflow
             for action in service.workflow.actions.values() for kind in action.documents}
    assert named, "no workflow names a document"
    for kind in named:
        assert reports.registry.document_kind(kind).name in reports.DOCUMENTS


def test_same_document_gives_the_same_bytes() -> None:
    case, extra = sample("decision")
    assert reports.render("decision", case, "ru", extra) == reports.render("decision", case,
                                                                           "ru", extra)


def test_fonts_are_embedded_dejavu_only(tmp_path: Path, pdftotext: str) -> None:
    pdffonts = Path(pdftotext).with_name("pdffonts")
    case, extra = sample("receipt")
    (tmp_path / "r.pdf").write_bytes(reports.render("receipt", case, "uz-Cyrl", extra))
    table = subprocess.run([str(pdffonts), str(tmp_path / "r.pdf")], capture_output=True,
                           check=True, text=True, timeout=30).stdout.splitlines()[2:]
    assert table, "no fonts listed"
    for row in table:
        assert "DejaVuSans" in row and " yes yes " in row, row  # embedded, subset


def test_provisional_numbers_say_so(pdf_text) -> None:
    extra = {**EXTRA, **RECEIVED, "number": "P-3f9a-0007", "provisional": True}
    for kind in ("receipt", "decision"):
        text = words(pdf_text(reports.render(kind, nomination("registered"), "ru", extra))[0])
        assert "P-3f9a-0007" in text and "временный номер" in text, kind


def test_markup_characters_in_values_print_literally(pdf_text) -> None:
    case = nomination("received", {"nominating_party": "«Adolat» & <Taraqqiyot>"})
    text = words(pdf_text(reports.render("receipt", case, "en",
                                         {**EXTRA, **RECEIVED, "number": "9"}))[0])
    assert "«Adolat» & <Taraqqiyot>" in text


def test_built_documents_are_plain_data_printable_in_any_language() -> None:
    decision = reports.build("decision", nomination("registered"), {**EXTRA, "number": "15",
                                                                   "at": date(2029, 10, 14)})
    assert isinstance(decision, reports.Decision) and decision.decided_on == date(2029, 10, 14)
    assert {reports.render_document(decision, lang)[:5] for lang in LANGUAGES} == {b"%PDF-"}
    entry = reports.build("journal", None, {**EXTRA, "entries": journal_entries(1)}).entries[0]
    assert entry.at == datetime(2029, 9, 1, 16, 0)


def test_every_printed_word_exists_in_all_four_languages() -> None:
    tables = {**LABELS, **PHRASES, **{f"right {i}": r for i, r in enumerate(OBSERVER_RIGHTS)}}
    for key, texts in tables.items():
        assert set(texts) == set(LANGUAGES) and all(texts.values()), key
    assert len(OBSERVER_RIGHTS) == 6  # Article 33 of the Election Code


def test_official_date_styles() -> None:
    assert long_date(date(2024, 8, 23), "uz-Latn") == "2024-yil 23-avgust"
    assert long_date(date(2019, 6, 25), "ru") == "25 июня 2019 года"
    assert long_date(date(2024, 8, 23), "uz-Cyrl") == "2024-йил 23-август"
    assert long_date(date(2024, 8, 23), "en") == "23 August 2024"
