"""Sync in the background: online/offline, automatic rounds, "Sync now", progress.

The agent lives in the GUI thread and only schedules; the work runs in its own worker
thread with its own connection to the replica (WAL lets the desk worker read meanwhile)
and its own HTTP client. States: ``offline`` (no answer; the agent looks for the server
every few seconds and syncs as soon as it answers), ``online``, ``syncing``,
``signed-out`` (the server wants a new sign-in), ``local`` (a profile without a server).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.profile import Profile
from app.ui.qt import QObject, QTimer, Signal, translate
from app.ui.tasks import Worker
from sync.errors import NotSignedIn, ServerRefused, SyncError, Unreachable

if TYPE_CHECKING:
    from sync.client import SyncReport


class SyncCancelled(SyncError):
    """The window closed: the sync stops after the round in hand (applied whole)."""


class SyncSession:
    """The sync worker's context: a second connection to the profile and its client."""

    def __init__(self, path: Path, cancel: threading.Event) -> None:
        self.cancel = cancel
        self.profile = Profile.open(path)
        self.server = self.profile.replica.meta("server_url")
        # requests and keyring load here, in the sync worker, and only with a server.
        from app.accounts import sync_client

        # Few retries: the agent tries again on its own schedule, and says "offline" sooner.
        self.client = sync_client(self.profile, retries=2) if self.server else None

    def close(self) -> None:
        self.profile.close()

    def probe(self) -> bool:
        """Whether the server answers now (one quick request, no retries)."""
        if self.client is None:
            return False
        import requests

        try:
            response = requests.get(f"{self.server}/healthz", timeout=3)
        except (requests.RequestException, OSError):
            return False
        return response.status_code == 200

    def sync(self, progress: Any = None) -> SyncReport:
        assert self.client is not None

        def between_rounds(report: SyncReport) -> None:
            if self.cancel.is_set():
                raise SyncCancelled("the window was closed")
            if progress is not None:
                progress(report)

        return self.client.sync(between_rounds)

    def download(self, sha256: str) -> Path:
        assert self.client is not None
        self.client.download(sha256)
        return self.profile.blobs.path_of(sha256)


class SyncAgent(QObject):
    state_changed = Signal(str)  # offline | online | syncing | signed-out | local
    progress = Signal(object)  # SyncReport so far (its .fraction may be None)
    synced = Signal(object)  # SyncReport of a finished sync
    failed = Signal(str)  # why a sync did not complete, in words
    data_changed = Signal()  # records arrived: lists should refresh

    def __init__(
        self,
        profile_path: Path,
        *,
        has_server: bool,
        auto_sync_minutes: int = 5,
        probe_seconds: int = 15,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = "offline" if has_server else "local"
        self.last_report: SyncReport | None = None
        self._wanted = False  # a sync was asked for while another ran
        self._cancel = threading.Event()
        self._received = 0  # records applied by the sync under way (lists need refreshing)
        self.progress.connect(self._count_received)
        self.worker: Worker[SyncSession] = Worker(
            "sync",
            lambda: SyncSession(profile_path, self._cancel),
            SyncSession.close,
            expected=(SyncError,),
            parent=self,
        )
        self._probe_timer = QTimer(self)
        self._probe_timer.setInterval(max(2, probe_seconds) * 1000)
        self._probe_timer.timeout.connect(self.probe)
        self._sync_timer = QTimer(self)
        self._sync_timer.setInterval(max(1, auto_sync_minutes) * 60_000)
        self._sync_timer.timeout.connect(self.sync_now)
        self._soon = QTimer(self)  # local edits: send them a little later, together
        self._soon.setSingleShot(True)
        self._soon.setInterval(3000)
        self._soon.timeout.connect(self.sync_now)

    def start(self) -> None:
        if self.state == "local":
            return
        self._probe_timer.start()
        self._sync_timer.start()
        self.probe()

    def stop(self) -> None:
        """Stop syncing without making the window wait: a round in hand finishes (whole) in
        the background, and no further round starts."""
        for timer in (self._probe_timer, self._sync_timer, self._soon):
            timer.stop()
        self._cancel.set()
        self.worker.stop(timeout=1.0)

    # --- triggers --------------------------------------------------------------------------

    def probe(self) -> None:
        # Only while offline: online, the sync timer's rounds tell whether the server answers
        # (a request every few seconds costs a 2G link for nothing).
        if self.state != "offline":
            return
        self.worker.run_latest("probe", lambda s: s.probe(), self._probed)

    def signed_in(self) -> None:
        """The person signed in again after the server ended the sign-in."""
        if self.state == "signed-out":
            self._set_state("offline")
            self.probe()

    def local_change(self) -> None:
        """Something was saved here: sync soon if the server is there."""
        if self.state == "online":
            self._soon.start()

    def sync_now(self) -> None:
        if self.state == "local":
            self.failed.emit(
                translate(
                    "SyncAgent", "This profile works offline only: there is no server to sync with."
                )
            )
            return
        if self.state == "syncing":
            self._wanted = True
            return
        self._set_state("syncing")
        self._received = 0
        started = time.monotonic()

        def job(session: SyncSession) -> SyncReport:
            return session.sync(lambda report: self.progress.emit(report))

        def done(report: SyncReport) -> None:
            self.last_report = report
            report.seconds = report.seconds or time.monotonic() - started
            self._set_state("online")
            self.synced.emit(report)
            if report.pulled or report.removed or report.conflicts or report.rejections:
                self.data_changed.emit()
            self._again()

        self.worker.run(job, done, self._sync_failed)

    def download(self, sha256: str, on_done: Any, on_error: Any) -> None:
        self.worker.run(lambda s: s.download(sha256), on_done, on_error)

    # --- outcomes --------------------------------------------------------------------------

    def _probed(self, reachable: bool) -> None:
        if self.state in ("syncing", "signed-out"):
            return
        was_offline = self.state == "offline"
        self._set_state("online" if reachable else "offline")
        if reachable and was_offline:
            self.sync_now()  # the link is back: send what waited

    def _sync_failed(self, error: Exception) -> None:
        if isinstance(error, SyncCancelled):
            return
        arrived = True  # what arrived before the failure is in the replica: show it
        if isinstance(error, NotSignedIn):
            arrived = False
            self._set_state("signed-out")
            self.failed.emit(translate("SyncAgent", "The server asks you to sign in again."))
        elif isinstance(error, Unreachable):
            arrived = self._received > 0
            self._set_state("offline")
            self.failed.emit(
                translate(
                    "SyncAgent",
                    "The server cannot be reached; your changes are "
                    "kept and will be sent when it answers.",
                )
            )
        elif isinstance(error, ServerRefused):
            self._set_state("online")
            self.failed.emit(
                translate("SyncAgent", "The server refused the sync: {0}").format(error)
            )
        else:
            # Not a lost link (the server answered something unexpected, or a bug): stay
            # online and try again at the next timer, not at every probe.
            self._set_state("online")
            self.failed.emit(translate("SyncAgent", "The sync stopped: {0}").format(error))
        if arrived:
            self.data_changed.emit()
        self._again()

    def _count_received(self, report: SyncReport) -> None:
        self._received = report.pulled + report.removed

    def _again(self) -> None:
        if self._wanted:
            self._wanted = False
            self.sync_now()

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
