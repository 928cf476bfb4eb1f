"""Service definitions: a form (typed fields in sections) and a workflow, loaded from JSON.

A definition is checked in three passes, and the first problem found is reported with the
file, the place inside it (``form.sections[1].fields[3].relevant``) and what is wrong:

1. JSON syntax (line and column),
2. the JSON Schema in ``resources/schema/service.schema.json`` (shape and types),
3. meaning: unique ids, expressions that parse and name existing fields, workflow states and
   roles that exist, computed fields without cycles.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from app.core.expressions import Expression, ExpressionError, parse
from app.core.values import ValueProblem, check_value
from app.paths import resources_dir

LANGUAGES = ("en", "uz-Latn", "uz-Cyrl", "ru")
Label = Mapping[str, str]

# Field types whose value is a string entered by a person and indexed for search.
TEXT_TYPES = frozenset({"text", "long_text", "pinfl", "fin", "vn_citizen_id"})


def text(label: Label | None, lang: str = "en") -> str:
    """The label in ``lang``, falling back to the other script of Uzbek, then English."""
    if not label:
        return ""
    fallback = {"uz-Cyrl": "uz-Latn", "uz-Latn": "uz-Cyrl"}.get(lang, "en")
    return label.get(lang) or label.get(fallback) or label.get("en") or next(iter(label.values()))


class DefinitionError(ValueError):
    """A service definition is broken. ``str()`` names the file, the place and the problem."""

    def __init__(self, source: str, where: str, what: str) -> None:
        self.source, self.where, self.what = source, where, what
        place = f" at {where}" if where else ""
        super().__init__(f"{source}{place}: {what}")


@dataclass(frozen=True)
class Choice:
    value: str
    label: Label


@dataclass(frozen=True)
class Field:
    id: str
    type: str
    label: Label
    where: str
    hint: Label | None = None
    required: bool = False
    read_only: bool = False
    default: Any = None
    min: Any = None
    max: Any = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    pattern_message: Label | None = None
    relevant: Expression | None = None
    constraint: Expression | None = None
    constraint_message: Label | None = None
    calculate: Expression | None = None
    choices: tuple[Choice, ...] = ()
    register: str | None = None
    accept: tuple[str, ...] = ()
    max_size_mb: float | None = None
    fields: tuple[Field, ...] = ()
    min_rows: int | None = None
    max_rows: int | None = None

    @property
    def computed(self) -> bool:
        return self.calculate is not None

    def choice(self, value: str) -> Choice | None:
        return next((c for c in self.choices if c.value == value), None)

    def child(self, field_id: str) -> Field | None:
        return next((f for f in self.fields if f.id == field_id), None)


@dataclass(frozen=True)
class Section:
    id: str
    label: Label
    fields: tuple[Field, ...]
    relevant: Expression | None = None


@dataclass(frozen=True)
class DeadlineRule:
    calendar_days: int | None = None
    working_days: int | None = None
    hours: int | None = None
    days_before_election: int | None = None
    campaign_field: str | None = None
    label: Label | None = None
    approx: bool = False


@dataclass(frozen=True)
class State:
    id: str
    label: Label
    final: bool = False
    freezes_fields: bool = False
    deadline: DeadlineRule | None = None


@dataclass(frozen=True)
class Action:
    id: str
    label: Label
    from_states: tuple[str, ...]
    to: str
    roles: tuple[str, ...]
    requires: tuple[str, ...] = ()
    condition: Expression | None = None
    condition_message: Label | None = None
    documents: tuple[str, ...] = ()
    by_org_of: str | None = None  # a field with an organisation path: only its people act
    moves: Move | None = None


@dataclass(frozen=True)
class Move:
    """An action that moves a register record to another organisation (a transfer)."""

    record: str  # the reference field naming the record
    to_org: str  # the field holding the organisation it moves to
    clear: tuple[str, ...] = ()  # its fields that do not travel (the class)


@dataclass(frozen=True)
class Workflow:
    initial: str
    states: Mapping[str, State]
    actions: Mapping[str, Action]

    def actions_from(self, state: str) -> list[Action]:
        return [a for a in self.actions.values() if state in a.from_states]


@dataclass(frozen=True)
class Service:
    id: str
    version: int
    kind: str  # "case" | "register"
    title: Label
    sections: tuple[Section, ...]
    source: str
    area: str | None = None
    description: Label | None = None
    summary: Expression | None = None
    workflow: Workflow | None = None
    fields: Mapping[str, Field] = field(default_factory=dict)
    shared_with: tuple[str, ...] = ()  # fields naming organisations that see the case too

    def field(self, field_id: str) -> Field | None:
        return self.fields.get(field_id)

    def section_of(self, field_id: str) -> Section | None:
        return next((s for s in self.sections if any(f.id == field_id for f in s.fields)), None)

    def computed_order(self) -> list[Field]:
        """Computed fields in an order where each comes after the fields it reads."""
        return _computed_order(self)


# --- loading -----------------------------------------------------------------------------


@cache
def _validator() -> Any:
    import jsonschema

    schema_path = resources_dir() / "schema" / "service.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@cache
def known_roles() -> Mapping[str, Label]:
    return json.loads((resources_dir() / "roles.json").read_text(encoding="utf-8"))


def _where(path: Iterator[Any] | list[Any]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def load_service(path: Path | str, *, trusted: bool = False) -> Service:
    """Load and check one definition file; raises :class:`DefinitionError`."""
    path = Path(path)
    source = str(path)
    try:
        raw_text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DefinitionError(source, "", f"cannot read the file: {exc}") from exc
    try:
        raw = json.loads(raw_text)
    except json.JSONDecodeError as exc:
        raise DefinitionError(
            source, f"line {exc.lineno}, column {exc.colno}", f"not valid JSON: {exc.msg}"
        ) from exc
    return build_service(raw, source, trusted=trusted)


def build_service(raw: Any, source: str = "<definition>", *, trusted: bool = False) -> Service:
    """Check a parsed definition against the schema and its meaning, and build it.

    ``trusted``: the definitions shipped with the program, checked against the schema by
    the tests and the build; their meaning (expressions, references) is still checked.
    """
    errors = [] if trusted else sorted(_validator().iter_errors(raw),
                                       key=lambda e: (len(e.path), list(e.path)))
    if errors:
        from jsonschema.exceptions import best_match

        error = best_match(errors)
        raise DefinitionError(source, _where(error.absolute_path), error.message)
    return _Builder(raw, source).build()


class _Builder:
    def __init__(self, raw: dict[str, Any], source: str) -> None:
        self.raw, self.source = raw, source

    def fail(self, where: str, what: str) -> DefinitionError:
        return DefinitionError(self.source, where, what)

    def expr(self, source: str | None, where: str) -> Expression | None:
        if source is None:
            return None
        try:
            return parse(source)
        except ExpressionError as exc:
            raise self.fail(where, f"bad expression {source!r}: {exc}") from exc

    def build(self) -> Service:
        raw = self.raw
        sections = []
        seen: dict[str, str] = {}
        for i, sec in enumerate(raw["form"]["sections"]):
            where = f"form.sections[{i}]"
            fields = tuple(
                self.field(f, f"{where}.fields[{j}]", seen) for j, f in enumerate(sec["fields"])
            )
            sections.append(Section(sec["id"], sec["label"], fields,
                                    self.expr(sec.get("relevant"), f"{where}.relevant")))
        all_fields = {f.id: f for s in sections for f in s.fields}
        workflow = self.workflow(raw["workflow"], all_fields) if "workflow" in raw else None
        service = Service(
            id=raw["id"], version=raw["version"], kind=raw["kind"], title=raw["title"],
            sections=tuple(sections), source=self.source, area=raw.get("area"),
            description=raw.get("description"), summary=self.expr(raw.get("summary"), "summary"),
            workflow=workflow, fields=all_fields, shared_with=tuple(raw.get("shared_with", ())),
        )
        for i, fid in enumerate(service.shared_with):
            if fid not in all_fields:
                raise self.fail(f"shared_with[{i}]", f"no field {fid!r} in the form")
        self.check_references(service)
        try:
            _computed_order(service)
        except ValueError as exc:
            raise self.fail("form", str(exc)) from exc
        return service

    def field(self, raw: dict[str, Any], where: str, seen: dict[str, str]) -> Field:
        fid = raw["id"]
        if fid in seen:
            raise self.fail(f"{where}.id", f"field id {fid!r} is already used at {seen[fid]}")
        seen[fid] = where
        if raw.get("pattern"):
            try:
                re.compile(raw["pattern"])
            except re.error as exc:
                raise self.fail(f"{where}.pattern",
                                f"not a valid regular expression: {exc}") from exc
        choices = tuple(Choice(c["value"], c["label"]) for c in raw.get("choices", ()))
        values = [c.value for c in choices]
        if len(set(values)) != len(values):
            raise self.fail(f"{where}.choices", "two choices have the same value")
        if raw["type"] != "repeat" and "fields" in raw:
            raise self.fail(f"{where}.fields", "only a repeat group has fields of its own")
        children: tuple[Field, ...] = ()
        if raw["type"] == "repeat":
            child_seen: dict[str, str] = {}
            children = tuple(self.field(c, f"{where}.fields[{k}]", child_seen)
                             for k, c in enumerate(raw["fields"]))
            if any(c.type == "repeat" for c in children):
                raise self.fail(f"{where}.fields", "repeat groups cannot be nested")
        for lo, hi in (("min", "max"), ("min_length", "max_length"), ("min_rows", "max_rows")):
            low, high = raw.get(lo), raw.get(hi)
            comparable = (isinstance(low, int | float) and isinstance(high, int | float)) or (
                isinstance(low, str) and isinstance(high, str) and "today" not in (low, high))
            if comparable and low > high:  # type: ignore[operator]
                raise self.fail(where, f"{lo} ({low}) is greater than {hi} ({high})")
        built = Field(
            id=fid, type=raw["type"], label=raw["label"], where=where, hint=raw.get("hint"),
            required=raw.get("required", False), read_only=raw.get("read_only", False),
            default=raw.get("default"), min=raw.get("min"), max=raw.get("max"),
            min_length=raw.get("min_length"), max_length=raw.get("max_length"),
            pattern=raw.get("pattern"), pattern_message=raw.get("pattern_message"),
            relevant=self.expr(raw.get("relevant"), f"{where}.relevant"),
            constraint=self.expr(raw.get("constraint"), f"{where}.constraint"),
            constraint_message=raw.get("constraint_message"),
            calculate=self.expr(raw.get("calculate"), f"{where}.calculate"),
            choices=choices, register=raw.get("register"), accept=tuple(raw.get("accept", ())),
            max_size_mb=raw.get("max_size_mb"), fields=children,
            min_rows=raw.get("min_rows"), max_rows=raw.get("max_rows"),
        )
        if built.default is not None:
            try:
                check_value(built, built.default)
            except ValueProblem as exc:
                raise self.fail(f"{where}.default",
                                f"the default is not valid: {exc.rule}") from exc
        return built

    def workflow(self, raw: dict[str, Any], fields: Mapping[str, Field]) -> Workflow:
        states = {}
        for sid, st in raw["states"].items():
            deadline = None
            if "deadline" in st:
                deadline = DeadlineRule(**st["deadline"])
                cf = deadline.campaign_field
                if cf and (cf not in fields or fields[cf].type != "reference"):
                    raise self.fail(f"workflow.states.{sid}.deadline.campaign_field",
                                    f"{cf!r} is not a reference field of this form")
            states[sid] = State(sid, st["label"], st.get("final", False),
                                st.get("freezes_fields", False), deadline)
        if raw["initial"] not in states:
            raise self.fail("workflow.initial", f"unknown state {raw['initial']!r}")
        roles = known_roles()
        actions = {}
        for aid, act in raw["actions"].items():
            where = f"workflow.actions.{aid}"
            for i, st in enumerate(act["from"]):
                if st not in states:
                    raise self.fail(f"{where}.from[{i}]", f"unknown state {st!r}")
                if states[st].final:
                    raise self.fail(f"{where}.from[{i}]", f"state {st!r} is final")
            if act["to"] not in states:
                raise self.fail(f"{where}.to", f"unknown state {act['to']!r}")
            for i, role in enumerate(act["roles"]):
                if role not in roles:
                    raise self.fail(f"{where}.roles[{i}]",
                                    f"unknown role {role!r} (known: {', '.join(sorted(roles))})")
            for i, fid in enumerate(act.get("requires", ())):
                if fid not in fields:
                    raise self.fail(f"{where}.requires[{i}]", f"no field {fid!r} in the form")
            for key in ("by_org_of",):
                if act.get(key) and act[key] not in fields:
                    raise self.fail(f"{where}.{key}", f"no field {act[key]!r} in the form")
            move = act.get("moves")
            if move:
                for key in ("record", "to_org"):
                    if move[key] not in fields:
                        raise self.fail(f"{where}.moves.{key}", f"no field {move[key]!r} in "
                                                                "the form")
                if fields[move["record"]].type != "reference":
                    raise self.fail(f"{where}.moves.record", "must be a reference field")
            actions[aid] = Action(
                aid, act["label"], tuple(act["from"]), act["to"], tuple(act["roles"]),
                tuple(act.get("requires", ())),
                self.expr(act.get("condition"), f"{where}.condition"),
                act.get("condition_message"), tuple(act.get("documents", ())),
                act.get("by_org_of"),
                Move(move["record"], move["to_org"], tuple(move.get("clear", ())))
                if move else None,
            )
        return Workflow(raw["initial"], states, actions)

    def check_references(self, service: Service) -> None:
        top = service.fields

        def check(expr: Expression | None, where: str, row: Field | None = None) -> None:
            if expr is None:
                return
            for name in expr.references:
                if name == ".":
                    continue
                head, _, tail = name.partition(".")
                if row is not None and not tail and row.child(head):
                    continue
                target = top.get(head)
                if target is None:
                    raise self.fail(where, f"${{{name}}} names no field of this form")
                if tail and (target.type != "repeat" or not target.child(tail)):
                    raise self.fail(where, f"${{{name}}}: {head!r} has no field {tail!r}")

        for i, sec in enumerate(service.sections):
            check(sec.relevant, f"form.sections[{i}].relevant")
            for f in sec.fields:
                for attr in ("relevant", "constraint", "calculate"):
                    check(getattr(f, attr), f"{f.where}.{attr}")
                for child in f.fields:
                    for attr in ("relevant", "constraint", "calculate"):
                        check(getattr(child, attr), f"{child.where}.{attr}", row=f)
        check(service.summary, "summary")
        if service.workflow:
            for aid, act in service.workflow.actions.items():
                check(act.condition, f"workflow.actions.{aid}.condition")


def _computed_order(service: Service) -> list[Field]:
    computed = {f.id: f for f in service.fields.values() if f.calculate is not None}
    order: list[Field] = []
    visiting: set[str] = set()

    def visit(fid: str, chain: tuple[str, ...]) -> None:
        if fid in visiting:
            raise ValueError(f"computed fields depend on each other in a cycle: "
                             f"{' -> '.join((*chain, fid))}")
        if any(f.id == fid for f in order):
            return
        visiting.add(fid)
        calc = computed[fid].calculate
        assert calc is not None
        for ref in calc.references:
            head = ref.partition(".")[0]
            if head in computed:
                visit(head, (*chain, fid))
        visiting.discard(fid)
        order.append(computed[fid])

    for fid in computed:
        visit(fid, ())
    return order


class Catalogue:
    """All service definitions of a folder, by id."""

    def __init__(self, services: Mapping[str, Service]) -> None:
        self._services = dict(services)

    @classmethod
    def load(cls, folder: Path | None = None) -> Catalogue:
        # The program's own definitions are checked against the schema by the tests and the
        # build; an overridden resources folder (DAFTAR_RESOURCES) is checked here.
        trusted = folder is None and not os.environ.get("DAFTAR_RESOURCES")
        folder = folder or resources_dir() / "services"
        services: dict[str, Service] = {}
        for path in sorted(folder.glob("*.json")):
            service = load_service(path, trusted=trusted)
            if service.id != path.stem:
                raise DefinitionError(str(path), "id",
                                      f"the id {service.id!r} must match the file name")
            services[service.id] = service
        return cls(services)

    def get(self, service_id: str) -> Service | None:
        return self._services.get(service_id)

    def __iter__(self) -> Iterator[Service]:
        return iter(self._services.values())

    def __len__(self) -> int:
        return len(self._services)


@cache
def default_catalogue() -> Catalogue:
    return Catalogue.load()
