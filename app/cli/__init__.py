"""The ``daftar`` command: everything the desktop client does, headless.

Exit codes: 0 ok, 1 refused or failed (with a message that says what to do), 2 usage.
With ``--json`` the result — or ``{"ok": false, "error": ...}`` — goes to standard output.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from app import __version__
from app.core.cases import CaseError
from app.core.definitions import LANGUAGES, DefinitionError
from app.profile import ProfileError
from sync.replica import ReplicaError

Handler = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """A refusal the command line reports as ``daftar: <message>`` and exit code 1."""


def common_options(json_output: bool = True) -> argparse.ArgumentParser:
    """Options every command accepts, before or after its name."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--profile", metavar="DIR", default=argparse.SUPPRESS,
                        help="profile folder (default: $DAFTAR_PROFILE or the user data folder)")
    parent.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                        help="language of labels and messages (default: $DAFTAR_LANG or en)")
    if json_output:
        parent.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                            help="print machine-readable JSON")
    return parent


def build_parser() -> argparse.ArgumentParser:
    from app.cli import (
        cases,
        demo,
        docs,
        gui,
        profile,
        registers,
        report,
        selftest,
        server,
        services,
        sync,
    )

    parser = argparse.ArgumentParser(
        prog="daftar", parents=[common_options()],
        description="Daftar — an offline-first case desk for election commissions and schools.",
        epilog="Exit codes: 0 ok, 1 refused or failed, 2 usage.",
    )
    parser.add_argument("--version", action="version", version=f"daftar {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (gui, services, cases, registers, docs, report, profile, sync, server, selftest,
                   demo):
        module.register(commands, common_options)
    return parser


def emit(args: argparse.Namespace, payload: Any, text: str | Callable[[], str]) -> None:
    """Print ``payload`` as JSON with --json, else the human-readable ``text``."""
    if getattr(args, "json", False):
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(text() if callable(text) else text)


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_console()
    parser = build_parser()
    args = parser.parse_args(argv)
    args.lang_given = getattr(args, "lang", None) is not None or "DAFTAR_LANG" in os.environ
    args.lang = getattr(args, "lang", None) or os.environ.get("DAFTAR_LANG", "en")
    if args.lang not in LANGUAGES:
        parser.error(f"--lang must be one of {', '.join(LANGUAGES)}")
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None and not args.command:
        from app.cli.gui import gui

        handler = gui  # plain `daftar` opens the desktop client
    if handler is None:
        parser.print_help()
        return 2
    try:
        return handler(args)
    except (CommandError, CaseError, ProfileError, ReplicaError, DefinitionError) as exc:
        if getattr(args, "json", False):
            print(json.dumps({"ok": False, "error": str(exc)}, ensure_ascii=False))
        print(f"daftar: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("daftar: interrupted; everything saved before this point is kept", file=sys.stderr)
        return 1


def _utf8_console() -> None:
    # Windows consoles default to a legacy code page; names like Gʻafurov must print.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="replace")


def read_password(from_stdin: bool, who: str) -> str:
    """From standard input (scripts) or asked for without echo (people)."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    return getpass.getpass(f"password for {who}: ")


def open_profile(args: argparse.Namespace):  # -> app.profile.Profile
    """The profile named by --profile / $DAFTAR_PROFILE / the default, opened."""
    from app.paths import profile_dir
    from app.profile import Profile

    return Profile.open(profile_dir(getattr(args, "profile", None)))
