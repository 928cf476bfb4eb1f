"""``daftar login | logout | sync | conflicts``: talking to the central API."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.cli import CommandError, emit, open_profile, read_password
from app.profile import Profile


def register(commands: Any, common: Any) -> None:
    p = commands.add_parser("login", parents=[common()], help="sign in to a central server",
                            description="Sign in; the sign-in is kept in the system keyring.")
    p.add_argument("--server", required=True, help="server address, e.g. http://10.0.0.5:8765")
    p.add_argument("--user", required=True, help="your user name")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from standard input instead of asking")
    p.set_defaults(handler=login)

    p = commands.add_parser("logout", parents=[common()], help="end the sign-in on this PC")
    p.set_defaults(handler=logout)

    p = commands.add_parser("sync", parents=[common()],
                            help="send local changes and receive the server's")
    p.set_defaults(handler=sync)

    p = commands.add_parser("conflicts", help="fields changed on two sides, to decide",
                            description="When the same field was changed here and elsewhere, "
                                        "both values are kept until someone decides.")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = sub.add_parser("list", parents=[common()], help="open conflicts")
    q.set_defaults(handler=conflicts_list)
    q = sub.add_parser("resolve", parents=[common()], help="decide one conflict")
    q.add_argument("id", help="conflict id (or a unique beginning of it)")
    q.add_argument("--keep", required=True, choices=("mine", "theirs", "value"),
                   help="keep my value, theirs, or --value")
    q.add_argument("--value", help="with --keep value: the value to keep (JSON or text)")
    q.set_defaults(handler=conflicts_resolve)


def _client(profile: Profile):  # -> SyncClient
    from app.accounts import sync_client

    if not profile.replica.meta("server_url"):
        raise CommandError("this profile has no server yet; run: daftar login --server URL "
                           "--user NAME")
    return sync_client(profile)


def _sync_errors(call: Any) -> Any:
    from sync.client import SyncError

    try:
        return call()
    except SyncError as exc:
        raise CommandError(str(exc)) from exc


def login(args: argparse.Namespace) -> int:
    from app.accounts import sign_in

    password = read_password(args.password_stdin, args.user)
    profile = open_profile(args)
    try:
        user, credentials = _sync_errors(
            lambda: sign_in(profile, args.server, args.user, password))
        where, warning = credentials.where, credentials.warning
    finally:
        profile.close()
    emit(args, {"ok": True, "user": user.to_json(), "server": args.server,
                "credentials": where, "warning": warning},
         f"signed in as {user.name} ({', '.join(user.roles)}) at {user.org}; "
         f"the sign-in is kept in {where}" + (f"\nnote: {warning}" if warning else ""))
    return 0


def logout(args: argparse.Namespace) -> int:
    profile = open_profile(args)
    try:
        client = _client(profile)
        try:
            _sync_errors(client.logout)
        except CommandError as exc:
            print(f"daftar: the server was not told ({exc}); signed out here anyway",
                  file=sys.stderr)
    finally:
        profile.close()
    emit(args, {"ok": True}, "signed out")
    return 0


def sync(args: argparse.Namespace) -> int:
    profile = open_profile(args)
    try:
        client = _client(profile)
        report = _sync_errors(client.sync)
    finally:
        profile.close()

    def lines() -> str:
        out = [f"pushed {report.pushed}, pulled {report.pulled}, removed {report.removed}, "
               f"conflicts {report.conflicts}, rejected {len(report.rejections)}; "
               f"{report.bytes_sent} bytes sent, {report.bytes_received} received "
               f"in {report.rounds} rounds ({report.seconds:.1f} s)"]
        for r in report.rejections:
            out.append(f"refused: {r['collection']} {r['record_id']}: {r['reason']}")
        return "\n".join(out)

    emit(args, report.to_json(), lines)
    return 0


def _desk(args: argparse.Namespace) -> tuple[Profile, Any]:
    from app.core.cases import CaseDesk

    profile = open_profile(args)
    return profile, CaseDesk(profile.replica, profile.require_user(), device=profile.device,
                             lang=args.lang)


def conflicts_list(args: argparse.Namespace) -> int:
    from app.core.conflicts import open_conflicts

    profile, desk = _desk(args)
    try:
        views = open_conflicts(desk)
    finally:
        profile.close()
    emit(args, [v.to_json() for v in views], lambda: "\n".join(
        f"{v.id}  {v.record_title} — {v.field_label}: mine {v.mine!r}, theirs {v.theirs!r}"
        + (f" ({v.other_author})" if v.other_author else "") for v in views) or "no conflicts")
    return 0


def conflicts_resolve(args: argparse.Namespace) -> int:
    from app.core.conflicts import resolve

    value: Any = None
    if args.keep == "value":
        if args.value is None:
            raise CommandError("--keep value needs --value")
        try:
            value = json.loads(args.value)
        except json.JSONDecodeError:
            value = args.value
    profile, desk = _desk(args)
    try:
        view = resolve(desk, args.id, args.keep, value)
    finally:
        profile.close()
    emit(args, {"ok": True, "conflict": view.id},
         f"resolved: {view.field_label} keeps {args.keep}; run daftar sync to send it")
    return 0
