"""The client side of bench/gui.py: one offscreen GUI process per measurement.

``python bench/_gui_child.py MODE @ARGS.json T0`` prints one JSON object on stdout and exits.
Modes:

- ``bare``: QApplication, a QMainWindow with a QTableView of 50 rows, shown; reports when
  the table is first painted (seconds since ``t0``, the parent's ``time.time()`` taken
  just before it started this process);
- ``start``: the client as ``daftar gui --profile DIR`` starts it (``make_application`` and
  a :class:`app.ui.app.Shell`); reports when the main window is visible and its first list
  (the inbox, the page it opens on) has loaded its rows and painted them;
- ``work``: the same start, then search-as-you-type in the Cases page and opening cases;
- ``sync``: signs a fresh profile in to a server, opens the client on it and syncs in the
  background while a 5 ms heartbeat timer watches the GUI thread.

Nothing here reaches around the client: lists load through its desk worker, searches go
through the search box's key events, cases open as activating a row opens them, the sync
runs in its sync worker. Only signals the client emits anyway are listened to.
"""

from __future__ import annotations

import os
import sys
import time

if __name__ == "__main__":
    # bench/ comes first on sys.path and bench/sync.py would shadow the ``sync`` package.
    _here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _here]

import itertools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _report(out: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()


def _finish(app: Any, shell: Any = None) -> None:
    """Close the client properly (workers joined, replica closed), then leave at once.

    The replica must be closed: a replica left open counts as an unclean end, and the next
    start would run an integrity check over the whole file.
    """
    if shell is not None:
        shell.stop()
    app.quit()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


class _PaintWatch:
    """Calls ``then()`` once, just after ``widget`` is next painted (or after ``limit_ms``)."""

    def __init__(self, widget: Any, then: Callable[[bool], None], limit_ms: int = 2000) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        watch = self

        class Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    # The whole window is painted in this pass; the timer fires after it.
                    QTimer.singleShot(0, lambda: watch._done(True))
                return False

        self.widget, self.then, self.fired = widget, then, False
        self.filter = Filter()
        widget.installEventFilter(self.filter)
        widget.update()
        QTimer.singleShot(limit_ms, lambda: self._done(False))

    def _done(self, painted: bool) -> None:
        if self.fired:
            return
        self.fired = True
        self.widget.removeEventFilter(self.filter)
        self.then(painted)


class _Collections:
    """When Python's cyclic garbage collector ran, and for how long (any thread).

    A full collection stops every thread, the GUI thread included: the stalls it explains
    are told apart from the others in the report.
    """

    def __init__(self) -> None:
        import gc

        self.runs: list[tuple[float, float, int]] = []  # (start, end, generation)
        self._started = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.runs.append((self._started, time.perf_counter(), info["generation"]))

    def summary(self, start: float, end: float) -> dict[str, Any]:
        inside = [(b - a, g) for a, b, g in self.runs if b > start and a < end]
        return {"gc_runs": len(inside), "gc_max_ms": round(max((d for d, _ in inside),
                                                                default=0.0) * 1000, 1),
                "gc_full_runs": sum(1 for _, g in inside if g == 2)}

    def during(self, start: float, end: float) -> float:
        """Milliseconds of collection between ``start`` and ``end``."""
        return round(sum(min(b, end) - max(a, start) for a, b, _ in self.runs
                         if b > start and a < end) * 1000, 1)


# --- bare Qt ------------------------------------------------------------------------------


def bare(args: dict[str, Any]) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView()
    model = QStandardItemModel(50, 5)
    for row in range(50):
        for column in range(5):
            model.setItem(row, column, QStandardItem(f"row {row} column {column}"))
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1024, 768)
    window.show()

    def painted(ok: bool) -> None:
        _report({"s": time.time() - args["t0"], "visible": window.isVisible(), "painted": ok})
        _finish(app)

    _PaintWatch(table.viewport(), painted, 10_000)
    app.exec()


# --- the client ---------------------------------------------------------------------------


def _start_client(args: dict[str, Any], on_window: Callable[[Any, Any], None]) -> tuple[Any, Any]:
    """make_application + Shell on ``args["profile"]``; ``on_window(shell, window)`` once the
    Shell has built and shown the main window (its lists are then on their way)."""
    from app.ui.app import Shell, make_application

    imported = time.time()
    app = make_application()

    class WatchedShell(Shell):
        def open_window(self, *a: Any, **kw: Any) -> None:
            super().open_window(*a, **kw)
            on_window(self, self.window)

    shell = WatchedShell(Path(args["home"]), profile=Path(args["profile"]))
    shell.start()
    args["_imported"] = imported
    return app, shell


def _when_usable(window: Any, then: Callable[[dict[str, Any]], None]) -> None:
    """``then(info)`` once the inbox (the page shown first) has loaded rows and painted them."""
    info: dict[str, Any] = {}
    model = window.inbox_model

    def loaded(rows: int) -> None:
        if "loaded" in info:
            return
        info["loaded"] = time.time()
        info["rows"] = rows

        def painted(ok: bool) -> None:
            info["painted"] = ok
            info["usable"] = time.time()
            info["visible"] = window.isVisible()
            then(info)

        _PaintWatch(window.inbox.table.viewport(), painted)

    model.loaded.connect(loaded)


