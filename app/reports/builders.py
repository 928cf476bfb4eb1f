"""From a case (and what the caller knows besides) to a document model. Pure functions.

A case holds what was submitted; the commission's name, its chair and secretary and the
numbers from its journals come from the caller in ``extra``:

=================  ========================================================================
``commission``     the commission's name as printed (default: the case's organisation path)
``place``          where the commission sits ("Jizzax shahri"), printed under a decision
``chair``          the chair's name; ``secretary`` the secretary's
``number``         the document's number: registration number (receipt), decision number,
                   certificate or mandate number — required
``provisional``    true when the number is a provisional one issued offline
``at``             when: registration time (receipt: required, from the incoming journal),
                   decision date, date of issue (date, datetime or ISO text; default: when
                   the case entered its current state — right for a decided case)
``submitted_by``   receipt: from whom (default: the nominating party or body)
``received_by``    receipt: who accepted (default: the secretary)
``outcome``        decision: the state decided (default: the case's state)
``articles``       decision: articles of the Election Code the preamble cites ("33, 68")
``title``, ``preamble``, ``points``  decision: text that replaces the composed text
``corrects``       decision: the decision this one corrects, as printed
``correction``     decision: true for a decision whose only business is correcting
                   ``corrects``; its ``points`` say what it corrects
``decision_number``, ``decision_at``  certificate: the registration decision
``election``       certificate, mandate: the election's name
``valid_until``    certificate: until when (default: until the results are published)
``journal``        journal: "incoming" or "decisions"; ``entries``: its lines (mappings
                   with number, at, from_whom, subject, decision, case_id); ``period``
=================  ========================================================================
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any

from app.core.cases import Case
from app.core.definitions import text
from app.reports.labels import LABELS, LANGUAGES, label, long_date
from app.reports.model import (
    AttachedFile,
    Certificate,
    Certificates,
    Commission,
    Decision,
    JournalEntry,
    JournalRegister,
    Mandate,
    Receipt,
    Signatory,
    Text,
)
from app.reports.phrases import OBSERVER_RIGHTS, PHRASES, phrase

Extra = Mapping[str, Any]

# Where the services keep the person a case is about, and who submitted it, first found wins.
FULL_NAME_FIELDS = ("full_name", "observer_full_name", "voter_full_name", "head_full_name")
SUBMITTER_FIELDS = ("nominating_party", "party_name", "nominating_body_name",
                    "complainant_name", "candidate_full_name", "voter_full_name")


class DocumentError(ValueError):
    """A document cannot be made from what was given; the message says what is missing."""


def each_language(compose: Callable[[str], str]) -> dict[str, str]:
    """A :data:`Text` in every language, from a function of the language."""
    return {lang: compose(lang) for lang in LANGUAGES}


def as_datetime(value: Any) -> datetime:
    """A datetime from a datetime, a date (midnight) or ISO text."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    try:
        return datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise DocumentError(f"{value!r} is not a date or time (use YYYY-MM-DD[THH:MM])") from exc


def commission_of(case: Case | None, extra: Extra) -> Commission:
    """The issuing commission, from ``extra`` (falling back to the case's organisation)."""
    name = str(extra.get("commission") or (case.org if case else "") or "")
    if not name:
        raise DocumentError("the commission's name is missing (extra 'commission')")
    return Commission(name, str(extra.get("place") or ""), str(extra.get("chair") or ""),
                      str(extra.get("secretary") or ""))


def build_receipt(case: Case, extra: Extra) -> Receipt:
    """The receipt of the documents attached to ``case``."""
    commission = commission_of(case, extra)
    return Receipt(
        commission=commission, case_id=case.id, number=_number(extra, "registration number"),
        received_at=_registered_at(extra), submitted_by=str(extra.get("submitted_by") or
                                                         _submitter(case)),
        subject=_subject(case), attachments=tuple(attachments_of(case)),
        received_by=str(extra.get("received_by") or commission.secretary),
        provisional=bool(extra.get("provisional")))


