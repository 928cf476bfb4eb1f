"""Person identifiers (app/core/identifiers.py): Uzbek PINFL, Azerbaijani FIN, Vietnamese ID."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.identifiers import (
    IDENTIFIER_KINDS,
    check_fin,
    check_identifier,
    check_pinfl,
    check_vn_citizen_id,
    pinfl_check_digit,
)


def pinfl(first13: str) -> str:
    """A PINFL with the right check digit."""
    return first13 + str(pinfl_check_digit(first13))


def wrong_digit(value: str) -> str:
    return value[:13] + str((int(value[13]) + 1) % 10)


# --- PINFL ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("first13", "digit"), [
    # 3·7 + 1·3 + 2·1 + 0·7 + 7·3 + 9·1 + 0 + 0 + 0 + 1·7 + 2·3 + 3·1 + 4·7 = 100 → 0
    ("3120790001234", 0),
    # 5·7 + 0 + 1·1 + 0 + 1·3 + 2·1 + 0 + 0 + 0 + 0 + 0 + 0 + 1·7 = 48 → 8
    ("5010120000001", 8),
    ("0000000000000", 0),
    # 1·7 + 0 + 0 + ... : only the first digit counts → 7
    ("1000000000000", 7),
    # weights repeat 7, 3, 1: a 1 in the second place counts 3, in the third 1
    ("0100000000000", 3),
    ("0010000000000", 1),
])
def test_pinfl_check_digit_weights_7_3_1_mod_10(first13: str, digit: int) -> None:
    assert pinfl_check_digit(first13) == digit


@pytest.mark.parametrize(("first13", "born", "sex"), [
    ("3120790001234", date(1990, 7, 12), "male"),
    ("4010185123456", date(1985, 1, 1), "female"),
    ("5311205000001", date(2005, 12, 31), "male"),
    ("6290200987654", date(2000, 2, 29), "female"),  # 2000 is a leap year
    ("1150399000001", date(1899, 3, 15), "male"),
    ("2150399000001", date(1899, 3, 15), "female"),
])
def test_valid_pinfl_decodes_birth_date_and_sex(first13: str, born: date, sex: str) -> None:
    result = check_pinfl(pinfl(first13))
    assert result.ok and result.error is None
    assert result.warnings == ()
    assert result.value == pinfl(first13)
    assert result.birth_date == born
    assert result.sex == sex


@pytest.mark.parametrize("typed", [
    "3 120790 001 234 0",
    "3120790-001-2340",
    " 31207900012340 ",
    "3120\t7900\n012340",
])
def test_pinfl_spaces_and_dashes_are_tolerated(typed: str) -> None:
    result = check_pinfl(typed)
    assert result.ok
    assert result.value == "31207900012340"
    assert result.birth_date == date(1990, 7, 12)


@pytest.mark.parametrize("value", [
    "3120790001234",  # 13 digits
    "312079000123400",  # 15 digits
    "",
    "3120790001234A",
    "31207900O1234O",  # letter O for zero
    "+3120790001234",
    "3120790001234.",
])
def test_pinfl_must_be_exactly_14_digits(value: str) -> None:
    result = check_pinfl(value)
    assert not result.ok
    assert result.error == "a PINFL has exactly 14 digits"
    assert result.birth_date is None and result.sex is None


@pytest.mark.parametrize("first", ["0", "7", "8", "9"])
def test_pinfl_century_digit_must_be_1_to_6(first: str) -> None:
    result = check_pinfl(pinfl(first + "120790001234"))
    assert not result.ok
    assert result.error == "the first digit of a PINFL (century and sex) must be 1–6"


@pytest.mark.parametrize(("first13", "shown"), [
    ("3310290001234", "310290"),  # 31 February
    ("4290200001234", "290200"),  # 29 February 1900: 1900 was not a leap year
    ("5290223001234", "290223"),  # 29 February 2023
    ("3311190001234", "311190"),  # 31 November
    ("3001390001234", "001390"),  # day 0, month 13
    ("3150090001234", "150090"),  # month 0
])
def test_pinfl_impossible_birth_date_is_refused(first13: str, shown: str) -> None:
    result = check_pinfl(pinfl(first13))
    assert not result.ok
    assert result.error == (f"digits 2–7 of a PINFL are the birth date DDMMYY; "
                            f"{shown} is not a date")


@pytest.mark.parametrize(("kind", "value"), [
    ("pinfl", "3" + "١٢٠٧٩٠٠٠١٢٣٤٠"),  # Arabic-Indic digits after an ASCII 3
    ("pinfl", "3１２０７９０００１２３４０"),  # full-width digits
    ("vn_citizen_id", "００１０９００１２３４５"),
])
def test_identifiers_accept_only_ascii_digits(kind: str, value: str) -> None:
    result = check_identifier(kind, value)
    # refused, or read as the digits they stand for; never stored as they are
    assert not result.ok or result.value.isascii()


def test_pinfl_wrong_check_digit_only_warns() -> None:
    good = pinfl("3120790001234")
    bad = wrong_digit(good)
    result = check_pinfl(bad)
    assert result.ok, "a check digit from unofficial sources must never refuse"
    assert result.value == bad
    assert len(result.warnings) == 1 and "check digit" in result.warnings[0]
    assert result.birth_date == date(1990, 7, 12) and result.sex == "male"
    assert check_pinfl(good).warnings == ()


def test_every_wrong_check_digit_warns() -> None:
    first13 = "4010185123456"
    right = pinfl_check_digit(first13)
    for digit in range(10):
        result = check_pinfl(first13 + str(digit))
        assert result.ok
        assert bool(result.warnings) is (digit != right), digit


# --- FIN ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "value"), [
    ("5ZX7K1P", "5ZX7K1P"),
    ("5zx7k1p", "5ZX7K1P"),
    ("5Zx7K1p", "5ZX7K1P"),
    (" 5ZX 7K1P ", "5ZX7K1P"),
    ("AAAAAAA", "AAAAAAA"),
    ("1234567", "1234567"),
])
def test_valid_fin_is_normalised_to_upper_case(typed: str, value: str) -> None:
    result = check_fin(typed)
    assert result.ok and result.warnings == ()
    assert result.value == value


@pytest.mark.parametrize("value", ["5ZX7K1", "5ZX7K1PP", "", "5ZX7K1P5ZX7K1P"])
def test_fin_has_exactly_7_characters(value: str) -> None:
    result = check_fin(value)
    assert not result.ok
    assert result.error == "a FIN has exactly 7 characters"


@pytest.mark.parametrize("value", ["5ZX7K1O", "IZX7K1P", "5zx7k1o", "5zx7k1i", "OOOOOOO"])
def test_fin_never_contains_i_or_o(value: str) -> None:
    result = check_fin(value)
    assert not result.ok
    assert result.error == "a FIN never contains the letters I or O"


@pytest.mark.parametrize("value", ["5ZX7K1Ş", "5ZX7K1Ə", "5ZX7K1_", "5ZX.K1P", "5ЗХ7К1Р"])
def test_fin_only_latin_capitals_and_digits(value: str) -> None:
    result = check_fin(value)
    assert not result.ok
    assert result.error == "a FIN has only Latin capital letters and digits"


# --- Vietnamese citizen ID ------------------------------------------------------------------


@pytest.mark.parametrize(("value", "sex"), [
    ("001090012345", "male"),  # Hà Nội, 20th century (0 = male), born 1990
    ("001190012345", "female"),  # 1 = female, 20th century
    ("079203001234", "male"),  # Hồ Chí Minh City, 2 = male, 21st century, born 2003
    ("096305001234", "female"),  # Cà Mau, 3 = female, 21st century, born 2005
    ("048000000001", "male"),  # Đà Nẵng, born 1900
])
def test_valid_vietnamese_id_decodes_sex(value: str, sex: str) -> None:
    result = check_vn_citizen_id(value)
    assert result.ok and result.warnings == ()
    assert result.value == value
    assert result.sex == sex
    assert result.birth_date is None  # only the year is in the number


def test_vietnamese_id_spaces_are_tolerated() -> None:
    result = check_vn_citizen_id("001 090 012 345")
    assert result.ok and result.value == "001090012345"


@pytest.mark.parametrize("value", ["00109001234", "0010900123456", "00109001234A", ""])
def test_vietnamese_id_has_exactly_12_digits(value: str) -> None:
    result = check_vn_citizen_id(value)
    assert not result.ok
    assert result.error == "a Vietnamese citizen ID has exactly 12 digits"


def test_vietnamese_id_birth_year_in_the_future_is_refused() -> None:
    future = date.today().year + 1
    assert future < 2100, "the test below assumes the 21st century"
    value = f"0012{future % 100:02d}012345"
    result = check_vn_citizen_id(value)
    assert not result.ok
    assert result.error == f"digits 4–6 give the birth year {future}, which is in the future"
    this_year = f"0013{date.today().year % 100:02d}012345"
    assert check_vn_citizen_id(this_year).ok


@pytest.mark.parametrize(("digit", "year"), [("4", 2100), ("5", 2100), ("6", 2200),
                                             ("9", 2300)])
def test_vietnamese_id_later_centuries_are_in_the_future(digit: str, year: int) -> None:
    result = check_vn_citizen_id(f"001{digit}00012345")
    assert not result.ok
    assert f"birth year {year}" in result.error


@pytest.mark.parametrize("province", ["000", "003", "005", "050", "097", "999"])
def test_vietnamese_id_unknown_province_only_warns(province: str) -> None:
    result = check_vn_citizen_id(f"{province}090012345")
    assert result.ok
    assert result.warnings == (f"{province} is not a known province code",)
    assert result.sex == "male"


# --- dispatch ---------------------------------------------------------------------------------


def test_check_identifier_dispatches_by_kind() -> None:
    assert IDENTIFIER_KINDS == ("pinfl", "fin", "vn_citizen_id")
    assert check_identifier("pinfl", "3120790-0012340").value == "31207900012340"
    assert check_identifier("fin", "5zx7k1p").value == "5ZX7K1P"
    assert check_identifier("vn_citizen_id", "001090012345").sex == "male"
    assert not check_identifier("pinfl", "5ZX7K1P").ok
    assert not check_identifier("fin", "31207900012340").ok
    with pytest.raises(KeyError):
        check_identifier("passport", "AB1234567")
