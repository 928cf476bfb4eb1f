"""The Election Code document flow through the `daftar` command, against a real server.

A party's nomination with all its attachments is registered by the secretary (the receipt
carries the registration number), reviewed by a member and decided by the chair (the decision
carries the decision number). Meanwhile a second secretary of the same commission, offline,
registers another document from her own block of numbers; after everyone syncs, no number of
either journal is used twice. Then a history altered by hand is caught by `case verify` and
refused by the server.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from serverkit import Server

from app.demo import DEMO_PASSWORD
from sync.server import admin

DEC = "uz.jizzakh.dec_3"
ENV = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}

FILL = ["--set", "surname=Toʻxtayev", "--set", "given_name=Gʻayrat",
        "--set", "birth_date=12.03.1980", "--set", "gender=male",
        "--set", "pinfl=31203800123453", "--set", "passport=AB1234567",
        "--set", "constituency_name=Jizzax saylov okrugi", "--set", "constituency_number=12",
        "--set", "nominating_party=Oʻzbekiston Xalq demokratik partiyasi",
        "--set", "profession=oʻqituvchi", "--set", "position=direktor",
        "--set", "workplace=12-son maktab", "--set", "residence_region=jizzakh",
        "--set", "residence_address=Sharof Rashidov koʻchasi, 12"]


class Desk:
    """One person's PC: a profile folder and the `daftar` command run as a real process."""

    def __init__(self, root: Path, name: str) -> None:
        self.name, self.profile = name, root / name

    def run(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "app", "--profile", str(self.profile),
                               *args], env={**ENV, "DAFTAR_DEVICE": f"{self.name}-pc"},
                              input=stdin, capture_output=True, text=True, timeout=120)

    def ok(self, *args: str, stdin: str | None = None) -> dict:
        result = self.run(*args, "--json", stdin=stdin)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    def login(self, server: Server) -> None:
        self.ok("login", "--server", server.url, "--user", self.name, "--password-stdin",
                stdin=DEMO_PASSWORD + "\n")


def second_secretary(server: Server) -> None:
    admin.add_user(server.engine, "sevara", DEC, ["secretary"], DEMO_PASSWORD,
                   "Sevara Nazarova")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext (Debian poppler-utils) is not installed")


