"""Why a sync did not complete; see :mod:`sync.client` (importable without ``requests``)."""

from __future__ import annotations


class SyncError(Exception):
    pass


class NotSignedIn(SyncError):
    pass


class ServerRefused(SyncError):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class Unreachable(SyncError):
    pass
