"""Desktop client benchmark: start, search as you type, opening a case, sync in the background.

Prints one JSON object. Every figure is measured on the real client (``app.ui``) in fresh
``python`` processes on Qt's offscreen platform (bench/_gui_child.py), on a replica of
100,000 candidate_nomination cases (``--cases``) plus 1,000 cases of a 60-field service
(``--sixty``; bench/_gui_sixty.py, added to a copy of resources/ that ``DAFTAR_RESOURCES``
points every process to):

- ``start_s``: from just before the parent starts ``python`` until the main window is
  visible and its first page (My inbox) has loaded its rows and painted them — imports,
  QApplication, :class:`app.ui.app.Shell` on ``--profile`` (a user set, no server), the
  desk worker opening the replica and the inbox query. Median of ``--runs``; one start
  before them is left out (``start_first_s``): like every start of a real PC after its
  first, the runs find the replica and Python's files in the OS file cache — nothing else
  is kept between them. ``bare_qt_start_s`` is the same for a bare PySide6 program (a
  QMainWindow with a 50-row QTableView), started the same way, alternating with the client;
  ``start_ratio_vs_bare_qt`` is their ratio.
- ``search_p50_ms`` / ``search_p95_ms``: in one client process, beginnings of surnames,
  given names (Latin and Cyrillic, as the replica holds them), both together, and numbers,
  typed one key at a time into the Cases page's search box (key events); each keystroke is
  timed from the key to the case model's ``loaded`` signal for that text, and the next key
  waits until the result is painted (``search_painted_p95_ms``: until then). Target p95
  <= 50 ms.
- ``open_case_ms``: cases of the 60-field service opened one after the other as activating
  a row does (``MainWindow.open_case``), to the case view's ``shown`` signal — median of
  the opens after the first; ``open_case_first_ms`` is the first, which builds the form.
  Target <= 150 ms.
- ``peak_rss_mb``: peak RSS of that process after the searching and opening (target <= 250).
- ``max_gui_stall_ms``: the longest gap of a 5 ms heartbeat timer on the GUI thread while
  the client's SyncAgent pulls ``--sync-cases`` cases (10,000) from a real ``daftar
  server`` on loopback into a fresh profile of another member of the same commission —
  from the moment the window is usable until ``synced`` (target <= 100). The sync is asked
  for as the window opens, as the client itself does on finding its server;
  ``gui_startup_stall_ms`` is the longest gap from then until the window was usable (its
  first painting and lists; building it comes before and is part of ``start_s``),
  ``gui_after_sync_stall_ms`` the longest in the 1.5 s after (the lists reloading).
  ``gui_sync_s`` is the sync's time, ``gui_sync_cases`` the cases that arrived. The
  stalls that a full collection of Python's garbage collector explains are shown
  (``gui_worst_stalls``, ``gc_ms``). The server shares the machine's cores with the client.

Usage: ``python bench/gui.py [--cases 100000] [--sixty 1000] [--runs 5] [--keystrokes 300]
[--opens 60] [--sync-cases 10000] [--keep DIR]``. With ``--keep`` the replica (the slow
part: about two minutes for 100,000 cases) is built once in DIR and reused.
"""

from __future__ import annotations

import os
import sys

if __name__ == "__main__":
    # bench/ comes first on sys.path and bench/sync.py would shadow the ``sync`` package.
    _here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _here]

import argparse
import importlib.metadata
import importlib.util
import json
import platform
import random
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CHILD = BENCH / "_gui_child.py"
SEED = 20261122
COMMISSION = "uz.jizzakh.dec_3"
TARGETS = {"search_p95_ms": 50, "open_case_ms": 150, "peak_rss_mb": 250,
           "max_gui_stall_ms": 100}


def _bench_module(name: str) -> Any:
    """bench/<name>.py loaded by path (bench/ is not a package, and sync.py is a bad name)."""
    key = f"daftar_bench_{name.lstrip('_')}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, BENCH / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]


_T0 = time.perf_counter()


def log(message: str) -> None:
    """Progress on stderr (stdout carries only the JSON)."""
    print(f"[{time.perf_counter() - _T0:7.1f} s] {message}", file=sys.stderr, flush=True)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[round(q * (len(ordered) - 1))], 1) if ordered else 0.0


# --- the data -----------------------------------------------------------------------------


def make_resources(folder: Path) -> Path:
    """A copy of resources/ whose catalogue also has the 60-field service."""
    sixty = _bench_module("_gui_sixty")
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(ROOT / "resources", folder)
    (folder / "services" / f"{sixty.SERVICE_ID}.json").write_text(
        json.dumps(sixty.definition(), ensure_ascii=False, indent=1), encoding="utf-8")
    return folder


