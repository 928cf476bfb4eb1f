"""Tests of the deterministic demo-record generator (app.core.demo_data)."""

from __future__ import annotations

import datetime
import json
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from app.core import demo_data
from app.core.demo_data import (
    campaign_fields,
    candidate_nomination_fields,
    fake_attachment,
    person_name,
    pinfl,
    student_fields,
)
from app.core.identifiers import check_pinfl

REFERENCE = datetime.date(2026, 1, 1)
SCHOOL_YEAR_START = datetime.date(2025, 9, 1)

CANDIDATE_KEYS_ALWAYS = {
    "constituency_name",
    "constituency_number",
    "nominating_party",
    "party_body",
    "surname",
    "given_name",
    "patronymic",
    "birth_date",
    "gender",
    "pinfl",
    "passport",
    "nationality",
    "education",
    "speciality",
    "profession",
    "position",
    "workplace",
    "party_member",
    "residence_region",
    "residence_district",
    "residence_address",
    "phone",
    "holds_incompatible_office",
    "party_decision",
    "meeting_protocol",
    "consent",
}
CANDIDATE_KEYS_SOMETIMES = {
    "campaign",
    "party_member_since",
    "email",
    "previous_offices",
    "resignation_application",
}
STUDENT_KEYS = {
    "surname",
    "given_name",
    "patronymic",
    "birth_date",
    "gender",
    "pinfl",
    "grade",
    "language",
    "address",
    "parent_name",
    "parent_phone",
}

# Apostrophe look-alikes that must never stand for the ʻ of oʻ / gʻ.
WRONG_APOSTROPHES = "'\u2018\u2019\u02bc`"
WRONG_AFTER_O_G = re.compile(r"[oOgG][" + re.escape(WRONG_APOSTROPHES) + "]")
NEVER_IN_UZ_LATIN = re.compile(r"['\u2018\u2019`]")
UZ_CYRILLIC_LETTERS = set("ўғқҳЎҒҚҲ")


@pytest.fixture(scope="module")
def candidates() -> list[dict[str, Any]]:
    rng = random.Random(20260101)
    return [candidate_nomination_fields(rng, campaign_id="camp-1") for _ in range(10_000)]


@pytest.fixture(scope="module")
def students() -> list[dict[str, Any]]:
    rng = random.Random(7)
    return [student_fields(rng, class_id="7-A") for _ in range(5_000)]


@pytest.fixture(scope="module")
def campaigns() -> list[dict[str, Any]]:
    rng = random.Random(3)
    return [campaign_fields(rng) for _ in range(2_000)]


