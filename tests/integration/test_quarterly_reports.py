"""Three districts submit their quarterly reports through a real server; the province pulls
them and its report is their sum, row by row — and what its own copy of the sessions says."""

from __future__ import annotations

import random

from serverkit import Device, Server

from app.core.movement import case_values, load_targets, quarterly_report
from app.demo import DEMO_PASSWORD
from sync.server import admin

PROVINCE = "uz.jizzakh"
DISTRICTS = {"shahlo": "uz.jizzakh.jizzakh_city", "zafar": "uz.jizzakh.zarbdor",
             "gulnora": "uz.jizzakh.gallaorol"}
AUDIENCES = ("officials", "students", "adults", "enterprise_workers", "community_team")


def records(device: Device) -> list:
    return device.replica.list("case", limit=100_000)


def hold_sessions(device: Device, rng: random.Random, count: int) -> None:
    for _ in range(count):
        case = device.desk.new("training_session", {
            "date": f"2025-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}",
            "format": "online", "sites": rng.randint(1, 30), "topic": "Raqamli savodxonlik",
            "organiser": "Tuman ishchi guruhi", "participants": rng.randint(10, 200),
            "audience": rng.sample(AUDIENCES, rng.randint(1, 3)),
            "hours": rng.choice((1, 1.5, 2, 3))})
        device.desk.act(case.id, "report")


def test_three_districts_submit_and_the_province_adds_them_up(server: Server,
                                                                devices) -> None:
    for name, org in (("zarbdor", "uz.jizzakh.zarbdor"), ("gallaorol", "uz.jizzakh.gallaorol")):
        admin.add_org(server.engine, org, "education_department", f"{name} tumani")
    for user, org in (("zafar", DISTRICTS["zafar"]), ("gulnora", DISTRICTS["gulnora"]),
                      ("olim", PROVINCE)):
        admin.add_user(server.engine, user, org, ["inspector"], DEMO_PASSWORD, user.title())
    targets = load_targets()
    rng = random.Random(2025)
    submitted = {}
    for user, org in DISTRICTS.items():
        district = devices(user)
        hold_sessions(district, rng, 6)
        report = quarterly_report(records(district), org, 2025, 2, targets)
        case = district.desk.new("quarterly_report", case_values(report), org=org)
        district.desk.act(case.id, "submit")
        sync = district.sync()
        assert sync.rejections == [], sync.rejections
        submitted[org] = report
        # A district sees its own sessions only, never the other districts'.
        assert {r.data["_org"] for r in records(district)} == {org}
    province_pc = devices("olim")
    assert province_pc.sync().rejections == []
    province = quarterly_report(records(province_pc), PROVINCE, 2025, 2, targets)
    assert province.source == "submitted" and province.missing == ()
    assert sorted(p.org for p in province.parts) == sorted(DISTRICTS.values())
    parts = list(submitted.values())
    for row in province.rows:
        mine = [p.row(row.indicator.id) for p in parts]
        assert row.target == sum(r.target for r in mine)
        assert row.achieved == sum(r.achieved for r in mine)
        assert row.cumulative == sum(r.cumulative for r in mine)
        assert row.percent == round(100 * row.cumulative / row.target, 1)
    assert province.sessions == sum(p.sessions for p in parts) > 0
    # The province's copy of the sessions gives the same numbers as the submitted reports.
    fresh = quarterly_report(records(province_pc), PROVINCE, 2025, 2, targets,
                             from_sessions=True)
    assert [(r.target, r.achieved, r.cumulative) for r in fresh.rows] == \
        [(r.target, r.achieved, r.cumulative) for r in province.rows]
