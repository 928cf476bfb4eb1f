"""``daftar profile show | set-user``: the local profile and its offline user."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import emit, open_profile
from app.core.users import User


def register(commands: Any, common: Any) -> None:
    parser = commands.add_parser(
        "profile", help="show the profile or set its offline user",
        description="A profile is one replica with its attachments. Until you log in to a "
                    "server, set the person who works in it with set-user.")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("show", parents=[common()], help="where the profile is and who works in it")
    p.set_defaults(handler=show_profile)
    p = sub.add_parser("set-user", parents=[common()],
                       help="set the person working in this profile offline")
    p.add_argument("name", help="login name, e.g. aziza")
    p.add_argument("--org", required=True, help="organisation path, e.g. uz.jizzakh.dec_3")
    p.add_argument("--role", dest="roles", action="append", required=True,
                   help="a role (repeat for several): secretary, member, chair, teacher, ...")
    p.add_argument("--full-name", help="name printed on documents")
    p.add_argument("--device", help="name of this device in histories (default: host name)")
    p.set_defaults(handler=set_user)


def show_profile(args: argparse.Namespace) -> int:
    profile = open_profile(args)
    try:
        user = profile.user()
        payload = {
            "profile": str(profile.path), "replica": str(profile.replica.path),
            "client_id": profile.replica.client_id, "device": profile.device,
            "user": user.to_json() if user else None,
            "cases": profile.replica.count("case"),
            "pending_changes": profile.replica.pending_count(),
        }
    finally:
        profile.close()

    def lines() -> str:
        who = (f"{user.name} ({', '.join(user.roles)}) at {user.org}" if user
               else "nobody yet — run: daftar profile set-user NAME --org PATH --role ROLE")
        return (f"profile  {payload['profile']}\nuser     {who}\ndevice   {payload['device']}"
                f"\ncases    {payload['cases']}\npending  {payload['pending_changes']} changes "
                "not yet synced")

    emit(args, payload, lines)
    return 0


def set_user(args: argparse.Namespace) -> int:
    profile = open_profile(args)
    try:
        user = User(args.name, args.org, tuple(dict.fromkeys(args.roles)), args.full_name)
        profile.set_user(user)
        if args.device:
            profile.replica.set_meta("device_name", args.device)
    finally:
        profile.close()
    emit(args, {"ok": True, "user": user.to_json()},
         f"{user.name} now works in this profile as {', '.join(user.roles)} at {user.org}")
    return 0
