"""Content-addressed local store of attached files (scans, photos): ``blobs/ab/abcdef…``.

A blob is written to a temporary file, flushed to disk and renamed into place before any
record names it, so a crash never leaves a record pointing at half a file.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class BlobRef:
    sha256: str
    name: str
    size: int
    mime: str

    def to_json(self) -> dict[str, object]:
        return {"sha256": self.sha256, "name": self.name, "size": self.size, "mime": self.mime}


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def add_file(self, source: Path) -> BlobRef:
        """Copy ``source`` into the store (once per content) and describe it."""
        digest = hashlib.sha256()
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        try:
            with open(source, "rb") as src, os.fdopen(fd, "wb") as tmp:
                size = 0
                while chunk := src.read(1 << 20):
                    digest.update(chunk)
                    tmp.write(chunk)
                    size += len(chunk)
                tmp.flush()
                os.fsync(tmp.fileno())
            sha = digest.hexdigest()
            target = self.path_of(sha)
            target.parent.mkdir(exist_ok=True)
            if target.exists():
                os.unlink(tmp_name)
            else:
                os.replace(tmp_name, target)
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise
        mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        return BlobRef(sha, source.name, size, mime)

    def add_bytes(self, data: bytes, expected_sha256: str | None = None) -> str:
        """Store downloaded content, refusing it if it is not what it claims to be."""
        sha = hashlib.sha256(data).hexdigest()
        if expected_sha256 is not None and sha != expected_sha256:
            raise ValueError(f"the file received is not {expected_sha256[:12]}…")
        target = self.path_of(sha)
        if target.exists():
            return sha
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, target)
        return sha

    def stored(self) -> set[str]:
        """The sha256 of every blob in the store."""
        return {p.name for p in self.root.glob("??/*")} if self.root.exists() else set()

    def discard(self, sha256: str) -> None:
        """Remove a blob that no record names (e.g. stored for an edit that was refused)."""
        path = self.path_of(sha256)
        path.unlink(missing_ok=True)
        for folder in (path.parent, self.root):
            try:
                folder.rmdir()  # only when empty
            except OSError:
                break