def build_decision(case: Case, extra: Extra) -> Decision:
    """The commission's decision on ``case``: composed for a nomination, generic otherwise."""
    commission = commission_of(case, extra)
    outcome = str(extra.get("outcome") or case.state or "")
    accordance = _accordance(str(extra.get("articles") or ""))
    if extra.get("correction"):
        title, preamble, points = _correction(case, str(extra.get("corrects") or ""),
                                              accordance)
    elif case.service.id == "candidate_nomination" and outcome in ("registered", "refused"):
        title, preamble, points = _nomination_decision(case, outcome, accordance)
    else:
        title, preamble, points = _generic_decision(case, outcome, accordance)
    if extra.get("points"):
        points = tuple(extra["points"])
    return Decision(
        commission=commission, number=_number(extra, "decision number"),
        decided_on=_when(case, extra).date(), title=extra.get("title") or title,
        preamble=extra.get("preamble") or preamble, points=points,
        signatories=(Signatory(LABELS["chair"], commission.chair),
                     Signatory(LABELS["secretary"], commission.secretary)),
        case_id=case.id, corrects=str(extra.get("corrects") or ""),
        provisional=bool(extra.get("provisional")))


def build_exit_order(case: Case, extra: Extra) -> Decision:
    """The sending school's order on a pupil leaving for another school (a transfer)."""
    if case.service.id != "student_transfer":
        raise DocumentError(f"there is no exit order for {case.service.id} cases")
    v = case.values
    commission = commission_of(case, extra)
    when = _when(case, extra).date()
    asked = _date(v.get("request_date"))
    fill = {"parent": v.get("parent_name", ""), "school": v.get("to_school", ""),
            "student": v.get("student_name", ""), "grade": v.get("grade", ""),
            "cls": v.get("receiving_class") or "—"}
    return Decision(
        commission=commission, number=_number(extra, "order number"), decided_on=when,
        title=PHRASES["title_exit_order"],
        preamble=each_language(lambda lang: phrase(
            "orders_exit", lang, date=long_date(asked, lang) if asked else "", **fill)),
        points=(each_language(lambda lang: phrase("point_exit", lang,
                                                  date=long_date(when, lang), **fill)),
                PHRASES["point_personal_file"], PHRASES["point_movement_book"]),
        signatories=(Signatory(LABELS["director"], commission.chair),),
        case_id=case.id, provisional=bool(extra.get("provisional")), heading="order")


def build_staff_order(case: Case, extra: Extra) -> Decision:
    """A school's order on hiring, transferring or dismissing a member of staff."""
    if case.service.id != "staff_order":
        raise DocumentError(f"there is no staff order for {case.service.id} cases")
    v = case.values
    kind = str(v.get("order_type") or "hiring")
    commission = commission_of(case, extra)
    day = _date(v.get("last_day") if kind == "dismissal" else v.get("first_day"))

    def point(lang: str) -> str:
        detail = ""
        if v.get("subject") and v.get("teaching_hours") is not None:
            detail = phrase("staff_detail", lang, subject=v["subject"],
                            hours=_hours(v["teaching_hours"]))
        return phrase(f"point_{kind}", lang, person=v.get("person", ""),
                      position=v.get("position", ""), detail=detail,
                      date=long_date(day, lang) if day else "")

    return Decision(
        commission=commission, number=_number(extra, "order number"),
        decided_on=_when(case, extra).date(), title=PHRASES[f"title_staff_{kind}"],
        preamble=each_language(lambda lang: phrase("orders_ground", lang,
                                                   ground=v.get("legal_ground", ""))),
        points=(each_language(point), PHRASES["point_accounts"]),
        signatories=(Signatory(LABELS["director"], commission.chair),),
        case_id=case.id, provisional=bool(extra.get("provisional")), heading="order")


