"""Wire messages of a sync round and their validation; shared by client and server.

One round is one ``POST /v1/sync``: the client pushes its pending mutations and pulls the
next page of changes in its scope. Bodies are JSON, gzip-compressed both ways.

Request::

    {"schema_version": 1, "client_id": "...", "hlc": "...", "cursor": 120,
     "mutations": [{"id": 7, "collection": "case", "record_id": "...", "kind": "patch",
                    "changes": {"surname": "Karimov"}, "base": {"surname": 97},
                    "command": null, "hlc": "..."}]}

Response::

    {"schema_version": 1, "server_time": "...", "server_hlc": "...",
     "last_mutation_id": 7,
     "acks": [{"id": 7, "status": "applied" | "duplicate" | "conflict" | "rejected",
               "reason": "...", "conflicts": ["<conflict id>", ...]}],
     "changes": [{"seq": 121, "collection": "case", "id": "...", "org": "...",
                  "data": {...}, "versions": {...}, "removed": false,
                  "events": [{...}]}],
     "cursor": 121, "more": false}

This module does no I/O: it only builds and checks messages, so that a malformed message is
refused before anything is written (``ProtocolError`` → HTTP 400 with the message).
"""

from __future__ import annotations

import gzip
import io
import json
import lzma
import re
import zlib
from dataclasses import dataclass, field
from typing import Any

from sync import SCHEMA_VERSION
from sync.chain import CLAIM

SUPPORTED_SCHEMA_VERSIONS = (SCHEMA_VERSION - 1, SCHEMA_VERSION)
MAX_BODY_BYTES = 8 * 1024 * 1024  # decompressed
MAX_MUTATIONS_PER_ROUND = 500
PAGE_BYTES = 64 * 1024  # one page of changes on the wire (compressed), roughly
MUTATION_KINDS = ("put", "patch", "delete", "command")

_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,80}$")
_COLLECTION = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
_FIELD = re.compile(r"^_?[a-z][a-z0-9_]{0,62}$")


class ProtocolError(ValueError):
    """A message that breaks the protocol; the text says which part and how."""


@dataclass(frozen=True)
class WireMutation:
    id: int
    collection: str
    record_id: str
    kind: str
    changes: dict[str, Any]
    base: dict[str, int]
    command: dict[str, Any] | None
    hlc: str
    # The record's history as the device holds it, "n:<16 hex>" (sync/chain.py); None from
    # a device that sends none (older versions), which the server then cannot check.
    chain: str | None = None

    def to_json(self) -> dict[str, Any]:
        out = {"id": self.id, "collection": self.collection, "record_id": self.record_id,
               "kind": self.kind, "changes": self.changes, "base": self.base,
               "command": self.command, "hlc": self.hlc}
        if self.chain is not None:
            out["chain"] = self.chain
        return out


@dataclass(frozen=True)
class SyncRequest:
    schema_version: int
    client_id: str
    hlc: str
    cursor: int
    mutations: tuple[WireMutation, ...] = field(default_factory=tuple)
    # The cursor at the end of the client's last complete sync (``more`` false): it then
    # held every record of its scope, which is what makes a delta safe (feed.py).
    synced: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"schema_version": self.schema_version, "client_id": self.client_id,
                "hlc": self.hlc, "cursor": self.cursor, "synced": self.synced,
                "mutations": [m.to_json() for m in self.mutations]}


def encode(payload: Any) -> bytes:
    """JSON, compact, gzip-compressed: what travels on the wire."""
    raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    return gzip.compress(raw, compresslevel=6, mtime=0)


SMALL_BODY = 300  # below this gzip's 18 bytes of framing cost more than it saves


LARGE_BODY = 16 * 1024  # from here xz's larger window pays for its CPU
# Preset 4 with a 1 MB window: 263 B per case against 256 at preset 6, for half the CPU,
# and a small window for old PCs to decode with.
XZ_FILTERS = [{"id": lzma.FILTER_LZMA2, "preset": 4, "dict_size": 1 << 20}]


def pack(payload: Any, accept: str = "gzip") -> tuple[bytes, str | None]:
    """(body, Content-Encoding): JSON; small bodies as they are, large ones with xz when
    the other side accepts it (pages of records: a fifth smaller than gzip), else gzip."""
    raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    if len(raw) < SMALL_BODY:
        return raw, None
    if len(raw) >= LARGE_BODY and "xz" in accept:
        return lzma.compress(raw, format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC32,
                             filters=XZ_FILTERS), "xz"
    return gzip.compress(raw, compresslevel=6, mtime=0), "gzip"


