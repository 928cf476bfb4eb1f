"""Tests for the service-definition expression language (app/core/expressions.py)."""

from __future__ import annotations

import ast
import builtins
import dataclasses
import inspect
import random
import sys
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from app.core import expressions
from app.core.expressions import (
    FUNCTION_NAMES,
    MAX_DEPTH,
    MAX_LENGTH,
    Expression,
    ExpressionError,
    parse,
)

TODAY = date(2024, 7, 31)  # a Wednesday
NOW = datetime(2024, 7, 31, 10, 30)


def ev(source: str, data: dict[str, Any] | None = None) -> Any:
    values = data or {}
    return parse(source).evaluate(values.__getitem__)


def same(actual: Any, expected: Any) -> bool:
    """Equal and of the same type (so 2 and 2.0, or 1 and True, are told apart)."""
    return type(actual) is type(expected) and actual == expected


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(expressions, "_today", lambda: TODAY)
    monkeypatch.setattr(expressions, "_now", lambda: NOW)


# --- Literals, references -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("12", 12),
        ("007", 7),
        ("1.5", 1.5),
        ("0.25", 0.25),
        ("'abc'", "abc"),
        ('"abc"', "abc"),
        ("''", ""),
        (r"'it\'s'", "it's"),
        (r'"say \"hi\""', 'say "hi"'),
        (r"'a\\b'", "a\\b"),
        (r"'one\ntwo\tthree'", "one\ntwo\tthree"),
        (r"'^\d+$'", "^\\d+$"),  # unknown escapes keep their backslash (regex-friendly)
        ("'${age}'", "${age}"),  # not a reference inside a string
        ("'a' ", "a"),
        ("true", True),
        ("false", False),
        ("null", None),
    ],
)
def test_literals(source: str, expected: object) -> None:
    assert same(ev(source), expected)


def test_references_are_collected() -> None:
    expr = parse("${age} >= 7 and ${grade} != '11'")
    assert isinstance(expr, Expression)
    assert expr.source == "${age} >= 7 and ${grade} != '11'"
    assert expr.references == frozenset({"age", "grade"})
    assert isinstance(expr.references, frozenset)
    assert parse("countif(${pupils.status}, .) + ${_x1}").references == {
        "pupils.status",
        ".",
        "_x1",
    }
    assert parse("age(.) >= 25").references == {"."}
    assert parse("if(${a}, ${b}, ${c} + ${a})").references == {"a", "b", "c"}
    assert parse("1 + 2").references == frozenset()
    assert parse("'${not_a_ref}'").references == frozenset()


def test_resolve_receives_names_and_dot_once_each() -> None:
    calls: list[str] = []

    def resolve(name: str) -> object:
        calls.append(name)
        return {"a": 2, "pupils.status": ["x"], ".": 5}[name]

    assert parse("${a} + ${a} * . + count(${pupils.status}) + .").evaluate(resolve) == 18
    assert sorted(calls) == [".", "a", "pupils.status"]


def test_unknown_field_raises_expression_error() -> None:
    with pytest.raises(ExpressionError, match=r"^unknown field \$\{age\}$") as info:
        ev("1 + ${age}")
    assert info.value.position == 4
    with pytest.raises(ExpressionError, match=r"unknown field \$\{pupils\.status\}"):
        ev("count(${pupils.status})")
    with pytest.raises(ExpressionError, match="no current value"):
        ev("age(.)")


def test_resolver_values_of_every_type_pass_through() -> None:
    data = {"s": "x", "i": 3, "f": 2.5, "b": True, "n": None, "d": TODAY, "l": [1], "r": {"k": 1}}
    for name, value in data.items():
        assert ev(f"${{{name}}}", data) is value


# --- Precedence and operators -------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("1 + 2 * 3", 7),
        ("(1 + 2) * 3", 9),
        ("10 - 4 - 3", 3),
        ("2 * 3 mod 4", 2),
        ("2 + 7 mod 4", 5),
        ("12 / 3 / 2", 2),
        ("100 div 10 div 5", 2),
        ("1 + 2 * 3 - 4 / 2", 5),
        ("-2 * 3", -6),
        ("-(2 + 3)", -5),
        ("2 - -3", 5),
        ("- - 4", 4),
        ("1 + 2 = 3", True),
        ("2 * 3 > 5", True),
        ("not 1 = 2", True),
        ("not 1 = 1 or true", True),
        ("not (1 = 1 or true)", False),
        ("true or false and false", True),
        ("(true or false) and false", False),
        ("false and false or true", True),
        ("not true or true", True),
        ("not not true", True),
        ("1 = 1 and 2 = 2", True),
        ("3 > 2 and 2 > 1 or false", True),
        ("(1 < 2) = true", True),
    ],
)
def test_precedence(source: str, expected: object) -> None:
    assert same(ev(source), expected)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("3 = 3", True),
        ("3 == 3", True),
        ("3 = 4", False),
        ("3 != 3", False),
        ("3 != 4", True),
        ("2 < 3", True),
        ("3 < 3", False),
        ("3 <= 3", True),
        ("4 <= 3", False),
        ("4 > 3", True),
        ("3 > 3", False),
        ("3 >= 3", True),
        ("2 >= 3", False),
        ("2 = 2.0", True),
        ("'abc' < 'abd'", True),
        ("'a' = 'a'", True),
        ("'a' != 'A'", True),
        ("true = true", True),
        ("true != false", True),
        ("2 + 3", 5),
        ("2 - 3", -1),
        ("2 * 3", 6),
        ("7 / 2", 3.5),
        ("6 / 3", 2),
        ("-6 / 4", -1.5),
        ("7 div 2", 3.5),
        ("7 % 3", 1),
        ("7 mod 3", 1),
        ("-7 mod 3", -1),  # sign of the dividend, as in XPath
        ("7 mod -3", 1),
        ("5.5 mod 2", 1.5),
        ("1.5 + 1.5", 3.0),
        ("2 * 0.5", 1.0),
        ("'ab' + 'cd'", "abcd"),
    ],
)
def test_operators(source: str, expected: object) -> None:
    assert same(ev(source), expected)


