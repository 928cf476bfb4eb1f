"""Sync benchmark: bytes on the wire and time of sync rounds against a real ``daftar server``.

Prints one JSON object. Everything is measured for real: ``daftar server`` runs as a
subprocess on loopback, clients are in-process ``SyncClient``s on real profiles, and every
byte is counted by a TCP proxy (bench/shaping_proxy.py) between them — HTTP headers included.

- ``initial_bytes_per_case`` / ``initial_s``: a profile of ``aziza`` writes N
  candidate_nomination cases through ``CaseDesk.new`` and pushes them; then an empty profile
  of ``bobur`` (same commission) does its initial sync through the proxy (targets <= 300
  bytes per case, <= 10 s for 10,000 cases);
- ``incremental_push_bytes`` / ``incremental_round_bytes``: one field of one case changed in
  the first profile and synced, then the second profile's sync that brings it (both
  directions; target <= 1500 for the latter);
- ``noop_round_bytes``: a sync with nothing to push or pull (target <= 800);
- ``shaped_initial_s``: a third empty profile's initial sync through the proxy shaped to
  64 kbit/s and 300 ms RTT (minutes for 10,000 cases; ``--skip-shaped`` leaves it out);
- ``pg_push_mutations_per_s``: a second server on PostgreSQL (one worker per core); 20 users,
  each on their own profile with 200 of their cases edited offline, all call ``sync()`` at
  once, with the feed already read so the rounds only push: mutations applied per second
  from the start until the last push is acknowledged (target >= 1000).
  ``pg_round_mutations_per_s`` is the same on a fresh database when every round also pulls
  a page of the others' edits and applies it before the next, all 20 clients sharing this
  one Python process and the machine's two cores with the server; ``pg_sync_all_s`` is
  until every one of those syncs ended.

Usage: ``python bench/sync.py [--cases 10000] [--skip-shaped] [--skip-wire] [--skip-pg]
[--pg-clients 20] [--pg-edits 200] [--pg-push-only]
[--pg-url postgresql://postgres@127.0.0.1:5432] [--keep DIR]``
"""

from __future__ import annotations

import os
import sys

if __name__ == "sync":  # pragma: no cover
    # Run as ``python bench/<script>.py``, bench/ comes first on sys.path and this file
    # would shadow the ``sync`` package: hand the name back to the real package.
    import importlib

    _here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _here]
    del sys.modules["sync"]
    sys.modules["sync"] = importlib.import_module("sync")
elif __name__ == "__main__":
    _here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _here]

import argparse
import contextlib
import importlib.util
import json
import random
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SEED = 20261122
COMMISSION = "uz.jizzakh.dec_3"
BENCH_PASSWORD = "daftar-bench"
EDITED_FIELD = "phone"


def _shaping_proxy() -> Any:
    """bench/shaping_proxy.py, loaded by path (bench/ is not a package)."""
    name = "daftar_bench_shaping_proxy"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, BENCH / "shaping_proxy.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


_T0 = time.perf_counter()


def log(message: str) -> None:
    """Progress on stderr (stdout carries only the JSON)."""
    print(f"[{time.perf_counter() - _T0:7.1f} s] {message}", file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --- the server -------------------------------------------------------------------------

# The PostgreSQL deployment runs one server process per core (``daftar server --workers``).
PG_WORKERS = os.cpu_count() or 1


class ServerProcess:
    """``python -m app server --db URL --port P`` on loopback, until the block ends."""

    def __init__(self, db_url: str, log: Path, workers: int = 1) -> None:
        self.db_url, self.log_path, self.workers = db_url, log, workers
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> tuple[str, int]:
        return ("127.0.0.1", self.port)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ServerProcess:
        import requests

        log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app", "server", "--db", self.db_url,
             "--port", str(self.port), "--workers", str(self.workers)], cwd=ROOT,
            stdout=log, stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
        log.close()
        deadline = time.monotonic() + 60
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited ({self.process.returncode}):\n"
                                   + self.log_path.read_text(errors="replace")[-3000:])
            with contextlib.suppress(requests.RequestException):
                if requests.get(self.url + "/healthz", timeout=2).ok:
                    return self
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the server did not answer /healthz within 60 s")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)

    def __exit__(self, *exc: object) -> None:
        self.stop()


# --- clients ----------------------------------------------------------------------------


