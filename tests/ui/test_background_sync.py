"""Sync in the background: offline while the server is down, automatic when it is back."""

from __future__ import annotations

from casekit import CANDIDATE


def test_changes_wait_offline_and_go_when_the_server_answers(qtbot, server,
                                                            open_window) -> None:
    window = open_window("aziza", server, probe_seconds=2)
    qtbot.waitUntil(lambda: window.agent.state == "online", timeout=20_000)
    server.stop()

    # A case made while the server is down: kept, counted, and the window says offline.
    service = next(s for s in window.creatable if s.id == "candidate_nomination")
    window.new_case(service)
    form = window.case_view.form
    form.set_case({k: v for k, v in CANDIDATE.items() if k != "pinfl"})
    with qtbot.waitSignal(window.case_view.shown, timeout=10_000):
        window.case_view.save()
    qtbot.waitUntil(lambda: window.agent.state == "offline", timeout=40_000)
    qtbot.waitUntil(lambda: "1 to send" in window.pending_label.text(), timeout=10_000)
    assert "Offline" in window.online_label.text()
    assert window.case_view.isEnabled()  # the window never waits for the network

    # The server comes back: the next probe finds it and the change is sent by itself.
    server.start()
    with qtbot.waitSignal(window.agent.synced, timeout=30_000) as synced:
        pass
    assert synced.args[0].pushed >= 1
    qtbot.waitUntil(lambda: "0 to send" in window.pending_label.text(), timeout=10_000)
    assert window.case_view.case_id in server.records("case")
    sync_page = window.sync_page
    assert "Sent" in sync_page.log.toPlainText()
