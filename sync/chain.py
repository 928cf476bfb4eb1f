"""Tamper-evident history: every record's events form a hash chain, the same on both sides.

The server numbers a record's events 1, 2, 3 … in the order it applied them and links each
to the one before::

    h0 = sha256("daftar-chain" / collection / record id)
    hn = sha256(h(n-1) / n / origin / at / hlc / actor / device / kind / detail)

The events travel to every replica in the server's own words (a device's own events are
replaced by the server's version when they come back), so a replica can recompute the chain
of any record it holds. ``daftar case verify`` does that; and with every mutation a device
sends its *claim* — ``"n:<first 16 hex digits of hn>"`` recomputed from the events it holds —
which the server compares with its own: a history edited on the device no longer matches
and the edit is refused (see ``sync/server/push.py``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

CLAIM = re.compile(r"^(0|[1-9][0-9]{0,8}):([0-9a-f]{16})$")
CLAIM_DIGITS = 16


def canonical(detail: Any) -> str:
    """An event's detail as hashed: compact JSON, keys sorted (the stored form)."""
    if isinstance(detail, str):
        detail = json.loads(detail)
    return json.dumps(detail, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def genesis(collection: str, record_id: str) -> str:
    return hashlib.sha256(f"daftar-chain\n{collection}\n{record_id}".encode()).hexdigest()


def link(previous: str, n: int, event: Mapping[str, Any]) -> str:
    """The hash of event number ``n`` after ``previous``."""
    parts = [previous, str(n), str(event["origin"]), str(event["at"]), str(event["hlc"]),
             str(event["actor"]), str(event["device"]), str(event["kind"]),
             canonical(event.get("detail") or {})]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def claim(n: int, head: str) -> str:
    return f"{n}:{head[:CLAIM_DIGITS]}"


def parse_claim(text: str) -> tuple[int, str]:
    match = CLAIM.match(text)
    if not match:
        raise ValueError(f"not a history claim (n:16 hex digits): {text[:40]!r}")
    return int(match.group(1)), match.group(2)


@dataclass(frozen=True)
class ChainCheck:
    """What recomputing a record's chain found."""

    events: int  # events in the chain (numbered by the server)
    head: str  # the recomputed hash after the last of them
    problems: tuple[str, ...] = ()
    first_bad: int | None = None  # the number of the first event that does not match
    unnumbered: int = 0  # events received from the server that have lost their number

    @property
    def intact(self) -> bool:
        return not self.problems

    @property
    def claim(self) -> str:
        return claim(self.events, self.head)


def check(collection: str, record_id: str, rows: Sequence[Mapping[str, Any]]) -> ChainCheck:
    """Recompute the chain over ``rows`` (events with ``n`` and the ``hash`` stored when
    each arrived, in order of ``n``) and say where it breaks: a missing number, or an event
    whose content no longer gives its stored hash (each event is checked against the stored
    hash before it, so the altered one is named, not every one after it)."""
    head = genesis(collection, record_id)
    problems: list[str] = []
    first_bad: int | None = None
    last = 0
    previous_stored: str | None = head
    for row in rows:
        n = int(row["n"])
        if n != last + 1:
            missing = f"{last + 1}" if n == last + 2 else f"{last + 1}-{n - 1}"
            problems.append(f"event {missing} of the history is missing")
            first_bad = first_bad or last + 1
            previous_stored = None
        stored = row.get("hash")
        if stored and previous_stored and link(previous_stored, n, row) != stored:
            problems.append(
                f"event {n} ({row['kind']} by {row['actor']} at {row['at']}) was altered")
            first_bad = first_bad or n
        head = link(head, n, row)
        previous_stored = stored or None
        last = n
    return ChainCheck(last, head, tuple(problems), first_bad)
