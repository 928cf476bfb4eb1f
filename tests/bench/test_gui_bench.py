"""bench/gui.py runs end to end at a tiny size and reports every figure."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FIGURES = ("start_s", "bare_qt_start_s", "start_ratio_vs_bare_qt", "search_p50_ms",
           "search_p95_ms", "open_case_first_ms", "open_case_ms", "peak_rss_mb",
           "max_gui_stall_ms", "gui_sync_s", "cpu_count")


@pytest.mark.slow
def test_the_gui_benchmark_reports_every_figure(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DAFTAR_")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "gui.py"), "--cases", "300", "--sixty", "20",
         "--runs", "1", "--keystrokes", "20", "--opens", "4", "--sync-cases", "200",
         "--keep", str(tmp_path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=55)
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout)

    for name in FIGURES:
        assert out[name] > 0, name
    assert out["search_keystrokes"] >= 20
    assert out["open_cases"] == 4 and out["open_case_form_cells"] == 60
    assert out["gui_sync_cases"] == 200
    assert set(out["targets"]) == set(out["met"])
    assert all(name in out for name in out["targets"])
