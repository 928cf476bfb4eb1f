"""Background work: the GUI thread never waits on the database or the network.

A :class:`Worker` is one thread with a queue of jobs, run in order. The client has two:
the *desk* worker owns the profile's replica connection and answers every query of the
views; the *sync* worker owns a second connection and the HTTP client. A job is a plain
function of the worker's context (a :class:`app.workspace.Workspace`, say); its result, or
its exception, comes back to the GUI thread through a queued Qt signal, to the callback
given with it. Errors nobody handles go to one place, :attr:`Worker.failed`.

``run_latest`` serves search-as-you-type: a newer job with the same key makes older ones
that have not started yet a no-op, and results of superseded jobs are dropped, so the view
only ever shows the answer to what is typed now.
"""

from __future__ import annotations

import itertools
import queue
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from app.ui.qt import QObject, Signal

C = TypeVar("C")

Job = Callable[[Any], Any]
Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


@dataclass
class _Item:
    job: Job
    on_done: Done | None
    on_error: Failed | None
    key: str | None
    generation: int


class _Bridge(QObject):
    """Lives in the GUI thread; the worker thread emits, Qt queues the call over."""

    finished = Signal(object)


class Worker(QObject, Generic[C]):
    """A thread that owns a context (made by ``open_context`` in the thread) and runs jobs."""

    failed = Signal(str)  # an unhandled job error, already in words for the status bar
    busy_changed = Signal(bool)

    def __init__(
        self,
        name: str,
        open_context: Callable[[], C],
        close_context: Callable[[C], None] | None = None,
        *,
        expected: tuple[type[Exception], ...] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self._expected = expected  # refusals in words; anything else is a bug worth a trace
        self._open, self._close = open_context, close_context
        self._queue: queue.Queue[_Item | None] = queue.Queue()
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._deliver)
        self._latest: dict[str, int] = {}
        self._generations = itertools.count(1)
        self._pending = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._loop, name=f"daftar-{name}", daemon=True)
        self._thread.start()

    # --- GUI side ------------------------------------------------------------------------

    def run(
        self, job: Callable[[C], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        """Queue ``job(context)``; ``on_done(result)`` is called in the GUI thread."""
        self._put(_Item(job, on_done, on_error, None, next(self._generations)))

    def run_latest(
        self,
        key: str,
        job: Callable[[C], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
    ) -> None:
        """Like :meth:`run`, but only the newest job of ``key`` counts (typing, scrolling)."""
        generation = next(self._generations)
        with self._lock:
            self._latest[key] = generation
        self._put(_Item(job, on_done, on_error, key, generation))

    def stop(self, timeout: float = 10.0) -> None:
        """Finish the queued jobs, close the context and end the thread."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join(timeout)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _put(self, item: _Item) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._queue.put(item)

    def _superseded(self, item: _Item) -> bool:
        with self._lock:
            return item.key is not None and self._latest.get(item.key) != item.generation

    def _deliver(self, outcome: tuple[_Item, Any, Exception | None]) -> None:
        item, result, error = outcome
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if self._superseded(item):
            return
        if error is None:
            if item.on_done is not None:
                item.on_done(result)
        elif item.on_error is not None:
            item.on_error(error)
        else:
            self.failed.emit(describe(error))

    # --- worker thread -------------------------------------------------------------------

    def _loop(self) -> None:
        context: Any = None
        opening_error: Exception | None = None
        try:
            context = self._open()
        except Exception as exc:  # every job then reports why the context is missing
            opening_error = exc
        try:
            while True:
                item = self._queue.get()
                if item is None:
                    break
                if self._superseded(item):
                    self._bridge.finished.emit((item, None, None))
                    continue
                if opening_error is not None:
                    self._bridge.finished.emit((item, None, opening_error))
                    continue
                try:
                    result = item.job(context)
                except Exception as exc:
                    if not isinstance(exc, self._expected):
                        traceback.print_exc()
                    self._bridge.finished.emit((item, None, exc))
                else:
                    self._bridge.finished.emit((item, result, None))
        finally:
            if context is not None and self._close is not None:
                self._close(context)


def describe(error: Exception) -> str:
    """An exception in words for a status bar: the message of our own errors, else its kind."""
    text = str(error).strip()
    if not text:
        return type(error).__name__
    return text[0].upper() + text[1:]