@pytest.mark.parametrize("source", ["1 / 0", "1 div 0", "5 mod 0", "5 % 0", "1.5 / 0.0", "0 / 0"])
def test_division_by_zero_is_null(source: str) -> None:
    assert ev(source) is None


def test_keywords_are_lowercase() -> None:
    for source in ("TRUE", "1 AND 2", "Not true", "1 OR 2", "NULL", "7 DIV 2", "IF(1, 2, 3)"):
        with pytest.raises(ExpressionError):
            parse(source)


# --- Null and truthiness --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("null + 1", None),
        ("1 - null", None),
        ("null * 2", None),
        ("null / 2", None),
        ("null mod 2", None),
        ("-null", None),
        ("null + 'a'", None),
        ("${n} + 1 + 2", None),
        ("null = null", True),
        ("${n} = null", True),
        ("null != null", False),
        ("null = 0", False),
        ("0 = null", False),
        ("null != 0", True),
        ("null = ''", False),
        ("${n} != 'x'", True),
        ("null < 1", False),
        ("null > 1", False),
        ("1 > null", False),
        ("null <= null", False),
        ("null >= 0", False),
        ("not null", True),
        ("null or 1", True),
        ("null and true", False),
    ],
)
def test_null_rules(source: str, expected: object) -> None:
    assert same(ev(source, {"n": None}), expected)


@pytest.mark.parametrize(
    ("value", "truthy"),
    [
        *[(None, False), (False, False), (0, False), (0.0, False), ("", False), ([], False)],
        *[
            (True, True),
            (1, True),
            (-1, True),
            ("0", True),
            ("a", True),
            ([0], True),
            (TODAY, True),
        ],
    ],
)
def test_truthiness(value: object, truthy: bool) -> None:
    data = {"v": value}
    assert ev("not ${v}", data) is (not truthy)
    assert ev("${v} and true", data) is truthy
    assert ev("${v} or false", data) is truthy
    assert ev("if(${v}, 'yes', 'no')", data) == ("yes" if truthy else "no")


def test_and_or_return_booleans() -> None:
    assert ev("1 and 'x'") is True
    assert ev("0 or ''") is False
    assert ev("'a' or 0") is True
    assert ev("2 and 0") is False


def test_and_or_short_circuit() -> None:
    assert ev("false and ${missing}") is False
    assert ev("true or ${missing}") is True
    assert ev("0 and ${missing} > 1 and ${other}") is False
    with pytest.raises(ExpressionError, match="missing"):
        ev("true and ${missing}")
    with pytest.raises(ExpressionError, match="missing"):
        ev("false or ${missing}")


# --- Coercions and type errors --------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "data", "expected"),
    [
        ("${grade} != '11'", {"grade": 11}, False),
        ("${grade} != '11'", {"grade": 10}, True),
        ("${grade} = 10", {"grade": "10"}, True),
        ("${age} >= '7'", {"age": 8}, True),
        ("'10' > 9", {}, True),  # numeric comparison, not text
        ("'10' > '9'", {}, False),  # both text: text comparison
        ("' 2.50 ' = 2.5", {}, True),
        ("'5' * 2", {}, 10),
        ("'2.5' + 1", {}, 3.5),
        ("1 - '3'", {}, -2),
        ("-'4'", {}, -4),
        ("'1' + '2'", {}, "12"),
    ],
)
def test_numeric_text_is_converted(source: str, data: dict[str, Any], expected: object) -> None:
    assert same(ev(source, data), expected)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("date('2024-01-01') > 5", "cannot compare date with number"),
        ("5 = date('2024-01-01')", "cannot compare number with date"),
        ("true = 1", "cannot compare boolean with number"),
        ("'abc' = 5", "cannot compare text with number"),
        ("'1e3' = 1000", "cannot compare text with number"),
        ("${l} = 'a'", "cannot compare list with text"),
        ("${r} < ${r}", "cannot use '<' on record and record"),
        ("'abc' * 2", "cannot apply '\\*' to text and number"),  # no string repetition
        ("'a' - 'b'", "cannot apply '-' to text and text"),
        ("true + 1", "cannot apply '\\+' to boolean and number"),
        ("${l} + 1", "cannot apply '\\+' to list and number"),
        ("date('2024-01-01') + date('2024-01-02')", "cannot apply '\\+' to date and date"),
        ("date('2024-01-01') + 1.5", "cannot apply '\\+' to date and number"),
        ("date('2024-01-01') * 2", "cannot apply '\\*' to date and number"),
        ("-'abc'", "cannot negate text"),
        ("-true", "cannot negate boolean"),
    ],
)
def test_incompatible_types_raise(source: str, message: str) -> None:
    with pytest.raises(ExpressionError, match=message):
        ev(source, {"l": ["a"], "r": {"k": 1}})


