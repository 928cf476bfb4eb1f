"""Cases made in memory (no replica) and sample values whose every letter must print."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from casekit import CANDIDATE, COMMISSION

from app.core.cases import Case
from app.core.definitions import default_catalogue
from app.core.forms import FilledForm
from sync.replica import Headline, Record

CASE_ID = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
EXTRA: dict[str, Any] = {
    "commission": "3-son Jizzax okrug saylov komissiyasi",
    "place": "Jizzax shahri",
    "chair": "Dilshod Rahimov",
    "secretary": "Aziza Karimova",
    "election": "Oʻzbekiston Respublikasi Oliy Majlisi Qonunchilik palatasiga saylov, 2029",
}
# A candidate written in Uzbek Cyrillic, whose documents must print "ў қ ғ ҳ" intact.
CANDIDATE_CYRL = {**CANDIDATE, "surname": "Ғафуров", "given_name": "Акмал",
                  "patronymic": "Рустам ўғли", "constituency_name": "Қўқон сайлов округи",
                  "party_body": "Фарғона вилоят кенгаши ҳузуридаги бўлим"}
# A Karakalpak observer: Cyrillic name, Latin nominating body.
OBSERVER = {"surname": "Жаңабергенов", "given_name": "Әжинияз", "patronymic": "Өтеш улы",
            "nominating_body_type": "mahalla",
            "nominating_body_name": "«Ǵárezsizlik» puqaralar jıyını, Nókis",
            "precincts": [{"precinct_number": 412, "precinct_address": "5-son maktab"},
                          {"precinct_number": 413}],
            "passport": "KA7654321"}
# A candidate's trusted representatives, in three scripts.
REPRESENTATIVES = {
    "candidate_full_name": "Gʻafurov Akmal Rustam oʻgʻli",
    "constituency_name": "Jizzax saylov okrugi", "election_type": "district_council",
    "representatives": [
        {"surname": "Qodirova", "given_name": "Dilnoza", "patronymic": "Baxtiyor qizi",
         "birth_date": "1990-05-02"},
        {"surname": "Қодиров", "given_name": "Ҳамид", "patronymic": "Ўктамович"},
        {"surname": "Щукин", "given_name": "Пётр", "patronymic": "Фёдорович"}]}


def attachment(name: str, size: int = 245_760) -> dict[str, Any]:
    return {"sha256": "3f9a1c0b" * 8, "name": name, "size": size, "mime": "application/pdf"}


DOCUMENTS = {"party_decision": attachment("partiya_qarori_Gʻafurov.pdf"),
             "meeting_protocol": attachment("yigʻilish_bayonnomasi.pdf", 1_830_000),
             "consent": attachment("nomzod_roziligi.pdf", 98_000)}


def make_case(service: str, values: Mapping[str, Any], *, state: str,
              case_id: str = CASE_ID, entered_at: str = "2029-10-14T10:35:00") -> Case:
    """A case as :class:`CaseDesk` returns it, built in memory."""
    svc = default_catalogue().get(service)
    assert svc is not None, f"no service {service}"
    form = FilledForm(svc, values)
    title = str(form.evaluate(svc.summary)) if svc.summary else None
    data = {**values, "_service": svc.id, "_version": svc.version, "_state": state,
            "_org": COMMISSION, "_entered_at": entered_at}
    record = Record("case", case_id, data, {}, Headline(type=svc.id, status=state,
                                                          org=COMMISSION, title=title),
                    entered_at, entered_at)
    return Case(case_id, svc, record, dict(values), form.computed())


def journal_entries(count: int) -> list[dict[str, Any]]:
    """``count`` lines of an incoming journal, names in three scripts."""
    people = ["Gʻafurov Akmal Rustam oʻgʻli", "Ғафуров Акмал Рустам ўғли",
              "Щукин Пётр Фёдорович", "Жаңабергенов Әжинияз", "Qodirov Rustam Hamidovich"]
    start = datetime(2029, 9, 1, 9, 0)
    return [{"number": f"{i}-K", "at": start + timedelta(hours=7 * i),
             "from_whom": people[i % len(people)],
             "subject": "Nomzod koʻrsatish toʻgʻrisidagi hujjatlar",
             "decision": "Koʻrib chiqish uchun" if i % 3 else ""}
            for i in range(1, count + 1)]
