"""A small, safe, XLSForm-like expression language for service definitions.

Relevance conditions, constraints and computed fields: ``${age} >= 7 and ${grade} != '11'``,
``age(.) >= 25``, ``countif(${pupils.status}, 'present')``. A hand-written tokenizer and a
precedence-climbing parser build a tree of small node classes; nothing reaches eval/exec/compile.

Grammar, lowest precedence first (lowercase keywords, free whitespace)::

    or      := and ('or' and)*                and := not ('and' not)*
    not     := 'not' not | compare
    compare := sum [('=' | '==' | '!=' | '<' | '<=' | '>' | '>=') sum]     (no chaining)
    sum     := product (('+' | '-') product)*
    product := unary (('*' | '/' | 'div' | '%' | 'mod') unary)*
    unary   := '-' unary | primary
    primary := NUMBER | STRING | 'true' | 'false' | 'null' | '${name}' | '${group.name}' | '.'
             | FUNCTION '(' [or (',' or)*] ')' | '(' or ')'

Numbers are ``12`` or ``1.5`` (not ``.5``: a bare ``.`` is the current field's value). Strings
take single or double quotes; ``\\n \\t \\r \\\\ \\' \\"`` are escapes and any other backslash is
kept, so ``'^\\d+$'`` is the regex it looks like. At most MAX_LENGTH characters and MAX_DEPTH
levels of nesting (brackets, calls, ``not`` and unary ``-`` each count one).

Semantics: null propagates through arithmetic; ``=``/``!=`` treat null as a value; ordering with
null is false; ``and``/``or``/``not`` use truthiness (null, false, 0, '' and [] are false) and
give booleans. int with int stays int, but ``/`` gives a float unless the division is exact;
``mod`` takes the sign of the dividend (XPath); dividing by zero gives null. Text meeting a number
is read as a number (in arithmetic too, yet ``'1' + '2'`` is ``'12'``), text meeting a date as an
ISO date, and a datetime meeting a date counts as its date; other mixtures (booleans with
anything else included) are errors. date ± int shifts by days; date - date counts calendar days.
Aggregates take a list (a scalar is a one-item list, null an empty one) and skip null and ''.
"""

from __future__ import annotations

import functools
import math
import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from typing import NamedTuple, NoReturn

__all__ = ["FUNCTION_NAMES", "MAX_DEPTH", "MAX_LENGTH", "Expression", "ExpressionError", "parse"]

MAX_LENGTH = 2000
MAX_DEPTH = 50
_MAX_INT_BITS = 10_000  # stops repeated multiplication from building absurd integers

Lookup = Callable[[str], object]


class ExpressionError(ValueError):
    """What is wrong with an expression; ``position`` is a 0-based offset in the source or None."""

    position: int | None

    def __init__(self, message: str, position: int | None = None) -> None:
        super().__init__(message)
        self.position = position


def _syntax(message: str, pos: int) -> ExpressionError:
    return ExpressionError(f"{message} at position {pos}", pos)


def _locate(exc: ExpressionError, pos: int) -> ExpressionError:
    if exc.position is None:
        exc.position = pos
    return exc


# --- Tokens -------------------------------------------------------------------------------

