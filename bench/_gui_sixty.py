"""A 60-field service for bench/gui.py: a complaint to a district election commission.

Seven sections of mixed field types — text, long text, numbers, dates and times, choices,
yes/no, a PINFL, a reference to the campaign, attachments, computed and conditional fields
— and a repeat group of witnesses (60 fields at the top level, 4 more in each witness row).
:func:`definition` builds it as JSON (valid against resources/schema/service.schema.json);
:func:`complaint_fields` makes the values of one realistic case, drawing the complainant
from :mod:`app.core.demo_data` like the candidates of the other benchmarks.
"""

from __future__ import annotations

import datetime
import random
from typing import Any

SERVICE_ID = "bench_sixty"

_REGIONS = ("karakalpakstan", "andijan", "bukhara", "jizzakh", "kashkadarya", "navoi",
            "namangan", "samarkand", "surkhandarya", "syrdarya", "tashkent_region", "fergana",
            "khorezm", "tashkent_city")
_KINDS = ("citizen", "observer", "party", "candidate")
_INCIDENTS = ("campaigning", "list_error", "ballot_stuffing", "observer_barred",
              "secrecy", "counting", "other")
_EVIDENCE = ("photo", "video", "document", "testimony")
_URGENCY = ("normal", "urgent", "election_day")
_LANGS = ("uz", "ru", "kaa")
_FINDINGS = ("founded", "partly_founded", "unfounded", "not_competent")
_WITNESS_ROLES = ("voter", "observer", "commission_member", "agent")

_SUBJECTS = (
    "Saylov uchastkasi yonida tashviqot olib borildi",
    "Saylovchilar roʻyxatida xatolik",
    "Kuzatuvchi uchastkaga kiritilmadi",
    "Ovoz berish sirligi buzildi",
    "Агитация у избирательного участка в день голосования",
    "Ошибка в списке избирателей",
    "Наблюдателя не допустили на участок",
    "Сайлов участкаси ёнида ташвиқот олиб борилди",
)
_SENTENCES = (
    "Soat 9:30 da uchastka kirish qismida nomzod nomidan varaqalar tarqatildi.",
    "Uchastka komissiyasi raisi murojaatni qabul qilishdan bosh tortdi.",
    "Roʻyxatda oilamizning ikki aʼzosi yoʻq, ular avval shu uchastkada ovoz bergan.",
    "В 10:15 у входа раздавались листовки кандидата, члены комиссии не вмешались.",
    "Председатель участковой комиссии отказался принять письменное заявление.",
    "Кабина для голосования стояла так, что бюллетень было видно со стороны стола.",
    "Кузатувчига баённома нусхаси берилмади.",
)


def _label(en: str, uz: str, ru: str) -> dict[str, str]:
    return {"en": en, "uz-Latn": uz, "ru": ru}


def _choices(values: tuple[str, ...]) -> list[dict[str, Any]]:
    return [{"value": v, "label": _label(v.replace("_", " ").capitalize(),
                                         v.replace("_", " "), v.replace("_", " "))}
            for v in values]


def _f(fid: str, kind: str, en: str, uz: str, ru: str, **extra: Any) -> dict[str, Any]:
    field = {"id": fid, "type": kind, "label": _label(en, uz, ru), **extra}
    if kind in ("choice", "multi_choice") and "choices" not in field:
        raise ValueError(f"{fid} needs choices")
    return field


def _section(sid: str, en: str, uz: str, ru: str, fields: list[dict[str, Any]]
             ) -> dict[str, Any]:
    return {"id": sid, "label": _label(en, uz, ru), "fields": fields}


