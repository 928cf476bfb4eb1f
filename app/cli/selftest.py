"""``daftar selftest``: a readable report of what this installation can do."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli import emit
from app.paths import profile_dir
from app.selftest import qt_probe, run_checks


def register(commands: Any, common: Any) -> None:
    p = commands.add_parser("selftest", parents=[common()],
                            help="check that this installation works (exit 0 only if all pass)")
    # The child process of the "Qt platform plugin" check (see app.selftest.qt_probe).
    p.add_argument("--qt-probe", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(handler=selftest)


def selftest(args: argparse.Namespace) -> int:
    if args.qt_probe:
        print(json.dumps(qt_probe(), ensure_ascii=False))
        return 0
    results = run_checks(profile_dir(getattr(args, "profile", None)))
    ok = all(r.ok for r in results)
    payload = {"ok": ok, "checks": [{"name": r.name, "ok": r.ok, "detail": r.detail}
                                    for r in results]}

    def lines() -> str:
        out = [f"{'ok  ' if r.ok else 'FAIL'}  {r.name:<26} {r.detail}" for r in results]
        out.append("\nAll checks passed." if ok else "\nSome checks failed: see FAIL above.")
        return "\n".join(out)

    emit(args, payload, lines)
    return 0 if ok else 1