def build_voucher(case: Case, extra: Extra) -> Decision:
    """The voucher sending a child from the preschool queue to a kindergarten."""
    if case.service.id != "preschool_admission":
        raise DocumentError(f"there is no voucher for {case.service.id} cases")
    v = {**case.computed, **case.values}
    commission = commission_of(case, extra)
    born = _date(v.get("birth_date"))
    child = " ".join(str(v[k]) for k in ("surname", "given_name") if v.get(k))
    queue = {"general": LABELS["queue_general"], "privileged": LABELS["queue_privileged"]}
    return Decision(
        commission=commission, number=_number(extra, "voucher number"),
        decided_on=_when(case, extra).date(), title=PHRASES["title_voucher"],
        preamble=each_language(lambda lang: phrase(
            "voucher_text", lang, child=child, born=long_date(born, lang) if born else "",
            kindergarten=v.get("voucher_kindergarten") or v.get("kindergarten_1", ""),
            queue=queue.get(str(v.get("queue")), queue["general"])[lang])),
        points=(PHRASES["voucher_valid"],),
        signatories=(Signatory(LABELS["inspector"], commission.chair),),
        case_id=case.id, provisional=bool(extra.get("provisional")), heading="voucher")


def _hours(value: Any) -> str:
    number = float(value)
    return str(int(number)) if number.is_integer() else str(number)


def build_certificate(case: Case, extra: Extra) -> Certificate | Certificates:
    """The certificate of a registered candidate, or those of a candidate's trusted
    representatives (numbered ``<number>-1``, ``<number>-2`` … when there are several).

    Refused while the case is not registered: a certificate follows the decision.
    """
    if case.state != "registered" and extra.get("outcome") != "registered":
        raise DocumentError(f"a certificate is issued once the case is registered; this case "
                            f"is {case.state!r}")
    number = _number(extra, "certificate number")
    decided = extra.get("decision_at")
    valid = extra.get("valid_until")
    common: dict[str, Any] = dict(
        commission=commission_of(case, extra), issued_on=_when(case, extra).date(),
        election=str(extra.get("election") or ""),
        decision_number=str(extra.get("decision_number") or ""),
        decision_date=as_datetime(decided).date() if decided else None,
        valid_until=(each_language(lambda lang: long_date(as_datetime(valid).date(), lang))
                     if valid else PHRASES["valid_until_results"]),
        case_id=case.id)
    v = case.values
    if case.service.id == "trusted_representative":
        people = [row for row in v.get("representatives") or [] if isinstance(row, Mapping)]
        if not people:
            raise DocumentError("the case lists no trusted representatives")
        candidate = ", ".join(str(v[k]) for k in ("candidate_full_name", "constituency_name")
                              if v.get(k))
        statement = each_language(lambda lang: phrase("representative_text", lang,
                                                      candidate=candidate))
        return Certificates(tuple(
            Certificate(number=f"{number}-{i}" if len(people) > 1 else number,
                        name=_joined_name(row), statement=statement, holder="representative",
                        birth_date=_date(row.get("birth_date")), **common)
            for i, row in enumerate(people, start=1)))
    if case.service.id != "candidate_nomination":
        raise DocumentError(f"there is no certificate for {case.service.id} cases")
    return Certificate(
        number=number, name=person_name(case),
        statement=each_language(lambda lang: phrase("certificate_text", lang,
                                                    sex=v.get("gender"), **_constituency(case))),
        birth_date=_date(v.get("birth_date")), **common)


def build_mandate(case: Case, extra: Extra) -> Mandate:
    """The mandate of an accredited observer; refused until the observer is accredited."""
    if case.state != "accredited" and extra.get("outcome") != "accredited":
        raise DocumentError(f"a mandate is issued to an accredited observer; this case is "
                            f"{case.state!r}")
    v = case.values
    return Mandate(
        commission=commission_of(case, extra), number=_number(extra, "mandate number"),
        name=person_name(case),
        statement=each_language(lambda lang: phrase("mandate_text", lang,
                                                    sex=v.get("gender"))),
        issued_on=_when(case, extra).date(),
        nominated_by=str(_first(v, "nominating_body_name", "nominating_party") or ""),
        precincts=_precincts(v.get("precincts")), election=str(extra.get("election") or ""),
        identity=str(v.get("passport") or ""), rights=OBSERVER_RIGHTS, case_id=case.id)