def definition() -> dict[str, Any]:
    """The service definition (JSON) of the 60-field complaint."""
    sections = [
        _section("applicant", "Applicant", "Murojaatchi", "Заявитель", [
            _f("surname", "text", "Surname", "Familiyasi", "Фамилия", required=True,
               max_length=60),
            _f("given_name", "text", "Given name", "Ismi", "Имя", required=True, max_length=60),
            _f("patronymic", "text", "Patronymic", "Otasining ismi", "Отчество", max_length=60),
            _f("full_name", "text", "Full name", "F.I.Sh.", "Ф.И.О.",
               calculate="concat(${surname}, ' ', ${given_name}, "
                         "if(${patronymic}, concat(' ', ${patronymic}), ''))"),
            _f("birth_date", "date", "Date of birth", "Tugʻilgan sanasi", "Дата рождения",
               max="today", constraint="age(.) >= 18"),
            _f("age", "integer", "Age", "Yoshi", "Возраст", calculate="age(${birth_date})"),
            _f("gender", "choice", "Sex", "Jinsi", "Пол", choices=_choices(("male", "female"))),
            _f("pinfl", "pinfl", "PINFL", "JShShIR", "ПИНФЛ", required=True),
            _f("passport", "text", "Passport", "Pasport", "Паспорт",
               pattern="[A-Z]{2}[0-9]{7}"),
            _f("phone", "text", "Phone", "Telefon", "Телефон", pattern="\\+998[0-9]{9}"),
            _f("email", "text", "E-mail", "E-pochta", "Эл. почта",
               pattern="[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}"),
            _f("applicant_kind", "choice", "Applicant is", "Murojaatchi", "Заявитель",
               required=True, choices=_choices(_KINDS)),
        ]),
        _section("address", "Address", "Manzil", "Адрес", [
            _f("region", "choice", "Region", "Viloyat", "Регион", choices=_choices(_REGIONS)),
            _f("district", "text", "District or city", "Tuman yoki shahar", "Район или город",
               max_length=100),
            _f("mahalla", "text", "Mahalla", "Mahalla", "Махалля", max_length=100),
            _f("street", "text", "Street", "Koʻcha", "Улица", max_length=200),
            _f("house", "integer", "House", "Uy", "Дом", min=1, max=999),
            _f("apartment", "integer", "Apartment", "Xonadon", "Квартира", min=1, max=999),
            _f("postal_code", "text", "Postal code", "Pochta indeksi", "Индекс",
               pattern="[0-9]{6}"),
            _f("lives_abroad", "yes_no", "Lives abroad", "Chet elda yashaydi",
               "Проживает за рубежом"),
        ]),
        _section("election", "Election", "Saylov", "Выборы", [
            _f("campaign", "reference", "Campaign", "Saylov kampaniyasi", "Кампания",
               register="campaign"),
            _f("constituency_number", "integer", "Constituency", "Okrug", "Округ", min=1,
               max=999),
            _f("polling_station", "integer", "Polling station", "Saylov uchastkasi",
               "Избирательный участок", min=1, max=9999),
            _f("station_address", "text", "Station address", "Uchastka manzili",
               "Адрес участка", max_length=300),
            _f("incident_at", "datetime", "When it happened", "Qachon sodir boʻldi",
               "Когда произошло", required=True),
            _f("reported_at", "datetime", "Reported at", "Xabar berilgan vaqt", "Сообщено"),
            _f("incident_kind", "multi_choice", "What happened", "Nima sodir boʻldi",
               "Что произошло", choices=_choices(_INCIDENTS)),
            _f("observers_present", "yes_no", "Observers present", "Kuzatuvchilar bor edi",
               "Наблюдатели присутствовали"),
            _f("observers_count", "integer", "How many observers", "Kuzatuvchilar soni",
               "Сколько наблюдателей", min=1, max=50, relevant="${observers_present}"),
            _f("ballots_affected", "integer", "Ballots affected", "Taʼsirlangan byulletenlar",
               "Затронуто бюллетеней", min=0, max=100000),
        ]),
        _section("complaint", "Complaint", "Shikoyat", "Жалоба", [
            _f("subject", "text", "Subject", "Mavzu", "Тема", required=True, max_length=200),
            _f("description", "long_text", "What happened, in detail", "Batafsil",
               "Подробно", max_length=4000),
            _f("demands", "long_text", "What the applicant asks", "Talablar", "Требования",
               max_length=2000),
            _f("previous_complaint", "yes_no", "Complained before", "Avval murojaat qilgan",
               "Обращался ранее"),
            _f("previous_number", "text", "Previous complaint number", "Avvalgi raqam",
               "Номер прежней жалобы", relevant="${previous_complaint}", max_length=30),
            _f("previous_date", "date", "Previous complaint date", "Avvalgi sana",
               "Дата прежней жалобы", relevant="${previous_complaint}", max="today"),
            _f("urgency", "choice", "Urgency", "Shoshilinchlik", "Срочность",
               choices=_choices(_URGENCY)),
            _f("language", "choice", "Language of the complaint", "Murojaat tili",
               "Язык жалобы", choices=_choices(_LANGS)),
            _f("damage_estimate", "decimal", "Damage (million soʻm)", "Zarar (mln soʻm)",
               "Ущерб (млн сумов)", min=0),
            _f("hearing_requested", "yes_no", "Asks to be heard", "Eshitilishni soʻraydi",
               "Просит заслушать"),
        ]),
        _section("witnesses", "Witnesses and evidence", "Guvohlar va dalillar",
                 "Свидетели и доказательства", [
            _f("witnesses", "repeat", "Witnesses", "Guvohlar", "Свидетели", max_rows=20,
               fields=[
                   _f("name", "text", "Name", "F.I.Sh.", "Ф.И.О.", required=True,
                      max_length=120),
                   _f("phone", "text", "Phone", "Telefon", "Телефон",
                      pattern="\\+998[0-9]{9}"),
                   _f("role", "choice", "Role", "Maqomi", "Роль",
                      choices=_choices(_WITNESS_ROLES)),
                   _f("statement", "long_text", "Statement", "Bayonot", "Показания",
                      max_length=2000),
               ]),
            _f("witness_count", "integer", "Witnesses", "Guvohlar soni", "Число свидетелей",
               calculate="count(${witnesses})"),
            _f("evidence_kind", "multi_choice", "Evidence", "Dalillar", "Доказательства",
               choices=_choices(_EVIDENCE)),
            _f("photos_taken", "yes_no", "Photos taken", "Suratga olingan", "Есть фото"),
            _f("video_taken", "yes_no", "Video taken", "Videoga olingan", "Есть видео"),
        ]),
        _section("documents", "Documents", "Hujjatlar", "Документы", [
            _f("application_scan", "attachment", "Signed complaint", "Imzolangan shikoyat",
               "Подписанная жалоба", max_size_mb=20),
            _f("id_copy", "attachment", "Copy of the ID", "ID nusxasi", "Копия ID",
               max_size_mb=10),
            _f("evidence_1", "attachment", "Evidence 1", "Dalil 1", "Доказательство 1",
               max_size_mb=50),
            _f("evidence_2", "attachment", "Evidence 2", "Dalil 2", "Доказательство 2",
               max_size_mb=50),
            _f("power_of_attorney", "attachment", "Power of attorney", "Ishonchnoma",
               "Доверенность", relevant="${applicant_kind} = 'party'", max_size_mb=10),
            _f("documents_complete", "yes_no", "Documents complete", "Hujjatlar toʻliq",
               "Документы полные"),
            _f("documents_note", "long_text", "Note on the documents", "Hujjatlar izohi",
               "Примечание", max_length=1000),
        ]),
        _section("review", "Review", "Koʻrib chiqish", "Рассмотрение", [
            _f("assigned_member", "text", "Reviewing member", "Koʻrib chiquvchi aʼzo",
               "Член комиссии", max_length=120),
            _f("review_started", "date", "Review started", "Koʻrib chiqish boshlangan",
               "Начало рассмотрения"),
            _f("review_notes", "long_text", "Review notes", "Izohlar", "Заметки",
               max_length=4000),
            _f("site_visit", "yes_no", "Site visit", "Joyiga chiqildi", "Выезд на место"),
            _f("site_visit_date", "date", "Visit date", "Chiqish sanasi", "Дата выезда",
               relevant="${site_visit}"),
            _f("finding", "choice", "Finding", "Xulosa", "Вывод", choices=_choices(_FINDINGS)),
            _f("decision_text", "long_text", "Decision", "Qaror", "Решение", max_length=4000),
            _f("decision_date", "date", "Decision date", "Qaror sanasi", "Дата решения"),
        ]),
    ]
    count = sum(len(s["fields"]) for s in sections)
    assert count == 60, count
    secretary, members = ["secretary", "deputy_chair"], ["member", "deputy_chair", "chair"]
    return {
        "id": SERVICE_ID,
        "version": 1,
        "kind": "case",
        "area": "elections",
        "title": _label("Complaint to the commission (60 fields)",
                        "Komissiyaga shikoyat (60 maydon)", "Жалоба в комиссию (60 полей)"),
        "summary": "concat(${full_name}, ' — ', ${subject})",
        "form": {"sections": sections},
        "workflow": {
            "initial": "draft",
            "states": {
                "draft": {"label": _label("Draft", "Qoralama", "Черновик")},
                "registered": {"label": _label("Registered", "Roʻyxatga olingan",
                                               "Зарегистрирована"),
                               "deadline": {"calendar_days": 5}},
                "under_review": {"label": _label("Under review", "Koʻrib chiqilmoqda",
                                                 "На рассмотрении"),
                                 "deadline": {"calendar_days": 5}},
                "decided": {"label": _label("Decided", "Qaror qabul qilingan", "Решено"),
                            "final": True},
            },
            "actions": {
                "register": {"label": _label("Register", "Roʻyxatga olish",
                                             "Зарегистрировать"),
                             "from": ["draft"], "to": "registered", "roles": secretary,
                             "requires": ["subject", "incident_at"]},
                "start_review": {"label": _label("Start review", "Koʻrib chiqishni boshlash",
                                                 "Начать рассмотрение"),
                                 "from": ["registered"], "to": "under_review",
                                 "roles": members},
                "decide": {"label": _label("Decide", "Qaror qabul qilish", "Решить"),
                           "from": ["under_review"], "to": "decided", "roles": ["chair"],
                           "requires": ["finding", "decision_text"]},
            },
        },
    }


