"""Attachments: uploaded after their records, resumable, fetched on demand, within scope."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import requests
from serverkit import Device, Server

from sync.server.blobs import MAX_BLOB_BYTES

STUDENT = {"surname": "Karimov", "given_name": "Ali", "birth_date": "2015-05-01",
           "gender": "male"}


def scan(tmp_path: Path, name: str, size: int) -> Path:
    path = tmp_path / name
    path.write_bytes(os.urandom(size))
    return path


def token(device: Device) -> dict[str, str]:
    return {"Authorization": f"Bearer {device.client._access_token()}"}


def test_files_follow_their_records_and_are_fetched_on_demand(server: Server, devices,
                                                              tmp_path: Path) -> None:
    aziza, bobur = devices("aziza"), devices("bobur")
    consent = aziza.profile.blobs.add_file(scan(tmp_path, "rozilik.pdf", 700_000))
    protocol = aziza.profile.blobs.add_file(scan(tmp_path, "bayonnoma.pdf", 20_000))
    case = aziza.desk.new("candidate_nomination", {
        "surname": "Karimov", "consent": consent.to_json(),
        "meeting_protocol": protocol.to_json()})
    report = aziza.sync()
    assert report.files_uploaded == 2 and aziza.replica.queued_blobs() == []
    bobur.sync()
    assert not bobur.profile.blobs.has(consent.sha256)  # records come without their files
    value = bobur.desk.get(case.id).values["consent"]
    bobur.client.download(value["sha256"])
    assert bobur.profile.blobs.path_of(consent.sha256).read_bytes() == \
        aziza.profile.blobs.path_of(consent.sha256).read_bytes()


def test_an_interrupted_upload_continues_where_it_stopped(server: Server, devices,
                                                          tmp_path: Path) -> None:
    aziza = devices("aziza")
    ref = aziza.profile.blobs.add_file(scan(tmp_path, "skan.pdf", 600_000))
    aziza.desk.new("candidate_nomination", {"surname": "Karimov", "consent": ref.to_json()})
    data = aziza.profile.blobs.path_of(ref.sha256).read_bytes()
    first = 256 * 1024  # the link broke after one chunk
    answer = requests.put(f"{server.url}/v1/blobs/{ref.sha256}",
                          params={"offset": 0, "size": ref.size}, data=data[:first],
                          headers=token(aziza), timeout=30)
    assert answer.status_code == 200 and answer.json()["received"] == first
    report = aziza.sync()
    assert report.files_uploaded == 1
    assert report.bytes_sent < len(data)  # the first chunk was not sent again
    status = requests.get(f"{server.url}/v1/blobs/{ref.sha256}/status", headers=token(aziza),
                          timeout=30).json()
    assert status == {"sha256": ref.sha256, "size": ref.size, "received": ref.size,
                      "complete": True}


def test_wrong_offsets_content_and_sizes_are_refused(server: Server, devices) -> None:
    aziza = devices("aziza")
    data = os.urandom(1000)
    sha = hashlib.sha256(data).hexdigest()
    url = f"{server.url}/v1/blobs/{sha}"
    too_big = requests.put(url, params={"offset": 0, "size": MAX_BLOB_BYTES + 1},
                           data=data, headers=token(aziza), timeout=30)
    assert too_big.status_code == 413 and "25 MB" in too_big.json()["error"]
    gap = requests.put(url, params={"offset": 500, "size": 1000}, data=data[500:],
                       headers=token(aziza), timeout=30)
    assert gap.status_code == 409 and "send from there" in gap.json()["error"]
    forged = requests.put(url, params={"offset": 0, "size": 1000}, data=os.urandom(1000),
                          headers=token(aziza), timeout=30)
    assert forged.status_code == 422
    status = requests.get(f"{url}/status", headers=token(aziza), timeout=30).json()
    assert status["received"] == 0 and not status["complete"]  # nothing half-kept
    bad_name = requests.get(f"{server.url}/v1/blobs/not-a-hash/status",
                            headers=token(aziza), timeout=30)
    assert bad_name.status_code == 400
    anonymous = requests.get(f"{url}/status", timeout=30)
    assert anonymous.status_code == 401


def test_a_school_cannot_fetch_another_schools_file(server: Server, devices,
                                                    tmp_path: Path) -> None:
    malika, nodira, rustam = devices("malika"), devices("nodira"), devices("rustam")
    certificate = malika.profile.blobs.add_file(scan(tmp_path, "spravka.jpg", 5000))
    pupil = malika.desk.new("student", STUDENT)
    malika.desk.new("attendance_sheet", {"date": "2026-11-20", "pupils": [
        {"student": pupil.id, "status": "absent_excused", "reason": "health",
         "certificate": certificate.to_json()}]})  # a row of a repeat group names the file
    assert malika.sync().files_uploaded == 1
    url = f"{server.url}/v1/blobs/{certificate.sha256}"
    mine = malika.profile.blobs.path_of(certificate.sha256).read_bytes()
    assert requests.get(url, headers=token(rustam), timeout=30).content == mine  # same school
    refused = requests.get(url, headers=token(nodira), timeout=30)  # another school
    assert refused.status_code == 404 and refused.content != mine