def test_evaluation_errors_carry_the_operator_position() -> None:
    with pytest.raises(ExpressionError) as info:
        ev("${d} > 5", {"d": TODAY})
    assert info.value.position == 5
    with pytest.raises(ExpressionError) as info:
        ev("1 + 'x' * 2")
    assert info.value.position == 8
    with pytest.raises(ExpressionError, match=r"^abs\(\): expected a number") as info:
        ev("1 + abs('x')")
    assert info.value.position == 4


# --- Dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("${d} + 1", date(2024, 8, 1)),
        ("1 + ${d}", date(2024, 8, 1)),
        ("${d} - 31", date(2024, 6, 30)),
        ("${d} + 153", date(2024, 12, 31)),
        ("${d} - date('2024-01-01')", 212),
        ("date('2024-01-01') - ${d}", -212),
        ("${d} > '2024-07-30'", True),
        ("${d} = '2024-07-31'", True),
        ("'2024-08-01' > ${d}", True),
        ("${d} <= ' 2024-07-31 '", True),
        ("${d} = '2024-07-31T10:00:00'", True),  # a datetime meeting a date counts as its date
        ("${dt} = ${d}", True),
        ("${dt} > ${d}", False),
        ("${dt} > '2024-07-30'", True),
        ("${dt} < '2024-07-31T11:00'", True),
        ("${dt} - ${d}", 0),
        ("${d} - ${dt}", 0),
        ("${dt} + 1", datetime(2024, 8, 1, 10, 30)),
        ("${d} + null", None),
    ],
)
def test_dates(source: str, expected: object) -> None:
    assert same(ev(source, {"d": TODAY, "dt": NOW}), expected)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("${d} < 'not a date'", "cannot compare date with text"),
        ("${d} = '2024-02-30'", "cannot compare date with text"),  # impossible date
        ("${d} = '31.07.2024'", "cannot compare date with text"),
        ("date('9999-12-31') + 1", "date out of range"),
        ("${aware} < '2024-07-31T11:00'", "cannot use '<' on datetime and text"),
    ],
)
def test_bad_dates_raise(source: str, message: str) -> None:
    aware = datetime(2024, 7, 31, 10, 0, tzinfo=UTC)
    with pytest.raises(ExpressionError, match=message):
        ev(source, {"d": TODAY, "aware": aware})


# --- Functions ------------------------------------------------------------------------------

ARITIES: dict[str, tuple[int, int | None]] = {
    "today": (0, 0),
    "now": (0, 0),
    "date": (1, 1),
    "age": (1, 2),
    "days_between": (2, 2),
    "year": (1, 1),
    "month": (1, 1),
    "day": (1, 1),
    "weekday": (1, 1),
    "len": (1, 1),
    "count": (1, 1),
    "sum": (1, 1),
    "min": (1, None),
    "max": (1, None),
    "avg": (1, 1),
    "countif": (2, 2),
    "selected": (2, 2),
    "count_selected": (1, 1),
    "regex": (2, 2),
    "contains": (2, 2),
    "starts_with": (2, 2),
    "upper": (1, 1),
    "lower": (1, 1),
    "trim": (1, 1),
    "concat": (1, None),
    "string": (1, 1),
    "int": (1, 1),
    "number": (1, 1),
    "round": (1, 2),
    "abs": (1, 1),
    "if": (3, 3),
    "coalesce": (1, None),
}

DATA: dict[str, Any] = {
    "d": TODAY,
    "dt": NOW,
    "dob": date(2000, 2, 29),
    "nums": [1, 2, None, "3", 4.5, ""],
    "ints": [3, 1, 2],
    "empty": [],
    "n": None,
    "choices": ["a", "b", "c"],
    "codes": [1, 2, 3],
    "dates": [date(2024, 3, 1), date(2023, 1, 5), date(2024, 12, 1)],
    "pupils.status": ["present", "absent", "present", None, "late"],
    "mixed": ["3", 3, 3.0, "x", None, TODAY, True],
    "words": ["x", "y"],
    "rec": {"k": 1},
    "p": "(",
}


