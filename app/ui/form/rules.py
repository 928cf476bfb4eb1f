"""What the form checks before it takes a value, and how it writes values as text — no Qt.

The engine (:mod:`app.core.values`, :mod:`app.core.forms`) owns every rule; this module only
adapts it to a form being filled in:

- a file picked but not yet stored has no sha256 (``{"path", "name", "size"}``); the engine
  would refuse it as "not an attached file", so checks see a stand-in with a dummy hash and
  the real name and size, which keeps the engine's size and extension rules in force;
- a refusal about another field (a constraint that reads the changed one) names that field;
- a pattern message is given in the user's language (the engine words it in English).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from app.core.definitions import Field, Service, text
from app.core.forms import FilledForm
from app.core.values import ValueProblem, check_value

_STAND_IN_HASH = "0" * 64


def is_pending(value: Any) -> bool:
    """Whether ``value`` is a file picked on this PC that the caller still has to store."""
    return isinstance(value, dict) and "path" in value and "sha256" not in value


def checkable(field: Field, value: Any) -> Any:
    """``value`` as the engine's checks can take it (pending files get a stand-in hash)."""
    if value is None:
        return None
    if field.type == "attachment" and is_pending(value):
        return {
            "sha256": _STAND_IN_HASH,
            "name": value.get("name", ""),
            "size": value.get("size", 0),
            "mime": "",
        }
    if field.type == "repeat" and isinstance(value, list):
        rows = []
        for row in value:
            if not isinstance(row, dict):
                return value
            rows.append({k: _checkable_cell(field, k, v) for k, v in row.items()})
        return rows
    return value


def _checkable_cell(group: Field, name: str, value: Any) -> Any:
    child = group.child(name)
    return checkable(child, value) if child is not None else value


def checkable_values(service: Service, values: Mapping[str, Any]) -> dict[str, Any]:
    """All of a form's values as the engine's checks can take them."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        field = service.fields.get(name)
        out[name] = checkable(field, value) if field is not None else value
    return out


def localise(field: Field, rule: str, lang: str) -> str:
    """The engine's wording of a broken rule, in ``lang`` where the definition gives one."""
    if field.pattern_message and rule == field.pattern_message.get("en"):
        return text(field.pattern_message, lang)
    return rule


def check_change(
    service: Service, values: Mapping[str, Any], field_id: str, value: Any, lang: str
) -> list[str]:
    """Check setting ``field_id`` to ``value`` with the other ``values`` as they are.

    Returns the engine's warnings (without the field id). Raises :class:`ValueProblem` for
    ``field_id`` with a message ready to show beside it.
    """
    merged = dict(values)
    if value is None:
        merged.pop(field_id, None)
    else:
        merged[field_id] = value
    checked = checkable_values(service, merged)
    try:
        warnings = FilledForm(service, checked).check_changes(
            {field_id: checked.get(field_id)}, lang
        )
    except ValueProblem as exc:
        raise ValueProblem(field_id, describe(service, field_id, exc, lang)) from exc
    prefix = f"{field_id}: "
    return [w.removeprefix(prefix) for w in warnings]


def check_entry(field: Field, value: Any, lang: str) -> list[str]:
    """Check one value against its own field's rules (a cell of a repeat group's row)."""
    try:
        return check_value(field, checkable(field, value))
    except ValueProblem as exc:
        raise ValueProblem(field.id, localise(field, exc.rule, lang)) from exc


def describe(service: Service, field_id: str, problem: ValueProblem, lang: str) -> str:
    """The message for a change of ``field_id`` that the engine refused with ``problem``."""
    own = service.fields.get(field_id)
    if problem.field_id == field_id and own is not None:
        return localise(own, problem.rule, lang)
    other = service.fields.get(problem.field_id)
    if other is None:
        return problem.rule
    # The change broke another field's constraint: say which, since it may be far away.
    return f"{text(other.label, lang)}: {localise(other, problem.rule, lang)}"


# --- values as text ------------------------------------------------------------------------


def date_text(value: str) -> str:
    """A stored date as people here write it: 19.07.2024."""
    try:
        return date.fromisoformat(value).strftime("%d.%m.%Y")
    except (TypeError, ValueError):
        return str(value)


def datetime_text(value: str) -> str:
    """A stored date and time as 19.07.2024 14:30 (ISO when it has seconds, to keep them)."""
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return str(value)
    if moment.second:
        # The dotted form has no seconds; ISO with a space still parses back unchanged.
        return moment.isoformat(sep=" ")
    return moment.strftime("%d.%m.%Y %H:%M")


def number_text(value: Any) -> str:
    """A stored number as typed: the shortest text that reads back as the same number."""
    return str(value)


def size_text(size: int) -> str:
    """A file size in the unit people read: 820 B, 34 KB, 1.4 MB."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def file_filter_patterns(accept: tuple[str, ...]) -> str:
    """``*.pdf *.jpg`` for a field's accepted endings (given with or without the dot)."""
    return " ".join("*" + ext if ext.startswith(".") else "*." + ext for ext in accept)


_ROW_KEY = re.compile(r"([a-z][a-z0-9_]*)\[(\d+)\]\.([a-z][a-z0-9_]*)")


def row_key(group: str, index: int, child: str) -> str:
    """How a cell of a repeat group is named in problems(): ``pupils[0].status``."""
    return f"{group}[{index}].{child}"


def split_row_key(key: str) -> tuple[str, int, str] | None:
    """The group, row index and child of a ``group[row].child`` key; None for a plain id."""
    m = _ROW_KEY.fullmatch(key)
    return (m[1], int(m[2]), m[3]) if m else None
