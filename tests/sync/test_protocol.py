"""Wire format: pages of changes survive the trip by columns exactly."""

from __future__ import annotations

import gzip
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.protocol import (
    ProtocolError,
    decode,
    pack,
    pack_changes,
    parse_sync_request,
    unpack_changes,
)

values = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                   st.text(max_size=20), st.lists(st.integers(), max_size=3))
names = st.sampled_from(["surname", "given_name", "_state", "_org", "pupils", "birth_date"])
events = st.fixed_dictionaries({
    "origin": st.text(min_size=1, max_size=10), "at": st.text(max_size=5),
    "hlc": st.text(max_size=5), "actor": st.text(max_size=5), "device": st.text(max_size=5),
    "kind": st.sampled_from(["created", "edited", "action"]),
    "detail": st.dictionaries(st.text(max_size=5), st.integers(), max_size=2)})
changes = st.lists(st.fixed_dictionaries(
    {"seq": st.integers(1, 10**9), "collection": st.sampled_from(["case", "student"]),
     "id": st.text(min_size=1, max_size=12)},
    optional={"data": st.dictionaries(names, values, max_size=6),
              "versions": st.dictionaries(names, st.integers(1, 10**9), max_size=3),
              "removed": st.just(True), "delta": st.just(True), "left_scope": st.just(True),
              "events": st.lists(events, min_size=1, max_size=3)}), max_size=12)


@given(changes)
def test_a_page_survives_packing_by_columns(page: list[dict]) -> None:
    wire = json.loads(json.dumps(pack_changes(page)))
    assert unpack_changes(wire) == page


def test_columns_compress_better_than_rows() -> None:
    rows = [{"seq": i, "collection": "case", "id": f"01a2-{i:06d}",
             "data": {"surname": f"Karimov{i % 7}", "birth_date": f"19{i % 90 + 10}-03-12",
                      "pinfl": f"3120380{i:07d}"}} for i in range(300)]
    by_rows = len(gzip.compress(json.dumps(rows).encode()))
    by_columns = len(gzip.compress(json.dumps(pack_changes(rows)).encode()))
    assert by_columns < by_rows


def test_a_malformed_page_is_a_protocol_error() -> None:
    with pytest.raises(ProtocolError):
        unpack_changes({"n": 2, "envelope": {"seq": [1]}, "has_data": [0, 0], "data": {},
                        "cleared": [], "event_counts": [0, 0], "events": {}})


def test_small_bodies_skip_gzip_and_large_ones_use_it() -> None:
    small, encoding = pack({"a": 1})
    assert encoding is None and decode(small, None) == {"a": 1}
    large, encoding = pack({"text": "Gʻafurov " * 200})
    assert encoding == "gzip" and decode(large, "gzip") == {"text": "Gʻafurov " * 200}


def test_requests_are_checked_before_anything_is_written() -> None:
    ok = {"schema_version": 1, "client_id": "c1", "hlc": "1795389359534-0000-c7", "cursor": 0,
          "mutations": [{"id": 1, "collection": "case", "record_id": "r1", "kind": "put",
                         "changes": {"surname": "x"}, "base": {}, "command": None,
                         "hlc": "1795389359534-0001-c7"}]}
    assert parse_sync_request(ok).mutations[0].changes == {"surname": "x"}
    for broken, words in [({"cursor": 2**63}, "out of range"),
                          ({"hlc": "tomorrow"}, "clock reading"),
                          ({"schema_version": 99}, "not supported"),
                          ({"client_id": "x" * 81}, "client_id")]:
        with pytest.raises(ProtocolError, match=words):
            parse_sync_request({**ok, **broken})


def test_large_pages_use_xz_when_accepted_and_bombs_are_refused() -> None:
    import lzma

    page = {"rows": [{"surname": f"Karimov{i}", "n": i} for i in range(2000)]}
    body, encoding = pack(page, accept="xz, gzip")
    assert encoding == "xz" and decode(body, "xz") == page
    body, encoding = pack(page)  # a peer that did not ask for xz
    assert encoding == "gzip" and decode(body, "gzip") == page
    bomb = lzma.compress(b"[" + b"0," * (5 * 1024 * 1024) + b"0]")
    with pytest.raises(ProtocolError, match="larger than"):
        decode(bomb, "xz")
    with pytest.raises(ProtocolError, match="not valid xz"):
        decode(b"not xz at all", "xz")
