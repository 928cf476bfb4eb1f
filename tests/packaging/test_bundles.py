"""The packaged programs, frozen, as an installer and a trainer run them.

Opt-in (building takes minutes): ``DAFTAR_BUNDLES=dist`` names the folder where
``packaging/build.py`` left ``daftar-client/``, ``daftar-hub/``, the archives and
``SHA256SUMS``::

    .venv/bin/python packaging/build.py
    DAFTAR_BUNDLES=dist .venv/bin/python -m pytest tests/packaging
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DIST = Path(os.environ["DAFTAR_BUNDLES"]).resolve() if os.environ.get("DAFTAR_BUNDLES") else None
pytestmark = pytest.mark.skipif(DIST is None, reason="set DAFTAR_BUNDLES=dist after "
                                                     "packaging/build.py to test the bundles")
EXE = "daftar.exe" if sys.platform == "win32" else "daftar"


def run(flavour: str, tmp_path: Path, *args: str, timeout: float = 180
        ) -> subprocess.CompletedProcess:
    assert DIST is not None
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DAFTAR_", "PYTHON"))}
    env.update(QT_QPA_PLATFORM="offscreen", DAFTAR_HOME=str(tmp_path / "home"),
               DAFTAR_PROFILE=str(tmp_path / "profile"), XDG_DATA_HOME=str(tmp_path / "data"))
    return subprocess.run([str(DIST / f"daftar-{flavour}" / EXE), *args], env=env,
                          capture_output=True, text=True, timeout=timeout, cwd=tmp_path)


@pytest.mark.parametrize("flavour", ["client", "hub"])
def test_the_frozen_selftest_passes_every_check(flavour: str, tmp_path: Path) -> None:
    result = run(flavour, tmp_path, "selftest")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "All checks passed." in result.stdout
    report = json.loads(run(flavour, tmp_path, "selftest", "--json").stdout)
    names = {c["name"] for c in report["checks"]}
    assert {"Qt platform plugin", "Keyring", "A document prints", "A new replica",
            "Fonts for documents"} <= names
    assert ("Central server" in names) == (flavour == "hub")
    assert all(c["ok"] for c in report["checks"])


def test_the_client_leaves_out_what_it_does_not_use() -> None:
    assert DIST is not None
    files = [p.relative_to(DIST / "daftar-client").as_posix()
             for p in (DIST / "daftar-client").rglob("*")]
    for unused in ("Qt6Qml", "Qt6Quick", "Qt6Network", "Qt6Pdf", "Qt6OpenGL", "/qml/",
                   "fastapi/", "uvicorn/", "sqlalchemy/", "argon2", "pydantic_core/"):
        assert not [f for f in files if unused in f], unused
    qt_translations = [f for f in files if "/translations/" in f and "PySide6" in f]
    assert [f.rsplit("/", 1)[1] for f in qt_translations] == ["qtbase_ru.qm"]
    ours = sorted(f.rsplit("/", 1)[1] for f in files if "resources/translations/" in f)
    assert ours == ["daftar_ru.qm", "daftar_uz-Cyrl.qm", "daftar_uz-Latn.qm"]


def test_the_client_says_where_the_server_is(tmp_path: Path) -> None:
    for command in (["demo"], ["hub", "--host", "127.0.0.1"], ["server", "--port", "1"]):
        result = run("client", tmp_path, *command)
        assert result.returncode == 1, command
        assert "hub package" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr


def test_the_frozen_hub_runs_the_demo(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    shot = tmp_path / "demo.png"
    result = run("hub", tmp_path, "demo", "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert QImage(str(shot)).width() == 1024


def test_the_archives_match_their_checksums() -> None:
    assert DIST is not None
    lines = (DIST / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    for line in lines:
        digest, name = line.split("  ")
        assert hashlib.sha256((DIST / name).read_bytes()).hexdigest() == digest
