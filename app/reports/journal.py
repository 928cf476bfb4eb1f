"""A commission's journal (incoming documents, decisions) printed as a register.

One table over as many pages as it takes: the column headings repeat at the top of every
page, pages from the second carry the commission and the journal's name, and every page is
numbered "N of M" so a missing sheet is noticed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.reports.labels import check_lang, label, short_date
from app.reports.layout import (
    WIDTH,
    PageFurniture,
    build_pdf,
    commission_heading,
    grid,
    para,
    title_block,
)
from app.reports.model import JournalEntry, JournalRegister, localise

JOURNALS = ("incoming", "decisions", "orders", "vouchers")
COLUMNS = (22 * mm, 24 * mm, WIDTH - 22 * mm - 24 * mm - 52 * mm, 52 * mm)


def journal_title(journal: str, lang: str) -> str:
    """The printed name of the journal ``journal`` ("incoming" or "decisions")."""
    if journal not in JOURNALS:
        raise ValueError(f"there is no journal {journal!r} (journals: {', '.join(JOURNALS)})")
    return label(f"journal_{journal}", lang)


def render_journal(register: JournalRegister, lang: str = "en") -> bytes:
    """The journal as A4 PDF bytes, printed in ``lang``."""
    check_lang(lang)
    title = journal_title(register.journal, lang)
    story: list[Flowable] = [*commission_heading(register.commission),
                             *title_block(title, register.period)[:-1],
                             para(label("entries_total", lang, count=len(register.entries)),
                                  "subtitle"),
                             Spacer(1, 5 * mm), _table(register.entries, lang)]
    furniture = PageFurniture(lang, running_header=f"{register.commission.name} — {title}",
                              always_number=True)
    return build_pdf(story, furniture, title=title, author=register.commission.name,
                     subject=register.period)


def _table(entries: tuple[JournalEntry, ...], lang: str) -> Flowable:
    header = [para(label(key, lang), "cell_bold")
              for key in ("number_sign", "date", "from_subject", "decision_col")]
    rows: list[list[Any]] = [header]
    for entry in entries:
        when = short_date(entry.at if not isinstance(entry.at, datetime) else entry.at.date(),
                          lang)
        if isinstance(entry.at, datetime):
            when += f"\n{entry.at:%H:%M}"
        subject = [para(entry.from_whom, "cell_bold")]
        if localise(entry.subject, lang):
            subject.append(para(localise(entry.subject, lang), "cell"))
        rows.append([para(entry.number, "cell"), para(when, "cell"), subject,
                     para(localise(entry.decision, lang), "cell")])
    return grid(rows, COLUMNS)
