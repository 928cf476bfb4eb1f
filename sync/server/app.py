"""The central API (FastAPI). ``create_app(engine, policy)`` builds it; no state in the process.

Every error is a JSON ``{"error": "..."}`` with a 4xx status that says what to do; a 500 is a
bug. Sync bodies are gzip-compressed JSON both ways (see sync/protocol.py).
"""

from __future__ import annotations

import time
from typing import Any

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy.engine import Engine
from starlette.concurrency import run_in_threadpool

from sync import SCHEMA_VERSION, hlc
from sync.protocol import (
    MAX_BODY_BYTES,
    ProtocolError,
    check_schema_version,
    decode,
    pack,
    pack_changes,
    parse_sync_request,
    valid_id,
)
from sync.server import auth, numbers
from sync.server import blobs as blob_store
from sync.server.auth import AuthError, Identity
from sync.server.feed import pull
from sync.server.policy import OpenPolicy, Policy
from sync.server.push import push
from sync.server.storage import clients, feed_head, now_iso

MAX_AUTH_BODY = 16 * 1024
RETRIES = 5


def _error(status: int, message: str, **headers: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers or None)


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ProtocolError(f"the request is larger than {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ProtocolError(f"the request is larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _json_object(raw: bytes, encoding: str | None, *keys: str) -> dict[str, Any]:
    payload = decode(raw, encoding)
    if not isinstance(payload, dict):
        raise ProtocolError("the request must be a JSON object")
    for key in keys:
        if not isinstance(payload.get(key), str) or not payload[key]:
            raise ProtocolError(f"'{key}' is missing or not text")
    return payload


def _retrying(engine: Engine, work: Any) -> Any:
    """Run ``work(conn)`` in a transaction, again if the database asks (deadlock, race)."""
    for attempt in range(RETRIES):
        try:
            with engine.begin() as conn:
                return work(conn)
        except (sa.exc.OperationalError, sa.exc.IntegrityError) as exc:
            code = getattr(getattr(exc, "orig", None), "sqlstate", None)
            retryable = code in ("40001", "40P01", "23505") or "locked" in str(exc)
            if not retryable or attempt == RETRIES - 1:
                raise
            time.sleep(0.01 * (2 ** attempt))
    raise AssertionError("unreachable")


def _ledger(engine: Engine, who: Identity) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.select(clients.c.last_mutation_id).where(
            clients.c.client_id == who.client_id)).scalar() or 0)