# --- pages of changes, by column ---------------------------------------------------------
#
# A page travels column by column: all surnames together, all dates together... gzip's
# 32 KB window then sees alike values side by side and a page of form records shrinks by
# about a fifth more than row by row (310 instead of 390 bytes per case).

_ENVELOPE = ("seq", "collection", "id", "removed", "delta", "left_scope", "versions")
_EVENT = ("origin", "at", "hlc", "actor", "device", "kind", "detail", "n")


def pack_changes(changes: list[dict[str, Any]]) -> dict[str, Any]:
    """Rows of changes -> columns. ``unpack_changes`` gives back exactly ``changes``."""
    n = len(changes)
    envelope = {key: [c.get(key) for c in changes] for key in _ENVELOPE
                if any(key in c for c in changes)}
    data: dict[str, list[Any]] = {}
    cleared: list[list[str]] = []
    has_data: list[int] = []
    for i, change in enumerate(changes):
        values = change.get("data")
        has_data.append(0 if values is None else 1)
        gone = []
        for name, value in (values or {}).items():
            if value is None:
                gone.append(name)
            else:
                data.setdefault(name, [None] * n)[i] = value
        cleared.append(gone)
    events = [e for c in changes for e in c.get("events", [])]
    return {
        "n": n, "envelope": envelope, "has_data": has_data, "data": data,
        "cleared": cleared if any(cleared) else [],
        "event_counts": [len(c.get("events", [])) for c in changes],
        "events": {key: [e.get(key) for e in events] for key in _EVENT},
    }


def unpack_changes(page: dict[str, Any]) -> list[dict[str, Any]]:
    try:
        n = int(page["n"])
        changes: list[dict[str, Any]] = [{} for _ in range(n)]
        for key, column in page["envelope"].items():
            for change, value in zip(changes, column, strict=True):
                if value is not None:
                    change[key] = value
        for change, flag in zip(changes, page["has_data"], strict=True):
            if flag:
                change["data"] = {}
        for name, column in page["data"].items():
            for change, value in zip(changes, column, strict=True):
                if value is not None:
                    change["data"][name] = value
        for change, names in zip(changes, page["cleared"] or [[]] * n, strict=True):
            for name in names:
                change["data"][name] = None
        events = page["events"]
        position = 0
        for change, count in zip(changes, page["event_counts"], strict=True):
            if count:
                change["events"] = [_event_at(events, position + j) for j in range(count)]
                position += count
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
        raise ProtocolError(f"a page of changes is malformed: {exc}") from exc
    return changes


def _event_at(events: dict[str, list[Any]], i: int) -> dict[str, Any]:
    event = {key: events[key][i] for key in _EVENT if key != "n"}
    n = events["n"][i] if "n" in events else None  # a server before the chain sends none
    if n is not None:
        event["n"] = n
    return event