def build_journal(case: Case | None, extra: Extra) -> JournalRegister:
    """A journal printed as a register; its lines come in ``extra['entries']``."""
    entries = tuple(_entry(e) for e in extra.get("entries") or ())
    return JournalRegister(commission=commission_of(case, extra),
                           journal=str(extra.get("journal") or "incoming"), entries=entries,
                           period=str(extra.get("period") or ""))


# --- what a case says ----------------------------------------------------------------------


def person_name(case: Case) -> str:
    """The person a case is about: "Surname Given-name Patronymic"."""
    v = {**case.computed, **case.values}
    full = _first(v, *FULL_NAME_FIELDS)
    return str(full) if full else _joined_name(v)


def _joined_name(values: Mapping[str, Any]) -> str:
    return " ".join(str(values[k]) for k in ("surname", "given_name", "patronymic")
                    if values.get(k))


def attachments_of(case: Case) -> Iterable[AttachedFile]:
    """The files attached to a case, in the order of its form, labelled by their field."""
    for section in case.service.sections:
        for field in section.fields:
            if field.type != "attachment":
                continue
            value = case.values.get(field.id)
            for item in value if isinstance(value, list) else [value] if value else []:
                yield AttachedFile(document=field.label, file_name=str(item.get("name", "")),
                                   size=item.get("size"), sha256=item.get("sha256"))


def _submitter(case: Case) -> str:
    v = {**case.computed, **case.values}
    who = _first(v, *SUBMITTER_FIELDS)
    if who and v.get("party_body"):
        return f"{who}, {v['party_body']}"
    return str(who or person_name(case) or case.title)


def _subject(case: Case) -> Text:
    summary = case.title or person_name(case)
    return each_language(lambda lang: ": ".join(
        filter(None, [text(case.service.title, lang), summary])))


def _constituency(case: Case) -> dict[str, Any]:
    v = case.values
    return {"cn": v.get("constituency_number", ""), "cname": v.get("constituency_name", ""),
            "party": v.get("nominating_party", "")}


def _accordance(articles: str) -> Text:
    if articles:
        return each_language(lambda lang: phrase("accordance_articles", lang,
                                                 articles=articles))
    return PHRASES["accordance"]


def _nomination_decision(case: Case, outcome: str, accordance: Text
                         ) -> tuple[Text, Text, tuple[Text, ...]]:
    v = case.values
    where = _constituency(case)
    sex = v.get("gender")

    def person(lang: str) -> str:
        born = _date(v.get("birth_date"))
        details = [phrase("born", lang, date=long_date(born, lang)) if born else "",
                   *(str(v[k]) for k in ("profession", "position", "workplace") if v.get(k))]
        details = [d for d in details if d]
        return f"{person_name(case)} ({', '.join(details)})" if details else person_name(case)

    def acc(lang: str) -> str:
        return accordance if isinstance(accordance, str) else accordance[lang]

    preamble = each_language(lambda lang: phrase("decides_nomination", lang,
                                                 accordance=acc(lang), **where))
    if outcome == "registered":
        title = each_language(lambda lang: phrase("title_registered", lang, **where))
        first = each_language(lambda lang: phrase("point_register", lang, sex=sex,
                                                  person=person(lang), **where))
        rest = ("point_certificate", "point_publish", "point_control")
    else:
        reason = str(v.get("refusal_reason") or "").strip().rstrip(".")
        title = each_language(lambda lang: phrase("title_refused", lang, **where))
        first = each_language(lambda lang: phrase("point_refuse", lang, sex=sex,
                                                  person=person(lang), reason=reason, **where))
        rest = ("point_send_copy", "point_appeal", "point_control")
    return title, preamble, (first, *(PHRASES[key] for key in rest))