def test_the_whitelist_is_exactly_the_documented_functions() -> None:
    assert set(ARITIES) == FUNCTION_NAMES


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("today()", TODAY),
        ("now()", NOW),
        ("today() - 1", date(2024, 7, 30)),
        ("now() = today()", True),
        ("date('2024-07-31')", TODAY),
        ("date(' 2024-07-31 ')", TODAY),
        ("date('2024-07-31T10:00:00')", TODAY),
        ("date(${dt})", TODAY),
        ("date(${d})", TODAY),
        ("date(null)", None),
        ("date('')", None),
        ("age('2000-07-31')", 24),
        ("age('2000-08-01')", 23),
        ("age(${d})", 0),
        ("age(${dob}, '2024-07-30')", 24),
        ("age('2000-07-31', '2024-07-30')", 23),
        ("age(${dob}, '2001-02-28')", 0),  # born on 29 February
        ("age(${dob}, '2001-03-01')", 1),
        ("age(${dob}, '2004-02-29')", 4),
        ("age(${dt})", 0),
        ("age(null)", None),
        ("age(${dob}, null)", None),
        ("days_between('2024-07-01', '2024-07-31')", 30),
        ("days_between('2024-07-31', '2024-07-01')", -30),
        ("days_between('2024-02-28', '2024-03-01')", 2),
        ("days_between(null, ${d})", None),
        ("year(${d})", 2024),
        ("month(${d})", 7),
        ("day(${d})", 31),
        ("weekday(${d})", 3),
        ("weekday('2024-07-29')", 1),
        ("weekday('2024-08-04')", 7),
        ("year('1999-12-31')", 1999),
        ("month(null)", None),
        ("len('hello')", 5),
        ("len('')", 0),
        ("len(${choices})", 3),
        ("len(null)", 0),
        ("count(${choices})", 3),
        ("count(${empty})", 0),
        ("count(null)", 0),
        ("count(${n})", 0),
        ("count(5)", 1),
        ("sum(${nums})", 10.5),
        ("sum(${ints})", 6),
        ("sum(${empty})", 0),
        ("sum(null)", 0),
        ("min(${ints})", 1),
        ("max(${ints})", 3),
        ("min(3, 1, 2)", 1),
        ("max(3, 1, 2)", 3),
        ("max(2, null, 5)", 5),
        ("min(${nums})", 1),
        ("max(${nums})", 4.5),
        ("min(${dates})", date(2023, 1, 5)),
        ("max(${dates})", date(2024, 12, 1)),
        ("max('b', 'a', 'c')", "c"),
        ("min(${empty})", None),
        ("max(null)", None),
        ("avg(${codes})", 2),
        ("avg(${nums})", 2.625),
        ("avg('7')", 7),
        ("avg(${empty})", None),
        ("avg(null)", None),
        ("countif(${pupils.status}, 'present')", 2),
        ("countif(${pupils.status}, 'late')", 1),
        ("countif(${pupils.status}, null)", 1),
        ("countif(${pupils.status}, 'sick')", 0),
        ("countif(${mixed}, 3)", 3),  # '3', 3 and 3.0; the unrelated values just don't match
        ("countif(null, 'x')", 0),
        ("selected(${choices}, 'b')", True),
        ("selected(${choices}, 'z')", False),
        ("selected('a b c', 'b')", True),
        ("selected('ab c', 'a')", False),
        ("selected(${codes}, '2')", True),
        ("selected(null, 'a')", False),
        ("count_selected(${choices})", 3),
        ("count_selected('a  b c ')", 3),
        ("count_selected('')", 0),
        ("count_selected(null)", 0),
        ("regex('12345', '[0-9]+')", True),
        ("regex('123a', '[0-9]+')", False),  # whole-string match
        ("regex('a123', '[0-9]+')", False),
        ("regex('+998901234567', '\\+998[0-9]{9}')", True),
        ("regex('AB1234567', '^[A-Z]{2}\\d{7}$')", True),
        ("regex(12, '[0-9]+')", True),
        ("regex(null, '.*')", False),
        ("regex('', '.*')", True),
        ("contains('hello', 'ell')", True),
        ("contains('hello', 'xyz')", False),
        ("contains(null, 'a')", False),
        ("contains('hello', null)", True),
        ("starts_with('hello', 'he')", True),
        ("starts_with('hello', 'lo')", False),
        ("starts_with(null, 'a')", False),
        ("upper('abc')", "ABC"),
        ("lower('ÀBC')", "àbc"),
        ("trim('  a b \n')", "a b"),
        ("upper(null)", None),
        ("lower(12)", "12"),
        ("concat('a', null, 1, true, 2.5)", "a1true2.5"),
        ("concat('x')", "x"),
        ("concat(${d}, ' ', ${words})", "2024-07-31 x y"),
        ("string(12)", "12"),
        ("string(1.0)", "1"),
        ("string(2.5)", "2.5"),
        ("string(null)", ""),
        ("string(true)", "true"),
        ("string(false)", "false"),
        ("string(${d})", "2024-07-31"),
        ("string(${dt})", "2024-07-31T10:30:00"),
        ("string(${choices})", "a b c"),
        ("int(3.7)", 3),
        ("int(-3.7)", -3),
        ("int('42')", 42),
        ("int('3.9')", 3),
        ("int(true)", 1),
        ("int(null)", None),
        ("int('')", None),
        ("number('2.5')", 2.5),
        ("number('42')", 42),
        ("number(' -7 ')", -7),
        ("number(7)", 7),
        ("number(false)", 0),
        ("number(null)", None),
        ("number('')", None),
        ("round(2.4)", 2),
        ("round(2.5)", 3),  # half away from zero, not banker's rounding
        ("round(-2.5)", -3),
        ("round(0.5)", 1),
        ("round(2.675, 2)", 2.68),
        ("round(3.14159, 3)", 3.142),
        ("round(1234, -2)", 1200),
        ("round(1250, -2)", 1300),
        ("round(7, 2)", 7),
        ("round('2.5')", 3),
        ("round(null)", None),
        ("round(100 * 2 / 3, 1)", 66.7),
        ("abs(-3)", 3),
        ("abs(-2.5)", 2.5),
        ("abs(4)", 4),
        ("abs(null)", None),
        ("if(true, 'a', 'b')", "a"),
        ("if(0, 'a', 'b')", "b"),
        ("if(null, 1, 2)", 2),
        ("if(count(${choices}) > 2, 'many', 'few')", "many"),
        ("coalesce(null, '', 'x')", "x"),
        ("coalesce(${n}, 0, 1)", 0),
        ("coalesce(false, 1)", False),
        ("coalesce(null, null)", None),
        ("coalesce('')", None),
        ("coalesce(${empty}, 1)", []),
    ],
)
def test_functions(frozen_clock: None, source: str, expected: object) -> None:
    assert same(ev(source, DATA), expected)


def test_today_and_now_use_the_real_clock() -> None:
    before = datetime.now()
    result = ev("now()")
    assert isinstance(result, datetime)
    assert before <= result <= datetime.now()
    assert ev("today()") in (date.today(), date.today() - timedelta(days=1))
    assert ev("age(today())") == 0


def test_if_and_coalesce_evaluate_only_what_they_need() -> None:
    assert ev("if(true, 1, ${missing})") == 1
    assert ev("if(false, ${missing}, 2)") == 2
    assert ev("coalesce('x', ${missing})") == "x"
    with pytest.raises(ExpressionError, match="missing"):
        ev("if(false, 1, ${missing})")
    with pytest.raises(ExpressionError, match="missing"):
        ev("coalesce(null, ${missing})")


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("date('31.07.2024')", r"date\(\): '31\.07\.2024' is not a date"),
        ("date('2024-02-30')", "is not a date"),
        ("date(5)", "expected a date, got number"),
        ("age('soon')", "is not a date"),
        ("year(true)", "expected a date, got boolean"),
        ("len(5)", "expected text or a list, got number"),
        ("sum(${words})", "expected a number, got text 'x'"),
        ("sum(${d})", "expected a number, got date"),
        ("avg(${words})", "expected a number"),
        ("min(1, 'x')", "cannot compare"),
        ("max(${d}, 3)", "cannot compare"),
        ("regex('a', ${p})", r"invalid pattern '\('"),
        ("regex('a', 5)", "the pattern must be text"),
        ("string(${rec})", "cannot convert record to text"),
        ("concat(${rec})", "cannot convert record to text"),
        ("int('abc')", "expected a number, got text 'abc'"),
        ("number('12abc')", "expected a number"),
        ("number(${d})", "expected a number, got date"),
        ("round(1.5, 1.5)", "number of digits"),
        ("round(1.5, 99)", "number of digits"),
        ("abs('x')", "expected a number"),
    ],
)
def test_function_errors(source: str, message: str) -> None:
    with pytest.raises(ExpressionError, match=message):
        ev(source, DATA)


# --- Syntax errors --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "position", "message"),
    [
        ("(1 + 2", 6, "expected ')' at position 6"),
        ("abs((1 + 2 + 3)", 15, "expected ',' or ')' at position 15"),
        ("1 +", 3, "expected a value at position 3"),
        ("", 0, "expected a value at position 0, found end of expression"),
        ("   ", 3, "expected a value"),
        ("12 # 3", 3, "unexpected character '#' at position 3"),
        ("1 < 2 < 3", 6, "comparisons cannot be chained"),
        ("${a} = ${b} != 1", 12, "comparisons cannot be chained"),
        ("abs(1 2)", 6, "expected ',' or ')' at position 6, found '2'"),
        ("abs(1,)", 6, "expected a value at position 6, found ')'"),
        ("'abc", 0, "expected a closing ' for the text starting at position 0"),
        ('1 + "abc', 4, 'expected a closing "'),
        ("'abc\\'", 0, "expected a closing '"),
        ("${a} ${b}", 5, "expected an operator or the end of the expression at position 5"),
        ("${a} 'x'", 5, "found text 'x'"),
        (".5", 0, "write 0.5"),
        ("1 + .5", 4, "write 0.5"),
        ("age", 0, "unknown name 'age' (write ${age} for a field)"),
        ("${age} AND 1", 7, "found 'AND'"),
        ("1 = not 2", 4, "expected a value at position 4, found 'not'"),
        ("1 + not 2", 4, "found 'not'"),
        ("and", 0, "expected a value"),
        ("1 or or 2", 5, "expected a value"),
        ("(", 1, "expected a value"),
        (")", 0, "expected a value at position 0, found ')'"),
        ("1)", 1, "expected an operator or the end"),
        ("${}", 0, "expected a field reference"),
        ("${1a}", 0, "expected a field reference"),
        ("${a.b.c}", 0, "expected a field reference"),
        ("${ a }", 0, "expected a field reference"),
        ("1 + ${a", 4, "expected a field reference"),
        ("$a", 0, "expected a field reference"),
        ("1 ! 2", 2, "unexpected character '!'"),
        ("1 => 2", 3, "expected a value"),
        ("1 <> 2", 3, "expected a value"),
        ("1.", 1, "expected an operator or the end"),
        ("3 ** 2", 3, "expected a value"),
    ],
)
def test_syntax_errors_say_what_and_where(source: str, position: int, message: str) -> None:
    with pytest.raises(ExpressionError) as info:
        parse(source)
    assert message in str(info.value)
    assert info.value.position == position
    assert f"at position {position}" in str(info.value)


@pytest.mark.parametrize(
    ("source", "position", "message"),
    [
        ("foo(1)", 0, "unknown function 'foo'"),
        ("1 + bar()", 4, "unknown function 'bar'"),
        ("IF(1, 2, 3)", 0, "unknown function 'IF'"),
        ("today(1)", 0, r"today\(\) takes no arguments, got 1"),
        ("len()", 0, r"len\(\) takes 1 argument, got 0"),
        ("age()", 0, r"age\(\) takes 1 or 2 arguments, got 0"),
        ("age(1, 2, 3)", 0, r"age\(\) takes 1 or 2 arguments, got 3"),
        ("if(true, 1)", 0, r"if\(\) takes 3 arguments, got 2"),
        ("1 + countif(${a})", 4, r"countif\(\) takes 2 arguments, got 1"),
        ("min()", 0, r"min\(\) takes at least 1 argument, got 0"),
        ("coalesce()", 0, r"coalesce\(\) takes at least 1 argument"),
        ("round(1, 2, 3)", 0, r"round\(\) takes 1 or 2 arguments, got 3"),
        ("false and age()", 10, r"age\(\) takes"),  # found even where never evaluated
        ("regex(${x}, '(')", 12, r"regex\(\): invalid pattern '\('"),
        ("regex(${x}, '[a-')", 12, "invalid pattern"),
    ],
)
def test_unknown_functions_and_arity_fail_at_parse_time(
    source: str, position: int, message: str
) -> None:
    with pytest.raises(ExpressionError, match=message) as info:
        parse(source)
    assert info.value.position == position


@pytest.mark.parametrize("name", sorted(ARITIES))
def test_every_function_checks_its_arity(name: str) -> None:
    low, high = ARITIES[name]
    args = ", ".join(["1"] * low)
    parse(f"{name}({args})")
    if low > 0:
        with pytest.raises(ExpressionError, match="takes"):
            parse(f"{name}({', '.join(['1'] * (low - 1))})")
    if high is not None:
        with pytest.raises(ExpressionError, match="takes"):
            parse(f"{name}({', '.join(['1'] * (high + 1))})")
    else:
        parse(f"{name}({', '.join(['1'] * 20)})")


def test_parse_rejects_non_text() -> None:
    with pytest.raises(ExpressionError, match="must be text"):
        parse(12)  # type: ignore[arg-type]


# --- Limits -----------------------------------------------------------------------------------


def test_length_limit() -> None:
    assert MAX_LENGTH == 2000
    assert ev("1" + " " * (MAX_LENGTH - 1)) == 1
    with pytest.raises(ExpressionError, match="too long") as info:
        parse("1" + " " * MAX_LENGTH)
    assert info.value.position is None
    assert ev("+".join(["1"] * 1000)) == 1000  # 1999 characters of one flat chain
    assert ev(" or ".join(["false"] * 220)) is False


