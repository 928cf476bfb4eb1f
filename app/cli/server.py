"""``daftar server`` and ``daftar admin``: the central API and its database."""

from __future__ import annotations

import argparse
import os
from typing import Any

from app.cli import CommandError, emit, read_password


def _db_url(args: argparse.Namespace) -> str:
    from sync.server.storage import default_sqlite_url

    return args.db or os.environ.get("DAFTAR_DB") or default_sqlite_url()


def register(commands: Any, common: Any) -> None:
    p = commands.add_parser(
        "server", parents=[common(json_output=False)],
        help="run the central API (SQLite by default, PostgreSQL with --db)",
        description="Serve the central API with uvicorn. Applies database migrations first.")
    p.add_argument("--db", help="database URL: sqlite:///PATH (default: the user data folder) "
                               "or postgresql://USER@HOST/DB ($DAFTAR_DB)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on")
    p.add_argument("--port", type=int, default=8765, help="port to listen on")
    p.add_argument("--workers", type=int, default=1,
                   help="server processes (on PostgreSQL, about one per core)")
    p.set_defaults(handler=serve)

    admin = commands.add_parser("admin", help="set up organisations and users",
                                description="Administration of the central database.")
    admin.add_argument("--db", help="database URL (as for daftar server)")
    sub = admin.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = sub.add_parser("init", parents=[common()], help="create or upgrade the database")
    q.set_defaults(handler=admin_init)
    q = sub.add_parser("add-org", parents=[common()], help="add an organisation")
    q.add_argument("path", help="e.g. uz.jizzakh.dec_3 (its parent must exist)")
    q.add_argument("kind", help="e.g. school, district_election_commission")
    q.add_argument("name", help="its name as printed on documents")
    q.set_defaults(handler=admin_add_org)
    q = sub.add_parser("add-user", parents=[common()], help="add a user")
    q.add_argument("name", help="login name")
    q.add_argument("--org", required=True, help="the user's organisation path")
    q.add_argument("--role", dest="roles", action="append", required=True,
                   help="a role (repeat for several)")
    q.add_argument("--full-name", help="name printed on documents")
    q.add_argument("--password-stdin", action="store_true",
                   help="read the password from standard input instead of asking")
    q.set_defaults(handler=admin_add_user)
    q = sub.add_parser("seed-demo", parents=[common()],
                       help="add the demo region, commission, schools and users")
    q.set_defaults(handler=admin_seed_demo)


def _engine(args: argparse.Namespace):  # -> Engine
    from sync.server.storage import create_engine, migrate

    engine = create_engine(_db_url(args))
    try:
        migrate(engine)
    except Exception as exc:  # a wrong URL, a server that is down: say which
        raise CommandError(f"cannot use the database {_db_url(args)}: {exc}") from exc
    return engine


def make_app():  # -> FastAPI; uvicorn calls it in each worker process
    from app.core.policy import DomainPolicy
    from sync.server.app import create_app
    from sync.server.storage import create_engine

    return create_app(create_engine(os.environ["DAFTAR_DB"]), DomainPolicy())


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    url = _db_url(args)
    _engine(args).dispose()  # migrations, once, before any worker starts
    if args.workers > 1 and url.startswith("sqlite"):
        raise CommandError("several workers need PostgreSQL; SQLite has one writer")
    os.environ["DAFTAR_DB"] = url
    print(f"Daftar central API on http://{args.host}:{args.port} "
          f"(database {url.split('@')[-1]}, {args.workers} worker(s))", flush=True)
    uvicorn.run("app.cli.server:make_app", factory=True, workers=args.workers,
                host=args.host, port=args.port, log_level="warning",
                server_header=False, date_header=False)
    return 0


def admin_init(args: argparse.Namespace) -> int:
    _engine(args)
    emit(args, {"ok": True, "db": _db_url(args)}, f"database ready: {_db_url(args)}")
    return 0


def _admin(call: Any) -> None:
    from sync.server.admin import AdminError

    try:
        call()
    except AdminError as exc:
        raise CommandError(str(exc)) from exc


def admin_add_org(args: argparse.Namespace) -> int:
    from sync.server import admin

    engine = _engine(args)
    _admin(lambda: admin.add_org(engine, args.path, args.kind, args.name))
    emit(args, {"ok": True, "org": args.path}, f"added {args.path} ({args.kind})")
    return 0


def admin_add_user(args: argparse.Namespace) -> int:
    from sync.server import admin

    password = read_password(args.password_stdin, args.name)
    engine = _engine(args)
    _admin(lambda: admin.add_user(engine, args.name, args.org, args.roles, password,
                                  args.full_name))
    emit(args, {"ok": True, "user": args.name},
         f"added {args.name} ({', '.join(args.roles)}) at {args.org}")
    return 0


def admin_seed_demo(args: argparse.Namespace) -> int:
    from app.demo import DEMO_PASSWORD, seed_demo

    engine = _engine(args)
    orgs, users = seed_demo(engine)
    emit(args, {"ok": True, "orgs": orgs, "users": users},
         f"added {orgs} organisations and {users} users (password: {DEMO_PASSWORD})")
    return 0
