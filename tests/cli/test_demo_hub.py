"""``daftar demo`` and ``daftar hub``, run as a user runs them, on loopback only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from app.embedded import free_port

ROOT = Path(__file__).parents[2]


def env_for(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DAFTAR_")}
    env.update(QT_QPA_PLATFORM="offscreen", DAFTAR_HOME=str(tmp_path / "home"),
               XDG_DATA_HOME=str(tmp_path / "data"), PYTHONUNBUFFERED="1")
    return env


def daftar(*args: str) -> list[str]:
    return [sys.executable, "-m", "app", *args]


def test_demo_opens_the_client_signed_in_as_the_secretary(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    shot = tmp_path / "demo.png"
    result = subprocess.run(daftar("demo", "--screenshot", str(shot)), env=env_for(tmp_path),
                            capture_output=True, text=True, timeout=180, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "http://127.0.0.1:" in result.stdout and "signed in as aziza" in result.stdout
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1024, 768)
    colours = {image.pixel(x, y) for x in range(0, 1024, 7) for y in range(0, 768, 7)}
    assert len(colours) > 20  # a drawn window with text, not a blank one
    # Nothing is left behind: the demo's home was a temporary folder, not DAFTAR_HOME.
    assert not (tmp_path / "home" / "accounts.json").exists()


def test_demo_cases_are_in_several_states_and_synced(tmp_path: Path) -> None:
    import keyring

    from app.cli.demo import prepare_demo
    from app.core.cases import CaseDesk
    from app.profile import Profile

    previous = keyring.get_keyring()
    desk = prepare_demo(tmp_path)
    try:
        profile = Profile.open(desk.profile)
        try:
            user = profile.require_user()
            assert (user.name, user.org) == ("aziza", "uz.jizzakh.dec_3")
            assert "secretary" in user.roles
            cases = CaseDesk(profile.replica, user)
            states = {cases.get(i).state for i in desk.case_ids}
            assert {"draft", "submitted"} <= states and len(states) >= 3
            assert profile.replica.pending_count() == 0  # all on the server already
        finally:
            profile.close()
        assert requests.get(f"{desk.server.url}/healthz", timeout=5).ok
        assert desk.server.url.startswith("http://127.0.0.1:")
    finally:
        desk.server.stop()
        keyring.set_keyring(previous)


def _start_hub(tmp_path: Path, port: int) -> tuple[subprocess.Popen, list[str]]:
    hub = subprocess.Popen(daftar("hub", "--host", "127.0.0.1", "--port", str(port), "--db",
                                  str(tmp_path / "room.sqlite3")),
                           env=env_for(tmp_path), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, cwd=ROOT)
    lines: list[str] = []
    deadline = time.monotonic() + 60
    assert hub.stdout is not None
    while time.monotonic() < deadline:
        line = hub.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip())
        if line.startswith("The room's data"):
            return hub, lines
    hub.kill()
    pytest.fail(f"the hub did not start: {lines} {hub.stderr.read() if hub.stderr else ''}")


def test_hub_prints_the_address_trainees_enter_and_serves_them(tmp_path: Path) -> None:
    port = free_port()
    hub, lines = _start_hub(tmp_path, port)
    try:
        address = f"http://127.0.0.1:{port}"
        assert f"    {address}" in lines
        assert any("password daftar-demo" in line for line in lines)
        assert requests.get(f"{address}/healthz", timeout=5).ok
        # A trainee signs in with the address it printed.
        login = subprocess.run(
            daftar("--profile", str(tmp_path / "trainee"), "login", "--server", address,
                   "--user", "bobur", "--password-stdin"),
            input="daftar-demo\n", env=env_for(tmp_path), capture_output=True, text=True,
            timeout=60, cwd=ROOT)
        assert login.returncode == 0, login.stderr
        # A second hub on the same port is refused at once, with what to do.
        second = subprocess.run(
            daftar("hub", "--host", "127.0.0.1", "--port", str(port)), env=env_for(tmp_path),
            capture_output=True, text=True, timeout=30, cwd=ROOT)
        assert second.returncode == 1
        assert "cannot listen on 127.0.0.1" in second.stderr and "--port" in second.stderr
        assert "Traceback" not in second.stderr
    finally:
        hub.send_signal(signal.SIGINT)
        _, err = hub.communicate(timeout=30)
    assert hub.returncode == 0, err
    assert "Hub stopped" in err and "Traceback" not in err
    assert (tmp_path / "room.sqlite3").exists()  # the room's work is kept for next time