@pytest.mark.parametrize(
    ("open_", "close", "levels_each"),
    [
        ("(", ")", 1),
        ("abs(", ")", 1),
        ("coalesce(null, ", ")", 1),
        ("not ", "", 1),
        ("-", "", 1),
        ("- (", ")", 2),
        ("not (", ")", 2),
    ],
)
def test_depth_limit(open_: str, close: str, levels_each: int) -> None:
    assert MAX_DEPTH == 50
    times = MAX_DEPTH // levels_each
    parse(open_ * times + "1" + close * times)
    with pytest.raises(ExpressionError, match="nested too deeply") as info:
        parse(open_ * (times + 1) + "1" + close * (times + 1))
    assert info.value.position is not None


def test_depth_counts_nesting_not_length() -> None:
    flat = " + ".join(f"abs({i})" for i in range(150))  # many calls, each one level deep
    assert len(flat) <= MAX_LENGTH
    assert ev(flat) == sum(range(150))


def _worst_case_source() -> str:
    """Fifty levels, each with every binary precedence level on the way down."""
    source = "1"
    for _ in range(MAX_DEPTH - 1):
        source = f"count(0 or 1 and 0 = 1 + 2 * {source})"
    return source


def test_maximum_depth_evaluates_without_recursion_error() -> None:
    source = _worst_case_source()
    assert len(source) <= MAX_LENGTH
    assert ev(source) == 1
    assert ev("abs(" * 49 + "-1" + ")" * 49) == 1
    assert ev("not " * 50 + "true") is True


def _stack_depth() -> int:
    frame, depth = inspect.currentframe(), 0
    while frame is not None:
        frame, depth = frame.f_back, depth + 1
    return depth


def test_a_deep_caller_stack_gives_expression_error_not_recursion_error() -> None:
    source = _worst_case_source()
    expr = parse(source)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(_stack_depth() + 80)
    try:
        with pytest.raises(ExpressionError, match="nested too deeply"):
            parse.__wrapped__(source)
        with pytest.raises(ExpressionError, match="nested too deeply"):
            expr.evaluate(lambda name: None)
    finally:
        sys.setrecursionlimit(limit)


# --- Safety -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "__import__('os')",
        "__import__('os').system('ls')",
        "${a}.__class__",
        "${a}.__class__.__mro__",
        "[].__class__",
        "().__class__",
        "''.__class__",
        "'x'.upper()",
        "today().year",
        "eval('1 + 1')",
        "exec('x = 1')",
        "compile('1', 'f', 'eval')",
        "open('/etc/passwd')",
        "getattr(1, 'real')",
        "globals()",
        "locals()",
        "vars()",
        "lambda: 1",
        "${a}[0]",
        "{}",
        "{'a': 1}",
        "1 if true else 2",
        "x = 1",
        "import os",
        "os.system('ls')",
        "age.__globals__",
        "${a}; 1",
        "`ls`",
        "1 @ 2",
        "f'{1}'",
        "b'x'",
        "__builtins__",
        "${__class__}.x",
        "print(1)",
        "type(1)",
    ],
)
def test_python_constructs_are_rejected_by_parse(source: str) -> None:
    with pytest.raises(ExpressionError):
        parse(source)


def test_the_module_never_calls_eval_exec_or_compile() -> None:
    tree = ast.parse(inspect.getsource(expressions))
    names = {"eval", "exec", "compile", "__import__", "getattr", "setattr", "globals", "vars"}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name):
            assert func.id not in names, ast.unparse(node)
        elif isinstance(func, ast.Attribute) and func.attr in ("compile", "literal_eval"):
            assert ast.unparse(func) == "re.compile", ast.unparse(node)


