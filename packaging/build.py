"""Build Daftar's two one-folder bundles, archive them, check them, print one JSON line.

``python packaging/build.py [--flavour client --flavour hub] [--runs 3] [--start-cases 5000]
[--skip-start]`` (or ``packaging/build.sh``, which installs PyInstaller first):

1. compiles the translations and runs PyInstaller on ``packaging/daftar.spec`` once per
   flavour: ``dist/daftar-client/`` (the desktop client and the ``daftar`` command) and
   ``dist/daftar-hub/`` (the same plus the central server);
2. packs each into ``dist/daftar-<flavour>-<version>-<platform>.tar.gz`` (``.zip`` on
   Windows) and writes ``dist/SHA256SUMS`` (``sha256sum -c SHA256SUMS`` checks them);
3. runs each bundle's frozen ``daftar selftest`` on Qt's offscreen platform, in a fresh
   home folder, and stops with exit 1 when a check fails;
4. measures the start to the main window as bench/gui.py does (its ``_gui_child.py start``:
   from just before the process starts until the main window shows its inbox, loaded and
   painted), for the frozen client and for ``python`` on this checkout, alternating, on
   one profile of a commission secretary with ``--start-cases`` cases; the median of
   ``--runs`` after one start of each that is left out (file caches warm, as on every start
   of a PC after its first);
5. prints one JSON line: ``client_archive_mb`` (target <= 45), ``hub_archive_mb``,
   ``client_bundle_mb``, ``client_largest_parts`` (the five largest files of the client,
   in MB), the start figures and whether the targets were met.

Progress goes to standard error; standard output carries only the JSON line.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "daftar.spec"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
CHILD = ROOT / "bench" / "_gui_child.py"
TARGETS = {"client_archive_mb": 45, "frozen_start_s": 2.5}
WINDOWS = sys.platform == "win32"
EXE = "daftar.exe" if WINDOWS else "daftar"

_T0 = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - _T0:6.1f} s] {message}", file=sys.stderr, flush=True)


def mb(size: int) -> float:
    return round(size / 1e6, 1)


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from app import __version__

    return __version__


# --- building ------------------------------------------------------------------------------


def pyinstaller(flavour: str) -> Path:
    """Run PyInstaller on the spec for one flavour; returns the bundle folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit("PyInstaller is not installed: run  .venv/bin/pip install -e "
                         "'.[package]'  (or packaging/build.sh)")
    log(f"building the {flavour} bundle (PyInstaller, a few minutes)")
    work = BUILD / flavour
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--clean",
               "--log-level", "WARN", "--distpath", str(DIST), "--workpath", str(work),
               "--", "--flavour", flavour]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    (BUILD / f"pyinstaller-{flavour}.log").write_text(result.stdout + result.stderr,
                                                       encoding="utf-8")
    if result.returncode != 0:
        sys.stderr.write(result.stderr[-4000:])
        raise SystemExit(f"PyInstaller failed for the {flavour} bundle (log: "
                         f"{BUILD / f'pyinstaller-{flavour}.log'})")
    bundle = DIST / f"daftar-{flavour}"
    if not (bundle / EXE).exists():
        raise SystemExit(f"PyInstaller made no {bundle / EXE}")
    return bundle


def archive(bundle: Path) -> Path:
    """The download: a .tar.gz (a .zip on Windows) holding the bundle's folder."""
    stem = f"{bundle.name}-{version()}-{platform_tag()}"
    if WINDOWS:
        target = DIST / f"{stem}.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
            for path in sorted(bundle.rglob("*")):
                out.write(path, Path(bundle.name) / path.relative_to(bundle))
    else:
        target = DIST / f"{stem}.tar.gz"
        with tarfile.open(target, "w:gz", compresslevel=9) as out:
            out.add(bundle, arcname=bundle.name)
    return target


