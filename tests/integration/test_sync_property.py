"""Property: whatever the order of offline edits, actions and flaky syncs, nothing is lost.

3–5 devices of one commission edit the same cases offline, take workflow actions, resolve
conflicts and sync in random orders through a transport that drops requests, drops
responses after the server acted, and sends requests twice. After everyone syncs on a good
link:

- every replica equals the server (cases and conflicts);
- every mutation was applied exactly once: each (client, mutation id) is either one history
  event on the server or one recorded refusal, and the ledger reached the last id;
- no edit vanished: each value someone typed is in the server's history of that field, in a
  conflict record, or in its author's refused list.
"""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path
from typing import Any

import requests
import sqlalchemy as sa
from casekit import CANDIDATE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from requests.adapters import HTTPAdapter
from serverkit import Device, Server

from app.core.cases import CaseError
from app.core.conflicts import open_conflicts, resolve

USERS = ["aziza", "kamola", "bobur", "dilshod", "aziza"]  # two PCs of one secretary
FIELDS = ["position", "workplace", "profession", "party_body", "residence_district"]
ACTIONS = ["submit", "register", "start_review", "return_for_correction", "resubmit",
           "register_candidate", "refuse"]
DOC = {"sha256": "a" * 64, "name": "scan.pdf", "size": 1000, "mime": "application/pdf"}


class FlakyLink(HTTPAdapter):
    """Loses requests, loses responses after the server acted, or delivers twice."""

    def __init__(self, rng: random.Random, loss: float) -> None:
        super().__init__()
        self.rng, self.loss, self.healthy = rng, loss, False

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        fate = "ok" if self.healthy else self.rng.choices(
            ["ok", "drop_request", "drop_response", "twice"],
            [1 - self.loss, self.loss / 3, self.loss / 3, self.loss / 3])[0]
        if fate == "drop_request":
            raise requests.ConnectionError("the request was lost")
        if fate == "twice":
            first = super().send(request, **kwargs)
            first.raw.read()
        response = super().send(request, **kwargs)
        if fate == "drop_response":
            response.raw.read()
            raise requests.ConnectionError("the response was lost")
        return response


_run = itertools.count()


@settings(max_examples=8, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data(), n_devices=st.integers(3, 5), loss=st.sampled_from([0.0, 0.2, 0.4]))
def test_no_edit_is_lost_and_every_mutation_applies_once(server: Server, tmp_path: Path,
                                                         data: st.DataObject, n_devices: int,
                                                         loss: float) -> None:
    root = tmp_path / f"run{next(_run)}"
    devices = [Device(root / str(i), server, USERS[i]) for i in range(n_devices)]
    rng = random.Random(data.draw(st.integers(0, 2**32 - 1), label="link seed"))
    links = []
    for device in devices:
        link = FlakyLink(rng, loss)
        device.client.http.mount("http://", link)
        device.client.retries, device.client.backoff_s = 30, 0.0
        links.append(link)
    try:
        cases = [devices[0].desk.new("candidate_nomination",
                                     {**CANDIDATE, "party_decision": DOC,
                                      "meeting_protocol": DOC, "consent": DOC}).id
                 for _ in range(2)]
        for device in devices:
            device.sync()
            device.sync()
        # (device, case, field, value, client id, mutation id, base version)
        typed: list[tuple[Device, str, str, str, str, int, int]] = []
        counter = itertools.count()
        steps = data.draw(st.lists(st.tuples(
            st.sampled_from(["edit", "edit", "act", "sync", "resolve"]),
            st.integers(0, n_devices - 1), st.integers(0, 1), st.sampled_from(FIELDS),
            st.sampled_from(ACTIONS)), min_size=8, max_size=30), label="steps")
        for op, who, which, field, action in steps:
            device, case = devices[who], cases[which]
            try:
                if op == "edit":
                    value = f"{field}-{next(counter)}"
                    device.desk.set(case, {field: value})
                    made = device.replica.pending_mutations()[-1]
                    typed.append((device, case, field, value, device.replica.client_id,
                                  made.mutation_id, made.base[field]))
                elif op == "act":
                    extra = {"correction_notes": "tuzating"} if action == \
                        "return_for_correction" else {"refusal_reason": "rad"} \
                        if action == "refuse" else {}
                    device.desk.act(case, action, extra)
                elif op == "sync":
                    device.sync()
                elif op == "resolve":
                    conflicts = open_conflicts(device.desk)
                    if conflicts:
                        resolve(device.desk, conflicts[0].id, rng.choice(["mine", "theirs"]))
            except CaseError:
                pass  # refused locally (frozen case, wrong role): nothing was written

        # quiescence on a good link
        for link in links:
            link.healthy = True
        for _ in range(3):
            for device in devices:
                device.sync()
        assert all(d.replica.pending_count() == 0 for d in devices)

        # 1. every replica equals the server
        for collection in ("case", "conflict"):
            expected = server.records(collection)
            for device in devices:
                assert device.records(collection) == expected, (device.name, collection)

        with server.engine.connect() as conn:
            origins = {r[0] for r in conn.execute(sa.text("SELECT origin FROM events"))}
            refused = {(r[0], int(r[1])) for r in conn.execute(
                sa.text("SELECT client_id, mutation_id FROM rejections"))}
            ledger = dict(conn.execute(sa.text(
                "SELECT client_id, last_mutation_id FROM clients")).all())
            history = {r[0]: (int(r[1]), json.loads(r[2])) for r in conn.execute(sa.text(
                "SELECT origin, seq, detail FROM events WHERE collection = 'case'"))}
        # 2. exactly once
        for device in devices:
            client = device.replica.client_id
            made = int(device.replica.meta("acked_mutation_id") or 0)
            assert ledger[client] == made
            for mid in range(1, made + 1):
                applied = f"{client}:{mid}" in origins
                assert applied != ((client, mid) in refused), (client, mid)
        # 3. no edit vanished
        conflict_values = {json.dumps(v.get(k)) for v in server.records("conflict").values()
                           for k in ("server_value", "incoming_value")}
        history_values = {json.dumps(new) for _, detail in history.values()
                          for old, new in detail.get("changes", {}).values()}
        for device, case, field, value, *_ in typed:
            kept = {json.dumps(r["changes"].get(field)) for r in device.replica.rejected()}
            assert json.dumps(value) in history_values | conflict_values | kept, \
                (device.name, case, field, value)
        # 4. no blind overwrite: an edit that was applied never replaced another client's
        # value that arrived after the version the editor had seen (that is a conflict).
        landed = {}
        for _, _, field, _, client, mid, _ in typed:
            seq, detail = history.get(f"{client}:{mid}", (None, {}))
            if field in detail.get("changes", {}):
                landed[(client, mid)] = seq
        for _, case, field, value, client, mid, base in typed:
            if (client, mid) not in landed:
                continue
            for _, case2, field2, value2, client2, mid2, _ in typed:
                other = landed.get((client2, mid2))
                if (case2, field2) == (case, field) and client2 != client and \
                        other is not None and base < other < landed[(client, mid)] and \
                        value2 != value:
                    raise AssertionError(f"{value} overwrote {value2} unseen")
    finally:
        for device in devices:
            device.close()