def test_parsing_and_evaluation_never_reach_eval_exec_or_compile(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("eval/exec/compile must not be used")

    for name in ("eval", "exec", "compile"):
        monkeypatch.setattr(builtins, name, refuse)
    source = (
        "concat(upper(${s}), string(round(${x} * 1.5, 1)), "
        "if(${d} > '2024-01-01', 'y', 'n'), regex(${s}, '[a-z]'))"
    )
    data = {"s": "a", "x": 3, "d": TODAY}
    assert parse.__wrapped__(source).evaluate(data.__getitem__) == "A4.5ytrue"


@pytest.mark.parametrize(
    ("source", "value"),
    [
        ("${x} * ${x}", 10**3000),  # past the integer size cap
        ("${x} / 7", 10**400),  # too large for a float
        ("${x} + 0.5", 10**400),  # int too large to convert to float
        ("string(${x})", 10**5000),  # past Python's int-to-text limit
        ("int(${x})", float("inf")),
        ("int(${x})", float("nan")),
        ("${x} mod 2", float("inf")),  # math domain error
        ("today() + ${x}", 10**7),  # date out of range
        ("today() + ${x}", 10**30),  # timedelta overflow
        ("number(${x})", "9" * 400),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 40 else type(v).__name__,
)
def test_extreme_numbers_give_expression_errors(source: str, value: object) -> None:
    with pytest.raises(ExpressionError):
        ev(source, {"x": value})


def test_non_finite_numbers_pass_through_where_harmless() -> None:
    assert ev("round(${x})", {"x": float("inf")}) == float("inf")
    assert ev("string(${x})", {"x": float("-inf")}) == "-inf"
    with pytest.raises(ExpressionError, match="number too large"):
        parse("1" * 400 + ".5")


# --- Robustness (seeded fuzzing: only ExpressionError may escape) ------------------------------

FUZZ_VALUES: list[object] = [
    None,
    0,
    1,
    -1,
    2.5,
    float("inf"),
    float("nan"),
    10**50,
    "",
    "abc",
    "12",
    " 3.5 ",
    "2024-07-31",
    "2024-02-30",
    "a b",
    True,
    False,
    TODAY,
    NOW,
    datetime(2024, 7, 31, 10, 0, tzinfo=UTC),
    [],
    [1, "2", None],
    ["a", "b"],
    [TODAY, 3],
    {},
    {"a": 1},
    (1, 2),
]
FUZZ_ATOMS = ["${a}", "${b}", "${g.c}", ".", "1", "0", "2.5", "'x'", "'2024-01-01'", "null", "true"]
FUZZ_OPS = ["+", "-", "*", "/", "div", "mod", "=", "!=", "<", ">=", "and", "or"]


def _random_expression(rng: random.Random, depth: int = 0) -> str:
    roll = rng.random()
    if depth > 3 or roll < 0.3:
        return rng.choice(FUZZ_ATOMS)
    if roll < 0.6:
        name = rng.choice(sorted(ARITIES))
        low, high = ARITIES[name]
        count = rng.randint(low, low + 2 if high is None else high)
        return f"{name}({', '.join(_random_expression(rng, depth + 1) for _ in range(count))})"
    if roll < 0.7:
        return f"({rng.choice(['not ', '-'])}{_random_expression(rng, depth + 1)})"
    left, right = _random_expression(rng, depth + 1), _random_expression(rng, depth + 1)
    return f"({left} {rng.choice(FUZZ_OPS)} {right})"


def test_fuzzed_evaluation_raises_only_expression_errors() -> None:
    rng = random.Random(20240731)
    outcomes = {"value": 0, "error": 0}
    for _ in range(3000):
        expr = parse(_random_expression(rng))
        data = {name: rng.choice(FUZZ_VALUES) for name in ("a", "b", "g.c", ".")}
        try:
            expr.evaluate(data.__getitem__)
            outcomes["value"] += 1
        except ExpressionError as exc:
            assert str(exc)
            outcomes["error"] += 1
    assert outcomes["value"] > 500 and outcomes["error"] > 100


def test_fuzzed_parsing_raises_only_expression_errors() -> None:
    rng = random.Random(7)
    alphabet = [*"${}().,'\"\\ab_01 9+-*/%=<>!#[]\n", "and", "or", "not", "abs", "if", "div"]
    parsed = 0
    for _ in range(5000):
        source = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        try:
            parse(source)
            parsed += 1
        except ExpressionError as exc:
            assert exc.position is None or 0 <= exc.position <= len(source)
    assert parsed > 0


# --- Caching and immutability -------------------------------------------------------------------


def test_parse_is_cached_and_expressions_are_immutable() -> None:
    assert parse("${a} + 1") is parse("${a} + 1")
    assert parse.cache_info().maxsize == 4096
    expr = parse("${a} + 1")
    with pytest.raises(dataclasses.FrozenInstanceError):
        expr.source = "2"  # type: ignore[misc]
    assert expr.evaluate({"a": 1}.__getitem__) == 2
    assert expr.evaluate({"a": 41}.__getitem__) == 42  # no state kept between evaluations


def test_expression_error_is_a_value_error() -> None:
    assert issubclass(ExpressionError, ValueError)
    error = ExpressionError("boom")
    assert error.position is None and str(error) == "boom"
    assert ExpressionError("x", 3).position == 3


def test_real_service_expressions(frozen_clock: None) -> None:
    pupils = [{"status": "present"}, {"status": "absent_excused"}, {"status": "late_excused"}]
    data: dict[str, Any] = {
        "pupils": pupils,
        "pupils.status": [p["status"] for p in pupils],
        "present_count": 2,
        "surname": "Karimov",
        "given_name": "Aziz",
        "patronymic": None,
        "birth_date": date(1990, 8, 1),
        ".": date(1990, 8, 1),
    }
    cases: list[tuple[str, object]] = [
        (
            "countif(${pupils.status}, 'present') + countif(${pupils.status}, 'late_excused')",
            2,
        ),
        ("count(${pupils}) - ${present_count}", 1),
        (
            "if(count(${pupils}) > 0, round(100 * ${present_count} / count(${pupils}), 1), null)",
            66.7,
        ),
        (
            "concat(${surname}, ' ', ${given_name}, "
            "if(${patronymic}, concat(' ', ${patronymic}), ''))",
            "Karimov Aziz",
        ),
        ("age(.) >= 25", True),
        ("age(${birth_date})", 33),
    ]
    for source, expected in cases:
        assert same(ev(source, data), expected), source