def write_checksums(archives: list[Path]) -> Path:
    lines = []
    for path in archives:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        lines.append(f"{digest}  {path.name}\n")  # the format sha256sum -c reads
    target = DIST / "SHA256SUMS"
    target.write_text("".join(lines), encoding="utf-8")
    return target


def _files(bundle: Path) -> list[Path]:
    """The bundle's files; PyInstaller's symlinks (a library under two names) count once."""
    return [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]


def bundle_size(bundle: Path) -> int:
    return sum(p.stat().st_size for p in _files(bundle))


def largest_parts(bundle: Path, count: int = 5) -> dict[str, float]:
    files = sorted(_files(bundle),
                   key=lambda p: -p.stat().st_size)[:count]
    return {p.relative_to(bundle).as_posix(): mb(p.stat().st_size) for p in files}


# --- checking ------------------------------------------------------------------------------


def frozen_env(home: Path) -> dict[str, str]:
    """A fresh home, Qt offscreen, nothing of this checkout (no DAFTAR_RESOURCES)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DAFTAR_", "PYTHON"))}
    env.update(QT_QPA_PLATFORM="offscreen", DAFTAR_HOME=str(home / "home"),
               DAFTAR_PROFILE=str(home / "profile"), XDG_DATA_HOME=str(home / "data"))
    return env


def selftest(bundle: Path) -> dict[str, Any]:
    """The bundle's own ``daftar selftest --json``, its report echoed to standard error."""
    with tempfile.TemporaryDirectory(prefix="daftar-frozen-") as tmp:
        env = frozen_env(Path(tmp))
        started = time.perf_counter()
        text = subprocess.run([str(bundle / EXE), "selftest"], env=env, capture_output=True,
                              text=True, timeout=300, check=False)
        result = subprocess.run([str(bundle / EXE), "selftest", "--json"], env=env,
                                capture_output=True, text=True, timeout=300, check=False)
        seconds = time.perf_counter() - started
    log(f"frozen selftest of {bundle.name} (exit {text.returncode}):")
    sys.stderr.write("".join(f"    {line}\n" for line in text.stdout.splitlines()))
    try:
        report = json.loads(result.stdout)
    except ValueError:
        sys.stderr.write(result.stderr[-3000:])
        return {"ok": False, "exit": result.returncode, "failed": ["no report"]}
    return {"ok": text.returncode == 0 and result.returncode == 0 and report["ok"],
            "exit": text.returncode, "checks": len(report["checks"]),
            "failed": [c["name"] for c in report["checks"] if not c["ok"]],
            "seconds": round(seconds, 1)}


