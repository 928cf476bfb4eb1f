"""A form filled in: relevance, computed fields, constraints and what is still missing.

:class:`FilledForm` evaluates a service's expressions over a record's stored values. It is
pure: the GUI calls it on every keystroke, the command line and the sync server before
writing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.core.definitions import Field, Service, text
from app.core.expressions import Expression, ExpressionError
from app.core.values import ValueProblem, check_value


def typed(field: Field, value: Any) -> Any:
    """The stored value as expressions see it: dates become ``date`` objects."""
    if value is None:
        return None
    try:
        if field.type == "date":
            return date.fromisoformat(value)
        if field.type == "datetime":
            return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    if field.type == "repeat":
        return [{c.id: typed(c, row.get(c.id)) for c in field.fields} for row in value]
    return value


@dataclass(frozen=True)
class Missing:
    """A field that must be filled before an action; ``row`` for a repeat group's row."""

    field: Field
    row: int | None = None

    def describe(self, lang: str = "en") -> str:
        where = f" (row {self.row + 1})" if self.row is not None else ""
        noun = "attachment" if self.field.type == "attachment" else "field"
        return f"{noun} {self.field.id} ({text(self.field.label, lang)}){where}"


class FilledForm:
    def __init__(self, service: Service, values: Mapping[str, Any]) -> None:
        self.service = service
        self.values = values
        self._computed: dict[str, Any] | None = None

    # --- expression evaluation ---------------------------------------------------------

    def _resolver(self, row_field: Field | None = None, row: Mapping[str, Any] | None = None,
                  current: Any = None) -> Callable[[str], Any]:
        def resolve(name: str) -> Any:
            if name == ".":
                return current
            head, _, tail = name.partition(".")
            if row_field is not None and row is not None and not tail:
                child = row_field.child(head)
                if child is not None:
                    return typed(child, row.get(head))
            field = self.service.fields.get(head)
            if field is None:
                raise KeyError(name)
            if tail:
                child = field.child(tail)
                if child is None:
                    raise KeyError(name)
                return [typed(child, r.get(tail)) for r in self.values.get(head) or []]
            if field.calculate is not None:
                return self.computed().get(head)
            return typed(field, self.values.get(head))

        return resolve

    def evaluate(self, expr: Expression, *, row_field: Field | None = None,
                 row: Mapping[str, Any] | None = None, current: Any = None) -> Any:
        """Evaluate ``expr``; raises ExpressionError on bad data."""
        return expr.evaluate(self._resolver(row_field, row, current))

    def computed(self) -> dict[str, Any]:
        """Values of the computed fields; a computation that fails gives ``None``."""
        if self._computed is None:
            self._computed = {}
            for field in self.service.computed_order():
                assert field.calculate is not None
                try:
                    value = self.evaluate(field.calculate)
                except ExpressionError:
                    value = None
                if isinstance(value, date):
                    value = value.isoformat()
                self._computed[field.id] = value
        return self._computed

    def is_relevant(self, field: Field, *, row_field: Field | None = None,
                    row: Mapping[str, Any] | None = None) -> bool:
        """Whether the form asks for ``field`` now (its section's and its own condition)."""
        conditions: list[Expression] = []
        if row_field is None:
            section = self.service.section_of(field.id)
            if section and section.relevant:
                conditions.append(section.relevant)
        elif not self.is_relevant(row_field):
            return False
        if field.relevant:
            conditions.append(field.relevant)
        for condition in conditions:
            try:
                if not self.evaluate(condition, row_field=row_field, row=row):
                    return False
            except ExpressionError:
                # A condition that cannot be evaluated shows the field rather than hide data.
                return True
        return True

    # --- checks --------------------------------------------------------------------------

    def check_changes(self, changes: Mapping[str, Any], lang: str = "en") -> list[str]:
        """Check changed values (already merged into ``values``); returns warnings.

        Raises :class:`ValueProblem` for the first refused value: an unknown or computed
        field, a value of the wrong type or breaking a rule, or a constraint that fails on
        the changed field or on a field whose constraint reads it.
        """
        warnings: list[str] = []
        for name, value in changes.items():
            field = self.service.fields.get(name)
            if field is None:
                known = ", ".join(self.service.fields)
                raise ValueProblem(name, f"{self.service.id} has no such field (fields: {known})")
            if field.computed or field.read_only:
                raise ValueProblem(name, "is computed by the form and cannot be set")
            warnings += [f"{name}: {w}" for w in check_value(field, value)]
        changed = set(changes)
        for field in self.service.fields.values():
            touched = field.id in changed
            if field.constraint and not touched:
                touched = any(r.partition(".")[0] in changed for r in field.constraint.references)
            if touched:
                self._check_constraints(field, lang)
        return warnings

    def _check_constraints(self, field: Field, lang: str) -> None:
        value = self.values.get(field.id)
        if value is not None and field.constraint is not None:
            self._constraint(field, field.constraint, value, lang)
        if field.type == "repeat" and value:
            for i, row in enumerate(value):
                for child in field.fields:
                    if child.constraint is not None and row.get(child.id) is not None:
                        self._constraint(child, child.constraint, row[child.id], lang,
                                         row_field=field, row=row, index=i)

    def _constraint(self, field: Field, expr: Expression, value: Any, lang: str, *,
                    row_field: Field | None = None, row: Mapping[str, Any] | None = None,
                    index: int | None = None) -> None:
        try:
            ok = self.evaluate(expr, row_field=row_field, row=row, current=typed(field, value))
        except ExpressionError as exc:
            ok, reason = False, str(exc)
        else:
            reason = text(field.constraint_message, lang) or f"must satisfy {expr.source}"
        if not ok:
            if row_field is not None and index is not None:
                raise ValueProblem(row_field.id, f"row {index + 1}, {field.id}: {reason}")
            raise ValueProblem(field.id, reason)

    def missing(self, also_required: tuple[str, ...] = ()) -> list[Missing]:
        """Relevant fields that must be filled (``required`` ones plus ``also_required``)."""
        out: list[Missing] = []
        for field in self.service.fields.values():
            if field.computed or not self.is_relevant(field):
                continue
            value = self.values.get(field.id)
            if (field.required or field.id in also_required) and _empty(value):
                out.append(Missing(field))
            if field.type == "repeat" and value:
                for i, row in enumerate(value):
                    for child in field.fields:
                        if child.required and _empty(row.get(child.id)) and \
                                self.is_relevant(child, row_field=field, row=row):
                            out.append(Missing(child, i))
        return out


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []
