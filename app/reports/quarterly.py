"""The movement's quarterly report as a document: the indicator table and a bar chart.

The table has the columns of the movement's paper reports (indicator, unit, target for the
year, achieved this quarter, since 1 January, % of target); the chart under it shows the %
of target per indicator as horizontal bars against a 100 % line, drawn with
``reportlab.graphics`` shapes so that long Uzbek labels wrap instead of overlapping. A
province's report names the districts it adds up and those that have not submitted.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.core.movement import Report, Row, report_of_case
from app.reports.builders import DocumentError
from app.reports.labels import check_lang, in_languages, long_date
from app.reports.layout import (
    FONT,
    FONT_BOLD,
    GREY,
    RULE,
    WIDTH,
    PageFurniture,
    build_pdf,
    commission_heading,
    grid,
    para,
    signatures,
    styles,
    title_block,
)
from app.reports.model import Commission, Signatory, localise

_l = in_languages
WORDS: dict[str, dict[str, str]] = {
    "title": _l("QUARTERLY REPORT", "CHORAKLIK HISOBOT", "ЧОРАКЛИК ҲИСОБОТ",
                "КВАРТАЛЬНЫЙ ОТЧЁТ"),
    "movement": _l("“Digital education for all” movement",
                   "«Hamma uchun raqamli taʼlim» harakati",
                   "«Ҳамма учун рақамли таълим» ҳаракати",
                   "Движение «Цифровое образование для всех»"),
    "quarter": _l("Quarter {roman} of {year}", "{year}-yil {roman} chorak",
                  "{year} йил {roman} чорак", "{roman} квартал {year} года"),
    "indicator": _l("Indicator", "Koʻrsatkich", "Кўрсаткич", "Показатель"),
    "unit": _l("Unit", "Oʻlchov birligi", "Ўлчов бирлиги", "Единица"),
    "target": _l("Target for the year", "Yillik reja", "Йиллик режа", "План на год"),
    "achieved": _l("This quarter", "Chorakda", "Чоракда", "За квартал"),
    "cumulative": _l("Since 1 January", "Yil boshidan", "Йил бошидан", "С начала года"),
    "percent": _l("% of target", "Rejaga nisbatan, %", "Режага нисбатан, %", "% от плана"),
    "chart": _l("Share of the year's target reached, %",
                "Yillik rejaning bajarilishi, %", "Йиллик режанинг бажарилиши, %",
                "Выполнение годового плана, %"),
    "no_target": _l("no target", "reja yoʻq", "режа йўқ", "нет плана"),
    "from_sessions": _l("Computed from {count} training sessions reported in the quarter.",
                        "Chorakda hisobot berilgan {count} ta oʻquv mashgʻulotidan hisoblangan.",
                        "Чоракда ҳисобот берилган {count} та ўқув машғулотидан ҳисобланган.",
                        "Рассчитано по {count} учебным занятиям, по которым отчитались за "
                        "квартал."),
    "sum_of": _l("Sum of the reports of {count} districts: {names}.",
                 "{count} ta tuman hisobotlari yigʻindisi: {names}.",
                 "{count} та туман ҳисоботлари йиғиндиси: {names}.",
                 "Сумма отчётов {count} районов: {names}."),
    "missing": _l("Not yet submitted: {names}.", "Hali topshirmagan: {names}.",
                  "Ҳали топширмаган: {names}.", "Ещё не сдали: {names}."),
    "head": _l("Head of the working group", "Ishchi guruh rahbari", "Ишчи гуруҳ раҳбари",
               "Руководитель рабочей группы"),
    "prepared": _l("Prepared on {day}", "Tayyorlangan sana: {day}", "Тайёрланган сана: {day}",
                   "Подготовлено {day}"),
}
ROMAN = ("I", "II", "III", "IV")
BAR = colors.HexColor("#4A6FA5")
BAR_DONE = colors.HexColor("#2E7D32")
TARGET_LINE = colors.HexColor("#B00020")


def word(key: str, lang: str, **values: object) -> str:
    words = WORDS[key][check_lang(lang)]
    return words.format(**values) if values else words


@dataclass(frozen=True)
class QuarterlyDocument:
    """What the quarterly report prints: who reports, the report, the names of districts."""

    organisation: Commission
    report: Report
    names: Mapping[str, str] = field(default_factory=dict)  # org path → printed name
    signatory: Signatory | None = None
    prepared_on: date | None = None


def build_quarterly(case: Any, extra: Mapping[str, Any]) -> QuarterlyDocument:
    """The document from ``extra['report']`` (a :class:`~app.core.movement.Report`) or, when
    none is given, from a submitted ``quarterly_report`` case. ``extra`` may also hold
    ``commission`` (the organisation's printed name), ``names`` (printed names of the
    districts), ``head`` (who signs) and ``at`` (the day it was prepared)."""
    report = extra.get("report")
    if report is None and case is not None and case.service.id == "quarterly_report":
        report = report_of_case(case.record)
    if not isinstance(report, Report):
        raise DocumentError("a quarterly report is printed from a computed report "
                            "('daftar report quarterly') or a quarterly_report case")
    at = extra.get("at")
    prepared = date.fromisoformat(str(at)[:10]) if at else None
    head = str(extra.get("head") or "")
    return QuarterlyDocument(
        organisation=Commission(str(extra.get("commission") or report.org)),
        report=report, names=dict(extra.get("names") or {}),
        signatory=Signatory(WORDS["head"], head), prepared_on=prepared)


def render_quarterly(doc: QuarterlyDocument, lang: str = "en") -> bytes:
    """The quarterly report as A4 PDF bytes, printed in ``lang``."""
    check_lang(lang)
    report = doc.report
    title = word("title", lang)
    period = word("quarter", lang, roman=ROMAN[report.quarter - 1], year=report.year)
    story: list[Flowable] = [
        *commission_heading(doc.organisation),
        *title_block(title, word("movement", lang), period)[:-1],
        Spacer(1, 3 * mm),
        *_source(doc, lang),
        Spacer(1, 3 * mm),
        _table(report, lang),
        Spacer(1, 6 * mm),
        KeepTogether([para(word("chart", lang), "heading"), Spacer(1, 2 * mm),
                      bar_chart(report.rows, lang)]),
    ]
    if doc.signatory is not None:
        story += [Spacer(1, 6 * mm), signatures([doc.signatory], lang)]
    if doc.prepared_on:
        story += [Spacer(1, 3 * mm),
                  para(word("prepared", lang, day=long_date(doc.prepared_on, lang)),
                       "small_left")]
    furniture = PageFurniture(lang, running_header=f"{doc.organisation.name} — {title}, "
                                                   f"{period}")
    return build_pdf(story, furniture, title=f"{title} — {period}",
                     author=doc.organisation.name, subject=report.org)


def _source(doc: QuarterlyDocument, lang: str) -> list[Flowable]:
    """Where the numbers come from: the sessions, or which districts were added up."""
    report = doc.report
    if not report.parts and not report.missing:
        return [para(word("from_sessions", lang, count=report.sessions), "small_left")]
    out = []
    if report.parts:
        names = ", ".join(doc.names.get(p.org, p.org) for p in report.parts)
        out.append(para(word("sum_of", lang, count=len(report.parts), names=names),
                        "small_left"))
    if report.missing:
        names = ", ".join(doc.names.get(o, o) for o in report.missing)
        out.append(para(word("missing", lang, names=names), "small_left", markup="b"))
    return out


def number(value: float | None, lang: str, *, percent: bool = False) -> str:
    """12394 → "12,394" (en), "12 394" (uz, ru); 1.5 → "1.5" / "1,5"; None → "—"."""
    if value is None:
        return "—"
    digits = 1 if percent else 2
    shown = f"{value:,.0f}" if float(value).is_integer() else \
        f"{value:,.{digits}f}".rstrip("0").rstrip(".")
    if lang != "en":  # a no-break space between thousands, a comma before decimals
        shown = shown.replace(",", "\u00a0").replace(".", ",")
    return shown + ("%" if percent else "")


def _cell_right() -> ParagraphStyle:
    return ParagraphStyle("cell_right", styles()["cell"], alignment=TA_RIGHT)


COLUMNS = (7 * mm, 22 * mm, 18 * mm, 18 * mm, 18 * mm, 19 * mm)  # all but the indicator


def _table(report: Report, lang: str) -> Flowable:
    right = _cell_right()
    head = ParagraphStyle("cell_head", styles()["cell_bold"], fontSize=8, leading=10)
    header = [Paragraph(word(k, lang) if k != "no" else "№", head)
              for k in ("no", "indicator", "unit", "target", "achieved", "cumulative",
                        "percent")]
    rows: list[list[Any]] = [header]
    for i, row in enumerate(report.rows, start=1):
        rows.append([para(str(i), "cell"), para(localise(row.indicator.label, lang), "cell"),
                     para(localise(row.indicator.unit_label, lang), "cell"),
                     Paragraph(number(row.target, lang), right),
                     Paragraph(number(row.achieved, lang), right),
                     Paragraph(number(row.cumulative, lang), right),
                     Paragraph(number(row.percent, lang, percent=True), right)])
    widths = [COLUMNS[0], WIDTH - sum(COLUMNS), *COLUMNS[1:]]
    table = grid(rows, widths)
    # Narrow number columns: less padding, so "Yil boshidan" and "машғулот" stay whole.
    table.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3)])
    return table


# --- the chart ---------------------------------------------------------------------------

LABEL_WIDTH = 62 * mm
VALUE_ROOM = 16 * mm  # right of the longest bar, for its value
ROW_HEIGHT = 8 * mm
BAR_HEIGHT = 4.6 * mm
AXIS_ROOM = 7 * mm  # under the bars, for the scale
LABEL_SIZE = 7.5
MAX_SCALE = 200  # bars beyond 200 % stop at the edge; their value still says how far


def bar_chart(rows: tuple[Row, ...], lang: str, width: float = WIDTH) -> Drawing:
    """Horizontal bars of each indicator's % of target, a red line at 100 %."""
    height = len(rows) * ROW_HEIGHT + AXIS_ROOM
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT  # not Helvetica, which would be referenced unembedded
    known = [r.percent for r in rows if r.percent is not None]
    scale = min(MAX_SCALE, max(100, 25 * math.ceil(max(known, default=0) / 25)))
    x0, x1 = LABEL_WIDTH, width - VALUE_ROOM
    span = x1 - x0

    def x_of(pct: float) -> float:
        return x0 + span * min(pct, scale) / scale

    top = height
    for tick in range(0, scale + 1, 25):  # the scale and its gridlines
        x = x_of(tick)
        drawing.add(Line(x, AXIS_ROOM, x, top, strokeColor=RULE, strokeWidth=0.3))
        drawing.add(String(x, AXIS_ROOM - 3.2 * mm, f"{tick}", fontName=FONT,
                           fontSize=6.5, fillColor=GREY, textAnchor="middle"))
    drawing.add(Line(x0, AXIS_ROOM, x1, AXIS_ROOM, strokeColor=colors.black, strokeWidth=0.5))
    target = x_of(100)  # under the bars and their values, which stay readable over it
    drawing.add(Line(target, AXIS_ROOM, target, top, strokeColor=TARGET_LINE,
                     strokeWidth=1, strokeDashArray=[3, 2]))
    for i, row in enumerate(rows):
        centre = top - (i + 0.5) * ROW_HEIGHT
        lines = wrap(f"{i + 1}. {localise(row.indicator.label, lang)}", LABEL_WIDTH - 3 * mm,
                     LABEL_SIZE, max_lines=2)
        leading = LABEL_SIZE + 1.2
        first = centre + (len(lines) - 1) * leading / 2 - LABEL_SIZE * 0.35
        for k, line in enumerate(lines):
            drawing.add(String(0, first - k * leading, line, fontName=FONT,
                               fontSize=LABEL_SIZE))
        pct = row.percent
        if pct is None:
            drawing.add(String(x0 + 1.5 * mm, centre - 2.5, word("no_target", lang),
                               fontName=FONT, fontSize=7, fillColor=GREY))
            continue
        end = x_of(pct)
        drawing.add(Rect(x0, centre - BAR_HEIGHT / 2, max(end - x0, 0.6), BAR_HEIGHT,
                         fillColor=BAR_DONE if pct >= 100 else BAR, strokeColor=None))
        if pct > scale:  # a break in the bar: it goes on beyond the scale
            for dx in (-4.5, -2.5):
                drawing.add(Line(end + dx - 1.2, centre - BAR_HEIGHT / 2 - 0.8, end + dx + 1.2,
                                 centre + BAR_HEIGHT / 2 + 0.8, strokeColor=colors.white,
                                 strokeWidth=1.1))
        value = number(pct, lang, percent=True)
        drawing.add(Rect(end + 0.6 * mm, centre - BAR_HEIGHT / 2,
                         stringWidth(value, FONT_BOLD, 7.5) + 1.2 * mm, BAR_HEIGHT,
                         fillColor=colors.white, strokeColor=None))
        drawing.add(String(end + 1.2 * mm, centre - 2.6, value, fontName=FONT_BOLD,
                           fontSize=7.5))
    return drawing


def wrap(text: str, width: float, size: float, *, max_lines: int = 2) -> list[str]:
    """``text`` broken at spaces into lines no wider than ``width``; the last line ends
    with "…" when more would be needed."""
    lines: list[str] = []
    current = ""
    for token in text.split():
        trial = f"{current} {token}".strip()
        if stringWidth(trial, FONT, size) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = token
    lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and stringWidth(last + "…", FONT, size) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines

