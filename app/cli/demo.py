"""``daftar demo`` and ``daftar hub``: Daftar shown with no set-up, and a field-training room.

- ``demo`` starts the real central server inside this process, on loopback, with the demo
  region (a district election commission and three schools with their users), signs the
  commission secretary (aziza) in on a throwaway profile, writes a few nominations in
  different states, syncs them and opens the desktop client on that profile. Everything
  lives in a temporary folder that is removed when the window closes.
- ``hub`` serves a training room: the same server on the local network (or on ``--host``),
  with the demo users, and prints the address trainees type into the first-run wizard.

Both need the central server's libraries: the hub package, or ``pip install daftar[server]``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.cli import CommandError

SECRETARY = "aziza"
DEFAULT_PORT = 8765
WILDCARD = ("0.0.0.0", "::", "")


def register(commands: Any, common: Any) -> None:
    p = commands.add_parser(
        "demo", parents=[common(json_output=False)],
        help="try Daftar: a demo server in this process and the client signed in to it",
        description="Start the central server on loopback with the demo commission, schools "
                    "and users (password daftar-demo), write a few cases, and open the "
                    "desktop client signed in as the commission secretary. Nothing is kept.")
    p.add_argument("--screenshot", metavar="PNG",
                   help="save the main window (its Cases page) to PNG once it shows the "
                        "cases, then quit")
    p.set_defaults(handler=demo)

    p = commands.add_parser(
        "hub", parents=[common(json_output=False)],
        help="serve a field-training room: the central server on the local network",
        description="Run the central server for a training room or a small commission and "
                    "print the address the trainees enter. The demo users (password "
                    "daftar-demo) are added unless --no-demo. Stop it with Ctrl+C.")
    p.add_argument("--host", default="0.0.0.0",
                   help="address to listen on (default: every network of this computer; "
                        "127.0.0.1 for this computer only)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help="port (default 8765)")
    p.add_argument("--db", metavar="FILE",
                   help="the room's database, an SQLite file (default: hub.sqlite3 in the "
                        "user data folder; kept between sessions)")
    p.add_argument("--no-demo", action="store_true",
                   help="do not add the demo organisations and users")
    p.set_defaults(handler=hub)


def _server_modules() -> Any:
    """app.embedded, or a refusal that says where the server is."""
    try:
        import uvicorn  # noqa: F401

        from app import embedded
    except ImportError as exc:
        raise CommandError(
            "this installation has no central server (it is the client package); use the "
            "hub package (daftar-hub), or install the server with pip install 'daftar[server]'"
        ) from exc
    return embedded


# --- demo ----------------------------------------------------------------------------------


@dataclass
class DemoDesk:
    """A running demo: its server, and aziza's profile with cases synced to it."""

    server: Any  # app.embedded.EmbeddedServer
    home: Path
    profile: Path
    case_ids: list[str]


def prepare_demo(folder: Path) -> DemoDesk:
    """Start the demo server in ``folder`` and give the secretary a profile with cases.

    Blocking (server start, Argon2 sign-in, writes, a sync): runs before any window exists.
    The sign-in is kept in an in-memory keyring, never in this computer's real one.
    """
    import keyring

    from app.accounts import Accounts, sync_client
    from app.core.cases import CaseDesk
    from app.demo import DEMO_PASSWORD
    from app.demo_cases import populate
    from app.profile import Profile
    from sync.credentials import MemoryKeyring

    embedded = _server_modules()
    keyring.set_keyring(MemoryKeyring())
    server = embedded.EmbeddedServer(folder / "server.sqlite3").start()
    try:
        home = folder / "home"
        accounts = Accounts(home)
        path = accounts.path_of(accounts.sign_in(server.url, SECRETARY, DEMO_PASSWORD))
        profile = Profile.open(path)
        try:
            desk = CaseDesk(profile.replica, profile.require_user(), device="demo-pc")
            ids = populate(desk, profile)
            sync_client(profile).sync()
        finally:
            profile.close()
    except BaseException:
        server.stop()
        raise
    return DemoDesk(server, home, path, ids)


def demo(args: argparse.Namespace) -> int:
    lang = args.lang if getattr(args, "lang_given", False) else None
    with tempfile.TemporaryDirectory(prefix="daftar-demo-") as tmp:
        print("Starting the demo server and writing a few cases…", flush=True)
        desk = prepare_demo(Path(tmp))
        try:
            from app.demo import DEMO_PASSWORD, USERS

            names = ", ".join(name for name, *_ in USERS)
            print(f"Demo server: {desk.server.url} — users {names}; password "
                  f"{DEMO_PASSWORD}.\nThe window opens signed in as {SECRETARY}, secretary of "
                  "the district election commission. Closing it ends the demo; nothing is "
                  "kept.", flush=True)
            return _open_client(desk, lang, args.screenshot)
        finally:
            desk.server.stop()