@dataclass
class Device:
    """One profile of one user, signed in, with its desk and its sync client."""

    name: str
    profile: Any  # app.profile.Profile
    desk: Any  # app.core.cases.CaseDesk
    client: Any  # sync.client.SyncClient
    trouble: list[str] = field(default_factory=list)  # answers the client had to retry

    def watch_http(self) -> None:
        """Note every failed or retryable HTTP answer (the client retries them)."""
        request = self.client.http.request  # what Session.post calls too

        def watched(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                response = request(*args, **kwargs)
            except Exception as exc:
                self.trouble.append(f"{type(exc).__name__} after "
                                    f"{time.perf_counter() - started:.1f} s")
                raise
            if response.status_code == 429 or response.status_code >= 500:
                self.trouble.append(f"HTTP {response.status_code}")
            return response

        self.client.http.request = watched

    def close(self) -> None:
        self.client.http.close()
        self.profile.close()


def open_device(folder: Path, server_url: str, user: str, password: str) -> Device:
    from app.core.cases import CaseDesk, remote_headline
    from app.core.definitions import default_catalogue
    from app.core.users import User
    from app.profile import Profile
    from sync.client import SyncClient
    from sync.credentials import Credentials

    folder.mkdir(parents=True, exist_ok=True)
    profile = Profile.open(folder)
    replica = profile.replica
    client = SyncClient(replica, server_url, Credentials(replica.client_id, folder),
                        remote_headline(default_catalogue()), retries=3)
    tokens = client.login(user, password, profile.device)
    profile.set_user(User.from_json(tokens["user"]))
    desk = CaseDesk(replica, profile.require_user(), device=profile.device)
    device = Device(user, profile, desk, client)
    device.watch_http()
    return device


def new_cases(device: Device, rng: random.Random, count: int) -> list[str]:
    from app.core import demo_data

    campaign = device.desk.new("campaign", demo_data.campaign_fields(rng)).id
    values = [demo_data.candidate_nomination_fields(rng, campaign_id=campaign)
              for _ in range(count)]
    return [device.desk.new("candidate_nomination", v).id for v in values]


def checked_sync(device: Device, progress: Any = None) -> Any:
    report = device.client.sync(progress)
    if report.rejections:
        raise RuntimeError(f"{device.name}: the server refused {len(report.rejections)} "
                           f"mutations, e.g. {report.rejections[0]}")
    if device.profile.replica.pending_count():
        raise RuntimeError(f"{device.name}: mutations still pending after sync")
    return report


def new_phone(rng: random.Random) -> str:
    return f"+99890{rng.randrange(10 ** 7):07d}"


# --- the measurements -------------------------------------------------------------------


def wire_figures(work: Path, n_cases: int, shaped: bool, out: dict[str, Any]) -> None:
    """Initial, incremental, no-op and shaped syncs against a server on SQLite."""
    from app.demo import DEMO_PASSWORD, seed_demo
    from sync.server.storage import create_engine, migrate

    ShapingProxy = _shaping_proxy().ShapingProxy
    db_url = f"sqlite:///{work / 'server.sqlite3'}"
    engine = create_engine(db_url)
    migrate(engine)
    seed_demo(engine)
    engine.dispose()
    out["server_db"] = "sqlite"
    out["cases"] = n_cases
    rng = random.Random(SEED)

    with ServerProcess(db_url, work / "server-sqlite.log") as server, \
            ShapingProxy(server.address) as proxy:
        a = open_device(work / "a", proxy.url, "aziza", DEMO_PASSWORD)
        log(f"server on SQLite up; aziza writes {n_cases} cases")
        started = time.perf_counter()
        ids = new_cases(a, rng, n_cases)
        out["write_cases_s"] = round(time.perf_counter() - started, 2)

        log("aziza pushes them")
        proxy.reset_counters()
        started = time.perf_counter()
        report = checked_sync(a)
        out["initial_push_s"] = round(time.perf_counter() - started, 2)
        out["initial_push_bytes_per_case"] = round(proxy.bytes_total / n_cases, 1)
        out["initial_push_rounds"] = report.rounds
        checked_sync(a)  # settled: nothing left to pull either

        b = open_device(work / "b", proxy.url, "bobur", DEMO_PASSWORD)
        log("bobur's initial sync")
        proxy.reset_counters()
        started = time.perf_counter()
        report = checked_sync(b)
        out["initial_s"] = round(time.perf_counter() - started, 2)
        out["initial_bytes"] = proxy.bytes_total
        out["initial_bytes_up"] = proxy.bytes_up
        out["initial_bytes_per_case"] = round(proxy.bytes_total / n_cases, 1)
        out["initial_rounds"] = report.rounds
        out["initial_pulled"] = report.pulled
        if report.pulled < n_cases + 1:
            raise RuntimeError(f"bobur pulled {report.pulled} records, expected {n_cases + 1}")

        log("incremental and no-op rounds")
        # One field of one case, changed in A: A's push round, then B's round that pulls it.
        target, phone = ids[len(ids) // 2], new_phone(rng)
        a.desk.set(target, {EDITED_FIELD: phone})
        proxy.reset_counters()
        report = checked_sync(a)
        out["incremental_push_bytes"] = proxy.bytes_total
        out["incremental_push_bytes_up"] = proxy.bytes_up
        out["incremental_push_rounds"] = report.rounds
        proxy.reset_counters()
        report = checked_sync(b)
        out["incremental_round_bytes"] = proxy.bytes_total
        out["incremental_round_bytes_down"] = proxy.bytes_down
        out["incremental_rounds"] = report.rounds
        if b.desk.get(target).values.get(EDITED_FIELD) != phone or report.pulled < 1:
            raise RuntimeError("bobur did not receive the edited case")

        proxy.reset_counters()
        report = checked_sync(b)
        out["noop_round_bytes"] = proxy.bytes_total
        out["noop_round_bytes_up"] = proxy.bytes_up
        out["noop_rounds"] = report.rounds

        if shaped:
            with ShapingProxy(server.address, rate_bps=64_000, rtt_ms=300) as slow:
                c = open_device(work / "c", slow.url, "dilshod", DEMO_PASSWORD)
                log("dilshod's initial sync over 64 kbit/s, 300 ms RTT")
                slow.reset_counters()
                started = time.perf_counter()
                report = checked_sync(c)
                out["shaped_initial_s"] = round(time.perf_counter() - started, 1)
                out["shaped_initial_bytes"] = slow.bytes_total
                out["shaped_initial_rounds"] = report.rounds
                out["shaped_link"] = "64 kbit/s each way, 300 ms RTT"
                c.close()
        a.close()
        b.close()


@contextlib.contextmanager
def postgres_database(base_url: str) -> Iterator[str]:
    """A fresh database ``daftar_bench_<pid>`` on the server at ``base_url``; dropped after."""
    import sqlalchemy as sa

    from sync.server.storage import normalise_url

    name = f"daftar_bench_{os.getpid()}"
    admin = sa.create_engine(normalise_url(f"{base_url.rstrip('/')}/postgres"),
                             isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        try:
            yield f"{base_url.rstrip('/')}/{name}"
        finally:
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def _in_threads(work: list[Any], call: Any) -> list[Any]:
    """``call(item)`` for every item, each in its own thread, all released together."""
    results: list[Any] = [None] * len(work)
    errors: list[BaseException] = []
    gate = threading.Barrier(len(work) + 1)

    def run(i: int, item: Any) -> None:
        gate.wait()
        try:
            results[i] = call(item)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i, item)) for i, item in enumerate(work)]
    for t in threads:
        t.start()
    gate.wait()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return results


