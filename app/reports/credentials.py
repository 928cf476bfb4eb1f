"""Papers a person carries: certificates (of a registered candidate, of a candidate's trusted
representative) and an observer's mandate.

Each is one framed A4 page: the commission, the title and number, the person's name in
large letters, what the paper certifies, the details, the chair's signature and the seal.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from app.reports.labels import check_lang, label, long_date, number, short_date
from app.reports.layout import (
    BORDER_PADDING,
    WIDTH,
    PageFurniture,
    build_pdf,
    commission_heading,
    key_values,
    numbered,
    para,
    signatures,
    title_block,
)
from app.reports.model import (
    Certificate,
    Certificates,
    Commission,
    Mandate,
    Signatory,
    localise,
)

INNER = WIDTH - 2 * BORDER_PADDING


def render_certificate(certificate: Certificate | Certificates, lang: str = "en") -> bytes:
    """A certificate (or several, one page each) as A4 PDF bytes, printed in ``lang``."""
    check_lang(lang)
    pages = certificate.pages if isinstance(certificate, Certificates) else (certificate,)
    if not pages:
        raise ValueError("there is no certificate to print")
    story: list[Flowable] = []
    for c in pages:
        if story:
            story.append(PageBreak())
        story += _certificate_page(c, lang)
    first = pages[0]
    return _pdf(story, lang, f"certificate_{first.holder}", first.number,
                ", ".join(c.name for c in pages), first.commission, first.case_id)


def _certificate_page(c: Certificate, lang: str) -> list[Flowable]:
    rows = [(label("birth_date", lang), _date(c.birth_date, lang)),
            (label("election", lang), c.election),
            (label("registered_by_decision", lang), _decision_ref(c.decision_number,
                                                                  c.decision_date, lang)),
            (label("valid_until", lang), localise(c.valid_until, lang))]
    # A certificate says little: it is spaced out to sit on the page like one.
    story = _front(c.commission, f"certificate_{c.holder}", c.number, c.name,
                   localise(c.statement, lang), lang, space=14 * mm)
    return [*story, key_values([r for r in rows if r[1]], width=INNER), Spacer(1, 30 * mm),
            *_signed(c.commission, c.issued_on, lang)]


def render_mandate(mandate: Mandate, lang: str = "en") -> bytes:
    """The observer's mandate as A4 PDF bytes, printed in ``lang``."""
    check_lang(lang)
    m = mandate
    rows = [(label("nominated_by", lang), m.nominated_by),
            (label("precincts", lang), m.precincts),
            (label("election", lang), m.election),
            (label("identity", lang), m.identity)]
    story = _front(m.commission, "mandate", m.number, m.name, localise(m.statement, lang), lang)
    story.append(key_values([r for r in rows if r[1]], width=INNER))
    if m.rights:
        story += [Spacer(1, 5 * mm), para(label("rights_heading", lang), "left", markup="b"),
                  Spacer(1, 1.5 * mm)]
        story += numbered([localise(right, lang) for right in m.rights], "item")
    story += [Spacer(1, 2 * mm), para(label("mandate_validity", lang), "left"),
              Spacer(1, 4 * mm), *_signed(m.commission, m.issued_on, lang)]
    return _pdf(story, lang, "mandate", m.number, m.name, m.commission, m.case_id)


def _front(commission: Commission, kind: str, doc_number: str, name: str, statement: str,
           lang: str, space: float = 3 * mm) -> list[Flowable]:
    return [*commission_heading(commission),
            *title_block(label(kind, lang), number_line=number(doc_number, lang)),
            Spacer(1, space), para(name, "name"), Spacer(1, 3 * mm),
            para(statement, "statement"), Spacer(1, space + 4 * mm)]


def _signed(commission: Commission, issued_on: date, lang: str) -> list[Flowable]:
    return [signatures([Signatory(label("chair", lang), commission.chair)], lang, width=INNER),
            Spacer(1, 6 * mm),
            para(label("place_of_seal", lang), "left"), Spacer(1, 4 * mm),
            para(f"{label('issued_on', lang)}: {long_date(issued_on, lang)}", "left")]


def _pdf(story: list[Flowable], lang: str, kind: str, doc_number: str, name: str,
         commission: Commission, case_id: str) -> bytes:
    furniture = PageFurniture(lang, border=True,
                              footer_left=f"{label('case_id', lang)}: {case_id}" if case_id else "")
    title = f"{label(kind, lang)} {number(doc_number, lang)}"
    return build_pdf(story, furniture, title=title, author=commission.name, subject=name)


def _date(day: date | None, lang: str) -> str:
    return long_date(day, lang) if day else ""


def _decision_ref(decision_number: str, decided_on: date | None, lang: str) -> str:
    parts = [number(decision_number, lang) if decision_number else "",
             short_date(decided_on, lang) if decided_on else ""]
    return ", ".join(p for p in parts if p)
