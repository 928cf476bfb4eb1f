"""A bulk editor that is killed by tests/sync/test_crash.py at a random moment.

Writes through CaseDesk, the same path as a person's edit, and prints the mutation id of
each edit once its transaction has committed.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from app.core import demo_data
from app.core.cases import CaseDesk
from app.core.users import User
from sync.replica import Replica


def main(path: str, seed: int) -> None:
    rng = random.Random(seed)
    replica = Replica.open(Path(path))
    desk = CaseDesk(replica, User("writer", "uz.jizzakh.dec_3", ("secretary",)),
                    device=f"writer-{seed}")
    ids = [c.id for c in desk.list(limit=10_000)]
    print("ready", flush=True)
    while True:
        if len(ids) < 20 or rng.random() < 0.3:
            case = desk.new("candidate_nomination", demo_data.candidate_nomination_fields(rng))
            ids.append(case.id)
        else:
            desk.set(rng.choice(ids), {"review_notes": f"edit {rng.random()}",
                                       "constituency_number": rng.randint(1, 150)})
        print(replica.pending_count(), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