def start(args: dict[str, Any]) -> None:
    t0 = args["t0"]
    state: dict[str, Any] = {}

    def on_window(shell: Any, window: Any) -> None:
        state["window"] = time.time()

        def usable(info: dict[str, Any]) -> None:
            _report({"s": info["usable"] - t0, "import_s": args["_imported"] - t0,
                     "window_s": state["window"] - t0, "loaded_s": info["loaded"] - t0,
                     "rows": info["rows"], "visible": info["visible"],
                     "painted": info["painted"]})
            _finish(app, shell)

        _when_usable(window, usable)

    app, _shell = _start_client(args, on_window)
    app.exec()


# --- search and open ----------------------------------------------------------------------


def _type(widget: Any, ch: str) -> None:
    """One key press and release with ``ch`` as its text, as a keyboard sends it.

    (QTest.keyClicks only knows ASCII; people here type Cyrillic as often as Latin.)
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    upper = ch.upper()
    try:
        key = Qt.Key(ord(upper)) if len(upper) == 1 else Qt.Key.Key_unknown
    except ValueError:
        key = Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


class _Work:
    """Types into the Cases page's search box, then opens cases, one step after the other."""

    PAUSE_MS = 30  # between a result on screen and the next key: nobody types faster

    def __init__(self, app: Any, shell: Any, window: Any, args: dict[str, Any]) -> None:
        from PySide6.QtCore import QTimer

        self.app, self.shell, self.window, self.args = app, shell, window, args
        self.words: list[str] = args["words"]
        self.case_ids: list[str] = args["case_ids"]
        self.keys: list[dict[str, Any]] = []
        self.clears: list[float] = []
        self.opens: list[dict[str, Any]] = []
        self.word_index = 0
        self.char_index = 0
        self.pending: dict[str, Any] | None = None
        self.timer = QTimer
        window.cases_model.loaded.connect(self._loaded)
        window.case_view.shown.connect(self._shown)
        self.collections = _Collections()
        self.watchdog = QTimer()
        self.watchdog.setSingleShot(True)
        self.watchdog.timeout.connect(self._stuck)

    def begin(self) -> None:
        from app.ui.views.main_window import CASES

        self.window.nav.setCurrentRow(CASES)
        self.window.find()  # Ctrl+F: the search box has the focus
        self.timer.singleShot(300, self._next_key)

    # searching -----------------------------------------------------------------------------

    def _next_key(self) -> None:
        if self.word_index >= len(self.words):
            self.timer.singleShot(self.PAUSE_MS, self._next_open)
            return
        word = self.words[self.word_index]
        search = self.window.cases.search
        if self.char_index >= len(word):
            self.word_index += 1
            self.char_index = 0
            self.pending = {"kind": "clear", "t": time.perf_counter()}
            self.watchdog.start(30_000)
            search.clear()
            return
        ch = word[self.char_index]
        self.char_index += 1
        self.pending = {"kind": "key", "text": word[:self.char_index],
                        "t": time.perf_counter()}
        self.watchdog.start(30_000)
        _type(search, ch)

    def _loaded(self, rows: int) -> None:
        pending = self.pending
        if pending is None or pending.get("loaded") is not None:
            return
        if pending["kind"] == "key" and self.window.cases.search.text() != pending["text"]:
            return
        pending["loaded"] = time.perf_counter()
        pending["rows"] = rows

        def painted(ok: bool) -> None:
            self.watchdog.stop()
            done = time.perf_counter()
            if pending["kind"] == "clear":
                self.clears.append((pending["loaded"] - pending["t"]) * 1000)
            else:
                self.keys.append({"text": pending["text"], "rows": rows,
                                  "ms": (pending["loaded"] - pending["t"]) * 1000,
                                  "gc_ms": self.collections.during(pending["t"],
                                                                   pending["loaded"]),
                                  "painted_ms": (done - pending["t"]) * 1000,
                                  "painted": ok})
            self.pending = None
            self.timer.singleShot(self.PAUSE_MS, self._next_key)

        _PaintWatch(self.window.cases.table.viewport(), painted)

    # opening cases -------------------------------------------------------------------------

    def _next_open(self) -> None:
        if len(self.opens) >= len(self.case_ids):
            self._end()
            return
        case_id = self.case_ids[len(self.opens)]
        self.pending = {"kind": "open", "id": case_id, "t": time.perf_counter()}
        self.watchdog.start(30_000)
        self.window.open_case(case_id)  # what activating its row in a list does

    def _shown(self, case_id: str) -> None:
        pending = self.pending
        if pending is None or pending.get("kind") != "open" or pending["id"] != case_id:
            return
        pending["shown"] = time.perf_counter()

        def painted(ok: bool) -> None:
            self.watchdog.stop()
            done = time.perf_counter()
            self.opens.append({"id": case_id, "ms": (pending["shown"] - pending["t"]) * 1000,
                               "gc_ms": self.collections.during(pending["t"], pending["shown"]),
                               "painted_ms": (done - pending["t"]) * 1000, "painted": ok})
            self.pending = None
            self.window.close_case()
            self.timer.singleShot(self.PAUSE_MS, self._next_open)

        _PaintWatch(self.window.case_view, painted)

    # the end -------------------------------------------------------------------------------

    def _stuck(self) -> None:
        _report({"error": f"no answer within 30 s to {self.pending}"})
        _finish(self.app, self.shell)

    def _end(self) -> None:
        import resource

        rss_now = 0
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss_now = int(line.split()[1])
        _report({"keys": self.keys, "clears": self.clears, "opens": self.opens,
                 "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                 "rss_end_kb": rss_now,
                 "form_cells": len(getattr(self.window.case_view.form, "_cells", {}))})
        _finish(self.app, self.shell)


