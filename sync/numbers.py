"""Journal numbers on a device: from blocks the server leased, provisional when they run out.

A journal entry is a record of the ``journal`` collection::

    {"_org": "uz.jizzakh.dec_3", "journal": "incoming", "number": 15,
     "provisional": null, "client": "<client id>", "by": "aziza", "at": "2025-03-10T09:30",
     ...whatever the application adds (the case, from whom, about what)}

:func:`issue` gives the next number of the device's block in the same transaction as the
entry, so a secretary offline still prints valid, unique numbers. With no number left it
gives a *provisional* number — ``P-3A7F09-2``: this device's code and its own counter, so no
other device prints the same — and the entry waits with ``number`` empty. At the next sync
the client leases a new block (:func:`refills`, :func:`store_lease`) and :func:`finalise`
gives each waiting entry its number, in the order they were issued; the entry keeps the
provisional number it was printed with. The server checks every number (sync/server/numbers).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sync.replica import Headline, Replica, Transaction, utc_now

JOURNAL = "journal"
BLOCK = 20  # numbers per lease
LOW = 5  # lease again when fewer are left
MAX_LEASE = 200


@dataclass(frozen=True)
class Issued:
    """A number as printed: final (``number``) or provisional (``provisional``)."""

    number: int | None
    provisional: str | None

    @property
    def text(self) -> str:
        return str(self.number) if self.number is not None else str(self.provisional)


def device_code(client_id: str) -> str:
    """Six characters of the client id that tell this device's provisional numbers apart."""
    return client_id.replace("-", "")[-6:].upper()


def want(tx: Transaction, org: str, journal: str) -> None:
    """This device numbers in ``journal``: keep a block of it at hand from the next sync."""
    tx._conn.execute("INSERT OR IGNORE INTO number_journals (org, journal) VALUES (?, ?)",
                     (org, journal))


def issue(tx: Transaction, org: str, journal: str) -> Issued:
    """The next number of ``journal`` for an entry written in this transaction."""
    want(tx, org, journal)
    number = _take(tx, org, journal)
    if number is not None:
        return Issued(number, None)
    tx._conn.execute("UPDATE number_journals SET provisional = provisional + 1 "
                     "WHERE org = ? AND journal = ?", (org, journal))
    (count,) = tx._conn.execute("SELECT provisional FROM number_journals WHERE org = ? AND "
                                "journal = ?", (org, journal)).fetchone()
    return Issued(None, f"P-{device_code(tx.replica.client_id)}-{count}")


def _take(tx: Transaction, org: str, journal: str) -> int | None:
    """The next unused number of this device's oldest block of ``journal``, if any."""
    row = tx._conn.execute(
        "SELECT first, next FROM number_blocks WHERE org = ? AND journal = ? AND next <= last "
        "ORDER BY first LIMIT 1", (org, journal)).fetchone()
    if row is None:
        return None
    first, number = row
    tx._conn.execute("UPDATE number_blocks SET next = next + 1 WHERE org = ? AND journal = ? "
                     "AND first = ?", (org, journal, first))
    return int(number)


def stock(replica: Replica, org: str, journal: str) -> int:
    """Numbers of ``journal`` left in this device's blocks."""
    with replica._lock:
        (left,) = replica._conn.execute(
            "SELECT coalesce(sum(last - next + 1), 0) FROM number_blocks WHERE org = ? AND "
            "journal = ? AND next <= last", (org, journal)).fetchone()
    return int(left)


def waiting(replica: Replica) -> list[Any]:
    """This device's entries that still have only a provisional number, oldest first."""
    mine = replica.client_id
    return sorted((r for r in replica.list(JOURNAL, status="provisional", limit=100_000,
                                           order="created")
                   if r.data.get("client") == mine), key=lambda r: r.rid)


@dataclass(frozen=True)
class Refill:
    org: str
    journal: str
    count: int
    request: str  # names the lease request: asking again gives the same block


def refills(replica: Replica) -> list[Refill]:
    """The leases this device should ask for now."""
    with replica._lock:
        journals = replica._conn.execute(
            "SELECT org, journal, leases FROM number_journals ORDER BY org, journal").fetchall()
    short: dict[tuple[str, str], int] = {}
    for entry in waiting(replica):
        key = (entry.data.get("_org", ""), entry.data.get("journal", ""))
        short[key] = short.get(key, 0) + 1
    out = []
    for org, journal, leases in journals:
        left = stock(replica, org, journal) - short.get((org, journal), 0)
        if left < LOW:
            count = min(MAX_LEASE, BLOCK + max(0, -left))
            out.append(Refill(org, journal, count, f"{org}/{journal}/{leases + 1}"))
    return out


def store_lease(tx: Transaction, org: str, journal: str, first: int, last: int) -> None:
    """Keep a block the server leased (once: the same block arriving again is ignored)."""
    want(tx, org, journal)
    added = tx._conn.execute(
        "INSERT OR IGNORE INTO number_blocks (org, journal, first, last, next, leased_at) "
        "VALUES (?, ?, ?, ?, ?, ?)", (org, journal, first, last, first, utc_now())).rowcount
    if added:
        tx._conn.execute("UPDATE number_journals SET leases = leases + 1 WHERE org = ? AND "
                         "journal = ?", (org, journal))


def finalise(tx: Transaction, device: str) -> list[tuple[str, int]]:
    """Give this device's provisional entries their numbers from its blocks, oldest first;
    returns (entry id, number) of those numbered (an edit each, sent at the next round)."""
    done = []
    for entry in waiting(tx.replica):
        org, journal = entry.data.get("_org", ""), entry.data.get("journal", "")
        number = _take(tx, org, journal)
        if number is None:
            continue
        data = {**entry.data, "number": number}
        tx.edit(JOURNAL, entry.id, {"number": number}, headline(data),
                actor=str(entry.data.get("by") or "?"), device=device,
                event_kind="numbered",
                event_detail={"provisional": entry.data.get("provisional"),
                              "number": number})
        done.append((entry.id, number))
    return done


def headline(data: dict[str, Any]) -> Headline:
    """List columns of a journal entry: journal, provisional or numbered, its number."""
    number = data.get("number")
    shown = str(number) if number is not None else str(data.get("provisional") or "")
    return Headline(type=str(data.get("journal") or ""),
                    status="numbered" if number is not None else "provisional",
                    org=data.get("_org"), title=shown, search_text=shown.lower())
