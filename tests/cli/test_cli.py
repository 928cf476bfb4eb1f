"""The `daftar` command, run as a real process, offline, as an admin or a script would."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from casekit import dump

from app.cli import build_parser


class Daftar:
    def __init__(self, profile: Path) -> None:
        self.profile = profile
        self.env = {**os.environ, "DAFTAR_PROFILE": str(profile), "DAFTAR_DEVICE": "pc-1"}

    def __call__(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "app", *args], env=self.env,
                              capture_output=True, text=True, timeout=60)

    def ok(self, *args: str) -> dict:
        result = self(*args, "--json")
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    @property
    def replica(self) -> Path:
        return self.profile / "replica.sqlite3"


@pytest.fixture
def daftar(tmp_path: Path) -> Daftar:
    d = Daftar(tmp_path / "profile")
    d.ok("profile", "set-user", "aziza", "--org", "uz.jizzakh.dec_3", "--role", "secretary")
    return d


@pytest.fixture
def scans(tmp_path: Path) -> dict[str, Path]:
    files = {}
    for name in ("party_decision", "meeting_protocol", "consent"):
        files[name] = tmp_path / f"{name}.pdf"
        files[name].write_bytes(f"%PDF-1.4 {name}".encode())
    return files


FILL = ["--set", "surname=G'afurov", "--set", "given_name=Akmal",
        "--set", "birth_date=12.03.1980", "--set", "gender=male",
        "--set", "pinfl=31203800123453", "--set", "passport=AB1234567",
        "--set", "constituency_name=Jizzax saylov okrugi", "--set", "constituency_number=12",
        "--set", "nominating_party=Oʻzbekiston Xalq demokratik partiyasi",
        "--set", "profession=oʻqituvchi", "--set", "position=direktor",
        "--set", "workplace=12-son maktab", "--set", "residence_region=jizzakh",
        "--set", "residence_address=Sharof Rashidov 12"]


def test_nomination_created_filled_submitted_registered_offline(daftar: Daftar, scans) -> None:
    case = daftar.ok("case", "new", "candidate_nomination")
    daftar.ok("case", "set", case["id"], *FILL)
    attachments = [arg for name, path in scans.items() for arg in ("--set", f"{name}=@{path}")]
    daftar.ok("case", "act", case["id"], "submit", *attachments)
    daftar.ok("case", "act", case["id"][:13], "register")  # a short id is enough

    shown = daftar.ok("case", "show", case["id"])
    assert shown["state"] == "received"
    assert shown["fields"]["surname"] == "Gʻafurov"  # the apostrophe normalised
    assert shown["fields"]["birth_date"] == "1980-03-12"
    assert shown["fields"]["consent"]["name"] == "consent.pdf"
    assert shown["computed"]["full_name"] == "Gʻafurov Akmal"
    history = shown["history"]
    assert len(history) >= 3
    assert [h["event"] for h in history] == ["created", "edited", "action", "action"]
    assert [h.get("action") for h in history[2:]] == ["submit", "register"]
    assert all(h["by"] == "aziza" and h["device"] == "pc-1" for h in history)
    assert "surname" in history[1]["changes"]
    assert (daftar.profile / "blobs").is_dir()

    listed = daftar.ok("case", "list", "--search", "gafur")
    assert [c["id"] for c in listed] == [case["id"]]


def test_invalid_pinfl_is_refused_and_nothing_changes(daftar: Daftar) -> None:
    case = daftar.ok("case", "new", "candidate_nomination", *FILL)
    before = dump(daftar.replica)
    result = daftar("case", "set", case["id"], "--set", "pinfl=3120380012345")
    assert result.returncode == 1
    assert "pinfl" in result.stderr and "exactly 14 digits" in result.stderr
    assert "Traceback" not in result.stderr
    result = daftar("case", "set", case["id"], "--set", "pinfl=31023800123453", "--json")
    assert result.returncode == 1
    assert "birth date" in json.loads(result.stdout)["error"]
    assert dump(daftar.replica) == before


def test_transition_without_attachment_is_refused_and_nothing_changes(
        daftar: Daftar, scans) -> None:
    case = daftar.ok("case", "new", "candidate_nomination", *FILL)
    before = dump(daftar.replica)
    blobs_before = sorted((daftar.profile / "blobs").rglob("*"))
    result = daftar("case", "act", case["id"], "submit",
                    "--set", f"party_decision=@{scans['party_decision']}")
    assert result.returncode == 1
    assert "cannot submit" in result.stderr
    assert "meeting_protocol" in result.stderr and "consent" in result.stderr
    assert dump(daftar.replica) == before
    assert sorted((daftar.profile / "blobs").rglob("*")) == blobs_before  # no stray scan


def test_wrong_role_is_refused_with_the_reason(daftar: Daftar) -> None:
    case = daftar.ok("case", "new", "candidate_nomination", *FILL)
    result = daftar("case", "act", case["id"], "register_candidate")
    assert result.returncode == 1
    assert "needs the role chair (you have secretary)" in result.stderr


def test_usage_errors_exit_2_and_refusals_exit_1(daftar: Daftar) -> None:
    assert daftar("case", "frobnicate").returncode == 2
    assert daftar("case", "new").returncode == 2
    assert daftar("case", "new", "--set", "x").returncode == 2
    missing = daftar("case", "show", "0123456789")
    assert missing.returncode == 1 and "no case or record" in missing.stderr
    unknown = daftar("case", "new", "no_such_service")
    assert unknown.returncode == 1 and "candidate_nomination" in unknown.stderr
    bad_set = daftar("case", "new", "candidate_nomination", "--set", "novalue")
    assert bad_set.returncode == 1 and "FIELD=VALUE" in bad_set.stderr


def test_a_profile_without_a_user_says_how_to_set_one(tmp_path: Path) -> None:
    result = Daftar(tmp_path / "empty")("case", "list")
    assert result.returncode == 1
    assert "daftar profile set-user" in result.stderr


def test_profile_option_and_environment_select_separate_replicas(
        daftar: Daftar, tmp_path: Path) -> None:
    daftar.ok("case", "new", "candidate_nomination", *FILL)
    other = tmp_path / "other"
    daftar.ok("--profile", str(other), "profile", "set-user", "malika", "--org",
              "uz.jizzakh.school_12", "--role", "teacher")
    assert daftar.ok("case", "list", "--profile", str(other)) == []
    assert len(daftar.ok("case", "list")) == 1


def test_services_list_and_show(daftar: Daftar) -> None:
    services = {s["id"]: s for s in daftar.ok("services", "list")}
    assert {"candidate_nomination", "attendance_sheet"} <= set(services)
    assert services["candidate_nomination"]["kind"] == "case"
    shown = daftar.ok("services", "show", "candidate_nomination", "--lang", "uz-Cyrl")
    assert shown["title"] == "Номзодни кўрсатиш ва рўйхатга олиш"
    assert "register" in {a["id"] for a in shown["workflow"]["actions"]}
    assert daftar("services", "show", "nope").returncode == 1


def test_labels_follow_the_language(daftar: Daftar) -> None:
    case = daftar.ok("case", "new", "candidate_nomination", *FILL)
    shown = daftar.ok("case", "show", case["id"], "--lang", "ru")
    assert shown["state_label"] == "Черновик"
    text = daftar("case", "show", case["id"], "--lang", "uz-Latn").stdout
    assert "Familiyasi: Gʻafurov" in text


def test_selftest_passes_and_reports_each_check(daftar: Daftar) -> None:
    result = daftar("selftest")
    assert result.returncode == 0, result.stdout
    for check in ("SQLite full-text search", "Service definitions", "Fonts", "A new replica"):
        assert check in result.stdout
    report = daftar.ok("selftest")
    assert report["ok"] and all(c["ok"] for c in report["checks"])


def test_selftest_fails_on_a_broken_installation(daftar: Daftar, tmp_path: Path) -> None:
    broken = tmp_path / "resources"
    import shutil

    shutil.copytree(Path(__file__).parents[2] / "resources", broken)
    (broken / "fonts" / "DejaVuSans.ttf").unlink()
    (broken / "services" / "class.json").write_text("{ not json")
    daftar.env["DAFTAR_RESOURCES"] = str(broken)
    result = daftar("selftest")
    assert result.returncode == 1
    assert "FAIL  Fonts" in result.stdout and "DejaVuSans.ttf" in result.stdout
    assert "class.json at line 1" in result.stdout


def test_every_command_has_help_and_is_documented() -> None:
    docs = (Path(__file__).parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    parser = build_parser()
    commands = parser._subparsers._group_actions[0]  # type: ignore[union-attr]
    for name, sub in commands.choices.items():
        assert commands._choices_actions and any(  # type: ignore[attr-defined]
            a.dest == name and a.help for a in commands._choices_actions), name
        actions = [a for a in sub._actions if a.__class__.__name__ == "_SubParsersAction"]
        leaves = list(actions[0].choices) if actions else [None]
        headings = [line for line in docs.splitlines() if line.startswith(f"### `daftar {name}")]
        for leaf in leaves:
            documented = [h for h in headings
                          if leaf is None or re.search(rf"`daftar {name}( --\S+ \S+)* {leaf}\b", h)]
            assert documented, f"docs/cli.md has no heading for 'daftar {name} {leaf or ''}'"
