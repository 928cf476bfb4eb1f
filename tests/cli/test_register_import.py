"""`daftar register import` as a real process: a school's student list, bad rows and all."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from importkit import BAD, CLASSES, HEADERS, spoil, student_rows, write_csv


def daftar(profile: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DAFTAR_PROFILE": str(profile), "DAFTAR_DEVICE": "pc-1"}
    return subprocess.run([sys.executable, "-m", "app", *args], env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def school(tmp_path: Path) -> Path:
    profile = tmp_path / "profile"
    assert daftar(profile, "profile", "set-user", "dilnoza", "--org", "uz.jizzakh.school_12",
                  "--role", "school_secretary").returncode == 0
    for name in CLASSES:
        done = daftar(profile, "case", "new", "class", "--set", f"name={name}",
                      "--set", f"grade={name[0]}", "--set", "language=uz")
        assert done.returncode == 0, done.stderr
    return profile


def test_import_reports_the_bad_rows_saves_them_and_a_rerun_adds_nothing(
        school: Path, tmp_path: Path) -> None:
    # 1,000 rows (the 5,000-row figure is tests/core/test_imports.py's), semicolons and a BOM
    # as Excel writes them in an Uzbek locale; the three bad rows of importkit.BAD among them.
    rows = spoil(student_rows(5000))
    rows = rows[:100] + rows[2000:2100] + rows[3950:4050]
    source = write_csv(tmp_path / "oquvchilar.csv", rows, delimiter=";", encoding="utf-8-sig")
    file_rows = {18: 18, 2051: 151, 4012: 262}  # where BAD's rows are in this shorter file

    dry = daftar(school, "register", "import", "student", str(source), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    shown = json.loads(dry.stdout)
    assert (shown["rows"], shown["importable"], shown["rejected"]) == (300, 297, 3)
    assert daftar(school, "case", "list", "--register", "student", "--json").stdout.strip() \
        == "[]"

    report_file = tmp_path / "rejected.csv"
    done = daftar(school, "register", "import", "student", str(source),
                  "--report", str(report_file))
    assert done.returncode == 0, done.stderr
    assert "imported 297" in done.stdout
    for original, row in file_rows.items():
        column, word = BAD[original]
        line = next(x for x in done.stdout.splitlines() if x.split()[:2] == ["row", str(row)])
        assert column in line and word in line, line
    assert "Izoh — student has no such field" in done.stdout
    with report_file.open(encoding="utf-8-sig", newline="") as f:
        saved = list(csv.reader(f, delimiter=";"))
    assert saved[0] == [*HEADERS, "Row in file", "Problems"]
    assert [r[-2] for r in saved[1:]] == ["18", "151", "262"]

    listed = json.loads(daftar(school, "case", "list", "--register", "student",
                               "--limit", "1000", "--json").stdout)
    assert len(listed) == 297

    again = daftar(school, "register", "import", "student", str(source), "--json")
    assert again.returncode == 0, again.stderr
    payload = json.loads(again.stdout)
    assert (payload["imported"], payload["already_imported"]) == (0, 297)
    assert [r["row"] for r in payload["rejected"]] == [18, 151, 262]
    assert payload["rejected"][0]["problems"][0] == {
        "row": 18, "column": "JShShIR", "reason": "a PINFL has exactly 14 digits"}


def test_nothing_importable_or_no_such_register_exits_1(school: Path, tmp_path: Path) -> None:
    bad = write_csv(tmp_path / "bad.csv", [["", "Akmal", "", "31.02.2012", "Erkak", "", "", ""]])
    done = daftar(school, "register", "import", "student", str(bad), "--json")
    assert done.returncode == 1
    assert json.loads(done.stdout)["ok"] is False
    wrong = daftar(school, "register", "import", "pupils", str(bad))
    assert wrong.returncode == 1 and "registers: campaign, class, student" in wrong.stderr
    missing = daftar(school, "register", "import", "student", str(tmp_path / "none.csv"))
    assert missing.returncode == 1 and "cannot read" in missing.stderr
