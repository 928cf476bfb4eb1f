"""The server as a deployment: OpenAPI, stateless processes, clamped clocks."""

from __future__ import annotations

import json

import pytest
import requests
import sqlalchemy as sa
from serverkit import Server, free_port, start_process

from sync import hlc


def test_openapi_and_health(server: Server) -> None:
    spec = requests.get(f"{server.url}/openapi.json", timeout=10).json()
    for path in ("/v1/sync", "/v1/auth/login", "/v1/auth/refresh", "/v1/auth/logout",
                 "/v1/blobs/{sha256}", "/healthz"):
        assert path in spec["paths"], path
    health = requests.get(f"{server.url}/healthz", timeout=10).json()
    assert health["ok"] is True and health["schema_version"] >= 1


def test_two_server_processes_on_one_database_behave_as_one(server: Server, devices) -> None:
    if not server.db_url.startswith("postgresql"):
        pytest.skip("several server processes share a PostgreSQL database")
    port = free_port()
    second = start_process(server.db_url, port)
    try:
        aziza, kamola = devices("aziza"), devices("kamola")
        other = f"http://127.0.0.1:{port}"
        kamola.client.url = other  # each PC talks to a different process
        case = aziza.desk.new("candidate_nomination", {"surname": "Karimov"})
        aziza.sync()
        kamola.sync()
        assert kamola.desk.get(case.id).values["surname"] == "Karimov"
        kamola.client._access = None
        kamola.client._refresh()  # a refresh token issued by one process works on the other
        kamola.desk.set(case.id, {"position": "rektor"})
        kamola.sync()
        aziza.sync()
        assert aziza.desk.get(case.id).values["position"] == "rektor"
        # failed sign-ins count across processes
        for url in [server.url, other] * 3:
            requests.post(f"{url}/v1/auth/login", json={
                "user": "bobur", "password": "wrong-password", "client_id": "x1"}, timeout=10)
        locked = requests.post(f"{other}/v1/auth/login", json={
            "user": "bobur", "password": "daftar-demo", "client_id": "x1"}, timeout=10)
        assert locked.status_code == 429
    finally:
        second.terminate()
        second.wait(timeout=10)


def test_a_clock_far_in_the_future_is_clamped(server: Server, devices) -> None:
    aziza = devices("aziza")
    future = hlc.Timestamp(4_000_000_000_000, 0, "pc")  # the year 2096
    aziza.replica.set_meta("hlc", str(future))
    case = aziza.desk.new("candidate_nomination", {"surname": "Karimov"})
    aziza.sync()
    with server.engine.connect() as conn:
        stamps = [hlc.Timestamp.parse(r[0]) for r in conn.execute(
            sa.text("SELECT hlc FROM events WHERE record_id = :r"), {"r": case.id})]
    now_ms = hlc.tick(None, "test").wall_ms
    assert stamps and all(s.wall_ms <= now_ms + 60_000 for s in stamps)
    details = json.dumps([str(s) for s in stamps])
    assert "4000000000000" not in details