def _feed_top(engine: Any) -> int:
    """The server's last feed number."""
    import sqlalchemy as sa

    from sync.server.storage import counters

    with engine.connect() as conn:
        return int(conn.execute(sa.select(counters.c.value)
                                .where(counters.c.name == "seq")).scalar_one())


def skip_feed_to(device: Device, seq: int) -> None:
    """Move the profile's feed cursor forward: it will not pull what is before ``seq``."""
    with device.profile.replica.write() as tx:
        tx.set_cursor(max(seq, device.profile.replica.cursor))


def pg_figures(work: Path, base_url: str, n_clients: int, n_edits: int,
               out: dict[str, Any], push_only: bool = False) -> None:
    """Concurrent pushes of offline edits from many clients to a server on PostgreSQL.

    Set-up: every user writes ``n_edits`` cases and pushes them, one user after the other;
    each profile skips the feed past the others' set-up cases (pulling 20 x 4,000 records
    would take minutes and measure nothing here). Then every user edits one field of each
    of their cases offline, and all sync at the same moment: the figure is the mutations
    applied per second until the last of those pushes is acknowledged. Those syncs go on
    to pull the others' edits (``pg_sync_all_s``), as real ones would — unless
    ``push_only``: then every profile first skips the feed beyond its end, so that the
    rounds only push (the server's push capacity alone, a diagnosis, not a real sync).
    """
    import sqlalchemy as sa

    from app.demo import seed_demo
    from sync.server import admin
    from sync.server.storage import create_engine, migrate

    with postgres_database(base_url) as db_url:
        engine = create_engine(db_url)
        migrate(engine)
        seed_demo(engine)
        names = [f"bench{i:02d}" for i in range(n_clients)]
        for name in names:
            admin.add_user(engine, name, COMMISSION, ["secretary"], BENCH_PASSWORD)
        with engine.connect() as conn:
            out["pg_server_db"] = "postgresql " + str(
                conn.execute(sa.text("SHOW server_version")).scalar()).split()[0]

        with ServerProcess(db_url, work / "server-pg.log", PG_WORKERS) as server:
            log(f"server on PostgreSQL up; {n_clients} users sign in")
            devices = [open_device(work / f"pg-{name}", server.url, name, BENCH_PASSWORD)
                       for name in names]
            try:
                rngs = {d.name: random.Random(f"{SEED}-{d.name}") for d in devices}
                log(f"each writes {n_edits} cases and pushes them")
                cases = {}
                for d in devices:
                    cases[d.name] = new_cases(d, rngs[d.name], n_edits)
                    skip_feed_to(d, _feed_top(engine))
                    checked_sync(d)
                top = 10 ** 12 if push_only else _feed_top(engine)
                for d in devices:
                    skip_feed_to(d, top)
                log(f"each edits its {n_edits} cases offline")
                for d in devices:
                    rng = rngs[d.name]
                    for case_id in cases[d.name]:
                        d.desk.set(case_id, {EDITED_FIELD: new_phone(rng)})
                pending = sum(d.profile.replica.pending_count() for d in devices)
                for d in devices:
                    d.trouble.clear()

                log("all sync at once")
                started = time.perf_counter()
                pushed_at: dict[str, float] = {}

                def push(device: Device) -> Any:
                    def progress(report: Any) -> None:
                        if device.name not in pushed_at and \
                                not device.profile.replica.pending_count():
                            pushed_at[device.name] = time.perf_counter()
                    return checked_sync(device, progress)

                reports = _in_threads(devices, push)
                ended = time.perf_counter()
                push_s = max(pushed_at.values()) - started
                out["pg_clients"] = n_clients
                out["pg_server_workers"] = PG_WORKERS
                if push_only:
                    out["pg_push_only"] = True
                out["pg_mutations"] = pending
                out["pg_push_s"] = round(push_s, 2)
                out["pg_push_mutations_per_s"] = round(pending / push_s, 1)
                out["pg_first_push_acked_s"] = round(min(pushed_at.values()) - started, 2)
                out["pg_sync_all_s"] = round(ended - started, 2)
                out["pg_pulled"] = sum(r.pulled for r in reports)
                out["pg_rounds"] = sum(r.rounds for r in reports)
                out["pg_conflicts"] = sum(r.conflicts for r in reports)
                out["pg_http_retries"] = sum(len(d.trouble) for d in devices)
                trouble = sorted({t for d in devices for t in d.trouble})
                if trouble:
                    out["pg_http_trouble"] = trouble[:5]
            finally:
                for d in devices:
                    d.close()
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--skip-shaped", action="store_true",
                        help="leave out the initial sync over a 64 kbit/s, 300 ms RTT link")
    parser.add_argument("--skip-wire", action="store_true",
                        help="leave out the SQLite part (initial, incremental, no-op, shaped)")
    parser.add_argument("--skip-pg", action="store_true",
                        help="leave out the concurrent pushes to a server on PostgreSQL")
    parser.add_argument("--pg-url", default="postgresql://postgres@127.0.0.1:5432",
                        help="PostgreSQL server (without a database) to create one on")
    parser.add_argument("--pg-clients", type=int, default=20)
    parser.add_argument("--pg-edits", type=int, default=200, help="edits per client")
    parser.add_argument("--pg-push-only", action="store_true",
                        help="diagnosis: the concurrent rounds push but pull nothing")
    parser.add_argument("--keep", metavar="DIR", help="keep profiles and server logs in DIR")
    args = parser.parse_args()

    import keyring

    from sync.credentials import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="daftar-bench-sync-"))
    work.mkdir(parents=True, exist_ok=True)
    out: dict[str, Any] = {}
    try:
        if not args.skip_wire:
            wire_figures(work, args.cases, not args.skip_shaped, out)
        if not args.skip_pg and args.pg_push_only:
            pg_figures(work, args.pg_url, args.pg_clients, args.pg_edits, out, True)
        elif not args.skip_pg:
            # Two runs on fresh databases: rounds that only push (the push path's capacity,
            # pg_push_mutations_per_s), then rounds that also pull everyone else's edits
            # with all clients in this one process (pg_round_mutations_per_s).
            pushing: dict[str, Any] = {}
            for part in ("push", "rounds"):
                (work / part).mkdir(parents=True, exist_ok=True)
            pg_figures(work / "push", args.pg_url, args.pg_clients, args.pg_edits, pushing,
                       True)
            pg_figures(work / "rounds", args.pg_url, args.pg_clients, args.pg_edits, out,
                       False)
            out["pg_round_mutations_per_s"] = out["pg_push_mutations_per_s"]
            out["pg_push_mutations_per_s"] = pushing["pg_push_mutations_per_s"]
            out["pg_push_only_s"] = pushing["pg_push_s"]
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