def build_profile(folder: Path, n_cases: int, n_sixty: int) -> dict[str, Any]:
    """A profile of a commission secretary with the cases, as CaseDesk writes them.

    The sixty-field cases are spread evenly among the others. Building turns off SQLite's
    fsync for this one connection (a build, not a measurement); the client's own
    connections later use the replica's normal settings.
    """
    from app.core import demo_data
    from app.core.cases import CaseDesk
    from app.core.users import User
    from app.profile import Profile

    sixty = _bench_module("_gui_sixty")
    folder.mkdir(parents=True, exist_ok=True)
    profile = Profile.open(folder)
    profile.set_user(User("bench", COMMISSION, ("secretary",), "Bench Secretary"))
    profile.replica._conn.execute("PRAGMA synchronous=OFF")
    desk = CaseDesk(profile.replica, profile.require_user(), device=profile.device)
    rng = random.Random(SEED)
    campaign = desk.new("campaign", demo_data.campaign_fields(rng)).id
    every = max(1, n_cases // max(1, n_sixty))
    started = time.perf_counter()
    made = sixty_made = 0
    while made < n_cases or sixty_made < n_sixty:
        if made < n_cases:
            desk.new("candidate_nomination",
                     demo_data.candidate_nomination_fields(rng, campaign_id=campaign))
            made += 1
        if sixty_made < n_sixty and (made % every == 0 or made >= n_cases):
            desk.new(sixty.SERVICE_ID, sixty.complaint_fields(rng, campaign_id=campaign))
            sixty_made += 1
        if (made + sixty_made) % 10_000 == 0:
            log(f"  {made + sixty_made} cases written")
    profile.replica._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    profile.close()
    return {"cases": made, "sixty": sixty_made,
            "build_s": round(time.perf_counter() - started, 1)}


def sample_cases(folder: Path, rng: random.Random, service: str, count: int
                 ) -> list[Any]:
    """Up to ``count`` records of ``service`` from all over the replica (read-only)."""
    from app.core.cases import CASES
    from sync.replica import Replica

    replica = Replica.open(folder / Replica.FILE_NAME, check="none")
    try:
        ids = [row[0] for row in replica._conn.execute(
            "SELECT id FROM records WHERE collection = ? AND type = ? AND deleted = 0",
            (CASES, service))]
        records = [replica.get(CASES, i) for i in rng.sample(ids, min(count, len(ids)))]
        return [r for r in records if r is not None]
    finally:
        replica.close()


def typed_words(rng: random.Random, records: list[Any], keystrokes: int) -> list[str]:
    """What people type into the search box, one word (or two) at a time, 1-6 keys each:
    beginnings of surnames and given names in the script the case has them (Latin or
    Cyrillic), mostly in lower case, "surname given" pairs, PINFLs and constituency numbers.
    """
    words: list[str] = []
    total = 0
    while total < keystrokes:
        data = rng.choice(records).data
        surname, given = data["surname"], data["given_name"]
        kind = rng.random()
        if kind < 0.4:
            word = surname[: rng.randint(3, 6)]
        elif kind < 0.6:
            word = given[: rng.randint(3, 6)]
        elif kind < 0.8:
            word = f"{surname[: rng.randint(3, 4)]} {given[: rng.randint(1, 2)]}"
        elif kind < 0.93:
            word = data["pinfl"][: rng.randint(4, 6)]
        else:
            word = str(data["constituency_number"])
        if rng.random() < 0.7:
            word = word.lower()
        words.append(word)
        total += len(word)
    return words


# --- child processes ----------------------------------------------------------------------


def child_env(resources: Path, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DAFTAR_")}
    env.update(QT_QPA_PLATFORM="offscreen", DAFTAR_RESOURCES=str(resources),
               DAFTAR_HOME=str(home), PYTHONUNBUFFERED="1")
    return env


def run_child(mode: str, args: dict[str, Any], env: dict[str, str], work: Path,
              timeout: float = 900) -> dict[str, Any]:
    """Start ``python bench/_gui_child.py MODE`` and return the JSON it prints.

    ``t0`` is taken just before the process is started: the child's figures count from it.
    """
    arg_file = work / f"child-{mode}.json"
    arg_file.write_text(json.dumps(args), encoding="utf-8")
    t0 = time.time()
    args_path = f"@{arg_file}"
    proc = subprocess.Popen([sys.executable, str(CHILD), mode, args_path, str(t0)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        raise RuntimeError(f"{mode}: no answer in {timeout:.0f} s:\n{err[-3000:]}") from None
    lines = [line for line in out.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"{mode} exited {proc.returncode}:\n{out[-2000:]}\n{err[-3000:]}")
    result = json.loads(lines[-1])
    if "error" in result:
        raise RuntimeError(f"{mode}: {result['error']}\n{err[-3000:]}")
    if err.strip():
        result["stderr"] = err.strip()[-500:]
    return result


# --- the measurements ---------------------------------------------------------------------


def start_figures(profile: Path, env: dict[str, str], work: Path, home: Path, runs: int,
                  out: dict[str, Any]) -> None:
    args = {"profile": str(profile), "home": str(home)}
    log("a first start of each (left out of the figures)")
    first = run_child("start", args, env, work)
    first_bare = run_child("bare", {}, env, work)
    client: list[dict[str, Any]] = []
    bare: list[dict[str, Any]] = []
    for i in range(runs):
        log(f"start {i + 1}/{runs}: bare Qt, then the client")
        bare.append(run_child("bare", {}, env, work))
        client.append(run_child("start", args, env, work))
    for r in client:
        if not (r["visible"] and r["painted"] and r["rows"] > 0):
            raise RuntimeError(f"the client was not usable when it reported: {r}")
    start_s = statistics.median(r["s"] for r in client)
    bare_s = statistics.median(r["s"] for r in bare)
    out["start_s"] = round(start_s, 3)
    out["bare_qt_start_s"] = round(bare_s, 3)
    out["start_ratio_vs_bare_qt"] = round(start_s / bare_s, 2)
    out["start_runs_s"] = [round(r["s"], 3) for r in client]
    out["bare_qt_runs_s"] = [round(r["s"], 3) for r in bare]
    out["start_first_s"] = round(first["s"], 3)
    out["bare_qt_first_s"] = round(first_bare["s"], 3)
    out["start_phases_s"] = {  # medians, from the process start
        "imported": round(statistics.median(r["import_s"] for r in client), 3),
        "window_built": round(statistics.median(r["window_s"] for r in client), 3),
        "inbox_loaded": round(statistics.median(r["loaded_s"] for r in client), 3),
        "inbox_painted": out["start_s"],
    }
    out["start_inbox_rows"] = client[0]["rows"]


def work_figures(profile: Path, env: dict[str, str], work: Path, home: Path,
                 n_keys: int, n_opens: int, out: dict[str, Any]) -> None:
    rng = random.Random(SEED + 1)
    sixty = _bench_module("_gui_sixty")
    people = sample_cases(profile, rng, "candidate_nomination", 400)
    words = typed_words(rng, people, n_keys)
    opened = [r.id for r in sample_cases(profile, rng, sixty.SERVICE_ID, n_opens)]
    log(f"typing {sum(len(w) for w in words)} keys ({len(words)} words), then opening "
        f"{len(opened)} cases of {sixty.SERVICE_ID}")
    result = run_child("work", {"profile": str(profile), "home": str(home), "words": words,
                                "case_ids": opened}, env, work)
    keys = result["keys"]
    ms = [k["ms"] for k in keys]
    out["search_keystrokes"] = len(keys)
    out["search_p50_ms"] = pct(ms, 0.5)
    out["search_p95_ms"] = pct(ms, 0.95)
    out["search_max_ms"] = round(max(ms), 1)
    out["search_painted_p95_ms"] = pct([k["painted_ms"] for k in keys], 0.95)
    out["search_p95_ms_by_length"] = {
        str(n): pct([k["ms"] for k in keys if len(k["text"]) == n], 0.95)
        for n in sorted({len(k["text"]) for k in keys}) if n <= 8}
    out["search_empty_results"] = sum(1 for k in keys if k["rows"] == 0)
    slow = sorted(keys, key=lambda k: -k["ms"])[:5]
    out["search_slowest"] = [{"text": k["text"], "ms": round(k["ms"], 1), "rows": k["rows"],
                              "gc_ms": k["gc_ms"]} for k in slow]
    out["search_clear_p50_ms"] = pct(result["clears"], 0.5)
    opens = result["opens"]
    later = [o["ms"] for o in opens[1:]] or [opens[0]["ms"]]
    out["open_cases"] = len(opens)
    out["open_case_first_ms"] = round(opens[0]["ms"], 1)
    out["open_case_ms"] = round(statistics.median(later), 1)
    out["open_case_p95_ms"] = pct(later, 0.95)
    out["open_case_painted_ms"] = round(statistics.median(
        [o["painted_ms"] for o in opens[1:]] or [opens[0]["painted_ms"]]), 1)
    out["open_case_first_painted_ms"] = round(opens[0]["painted_ms"], 1)
    out["open_case_form_cells"] = result["form_cells"]
    out["peak_rss_mb"] = round(result["peak_rss_kb"] / 1024, 1)
    out["rss_end_mb"] = round(result["rss_end_kb"] / 1024, 1)


def sync_figures(work: Path, env: dict[str, str], home: Path, n_cases: int,
                 out: dict[str, Any]) -> None:
    import keyring

    from app.demo import DEMO_PASSWORD, seed_demo
    from sync.credentials import MemoryKeyring
    from sync.server.storage import create_engine, migrate

    bench_sync = _bench_module("sync")
    keyring.set_keyring(MemoryKeyring())
    folder = work / "sync"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    db_url = f"sqlite:///{folder / 'server.sqlite3'}"
    engine = create_engine(db_url)
    migrate(engine)
    seed_demo(engine)
    engine.dispose()
    rng = random.Random(SEED + 2)
    with bench_sync.ServerProcess(db_url, folder / "server.log") as server:
        aziza = bench_sync.open_device(folder / "aziza", server.url, "aziza", DEMO_PASSWORD)
        aziza.profile.replica._conn.execute("PRAGMA synchronous=OFF")  # set-up, not measured
        log(f"server up; aziza writes {n_cases} cases and pushes them")
        bench_sync.new_cases(aziza, rng, n_cases)
        bench_sync.checked_sync(aziza)
        aziza.close()
        log("bobur's client syncs them in the background")
        result = run_child("sync", {"profile": str(folder / "bobur"), "home": str(home),
                                    "server": server.url, "user": "bobur",
                                    "password": DEMO_PASSWORD}, env, work)
    if result["cases"] < n_cases:
        raise RuntimeError(f"bobur received {result['cases']} cases, expected {n_cases}")
    out["max_gui_stall_ms"] = result["stall_ms"]
    out["gui_sync_s"] = round(result["sync_s"], 2)
    out["gui_sync_cases"] = result["cases"]
    out["gui_sync_pulled"] = result["pulled"]
    out["gui_sync_rounds"] = result["rounds"]
    out["gui_startup_stall_ms"] = result["startup_stall_ms"]
    out["gui_after_sync_stall_ms"] = result["after_sync_stall_ms"]
    out["gui_usable_after_sync_began_s"] = round(result["usable_after_s"], 2)
    out["gui_worst_stalls"] = result["worst_gaps"]  # at_s: since the sync began
    out["gui_stalls_over_20ms"] = result["gaps_over_20ms"]
    out["gui_sync_gc_max_ms"] = result["gc_max_ms"]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--sixty", type=int, default=1000,
                        help="cases of the 60-field service among them")
    parser.add_argument("--runs", type=int, default=5, help="timed starts of each program")
    parser.add_argument("--keystrokes", type=int, default=300)
    parser.add_argument("--opens", type=int, default=60, help="cases opened")
    parser.add_argument("--sync-cases", type=int, default=10_000)
    parser.add_argument("--keep", metavar="DIR",
                        help="keep the replica in DIR and reuse it when it is there")
    args = parser.parse_args()

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="daftar-bench-gui-"))
    work.mkdir(parents=True, exist_ok=True)
    resources = make_resources(work / "resources")
    os.environ["DAFTAR_RESOURCES"] = str(resources)  # this process: the catalogue, the server
    home = work / "home"
    home.mkdir(exist_ok=True)
    env = child_env(resources, home)
    out: dict[str, Any] = {"cases": args.cases, "sixty_field_cases": args.sixty,
                           "cpu_count": os.cpu_count(), "python": platform.python_version(),
                           "pyside6": importlib.metadata.version("PySide6-Essentials")}
    try:
        profile = work / f"profile-{args.cases}-{args.sixty}"
        built = profile / "built.json"
        sixty = json.loads((resources / "services" / "bench_sixty.json").read_text("utf-8"))
        if not built.exists() or json.loads(built.read_text("utf-8")).get("sixty_service") \
                != sixty:
            if profile.exists():
                shutil.rmtree(profile)
            log(f"building the replica: {args.cases} + {args.sixty} cases")
            built.parent.mkdir(parents=True)
            info = {**build_profile(profile, args.cases, args.sixty), "sixty_service": sixty}
            built.write_text(json.dumps(info), encoding="utf-8")
            out["build_s"] = info["build_s"]
        else:
            log(f"reusing the replica in {profile}")
        out["replica_mb"] = round((profile / "replica.sqlite3").stat().st_size / 1e6, 1)
        start_figures(profile, env, work, home, args.runs, out)
        work_figures(profile, env, work, home, args.keystrokes, args.opens, out)
        sync_figures(work, env, home, args.sync_cases, out)
        out["targets"] = TARGETS
        out["met"] = {k: out[k] <= v for k, v in TARGETS.items()}
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
