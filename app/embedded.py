"""A central server inside the client's process, on loopback: demos, screenshots, training.

It is the real server (``sync.server`` with the domain policy, on an SQLite file), run by
uvicorn in a background thread, so a demonstration needs no second program and no set-up.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import requests


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


class EmbeddedServer:
    """``start()`` migrates ``db_path`` (and seeds the demo when asked), then serves."""

    def __init__(self, db_path: Path, *, host: str = "127.0.0.1", port: int | None = None,
                 demo: bool = True) -> None:
        self.db_url = f"sqlite:///{db_path}"
        self.host, self.port, self.demo = host, port or free_port(host), demo
        self._server = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """Where this computer reaches the server (loopback when it listens on all
        addresses: 0.0.0.0 is not an address one can connect to on Windows)."""
        host = "127.0.0.1" if self.host in ("0.0.0.0", "::", "") else self.host
        return f"http://{host}:{self.port}"

    def start(self, timeout: float = 30.0) -> EmbeddedServer:
        import uvicorn

        from app.core.policy import DomainPolicy
        from app.demo import seed_demo
        from sync.server.app import create_app
        from sync.server.storage import create_engine, migrate

        engine = create_engine(self.db_url)
        migrate(engine)
        if self.demo:
            seed_demo(engine)
        config = uvicorn.Config(create_app(engine, DomainPolicy()), host=self.host,
                                port=self.port, log_level="warning", server_header=False,
                                date_header=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="daftar-server",
                                        daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{self.url}/healthz", timeout=1).ok:
                    return self
            except requests.RequestException:
                time.sleep(0.05)
        raise RuntimeError(f"the embedded server did not answer on {self.url}")

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
