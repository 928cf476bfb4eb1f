"""A scripted, offline walk through a candidate nomination with the ``daftar`` command.

``python -m app.walkthrough [--profile DIR]`` runs each command in-process, printing it
first, so a newcomer sees what the product does and how to do it by hand. Without
``--profile`` it works in a temporary profile that is removed afterwards.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import shlex
import sys
import tempfile
from pathlib import Path

from app.cli import main as daftar


def run(*args: str, capture: bool = False) -> str:
    print(f"\n$ daftar {shlex.join(args)}")
    out = io.StringIO()
    with contextlib.redirect_stdout(out if capture else sys.stdout):
        code = daftar(list(args))
    if capture:
        print("  … (id captured)" if code == 0 else out.getvalue())
    if code not in (0, 1):
        raise SystemExit(f"the walkthrough stopped: daftar exited with {code}")
    return out.getvalue()


def walkthrough(profile: Path) -> None:
    p = ["--profile", str(profile)]
    files = profile / "incoming"
    files.mkdir(parents=True, exist_ok=True)
    for name in ("partiya_qarori.pdf", "yigilish_bayonnomasi.pdf", "rozilik_arizasi.pdf"):
        (files / name).write_bytes(f"%PDF-1.4\n% stand-in for a scan of {name}\n".encode())

    print("A district election commission works offline. The secretary sets up her profile:")
    run("profile", "set-user", "aziza", "--org", "uz.jizzakh.dec_3", "--role", "secretary",
        "--full-name", "Aziza Karimova", *p)
    campaign = json.loads(run(
        "case", "new", "campaign", "--set", "title=Oliy Majlis Qonunchilik palatasiga saylov",
        "--set", "election_type=parliament", "--set", "election_day=2027-03-28", "--json", *p,
        capture=True))["id"]
    case = json.loads(run(
        "case", "new", "candidate_nomination", "--set", f"campaign={campaign}",
        "--set", "surname=G'afurov", "--set", "given_name=Akmal",
        "--set", "patronymic=Rustam oʻgʻli", "--set", "birth_date=12.03.1980",
        "--set", "gender=male", "--set", "pinfl=31203800123453", "--json", *p,
        capture=True))["id"]

    print("\nA mistyped PINFL is refused, and nothing is written:")
    run("case", "set", case, "--set", "pinfl=3120380012345", *p)

    run("case", "set", case, "--set", "constituency_name=Jizzax saylov okrugi",
        "--set", "constituency_number=12",
        "--set", "nominating_party=Oʻzbekiston Xalq demokratik partiyasi",
        "--set", "passport=AB1234567", "--set", "profession=oʻqituvchi",
        "--set", "position=direktor", "--set", "workplace=12-son maktab",
        "--set", "residence_region=jizzakh", "--set", "residence_address=Sharof Rashidov 12",
        *p)
    print("\nSubmitting without the party's documents is refused, with the reason:")
    run("case", "act", case, "submit", *p)
    run("case", "act", case, "submit",
        "--set", f"party_decision=@{files / 'partiya_qarori.pdf'}",
        "--set", f"meeting_protocol=@{files / 'yigilish_bayonnomasi.pdf'}",
        "--set", f"consent=@{files / 'rozilik_arizasi.pdf'}", *p)
    run("case", "act", case, "register", *p)

    print("\nA commission member reviews, the chair decides (on this PC, for the demo):")
    run("profile", "set-user", "bobur", "--org", "uz.jizzakh.dec_3", "--role", "member", *p)
    run("case", "act", case, "start_review", *p)
    run("profile", "set-user", "dilshod", "--org", "uz.jizzakh.dec_3", "--role", "chair", *p)
    run("case", "act", case, "register_candidate", *p)
    print("\nThe decided case is frozen; a late edit is refused:")
    run("case", "set", case, "--set", "position=rektor", *p)
    run("case", "show", case, *p)
    run("case", "list", "--search", "gafur", *p)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--profile", help="keep the walkthrough's profile in this folder")
    args = parser.parse_args()
    if args.profile:
        walkthrough(Path(args.profile))
        print(f"\nThe profile is kept in {args.profile}; try: daftar --profile "
              f"{args.profile} case list")
    else:
        with tempfile.TemporaryDirectory(prefix="daftar-walkthrough-") as tmp:
            walkthrough(Path(tmp))


if __name__ == "__main__":
    main()
