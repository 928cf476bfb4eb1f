"""Attachments on the server: resumable chunked upload by sha256, download for those who see
a record that names the file, a size limit answered by 413.

    GET  /v1/blobs/{sha256}/status         {"size", "received", "complete"}: how much arrived
    PUT  /v1/blobs/{sha256}?offset=N&size=T   one chunk, appended at N (N must be "received")
    GET  /v1/blobs/{sha256}                the file
"""

from __future__ import annotations

import hashlib
import re

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sync.server.auth import AuthError, ServerUser
from sync.server.scope import visible
from sync.server.storage import blob_chunks, blobs, now_iso, records

MAX_BLOB_BYTES = 25 * 1024 * 1024
MAX_CHUNK_BYTES = 512 * 1024
SHA256 = re.compile(r"^[0-9a-f]{64}$")


class BlobError(AuthError):
    pass


def check_sha(sha256: str) -> str:
    if not SHA256.match(sha256):
        raise BlobError(400, "a blob is named by its sha256: 64 lower-case hex digits")
    return sha256


def status(conn: Connection, sha256: str) -> dict[str, object]:
    row = conn.execute(sa.select(blobs).where(blobs.c.sha256 == check_sha(sha256))).first()
    if row is None:
        return {"sha256": sha256, "size": None, "received": 0, "complete": False}
    return {"sha256": sha256, "size": row.size, "received": row.received,
            "complete": row.complete}


def put_chunk(conn: Connection, user: ServerUser, sha256: str, offset: int, size: int,
              data: bytes) -> dict[str, object]:
    check_sha(sha256)
    if size > MAX_BLOB_BYTES:
        raise BlobError(413, f"attachments can be at most {MAX_BLOB_BYTES // (1024 * 1024)} MB")
    if size < 0 or offset < 0 or offset + len(data) > size:
        raise BlobError(400, "the chunk does not fit the declared size")
    query = sa.select(blobs).where(blobs.c.sha256 == sha256)
    if conn.dialect.name == "postgresql":
        query = query.with_for_update()
    row = conn.execute(query).first()
    if row is None:
        conn.execute(blobs.insert().values(sha256=sha256, size=size, received=0,
                                           complete=False, uploaded_by=user.id,
                                           created_at=now_iso()))
        received = 0
    else:
        if row.complete:
            return status(conn, sha256)
        if row.size != size:
            raise BlobError(409, f"this file was announced with {row.size} bytes, not {size}")
        received = row.received
    if offset != received:
        raise BlobError(409, f"the server has {received} bytes of this file; send from there")
    conn.execute(blob_chunks.insert().values(sha256=sha256, offset=offset, data=data))
    received += len(data)
    complete = False
    if received == size:
        digest = hashlib.sha256()
        for (chunk,) in conn.execute(sa.select(blob_chunks.c.data)
                                     .where(blob_chunks.c.sha256 == sha256)
                                     .order_by(blob_chunks.c.offset)):
            digest.update(chunk)
        if digest.hexdigest() != sha256:
            conn.execute(blob_chunks.delete().where(blob_chunks.c.sha256 == sha256))
            conn.execute(blobs.delete().where(blobs.c.sha256 == sha256))
            raise BlobError(422, "the file's content does not match its sha256; send it again")
        complete = True
    conn.execute(blobs.update().where(blobs.c.sha256 == sha256)
                 .values(received=received, complete=complete))
    return {"sha256": sha256, "size": size, "received": received, "complete": complete}


def may_read(conn: Connection, user: ServerUser, sha256: str) -> bool:
    """The uploader, or anyone who sees a record naming the file."""
    row = conn.execute(sa.select(blobs.c.uploaded_by).where(blobs.c.sha256 == sha256)).first()
    if row is not None and row.uploaded_by == user.id:
        return True
    return conn.execute(
        sa.select(records.c.id).where(visible(records.c.org, records.c.also, user.org),
                                      records.c.data.contains(sha256)).limit(1)
    ).first() is not None


def read(conn: Connection, user: ServerUser, sha256: str) -> bytes:
    check_sha(sha256)
    row = conn.execute(sa.select(blobs).where(blobs.c.sha256 == sha256)).first()
    if row is None or not row.complete or not may_read(conn, user, sha256):
        # The same answer whether it is missing or not yours: nothing leaks about others.
        raise BlobError(404, "no such file for you")
    return b"".join(chunk for (chunk,) in conn.execute(
        sa.select(blob_chunks.c.data).where(blob_chunks.c.sha256 == sha256)
        .order_by(blob_chunks.c.offset)))