_TOKEN_RE = re.compile(
    r"""(?P<space>\s+)
      | \$\{(?P<ref>NAME(?:\.NAME)?)\}
      | (?P<number>[0-9]+(?:\.[0-9]+)?)
      | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
      | (?P<name>NAME)
      | (?P<op>==|!=|<=|>=|[=<>+*/%(),-])
      | (?P<dot>\.(?![0-9]))""".replace("NAME", "[A-Za-z_][A-Za-z0-9_]*"),
    re.VERBOSE | re.DOTALL,
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", '"': '"'}
_CONSTANTS: dict[str, object] = {"true": True, "false": False, "null": None}
_KEYWORDS = frozenset({"and", "or", "not", "div", "mod", *_CONSTANTS})
_NOT, _COMPARISON, _NEG = 3, 4, 7  # binding powers of the prefix 'not', comparisons, prefix '-'
_BINARY: dict[str, tuple[int, str]] = {  # token → (binding power, operator as evaluated)
    "or": (1, "or"),
    "and": (2, "and"),
    **{op: (_COMPARISON, op) for op in ("=", "!=", "<", "<=", ">", ">=")},
    "==": (_COMPARISON, "="),
    "+": (5, "+"),
    "-": (5, "-"),
    **{op: (6, op) for op in ("*", "/", "%")},
    "div": (6, "/"),
    "mod": (6, "%"),
}


class _Token(NamedTuple):
    kind: str  # "number" | "string" | "ref" (the bare dot is the ref ".") | "name" | "op" | "end"
    value: object
    pos: int


def _short(text: str) -> str:
    return text if len(text) <= 30 else text[:27] + "..."


def _describe(tok: _Token) -> str:
    if tok.kind == "end":
        return "end of expression"
    if tok.kind == "string":
        return f"text {_short(str(tok.value))!r}"
    return f"${{{tok.value}}}" if tok.kind == "ref" and tok.value != "." else f"'{tok.value}'"


def _tokenize(source: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    while pos < len(source):
        m = _TOKEN_RE.match(source, pos)
        if m is None:
            c = source[pos]
            if c == "$":
                raise _syntax("expected a field reference like ${name}", pos)
            if c in "'\"":
                raise _syntax(f"expected a closing {c} for the text starting", pos)
            if c == ".":
                raise _syntax("expected a digit before '.' (write 0.5, not .5)", pos)
            raise _syntax(f"unexpected character {c!r}", pos)
        kind, text = str(m.lastgroup), m.group(str(m.lastgroup))
        if kind == "number":
            value: object = float(text) if "." in text else int(text)
            if not math.isfinite(value):  # type: ignore[arg-type]
                raise _syntax("number too large", pos)
        elif kind == "string":
            value = re.sub(r"\\(.)", lambda e: _ESCAPES.get(e[1], e[0]), text[1:-1], flags=re.S)
        else:
            kind, value = ("ref", ".") if kind == "dot" else (kind, text)
        if kind != "space":
            tokens.append(_Token(kind, value, pos))
        pos = m.end()
    return [*tokens, _Token("end", None, len(source))]


# --- Values -------------------------------------------------------------------------------

_NUMERIC_TEXT = re.compile(r"\s*[+-]?(?:[0-9]{1,300}(?:\.[0-9]{0,300})?|\.[0-9]{1,300})\s*")
_ISO_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}[0-9:.+\-Z]*)?")
_KINDS: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (bool, "boolean"),
    ((int, float), "number"),
    (str, "text"),
    (datetime, "datetime"),
    (date, "date"),
    ((list, tuple), "list"),
    (dict, "record"),
)


def _kind(value: object) -> str:
    if value is None:
        return "null"
    return next((name for t, name in _KINDS if isinstance(value, t)), type(value).__name__)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value == "")


def _parse_number(text: str) -> int | float | None:
    if not _NUMERIC_TEXT.fullmatch(text):
        return None
    return float(text) if "." in text else int(text)


def _parse_iso(text: str) -> date | None:
    text = text.strip()
    if not _ISO_TEXT.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError:  # well-formed but impossible, such as 2024-02-30
        return None


