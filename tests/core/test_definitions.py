"""Service definitions (app/core/definitions.py): the shipped catalogue, and broken files.

A broken definition must be refused with a message that names the file, the place inside it
and what is wrong, so an administrator can fix it without reading the loader's code.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.definitions import (
    LANGUAGES,
    Catalogue,
    DefinitionError,
    build_service,
    load_service,
)
from app.paths import resources_dir

SERVICES_DIR = resources_dir() / "services"
SHIPPED = sorted(SERVICES_DIR.glob("*.json"))

# Keys whose value is a label (a text in each language).
LABEL_KEYS = frozenset({
    "title", "description", "label", "hint",
    "pattern_message", "constraint_message", "condition_message",
})


# --- helpers --------------------------------------------------------------------------------


def L(en: str) -> dict[str, str]:
    return {"en": en, "uz-Latn": en, "uz-Cyrl": en, "ru": en}


def small() -> dict[str, Any]:
    """A small valid case definition; each broken-definition test changes one thing."""
    return {
        "id": "complaint",
        "version": 1,
        "kind": "case",
        "title": L("Complaint"),
        "summary": "${applicant}",
        "form": {
            "sections": [
                {
                    "id": "main",
                    "label": L("Main"),
                    "fields": [
                        {"id": "applicant", "type": "text", "label": L("Applicant"),
                         "max_length": 100},
                        {"id": "pages", "type": "integer", "label": L("Pages"),
                         "min": 1, "max": 50},
                        {"id": "campaign", "type": "reference", "label": L("Campaign"),
                         "register": "campaign"},
                        {"id": "witnesses", "type": "repeat", "label": L("Witnesses"),
                         "fields": [
                             {"id": "name", "type": "text", "label": L("Name")},
                             {"id": "age", "type": "integer", "label": L("Age"), "min": 0},
                         ]},
                        {"id": "kind", "type": "choice", "label": L("Kind"),
                         "choices": [{"value": "oral", "label": L("Oral")},
                                     {"value": "written", "label": L("Written")}]},
                    ],
                },
                {
                    "id": "decision",
                    "label": L("Decision"),
                    "fields": [
                        {"id": "decision_text", "type": "long_text", "label": L("Decision")},
                    ],
                },
            ]
        },
        "workflow": {
            "initial": "draft",
            "states": {
                "draft": {"label": L("Draft")},
                "submitted": {"label": L("Submitted"),
                              "deadline": {"working_days": 3, "label": L("Answer by")}},
                "closed": {"label": L("Closed"), "final": True},
            },
            "actions": {
                "submit": {"label": L("Submit"), "from": ["draft"], "to": "submitted",
                           "roles": ["secretary"], "requires": ["applicant", "pages"]},
                "close": {"label": L("Close"), "from": ["submitted"], "to": "closed",
                          "roles": ["chair"], "requires": ["decision_text"]},
            },
        },
    }


def fields_of(raw: dict[str, Any], section: int = 0) -> list[dict[str, Any]]:
    return raw["form"]["sections"][section]["fields"]


def write(tmp_path: Path, raw: dict[str, Any] | str, name: str = "complaint.json") -> Path:
    path = tmp_path / name
    text = raw if isinstance(raw, str) else json.dumps(raw, ensure_ascii=False, indent=2)
    path.write_text(text, encoding="utf-8")
    return path


def refused(tmp_path: Path, raw: dict[str, Any] | str, where: str, *what: str) -> str:
    """Load ``raw`` from a file; it must be refused naming the file, ``where`` and ``what``."""
    path = write(tmp_path, raw)
    with pytest.raises(DefinitionError) as info:
        load_service(path)
    message = str(info.value)
    assert str(path) in message, message
    assert where in message, message
    assert info.value.where == where, message
    for part in what:
        assert part in message, message
    return message


def test_the_small_definition_itself_is_valid(tmp_path: Path) -> None:
    # Every broken-definition test below changes this one; it must load as it is.
    service = load_service(write(tmp_path, small()))
    assert service.id == "complaint"
    assert service.source == str(tmp_path / "complaint.json")
    assert list(service.fields) == ["applicant", "pages", "campaign", "witnesses", "kind",
                                    "decision_text"]
    assert [f.id for f in service.field("witnesses").fields] == ["name", "age"]
    assert service.workflow is not None
    assert [a.id for a in service.workflow.actions_from("draft")] == ["submit"]
    assert service.section_of("decision_text").id == "decision"


# --- the shipped catalogue --------------------------------------------------------------------


def test_every_shipped_definition_loads_into_the_catalogue() -> None:
    catalogue = Catalogue.load()
    assert SHIPPED, "no definitions shipped in resources/services"
    assert sorted(s.id for s in catalogue) == sorted(p.stem for p in SHIPPED)
    assert len(catalogue) == len(SHIPPED)
    for path in SHIPPED:
        service = catalogue.get(path.stem)
        assert service is not None and service.source == str(path)
        assert service.fields, f"{path.name} has no fields"
        if service.kind == "case":
            assert service.workflow is not None, f"{path.name} is a case type without workflow"
    assert catalogue.get("no_such_service") is None


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_each_shipped_definition_loads_on_its_own(path: Path) -> None:
    service = load_service(path)
    assert service.id == path.stem
    assert service.version >= 1


def labels_in(node: Any, where: str = "") -> Iterator[tuple[str, Any]]:
    """Every label in a raw definition, with where it is."""
    if isinstance(node, dict):
        for key, value in node.items():
            place = f"{where}.{key}" if where else key
            if key in LABEL_KEYS and isinstance(value, dict):
                yield place, value
            else:
                yield from labels_in(value, place)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from labels_in(item, f"{where}[{i}]")


def shipped_labels() -> list[tuple[str, Any]]:
    out = []
    for path in SHIPPED:
        raw = json.loads(path.read_text(encoding="utf-8"))
        out += [(f"{path.name}: {where}", label) for where, label in labels_in(raw)]
    return out


def test_the_label_walk_reaches_every_kind_of_label() -> None:
    # So the language checks below really look at choices, hints, states and actions.
    places = [where for where, _ in shipped_labels()]
    expected = {
        "title": r": title$",
        "section": r"form\.sections\[\d+\]\.label$",
        "field": r"\.fields\[\d+\]\.label$",
        "repeat child": r"\.fields\[\d+\]\.fields\[\d+\]\.label$",
        "choice": r"\.choices\[\d+\]\.label$",
        "hint": r"\.hint$",
        "pattern message": r"\.pattern_message$",
        "constraint message": r"\.constraint_message$",
        "state": r"workflow\.states\.\w+\.label$",
        "deadline": r"workflow\.states\.\w+\.deadline\.label$",
        "action": r"workflow\.actions\.\w+\.label$",
    }
    for kind, pattern in expected.items():
        assert any(re.search(pattern, p) for p in places), f"no {kind} label found"


def test_every_shipped_label_has_all_four_languages() -> None:
    missing = [
        f"{where} lacks {lang}"
        for where, label in shipped_labels()
        for lang in LANGUAGES
        if not (isinstance(label.get(lang), str) and label[lang].strip())
    ]
    assert not missing, "\n".join(missing)
    assert set(LANGUAGES) == {"en", "uz-Latn", "uz-Cyrl", "ru"}


def test_every_role_has_all_four_languages() -> None:
    roles = json.loads((resources_dir() / "roles.json").read_text(encoding="utf-8"))
    missing = [f"{role} lacks {lang}" for role, label in roles.items() for lang in LANGUAGES
               if not label.get(lang)]
    assert not missing, "\n".join(missing)


def uzbek_latin_problems(text: str) -> list[str]:
    problems = []
    for bad, name in (("'", "ASCII apostrophe"), ("\u2018", "U+2018"), ("\u2019", "U+2019"),
                      ("`", "backtick")):
        if bad in text:
            problems.append(f"{name} in {text!r}")
    for m in re.finditer("\u02bb", text):
        if m.start() == 0 or text[m.start() - 1] not in "OoGg":
            problems.append(f"U+02BB (okina) not after o/g in {text!r}")
    for m in re.finditer("\u02bc", text):
        before = text[m.start() - 1] if m.start() else ""
        if not before.isalpha():
            problems.append(f"U+02BC (tutuq belgisi) not after a letter in {text!r}")
    if re.search(r"[\u0400-\u04ff]", text):
        problems.append(f"Cyrillic letters in {text!r}")
    return problems


@pytest.mark.parametrize(("text", "ok"), [
    ("Oʻzbekiston", True),
    ("maʼlumot", True),
    ("O'zbekiston", False),
    ("O\u2018zbekiston", False),
    ("ma\u2019lumot", False),
    ("maʻlumot", False),  # okina where the tutuq belongs
    ("Oʻzbekistoн", False),
])
def test_the_uzbek_latin_check_tells_right_from_wrong(text: str, ok: bool) -> None:
    assert (uzbek_latin_problems(text) == []) is ok


def test_uzbek_latin_labels_use_the_proper_apostrophes() -> None:
    problems = [
        f"{where}: {problem}"
        for where, label in shipped_labels()
        for problem in uzbek_latin_problems(label.get("uz-Latn", ""))
    ]
    assert not problems, "\n".join(problems)


# --- broken definitions -----------------------------------------------------------------------


def test_invalid_json_names_the_line_and_column(tmp_path: Path) -> None:
    text = '{\n  "id": "complaint",\n  "version": 1,,\n  "kind": "case"\n}\n'
    message = refused(tmp_path, text, "line 3, column 16", "not valid JSON")
    assert "property name" in message


def test_a_file_that_is_not_utf8_is_refused_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "complaint.json"
    path.write_bytes(b'{"id": "\xff"}')
    with pytest.raises(DefinitionError, match="cannot read the file") as info:
        load_service(path)
    assert str(path) in str(info.value)


def test_unknown_field_type(tmp_path: Path) -> None:
    raw = small()
    fields_of(raw)[1]["type"] = "money"
    refused(tmp_path, raw, "form.sections[0].fields[1].type", "'money'", "is not one of")


def test_unknown_field_type_inside_a_repeat_names_the_child(tmp_path: Path) -> None:
    raw = small()
    fields_of(raw)[3]["fields"][1]["type"] = "age_in_years"
    refused(tmp_path, raw, "form.sections[0].fields[3].fields[1].type", "'age_in_years'")


@pytest.mark.parametrize(("change", "where", "key"), [
    (lambda r: fields_of(r)[1].pop("label"), "form.sections[0].fields[1]", "label"),
    (lambda r: fields_of(r)[2].pop("register"), "form.sections[0].fields[2]", "register"),
    (lambda r: fields_of(r)[4].pop("choices"), "form.sections[0].fields[4]", "choices"),
    (lambda r: r["workflow"].pop("initial"), "workflow", "initial"),
    (lambda r: r["workflow"]["actions"]["submit"].pop("roles"), "workflow.actions.submit",
     "roles"),
    (lambda r: r.pop("workflow"), "", "workflow"),  # a case type needs a workflow
], ids=["field label", "reference register", "choices", "initial", "roles", "workflow"])
def test_missing_required_key(tmp_path: Path, change: Any, where: str, key: str) -> None:
    raw = small()
    change(raw)
    refused(tmp_path, raw, where, f"'{key}' is a required property")


def test_an_unknown_key_is_refused(tmp_path: Path) -> None:
    raw = small()
    fields_of(raw)[0]["maxlength"] = 10  # a typo for max_length
    refused(tmp_path, raw, "form.sections[0].fields[0]", "'maxlength'")


def test_a_wrongly_typed_value_is_refused(tmp_path: Path) -> None:
    raw = small()
    fields_of(raw)[0]["max_length"] = "100"
    refused(tmp_path, raw, "form.sections[0].fields[0].max_length", "'100'", "integer")


@pytest.mark.parametrize(("change", "where", "first"), [
    (lambda r: fields_of(r)[1].update(id="applicant"), "form.sections[0].fields[1].id",
     "form.sections[0].fields[0]"),
    (lambda r: fields_of(r, 1)[0].update(id="pages"), "form.sections[1].fields[0].id",
     "form.sections[0].fields[1]"),
    (lambda r: fields_of(r)[3]["fields"][1].update(id="name"),
     "form.sections[0].fields[3].fields[1].id", "form.sections[0].fields[3].fields[0]"),
], ids=["same section", "across sections", "inside a repeat"])
def test_duplicate_field_id(tmp_path: Path, change: Any, where: str, first: str) -> None:
    raw = small()
    change(raw)
    refused(tmp_path, raw, where, "is already used at", first)


def test_two_choices_with_the_same_value(tmp_path: Path) -> None:
    raw = small()
    fields_of(raw)[4]["choices"][1]["value"] = "oral"
    refused(tmp_path, raw, "form.sections[0].fields[4].choices", "same value")


def test_expression_syntax_error_in_relevant(tmp_path: Path) -> None:
    raw = small()
    fields_of(raw)[1]["relevant"] = "${applicant} = "
    refused(tmp_path, raw, "form.sections[0].fields[1].relevant", "bad expression",
            "'${applicant} = '", "position")


def test_expression_syntax_error_in_a_section_condition(tmp_path: Path) -> None:
    raw = small()
    raw["form"]["sections"][1]["relevant"] = "${pages} >> 2"
    refused(tmp_path, raw, "form.sections[1].relevant", "bad expression")


@pytest.mark.parametrize(("attr", "source"), [
    ("relevant", "${nope} = 1"),
    ("constraint", ". <= ${nope}"),
    ("calculate", "${nope} + 1"),
])
def test_expression_naming_an_unknown_field(tmp_path: Path, attr: str, source: str) -> None:
    raw = small()
    fields_of(raw)[1][attr] = source
    refused(tmp_path, raw, f"form.sections[0].fields[1].{attr}", "${nope}", "names no field")


def test_unknown_field_in_the_summary_and_in_an_action_condition(tmp_path: Path) -> None:
    raw = small()
    raw["summary"] = "concat(${applicant}, ${nope})"
    refused(tmp_path, raw, "summary", "${nope}")
    raw = small()
    raw["workflow"]["actions"]["close"]["condition"] = "${nope} > 0"
    refused(tmp_path, raw, "workflow.actions.close.condition", "${nope}")


def test_group_field_that_the_repeat_does_not_have(tmp_path: Path) -> None:
    raw = small()
    fields_of(raw)[1]["calculate"] = "count(${witnesses.nope})"
    refused(tmp_path, raw, "form.sections[0].fields[1].calculate",
            "${witnesses.nope}", "'witnesses' has no field 'nope'")


def test_group_reference_on_a_field_that_is_not_a_repeat(tmp_path: Path) -> None:
    raw = small()
    fields_of(raw)[1]["relevant"] = "${applicant.name} = 'x'"
    refused(tmp_path, raw, "form.sections[0].fields[1].relevant", "${applicant.name}")


def test_group_references_that_exist_are_accepted() -> None:
    raw = small()
    fields_of(raw)[1]["calculate"] = "count(${witnesses.name})"
    # a row's own sibling, read from inside the row
    fields_of(raw)[3]["fields"][1]["relevant"] = "${name} != ''"
    service = build_service(raw)
    assert service.field("pages").calculate.references == {"witnesses.name"}


def test_a_sibling_name_inside_a_row_that_does_not_exist(tmp_path: Path) -> None:
    raw = small()
    fields_of(raw)[3]["fields"][1]["relevant"] = "${surname} != ''"
    refused(tmp_path, raw, "form.sections[0].fields[3].fields[1].relevant", "${surname}")


def test_unknown_function_in_calculate(tmp_path: Path) -> None:
    raw = small()
    fields_of(raw)[1]["calculate"] = "frobnicate(${applicant})"
    refused(tmp_path, raw, "form.sections[0].fields[1].calculate", "unknown function",
            "frobnicate")


def test_function_with_the_wrong_number_of_arguments(tmp_path: Path) -> None:
    raw = small()
    fields_of(raw)[1]["calculate"] = "len(${applicant}, 2)"
    refused(tmp_path, raw, "form.sections[0].fields[1].calculate", "len() takes")


def test_computed_fields_in_a_cycle(tmp_path: Path) -> None:
    raw = small()
    fields_of(raw)[1]["calculate"] = "${total} + 1"
    fields_of(raw).append({"id": "total", "type": "integer", "label": L("Total"),
                           "calculate": "${pages} * 2"})
    message = refused(tmp_path, raw, "form", "cycle")
    assert "pages -> total -> pages" in message or "total -> pages -> total" in message


def test_a_computed_field_reading_itself_is_a_cycle(tmp_path: Path) -> None:
    raw = small()
    fields_of(raw)[1]["calculate"] = "${pages} + 1"
    refused(tmp_path, raw, "form", "cycle", "pages -> pages")


def test_invalid_regex_pattern(tmp_path: Path) -> None:
    raw = small()
    fields_of(raw)[0]["pattern"] = "[A-Z"
    refused(tmp_path, raw, "form.sections[0].fields[0].pattern",
            "not a valid regular expression")


@pytest.mark.parametrize(("change", "where"), [
    (lambda w: w["actions"]["submit"].update({"from": ["draft", "pending"]}),
     "workflow.actions.submit.from[1]"),
    (lambda w: w["actions"]["submit"].update(to="pending"), "workflow.actions.submit.to"),
    (lambda w: w.update(initial="pending"), "workflow.initial"),
], ids=["from", "to", "initial"])
def test_unknown_workflow_state(tmp_path: Path, change: Any, where: str) -> None:
    raw = small()
    change(raw["workflow"])
    refused(tmp_path, raw, where, "unknown state 'pending'")


def test_an_action_from_a_final_state(tmp_path: Path) -> None:
    raw = small()
    raw["workflow"]["actions"]["reopen"] = {
        "label": L("Reopen"), "from": ["submitted", "closed"], "to": "draft", "roles": ["chair"],
    }
    refused(tmp_path, raw, "workflow.actions.reopen.from[1]", "'closed'", "final")


def test_unknown_role(tmp_path: Path) -> None:
    raw = small()
    raw["workflow"]["actions"]["submit"]["roles"] = ["janitor", "secretary"]
    message = refused(tmp_path, raw, "workflow.actions.submit.roles[0]",
                      "unknown role 'janitor'")
    assert "secretary" in message and "chair" in message  # the known roles are listed


def test_unknown_role_in_a_shipped_definition(tmp_path: Path) -> None:
    raw = json.loads((SERVICES_DIR / "candidate_nomination.json").read_text(encoding="utf-8"))
    broken = copy.deepcopy(raw)
    broken["workflow"]["actions"]["submit"]["roles"][0] = "secretery"
    refused(tmp_path, broken, "workflow.actions.submit.roles[0]", "unknown role 'secretery'")
    assert raw["workflow"]["actions"]["submit"]["roles"][0] == "secretary"  # copy was deep


def test_requires_naming_no_field(tmp_path: Path) -> None:
    raw = small()
    raw["workflow"]["actions"]["submit"]["requires"] = ["applicant", "signature"]
    refused(tmp_path, raw, "workflow.actions.submit.requires[1]", "no field 'signature'")


@pytest.mark.parametrize("campaign_field", ["applicant", "nope"])
def test_deadline_campaign_field_that_is_not_a_reference_field(
        tmp_path: Path, campaign_field: str) -> None:
    raw = small()
    raw["workflow"]["states"]["submitted"]["deadline"] = {
        "days_before_election": 35, "campaign_field": campaign_field,
    }
    refused(tmp_path, raw, "workflow.states.submitted.deadline.campaign_field",
            f"'{campaign_field}'", "is not a reference field")


def test_deadline_campaign_field_that_is_a_reference_field_is_accepted() -> None:
    raw = small()
    raw["workflow"]["states"]["submitted"]["deadline"] = {
        "days_before_election": 35, "campaign_field": "campaign",
    }
    rule = build_service(raw).workflow.states["submitted"].deadline
    assert rule.days_before_election == 35 and rule.campaign_field == "campaign"


def test_a_deadline_needs_exactly_one_period(tmp_path: Path) -> None:
    raw = small()
    raw["workflow"]["states"]["submitted"]["deadline"] = {"working_days": 3, "hours": 4}
    refused(tmp_path, raw, "workflow.states.submitted.deadline", "'hours'", "'working_days'")


@pytest.mark.parametrize(("index", "default", "what"), [
    (1, 0, "must be at least 1"),
    (1, "3", "must be a whole number"),
    (0, "x" * 101, "at most 100 characters"),
    (4, "telegram", "must be one of: oral, written"),
], ids=["below min", "wrong type", "too long", "not a choice"])
def test_a_default_that_breaks_its_fields_rules(
        tmp_path: Path, index: int, default: Any, what: str) -> None:
    raw = small()
    fields_of(raw)[index]["default"] = default
    refused(tmp_path, raw, f"form.sections[0].fields[{index}].default",
            "the default is not valid", what)


def test_a_default_inside_a_repeat_is_checked_too(tmp_path: Path) -> None:
    raw = small()
    fields_of(raw)[3]["fields"][1]["default"] = -1
    refused(tmp_path, raw, "form.sections[0].fields[3].fields[1].default", "at least 0")


def test_a_valid_default_is_kept() -> None:
    raw = small()
    fields_of(raw)[1]["default"] = 1
    fields_of(raw)[4]["default"] = "written"
    service = build_service(raw)
    assert service.field("pages").default == 1
    assert service.field("kind").default == "written"


@pytest.mark.parametrize(("index", "lo", "hi", "values"), [
    (1, "min", "max", (10, 5)),
    (0, "min_length", "max_length", (20, 10)),
    (3, "min_rows", "max_rows", (5, 2)),
])
def test_min_greater_than_max(
        tmp_path: Path, index: int, lo: str, hi: str, values: tuple[int, int]) -> None:
    raw = small()
    fields_of(raw)[index].update({lo: values[0], hi: values[1]})
    refused(tmp_path, raw, f"form.sections[0].fields[{index}]",
            f"{lo} ({values[0]}) is greater than {hi} ({values[1]})")


def test_min_equal_to_max_is_accepted() -> None:
    raw = small()
    fields_of(raw)[1].update(min=7, max=7)
    assert build_service(raw).field("pages").min == 7


def test_date_min_after_date_max_is_refused(tmp_path: Path) -> None:
    raw = small()
    fields_of(raw).append({"id": "filed_on", "type": "date", "label": L("Filed on"),
                           "min": "2025-01-01", "max": "2024-01-01"})
    refused(tmp_path, raw, "form.sections[0].fields[5]", "min", "max")


def test_fields_of_their_own_only_on_a_repeat(tmp_path: Path) -> None:
    raw = small()
    fields_of(raw)[0]["fields"] = [{"id": "x", "type": "text", "label": L("X")}]
    refused(tmp_path, raw, "form.sections[0].fields[0].fields", "only a repeat group")


def test_nested_repeats_are_refused(tmp_path: Path) -> None:
    raw = small()
    fields_of(raw)[3]["fields"].append({
        "id": "phones", "type": "repeat", "label": L("Phones"),
        "fields": [{"id": "phone", "type": "text", "label": L("Phone")}],
    })
    refused(tmp_path, raw, "form.sections[0].fields[3].fields", "cannot be nested")


def test_file_id_must_match_the_file_name(tmp_path: Path) -> None:
    write(tmp_path, small(), "complaint.json")
    # A valid definition, but in a file named after another service.
    path = write(tmp_path, small(), "zz_other.json")
    with pytest.raises(DefinitionError) as info:
        Catalogue.load(tmp_path)
    message = str(info.value)
    assert str(path) in message
    assert info.value.where == "id"
    assert "'complaint'" in message and "must match the file name" in message


def test_a_folder_of_valid_definitions_loads(tmp_path: Path) -> None:
    write(tmp_path, small())
    other = small()
    other["id"] = "appeal"
    write(tmp_path, other, "appeal.json")
    (tmp_path / "notes.txt").write_text("not a definition", encoding="utf-8")
    catalogue = Catalogue.load(tmp_path)
    assert sorted(s.id for s in catalogue) == ["appeal", "complaint"]


def test_a_broken_file_stops_the_whole_catalogue(tmp_path: Path) -> None:
    write(tmp_path, small())
    path = write(tmp_path, "{", "broken.json")
    with pytest.raises(DefinitionError) as info:
        Catalogue.load(tmp_path)
    assert str(path) in str(info.value)


def test_build_service_without_a_file_names_the_given_source() -> None:
    raw = small()
    fields_of(raw)[1]["type"] = "money"
    with pytest.raises(DefinitionError) as info:
        build_service(raw, "sync:complaint@v2")
    assert str(info.value).startswith("sync:complaint@v2 at form.sections[0].fields[1].type: ")


# --- computed fields --------------------------------------------------------------------------


def test_computed_order_puts_dependencies_first() -> None:
    raw = small()
    # Declared in the reverse of the order they must be computed in.
    fields_of(raw, 1).extend([
        {"id": "c", "type": "integer", "label": L("C"), "calculate": "${b} * 2 + ${a}"},
        {"id": "b", "type": "integer", "label": L("B"), "calculate": "${a} + 1"},
        {"id": "a", "type": "integer", "label": L("A"),
         "calculate": "${pages} + count(${witnesses})"},
        {"id": "d", "type": "text", "label": L("D"), "calculate": "concat(${applicant}, '!')"},
    ])
    order = [f.id for f in build_service(raw).computed_order()]
    assert sorted(order) == ["a", "b", "c", "d"]  # every computed field, only those
    assert order.index("a") < order.index("b") < order.index("c")


def test_computed_order_of_the_shipped_attendance_sheet() -> None:
    service = Catalogue.load().get("attendance_sheet")
    order = [f.id for f in service.computed_order()]
    assert set(order) == {"present_count", "absent_count", "attendance_rate"}
    assert order.index("present_count") < order.index("absent_count")
    assert order.index("present_count") < order.index("attendance_rate")
