"""``daftar gui``: the desktop client (also what plain ``daftar`` opens)."""

from __future__ import annotations

import argparse
import os
from typing import Any


def register(commands: Any, common: Any) -> None:
    p = commands.add_parser("gui", parents=[common(json_output=False)],
                            help="open the desktop client",
                            description="Open the desktop client. With --profile it opens that "
                                        "profile; otherwise it asks who is working.")
    p.set_defaults(handler=gui)


def gui(args: argparse.Namespace) -> int:
    from app.cli import CommandError

    try:
        from app.ui.app import run
    except ImportError as exc:  # a server-only install, or Qt's system libraries missing
        raise CommandError(f"the desktop client cannot start: {exc}. Run 'daftar selftest' "
                           "to see what is missing.") from exc
    explicit = getattr(args, "profile", None) or os.environ.get("DAFTAR_PROFILE")
    lang = args.lang if getattr(args, "lang_given", False) else None
    return run(explicit, lang)
