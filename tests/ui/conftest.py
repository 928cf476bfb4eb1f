"""Fixtures for driving the real desktop client offscreen (pytest-qt)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from serverkit import Server, demo_server

from app.accounts import Accounts
from app.demo import DEMO_PASSWORD
from app.ui.app import make_application
from app.ui.i18n import Language
from app.ui.qt import QtWidgets
from app.ui.views.main_window import MainWindow
from sync.credentials import MemoryKeyring


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True, scope="session")
def styled_app(qapp: QtWidgets.QApplication) -> QtWidgets.QApplication:
    """The client's fonts and style, once (restyling every old widget per test is slow)."""
    return make_application()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("DAFTAR_HOME", str(folder))
    return folder


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    """A real central server on loopback (SQLite) with the demo commission and schools."""
    with demo_server(f"sqlite:///{tmp_path / 'server.sqlite3'}") as srv:
        yield srv


@pytest.fixture
def open_window(qtbot, home: Path) -> Iterator[Callable[..., MainWindow]]:
    """Sign ``name`` in at the server (or not) and open their main window."""
    windows: list[MainWindow] = []

    def make(name: str, server: Server | None = None, probe_seconds: int = 3600) -> MainWindow:
        accounts = Accounts(home)
        account = accounts.sign_in(server.url, name, DEMO_PASSWORD)
        from app.core.users import User

        language = Language()
        language.use("en")
        window = MainWindow(accounts.path_of(account),
                            User(account.name, account.org, (), account.full_name), language,
                            has_server=True, auto_sync_minutes=60,
                            probe_seconds=probe_seconds)
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        with qtbot.waitSignal(window.inbox_model.loaded, timeout=10_000):
            window.start()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.stop()