def create_app(engine: Engine, policy: Policy | None = None) -> FastAPI:
    policy = policy or OpenPolicy()
    app = FastAPI(title="Daftar central API", version=str(SCHEMA_VERSION),
                  description="Sync, sign-in and attachments for Daftar clients.")

    @app.exception_handler(ProtocolError)
    async def _protocol(_: Request, exc: ProtocolError) -> JSONResponse:
        status = 413 if "larger than" in str(exc) else 400
        return _error(status, str(exc))

    @app.exception_handler(AuthError)
    async def _auth(_: Request, exc: AuthError) -> JSONResponse:
        headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else {}
        return _error(exc.status, exc.message, **headers)

    def identity(request: Request) -> Identity:
        with engine.begin() as conn:
            return auth.authenticate(conn, request.headers.get("authorization"))

    @app.get("/healthz", summary="Is the server up and its database reachable?")
    def healthz() -> dict[str, Any]:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        return {"ok": True, "schema_version": SCHEMA_VERSION, "server_time": now_iso()}

    @app.post("/v1/auth/login", summary="Sign in: access token + device-bound refresh token")
    async def login(request: Request) -> JSONResponse:
        payload = _json_object(await _body(request, MAX_AUTH_BODY),
                               request.headers.get("content-encoding"),
                               "user", "password", "client_id")
        address = request.client.host if request.client else "unknown"
        name, password = payload["user"], payload["password"]
        device = str(payload.get("device_name") or "")[:120]
        if not valid_id(payload["client_id"]):
            raise ProtocolError("'client_id' is not a valid id (1-80 letters, digits, . _ : -)")
        await run_in_threadpool(_retrying, engine, lambda conn:
                                auth.reserve_attempt(conn, name, address))
        tokens = await run_in_threadpool(_retrying, engine, lambda conn: auth.login(
            conn, name, password, payload["client_id"], device, address))
        return JSONResponse(tokens)

    @app.post("/v1/auth/refresh", summary="Exchange a refresh token for new tokens")
    async def refresh(request: Request) -> JSONResponse:
        payload = _json_object(await _body(request, MAX_AUTH_BODY),
                               request.headers.get("content-encoding"),
                               "refresh_token", "client_id")
        if not valid_id(payload["client_id"]) or len(payload["refresh_token"]) > 200:
            raise ProtocolError("'client_id' or 'refresh_token' is not valid")
        tokens = await run_in_threadpool(_retrying, engine, lambda conn: auth.refresh(
            conn, payload["refresh_token"], payload["client_id"]))
        return JSONResponse(tokens)

    @app.post("/v1/auth/logout", summary="End this sign-in (its tokens stop working)")
    def logout(request: Request) -> dict[str, bool]:
        who = identity(request)
        with engine.begin() as conn:
            auth.logout(conn, who)
        return {"ok": True}

    @app.get("/v1/me", summary="Who the access token belongs to")
    def me(request: Request) -> dict[str, Any]:
        return identity(request).user.to_json()

    @app.post("/v1/sync", summary="One sync round: push mutations, pull a page of changes",
              response_class=Response)
    async def sync_round(request: Request) -> Response:
        raw = await _body(request, MAX_BODY_BYTES)
        payload = decode(raw, request.headers.get("content-encoding"))
        if isinstance(payload, dict):
            check_schema_version(payload.get("schema_version"))
        message = parse_sync_request(payload)
        who = await run_in_threadpool(identity, request)
        if message.client_id != who.client_id:
            raise AuthError(403, "the client id does not match this sign-in")
        clock = hlc.tick(None, "server")

        def work(conn: sa.Connection) -> tuple[Any, ...]:
            return push(conn, who.user, who.client_id, message.mutations, policy, clock,
                        message.cursor)

        def read() -> tuple[Any, ...]:
            # Its own transaction: a pull never holds the feed counter another push waits on.
            # One snapshot for its queries (PostgreSQL's default gives each its own).
            with engine.connect() as conn:
                if conn.dialect.name == "postgresql":
                    conn = conn.execution_options(isolation_level="REPEATABLE READ")
                with conn.begin():
                    changes, cursor, more = pull(conn, who.user, message.cursor,
                                                 synced=message.synced)
                    # How far the feed goes, so a long first sync can show real progress;
                    # only while there is more (a quiet round stays small).
                    head = feed_head(conn) if more else None
                    return changes, cursor, more, head

        if message.mutations:
            acks, last = await run_in_threadpool(_retrying, engine, work)
        else:
            acks, last = [], await run_in_threadpool(_ledger, engine, who)
        changes, cursor, more, head = await run_in_threadpool(read)
        reply = {
            "schema_version": SCHEMA_VERSION, "server_time": now_iso(),
            "server_hlc": str(clock), "last_mutation_id": last,
            "acks": [a.to_json() for a in acks],
            "page": pack_changes(changes) if changes else None,
            "cursor": cursor,
            "more": more}
        if head is not None:
            reply["head"] = head
        body, encoding = pack(reply, request.headers.get("accept-encoding", "gzip"))
        return Response(body, media_type="application/json",
                        headers={"Content-Encoding": encoding} if encoding else None)

    @app.post("/v1/numbers", summary="Lease this device a block of a journal's numbers")
    async def lease_numbers(request: Request) -> JSONResponse:
        payload = _json_object(await _body(request, MAX_AUTH_BODY),
                               request.headers.get("content-encoding"),
                               "org", "journal", "request")
        count = payload.get("count")
        if not isinstance(count, int) or isinstance(count, bool):
            raise ProtocolError("'count' must be a whole number")
        who = await run_in_threadpool(identity, request)
        block = await run_in_threadpool(_retrying, engine, lambda conn: numbers.lease(
            conn, who.user, who.client_id, payload["org"], payload["journal"], count,
            payload["request"]))
        return JSONResponse(block)

    @app.get("/v1/blobs/{sha256}/status", summary="How much of a file the server has")
    def blob_status(sha256: str, request: Request) -> dict[str, Any]:
        identity(request)
        with engine.connect() as conn:
            return blob_store.status(conn, sha256)

    @app.put("/v1/blobs/{sha256}", summary="Upload one chunk of a file (resumable)")
    async def blob_put(sha256: str, offset: int, size: int, request: Request
                       ) -> dict[str, Any]:
        blob_store.check_sha(sha256)
        if size > blob_store.MAX_BLOB_BYTES:
            raise blob_store.BlobError(413, "attachments can be at most "
                                            f"{blob_store.MAX_BLOB_BYTES // 2**20} MB")
        who = await run_in_threadpool(identity, request)
        data = await _body(request, blob_store.MAX_CHUNK_BYTES)
        return await run_in_threadpool(_retrying, engine, lambda conn: blob_store.put_chunk(
            conn, who.user, sha256, offset, size, data))

    @app.get("/v1/blobs/{sha256}", summary="Download a file named by a record you see",
             response_class=Response)
    def blob_get(sha256: str, request: Request) -> Response:
        who = identity(request)
        with engine.connect() as conn:
            data = blob_store.read(conn, who.user, sha256)
        return Response(data, media_type="application/octet-stream")

    return app