def _correction(case: Case, ref: str, accordance: Text
                ) -> tuple[Text, Text, tuple[Text, ...]]:
    """A decision correcting an earlier one; its points come from ``extra['points']``."""
    summary = case.title or person_name(case) or case.id
    title = each_language(lambda lang: phrase("title_correction", lang))
    preamble = each_language(lambda lang: phrase(
        "decides_correction", lang, ref=ref, summary=summary,
        accordance=accordance if isinstance(accordance, str) else accordance[lang]))
    return title, preamble, (PHRASES["point_control"],)


def _generic_decision(case: Case, outcome: str, accordance: Text
                      ) -> tuple[Text, Text, tuple[Text, ...]]:
    summary = case.title or person_name(case) or case.id
    wf = case.service.workflow
    state = wf.states.get(outcome) if wf else None
    title = each_language(lambda lang: f"{text(case.service.title, lang)}: {summary}")
    preamble = each_language(lambda lang: phrase(
        "decides_generic", lang, summary=summary, service=text(case.service.title, lang),
        accordance=accordance if isinstance(accordance, str) else accordance[lang]))
    reason = str(case.values.get("refusal_reason") or "").strip().rstrip(".")
    grounds = reason if outcome == "refused" else ""

    def outcome_point(lang: str) -> str:
        assert state is not None
        said = f"{text(state.label, lang)}."
        return f"{said} {label('grounds', lang)}: {grounds}." if grounds else said

    points: tuple[Text, ...] = (PHRASES["point_control"],)
    if state is not None:
        points = (each_language(outcome_point), *points)
    return title, preamble, points


# --- small helpers -----------------------------------------------------------------------


def _number(extra: Extra, what: str) -> str:
    value = extra.get("number")
    if value in (None, ""):
        raise DocumentError(f"the {what} is missing (extra 'number'): numbers come from the "
                            "commission's journal")
    return str(value)


def _registered_at(extra: Extra) -> datetime:
    # Not the case's state time: a receipt reprinted after the review must still show when
    # the documents were registered.
    if not extra.get("at"):
        raise DocumentError("the registration time is missing (extra 'at'): it comes from the "
                            "incoming journal")
    return as_datetime(extra["at"])


def _when(case: Case, extra: Extra) -> datetime:
    value = extra.get("at") or case.record.data.get("_entered_at") or case.record.updated_at
    if not value:
        raise DocumentError("the date is missing (extra 'at')")
    return as_datetime(value)


def _date(value: Any) -> date | None:
    return as_datetime(value).date() if value else None


def _precincts(rows: Any) -> str:
    """Polling stations of a repeat group, as printed: "№ 412 (school 5), № 413"."""
    if not isinstance(rows, list):
        return str(rows or "")
    out = []
    for row in rows:
        if not isinstance(row, Mapping):
            out.append(str(row))
            continue
        where = f" ({row['precinct_address']})" if row.get("precinct_address") else ""
        out.append(f"№\u00a0{row.get('precinct_number', '')}{where}")
    return ", ".join(out)


def _first(values: Mapping[str, Any], *keys: str) -> Any:
    return next((values[k] for k in keys if values.get(k)), None)


def _entry(raw: JournalEntry | Mapping[str, Any]) -> JournalEntry:
    if isinstance(raw, JournalEntry):
        return raw
    at = raw.get("at")
    if at is None:
        raise DocumentError(f"journal entry {raw.get('number')!r} has no date ('at')")
    moment: datetime | date = at if isinstance(at, date) else as_datetime(at)
    return JournalEntry(number=str(raw.get("number", "")), at=moment,
                        from_whom=str(raw.get("from_whom") or ""),
                        subject=raw.get("subject") or "", decision=raw.get("decision") or "",
                        case_id=str(raw.get("case_id") or ""))