def decode(body: bytes, content_encoding: str | None) -> Any:
    """Parse a (possibly gzip-compressed) JSON body, refusing bombs and garbage."""
    if content_encoding and content_encoding.lower() == "gzip":
        try:
            decompressor = gzip.GzipFile(fileobj=io.BytesIO(body))
            raw = decompressor.read(MAX_BODY_BYTES + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise ProtocolError(f"the body is not valid gzip: {exc}") from exc
    elif content_encoding and content_encoding.lower() == "xz":
        try:
            decompressor = lzma.LZMADecompressor(format=lzma.FORMAT_XZ)
            raw = decompressor.decompress(body, max_length=MAX_BODY_BYTES + 1)
        except lzma.LZMAError as exc:
            raise ProtocolError(f"the body is not valid xz: {exc}") from exc
    elif content_encoding and content_encoding.lower() not in ("identity", ""):
        raise ProtocolError(f"unsupported Content-Encoding {content_encoding!r}; use gzip")
    else:
        raw = body
    if len(raw) > MAX_BODY_BYTES:
        raise ProtocolError(f"the body is larger than {MAX_BODY_BYTES // (1024 * 1024)} MB")
    if b"\\u0000" in raw:  # no database stores NUL in text
        raise ProtocolError("text may not contain NUL characters")
    try:
        return json.loads(raw)
    except (ValueError, RecursionError) as exc:  # bad JSON, huge integers, deep nesting
        raise ProtocolError(f"the body is not valid JSON: {str(exc)[:200]}") from exc


MAX_INT = 2**63 - 1  # what a database's BIGINT holds
_HLC = re.compile(r"^[0-9]{1,16}-[0-9a-f]{1,8}-[A-Za-z0-9_.:-]{1,40}$")


def _require(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in obj:
        raise ProtocolError(f"{where}: '{key}' is missing")
    value = obj[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ProtocolError(f"{where}: '{key}' has the wrong type")
    if kind is int and not -MAX_INT <= value <= MAX_INT:
        raise ProtocolError(f"{where}: '{key}' is out of range")
    return value


def _hlc(obj: dict[str, Any], where: str) -> str:
    stamp = _require(obj, "hlc", str, where)
    if not _HLC.match(stamp):
        raise ProtocolError(f"{where}: 'hlc' is not a clock reading (wall-counter-node)")
    return stamp


def valid_id(value: Any) -> bool:
    """Client and record ids: 1–80 letters, digits and . _ : -"""
    return isinstance(value, str) and _ID.match(value) is not None


def check_schema_version(version: Any) -> int:
    if not isinstance(version, int) or isinstance(version, bool):
        raise ProtocolError("schema_version must be an integer")
    if version not in SUPPORTED_SCHEMA_VERSIONS:
        raise ProtocolError(
            f"schema version {version} is not supported (this server speaks "
            f"{', '.join(map(str, SUPPORTED_SCHEMA_VERSIONS))}); update Daftar")
    return version


def parse_sync_request(payload: Any) -> SyncRequest:
    """Check a decoded request; raises :class:`ProtocolError` naming the bad part."""
    if not isinstance(payload, dict):
        raise ProtocolError("the request must be a JSON object")
    version = check_schema_version(payload.get("schema_version"))
    client_id = _require(payload, "client_id", str, "request")
    if not _ID.match(client_id):
        raise ProtocolError("request: 'client_id' is not a valid id")
    hlc = _hlc(payload, "request")
    cursor = _require(payload, "cursor", int, "request")
    if cursor < 0:
        raise ProtocolError("request: 'cursor' cannot be negative")
    synced = _require(payload, "synced", int, "request") if "synced" in payload else 0
    if not 0 <= synced <= cursor:
        raise ProtocolError("request: 'synced' must be between 0 and the cursor")
    raw_mutations = payload.get("mutations", [])
    if not isinstance(raw_mutations, list):
        raise ProtocolError("request: 'mutations' must be a list")
    if len(raw_mutations) > MAX_MUTATIONS_PER_ROUND:
        raise ProtocolError(f"request: at most {MAX_MUTATIONS_PER_ROUND} mutations per round")
    mutations = []
    previous = None
    for i, raw in enumerate(raw_mutations):
        where = f"mutations[{i}]"
        if not isinstance(raw, dict):
            raise ProtocolError(f"{where} must be an object")
        mid = _require(raw, "id", int, where)
        if mid < 1 or (previous is not None and mid != previous + 1):
            raise ProtocolError(f"{where}: mutation ids must be consecutive from 1 "
                                f"(got {mid} after {previous})")
        previous = mid
        collection = _require(raw, "collection", str, where)
        if not _COLLECTION.match(collection):
            raise ProtocolError(f"{where}: bad collection name")
        record_id = _require(raw, "record_id", str, where)
        if not _ID.match(record_id):
            raise ProtocolError(f"{where}: bad record id")
        kind = _require(raw, "kind", str, where)
        if kind not in MUTATION_KINDS:
            raise ProtocolError(f"{where}: kind must be one of {', '.join(MUTATION_KINDS)}")
        changes = _require(raw, "changes", dict, where)
        for name in changes:
            if not _FIELD.match(name):
                raise ProtocolError(f"{where}: bad field name {name[:40]!r}")
        base = _require(raw, "base", dict, where)
        for name, version in base.items():
            if not _FIELD.match(name) or not isinstance(version, int) or version < 0 \
                    or isinstance(version, bool) or version > MAX_INT:
                raise ProtocolError(f"{where}: bad base version for {name[:40]!r}")
        command = raw.get("command")
        if kind == "command":
            if not isinstance(command, dict) or not isinstance(command.get("action"), str):
                raise ProtocolError(f"{where}: a command needs command.action")
        elif command is not None:
            raise ProtocolError(f"{where}: only a command mutation carries 'command'")
        chain = raw.get("chain")
        if chain is not None and (not isinstance(chain, str) or not CLAIM.match(chain)):
            raise ProtocolError(f"{where}: 'chain' must be n:16 hex digits")
        mutations.append(WireMutation(mid, collection, record_id, kind, changes, base,
                                      command, _hlc(raw, where), chain))
    return SyncRequest(version, client_id, hlc, cursor, tuple(mutations), synced)
