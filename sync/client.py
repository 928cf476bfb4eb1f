"""The sync client: sign-in, and rounds of push + pull against the central API.

Exceptions (defined in :mod:`sync.errors`, which needs no HTTP library)::

    SyncError                    a round could not complete; the replica is as it was
    ├── NotSignedIn              no sign-in, or it ended: run `daftar login`
    ├── ServerRefused            the server answered 4xx (the message is the server's)
    └── Unreachable              no answer after retries (offline, server down)

A round's response is applied in one replica transaction (acks, records, events, cursor),
so a client killed at any moment resumes from the last applied page with nothing lost and
nothing applied twice. Connection failures, timeouts, 429 and 5xx are retried with
exponential backoff and full jitter.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests

from sync import SCHEMA_VERSION, numbers
from sync.blobs import BlobStore
from sync.credentials import Credentials
from sync.errors import NotSignedIn, ServerRefused, SyncError, Unreachable
from sync.protocol import (
    MAX_MUTATIONS_PER_ROUND,
    ProtocolError,
    SyncRequest,
    decode,
    encode,
    pack,
    unpack_changes,
)
from sync.replica import Headline, Replica, Transaction, utc_now

__all__ = ["NotSignedIn", "ServerRefused", "SyncClient", "SyncError", "SyncReport",
           "Unreachable"]

HeadlineFor = Callable[[Transaction, str, dict[str, Any]], Headline]


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    removed: int = 0
    conflicts: int = 0
    rejections: list[dict[str, Any]] = field(default_factory=list)
    rounds: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    cursor: int = 0
    seconds: float = 0.0
    files_uploaded: int = 0
    files_missing: list[str] = field(default_factory=list)
    first_cursor: int = 0
    head: int = 0  # the server's last feed number while more is to come (for progress)
    numbers_leased: int = 0  # journal numbers this device received
    numbered: list[tuple[str, int]] = field(default_factory=list)  # provisional -> final
    lease_problems: list[str] = field(default_factory=list)

    @property
    def fraction(self) -> float | None:
        """How much of the feed this sync has received, when the server said how much."""
        if self.head <= self.first_cursor:
            return None
        return min(1.0, (self.cursor - self.first_cursor) / (self.head - self.first_cursor))

    def to_json(self) -> dict[str, Any]:
        return {"files_uploaded": self.files_uploaded, "files_missing": self.files_missing,
                "pushed": self.pushed, "pulled": self.pulled, "removed": self.removed,
                "conflicts": self.conflicts, "rejections": self.rejections,
                "rounds": self.rounds, "bytes_sent": self.bytes_sent,
                "bytes_received": self.bytes_received, "cursor": self.cursor,
                "seconds": round(self.seconds, 3), "numbers_leased": self.numbers_leased,
                "numbered": [{"entry": e, "number": n} for e, n in self.numbered],
                "lease_problems": self.lease_problems}


def _header_bytes(headers: Any) -> int:
    return sum(len(k) + len(str(v)) + 4 for k, v in headers.items())


class SyncClient:
    def __init__(self, replica: Replica, server_url: str, credentials: Credentials,
                 headline: HeadlineFor, *, blobs: BlobStore | None = None,
                 session: requests.Session | None = None,
                 retries: int = 5, backoff_s: float = 0.5, timeout_s: float = 60.0) -> None:
        self.replica = replica
        self.url = server_url.rstrip("/")
        self.credentials = credentials
        self.headline = headline
        self.blobs = blobs
        self.http = session or requests.Session()
        # Every byte counts on a 2G link: only the headers the server uses.
        self.http.headers.clear()
        self.http.headers.update({"User-Agent": "daftar", "Accept-Encoding": "xz, gzip"})
        self.retries, self.backoff_s, self.timeout_s = retries, backoff_s, timeout_s
        self._access: str | None = None

    # --- HTTP --------------------------------------------------------------------------

    def _send(self, path: str, body: bytes, *, auth: bool, encoding: str | None = None,
              report: SyncReport | None = None, method: str = "POST") -> requests.Response:
        headers: dict[str, str] = {}
        if encoding:
            headers["Content-Encoding"] = encoding
        refreshed = False
        for attempt in range(self.retries + 1):
            if auth:
                headers["Authorization"] = f"Bearer {self._access_token()}"
            try:
                response = self.http.request(method, self.url + path, data=body,
                                             headers=headers, timeout=(10, self.timeout_s),
                                             stream=True)
                raw = response.raw.read(decode_content=False)
            except (requests.ConnectionError, requests.Timeout, OSError) as exc:
                if attempt == self.retries:
                    raise Unreachable(f"cannot reach {self.url}: {exc}") from exc
                self._sleep(attempt)
                continue
            if report is not None:
                report.bytes_sent += len(body) + _header_bytes(headers) + len(path) + 40
                report.bytes_received += len(raw) + _header_bytes(response.headers) + 20
            response._content = raw  # type: ignore[attr-defined]
            if response.status_code == 401 and auth and not refreshed:
                self._refresh()
                refreshed = True
                continue
            if response.status_code == 429 or response.status_code >= 500:
                if attempt == self.retries:
                    raise ServerRefused(response.status_code, self._message(response))
                self._sleep(attempt, response.headers.get("Retry-After"))
                continue
            if response.status_code >= 400:
                message = self._message(response)
                if response.status_code == 401:
                    # A refused sign-in says why; a sign-in that ended says how to renew it.
                    raise NotSignedIn(f"{message} (run: daftar login)" if auth else message)
                raise ServerRefused(response.status_code, message)
            return response
        raise Unreachable(f"no answer from {self.url}")

    def _sleep(self, attempt: int, retry_after: str | None = None) -> None:
        if retry_after and retry_after.isdigit() and int(retry_after) <= 60:
            time.sleep(int(retry_after))
            return
        time.sleep(random.uniform(0, min(30.0, self.backoff_s * 2 ** attempt)))

    @staticmethod
    def _message(response: requests.Response) -> str:
        try:
            payload = decode(response.content, response.headers.get("Content-Encoding"))
            return str(payload.get("error") or payload.get("detail") or payload)
        except (ProtocolError, AttributeError):
            return f"HTTP {response.status_code}"

    @staticmethod
    def _json(response: requests.Response) -> dict[str, Any]:
        return decode(response.content, response.headers.get("Content-Encoding"))

    # --- sign-in -----------------------------------------------------------------------

    def login(self, user: str, password: str, device_name: str) -> dict[str, Any]:
        body = encode({"user": user, "password": password,
                       "client_id": self.replica.client_id, "device_name": device_name})
        tokens = self._json(self._send("/v1/auth/login", body, encoding="gzip", auth=False))
        self.credentials.save({"refresh_token": tokens["refresh_token"],
                               "access_token": tokens["access_token"]})
        self._access = tokens["access_token"]
        return tokens

    def _access_token(self) -> str:
        if self._access is None:
            saved = self.credentials.load()
            if not saved:
                raise NotSignedIn("not signed in on this profile (run: daftar login)")
            self._access = saved.get("access_token")
        if not self._access:
            self._refresh()
        assert self._access is not None
        return self._access

    def _refresh(self) -> None:
        saved = self.credentials.load()
        if not saved or not saved.get("refresh_token"):
            raise NotSignedIn("not signed in on this profile (run: daftar login)")
        body = encode({"refresh_token": saved["refresh_token"],
                       "client_id": self.replica.client_id})
        tokens = self._json(self._send("/v1/auth/refresh", body, encoding="gzip", auth=False))
        self.credentials.save({"refresh_token": tokens["refresh_token"],
                               "access_token": tokens["access_token"]})
        self._access = tokens["access_token"]

    def logout(self) -> None:
        try:
            self._send("/v1/auth/logout", b"", auth=True)
        finally:
            self.credentials.clear()
            self._access = None

    # --- sync --------------------------------------------------------------------------

    def sync(self, progress: Callable[[SyncReport], None] | None = None) -> SyncReport:
        """Rounds until nothing is left to push and the feed is exhausted."""
        report = SyncReport(first_cursor=self.replica.cursor, cursor=self.replica.cursor)
        started = time.perf_counter()
        self._rounds(report, progress)
        if self._lease_numbers(report):  # provisional numbers became final: send them
            self._rounds(report, progress)
        self._upload_files(report)  # records travel first: a slow scan never holds them up
        report.seconds = time.perf_counter() - started
        with self.replica.write() as tx:
            tx.set_meta("last_sync_at", utc_now())
            tx.set_meta("last_sync_bytes", str(report.bytes_sent + report.bytes_received))
        return report

    def _rounds(self, report: SyncReport,
                progress: Callable[[SyncReport], None] | None) -> None:
        while True:
            pending = self.replica.pending_mutations(limit=MAX_MUTATIONS_PER_ROUND)
            request = SyncRequest(
                SCHEMA_VERSION, self.replica.client_id, self.replica.meta("hlc") or "0-0-x",
                self.replica.cursor,
                tuple(m.to_wire() for m in pending),
                int(self.replica.meta("synced_cursor") or 0))
            body, encoding = pack(request.to_json(), accept="xz")
            response = self._json(self._send("/v1/sync", body, encoding=encoding,
                                             auth=True, report=report))
            self._apply(response, report)
            report.pushed += sum(1 for a in response["acks"] if a["status"] != "duplicate")
            report.rounds += 1
            report.cursor = response["cursor"]
            report.head = max(report.head, int(response.get("head") or 0))
            if progress:
                progress(report)
            if not response["more"] and len(pending) < MAX_MUTATIONS_PER_ROUND:
                break

    # --- journal numbers ---------------------------------------------------------------

    def _lease_numbers(self, report: SyncReport) -> int:
        """Top up this device's blocks of journal numbers and number the entries that got
        only a provisional one offline; returns how many entries were numbered."""
        for want in numbers.refills(self.replica):
            body = encode({"org": want.org, "journal": want.journal, "count": want.count,
                           "request": want.request})
            try:
                block = self._json(self._send("/v1/numbers", body, encoding="gzip", auth=True,
                                              report=report))
            except ServerRefused as exc:  # e.g. a journal outside this user's scope
                report.lease_problems.append(f"{want.journal} of {want.org}: {exc}")
                continue
            with self.replica.write() as tx:
                numbers.store_lease(tx, want.org, want.journal, int(block["first"]),
                                    int(block["last"]))
            report.numbers_leased += int(block["last"]) - int(block["first"]) + 1
        with self.replica.write() as tx:
            done = numbers.finalise(tx, self.replica.meta("device_name") or "")
        report.numbered += done
        return len(done)

    # --- files -------------------------------------------------------------------------

    CHUNK = 256 * 1024

    def _upload_files(self, report: SyncReport) -> None:
        for sha256, size in self.replica.queued_blobs():
            if self.blobs is None or not self.blobs.has(sha256):
                report.files_missing.append(sha256)
                continue
            status = self._json(self._send(f"/v1/blobs/{sha256}/status", b"", method="GET",
                                           auth=True, report=report))
            offset = int(status.get("received") or 0)
            complete = bool(status.get("complete"))
            with open(self.blobs.path_of(sha256), "rb") as source:
                source.seek(offset)
                while not complete:
                    chunk = source.read(self.CHUNK)
                    if not chunk and offset < size:
                        raise SyncError(f"the local copy of {sha256[:12]}… is shorter than "
                                        f"its {size} bytes")
                    answer = self._json(self._send(
                        f"/v1/blobs/{sha256}?offset={offset}&size={size}", chunk, method="PUT",
                        auth=True, report=report))
                    offset, complete = int(answer["received"]), bool(answer["complete"])
            self.replica.blob_uploaded(sha256)
            report.files_uploaded += 1

    def download(self, sha256: str) -> None:
        """Fetch a file named by a record (on demand: files are not pulled with records)."""
        if self.blobs is None:
            raise SyncError("this client has no file store")
        if self.blobs.has(sha256):
            return
        response = self._send(f"/v1/blobs/{sha256}", b"", method="GET",
                              auth=True)
        try:
            self.blobs.add_bytes(response.content, sha256)
        except ValueError as exc:
            raise SyncError(str(exc)) from exc

    def _apply(self, response: dict[str, Any], report: SyncReport) -> None:
        rejected = {a["id"]: a.get("reason", "refused") for a in response["acks"]
                    if a["status"] == "rejected"}
        with self.replica.write() as tx:
            if rejected:
                for row in self._outbox_rows(tx, rejected):
                    report.rejections.append({**row, "reason": rejected[row["mutation_id"]]})
            tx.acknowledge(response["last_mutation_id"], rejected)
            for ack in response["acks"]:
                targets = []
                if ack.get("record") is not None and ack["status"] in ("rejected", "conflict"):
                    targets.append((ack.get("collection"), ack.get("record_id"), ack["record"]))
                if ack.get("also"):
                    also = ack["also"]
                    targets.append((also.get("collection"), also.get("id"), also.get("record")))
                for collection, record_id, current in targets:
                    if not collection or not record_id or not current:
                        continue
                    data = current.get("data") or {}
                    tx.apply_remote(collection, record_id, data, current.get("versions") or {},
                                    self.headline(tx, collection, data) if data
                                    else Headline(), removed=bool(current.get("removed")))
            for change in unpack_changes(response["page"]) if response.get("page") else []:
                data = change.get("data") or {}
                removed = bool(change.get("removed"))
                # Versions come compact: a field not listed has the record's feed number.
                versions = change.get("versions") or {}
                versions = {name: versions.get(name, change["seq"])
                            for name in {*data, *versions}}
                if change.get("delta"):
                    data, versions = tx.merged_remote(change["collection"], change["id"],
                                                      data, versions)
                tx.apply_remote(change["collection"], change["id"], data, versions,
                                self.headline(tx, change["collection"], data) if data
                                else Headline(), removed=removed,
                                events=change.get("events", []))
                if removed:
                    report.removed += 1
                else:
                    report.pulled += 1
                if change["collection"] == "conflict" and data.get("status") == "open":
                    report.conflicts += 1
            tx.set_cursor(max(response["cursor"], self.replica.cursor))
            if not response["more"]:  # everything of this scope is here now
                tx.set_meta("synced_cursor", str(max(response["cursor"], self.replica.cursor)))
            tx.receive_clock(response["server_hlc"])

    @staticmethod
    def _outbox_rows(tx: Transaction, ids: dict[int, str]) -> list[dict[str, Any]]:
        marks = ",".join("?" * len(ids))
        rows = tx._conn.execute(
            f"SELECT mutation_id, collection, record_id, kind FROM outbox "
            f"WHERE mutation_id IN ({marks})", list(ids)).fetchall()
        return [{"mutation_id": r[0], "collection": r[1], "record_id": r[2], "kind": r[3]}
                for r in rows]
