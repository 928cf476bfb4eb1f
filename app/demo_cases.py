"""A few realistic cases in different states, for demonstrations and screenshots.

Made through :class:`app.core.cases.CaseDesk` like any edit, with small real files for the
attachments, so they sync, open and print like real work.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from app.core.cases import CaseDesk
from app.core.demo_data import candidate_nomination_fields
from app.profile import Profile

# How far along each demo nomination is: the secretary's actions only.
PATHS = [[], [], ["submit"], ["submit"], ["submit", "register"], ["submit", "register"],
         ["submit", "register"], [], ["submit"], ["submit", "register"]]


def _files(profile: Profile, folder: Path, rng: random.Random) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name in ("party_decision", "meeting_protocol", "consent"):
        path = folder / f"{name}.pdf"
        path.write_bytes(b"%PDF-1.4\n% " + name.encode() + b" " +
                         str(rng.random()).encode() + b"\n")
        out[name] = profile.blobs.add_file(path).to_json()
    return out


def populate(desk: CaseDesk, profile: Profile, *, seed: int = 7, count: int = 10) -> list[str]:
    """Nominations by ``desk``'s user (a secretary), drafts to registered; returns ids."""
    rng = random.Random(seed)
    ids = []
    for i in range(count):
        values = candidate_nomination_fields(rng)
        values = {k: v for k, v in values.items()
                  if not (isinstance(v, dict) and "sha256" in v)}
        values.pop("campaign", None)
        values["holds_incompatible_office"] = False
        values.update(_files(profile, profile.path / "demo-files" / str(i), rng))
        case = desk.new("candidate_nomination", values)
        for action in PATHS[i % len(PATHS)]:
            desk.act(case.id, action)
        ids.append(case.id)
    return ids
