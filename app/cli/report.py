"""``daftar report quarterly``: the movement's quarterly report — computed, printed, submitted.

A district computes its report from the training sessions and registers in its replica and
submits it (a ``quarterly_report`` case, which syncs to the province like any case); the
province's report adds up its districts' submitted reports (see :mod:`app.core.movement`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import CommandError, emit, open_profile

REPORTS = ("quarterly",)


def register(commands: Any, common: Any) -> None:
    parser = commands.add_parser(
        "report", help="reports over many cases: the movement's quarterly report",
        description="Reports computed from the cases and registers of this profile.")
    sub = parser.add_subparsers(dest="report", metavar="REPORT", required=True)
    q = sub.add_parser(
        "quarterly", parents=[common()],
        help="the 'Digital education for all' quarterly report of a district or province",
        description="Indicator, unit, target for the year, achieved this quarter, since "
                    "1 January and %% of target. A district's report is computed from its "
                    "reported training sessions and registers; a province's adds up the "
                    "reports its districts submitted.")
    q.add_argument("--org", help="whose report (default: your organisation)")
    q.add_argument("--year", type=int, required=True, help="e.g. 2025")
    q.add_argument("--quarter", type=int, choices=(1, 2, 3, 4), required=True)
    q.add_argument("-o", "--output", metavar="FILE.pdf", help="print the report to this file")
    q.add_argument("--submit", action="store_true",
                   help="submit the district's report to the province (a quarterly_report "
                        "case, sent at the next sync)")
    q.add_argument("--from-sessions", action="store_true",
                   help="a province: compute each district from the training sessions this "
                        "profile holds instead of adding up submitted reports")
    q.add_argument("--targets", metavar="FILE.json", type=Path,
                   help="targets file (default: resources/movement/targets.json)")
    q.set_defaults(handler=quarterly)


def quarterly(args: argparse.Namespace) -> int:
    from app.core.cases import CaseDesk
    from app.core.movement import (
        REPORT,
        MovementError,
        case_values,
        default_indicators,
        load_targets,
        quarterly_report,
    )

    profile = open_profile(args)
    try:
        user = profile.require_user()
        org = args.org or user.org
        if not user.sees(org):
            raise CommandError(f"{org} is outside your organisation {user.org}")
        try:
            indicators = default_indicators()
            targets = load_targets(args.targets, indicators)
            records = _records(profile.replica, org, indicators)
            report = quarterly_report(records, org, args.year, args.quarter, targets,
                                      indicators=indicators,
                                      from_sessions=args.from_sessions)
        except MovementError as exc:
            raise CommandError(str(exc)) from exc
        case_id = None
        if args.submit:
            if report.parts:
                raise CommandError(f"{org} adds up its districts' reports; a district "
                                   "submits its own (give --org DISTRICT)")
            desk = CaseDesk(profile.replica, user, device=profile.device, lang=args.lang)
            submit = desk.service(REPORT).workflow.actions["submit"]  # type: ignore[union-attr]
            if not user.has_any_role(submit.roles):
                raise CommandError(f"submitting needs the role {' or '.join(submit.roles)} "
                                   f"(you have {', '.join(user.roles) or 'none'})")
            case_id = desk.new(REPORT, case_values(report), org=org).id
            desk.act(case_id, "submit")
        names = {org: _org_name(profile.replica, org)}
    finally:
        profile.close()
    pdf_bytes = 0
    if args.output:
        from app.cli.docs import save
        from app.reports import render

        pdf = render("quarterly", None, args.lang,
                     {"report": report, "commission": names[org], "names": names,
                      "head": user.full_name or user.name})
        save(Path(args.output), pdf)
        pdf_bytes = len(pdf)
    payload = {"ok": True, **report.to_json(args.lang), "case_id": case_id,
               "file": str(args.output) if args.output else None, "bytes": pdf_bytes}
    emit(args, payload, lambda: _text(report, args, case_id))
    return 0


def _records(replica: Any, org: str, indicators: Any) -> list[Any]:
    """What a report reads: the sessions and reports in ``org``'s subtree, and the records
    of the registers the indicators count."""
    from app.core.movement import REPORT, SESSION

    everything = 10**9  # a report reads all of them, however many
    out = [r for service in (SESSION, REPORT)
           for r in replica.list("case", type=service, org_prefix=org, limit=everything)]
    for register in sorted({i.register for i in indicators if i.register}):
        out += replica.list(register, org_prefix=org, limit=everything)
    return out


def _org_name(replica: Any, org: str) -> str:
    from app.documents import commission_name

    return commission_name(replica, org)


def _text(report: Any, args: argparse.Namespace, case_id: str | None) -> str:
    from app.core.definitions import text
    from app.reports.quarterly import number

    lang = args.lang
    lines = [f"{report.org}: {report.year} Q{report.quarter}, "
             + (f"{report.sessions} training sessions this quarter" if not report.parts
                else f"the sum of {len(report.parts)} districts' reports")]
    if report.missing:
        lines.append("not submitted yet: " + ", ".join(report.missing))
    lines.append(f"{'indicator':<46} {'target':>9} {'quarter':>9} {'year':>9} {'%':>7}")
    for row in report.rows:
        lines.append(f"{text(row.indicator.label, lang)[:46]:<46} "
                     f"{number(row.target, lang):>9} {number(row.achieved, lang):>9} "
                     f"{number(row.cumulative, lang):>9} "
                     f"{number(row.percent, lang, percent=True):>7}")
    if case_id:
        lines.append(f"submitted as {case_id}; it reaches the province at the next sync")
    if args.output:
        lines.append(f"saved to {args.output}")
    return "\n".join(lines)
