"""Field values (app/core/values.py): reading what a person typed, and checking stored values."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from app.core.definitions import Field, Service, build_service
from app.core.identifiers import pinfl_check_digit
from app.core.values import ValueProblem, check_value, parse_input


def L(en: str, uz: str | None = None, cyr: str | None = None, ru: str | None = None
      ) -> dict[str, str]:
    return {"en": en, "uz-Latn": uz or en, "uz-Cyrl": cyr or en, "ru": ru or en}


EDUCATION = [
    {"value": "secondary", "label": L("General secondary", "Umumiy oʻrta", "Умумий ўрта",
                                      "Общее среднее")},
    {"value": "higher", "label": L("Higher", "Oliy", "Олий", "Высшее")},
    {"value": "postgraduate", "label": L("Postgraduate", "Oliy oʻquv yurtidan keyingi",
                                         "Олий ўқув юртидан кейинги", "Послевузовское")},
]
LANGS = [
    {"value": "uz", "label": L("Uzbek", "Oʻzbek", "Ўзбек", "Узбекский")},
    {"value": "ru", "label": L("Russian", "Rus", "Рус", "Русский")},
    {"value": "kaa", "label": L("Karakalpak", "Qoraqalpoq", "Қорақалпоқ", "Каракалпакский")},
]

FIELDS: list[dict[str, Any]] = [
    {"id": "name", "type": "text", "label": L("Name"), "min_length": 2, "max_length": 10},
    {"id": "notes", "type": "long_text", "label": L("Notes")},
    {"id": "passport", "type": "text", "label": L("Passport"), "pattern": "[A-Z]{2}[0-9]{7}",
     "pattern_message": L("two capital letters and seven digits, like AB1234567")},
    {"id": "code", "type": "text", "label": L("Code"), "pattern": "[0-9]{3}"},
    {"id": "count", "type": "integer", "label": L("Count"), "min": 1, "max": 999},
    {"id": "free_int", "type": "integer", "label": L("Number")},
    {"id": "rate", "type": "decimal", "label": L("Rate"), "min": 0, "max": 100},
    {"id": "amount", "type": "decimal", "label": L("Amount")},
    {"id": "day", "type": "date", "label": L("Day"), "min": "2024-01-01", "max": "2024-12-31"},
    {"id": "born", "type": "date", "label": L("Born"), "max": "today"},
    {"id": "visit", "type": "date", "label": L("Visit"), "min": "today"},
    {"id": "free_day", "type": "date", "label": L("Any day")},
    {"id": "meeting", "type": "datetime", "label": L("Meeting"), "min": "2024-01-01",
     "max": "2024-12-31"},
    {"id": "closes", "type": "datetime", "label": L("Closes"), "max": "2024-12-31"},
    {"id": "agree", "type": "yes_no", "label": L("Agree")},
    {"id": "education", "type": "choice", "label": L("Education"), "choices": EDUCATION},
    {"id": "languages", "type": "multi_choice", "label": L("Languages"), "choices": LANGS},
    {"id": "pinfl", "type": "pinfl", "label": L("PINFL")},
    {"id": "fin", "type": "fin", "label": L("FIN")},
    {"id": "cccd", "type": "vn_citizen_id", "label": L("Citizen ID")},
    {"id": "campaign", "type": "reference", "label": L("Campaign"), "register": "campaign"},
    {"id": "scan", "type": "attachment", "label": L("Scan"), "max_size_mb": 2,
     "accept": [".pdf", ".JPG"]},
    {"id": "any_file", "type": "attachment", "label": L("Any file")},
    {"id": "members", "type": "repeat", "label": L("Members"), "min_rows": 1, "max_rows": 3,
     "fields": [
         {"id": "member_name", "type": "text", "label": L("Name"), "max_length": 20},
         {"id": "age", "type": "integer", "label": L("Age"), "min": 18},
         {"id": "member_pinfl", "type": "pinfl", "label": L("PINFL")},
     ]},
    {"id": "rows", "type": "repeat", "label": L("Rows"),
     "fields": [{"id": "x", "type": "integer", "label": L("X")}]},
]

SERVICE: Service = build_service({
    "id": "values_test", "version": 1, "kind": "register", "title": L("Values"),
    "form": {"sections": [{"id": "main", "label": L("Main"), "fields": FIELDS}]},
}, "test_values")


def f(field_id: str) -> Field:
    field = SERVICE.field(field_id)
    assert field is not None, field_id
    return field


def refused_input(field_id: str, raw: str) -> str:
    with pytest.raises(ValueProblem) as info:
        parse_input(f(field_id), raw)
    assert info.value.field_id == field_id
    assert str(info.value).startswith(f"{field_id}: ")
    return info.value.rule


def refused_value(field: Field | str, value: Any) -> str:
    field = f(field) if isinstance(field, str) else field
    with pytest.raises(ValueProblem) as info:
        check_value(field, value)
    assert info.value.field_id == field.id
    return info.value.rule


def pinfl(first13: str) -> str:
    return first13 + str(pinfl_check_digit(first13))


GOOD_PINFL = pinfl("3120790001234")  # a man born 12 July 1990
SHA = "ab" * 32


def attachment(**changes: Any) -> dict[str, Any]:
    return {"sha256": SHA, "name": "scan.pdf", "size": 1000, "mime": "application/pdf",
            **changes}


# --- parse_input --------------------------------------------------------------------------


@pytest.mark.parametrize("field_id", [f["id"] for f in FIELDS])
@pytest.mark.parametrize("raw", ["", "   ", "\t\n"])
def test_empty_input_clears_any_field(field_id: str, raw: str) -> None:
    assert parse_input(f(field_id), raw) is None


@pytest.mark.parametrize(("raw", "stored"), [
    ("O'zbekiston", "Oʻzbekiston"),
    ("O‘zbekiston", "Oʻzbekiston"),
    ("O’zbekiston", "Oʻzbekiston"),
    ("O`zbekiston", "Oʻzbekiston"),
    ("G'ulomov", "Gʻulomov"),
    ("ma'lumot", "maʼlumot"),
    ("Qur’on", "Qurʼon"),
    ("  Toshkent  ", "Toshkent"),
    ("Nguye\u0302\u0303n", "Nguyễn"),  # decomposed (NFD) becomes NFC
    ("Қодиров", "Қодиров"),
])
def test_text_is_normalised(raw: str, stored: str) -> None:
    assert parse_input(f("name"), raw) == stored
    assert parse_input(f("notes"), raw) == stored


def test_long_text_keeps_its_lines() -> None:
    typed = "  first line\nto'liq\n  third "
    assert parse_input(f("notes"), typed) == "first line\ntoʻliq\n  third"


@pytest.mark.parametrize(("raw", "stored"), [
    ("42", 42), ("1 234", 1234), (" 1 000 000 ", 1_000_000), ("-7", -7), ("+5", 5), ("007", 7),
])
def test_integer_input(raw: str, stored: int) -> None:
    value = parse_input(f("free_int"), raw)
    assert value == stored and type(value) is int


@pytest.mark.parametrize("raw", ["12.5", "12,5", "twelve", "1e3", "12a"])
def test_integer_input_refused(raw: str) -> None:
    assert refused_input("free_int", raw) == "must be a whole number"


def test_integer_input_with_non_breaking_spaces() -> None:
    assert parse_input(f("free_int"), "1\u00a0234") == 1234
    assert parse_input(f("amount"), "1\u202f234,5") == 1234.5


@pytest.mark.parametrize(("raw", "stored"), [
    ("3,5", 3.5), ("3.5", 3.5), ("1 234,75", 1234.75), ("-0,25", -0.25), ("12", 12),
])
def test_decimal_input(raw: str, stored: float) -> None:
    value = parse_input(f("amount"), raw)
    assert value == stored
    assert type(value) is type(stored)


@pytest.mark.parametrize("raw", ["abc", "1,2,3", "1.2.3", "3,5 %"])
def test_decimal_input_refused(raw: str) -> None:
    assert refused_input("amount", raw) == "must be a number"


@pytest.mark.parametrize(("field_id", "raw"), [
    ("rate", "nan"), ("rate", "NaN"), ("amount", "inf"), ("amount", "-infinity"),
])
def test_decimal_input_refuses_nan_and_infinity(field_id: str, raw: str) -> None:
    with pytest.raises(ValueProblem):
        value = parse_input(f(field_id), raw)
        check_value(f(field_id), value)


@pytest.mark.parametrize(("raw", "stored"), [
    ("2024-07-19", "2024-07-19"),
    ("19.07.2024", "2024-07-19"),
    ("1.7.2024", "2024-07-01"),
    (" 29.02.2024 ", "2024-02-29"),
])
def test_date_input(raw: str, stored: str) -> None:
    assert parse_input(f("free_day"), raw) == stored


@pytest.mark.parametrize("raw", [
    "31.02.2024", "29.02.2023", "2024-02-30", "2024-13-01", "32.01.2024", "2024-7-19",
    "07/19/2024", "19.07.24", "yesterday", "2024-07-19T10:00",
])
def test_date_input_refused(raw: str) -> None:
    assert refused_input("free_day", raw) == "must be a date like 2024-07-19 or 19.07.2024"


@pytest.mark.parametrize(("raw", "stored"), [
    ("2024-07-19 14:30", "2024-07-19T14:30"),
    ("2024-07-19T14:30", "2024-07-19T14:30"),
    ("2024-07-19T14:30:59", "2024-07-19T14:30"),
    ("19.07.2024 14:30", "2024-07-19T14:30"),
    ("1.7.2024 9:05", "2024-07-01T09:05"),
])
def test_datetime_input(raw: str, stored: str) -> None:
    assert parse_input(f("meeting"), raw) == stored


@pytest.mark.parametrize("raw", [
    "2024-07-19", "19.07.2024 25:00", "2024-07-19 14:60", "31.02.2024 10:00", "14:30",
])
def test_datetime_input_refused(raw: str) -> None:
    assert refused_input("meeting", raw) == "must be a date and time like 2024-07-19 14:30"


@pytest.mark.parametrize("raw", [
    "yes", "Yes", "y", "true", "1", "on", "ha", "Ha", "HA", "да", "Да", "ҳа", "Ҳа",
])
def test_yes_words(raw: str) -> None:
    assert parse_input(f("agree"), raw) is True


@pytest.mark.parametrize("raw", [
    "no", "No", "n", "false", "0", "off", "yoʻq", "yo'q", "Yo‘q", "Yo’q", "yoq", "нет", "Нет",
    "йўқ", "Йўқ",
])
def test_no_words(raw: str) -> None:
    assert parse_input(f("agree"), raw) is False


@pytest.mark.parametrize("raw", ["maybe", "2", "si", "yesno"])
def test_yes_no_refused(raw: str) -> None:
    assert refused_input("agree", raw) == "must be yes or no"


@pytest.mark.parametrize(("raw", "stored"), [
    ("higher", "higher"),
    (" higher ", "higher"),
    ("Higher", "higher"),  # English label
    ("HIGHER", "higher"),
    ("Oliy", "higher"),  # Uzbek Latin
    ("Олий", "higher"),  # Uzbek Cyrillic
    ("высшее", "higher"),  # Russian, any case
    ("Umumiy oʻrta", "secondary"),
    ("umumiy o'rta", "secondary"),  # typed with a keyboard apostrophe
    ("Умумий ўрта", "secondary"),
    ("General secondary", "secondary"),
    ("Oliy oʻquv yurtidan keyingi", "postgraduate"),
])
def test_choice_by_value_or_label(raw: str, stored: str) -> None:
    assert parse_input(f("education"), raw) == stored


@pytest.mark.parametrize("raw", ["university", "Oli", "secondary higher"])
def test_choice_refused_lists_the_choices(raw: str) -> None:
    assert refused_input("education", raw) == "must be one of: secondary, higher, postgraduate"


@pytest.mark.parametrize(("raw", "stored"), [
    ("uz", ["uz"]),
    ("uz,ru", ["uz", "ru"]),
    ("ru, kaa", ["ru", "kaa"]),
    ("Oʻzbek, Русский, Karakalpak", ["uz", "ru", "kaa"]),
    ("O'zbek,", ["uz"]),
    ("kaa,,uz", ["kaa", "uz"]),
])
def test_multi_choice_comma_list(raw: str, stored: list[str]) -> None:
    assert parse_input(f("languages"), raw) == stored


def test_multi_choice_refuses_an_unknown_item() -> None:
    assert refused_input("languages", "uz, en") == "must be some of: uz, ru, kaa"


def test_repeat_input_is_a_json_list_of_rows() -> None:
    rows = parse_input(f("members"), '[{"member_name": "Ali", "age": 30}, {"age": 40}]')
    assert rows == [{"member_name": "Ali", "age": 30}, {"age": 40}]
    assert parse_input(f("members"), "[]") == []


@pytest.mark.parametrize("raw", ['{"member_name": "Ali"}', "not json", "[1, 2", '"rows"'])
def test_repeat_input_refused(raw: str) -> None:
    assert refused_input("members", raw) == "must be a JSON list of rows"


def test_identifier_and_reference_input_is_kept_as_typed() -> None:
    assert parse_input(f("pinfl"), GOOD_PINFL) == GOOD_PINFL
    assert parse_input(f("fin"), " 5ZX7K1P ") == "5ZX7K1P"
    assert parse_input(f("cccd"), "001090012345") == "001090012345"
    assert parse_input(f("campaign"), "01J2ABCDEF") == "01J2ABCDEF"


def test_identifier_input_is_normalised_to_its_stored_form() -> None:
    typed = f"{GOOD_PINFL[:4]} {GOOD_PINFL[4:9]}-{GOOD_PINFL[9:]}"
    stored = parse_input(f("pinfl"), typed)
    assert stored == GOOD_PINFL
    assert check_value(f("pinfl"), stored) == []
    assert parse_input(f("fin"), "5zx7k1p") == "5ZX7K1P"


def test_an_attachment_cannot_be_typed_in() -> None:
    assert "attach a file" in refused_input("scan", "scan.pdf")


# --- check_value: every type -------------------------------------------------------------


@pytest.mark.parametrize("field_id", [f["id"] for f in FIELDS])
def test_empty_always_passes_the_value_check(field_id: str) -> None:
    assert check_value(f(field_id), None) == []


@pytest.mark.parametrize(("field_id", "value", "rule"), [
    ("name", "", "must be text"),
    ("name", 12, "must be text"),
    ("notes", ["a"], "must be text"),
    ("campaign", "", "must be text"),
    ("campaign", 5, "must be text"),
    ("pinfl", 31207900012340, "must be text"),
    ("count", "5", "must be a whole number"),
    ("count", 5.0, "must be a whole number"),
    ("count", True, "must be a whole number"),
    ("rate", "5", "must be a number"),
    ("rate", False, "must be a number"),
    ("free_day", "19.07.2024", "must be a date like 2024-07-19"),
    ("free_day", "2024-02-30", "must be a date like 2024-07-19"),
    ("free_day", "2024-07-19T10:00", "must be a date like 2024-07-19"),
    ("free_day", 20240719, "must be a date like 2024-07-19"),
    ("meeting", "2024-07-19", "must be a date and time like 2024-07-19T14:30"),
    ("meeting", "2024-07-19T25:00", "must be a date and time like 2024-07-19T14:30"),
    ("meeting", 5, "must be a date and time like 2024-07-19T14:30"),
    ("agree", "yes", "must be yes or no"),
    ("agree", 1, "must be yes or no"),
    ("education", "university", "must be one of: secondary, higher, postgraduate"),
    ("education", ["higher"], "must be one of: secondary, higher, postgraduate"),
    ("languages", "uz", "must be some of: uz, ru, kaa"),
    ("languages", ["uz", "en"], "must be some of: uz, ru, kaa"),
    ("languages", ["uz", "uz"], "must be some of: uz, ru, kaa"),
    ("members", {"member_name": "Ali"}, "must be a list of rows"),
    ("members", ["Ali"], "must be a list of rows"),
])
def test_a_value_of_the_wrong_type_is_refused(field_id: str, value: Any, rule: str) -> None:
    assert refused_value(field_id, value) == rule


@pytest.mark.parametrize(("field_id", "value"), [
    ("name", "Ali"),
    ("notes", "x" * 5000),
    ("count", 1),
    ("count", 999),
    ("free_int", -10**12),
    ("rate", 0),
    ("rate", 99.5),
    ("free_day", "2024-02-29"),
    ("meeting", "2024-07-19T14:30"),
    ("meeting", "2024-07-19T14:30:15"),
    ("agree", True),
    ("agree", False),
    ("education", "higher"),
    ("languages", []),
    ("languages", ["kaa", "uz"]),
    ("campaign", "01J2ABCDEF"),
    ("pinfl", GOOD_PINFL),
    ("fin", "5ZX7K1P"),
    ("cccd", "001090012345"),
    ("any_file", attachment(name="photo.png", size=50 * 1024 * 1024)),
    ("rows", []),
])
def test_a_good_value_passes_without_warnings(field_id: str, value: Any) -> None:
    assert check_value(f(field_id), value) == []


# --- check_value: rules -----------------------------------------------------------------------


def test_text_length_rules() -> None:
    assert refused_value("name", "A") == "must have at least 2 characters"
    assert refused_value("name", "A" * 11) == "must have at most 10 characters"
    assert check_value(f("name"), "Al") == []
    assert check_value(f("name"), "A" * 10) == []
    assert check_value(f("name"), "Oʻrinboyev") == []  # ʻ is one character


def test_pattern_with_a_message_shows_the_message() -> None:
    assert check_value(f("passport"), "AB1234567") == []
    message = "two capital letters and seven digits, like AB1234567"
    assert refused_value("passport", "ab1234567") == message
    assert refused_value("passport", "AB123456") == message
    # the whole value must match, not a part of it
    assert refused_value("passport", "XAB1234567") == message
    assert refused_value("passport", "AB12345678") == message


def test_pattern_without_a_message_names_the_pattern() -> None:
    assert check_value(f("code"), "123") == []
    assert refused_value("code", "12") == "must match the pattern [0-9]{3}"
    assert refused_value("code", "1234") == "must match the pattern [0-9]{3}"


def test_number_bounds_are_inclusive() -> None:
    assert refused_value("count", 0) == "must be at least 1"
    assert refused_value("count", 1000) == "must be at most 999"
    assert refused_value("rate", -0.01) == "must be at least 0"
    assert refused_value("rate", 100.5) == "must be at most 100"
    assert check_value(f("rate"), 100) == []
    assert check_value(f("rate"), 0.0) == []


def test_date_bounds_are_inclusive() -> None:
    assert check_value(f("day"), "2024-01-01") == []
    assert check_value(f("day"), "2024-12-31") == []
    assert refused_value("day", "2023-12-31") == "must be on or after 2024-01-01"
    assert refused_value("day", "2025-01-01") == "must be on or before 2024-12-31"


def test_datetime_bounds_compare_the_day() -> None:
    assert check_value(f("meeting"), "2024-01-01T00:00") == []
    assert check_value(f("meeting"), "2024-12-31T23:59") == []
    assert refused_value("meeting", "2023-12-31T23:59") == "must be on or after 2024-01-01"
    assert refused_value("meeting", "2025-01-01T00:00") == "must be on or before 2024-12-31"


def test_a_stored_datetime_must_be_iso() -> None:
    with pytest.raises(ValueProblem):
        check_value(f("closes"), "19.07.2030 10:00")


def test_today_as_a_date_bound() -> None:
    today = date.today()
    assert check_value(f("born"), today.isoformat()) == []
    assert check_value(f("born"), "1990-07-12") == []
    tomorrow = (today + timedelta(days=1)).isoformat()
    assert refused_value("born", tomorrow) == f"must be on or before {today.isoformat()}"
    assert check_value(f("visit"), today.isoformat()) == []
    yesterday = (today - timedelta(days=1)).isoformat()
    assert refused_value("visit", yesterday) == f"must be on or after {today.isoformat()}"


def test_identifier_that_cannot_be_one_is_refused() -> None:
    assert refused_value("pinfl", "1234") == "a PINFL has exactly 14 digits"
    assert refused_value("fin", "5ZX7K1O") == "a FIN never contains the letters I or O"
    assert refused_value("cccd", "00109001234") == "a Vietnamese citizen ID has exactly 12 digits"


def test_identifier_not_in_its_stored_form_is_refused_with_the_right_form() -> None:
    spaced = f"{GOOD_PINFL[:7]} {GOOD_PINFL[7:]}"
    assert refused_value("pinfl", spaced) == f"must be written as {GOOD_PINFL}"
    assert refused_value("fin", "5zx7k1p") == "must be written as 5ZX7K1P"


def test_identifier_doubts_are_warnings_not_refusals() -> None:
    wrong_digit = GOOD_PINFL[:13] + str((int(GOOD_PINFL[13]) + 1) % 10)
    warnings = check_value(f("pinfl"), wrong_digit)
    assert len(warnings) == 1 and "check digit" in warnings[0]
    warnings = check_value(f("cccd"), "003090012345")
    assert warnings == ["003 is not a known province code"]


def test_attachment_shape() -> None:
    assert check_value(f("scan"), attachment()) == []
    bad = [
        "scan.pdf",
        attachment(sha256="AB" * 32),  # not lower-case hex
        attachment(sha256="ab" * 31),
        attachment(sha256=None),
        attachment(name=None),
        attachment(size="1000"),
        {"name": "scan.pdf", "size": 1000},
    ]
    for value in bad:
        assert refused_value("scan", value) == "must be an attached file", value


def test_attachment_size_limit() -> None:
    assert check_value(f("scan"), attachment(size=2 * 1024 * 1024)) == []
    assert refused_value("scan", attachment(size=2 * 1024 * 1024 + 1)) == \
        "the file must be at most 2 MB"


def test_attachment_accepted_kinds_ignore_case() -> None:
    assert check_value(f("scan"), attachment(name="Scan.PDF")) == []
    assert check_value(f("scan"), attachment(name="photo.jpg")) == []
    assert refused_value("scan", attachment(name="scan.docx")) == \
        "the file must be one of: .pdf, .JPG"
    assert refused_value("scan", attachment(name="scan.pdf.exe")) == \
        "the file must be one of: .pdf, .JPG"


def test_repeat_row_count() -> None:
    row = {"member_name": "Ali", "age": 30}
    assert check_value(f("members"), [row]) == []
    assert check_value(f("members"), [row, row, row]) == []
    assert refused_value("members", []) == "needs at least 1 rows"
    assert refused_value("members", [row] * 4) == "allows at most 3 rows"


def test_repeat_row_with_an_unknown_field() -> None:
    rows = [{"member_name": "Ali"}, {"member_name": "Vali", "surname": "X"}]
    assert refused_value("members", rows) == "row 2 has an unknown field 'surname'"


def test_repeat_child_errors_name_the_row_and_the_field() -> None:
    rows = [{"member_name": "Ali", "age": 30}, {"member_name": "Vali", "age": 17}]
    assert refused_value("members", rows) == "row 2, age: must be at least 18"
    rows = [{"member_name": "N" * 21}]
    assert refused_value("members", rows) == "row 1, member_name: must have at most 20 characters"
    rows = [{"age": "30"}]
    assert refused_value("members", rows) == "row 1, age: must be a whole number"


def test_repeat_rows_may_leave_fields_empty() -> None:
    assert check_value(f("members"), [{}, {"age": None}]) == []


def test_repeat_child_warnings_are_passed_on() -> None:
    wrong_digit = GOOD_PINFL[:13] + str((int(GOOD_PINFL[13]) + 1) % 10)
    warnings = check_value(f("members"), [{"member_pinfl": GOOD_PINFL},
                                          {"member_pinfl": wrong_digit}])
    assert len(warnings) == 1 and "check digit" in warnings[0]


def test_shipped_fields_check_values_too() -> None:
    from app.core.definitions import Catalogue

    nomination = Catalogue.load().get("candidate_nomination")
    passport = nomination.field("passport")
    assert check_value(passport, "AA1234567") == []
    with pytest.raises(ValueProblem, match="like AB1234567"):
        check_value(passport, "AA 1234567")
    with pytest.raises(ValueProblem, match="must be at most 999"):
        check_value(nomination.field("constituency_number"), 1000)
    assert parse_input(nomination.field("residence_region"), "Fargʻona viloyati") == "fergana"
    assert parse_input(nomination.field("residence_region"), "Farg'ona viloyati") == "fergana"
    assert parse_input(nomination.field("residence_region"), "Ферганская область") == "fergana"
