"""Replica benchmark: writing cases the way a user does, and searching them as people type.

Prints one JSON object:

- ``cases_per_s``: candidate_nomination cases (~30 realistic fields each) created through
  ``CaseDesk.new`` — validation, record, history event and outbox row in one durable
  (synchronous=FULL) transaction per case, exactly the path of a user's edit;
- ``search_p50_ms`` / ``search_p95_ms``: full-text searches of 1–2 words typed as prefixes of
  names, places and identifiers over all those cases, each returning the first 50 rows
  ready to display (target p95 <= 30 ms);
- ``bytes_per_case``: replica file size after a WAL checkpoint, divided by the cases.

Usage: ``python bench/replica.py [--cases 100000] [--queries 400] [--keep DIR]``
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from app.core import demo_data
from app.core.cases import CaseDesk
from app.core.users import User
from sync.replica import Replica


def typed_queries(rng: random.Random, cases: list[dict], count: int) -> list[str]:
    """What people type into the search box: beginnings of names, places, identifiers."""
    queries = []
    for _ in range(count):
        case = rng.choice(cases)
        kind = rng.random()
        if kind < 0.45:
            word = case["surname"]
            queries.append(word[: rng.randint(2, max(2, len(word)))])
        elif kind < 0.7:
            surname, given = case["surname"], case["given_name"]
            queries.append(f"{surname[: rng.randint(3, 6)]} {given[: rng.randint(2, 4)]}")
        elif kind < 0.85:
            queries.append(case["pinfl"][: rng.randint(4, 14)])
        else:
            word = case.get("residence_district") or case["workplace"]
            queries.append(word.split()[0][: rng.randint(3, 8)])
    return queries


def run(n_cases: int, n_queries: int, folder: Path, seed: int = 20261122) -> dict:
    rng = random.Random(seed)
    replica = Replica.open(folder / Replica.FILE_NAME)
    secretary = User("bench", "uz.jizzakh.dec_3", ("secretary",))
    desk = CaseDesk(replica, secretary, device="bench")
    campaign = desk.new("campaign", demo_data.campaign_fields(rng)).id
    values = [demo_data.candidate_nomination_fields(rng, campaign_id=campaign)
              for _ in range(n_cases)]

    started = time.perf_counter()
    for fields in values:
        desk.new("candidate_nomination", fields)
    write_s = time.perf_counter() - started

    search_ms = []
    hits = []
    for query in typed_queries(rng, values, n_queries):
        t0 = time.perf_counter()
        found = desk.list(search=query, limit=50)
        search_ms.append((time.perf_counter() - t0) * 1000)
        hits.append(len(found))

    replica._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = replica.path.stat().st_size
    replica.close()
    search_ms.sort()
    return {
        "cases": n_cases,
        "fields_per_case": round(statistics.mean(len(v) for v in values), 1),
        "cases_per_s": round(n_cases / write_s, 1),
        "write_s": round(write_s, 1),
        "search_queries": n_queries,
        "search_p50_ms": round(statistics.median(search_ms), 2),
        "search_p95_ms": round(search_ms[int(0.95 * (len(search_ms) - 1))], 2),
        "search_max_ms": round(search_ms[-1], 2),
        "search_empty_results": sum(1 for h in hits if h == 0),
        "bytes_per_case": round(size / n_cases),
        "replica_mb": round(size / 1e6, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--keep", metavar="DIR", help="keep the replica in DIR")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="daftar-bench-"))
    try:
        print(json.dumps(run(args.cases, args.queries, folder)))
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