def _open_client(desk: DemoDesk, lang: str | None, screenshot: str | None) -> int:
    try:
        from app.ui.app import Shell, make_application
    except ImportError as exc:
        raise CommandError(f"the desktop client cannot start: {exc}. Run 'daftar selftest' "
                           "to see what is missing.") from exc
    os.environ["DAFTAR_HOME"] = str(desk.home)  # the demo's accounts, not this computer's
    app = make_application()
    shell = Shell(desk.home, profile=desk.profile, lang=lang)
    outcome: dict[str, Any] = {}
    watcher = _ScreenshotWhenReady(shell, Path(screenshot), outcome) if screenshot else None
    shell.start()
    code = app.exec()
    shell.stop()
    del watcher
    if screenshot and "saved" not in outcome:
        raise CommandError(outcome.get("error", "the window did not show the cases"))
    if screenshot:
        print(f"saved {screenshot}")
    return code


class _ScreenshotWhenReady:
    """Polls (on the GUI thread, reading only widgets) until the Cases page lists cases."""

    def __init__(self, shell: Any, target: Path, outcome: dict[str, Any],
                 timeout: float = 60.0) -> None:
        from app.ui.qt import QTimer

        self.shell, self.target, self.outcome = shell, target, outcome
        self.deadline = time.monotonic() + timeout
        self.stage = "inbox"
        self.settled_at = 0.0
        self.timer = QTimer()
        self.timer.timeout.connect(self.step)
        self.timer.start(50)

    def step(self) -> None:
        from app.ui.qt import QApplication
        from app.ui.views.main_window import CASES

        window = self.shell.window
        if time.monotonic() > self.deadline:
            self.outcome["error"] = "the demo window did not show its cases within a minute"
            self.timer.stop()
            QApplication.instance().quit()
            return
        if window is None:
            return
        if self.stage == "inbox":
            if window.inbox_model.rowCount() > 0 and window.agent.state in ("online",
                                                                            "offline"):
                window.nav.setCurrentRow(CASES)
                self.stage = "cases"
        elif self.stage == "cases":
            if window.cases_model.rowCount() > 0:
                self.stage, self.settled_at = "settle", time.monotonic()
        elif time.monotonic() - self.settled_at > 0.5:  # painted, status bar up to date
            self.target.parent.mkdir(parents=True, exist_ok=True)
            if window.grab().save(str(self.target)):
                self.outcome["saved"] = True
            else:
                self.outcome["error"] = f"could not write {self.target}"
            self.timer.stop()
            QApplication.instance().quit()


# --- hub -----------------------------------------------------------------------------------


def room_addresses() -> list[str]:
    """This computer's IPv4 addresses on its networks (not loopback), best first.

    Asks the operating system only: connecting a UDP socket sends no packet, it just picks
    the interface of the default route.
    """
    found: list[str] = []
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.connect(("10.255.255.255", 1))
        found.append(s.getsockname()[0])
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(str(info[4][0]))
    return [a for i, a in enumerate(found)
            if not a.startswith("127.") and a != "0.0.0.0" and a not in found[:i]]


def hub(args: argparse.Namespace) -> int:
    from app.paths import user_data_dir

    embedded = _server_modules()
    db = Path(args.db).expanduser() if args.db else user_data_dir() / "hub.sqlite3"
    db.parent.mkdir(parents=True, exist_ok=True)

    try:
        with socket.socket(socket.AF_INET6 if ":" in args.host else socket.AF_INET) as probe:
            probe.bind((args.host, args.port))
    except OSError as exc:
        raise CommandError(f"cannot listen on {args.host}:{args.port} ({exc.strerror}); is "
                           "another Daftar hub running? Try --port 8766") from exc
    server = embedded.EmbeddedServer(db, host=args.host, port=args.port,
                                     demo=not args.no_demo)
    try:
        server.start()
    except (RuntimeError, OSError) as exc:
        raise CommandError(f"the server could not listen on {args.host}:{args.port} ({exc}); "
                           "is another Daftar hub running? Try --port 8766") from exc
    if args.host in WILDCARD:
        addresses = [f"http://{a}:{args.port}" for a in room_addresses()]
    else:
        addresses = [server.url]
    print("Daftar hub is running. Trainees enter this server address in Daftar's first-run "
          "wizard:")
    for address in addresses or [f"http://<this computer's address>:{args.port}"]:
        print(f"    {address}")
    if not args.no_demo:
        from app.demo import DEMO_PASSWORD, USERS

        print(f"Users: {', '.join(name for name, *_ in USERS)} — password {DEMO_PASSWORD}.")
    print(f"The room's data is kept in {db}. Stop with Ctrl+C.", flush=True)

    def stop(*_: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        while True:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.stop()
    print(f"Hub stopped; the room's data is in {db}.", file=sys.stderr)
    return 0
