"""Journal numbers that are unique across devices, even when the devices work offline.

Each (organisation, journal) has a counter here. A device asks for a *lease* — a block of
consecutive numbers that is its own — and numbers offline from it (``sync/numbers.py``).
A journal entry is a record of the ``journal`` collection; when it arrives with a number
the server checks that the number was leased to the device that sends it and was not used
before (the ``journal_numbers`` primary key makes the second use impossible even between
two server processes). An entry never changes after it was written, except that a
provisional one, issued when the device's block ran out offline, later gets its number.
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sync.protocol import WireMutation
from sync.server.auth import AuthError, ServerUser
from sync.server.storage import (
    is_postgres,
    journal_numbers,
    now_iso,
    number_leases,
    number_series,
    orgs,
)

JOURNAL = "journal"  # the collection of journal entries
JOURNAL_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_LEASE = 200


def lease(conn: Connection, user: ServerUser, client_id: str, org: str, journal: str,
          count: int, request: str) -> dict[str, Any]:
    """A block of ``count`` numbers of ``org``'s ``journal`` for ``client_id``.

    ``request`` names the request: asking again with the same name (the first answer was
    lost on the way) gives the same block, so a bad link wastes no numbers."""
    if not JOURNAL_NAME.match(journal):
        raise AuthError(400, "a journal name is 1-40 lowercase letters, digits and _")
    if not 1 <= count <= MAX_LEASE:
        raise AuthError(400, f"a lease holds 1 to {MAX_LEASE} numbers")
    if not request or len(request) > 200:
        raise AuthError(400, "'request' must name the lease request (at most 200 characters)")
    if not user.sees(org):
        raise AuthError(403, f"{org} is outside your organisation's scope")
    if conn.execute(sa.select(orgs.c.path).where(orgs.c.path == org)).first() is None:
        raise AuthError(404, f"there is no organisation {org}")
    seen = conn.execute(sa.select(number_leases).where(
        number_leases.c.request == f"{client_id}/{request}")).first()
    if seen is not None:
        if (seen.org, seen.journal) != (org, journal):
            raise AuthError(409, "this lease request was made for another journal")
        return _answer(seen.org, seen.journal, seen.first, seen.last)
    query = sa.select(number_series.c.next).where(number_series.c.org == org,
                                                 number_series.c.journal == journal)
    if is_postgres(conn):
        query = query.with_for_update()
    first = conn.execute(query).scalar()
    if first is None:  # a race between two first leases ends in a retried IntegrityError
        first = 1
        conn.execute(number_series.insert().values(org=org, journal=journal,
                                                   next=first + count))
    else:
        conn.execute(number_series.update().where(number_series.c.org == org,
                                                  number_series.c.journal == journal)
                     .values(next=first + count))
    last = first + count - 1
    conn.execute(number_leases.insert().values(
        request=f"{client_id}/{request}", client_id=client_id, org=org, journal=journal,
        first=first, last=last, leased_at=now_iso()))
    return _answer(org, journal, first, last)


def _answer(org: str, journal: str, first: int, last: int) -> dict[str, Any]:
    return {"org": org, "journal": journal, "first": int(first), "last": int(last)}


def check_entry(conn: Connection, client_id: str, m: WireMutation,
                before: dict[str, Any] | None, after: dict[str, Any]) -> str | None:
    """None when the journal entry may be written as ``after``; else the reason."""
    if m.kind in ("delete", "command"):
        return "a journal entry is never deleted or acted on: the journal keeps every line"
    if before is not None:
        changed = {k for k, v in m.changes.items() if before.get(k) != v}
        if changed - {"number"} or before.get("number") is not None:
            return ("a journal entry cannot change once written; a correction is a new "
                    "entry that refers to it")
    journal, org = after.get("journal"), after.get("_org")
    if not isinstance(journal, str) or not JOURNAL_NAME.match(journal):
        return "a journal entry needs its journal's name"
    number = after.get("number")
    if number is None:
        if not after.get("provisional"):
            return "a journal entry needs a number or a provisional number"
        return None
    if not isinstance(number, int) or isinstance(number, bool) or number < 1:
        return "a journal number is a whole number from 1"
    leased = conn.execute(sa.select(number_leases.c.id).where(
        number_leases.c.org == org, number_leases.c.journal == journal,
        number_leases.c.client_id == client_id, number_leases.c.first <= number,
        number_leases.c.last >= number).limit(1)).first()
    if leased is None:
        return f"number {number} of the {journal} journal of {org} was not leased to this device"
    used = conn.execute(sa.select(journal_numbers.c.record_id).where(
        journal_numbers.c.org == org, journal_numbers.c.journal == journal,
        journal_numbers.c.number == number)).first()
    if used is not None:
        return f"number {number} of the {journal} journal of {org} is already used"
    conn.execute(journal_numbers.insert().values(org=org, journal=journal, number=number,
                                                 record_id=m.record_id, client_id=client_id))
    return None
