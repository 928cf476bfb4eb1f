"""``daftar doc ID KIND -o FILE.pdf`` and ``daftar journal list | print``: printing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import CommandError, emit, open_profile

KINDS = ("receipt", "decision", "certificate", "mandate", "correction", "exit_order",
         "staff_order", "voucher", "quarterly")


def register(commands: Any, common: Any) -> None:
    p = commands.add_parser(
        "doc", parents=[common()], help="print a case's document to a PDF file",
        description="A case's receipt, decision, certificate, observer mandate, or the "
                    "decision that corrected its decision; numbers come from the journals.")
    p.add_argument("id", help="case id (or a unique beginning of it)")
    p.add_argument("kind", choices=KINDS, help="which document")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to save")
    p.set_defaults(handler=doc)

    parser = commands.add_parser("journal", help="a commission's journals",
                                 description="The incoming-documents and decisions journals.")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, what in (("list", "show the entries"), ("print", "print as a register (PDF)")):
        q = sub.add_parser(name, parents=[common()], help=what)
        q.add_argument("journal", choices=("incoming", "decisions", "orders", "vouchers"),
                       help="which journal")
        q.add_argument("--org", help="whose journal (default: your organisation)")
        if name == "print":
            q.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
        q.set_defaults(handler=journal_list if name == "list" else journal_print)


def save(path: Path, pdf: bytes) -> None:
    from app.documents import DocumentError, save_pdf

    try:
        save_pdf(path, pdf)
    except DocumentError as exc:
        raise CommandError(str(exc)) from exc


def doc(args: argparse.Namespace) -> int:
    from app.core.cases import CaseDesk
    from app.documents import DocumentError, print_case_document

    profile = open_profile(args)
    try:
        desk = CaseDesk(profile.replica, profile.require_user(), device=profile.device,
                        lang=args.lang)
        try:
            printed = print_case_document(desk, args.id, args.kind, args.lang)
        except DocumentError as exc:
            raise CommandError(str(exc)) from exc
    finally:
        profile.close()
    save(Path(args.output), printed.pdf)
    emit(args, {"ok": True, "file": str(args.output), "number": printed.number,
                "bytes": len(printed.pdf)},
         f"{args.kind} № {printed.number} saved to {args.output}" if printed.number
         else f"{args.kind} saved to {args.output}")
    return 0


def _org(args: argparse.Namespace, profile: Any) -> str:
    return args.org or profile.require_user().org


def journal_list(args: argparse.Namespace) -> int:
    from app.core.journals import lines

    profile = open_profile(args)
    try:
        org = _org(args, profile)
        entries = lines(profile.replica, org, args.journal)
    finally:
        profile.close()

    def text() -> str:
        if not entries:
            return f"the {args.journal} journal of {org} has no entries here"
        return "\n".join(
            f"{e.printed:>10}{' (provisional)' if e.is_provisional else ''}  "
            f"{e.at.replace('T', ' ')}  {e.by:<10} {e.case_id[:13]}  {e.subject}"
            + (f"  [corrects {e.corrects}]" if e.corrects else "") for e in entries)

    emit(args, [e.to_json() for e in entries], text)
    return 0


def journal_print(args: argparse.Namespace) -> int:
    from app.documents import print_journal

    profile = open_profile(args)
    try:
        printed = print_journal(profile.replica, _org(args, profile), args.journal, args.lang)
    finally:
        profile.close()
    save(Path(args.output), printed.pdf)
    emit(args, {"ok": True, "file": str(args.output), "bytes": len(printed.pdf)},
         f"the {args.journal} journal saved to {args.output}")
    return 0
