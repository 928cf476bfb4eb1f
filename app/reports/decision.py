"""A commission decision laid out as commissions print them.

Heading, "DECISION", the title, the preamble ending in "the commission decides:", numbered
operative points, the signatures, and under them place, date and number (the order of the
Central Election Commission's published decisions).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.reports.labels import check_lang, label, long_date, number
from app.reports.layout import (
    PageFurniture,
    build_pdf,
    commission_heading,
    numbered,
    para,
    signatures,
    title_block,
)
from app.reports.model import Decision, localise


def render_decision(decision: Decision, lang: str = "en") -> bytes:
    """The decision as A4 PDF bytes, printed in ``lang``."""
    check_lang(lang)
    number_text = number(decision.number, lang)
    title = localise(decision.title, lang)
    story: list[Flowable] = [*commission_heading(decision.commission),
                             *title_block(label(decision.heading, lang))[:-1],
                             Spacer(1, 3 * mm), para(title, "heading")]
    if decision.corrects:
        story.append(para(label("corrects", lang, ref=decision.corrects), "subtitle"))
    story += [Spacer(1, 6 * mm), para(localise(decision.preamble, lang)), Spacer(1, 3 * mm)]
    story += numbered([localise(point, lang) for point in decision.points])
    closing: list[Flowable] = [Spacer(1, 8 * mm)]
    if decision.signatories:
        closing += [signatures(decision.signatories, lang), Spacer(1, 8 * mm)]
    closing += [para(line, "left") for line in
                (decision.commission.place, long_date(decision.decided_on, lang), number_text)
                if line]
    if decision.provisional:
        closing.append(para(f"({label('provisional', lang)})", "left"))
    story.append(KeepTogether(closing))  # never leave the signatures alone on a page
    furniture = PageFurniture(lang, running_header=f"{decision.commission.name} — "
                              f"{label(decision.heading, lang)} {number_text}",
                              footer_left=f"{label('case_id', lang)}: {decision.case_id}"
                              if decision.case_id else "")
    return build_pdf(story, furniture,
                     title=f"{label(decision.heading, lang)} {number_text}: {title}",
                     author=decision.commission.name, subject=title)