def strings_in(value: Any) -> Iterator[str]:
    """Every string inside a JSON-like value, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings_in(item)


def age_on(born: datetime.date, day: datetime.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def is_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


# --- Determinism ---------------------------------------------------------------------------


def _sample(seed: int) -> list[Any]:
    rng = random.Random(seed)
    return [
        [candidate_nomination_fields(rng) for _ in range(50)],
        [student_fields(rng) for _ in range(50)],
        [campaign_fields(rng) for _ in range(20)],
        [person_name(rng, script) for script in demo_data.SCRIPTS for _ in range(10)],
        [fake_attachment(rng, "a.pdf") for _ in range(5)],
        [pinfl(rng, datetime.date(1990, 5, 17), "female") for _ in range(5)],
    ]


def test_same_seed_gives_same_output() -> None:
    assert _sample(42) == _sample(42)


def test_different_seeds_give_different_output() -> None:
    first, second = _sample(1), _sample(2)
    for part_a, part_b in zip(first, second, strict=True):
        assert part_a != part_b


def test_output_depends_only_on_the_generator() -> None:
    """Interleaving other generators' draws does not change a generator's records."""
    alone = random.Random(5)
    expected = [candidate_nomination_fields(alone) for _ in range(20)]
    mixed = random.Random(5)
    other = random.Random(6)
    got = []
    for _ in range(20):
        student_fields(other)
        got.append(candidate_nomination_fields(mixed))
    assert got == expected


# --- PINFL ---------------------------------------------------------------------------------


def _assert_pinfl_matches(value: str, born: datetime.date, sex: str) -> None:
    check = check_pinfl(value)
    assert check.error is None, (value, check.error)
    assert check.warnings == (), (value, check.warnings)
    assert check.birth_date == born
    assert check.sex == sex
    assert re.fullmatch(r"\d{14}", value)


def test_candidate_pinfls_are_valid_and_consistent(candidates: list[dict[str, Any]]) -> None:
    for record in candidates:
        born = datetime.date.fromisoformat(record["birth_date"])
        _assert_pinfl_matches(record["pinfl"], born, record["gender"])


def test_student_pinfls_are_valid_and_consistent(students: list[dict[str, Any]]) -> None:
    for record in students:
        born = datetime.date.fromisoformat(record["birth_date"])
        _assert_pinfl_matches(record["pinfl"], born, record["gender"])


@pytest.mark.parametrize(
    "born",
    [
        datetime.date(1899, 12, 31),
        datetime.date(1900, 1, 1),
        datetime.date(1955, 1, 2),
        datetime.date(1999, 12, 31),
        datetime.date(2000, 1, 1),
        datetime.date(2000, 2, 29),
        datetime.date(2018, 7, 4),
        datetime.date(2024, 12, 31),
    ],
)
@pytest.mark.parametrize("sex", ["male", "female"])
def test_pinfl_for_any_supported_date(born: datetime.date, sex: str) -> None:
    rng = random.Random(born.toordinal())
    for _ in range(50):
        _assert_pinfl_matches(pinfl(rng, born, sex), born, sex)


def test_pinfl_refuses_what_it_cannot_encode() -> None:
    rng = random.Random(0)
    with pytest.raises(ValueError):
        pinfl(rng, datetime.date(1799, 12, 31), "male")
    with pytest.raises(ValueError):
        pinfl(rng, datetime.date(2100, 1, 1), "female")
    with pytest.raises(ValueError):
        pinfl(rng, datetime.date(1990, 1, 1), "m")


# --- Candidates ----------------------------------------------------------------------------


def test_candidate_keys(candidates: list[dict[str, Any]]) -> None:
    for record in candidates:
        keys = set(record)
        assert keys >= CANDIDATE_KEYS_ALWAYS
        assert keys <= CANDIDATE_KEYS_ALWAYS | CANDIDATE_KEYS_SOMETIMES
        assert record["campaign"] == "camp-1"
    assert "campaign" not in candidate_nomination_fields(random.Random(1))


def test_candidate_ages_in_range(candidates: list[dict[str, Any]]) -> None:
    ages = [age_on(datetime.date.fromisoformat(r["birth_date"]), REFERENCE) for r in candidates]
    assert min(ages) >= 25
    assert max(ages) <= 70
    assert min(ages) <= 27
    assert max(ages) >= 68


def test_party_member_since_iff_member(candidates: list[dict[str, Any]]) -> None:
    members = 0
    for record in candidates:
        assert isinstance(record["party_member"], bool)
        assert ("party_member_since" in record) == record["party_member"]
        if record["party_member"]:
            members += 1
            born = datetime.date.fromisoformat(record["birth_date"])
            since = datetime.date.fromisoformat(record["party_member_since"])
            try:
                eighteenth = born.replace(year=born.year + 18)
            except ValueError:  # born on 29 February
                eighteenth = datetime.date(born.year + 18, 3, 1)
            assert since > eighteenth
            assert since < REFERENCE
    assert members > 0.7 * len(candidates)


def test_resignation_iff_incompatible_office(candidates: list[dict[str, Any]]) -> None:
    for record in candidates:
        assert isinstance(record["holds_incompatible_office"], bool)
        assert ("resignation_application" in record) == record["holds_incompatible_office"]


def test_candidate_field_formats(candidates: list[dict[str, Any]]) -> None:
    series = "|".join(demo_data.PASSPORT_SERIES)
    prefixes = "|".join(demo_data.PHONE_PREFIXES)
    for r in candidates:
        assert 1 <= r["constituency_number"] <= 150
        assert r["constituency_name"].endswith(("saylov okrugi", "сайлов округи"))
        assert r["nominating_party"] in demo_data.PARTIES
        assert r["party_body"].endswith(("kengashi", "кенгаши"))
        assert r["gender"] in ("male", "female")
        assert re.fullmatch(rf"(?:{series})\d{{7}}", r["passport"])
        assert r["nationality"] in demo_data.NATIONALITIES
        assert r["education"] in demo_data.EDUCATION_LEVELS
        for key in ("speciality", "profession", "position", "workplace", "residence_address"):
            assert isinstance(r[key], str) and r[key].strip() == r[key] and r[key]
        assert r["residence_region"] in demo_data.REGIONS
        assert r["residence_district"] in demo_data.DISTRICTS[r["residence_region"]]
        assert re.fullmatch(rf"\+998(?:{prefixes})\d{{7}}", r["phone"])
        if "email" in r:
            assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]+", r["email"]), r["email"]
        if "previous_offices" in r:
            assert r["previous_offices"].endswith(".")
            assert len(r["previous_offices"]) > 40


def test_constituency_number_always_has_the_same_name(candidates: list[dict[str, Any]]) -> None:
    latin: dict[int, set[str]] = {}
    for r in candidates:
        if not is_cyrillic(r["constituency_name"]):
            latin.setdefault(r["constituency_number"], set()).add(r["constituency_name"])
    assert all(len(names) == 1 for names in latin.values())
    assert len(latin) == 150
    assert "Jizzax saylov okrugi" in {name for names in latin.values() for name in names}


def test_attachments(candidates: list[dict[str, Any]]) -> None:
    names = Counter()
    for r in candidates:
        for key in ("party_decision", "meeting_protocol", "consent", "resignation_application"):
            if key not in r:
                continue
            attachment = r[key]
            assert set(attachment) == {"sha256", "name", "size", "mime"}
            assert re.fullmatch(r"[0-9a-f]{64}", attachment["sha256"])
            assert 20_000 <= attachment["size"] <= 2_000_000
            assert attachment["mime"] in ("application/pdf", "image/jpeg")
            assert attachment["name"].endswith(
                ".pdf" if attachment["mime"] == "application/pdf" else ".jpg"
            )
            names[attachment["name"]] += 1
    assert {"partiya_qarori.pdf", "yigʻilish_bayonnomasi.pdf", "rozilik_arizasi.pdf"} <= set(names)


def test_fake_attachment() -> None:
    rng = random.Random(9)
    attachment = fake_attachment(rng, "rozilik_arizasi.pdf")
    assert attachment["name"] == "rozilik_arizasi.pdf"
    assert attachment["mime"] == "application/pdf"
    assert re.fullmatch(r"[0-9a-f]{64}", attachment["sha256"])
    assert 20_000 <= attachment["size"] <= 2_000_000
    assert fake_attachment(rng, "x.png", "image/png")["mime"] == "image/png"
    hashes = {fake_attachment(rng, "a.pdf")["sha256"] for _ in range(1000)}
    assert len(hashes) == 1000


def test_candidate_shares(candidates: list[dict[str, Any]]) -> None:
    n = len(candidates)
    email = sum("email" in r for r in candidates) / n
    offices = sum("previous_offices" in r for r in candidates) / n
    incompatible = sum(r["holds_incompatible_office"] for r in candidates) / n
    female = sum(r["gender"] == "female" for r in candidates) / n
    assert 0.35 < email < 0.45
    assert 0.45 < offices < 0.55
    assert 0.07 < incompatible < 0.13
    assert 0.3 < female < 0.55
    cyrillic = [r for r in candidates if is_cyrillic(r["surname"])]
    assert 0.35 < len(cyrillic) / n < 0.45  # Uzbek Cyrillic ~20% + Russian ~20%
    assert len({r["residence_region"] for r in candidates}) == len(demo_data.REGIONS)
    assert {r["education"] for r in candidates} == set(demo_data.EDUCATION_LEVELS)
    assert {r["nominating_party"] for r in candidates} == set(demo_data.PARTIES)


def test_names_are_diverse(candidates: list[dict[str, Any]]) -> None:
    full_names = {(r["surname"], r["given_name"], r["patronymic"]) for r in candidates}
    assert len(full_names) >= 2_000
    assert len({r["surname"] for r in candidates}) >= 200
    assert len({r["given_name"] for r in candidates}) >= 200


def test_name_tables_are_large_enough() -> None:
    rng = random.Random(11)
    for sex in ("male", "female"):
        given = {
            person_name(rng, script, sex=sex)[1]
            for script in demo_data.SCRIPTS
            for _ in range(3000)
        }
        assert len(given) >= 180  # at least 60 a script
    stems = {person_name(rng, "uz-Latn", sex="male")[0] for _ in range(5000)}
    assert len(stems) >= 80
    russian = {person_name(rng, "ru", sex="male")[0] for _ in range(5000)}
    assert len(russian) >= 80


def test_candidate_names_match_gender(candidates: list[dict[str, Any]]) -> None:
    male_surname = ("ov", "ev", "ов", "ев", "ёв", "ин", "ий")
    female_surname = ("ova", "eva", "ова", "ева", "ёва", "ина", "ая")
    male_patronymic = ("oʻgʻli", "ovich", "evich", "ўғли", "ович", "евич", "ич")
    female_patronymic = ("qizi", "ovna", "evna", "қизи", "овна", "евна", "на")
    for r in candidates:
        if r["gender"] == "male":
            assert r["surname"].endswith(male_surname), r
            assert r["patronymic"].endswith(male_patronymic), r
        else:
            assert r["surname"].endswith(female_surname), r
            assert r["patronymic"].endswith(female_patronymic), r


# --- Names by script -----------------------------------------------------------------------


@pytest.mark.parametrize("sex", ["male", "female"])
def test_uzbek_latin_names(sex: str) -> None:
    rng = random.Random(100)
    names = [person_name(rng, "uz-Latn", sex=sex) for _ in range(5000)]
    text = " ".join(" ".join(name) for name in names)
    assert not NEVER_IN_UZ_LATIN.search(text)
    assert not WRONG_AFTER_O_G.search(text)
    assert "oʻ" in text.lower() and "gʻ" in text.lower()
    assert not is_cyrillic(text)
    for surname, _given, patronymic in names:
        if sex == "male":
            assert surname.endswith(("ov", "ev"))
            assert patronymic.endswith((" oʻgʻli", "ovich", "evich"))
        else:
            assert surname.endswith(("ova", "eva"))
            assert patronymic.endswith((" qizi", "ovna", "evna"))
    styles = Counter(p.endswith(("oʻgʻli", "qizi")) for _, _, p in names)
    assert styles[True] > 1000 and styles[False] > 1000


@pytest.mark.parametrize("sex", ["male", "female"])
def test_uzbek_cyrillic_names(sex: str) -> None:
    rng = random.Random(101)
    names = [person_name(rng, "uz-Cyrl", sex=sex) for _ in range(5000)]
    letters = set("".join("".join(name) for name in names))
    assert UZ_CYRILLIC_LETTERS & letters >= set("ўғқҳ")
    assert not re.search(r"[A-Za-z]", "".join("".join(name) for name in names))
    surnames = {name[0] for name in names}
    suffix = "" if sex == "male" else "а"
    for expected in ("Ғафуров", "Қодиров", "Ҳасанов", "Тўхтаев"):
        assert expected + suffix in surnames
    for surname, _given, patronymic in names:
        if sex == "male":
            assert surname.endswith(("ов", "ев"))
            assert patronymic.endswith((" ўғли", "ович", "евич"))
        else:
            assert surname.endswith(("ова", "ева"))
            assert patronymic.endswith((" қизи", "овна", "евна"))


@pytest.mark.parametrize("sex", ["male", "female"])
def test_russian_names(sex: str) -> None:
    rng = random.Random(102)
    names = [person_name(rng, "ru", sex=sex) for _ in range(5000)]
    assert not set("ўғқҳ") & set("".join("".join(name) for name in names))
    surnames = {name[0] for name in names}
    assert ("Иванов" if sex == "male" else "Иванова") in surnames
    for surname, _given, patronymic in names:
        if sex == "male":
            assert surname.endswith(("ов", "ев", "ёв", "ин", "ий"))
            assert patronymic.endswith("ич")
        else:
            assert surname.endswith(("ова", "ева", "ёва", "ина", "ая"))
            assert patronymic.endswith("на")


def test_person_name_sex_defaults_to_either_and_refuses_nonsense() -> None:
    rng = random.Random(3)
    endings = Counter(person_name(rng, "ru")[2][-2:] for _ in range(1000))
    assert endings["ич"] > 300 and endings["на"] > 300
    with pytest.raises(ValueError):
        person_name(rng, "en")
    with pytest.raises(ValueError):
        person_name(rng, "ru", sex="x")


def test_no_wrong_apostrophes_anywhere(
    candidates: list[dict[str, Any]],
    students: list[dict[str, Any]],
    campaigns: list[dict[str, Any]],
) -> None:
    for record in [*candidates, *students, *campaigns]:
        for text in strings_in(record):
            assert not NEVER_IN_UZ_LATIN.search(text), text
            assert not WRONG_AFTER_O_G.search(text), text


def test_all_strings_are_nfc(
    candidates: list[dict[str, Any]],
    students: list[dict[str, Any]],
    campaigns: list[dict[str, Any]],
) -> None:
    for record in [*candidates, *students, *campaigns]:
        for text in strings_in(record):
            assert unicodedata.is_normalized("NFC", text), text


def test_all_values_are_json_serialisable(
    candidates: list[dict[str, Any]],
    students: list[dict[str, Any]],
    campaigns: list[dict[str, Any]],
) -> None:
    for record in [*candidates, *students, *campaigns]:
        assert json.loads(json.dumps(record, ensure_ascii=False)) == record


# --- Students ------------------------------------------------------------------------------


def test_student_keys(students: list[dict[str, Any]]) -> None:
    for record in students:
        assert set(record) == STUDENT_KEYS | {"class"}
        assert record["class"] == "7-A"
    assert set(student_fields(random.Random(1))) == STUDENT_KEYS


def test_student_ages_and_grades(students: list[dict[str, Any]]) -> None:
    grades = Counter()
    for record in students:
        born = datetime.date.fromisoformat(record["birth_date"])
        assert 6 <= age_on(born, SCHOOL_YEAR_START) <= 17
        assert 6 <= age_on(born, REFERENCE) <= 17
        grade = record["grade"]
        assert isinstance(grade, int) and 1 <= grade <= 11
        # Grade 1 in 2025/26 is for children who turn 7 in 2025.
        assert grade == 2025 - 7 - born.year + 1
        grades[grade] += 1
    assert set(grades) == set(range(1, 12))


def test_student_other_fields(students: list[dict[str, Any]]) -> None:
    prefixes = "|".join(demo_data.PHONE_PREFIXES)
    languages = Counter(r["language"] for r in students)
    assert set(languages) == set(demo_data.LANGUAGES)
    assert languages["uz"] > languages["ru"] > languages["kk"]
    for r in students:
        assert re.fullmatch(rf"\+998(?:{prefixes})\d{{7}}", r["parent_phone"])
        parent = r["parent_name"].split(" ")
        assert len(parent) >= 3
        # The family name is shared with the child (in the parent's gender).
        assert parent[0][:4] == r["surname"][:4]
        assert r["address"].count(",") >= 2


def test_student_patronymic_is_father_name() -> None:
    rng = random.Random(12)
    fathers = 0
    for _ in range(2000):
        r = student_fields(rng)
        parent_surname, parent_given = r["parent_name"].split(" ")[:2]
        # Uzbek patronymics, in either style, begin with the father's name.
        if not is_cyrillic(parent_surname) and parent_surname.endswith(("ov", "ev")):
            fathers += 1
            assert r["patronymic"].startswith(parent_given), r
    assert fathers > 700


# --- Campaigns -----------------------------------------------------------------------------


def test_campaigns(campaigns: list[dict[str, Any]]) -> None:
    types = Counter()
    for c in campaigns:
        assert set(c) == {"title", "election_type", "election_day", "announced_on"}
        assert c["election_type"] in demo_data.ELECTION_TYPES
        types[c["election_type"]] += 1
        day = datetime.date.fromisoformat(c["election_day"])
        assert day.weekday() == 6
        assert 2026 <= day.year <= 2028
        announced = datetime.date.fromisoformat(c["announced_on"])
        assert 90 <= (day - announced).days <= 110
        assert "saylov" in c["title"]
        assert str(day.year) in c["title"]
    assert set(types) == set(demo_data.ELECTION_TYPES)
    titles = {c["title"] for c in campaigns}
    assert (
        "2026-yilgi Oʻzbekiston Respublikasi Oliy Majlisi Qonunchilik palatasiga saylov" in titles
    )
