"""A TCP proxy for loopback benchmarks: counts every byte, and can behave like a slow link.

``ShapingProxy`` listens on 127.0.0.1 (a free port unless one is given) and forwards every
connection to ``target``. It counts the bytes of each direction at the TCP payload level —
HTTP request lines, headers and bodies alike — and, when asked, shapes each direction like
a real slow link:

- **serialisation**: a direction is a link of ``rate_bps`` bits per second shared by all
  connections; a segment of *n* bytes (at most ``segment_bytes``) occupies the link for
  *n*·8 / ``rate_bps`` seconds after the segments before it (a token bucket with no burst);
- **propagation**: every segment then takes ``rtt_ms`` / 2 more to arrive.

Data of a connection arrives in order and intact. Memory is bounded: a direction reads no
more from its sender while more than ``backlog_bytes`` wait to be serialised (the sender
sees TCP back-pressure, as it would from a real bottleneck), so a proxy holds at most that
plus one bandwidth-delay product per direction. The proxy runs an asyncio loop in one
daemon thread and stops — every connection closed — on ``close()`` or on leaving ``with``::

    with ShapingProxy(target=("127.0.0.1", port), rate_bps=64_000, rtt_ms=300) as proxy:
        requests.get(proxy.url + "/healthz")
        print(proxy.bytes_up, proxy.bytes_down)
        proxy.reset_counters()

Run alone it forwards until interrupted: ``python bench/shaping_proxy.py TARGET_PORT
[--port P] [--rate-bps 64000] [--rtt-ms 300]``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import socket
import threading
import time
from collections import deque
from types import TracebackType

SEGMENT_BYTES = 1460  # a TCP segment on Ethernet: the unit the link serialises
BACKLOG_BYTES = 64 * 1024  # what a direction buffers before pushing back on its sender
READ_BYTES = 64 * 1024


class _Link:
    """One direction of the link: a serialiser shared by all connections, and a counter."""

    def __init__(self, rate_bps: float | None, delay_s: float) -> None:
        self.rate_bps = rate_bps
        self.delay_s = delay_s
        self.free_at = 0.0  # when the link finishes serialising what it was given
        self.bytes = 0

    @property
    def shaped(self) -> bool:
        return bool(self.rate_bps) or self.delay_s > 0

    def schedule(self, size: int, now: float) -> float:
        """Put ``size`` bytes on the link; returns when they arrive at the other end."""
        start = max(now, self.free_at)
        self.free_at = start + (size * 8 / self.rate_bps if self.rate_bps else 0.0)
        return self.free_at + self.delay_s

    def backlog_s(self, now: float) -> float:
        return self.free_at - now


class _Direction:
    """Bytes of one connection in one direction, from ``reader`` over ``link`` to ``writer``."""

    def __init__(self, link: _Link, reader: asyncio.StreamReader,
                 writer: asyncio.StreamWriter, segment_bytes: int, backlog_bytes: int) -> None:
        self.link, self.reader, self.writer = link, reader, writer
        self.segment_bytes = segment_bytes
        self.backlog_bytes = backlog_bytes
        self.queue: deque[tuple[float, bytes]] = deque()
        self.arrived = asyncio.Event()  # something was queued, or the sender finished
        self.done = False

    async def run(self) -> None:
        if not self.link.shaped:
            await self._forward()
            return
        delivery = asyncio.ensure_future(self._deliver())
        try:
            await self._read_shaped()
            await delivery
        finally:
            delivery.cancel()

    async def _forward(self) -> None:
        while data := await self.reader.read(READ_BYTES):
            self.link.bytes += len(data)
            self.writer.write(data)
            await self.writer.drain()
        self._half_close()

    async def _read_shaped(self) -> None:
        loop = asyncio.get_running_loop()
        rate = self.link.rate_bps
        max_backlog_s = self.backlog_bytes * 8 / rate if rate else 0.0
        try:
            while data := await self.reader.read(READ_BYTES):
                self.link.bytes += len(data)
                for i in range(0, len(data), self.segment_bytes):
                    segment = data[i:i + self.segment_bytes]
                    self.queue.append((self.link.schedule(len(segment), loop.time()), segment))
                self.arrived.set()
                if rate:  # back-pressure: stop reading while the link is behind
                    behind = self.link.backlog_s(loop.time()) - max_backlog_s
                    if behind > 0:
                        await asyncio.sleep(behind)
        finally:
            self.done = True
            self.arrived.set()

    async def _deliver(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            if not self.queue:
                if self.done:
                    break
                self.arrived.clear()
                await self.arrived.wait()
                continue
            due = self.queue[0][0]
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            now = loop.time()
            chunks = []
            while self.queue and self.queue[0][0] <= now:
                chunks.append(self.queue.popleft()[1])
            self.writer.write(b"".join(chunks))
            await self.writer.drain()
        self._half_close()

    def _half_close(self) -> None:
        with contextlib.suppress(OSError, RuntimeError):
            if self.writer.can_write_eof() and not self.writer.is_closing():
                self.writer.write_eof()


class ShapingProxy:
    """Forward 127.0.0.1:``port`` to ``target``, counting and optionally shaping each way.

    ``rate_bps`` limits both directions (``rate_up_bps`` / ``rate_down_bps`` override one);
    ``rtt_ms`` adds ``rtt_ms / 2`` of delay each way. None / 0 means unlimited / no delay.
    "Up" is from the connecting client to the target, "down" the answers.
    """

    def __init__(self, target: tuple[str, int], *, rate_bps: float | None = None,
                 rtt_ms: float = 0.0, rate_up_bps: float | None = None,
                 rate_down_bps: float | None = None, port: int = 0,
                 segment_bytes: int = SEGMENT_BYTES, backlog_bytes: int = BACKLOG_BYTES,
                 max_connections: int = 256) -> None:
        if rtt_ms < 0 or any(r is not None and r <= 0 for r in
                             (rate_bps, rate_up_bps, rate_down_bps)):
            raise ValueError("rates must be positive and the RTT non-negative")
        self.target = target
        self.rate_bps, self.rtt_ms = rate_bps, rtt_ms
        delay = rtt_ms / 2000
        self._up = _Link(rate_up_bps or rate_bps, delay)
        self._down = _Link(rate_down_bps or rate_bps, delay)
        self._port = port
        self.segment_bytes, self.backlog_bytes = segment_bytes, backlog_bytes
        self.max_connections = max_connections
        self.connections = 0  # accepted so far
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._accepted: set[socket.socket] = set()
        self._listener: socket.socket | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    # --- counters ---------------------------------------------------------------------

    @property
    def bytes_up(self) -> int:
        return self._up.bytes

    @property
    def bytes_down(self) -> int:
        return self._down.bytes

    @property
    def bytes_total(self) -> int:
        return self._up.bytes + self._down.bytes

    def reset_counters(self) -> None:
        """Zero both counters (take them between exchanges: bytes in flight still count)."""
        self._up.bytes = 0
        self._down.bytes = 0

    @property
    def port(self) -> int:
        if not self._ready.is_set():
            raise RuntimeError("the proxy is not started")
        return self._port

    @property
    def address(self) -> tuple[str, int]:
        return ("127.0.0.1", self.port)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # --- life cycle -------------------------------------------------------------------

    def start(self) -> ShapingProxy:
        if self._thread is not None:
            raise RuntimeError("the proxy was already started")
        self._thread = threading.Thread(target=self._run, name="shaping-proxy", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            raise RuntimeError(f"the proxy could not start: {self._error}") from self._error
        if not self._ready.is_set():
            raise RuntimeError("the proxy did not start within 10 s")
        return self

    def close(self, timeout_s: float = 5.0) -> None:
        """Stop listening, drop every connection and end the proxy's thread."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if thread.is_alive():
            with contextlib.suppress(RuntimeError):  # the loop already ended
                asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(timeout_s)
            thread.join(timeout_s)
        self._loop = None

    def __enter__(self) -> ShapingProxy:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            listener = socket.create_server(("127.0.0.1", self._port), backlog=128)
        except OSError as exc:
            self._error = exc
            self._ready.set()
            loop.close()
            return
        listener.setblocking(False)
        self._listener = listener
        self._port = listener.getsockname()[1]
        loop.add_reader(listener.fileno(), self._accept)
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            self._stop_listening()
            loop.run_until_complete(self._cancel_all())
            for conn in self._accepted:  # accepted, but their task never started
                conn.close()
            self._accepted.clear()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    def _accept(self) -> None:
        # A plain reader callback rather than asyncio.start_server or sock_accept: a socket
        # is accepted and registered in one step, so a shutdown at any moment closes it.
        assert self._listener is not None
        loop = asyncio.get_running_loop()
        while True:
            try:
                conn, _ = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return  # the listener is closing
            self.connections += 1
            if len(self._tasks) >= self.max_connections:
                conn.close()
                continue
            conn.setblocking(False)
            self._accepted.add(conn)
            task = loop.create_task(self._serve(conn))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    def _stop_listening(self) -> None:
        if self._listener is not None and self._loop is not None:
            self._loop.remove_reader(self._listener.fileno())
            self._listener.close()  # the kernel resets connections not yet accepted
            self._listener = None

    @staticmethod
    async def _cancel_all() -> None:
        """End every task: connections accepted at the last moment included."""
        rest = asyncio.all_tasks() - {asyncio.current_task()}
        for task in rest:
            task.cancel()
        await asyncio.gather(*rest, return_exceptions=True)

    async def _shutdown(self) -> None:
        self._stop_listening()
        await self._cancel_all()
        asyncio.get_running_loop().stop()

    async def _serve(self, conn: socket.socket) -> None:
        client_writer = target_writer = None
        try:
            client_reader, client_writer = await asyncio.open_connection(
                sock=conn, limit=READ_BYTES)
            self._accepted.discard(conn)  # its writer closes it now
            try:
                target_reader, target_writer = await asyncio.open_connection(
                    *self.target, limit=READ_BYTES)
            except OSError:
                return  # the client sees the connection closed, as with a dead target
            up = _Direction(self._up, client_reader, target_writer, self.segment_bytes,
                            self.backlog_bytes)
            down = _Direction(self._down, target_reader, client_writer, self.segment_bytes,
                              self.backlog_bytes)
            pumps = [asyncio.ensure_future(up.run()), asyncio.ensure_future(down.run())]
            try:
                await asyncio.gather(*pumps)
            except (OSError, asyncio.IncompleteReadError):
                pass  # a reset on either side ends the connection
            finally:
                for pump in pumps:
                    pump.cancel()
                await asyncio.gather(*pumps, return_exceptions=True)
        finally:
            for writer in (client_writer, target_writer):
                if writer is not None:
                    writer.close()
                    with contextlib.suppress(Exception):
                        await asyncio.wait_for(writer.wait_closed(), 1.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target_port", type=int)
    parser.add_argument("--target-host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--rate-bps", type=float)
    parser.add_argument("--rtt-ms", type=float, default=0.0)
    args = parser.parse_args()
    with ShapingProxy((args.target_host, args.target_port), rate_bps=args.rate_bps,
                      rtt_ms=args.rtt_ms, port=args.port) as proxy:
        print(f"forwarding {proxy.url} -> {args.target_host}:{args.target_port}", flush=True)
        try:
            while True:
                time.sleep(5)
                print(f"up {proxy.bytes_up} B, down {proxy.bytes_down} B", flush=True)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