def _bench_gui() -> Any:
    spec = importlib.util.spec_from_file_location("daftar_bench_gui", ROOT / "bench" / "gui.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["daftar_bench_gui"] = module
    spec.loader.exec_module(module)
    return module


def timed_start(command: list[str], args: dict[str, Any], env: dict[str, str],
                work: Path) -> dict[str, Any]:
    """One start, as bench/gui.py's run_child times it: t0 just before the process starts."""
    arg_file = work / "start.json"
    arg_file.write_text(json.dumps(args), encoding="utf-8")
    t0 = time.time()
    proc = subprocess.run([*command, "start", f"@{arg_file}", str(t0)], cwd=work, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"{command[0]} did not report its start (exit {proc.returncode}):\n"
                         f"{proc.stdout[-1500:]}\n{proc.stderr[-3000:]}")
    result = json.loads(lines[-1])
    if not (result["visible"] and result["painted"] and result["rows"] > 0):
        raise SystemExit(f"the client was not usable when it reported: {result}")
    return result


def start_figures(client: Path, runs: int, cases: int) -> dict[str, Any]:
    """Frozen client and ``python`` on this checkout, on one profile, alternating."""
    gui = _bench_gui()
    with tempfile.TemporaryDirectory(prefix="daftar-start-") as tmp:
        work = Path(tmp)
        profile = work / "profile"
        log(f"a commission secretary's profile with {cases} cases for the start figures")
        gui.build_profile(profile, cases, 0)
        home = work / "home"
        home.mkdir()
        args = {"profile": str(profile), "home": str(home)}
        frozen_cmd = [str(client / EXE)]
        frozen_env_ = {**frozen_env(work), "DAFTAR_BENCH_CHILD": "1"}
        source_cmd = [sys.executable, str(CHILD)]
        source_env = {k: v for k, v in os.environ.items() if not k.startswith("DAFTAR_")}
        source_env.update(QT_QPA_PLATFORM="offscreen", DAFTAR_HOME=str(home),
                          PYTHONUNBUFFERED="1")
        log("a first start of each (left out of the figures)")
        first_frozen = timed_start(frozen_cmd, args, frozen_env_, work)
        first_source = timed_start(source_cmd, args, source_env, work)
        frozen, source = [], []
        for i in range(runs):
            log(f"start {i + 1}/{runs}: the frozen client, then python on the checkout")
            frozen.append(timed_start(frozen_cmd, args, frozen_env_, work))
            source.append(timed_start(source_cmd, args, source_env, work))
    return {
        "frozen_start_s": round(statistics.median(r["s"] for r in frozen), 3),
        "source_start_s": round(statistics.median(r["s"] for r in source), 3),
        "frozen_start_runs_s": [round(r["s"], 3) for r in frozen],
        "source_start_runs_s": [round(r["s"], 3) for r in source],
        "frozen_start_first_s": round(first_frozen["s"], 3),
        "source_start_first_s": round(first_source["s"], 3),
        "frozen_imported_s": round(statistics.median(r["import_s"] for r in frozen), 3),
        "source_imported_s": round(statistics.median(r["import_s"] for r in source), 3),
        "start_profile_cases": cases,
        "start_inbox_rows": frozen[0]["rows"],
    }


# --- the whole build -----------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--flavour", action="append", choices=("client", "hub"),
                        help="build only this one (repeatable; default: both)")
    parser.add_argument("--runs", type=int, default=3, help="timed starts of each program")
    parser.add_argument("--start-cases", type=int, default=5000,
                        help="cases in the profile the starts open")
    parser.add_argument("--skip-start", action="store_true", help="no start figures")
    args = parser.parse_args(argv)
    flavours = args.flavour or ["client", "hub"]

    sys.path.insert(0, str(ROOT))
    from app.ui.i18n import compile_translations

    compiled = compile_translations()
    log(f"compiled {len(compiled)} translations")
    out: dict[str, Any] = {"version": version(), "platform": platform_tag(),
                           "python": platform.python_version()}
    archives, checks = [], {}
    for flavour in flavours:
        started = time.perf_counter()
        bundle = pyinstaller(flavour)
        packed = archive(bundle)
        archives.append(packed)
        log(f"{bundle.name}: {mb(bundle_size(bundle))} MB in the folder, "
            f"{mb(packed.stat().st_size)} MB packed as {packed.name}")
        out[f"{flavour}_archive_mb"] = mb(packed.stat().st_size)
        out[f"{flavour}_bundle_mb"] = mb(bundle_size(bundle))
        out[f"{flavour}_build_s"] = round(time.perf_counter() - started, 1)
        if flavour == "client":
            out["client_largest_parts"] = largest_parts(bundle)
        checks[flavour] = selftest(bundle)
    sums = write_checksums(archives)
    log(f"checksums in {sums}")
    out["archives"] = [p.name for p in archives]
    out["selftest"] = checks
    if "client" in flavours and not args.skip_start:
        out.update(start_figures(DIST / "daftar-client", args.runs, args.start_cases))
    out["targets"] = TARGETS
    out["met"] = {k: out[k] <= v for k, v in TARGETS.items() if k in out}
    print(json.dumps(out, ensure_ascii=False))
    ok = all(c["ok"] for c in checks.values()) and all(out["met"].values())
    if not ok:
        log("FAILED: see selftest and met above")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
