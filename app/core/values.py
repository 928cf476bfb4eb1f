"""Field values: reading what a person typed, and checking a stored value against its field.

Stored (JSON) value of each field type:

=====================  ===========================================================
text, long_text        str (NFC, Uzbek apostrophes normalised)
integer / decimal      int / int or float
date / datetime        "YYYY-MM-DD" / "YYYY-MM-DDTHH:MM[:SS]"
choice / multi_choice  the choice value / a list of choice values
yes_no                 bool
pinfl, fin, vn_...     the normalised identifier string
reference              the id of a register record
attachment             {"sha256", "name", "size", "mime"}
repeat                 a list of rows, each a dict of its fields' values
=====================  ===========================================================
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from app.core.identifiers import check_identifier
from app.core.text import normalise

if TYPE_CHECKING:
    from app.core.definitions import Field

_YES = {"yes", "y", "true", "1", "ha", "да", "ҳа", "on"}
_NO = {"no", "n", "false", "0", "yoʻq", "yo'q", "yoq", "нет", "йўқ", "off"}


class ValueProblem(ValueError):
    """A value that a field refuses. ``rule`` says which rule, in words."""

    def __init__(self, field_id: str, rule: str) -> None:
        self.field_id, self.rule = field_id, rule
        super().__init__(f"{field_id}: {rule}")


def parse_date(text: str) -> date:
    """ISO (2024-07-19) or the official dotted style (19.07.2024)."""
    text = text.strip()
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1]))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError(text)
    return date.fromisoformat(text)


def parse_datetime(text: str) -> datetime:
    text = text.strip()
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})[ T](\d{1,2}):(\d{2})", text)
    if m:
        return datetime(int(m[3]), int(m[2]), int(m[1]), int(m[4]), int(m[5]))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?", text):
        raise ValueError(text)
    return datetime.fromisoformat(text)


def parse_input(field: Field, raw: str) -> Any:
    """Turn text typed for ``field`` into its stored value; empty text clears the field.

    Raises :class:`ValueProblem` naming the expected form. Attachments are not read here
    (they need the blob store): see :meth:`app.core.cases.CaseDesk`.
    """
    raw = raw.strip()
    if raw == "":
        return None
    kind = field.type
    try:
        if kind in ("text", "long_text"):
            return normalise(raw)
        if kind == "integer":
            return int(_digits(raw))
        if kind == "decimal":
            number = float(_digits(raw).replace(",", "."))
            if not math.isfinite(number):
                raise ValueError(raw)
            return int(number) if number.is_integer() else number
        if kind == "date":
            return parse_date(raw).isoformat()
        if kind == "datetime":
            return parse_datetime(raw).isoformat(timespec="minutes")
        if kind == "yes_no":
            low = normalise(raw).lower()
            if low in _YES:
                return True
            if low in _NO:
                return False
            raise ValueError(raw)
        if kind == "choice":
            return _choice_value(field, raw)
        if kind == "multi_choice":
            return [_choice_value(field, part) for part in raw.split(",") if part.strip()]
        if kind in ("pinfl", "fin", "vn_citizen_id"):
            return check_identifier(kind, raw).value
        if kind == "reference":
            return raw
        if kind == "repeat":
            rows = json.loads(raw)
            if not isinstance(rows, list):
                raise ValueError(raw)
            return rows
    except (ValueError, json.JSONDecodeError) as exc:
        raise ValueProblem(field.id, _expected(field)) from exc
    raise ValueProblem(field.id, f"a {kind} field cannot be typed in; attach a file with @PATH")


def _digits(raw: str) -> str:
    """A number as pasted from office software: spaces (also no-break) group the digits."""
    text = re.sub(r"[\s\u00a0\u202f\u2009]", "", raw)
    if not re.fullmatch(r"[-+]?[0-9]+([.,][0-9]+)?([eE][-+]?[0-9]+)?", text):
        raise ValueError(raw)
    return text


def _choice_value(field: Field, raw: str) -> str:
    raw = raw.strip()
    if field.choice(raw):
        return raw
    folded = normalise(raw).casefold()
    for choice in field.choices:
        if any(folded == label.casefold() for label in choice.label.values()):
            return choice.value
    raise ValueError(raw)


def _expected(field: Field) -> str:
    return {
        "integer": "must be a whole number",
        "decimal": "must be a number",
        "date": "must be a date like 2024-07-19 or 19.07.2024",
        "datetime": "must be a date and time like 2024-07-19 14:30",
        "yes_no": "must be yes or no",
        "choice": "must be one of: " + ", ".join(c.value for c in field.choices),
        "multi_choice": "must be some of: " + ", ".join(c.value for c in field.choices),
        "repeat": "must be a JSON list of rows",
    }.get(field.type, "is not valid")


def check_value(field: Field, value: Any) -> list[str]:
    """Check a stored value against its field's type and rules; returns warnings.

    Raises :class:`ValueProblem` for the first rule broken. ``None`` (empty) always passes
    here: whether a field must be filled is decided per workflow action.
    """
    if value is None:
        return []
    problem = _type_problem(field, value)
    if problem:
        raise ValueProblem(field.id, problem)
    warnings: list[str] = []
    kind = field.type
    if kind in ("text", "long_text"):
        if field.min_length is not None and len(value) < field.min_length:
            raise ValueProblem(field.id, f"must have at least {field.min_length} characters")
        if field.max_length is not None and len(value) > field.max_length:
            raise ValueProblem(field.id, f"must have at most {field.max_length} characters")
        if field.pattern and not re.fullmatch(field.pattern, value):
            message = (field.pattern_message or {}).get("en")
            raise ValueProblem(field.id, message or f"must match the pattern {field.pattern}")
    elif kind in ("integer", "decimal"):
        if field.min is not None and value < field.min:
            raise ValueProblem(field.id, f"must be at least {field.min}")
        if field.max is not None and value > field.max:
            raise ValueProblem(field.id, f"must be at most {field.max}")
    elif kind in ("date", "datetime"):
        low, high = _date_bound(field.min), _date_bound(field.max)
        if low and value[:10] < low:
            raise ValueProblem(field.id, f"must be on or after {low}")
        if high and value[:10] > high:
            raise ValueProblem(field.id, f"must be on or before {high}")
    elif kind in ("pinfl", "fin", "vn_citizen_id"):
        result = check_identifier(kind, value)
        if result.error:
            raise ValueProblem(field.id, result.error)
        if result.value != value:
            raise ValueProblem(field.id, f"must be written as {result.value}")
        warnings += list(result.warnings)
    elif kind == "attachment":
        if field.max_size_mb is not None and value["size"] > field.max_size_mb * 1024 * 1024:
            raise ValueProblem(field.id, f"the file must be at most {field.max_size_mb} MB")
        if field.accept and not any(value["name"].lower().endswith(ext.lower())
                                    for ext in field.accept):
            raise ValueProblem(field.id, f"the file must be one of: {', '.join(field.accept)}")
    elif kind == "repeat":
        if field.min_rows is not None and len(value) < field.min_rows:
            raise ValueProblem(field.id, f"needs at least {field.min_rows} rows")
        if field.max_rows is not None and len(value) > field.max_rows:
            raise ValueProblem(field.id, f"allows at most {field.max_rows} rows")
        for i, row in enumerate(value):
            for name in row:
                if field.child(name) is None:
                    raise ValueProblem(field.id, f"row {i + 1} has an unknown field {name!r}")
            for child in field.fields:
                try:
                    warnings += check_value(child, row.get(child.id))
                except ValueProblem as exc:
                    raise ValueProblem(field.id, f"row {i + 1}, {child.id}: {exc.rule}") from exc
    return warnings


def _date_bound(bound: Any) -> str | None:
    if bound is None:
        return None
    if bound == "today":
        return date.today().isoformat()
    return str(bound)


def _type_problem(field: Field, value: Any) -> str | None:
    kind = field.type
    if kind in ("text", "long_text", "pinfl", "fin", "vn_citizen_id", "reference"):
        return None if isinstance(value, str) and value else "must be text"
    if kind == "integer":
        ok = isinstance(value, int) and not isinstance(value, bool)
        return None if ok else "must be a whole number"
    if kind == "decimal":
        ok = isinstance(value, int | float) and not isinstance(value, bool) \
            and math.isfinite(value)
        return None if ok else "must be a number"
    if kind == "date":
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            try:
                date.fromisoformat(value)
                return None
            except ValueError:
                pass
        return "must be a date like 2024-07-19"
    if kind == "datetime":
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?",
                                                   value):
            try:
                datetime.fromisoformat(value)
                return None
            except ValueError:
                pass
        return "must be a date and time like 2024-07-19T14:30"
    if kind == "yes_no":
        return None if isinstance(value, bool) else "must be yes or no"
    if kind == "choice":
        return None if isinstance(value, str) and field.choice(value) else _expected(field)
    if kind == "multi_choice":
        ok = isinstance(value, list) and all(isinstance(v, str) and field.choice(v)
                                             for v in value)
        return None if ok and len(set(value)) == len(value) else _expected(field)
    if kind == "attachment":
        ok = (isinstance(value, dict) and isinstance(value.get("sha256"), str)
              and re.fullmatch(r"[0-9a-f]{64}", value["sha256"]) is not None
              and isinstance(value.get("name"), str) and isinstance(value.get("size"), int))
        return None if ok else "must be an attached file"
    if kind == "repeat":
        ok = isinstance(value, list) and all(isinstance(r, dict) for r in value)
        return None if ok else "must be a list of rows"
    return f"unknown field type {kind}"
