"""Demo organisations and users for a central database (``daftar admin seed-demo``).

One region with a district election commission and three schools under the city education
department. Every demo user's password is DEMO_PASSWORD — for demonstrations and tests only.
"""

from __future__ import annotations

from sqlalchemy.engine import Engine

from sync.server import admin
from sync.server.auth import hash_password

DEMO_PASSWORD = "daftar-demo"

ORGS = [
    ("uz", "country", "Oʻzbekiston Respublikasi"),
    ("uz.jizzakh", "region", "Jizzax viloyati"),
    ("uz.jizzakh.dec_3", "district_election_commission", "3-son Jizzax okrug saylov komissiyasi"),
    ("uz.jizzakh.jizzakh_city", "education_department", "Jizzax shahar maktabgacha va maktab "
                                                        "taʼlimi boʻlimi"),
    ("uz.jizzakh.jizzakh_city.school_5", "school", "5-son umumiy oʻrta taʼlim maktabi"),
    ("uz.jizzakh.jizzakh_city.school_12", "school", "12-son umumiy oʻrta taʼlim maktabi"),
    ("uz.jizzakh.jizzakh_city.school_21", "school", "21-son umumiy oʻrta taʼlim maktabi"),
]

USERS = [
    ("aziza", "uz.jizzakh.dec_3", ["secretary"], "Aziza Karimova"),
    ("bobur", "uz.jizzakh.dec_3", ["member"], "Bobur Toshmatov"),
    ("dilshod", "uz.jizzakh.dec_3", ["chair"], "Dilshod Rahimov"),
    ("kamola", "uz.jizzakh.dec_3", ["deputy_chair"], "Kamola Yusupova"),
    ("malika", "uz.jizzakh.jizzakh_city.school_12", ["teacher"], "Malika Ergasheva"),
    ("rustam", "uz.jizzakh.jizzakh_city.school_12", ["director"], "Rustam Qodirov"),
    ("nodira", "uz.jizzakh.jizzakh_city.school_5", ["school_secretary", "teacher"],
     "Nodira Saidova"),
    ("javlon", "uz.jizzakh.jizzakh_city.school_21", ["director"], "Javlon Hamidov"),
    ("shahlo", "uz.jizzakh.jizzakh_city", ["inspector"], "Shahlo Mirzayeva"),
]


def seed_demo(engine: Engine) -> tuple[int, int]:
    """Add the demo organisations and users that are missing; returns how many of each."""
    known = {o["path"] for o in admin.list_orgs(engine)}
    hashed = hash_password(DEMO_PASSWORD)  # one Argon2 hash (and salt) for every demo user
    orgs = users = 0
    for path, kind, name in ORGS:
        if path not in known:
            admin.add_org(engine, path, kind, name)
            orgs += 1
    for name, org, roles, full_name in USERS:
        try:
            admin.add_user(engine, name, org, roles, None, full_name, password_hash=hashed)
            users += 1
        except admin.AdminError as exc:
            if "already exists" not in str(exc):
                raise
    return orgs, users
