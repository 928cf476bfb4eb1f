"""The benchmark proxy counts every byte exactly and shapes like a slow link."""

from __future__ import annotations

import hashlib
import importlib.util
import random
import socket
import socketserver
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "bench" / "shaping_proxy.py"
_spec = importlib.util.spec_from_file_location("daftar_bench_shaping_proxy", _PATH)
assert _spec is not None and _spec.loader is not None
shaping_proxy = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = shaping_proxy
_spec.loader.exec_module(shaping_proxy)
ShapingProxy = shaping_proxy.ShapingProxy

PAYLOAD = random.Random(7).randbytes(32 * 1024)
RESPONSE = (b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
            b"Content-Length: %d\r\n\r\n" % len(PAYLOAD)) + PAYLOAD
REQUEST = b"GET /blob HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"


class _Handler(socketserver.BaseRequestHandler):
    """``ECHO n\\n`` + n bytes: echoes them; an HTTP GET: answers with 32 KB."""

    def handle(self) -> None:
        conn: socket.socket = self.request
        head = b""
        while b"\n" not in head:
            chunk = conn.recv(4096)
            if not chunk:
                return
            head += chunk
        if head.startswith(b"ECHO "):
            line, rest = head.split(b"\n", 1)
            left = int(line.split()[1]) - len(rest)
            conn.sendall(rest)
            while left > 0:
                chunk = conn.recv(min(65536, left))
                if not chunk:
                    return
                conn.sendall(chunk)
                left -= len(chunk)
            return
        while b"\r\n\r\n" not in head:
            chunk = conn.recv(4096)
            if not chunk:
                return
            head += chunk
        conn.sendall(RESPONSE)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


@pytest.fixture
def target() -> Iterator[tuple[str, int]]:
    server = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[:2]
    server.shutdown()
    server.server_close()


def _recv_exactly(sock: socket.socket, size: int) -> bytes:
    data = bytearray()
    while len(data) < size:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    return bytes(data)


def _get(address: tuple[str, int]) -> tuple[bytes, float]:
    started = time.perf_counter()
    with socket.create_connection(address, timeout=20) as sock:
        sock.sendall(REQUEST)
        answer = _recv_exactly(sock, len(RESPONSE))
    return answer, time.perf_counter() - started


def _echo(address: tuple[str, int], data: bytes) -> bytes:
    with socket.create_connection(address, timeout=20) as sock:
        sock.sendall(b"ECHO %d\n" % len(data) + data)
        return _recv_exactly(sock, len(data))


def _wait_for(condition, timeout_s: float = 2.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)


def test_counts_every_byte_of_each_direction(target: tuple[str, int]) -> None:
    data = random.Random(1).randbytes(200_000)
    with ShapingProxy(target) as proxy:
        assert _echo(proxy.address, data) == data
        _wait_for(lambda: proxy.bytes_down == len(data))
        assert proxy.bytes_up == len(b"ECHO 200000\n") + len(data)
        assert proxy.bytes_down == len(data)

        proxy.reset_counters()
        assert (proxy.bytes_up, proxy.bytes_down) == (0, 0)
        answer, _ = _get(proxy.address)
        assert answer == RESPONSE
        _wait_for(lambda: proxy.bytes_down == len(RESPONSE))
        assert (proxy.bytes_up, proxy.bytes_down) == (len(REQUEST), len(RESPONSE))
        assert proxy.bytes_total == len(REQUEST) + len(RESPONSE)
        assert proxy.url == f"http://127.0.0.1:{proxy.port}"
        assert proxy.connections == 2


def test_a_slow_link_takes_serialisation_plus_delay(target: tuple[str, int]) -> None:
    _, unshaped_s = _get(target)
    with ShapingProxy(target) as proxy:
        answer, proxied_s = _get(proxy.address)
    assert answer == RESPONSE and proxied_s < 1.0 and unshaped_s < 1.0

    # 32 KB at 64 kbit/s is 4.1 s of serialisation; 300 ms RTT adds one round trip.
    with ShapingProxy(target, rate_bps=64_000, rtt_ms=300) as proxy:
        answer, shaped_s = _get(proxy.address)
        assert proxy.bytes_down == len(RESPONSE)
    assert hashlib.sha256(answer).digest() == hashlib.sha256(RESPONSE).digest()  # in order
    assert 3.5 <= shaped_s < 15, shaped_s


def test_delay_alone_adds_a_round_trip(target: tuple[str, int]) -> None:
    with ShapingProxy(target, rtt_ms=200) as proxy:
        assert _echo(proxy.address, b"x" * 10) == b"x" * 10  # connection set up
        started = time.perf_counter()
        assert _echo(proxy.address, b"hello") == b"hello"
        elapsed = time.perf_counter() - started
    assert 0.19 <= elapsed < 1.0, elapsed


def test_stops_on_leaving_the_block(target: tuple[str, int]) -> None:
    with ShapingProxy(target, rate_bps=64_000) as proxy:
        address = proxy.address
        idle = socket.create_connection(address, timeout=5)  # left open on purpose
    try:
        assert idle.recv(1) == b""  # the proxy closed it
    except ConnectionResetError:
        pass  # closed before it was accepted: the kernel reset it, fine too
    finally:
        idle.close()
    with pytest.raises(OSError):
        socket.create_connection(address, timeout=1).close()
    assert not any(t.name == "shaping-proxy" and t.is_alive() for t in threading.enumerate())