def _day(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _operand(value: object) -> int | float | None:
    """A number for arithmetic: numbers as they are, numeric text converted, else None."""
    if _is_number(value):
        return value  # type: ignore[return-value]
    return _parse_number(value) if isinstance(value, str) else None


def _number(value: object) -> int | float:
    result = _operand(value)
    if result is None:
        shown = f"text {_short(value)!r}" if isinstance(value, str) else _kind(value)
        raise ExpressionError(f"expected a number, got {shown}")
    return result


def _as_date(value: object) -> date | None:
    if _blank(value):
        return None
    if isinstance(value, date):
        return _day(value)
    if not isinstance(value, str):
        raise ExpressionError(f"expected a date, got {_kind(value)}")
    parsed = _parse_iso(value)
    if parsed is None:
        raise ExpressionError(f"{_short(value)!r} is not a date (expected YYYY-MM-DD)")
    return _day(parsed)


def _text(value: object) -> str:
    if value is None or isinstance(value, str):
        return value or ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return " ".join(_text(item) for item in value)
    raise ExpressionError(f"cannot convert {_kind(value)} to text")


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _choices(value: object) -> list[object]:
    """XLSForm multiple choice: a list, or text of space-separated choice names."""
    return list(value.split()) if isinstance(value, str) else _as_list(value)


# --- Operators ----------------------------------------------------------------------------

_ORDERINGS: dict[str, Callable[[object, object], object]] = {
    "=": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


def _coerce_pair(a: object, b: object) -> tuple[object, object]:
    ka, kb = _kind(a), _kind(b)
    if ka == kb:
        return a, b
    if {ka, kb} == {"date", "datetime"}:
        return _day(a), _day(b)  # type: ignore[arg-type]
    if isinstance(a, str) != isinstance(b, str):
        text, other = (a, b) if isinstance(a, str) else (b, a)
        converted: object = None
        if _is_number(other):
            converted = _parse_number(str(text))
        elif isinstance(other, date):
            converted = _parse_iso(str(text))
        if converted is not None:
            return _coerce_pair(converted, b) if a is text else _coerce_pair(a, converted)
    raise ExpressionError(f"cannot compare {ka} with {kb}")


def _compare(op: str, a: object, b: object) -> bool:
    if a is None or b is None:  # null = null; null differs from everything else; no ordering
        return (a is b) == (op == "=") if op in ("=", "!=") else False
    x, y = _coerce_pair(a, b)
    try:
        return bool(_ORDERINGS[op](x, y))
    except TypeError:
        raise ExpressionError(f"cannot use '{op}' on {_kind(a)} and {_kind(b)}") from None


def _same(a: object, b: object) -> bool:
    """Equality that says no instead of failing on values of unrelated types."""
    try:
        return _compare("=", a, b)
    except ExpressionError:
        return False


def _arith(op: str, a: object, b: object) -> object:
    if a is None or b is None:
        return None
    if op == "+" and isinstance(a, str) and isinstance(b, str):
        return a + b
    if isinstance(a, date) or isinstance(b, date):
        if op == "+" and isinstance(b, date) and _is_number(a):
            a, b = b, a
        if isinstance(a, date) and isinstance(b, int) and not isinstance(b, bool) and op in "+-":
            try:
                return a + timedelta(days=b if op == "+" else -b)
            except OverflowError:
                raise ExpressionError("date out of range") from None
        if op == "-" and isinstance(a, date) and isinstance(b, date):
            return (_day(a) - _day(b)).days
    x, y = _operand(a), _operand(b)
    if x is None or y is None:
        raise ExpressionError(f"cannot apply '{op}' to {_kind(a)} and {_kind(b)}")
    if op in "+-*":
        result = x + y if op == "+" else x - y if op == "-" else x * y
    elif y == 0:
        return None
    elif op == "/":
        result = x // y if isinstance(x, int) and isinstance(y, int) and x % y == 0 else x / y
    elif isinstance(x, int) and isinstance(y, int):  # '%' with the sign of the dividend
        result = abs(x) % abs(y) * (-1 if x < 0 else 1)
    else:
        result = math.fmod(x, y)
    if isinstance(result, int) and result.bit_length() > _MAX_INT_BITS:
        raise ExpressionError("number too large")
    return result


# --- Syntax tree (each node evaluates itself; errors get the node's position) -------------


@dataclass(frozen=True, slots=True)
class _Node:
    pos: int

    def eval(self, lookup: Lookup) -> object:
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class _Literal(_Node):
    value: object

    def eval(self, lookup: Lookup) -> object:
        return self.value


@dataclass(frozen=True, slots=True)
class _Ref(_Node):
    name: str  # "." for the current value

    def eval(self, lookup: Lookup) -> object:
        try:
            return lookup(self.name)
        except ExpressionError as exc:
            raise _locate(exc, self.pos) from None


@dataclass(frozen=True, slots=True)
class _Unary(_Node):
    op: str  # "not" | "-"
    operand: _Node

    def eval(self, lookup: Lookup) -> object:
        value = self.operand.eval(lookup)
        if self.op == "not":
            return not value
        number = _operand(value)
        if number is None and value is not None:
            raise ExpressionError(f"cannot negate {_kind(value)}", self.pos)
        return None if number is None else -number


@dataclass(frozen=True, slots=True)
class _BoolOp(_Node):
    op: str  # "and" | "or"
    items: tuple[_Node, ...]

    def eval(self, lookup: Lookup) -> object:
        stop_on = self.op == "or"  # 'or' stops at the first true item, 'and' at the first false
        for item in self.items:
            if bool(item.eval(lookup)) == stop_on:
                return stop_on
        return not stop_on


@dataclass(frozen=True, slots=True)
class _Binary(_Node):
    """A comparison (one ``rest`` item) or a left-associative arithmetic chain, run in a loop."""

    first: _Node
    rest: tuple[tuple[str, int, _Node], ...]  # (operator, its position, right operand)

    def eval(self, lookup: Lookup) -> object:
        acc = self.first.eval(lookup)
        for op, pos, node in self.rest:
            right = node.eval(lookup)
            try:
                acc = _compare(op, acc, right) if op in _ORDERINGS else _arith(op, acc, right)
            except ExpressionError as exc:
                raise _locate(exc, pos) from None
            except (TypeError, ValueError, ArithmeticError) as exc:
                message = f"cannot apply '{op}' to {_kind(acc)} and {_kind(right)}: {exc}"
                raise ExpressionError(message, pos) from None
        return acc


@dataclass(frozen=True, slots=True)
class _Call(_Node):
    name: str
    args: tuple[_Node, ...]

    def eval(self, lookup: Lookup) -> object:
        func = _FUNCTIONS[self.name]
        if func.lazy:
            return func.impl(self.args, lookup)
        values = [arg.eval(lookup) for arg in self.args]
        try:
            return func.impl(*values)
        except (TypeError, ValueError, ArithmeticError) as exc:  # ExpressionError included
            raise ExpressionError(f"{self.name}(): {exc}", self.pos) from None


# --- Functions ----------------------------------------------------------------------------

_MISSING = object()


def _today() -> date:
    return date.today()


def _now() -> datetime:
    return datetime.now()


def _fn_age(born: object, at: object = _MISSING) -> int | None:
    """Full years; someone born on 29 February turns a year older on 1 March in common years."""
    birth, ref = _as_date(born), (_today() if at is _MISSING else _as_date(at))
    if birth is None or ref is None:
        return None
    return ref.year - birth.year - ((ref.month, ref.day) < (birth.month, birth.day))


def _on_dates(get: Callable[..., object]) -> Callable[..., object]:
    def fn(*values: object) -> object:
        days = [_as_date(value) for value in values]
        return None if None in days else get(*days)

    return fn


def _fn_len(value: object) -> int:
    if value is not None and not isinstance(value, str | list | tuple):
        raise ExpressionError(f"expected text or a list, got {_kind(value)}")
    return len(value or "")


def _numbers(items: object) -> list[int | float]:
    return [_number(item) for item in _as_list(items) if not _blank(item)]


def _extreme(op: str) -> Callable[..., object]:
    def fn(*args: object) -> object:
        best: object = None
        for item in (item for arg in args for item in _as_list(arg) if not _blank(item)):
            if best is None or _compare(op, item, best):
                best = item
        return best

    return fn


def _compile_regex(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ExpressionError(f"invalid pattern {_short(pattern)!r}: {exc.msg}") from None


def _fn_regex(value: object, pattern: object) -> bool:
    if not isinstance(pattern, str):
        raise ExpressionError(f"the pattern must be text, got {_kind(pattern)}")
    return value is not None and _compile_regex(pattern).fullmatch(_text(value)) is not None


def _fn_number(value: object) -> int | float | None:
    if _blank(value):
        return None
    return int(value) if isinstance(value, bool) else _number(value)  # type: ignore[call-overload]


def _fn_round(value: object, digits: object = 0) -> int | float | None:
    """Half away from zero (2.5 → 3, 2.675 → 2.68), on the number as written, not as stored."""
    if value is None:
        return None
    x = _number(value)
    if not isinstance(digits, int) or isinstance(digits, bool) or not -15 <= digits <= 15:
        raise ExpressionError("the number of digits must be a whole number from -15 to 15")
    if (isinstance(x, int) and digits >= 0) or (isinstance(x, float) and not math.isfinite(x)):
        return x
    try:
        with localcontext() as ctx:
            ctx.prec = 4000
            exact = Decimal(repr(x) if isinstance(x, float) else x)
            rounded = exact.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        raise ExpressionError("number too large to round") from None
    return int(rounded) if digits <= 0 else float(rounded)


def _fn_if(args: Sequence[_Node], lookup: Lookup) -> object:
    cond, then, other = args
    return (then if cond.eval(lookup) else other).eval(lookup)


def _fn_coalesce(args: Sequence[_Node], lookup: Lookup) -> object:
    return next((v for v in (arg.eval(lookup) for arg in args) if not _blank(v)), None)


class _Function(NamedTuple):
    impl: Callable[..., object]
    min_args: int
    max_args: int | None  # None: any number
    lazy: bool = False  # impl(arg_nodes, lookup) evaluates only what it needs

    def arity(self) -> str:
        lo, hi = self.min_args, self.max_args
        args = "argument" if (hi or lo) == 1 else "arguments"
        if hi == lo:
            return f"{lo or 'no'} {args}"
        return f"at least {lo} {args}" if hi is None else f"{lo} or {hi} {args}"


def _text_fn(get: Callable[[str], object]) -> _Function:
    return _Function(lambda value: None if value is None else get(_text(value)), 1, 1)


_F = _Function
_FUNCTIONS: dict[str, _Function] = {
    "today": _F(lambda: _today(), 0, 0),
    "now": _F(lambda: _now(), 0, 0),
    "date": _F(_as_date, 1, 1),
    "age": _F(_fn_age, 1, 2),
    "days_between": _F(_on_dates(lambda a, b: (b - a).days), 2, 2),
    "year": _F(_on_dates(lambda d: d.year), 1, 1),
    "month": _F(_on_dates(lambda d: d.month), 1, 1),
    "day": _F(_on_dates(lambda d: d.day), 1, 1),
    "weekday": _F(_on_dates(lambda d: d.isoweekday()), 1, 1),
    "len": _F(_fn_len, 1, 1),
    "count": _F(lambda items: len(_as_list(items)), 1, 1),
    "sum": _F(lambda items: sum(_numbers(items)), 1, 1),
    "min": _F(_extreme("<"), 1, None),
    "max": _F(_extreme(">"), 1, None),
    "avg": _F(lambda items: _arith("/", sum(_numbers(items)), len(_numbers(items)) or None), 1, 1),
    "countif": _F(lambda items, v: sum(_same(item, v) for item in _as_list(items)), 2, 2),
    "selected": _F(lambda choices, v: any(_same(c, v) for c in _choices(choices)), 2, 2),
    "count_selected": _F(lambda choices: len(_choices(choices)), 1, 1),
    "regex": _F(_fn_regex, 2, 2),
    "contains": _F(lambda s, sub: s is not None and _text(sub) in _text(s), 2, 2),
    "starts_with": _F(lambda s, p: s is not None and _text(s).startswith(_text(p)), 2, 2),
    "upper": _text_fn(str.upper),
    "lower": _text_fn(str.lower),
    "trim": _text_fn(str.strip),
    "concat": _F(lambda *args: "".join(_text(a) for a in args), 1, None),
    "string": _F(_text, 1, 1),
    "int": _F(lambda v: None if (n := _fn_number(v)) is None else int(n), 1, 1),
    "number": _F(_fn_number, 1, 1),
    "round": _F(_fn_round, 1, 2),
    "abs": _F(lambda v: None if v is None else abs(_number(v)), 1, 1),
    "if": _F(_fn_if, 3, 3, lazy=True),
    "coalesce": _F(_fn_coalesce, 1, None, lazy=True),
}
FUNCTION_NAMES = frozenset(_FUNCTIONS)


# --- Parser -------------------------------------------------------------------------------


class _Parser:
    """Precedence climbing over the token list; ``depth`` counts brackets, calls and prefixes."""

    def __init__(self, source: str) -> None:
        self.tokens = _tokenize(source)
        self.index = 0
        self.depth = 0
        self.references: set[str] = set()

    def at(self, value: str) -> bool:
        tok = self.tokens[self.index]
        return tok.kind in ("op", "name") and tok.value == value

    def fail(self, expected: str) -> NoReturn:
        tok = self.tokens[self.index]
        message = f"expected {expected} at position {tok.pos}, found {_describe(tok)}"
        raise ExpressionError(message, tok.pos)

    def parse(self) -> _Node:
        node = self.parse_expr(1)
        if self.tokens[self.index].kind != "end":
            self.fail("an operator or the end of the expression")
        return node

    def nested(self, pos: int, min_power: int) -> _Node:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _syntax(f"expression is nested too deeply (more than {MAX_DEPTH} levels)", pos)
        node = self.parse_expr(min_power)
        self.depth -= 1
        return node

    def parse_expr(self, min_power: int) -> _Node:
        left, chain_power = self.parse_prefix(min_power), 0
        while True:
            tok = self.tokens[self.index]
            power, op = (
                _BINARY.get(str(tok.value), (0, "")) if tok.kind in ("op", "name") else (0, "")
            )
            if power < min_power:
                return left
            if power == chain_power == _COMPARISON:
                raise _syntax("comparisons cannot be chained (write a < b and b < c)", tok.pos)
            self.index += 1
            right = self.parse_expr(power + 1)
            if power == chain_power and isinstance(left, _BoolOp):  # a or b or c: one flat node
                left = _BoolOp(left.pos, op, (*left.items, right))
            elif power == chain_power and isinstance(left, _Binary):  # a + b - c: one loop
                left = _Binary(left.pos, left.first, (*left.rest, (op, tok.pos, right)))
            elif op in ("and", "or"):
                left = _BoolOp(tok.pos, op, (left, right))
            else:
                left = _Binary(tok.pos, left, ((op, tok.pos, right),))
            chain_power = power

    def parse_prefix(self, min_power: int) -> _Node:
        tok = self.tokens[self.index]
        self.index += 1
        if tok.kind == "number" or tok.kind == "string":
            return _Literal(tok.pos, tok.value)
        if tok.kind == "ref":
            self.references.add(str(tok.value))
            return _Ref(tok.pos, str(tok.value))
        if tok.kind == "name" and tok.value in _CONSTANTS:
            return _Literal(tok.pos, _CONSTANTS[str(tok.value)])
        if tok.kind == "name" and tok.value == "not" and min_power <= _NOT:
            return _Unary(tok.pos, "not", self.nested(tok.pos, _NOT))
        if tok.kind == "name" and tok.value not in _KEYWORDS:
            if not self.at("("):
                raise _syntax(
                    f"unknown name '{tok.value}' (write ${{{tok.value}}} for a field)", tok.pos
                )
            return self.parse_call(tok)
        if tok.kind == "op" and tok.value == "-":
            operand = self.nested(tok.pos, _NEG)
            if isinstance(operand, _Literal) and _is_number(operand.value):
                return _Literal(tok.pos, -operand.value)  # type: ignore[operator]
            return _Unary(tok.pos, "-", operand)
        if tok.kind == "op" and tok.value == "(":
            node = self.nested(tok.pos, 1)
            if not self.at(")"):
                self.fail("')'")
            self.index += 1
            return node
        self.index -= 1
        self.fail("a value")

    def parse_call(self, tok: _Token) -> _Node:
        name = str(tok.value)
        func = _FUNCTIONS.get(name)
        if func is None:
            raise _syntax(f"unknown function '{name}'", tok.pos)
        self.index += 1  # '('
        args = [] if self.at(")") else [self.nested(tok.pos, 1)]
        while args and self.at(","):
            self.index += 1
            args.append(self.nested(tok.pos, 1))
        if not self.at(")"):
            self.fail("',' or ')'")
        self.index += 1
        if len(args) < func.min_args or (func.max_args is not None and len(args) > func.max_args):
            raise _syntax(f"{name}() takes {func.arity()}, got {len(args)}", tok.pos)
        pattern = args[1] if name == "regex" else None
        if isinstance(pattern, _Literal) and isinstance(pattern.value, str):
            try:
                _compile_regex(pattern.value)
            except ExpressionError as exc:
                raise _syntax(f"regex(): {exc}", pattern.pos) from None
        return _Call(tok.pos, name, tuple(args))


# --- Public API ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Expression:
    """A parsed expression; immutable, so parse() shares one instance per source text."""

    source: str
    references: frozenset[str]  # names inside ${...}; the bare dot appears as "."
    _root: _Node = field(repr=False, compare=False)

    def evaluate(self, resolve: Callable[[str], object]) -> object:
        """Evaluate, calling ``resolve(name)`` once per field name (``"."`` for the bare dot)."""
        cache: dict[str, object] = {}

        def lookup(name: str) -> object:
            if name not in cache:
                try:
                    cache[name] = resolve(name)
                except KeyError:
                    missing = (
                        "no current value ('.')" if name == "." else f"unknown field ${{{name}}}"
                    )
                    raise ExpressionError(missing) from None
            return cache[name]

        try:
            return self._root.eval(lookup)
        except RecursionError:  # only if the caller's own stack is already deep
            raise ExpressionError("expression is nested too deeply to evaluate here") from None


@functools.lru_cache(maxsize=4096)
def parse(source: str) -> Expression:
    """Parse ``source``; raises ExpressionError on syntax errors, unknown functions, wrong arity."""
    if not isinstance(source, str):
        raise ExpressionError(f"an expression must be text, not {type(source).__name__}")
    if len(source) > MAX_LENGTH:
        raise ExpressionError(f"expression too long ({len(source)} characters, max {MAX_LENGTH})")
    try:
        parser = _Parser(source)
        root = parser.parse()
    except RecursionError:  # only if the caller's own stack is already deep
        raise ExpressionError("expression is nested too deeply") from None
    return Expression(source, frozenset(parser.references), root)