def work(args: dict[str, Any]) -> None:
    holder: dict[str, Any] = {}

    def on_window(shell: Any, window: Any) -> None:
        def usable(_info: dict[str, Any]) -> None:
            holder["work"] = _Work(app, shell, window, args)
            holder["work"].begin()

        _when_usable(window, usable)

    app, _shell = _start_client(args, on_window)
    app.exec()


# --- sync in the background ---------------------------------------------------------------


def sync(args: dict[str, Any]) -> None:
    import keyring

    from app.accounts import sign_in
    from app.profile import Profile
    from sync.credentials import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # the tokens stay in this process
    profile = Profile.open(Path(args["profile"]))
    try:
        sign_in(profile, args["server"], args["user"], args["password"])
    finally:
        profile.close()

    from PySide6.QtCore import Qt, QTimer

    beats: list[float] = []
    marks: dict[str, float] = {}
    collections = _Collections()
    result: dict[str, Any] = {}

    def beat() -> None:
        beats.append(time.perf_counter())

    def on_window(shell: Any, window: Any) -> None:
        agent = window.agent

        def synced(report: Any) -> None:
            if "synced" in marks:
                return
            marks["synced"] = time.perf_counter()
            result.update(pulled=report.pulled, rounds=report.rounds,
                          bytes_received=report.bytes_received)
            # The lists refresh with what arrived; watch that too, then count the cases.
            QTimer.singleShot(args.get("after_ms", 1500), lambda: window.desk.run(
                lambda ws: ws.count(), counted))

        def counted(cases: int) -> None:
            marks["end"] = time.perf_counter()
            result["cases"] = cases
            result.update(_stalls(beats, marks, collections))
            _report(result)
            _finish(app, shell)

        def failed(message: str) -> None:
            _report({"error": f"the sync failed: {message}"})
            _finish(app, shell)

        def usable(_info: dict[str, Any]) -> None:
            marks["usable"] = time.perf_counter()

        agent.synced.connect(synced)
        agent.failed.connect(failed)
        _when_usable(window, usable)
        marks["sync"] = time.perf_counter()
        agent.sync_now()

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)
    app, _shell = _start_client(args, on_window)
    heartbeat.start()
    app.exec()


def _stalls(beats: list[float], marks: dict[str, float], collections: _Collections
            ) -> dict[str, Any]:
    """The longest heartbeat gaps: while the window was starting, while it synced, after."""
    gaps = [(b - a, a, b) for a, b in itertools.pairwise(beats)]
    usable = marks.get("usable", marks["sync"])
    if usable >= marks["synced"]:  # a tiny sync, over before the first paint
        usable = marks["sync"]

    def longest(start: float, end: float) -> float:
        inside = [g for g, a, b in gaps if b > start and a < end]
        return round(max(inside, default=0.0) * 1000, 1)

    during = sorted(((g, a, b) for g, a, b in gaps if b > usable and a < marks["synced"]),
                    reverse=True)[:5]
    return {
        "sync_s": marks["synced"] - marks["sync"],
        "usable_after_s": usable - marks["sync"],
        "stall_ms": longest(usable, marks["synced"]),
        "startup_stall_ms": longest(marks["sync"], usable),
        "after_sync_stall_ms": longest(marks["synced"], marks["end"]),
        "worst_gaps": [{"ms": round(g * 1000, 1), "at_s": round(a - marks["sync"], 2),
                        "gc_ms": collections.during(a, b)} for g, a, b in during],
        "gaps_over_20ms": sum(1 for g, a, b in gaps
                              if g > 0.02 and b > usable and a < marks["synced"]),
        "beats": len(beats),
        **collections.summary(usable, marks["synced"]),
    }


def main() -> None:
    mode, raw = sys.argv[1], sys.argv[2]
    args = json.loads(Path(raw[1:]).read_text() if raw.startswith("@") else raw)
    args["t0"] = float(sys.argv[3])  # the parent's time.time() just before it started us
    {"bare": bare, "start": start, "work": work, "sync": sync}[mode](args)


if __name__ == "__main__":
    main()
