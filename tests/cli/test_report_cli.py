"""``daftar report quarterly`` as a real process: a district computes, prints and submits
its report; the province adds up what was submitted and names who has not."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from casekit import dump
from test_cli import Daftar

from app.core.cases import CaseDesk
from app.profile import Profile

CITY = "uz.jizzakh.jizzakh_city"
SESSION = {"format": "in_person", "venue": "5-son maktab", "topic": "Raqamli savodxonlik",
           "organiser": "Shahar ishchi guruhi"}


@pytest.fixture
def district(tmp_path: Path) -> Daftar:
    d = Daftar(tmp_path / "profile")
    d.ok("profile", "set-user", "shahlo", "--org", CITY, "--role", "inspector",
         "--full-name", "Shahlo Mirzayeva")
    created = d.ok("case", "new", "training_session", "--set", "date=2025-05-12",
                   *[a for k, v in SESSION.items() for a in ("--set", f"{k}={v}")],
                   "--set", "audience=officials,adults", "--set", "participants=40",
                   "--set", "hours=1,5")
    d.ok("case", "act", created["id"], "report")
    # More sessions, written straight into the same profile (quicker than a process each).
    profile = Profile.open(d.profile)
    try:
        desk = CaseDesk(profile.replica, profile.require_user(), device="pc-1")
        for day, audience, people, hours, report in (
                ("2025-02-03", ["students"], 300, 4, True),  # Q1: only in "since 1 January"
                ("2025-06-30", ["students", "adults"], 60, 2, True),
                ("2025-06-01", ["officials"], 999, 9, False)):  # a draft: not counted
            case = desk.new("training_session", {**SESSION, "date": day, "audience": audience,
                                                 "participants": people, "hours": hours})
            if report:
                desk.act(case.id, "report")
    finally:
        profile.close()
    return d


def rows(payload: dict) -> dict[str, tuple]:
    return {r["indicator"]: (r["target"], r["achieved"], r["cumulative"], r["percent"])
            for r in payload["rows"]}


def test_a_district_prints_and_submits_and_the_province_adds_up(district: Daftar,
                                                                tmp_path: Path) -> None:
    pdf = tmp_path / "hisobot.pdf"
    got = district.ok("report", "quarterly", "--year", "2025", "--quarter", "2",
                      "--lang", "uz-Cyrl", "-o", str(pdf), "--submit")
    numbers = rows(got)
    assert numbers["sessions"] == (48, 2, 3, 6.2)
    assert numbers["participants"] == (2400, 100, 400, 16.7)
    assert numbers["trained_adults"] == (500, 100, 100, 20)
    assert numbers["trained_students"] == (900, 60, 360, 40)
    assert numbers["hours"] == (200, 3.5, 7.5, 3.8)
    assert got["source"] == "sessions" and got["sessions"] == 2
    assert got["rows"][0]["label"] == "Ўтказилган ўқув машғулотлари"
    assert pdf.read_bytes().startswith(b"%PDF-") and got["bytes"] == pdf.stat().st_size
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
                                       capture_output=True, text=True, check=True,
                                       timeout=30).stdout.split())
        assert "ЧОРАКЛИК ҲИСОБОТ" in text and "Ўқитилган катта ёшдагилар" in text
        assert "2 400" in text and "16,7%" in text
    case = district.ok("case", "show", got["case_id"])
    assert case["service"] == "quarterly_report" and case["state"] == "submitted"
    assert case["fields"]["rows"][2] == {"indicator": "participants", "unit": "people",
                                         "target": 2400, "achieved": 100, "cumulative": 400,
                                         "percent": 16.7}
    # The submitted report prints again from its case, as every case's documents do.
    again = district.ok("doc", got["case_id"], "quarterly", "-o", str(tmp_path / "again.pdf"))
    assert (tmp_path / "again.pdf").read_bytes().startswith(b"%PDF-") and again["bytes"] > 0
    # The province (here the same PC, signed in as the province's inspector).
    district.ok("profile", "set-user", "olim", "--org", "uz.jizzakh", "--role", "inspector")
    province = district.ok("report", "quarterly", "--year", "2025", "--quarter", "2")
    assert province["source"] == "submitted"
    assert [d["org"] for d in province["districts"]] == [CITY]
    assert province["missing"] == ["uz.jizzakh.gallaorol", "uz.jizzakh.zarbdor"]
    assert rows(province)["participants"] == (2400 + 1500 + 1100, 100, 400, 8.0)
    text = district("report", "quarterly", "--year", "2025", "--quarter", "2").stdout
    assert "not submitted yet: uz.jizzakh.gallaorol, uz.jizzakh.zarbdor" in text


def test_refusals_write_nothing(district: Daftar, tmp_path: Path) -> None:
    before = dump(district.replica)
    bad = tmp_path / "targets.json"
    bad.write_text(json.dumps({"targets": {"2025": {CITY: {"sesions": 1}}}}))
    pdf = tmp_path / "out.pdf"
    result = district("report", "quarterly", "--year", "2025", "--quarter", "2",
                      "--targets", str(bad), "-o", str(pdf), "--submit")
    assert result.returncode == 1 and "sesions: no such indicator" in result.stderr
    assert not pdf.exists() and dump(district.replica) == before
    assert district("report", "quarterly", "--year", "2025", "--quarter", "5").returncode == 2
    district.ok("profile", "set-user", "malika", "--org", CITY, "--role", "teacher")
    before = dump(district.replica)
    result = district("report", "quarterly", "--year", "2025", "--quarter", "2", "--submit")
    assert result.returncode == 1 and "needs the role inspector" in result.stderr
    assert dump(district.replica) == before
