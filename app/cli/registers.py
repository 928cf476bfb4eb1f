"""``daftar register import``: a register (students, classes, …) from a CSV or XLSX file.

What an installer or a school secretary runs with the school's own spreadsheet: every good
row becomes a record, every bad row is listed with its row number, column and reason — and
with ``--report`` saved to a file to fix and import again. Exit 0 when the good rows are in,
even when some were rejected; 1 when nothing could be imported.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import CommandError, emit, open_profile
from app.core.cases import CaseDesk
from app.core.definitions import text
from app.core.imports import (
    Analysis,
    Column,
    ImportReport,
    Problem,
    import_rows,
    preview,
    save_rejected,
)
from app.core.sheets import SheetError, read_table


def register(commands: Any, common: Any) -> None:
    parser = commands.add_parser("register", help="import register records from a spreadsheet",
                                 description="Registers: students, classes, campaigns.")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser(
        "import", parents=[common()], help="import records from a CSV or XLSX file",
        description="Each row becomes a record; columns are matched to fields by id or by "
                    "label in any language. Bad rows are reported with row, column and "
                    "reason and never stop the good ones; importing the same file again "
                    "adds only the rows not yet in.")
    p.add_argument("register", metavar="REGISTER", help="register id, e.g. student or class")
    p.add_argument("file", metavar="FILE", type=Path, help="a .csv or .xlsx file")
    p.add_argument("--dry-run", action="store_true",
                   help="show the column mapping and every problem; write nothing")
    p.add_argument("--report", metavar="FILE.csv", type=Path,
                   help="write the rejected rows with their reasons to this CSV (or .xlsx)")
    p.add_argument("--org", metavar="PATH", help="owning organisation (default: yours)")
    p.set_defaults(handler=import_register)


def import_register(args: argparse.Namespace) -> int:
    try:
        table = read_table(args.file)
    except SheetError as exc:
        raise CommandError(str(exc)) from exc
    profile = open_profile(args)
    try:
        desk = CaseDesk(profile.replica, profile.require_user(), device=profile.device,
                        lang=args.lang)
        if desk.catalogue.get(args.register) is None:
            registers = ", ".join(sorted(s.id for s in desk.catalogue if s.kind == "register"))
            raise CommandError(f"there is no register {args.register!r} (registers: "
                               f"{registers})")
        if args.dry_run:
            shown = preview(desk, args.register, table, first=5)
            emit(args, shown.to_json(args.lang), lambda: _preview_text(shown.analysis, args.lang))
            return 0
        report = import_rows(desk, args.register, table, org=args.org)
    finally:
        profile.close()
    saved = None
    if args.report is not None and report.rejected:
        try:
            saved = save_rejected(report, args.report)
        except SheetError as exc:
            raise CommandError(str(exc)) from exc
    payload = report.to_json(args.lang)
    # The good rows are in — now or by an earlier run of the same file: that is success.
    payload["ok"] = report.imported + report.already > 0 or not report.rejected
    payload["report_file"] = str(saved) if saved else None
    emit(args, payload, lambda: _report_text(report, args.lang, saved))
    return 0 if payload["ok"] else 1


def _columns_text(columns: list[Column], lang: str) -> list[str]:
    out = ["columns:"]
    for c in columns:
        if c.field is not None:
            out.append(f"  {c.header} → {c.field.id} ({text(c.field.label, lang)})")
        elif c.note:
            out.append(f"  {c.header or '(column ' + str(c.index + 1) + ')'} — {c.note}")
    return out


def _problems_text(problems: list[Problem]) -> list[str]:
    width = max((len(str(p.row)) for p in problems), default=1)
    return [f"  row {p.row:>{width}}  {p.column + ': ' if p.column else ''}{p.reason}"
            for p in problems]


def _preview_text(analysis: Analysis, lang: str) -> str:
    table = analysis.table
    out = [f"{table.source}: {len(analysis.rows)} rows for {analysis.service.id}",
           *_columns_text(analysis.columns, lang)]
    for f in analysis.missing:
        out.append(f"  no column for the required field {f.id} ({text(f.label, lang)})")
    out.append(f"would import {len(analysis.good)}"
               + (f"; {len(analysis.already)} already imported" if analysis.already else "")
               + (f"; {len(analysis.rejected)} rejected:" if analysis.rejected else ""))
    out += _problems_text(analysis.problems)
    out.append("nothing was written (--dry-run)")
    return "\n".join(out)


def _report_text(report: ImportReport, lang: str, saved: Path | None) -> str:
    out = [f"{report.source}: {report.total} rows for {report.register}",
           *_columns_text(report.columns, lang),
           f"imported {report.imported} in {report.seconds:.1f} s"
           + (f"; {report.already} already imported before, skipped" if report.already else "")
           + (f"; {len(report.rejected)} rejected:" if report.rejected else "")]
    out += _problems_text(report.problems)
    if report.warnings:
        out.append(f"{len(report.warnings)} warnings (imported all the same):")
        out += _problems_text(report.warnings[:20])
        if len(report.warnings) > 20:
            out.append(f"  … and {len(report.warnings) - 20} more (--json lists them all)")
    if saved is not None:
        out.append(f"the rejected rows are in {saved}: fix them there and import that file")
    elif report.rejected:
        out.append("save the rejected rows to fix them: add --report rejected.csv")
    return "\n".join(out)