@needs_poppler
def test_nomination_registered_reviewed_decided_with_unique_numbers(
        server: Server, tmp_path: Path) -> None:
    second_secretary(server)
    aziza, sevara, bobur, dilshod = (Desk(tmp_path, n)
                                     for n in ("aziza", "sevara", "bobur", "dilshod"))
    for desk in (aziza, sevara, bobur, dilshod):
        desk.login(server)
    sevara.ok("sync")  # her block of numbers; from here on she works offline
    scans = []
    for name in ("party_decision", "meeting_protocol", "consent"):
        scans += ["--set", f"{name}=@{_scan(tmp_path, name)}"]

    # The party's documents, entered and registered by the secretary.
    case = aziza.ok("case", "new", "candidate_nomination", *FILL, *scans)["id"]
    aziza.ok("case", "act", case, "submit")
    aziza.ok("sync")  # gets her own block
    registered = aziza.ok("case", "act", case, "register")
    assert registered["state"] == "received"
    receipt = aziza.ok("doc", case, "receipt", "-o", str(tmp_path / "receipt.pdf"))
    shown = aziza.ok("case", "show", case)
    [entry] = shown["journal"]
    assert entry["journal"] == "incoming" and entry["number"] == int(receipt["number"])
    text = pdf_text(tmp_path / "receipt.pdf")
    assert numbered(text, receipt["number"])
    assert "Toʻxtayev Gʻayrat" in text  # the name in Uzbek Latin, intact
    for name in ("party_decision.pdf", "meeting_protocol.pdf", "consent.pdf"):
        assert name in text
    aziza.ok("sync")

    # Offline, the other secretary registers another document from her own block.
    other = sevara.ok("case", "new", "candidate_nomination", *FILL, *scans,
                      "--set", "surname=Қодиров", "--set", "given_name=Ўткир")["id"]
    sevara.ok("case", "act", other, "submit")
    sevara.ok("case", "act", other, "register")
    sevara.ok("doc", other, "receipt", "-o", str(tmp_path / "receipt-2.pdf"))
    assert "Қодиров Ўткир" in pdf_text(tmp_path / "receipt-2.pdf")  # Cyrillic, intact

    # A member reviews; the chair decides "registered".
    bobur.ok("sync")
    bobur.ok("case", "act", case, "start_review")
    bobur.ok("sync")
    dilshod.ok("sync")
    decided = dilshod.ok("case", "act", case, "register_candidate")
    assert decided["state"] == "registered"
    decision = dilshod.ok("doc", case, "decision", "-o", str(tmp_path / "decision.pdf"))
    text = pdf_text(tmp_path / "decision.pdf")
    assert decision["number"] and numbered(text, decision["number"])
    certificate = dilshod.ok("doc", case, "certificate", "-o", str(tmp_path / "cert.pdf"))
    assert certificate["number"] == decision["number"]
    dilshod.ok("sync")

    # Everyone syncs; the journals agree and no number is used twice.
    for desk in (sevara, aziza, bobur, dilshod, sevara):
        assert desk.ok("sync")["rejections"] == []
    incoming = [e["number"] for e in aziza.ok("journal", "list", "incoming")]
    assert sorted(incoming) == sorted(set(incoming)) and len(incoming) == 2
    assert [e["number"] for e in sevara.ok("journal", "list", "incoming")] == incoming
    decisions = [e["number"] for e in aziza.ok("journal", "list", "decisions")]
    assert decisions == [int(decision["number"])]
    aziza.ok("journal", "print", "incoming", "-o", str(tmp_path / "journal.pdf"))
    assert "Қодиров" in pdf_text(tmp_path / "journal.pdf")

    # A decided case is final: the fields do not change; a correction is a new decision.
    refused = aziza.run("case", "set", case, "--set", "position=rektor")
    assert refused.returncode == 1 and "can no longer change" in refused.stderr
    fixed = dilshod.ok("case", "correct", case, "--set", "workplace=21-son maktab",
                       "--point", "The rest of the decision stands.")
    assert fixed["corrects"].startswith(case + ".")
    correction = dilshod.ok("doc", case, "correction", "-o", str(tmp_path / "fix.pdf"))
    assert int(correction["number"]) != int(decision["number"])
    text = pdf_text(tmp_path / "fix.pdf")
    assert numbered(text, correction["number"]) and "21-son maktab" in text
    assert f"№ {decision['number']}" in text  # the decision it corrects
    dilshod.ok("sync")


@needs_poppler
def test_a_history_edited_by_hand_is_caught_by_verify_and_refused_by_the_server(
        server: Server, tmp_path: Path) -> None:
    aziza = Desk(tmp_path, "aziza")
    aziza.login(server)
    case = aziza.ok("case", "new", "candidate_nomination", *FILL)["id"]
    aziza.ok("case", "set", case, "--set", "position=muallim")
    aziza.ok("sync")
    assert aziza.ok("case", "verify", case)["events"] == 2
    conn = sqlite3.connect(aziza.profile / "replica.sqlite3")
    with conn:
        conn.execute("UPDATE events SET detail = replace(detail, 'muallim', 'rektor') "
                     "WHERE n = 2")
    conn.close()
    result = aziza.run("case", "verify", case)
    assert result.returncode == 1
    assert "event 2" in result.stdout and "altered" in result.stdout
    aziza.ok("case", "set", case, "--set", "position=dekan")
    report = aziza.ok("sync")
    assert len(report["rejections"]) == 1
    assert "does not match the server's" in report["rejections"][0]["reason"]
    assert server.records("case")[case]["position"] == "muallim"


def numbered(text: str, number: str) -> bool:
    """Whether a document's text names its number ("No. 21" in English, "№ 21" else)."""
    return any(f"{sign}{number}\n" in text or f"{sign}{number} " in text
               for sign in ("No. ", "№ ", "№\u00a0"))


def _scan(root: Path, name: str) -> Path:
    path = root / f"{name}.pdf"
    path.write_bytes(f"%PDF-1.4 scan of {name}".encode())
    return path
