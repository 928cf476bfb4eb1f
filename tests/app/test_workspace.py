"""The workspace the desktop client drives: inbox, lists, saving with files, conflicts."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from casekit import CANDIDATE, user

from app.core.cases import CaseError
from app.profile import Profile
from app.workspace import CaseQuery, Workspace


def _workspace(tmp_path: Path, name: str, *roles: str) -> Workspace:
    profile = Profile.open(tmp_path / name)
    profile.set_user(user(name, *roles))
    return Workspace(profile, profile.require_user())


@pytest.fixture
def ws(tmp_path: Path):
    w = _workspace(tmp_path, "aziza", "secretary")
    yield w
    w.close()


def test_inbox_lists_cases_waiting_for_my_role_most_urgent_first(ws: Workspace,
                                                                  tmp_path: Path) -> None:
    draft = ws.new_case("candidate_nomination", CANDIDATE)
    other = ws.new_case("candidate_nomination", {**CANDIDATE, "surname": "Karimova"})
    # The secretary acts on drafts; a member does not.
    assert {r.id for r in ws.inbox()} == {draft.id, other.id}
    member = Workspace(ws.profile, user("bobur", "member"))
    assert member.inbox() == []
    # Make one overdue: its deadline is in the past.
    yesterday = (datetime.now() - timedelta(days=1)).isoformat(timespec="minutes")
    with ws.profile.replica.write() as tx:
        rec = tx.get("case", other.id)
        tx.edit("case", other.id, {"review_notes": "late"},
                replace(rec.headline, due_at=yesterday), actor="aziza", device="pc",
                event_kind="edited")
    rows = ws.inbox()
    assert rows[0].id == other.id and rows[0].overdue
    assert not rows[1].overdue


def test_case_list_searches_filters_and_pages(ws: Workspace) -> None:
    for i in range(5):
        ws.new_case("candidate_nomination", {**CANDIDATE, "surname": f"Karimov{i}"})
    ws.new_case("candidate_nomination", {**CANDIDATE, "surname": "Gʻafurova"})
    assert len(ws.cases(CaseQuery())) == 6
    assert [r.title.split()[0] for r in ws.cases(CaseQuery(search="ғафур"))] == ["Gʻafurova"]
    page1 = ws.cases(CaseQuery(order="title"), 0, 4)
    page2 = ws.cases(CaseQuery(order="title"), 4, 4)
    assert len(page1) == 4 and len(page2) == 2
    assert not {r.id for r in page1} & {r.id for r in page2}
    assert ws.cases(CaseQuery(state="registered")) == []
    assert ws.cases(CaseQuery(deadline="overdue")) == []


def test_saving_a_picked_file_stores_it_and_a_refusal_leaves_nothing(ws: Workspace,
                                                                     tmp_path: Path) -> None:
    case = ws.new_case("candidate_nomination", CANDIDATE)
    scan = tmp_path / "decision.pdf"
    scan.write_bytes(b"%PDF-1.4 party decision")
    saved = ws.save(case.id, {"party_decision": {"path": str(scan), "name": "decision.pdf",
                                                 "size": scan.stat().st_size}})
    value = saved.values["party_decision"]
    assert value["name"] == "decision.pdf" and ws.attachment_path(value["sha256"]).is_file()
    before = ws.profile.blobs.stored()
    other = tmp_path / "consent.pdf"
    other.write_bytes(b"%PDF-1.4 consent")
    with pytest.raises(CaseError):
        ws.save(case.id, {"consent": {"path": str(other), "name": "consent.pdf", "size": 16},
                          "pinfl": "12345678901234"})
    assert ws.profile.blobs.stored() == before


def test_open_case_lists_actions_with_reasons_and_freezes_decided(ws: Workspace) -> None:
    case = ws.new_case("candidate_nomination", CANDIDATE)
    detail = ws.open_case(case.id)
    submit = next(c for c in detail.actions if c.action.id == "submit")
    assert not submit.allowed and any("needs" in r for r in submit.reasons)
    assert detail.frozen_reason is None
    assert [e.kind for e in detail.history] == ["created"]
