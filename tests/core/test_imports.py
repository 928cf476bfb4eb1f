"""Importing registers from spreadsheets: every good row in, every bad row reported."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from casekit import user
from importkit import BAD, HEADERS, make_classes, spoil, student_rows, write_csv

from app.core import cases
from app.core.cases import CaseDesk, CaseError
from app.core.imports import (
    IMPORT_KEY,
    import_file,
    import_rows,
    map_columns,
    preview,
    save_rejected,
)
from app.core.sheets import SheetError, parse_csv, read_table
from sync.replica import Replica

SCHOOL = "uz.jizzakh.school_12"


@pytest.fixture
def school(replica: Replica) -> CaseDesk:
    desk = CaseDesk(replica, user("dilnoza", "school_secretary", org=SCHOOL), device="pc-1")
    make_classes(desk)
    return desk


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """5,000 students, three of them with mistakes (made once for the module)."""
    folder = tmp_path_factory.mktemp("lists")
    return write_csv(folder / "students.csv", spoil(student_rows(5000)))


def _bad(report_rows) -> dict[int, list[tuple[str, str]]]:
    return {r.number: [(p.column, p.reason) for p in r.problems] for r in report_rows}


def _assert_the_three_bad_rows(rejected) -> None:
    found = _bad(rejected)
    assert sorted(found) == sorted(BAD)
    for number, (column, word) in BAD.items():
        assert len(found[number]) == 1, found[number]
        assert found[number][0][0] == column
        assert word in found[number][0][1], found[number]


def test_5000_rows_with_3_bad_import_4997_and_report_the_3(school: CaseDesk, big_csv: Path,
                                                          tmp_path: Path) -> None:
    report = import_file(school, "student", big_csv)

    assert report.total == 5000
    assert report.imported == 4997
    assert school.replica.count("student") == 4997
    _assert_the_three_bad_rows(report.rejected)
    assert [str(p) for p in report.problems] == [
        "row 18, JShShIR: a PINFL has exactly 14 digits",
        "row 2051, Tug'ilgan sanasi: must be a date like 2024-07-19 or 19.07.2024",
        "row 4012, Familiyasi: is required but empty",
    ]
    # Each record went through the register's rules and is queued for sync, with its history.
    assert school.replica.pending_count() == 4997 + 3  # the three classes
    first = school.list(collection="student", order="created", limit=1)[0]
    assert first.values["class"] in {c.id for c in school.list(collection="class")}
    assert first.org == SCHOOL
    event = school.history(first)[0]
    assert event.kind == "created" and event.actor == "dilnoza"
    assert event.detail["imported_from"] == "students.csv" and event.detail["row"] == 2

    # The rejected rows, as they were, with their reasons: fix them and import that file.
    saved = save_rejected(report, tmp_path / "rejected.csv")
    with saved.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == [*HEADERS, "Row in file", "Problems"]
    assert [r[-2] for r in rows[1:]] == ["18", "2051", "4012"]
    assert rows[1][-1] == "JShShIR: a PINFL has exactly 14 digits"
    fixed = [r[:-2] for r in rows[1:]]
    fixed[0][5] = "62709110000168"  # the PINFL with its 14th digit
    fixed[1][3] = "28.02.2012"
    fixed[2][0] = "Nazarova"
    write_csv(saved, fixed, headers=rows[0][:-2])
    again = import_file(school, "student", saved)
    assert (again.imported, again.rejected) == (3, [])
    assert school.replica.count("student") == 5000


def test_the_preview_writes_nothing_and_shows_mapping_rows_and_problems(
        school: CaseDesk, big_csv: Path) -> None:
    before = school.replica.pending_count()
    shown = preview(school, "student", read_table(big_csv), first=10)
    assert school.replica.pending_count() == before
    assert school.replica.count("student") == 0
    assert shown.total == 5000 and len(shown.rows) == 10
    fields = {c.header: c.field.id if c.field else None for c in shown.analysis.columns}
    assert fields == {"Familiyasi": "surname", "Ismi": "given_name",
                      "Otasining ismi": "patronymic", "Tug'ilgan sanasi": "birth_date",
                      "Jinsi": "gender", "JShShIR": "pinfl", "Sinf": "class", "Izoh": None}
    (unknown,) = shown.analysis.ignored
    assert unknown.header == "Izoh" and "no such field" in (unknown.note or "")
    assert [p.row for p in shown.analysis.problems] == sorted(BAD)
    assert len(shown.analysis.good) == 4997
    payload = shown.to_json()
    assert payload["importable"] == 4997 and payload["rejected"] == 3
    assert payload["first_rows"][0]["values"]["gender"] in ("male", "female")


def test_a_crash_mid_import_keeps_whole_batches_and_a_rerun_does_not_duplicate(
        school: CaseDesk, big_csv: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    table = read_table(big_csv)
    real_headline = cases.compute_headline
    written = 0

    def crash_at_2345(tx, service, data):
        nonlocal written
        written += 1
        if written == 2345:
            raise KeyboardInterrupt  # the power goes off in the middle of a batch
        return real_headline(tx, service, data)

    monkeypatch.setattr(cases, "compute_headline", crash_at_2345)
    with pytest.raises(KeyboardInterrupt):
        import_rows(school, "student", table, batch=1000)
    monkeypatch.undo()

    # Only whole batches are there, each record whole: data, history and outbox.
    assert school.replica.count("student") == 2000
    assert school.replica.pending_count() == 2000 + 3
    for case in school.list(collection="student", limit=5):
        assert case.record.data[IMPORT_KEY] and school.history(case)

    report = import_rows(school, "student", table, batch=1000)
    assert (report.imported, report.already, len(report.rejected)) == (2997, 2000, 3)
    assert school.replica.count("student") == 4997
    again = import_rows(school, "student", table)
    assert (again.imported, again.already) == (0, 4997)
    assert school.replica.count("student") == 4997


def test_xlsx_the_same_with_numbers_and_dates_in_cells(school: CaseDesk, tmp_path: Path
                                                       ) -> None:
    from datetime import datetime

    spoilt = spoil(student_rows(4100))
    rows = spoilt[:50] + spoilt[2049:2052] + spoilt[4009:4012]  # the 3 bad ones among them
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for i, row in enumerate(rows):
        cells: list[object] = list(row)
        if i % 2 and "." in row[3] and row[3] != "31.02.2012":
            d, m, y = row[3].split(".")
            cells[3] = datetime(int(y), int(m), int(d))  # a real date cell
        if i % 3 == 0 and len(row[5]) == 14:
            cells[5] = int(row[5])  # a PINFL typed into a number cell
        sheet.append(cells)
    path = tmp_path / "students.xlsx"
    book.save(path)

    report = import_file(school, "student", path)
    assert report.total == 56
    assert report.imported == 53
    found = _bad(report.rejected)
    # Row numbers as Excel shows them: data row i is sheet row i + 2.
    assert sorted(found) == [18, 52, 56]
    assert found[18][0][0] == "JShShIR" and "14 digits" in found[18][0][1]
    assert found[52][0][0] == "Tug'ilgan sanasi" and "must be a date" in found[52][0][1]
    assert found[56][0] == ("Familiyasi", "is required but empty")
    stored = {c.values["pinfl"]: c.values for c in school.list(collection="student", limit=100)}
    assert rows[0][5] in stored and stored[rows[0][5]]["birth_date"] == \
        "-".join(reversed(rows[0][3].split(".")))
    assert rows[1][5] in stored  # written from a date cell and a number cell alike


@pytest.mark.parametrize("encoding, delimiter", [("utf-8-sig", ";"), ("utf-8", "\t"),
                                                 ("cp1251", ";"), ("utf-8-sig", ",")])
def test_bom_semicolons_tabs_and_cyrillic_names_intact(school: CaseDesk, tmp_path: Path,
                                                       encoding: str, delimiter: str) -> None:
    rows = [
        ["Раҳимов" if encoding != "cp1251" else "Иванов", "Алишер", "Алишерович", "05.03.2012",
         "Эркак", "50503120000018", "5-А", ""],
        ["Иванова", "Мадина", "", "2012-04-06", "Ayol", "60604120000027", "5-B", "x"],
    ]
    if encoding != "cp1251":
        rows.append(["Gʻafurov", "Shoʻxrat", "Rustam oʻgʻli", "06.05.2011", "male",
                     "50605110000031", "6-a", ""])
    path = write_csv(tmp_path / "list.csv", rows, delimiter=delimiter, encoding=encoding)
    if encoding == "utf-8-sig":
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")

    report = import_file(school, "student", path)
    assert report.rejected == [] and report.imported == len(rows)
    by_pinfl = {c.values["pinfl"]: c for c in school.list(collection="student")}
    classes = {c.title: c.id for c in school.list(collection="class")}
    first = by_pinfl["50503120000018"].values
    assert first["surname"] == rows[0][0] and first["given_name"] == "Алишер"
    assert first["gender"] == "male"  # by its Uzbek Cyrillic label
    assert first["class"] == classes["5-A"]  # "5-А" in Cyrillic letters is the class 5-A
    assert by_pinfl["60604120000027"].values["surname"] == "Иванова"
    if encoding != "cp1251":
        latin = by_pinfl["50605110000031"]
        assert latin.values["surname"] == "Gʻafurov"  # U+02BB kept
        assert latin.values["patronymic"] == "Rustam oʻgʻli"
        assert latin.title == "Gʻafurov Shoʻxrat Rustam oʻgʻli"
        assert latin.values["class"] == classes["6-A"]


def test_headers_by_id_or_any_label_unknown_columns_reported(school: CaseDesk) -> None:
    service = school.service("student")
    columns = map_columns(service, ["surname", " ФАМИЛИЯ ", "Имя", "Date of birth *",
                                    "Пол", "ПИНФЛ", "F.I.Sh.", "Telefon", ""])
    assert [c.field.id if c.field else None for c in columns] == [
        "surname", None, "given_name", "birth_date", "gender", "pinfl", None, None, None]
    notes = {c.header: c.note for c in columns if c.note}
    assert "second column" in notes[" ФАМИЛИЯ "]
    assert "computed" in notes["F.I.Sh."]
    assert "no such field" in notes["Telefon"]


def test_a_missing_required_column_and_an_unknown_class_are_reasons(school: CaseDesk) -> None:
    table = parse_csv("Ismi;Jinsi;Tugʻilgan sanasi;Sinf\nAkmal;Erkak;01.02.2012;9-Z\n"
                      "Bekzod;Erkak;01.02.2012;5-A\n")
    shown = preview(school, "student", table)
    assert [f.id for f in shown.analysis.missing] == ["surname"]
    problems = {(p.row, p.column): p.reason for p in shown.analysis.problems}
    assert "there is no class '9-Z'" in problems[(2, "Sinf")]
    assert "5-A" in problems[(2, "Sinf")]  # the classes that exist are named
    assert "the file has no column 'Surname' (surname)" in problems[(3, "Surname")]
    report = import_rows(school, "student", table)
    assert report.imported == 0 and len(report.rejected) == 2


def test_pinfl_already_in_the_register_or_twice_in_the_file_is_refused(
        school: CaseDesk) -> None:
    school.new("student", {"surname": "Karimov", "given_name": "Akmal",
                           "birth_date": "2012-03-05", "gender": "male",
                           "pinfl": "50503120000018"})
    table = parse_csv(
        "Familiyasi,Ismi,Tugʻilgan sanasi,Jinsi,JShShIR\n"
        "Karimov,Akmal,05.03.2012,Erkak,50503120000018\n"
        "Nazarova,Lola,06.04.2012,Ayol,60604120000027\n"
        "Nazarova,Lola,06.04.2012,Ayol,60604120000027\n"
        "Nazarov,Bek,06.04.2012,Erkak,60604120000027\n")
    report = import_rows(school, "student", table)
    assert report.imported == 1
    found = {r.number: r.problems[0].reason for r in report.rejected}
    assert "already in the register: Karimov Akmal" in found[2]
    assert found[4] == "the same as row 3"
    assert "the same PINFL (personal identification number) as row 3" in found[5]


def test_only_registers_and_only_readable_files(school: CaseDesk, tmp_path: Path) -> None:
    with pytest.raises(CaseError, match="not a register"):
        preview(school, "candidate_nomination", parse_csv("surname\nKarimov\n"))
    with pytest.raises(SheetError, match="empty"):
        parse_csv("\n\n")
    old = tmp_path / "list.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0 old excel")
    with pytest.raises(SheetError, match="xlsx"):
        read_table(old)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(SheetError, match="cannot be read"):
        read_table(broken)