def _stamp(day: datetime.date, rng: random.Random) -> str:
    return f"{day.isoformat()}T{rng.randrange(7, 21):02d}:{rng.randrange(60):02d}"


def complaint_fields(rng: random.Random, *, campaign_id: str | None = None) -> dict[str, Any]:
    """Values of one complaint: the complainant is a realistic person of demo_data."""
    from app.core import demo_data

    person = demo_data.candidate_nomination_fields(rng, campaign_id=campaign_id)
    incident = datetime.date(2025, 12, 21) - datetime.timedelta(days=rng.randrange(30))
    kind = rng.choice(_KINDS)
    values: dict[str, Any] = {
        k: person[k] for k in ("surname", "given_name", "patronymic", "birth_date", "gender",
                               "pinfl", "passport", "phone", "email", "constituency_number")
        if person.get(k) is not None
    }
    if campaign_id is not None:
        values["campaign"] = campaign_id
    street, _, rest = person["residence_address"].partition(", ")
    values.update({
        "applicant_kind": kind,
        "region": person["residence_region"],
        "district": person.get("residence_district"),
        "street": street,
        "house": rng.randint(1, 120),
        "postal_code": f"{rng.randrange(100000, 230000):06d}",
        "lives_abroad": rng.random() < 0.03,
        "polling_station": rng.randint(1, 2200),
        "station_address": f"{rng.randint(1, 300)}-son maktab, {street}",
        "incident_at": _stamp(incident, rng),
        "reported_at": _stamp(incident + datetime.timedelta(days=rng.randrange(3)), rng),
        "incident_kind": sorted(rng.sample(_INCIDENTS, rng.randint(1, 3))),
        "observers_present": (observers := rng.random() < 0.6),
        "ballots_affected": rng.randrange(0, 400),
        "subject": rng.choice(_SUBJECTS),
        "description": " ".join(rng.sample(_SENTENCES, rng.randint(2, 5))),
        "demands": rng.choice(_SENTENCES),
        "previous_complaint": (before := rng.random() < 0.2),
        "urgency": rng.choice(_URGENCY),
        "language": rng.choice(_LANGS),
        "damage_estimate": round(rng.random() * 50, 1),
        "hearing_requested": rng.random() < 0.5,
        "evidence_kind": sorted(rng.sample(_EVIDENCE, rng.randint(1, 3))),
        "photos_taken": rng.random() < 0.5,
        "video_taken": rng.random() < 0.3,
        "application_scan": demo_data.fake_attachment(rng, "shikoyat.pdf"),
        "id_copy": demo_data.fake_attachment(rng, "pasport.jpg", "image/jpeg"),
        "evidence_1": demo_data.fake_attachment(rng, "dalil-1.jpg", "image/jpeg"),
        "documents_complete": rng.random() < 0.7,
        "documents_note": rng.choice(_SENTENCES),
    })
    if rest:  # "…, 76-uy, 22-xonadon": a flat in a block
        values["apartment"] = rng.randint(1, 80)
    if observers:
        values["observers_count"] = rng.randint(1, 6)
    if before:
        values["previous_number"] = f"{rng.randint(1, 900)}-SH"
        values["previous_date"] = (incident - datetime.timedelta(days=rng.randrange(1, 60))
                                   ).isoformat()
    if kind == "party":
        values["power_of_attorney"] = demo_data.fake_attachment(rng, "ishonchnoma.pdf")
    if rng.random() < 0.4:
        values["evidence_2"] = demo_data.fake_attachment(rng, "dalil-2.mp4", "video/mp4")
    witnesses = []
    for _ in range(rng.randint(0, 5)):
        surname, given, _p = demo_data.person_name(rng, rng.choice(demo_data.SCRIPTS))
        witnesses.append({"name": f"{surname} {given}",
                          "phone": f"+99890{rng.randrange(10 ** 7):07d}",
                          "role": rng.choice(_WITNESS_ROLES),
                          "statement": rng.choice(_SENTENCES)})
    values["witnesses"] = witnesses
    return {k: v for k, v in values.items() if v is not None}
