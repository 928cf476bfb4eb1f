"""Hybrid logical clock: orders events across devices for audit and tie-breaks only.

A timestamp is the string ``"<wall ms, 13 digits>-<counter, 4 hex>-<node>"``; string order is
causal order. Wall time never goes backwards on one device even if the PC clock does.
"""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:04x}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        wall, counter, node = text.split("-", 2)
        return cls(int(wall), int(counter, 16), node)


def tick(last: Timestamp | None, node: str, now_ms: int | None = None) -> Timestamp:
    """The next local timestamp after ``last``."""
    now = int(time.time() * 1000) if now_ms is None else now_ms
    if last is None or now > last.wall_ms:
        return Timestamp(now, 0, node)
    return Timestamp(last.wall_ms, last.counter + 1, node)


def receive(last: Timestamp | None, remote: Timestamp, node: str,
            now_ms: int | None = None) -> Timestamp:
    """Merge a remote timestamp into the local clock (remote must already be clamped)."""
    now = int(time.time() * 1000) if now_ms is None else now_ms
    last_wall = last.wall_ms if last else 0
    wall = max(now, last_wall, remote.wall_ms)
    if wall == last_wall == remote.wall_ms:
        counter = max(last.counter if last else 0, remote.counter) + 1
    elif wall == last_wall:
        counter = (last.counter if last else 0) + 1
    elif wall == remote.wall_ms:
        counter = remote.counter + 1
    else:
        counter = 0
    return Timestamp(wall, counter, node)
