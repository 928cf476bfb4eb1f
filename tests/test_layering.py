"""The architecture's dependency rules (DESIGN.md "Layout"), checked on every run.

app.core, app.reports and sync never import Qt; sync never imports app. import-linter's
contracts in pyproject.toml are the rule; this test runs them and, as a second guard that
does not depend on configuration, scans the sources itself.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

RULES = {
    "app/core": ("PySide6",),
    "app/reports": ("PySide6",),
    "sync": ("PySide6", "app"),
}


def forbidden_imports(folder: Path, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in forbidden:
                    found.append(f"{path.relative_to(folder.parent)}:{node.lineno} {name}")
    return found


def test_layers_import_only_what_they_may() -> None:
    for folder, forbidden in RULES.items():
        assert forbidden_imports(ROOT / folder, forbidden) == [], folder


def test_the_scan_catches_a_violation(tmp_path: Path) -> None:
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "bad.py").write_text(
        "import os\nfrom PySide6.QtWidgets import QWidget\n")
    assert forbidden_imports(tmp_path / "core", ("PySide6",)) == [
        "core/bad.py:2 PySide6.QtWidgets"]


def test_import_linter_contracts_are_kept() -> None:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is a test dependency"
    result = subprocess.run([exe, "--config", str(ROOT / "pyproject.toml")], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout
