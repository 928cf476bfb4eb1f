"""The monthly attendance sheet of a class: a grid of pupils by school days.

One row per pupil, one column per day with a sheet, a mark where the pupil was absent or
late (present is left blank, as teachers keep the paper journal), and per pupil the days
absent, of them excused, and late; under the grid the number present each day. A4 on its
side, so that 23 school days fit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.core.attendance import ABSENT, LATE, AttendanceMonth
from app.reports.labels import MONTHS, check_lang, in_languages, long_date
from app.reports.layout import (
    HEADER_FILL,
    LEFT,
    PAGE_HEIGHT,
    RIGHT,
    PageFurniture,
    build_pdf,
    commission_heading,
    para,
    styles,
    table,
    title_block,
)
from app.reports.model import Commission

_l = in_languages
WORDS = {
    "title": _l("Monthly attendance sheet", "Oylik davomat varaqasi",
                "Ойлик давомат варақаси", "Ежемесячная ведомость посещаемости"),
    "class_month": _l("Class {cls} — {month}", "{cls} sinf — {month}", "{cls} синф — {month}",
                      "Класс {cls} — {month}"),
    "pupil": _l("Pupil", "Oʻquvchi", "Ўқувчи", "Ученик"),
    "absent": _l("Abs.", "Kel-\nmadi", "Кел-\nмади", "Проп."),
    "excused": _l("of them exc.", "sh.j. sabab.", "ш.ж. сабаб.", "из них уваж."),
    "late": _l("Late", "Kech.", "Кеч.", "Опозд."),
    "present_day": _l("Present", "Qatnashdi", "Қатнашди", "Присутств."),
    "rate": _l("Attendance over the month: {rate}% of pupil-days; sheets approved for "
               "{approved} of {days} days.",
               "Oy davomida davomat: oʻquvchi-kunlarning {rate}%; {days} kundan {approved} "
               "kunning varaqasi tasdiqlangan.",
               "Ой давомида давомат: ўқувчи-кунларнинг {rate}%; {days} кундан {approved} "
               "куннинг варақаси тасдиқланган.",
               "Посещаемость за месяц: {rate}% ученико-дней; утверждены листы за {approved} "
               "из {days} дней."),
    "legend": _l("{a} absent without a valid reason, {e} absent with a valid reason, "
                 "{l} late without a valid reason, {le} late with a valid reason; blank: "
                 "present.",
                 "{a} — sababsiz kelmadi, {e} — sababli kelmadi, {l} — sababsiz kechikdi, "
                 "{le} — sababli kechikdi; boʻsh — qatnashdi.",
                 "{a} — сабабсиз келмади, {e} — сабабли келмади, {l} — сабабсиз кечикди, "
                 "{le} — сабабли кечикди; бўш — қатнашди.",
                 "{a} — отсутствовал без уважительной причины, {e} — по уважительной, "
                 "{l} — опоздал без уважительной причины, {le} — по уважительной; "
                 "пусто — присутствовал."),
    "teacher": _l("Class teacher", "Sinf rahbari", "Синф раҳбари", "Классный руководитель"),
    "none": _l("No attendance sheets this month.", "Bu oyda davomat varaqalari yoʻq.",
               "Бу ойда давомат варақалари йўқ.", "В этом месяце листов посещаемости нет."),
}
MARKS = {
    "en": {"absent_unexcused": "A", "absent_excused": "E", "late_unexcused": "L",
           "late_excused": "l"},
    "uz-Latn": {"absent_unexcused": "yo", "absent_excused": "s", "late_unexcused": "k",
                "late_excused": "ks"},
    "uz-Cyrl": {"absent_unexcused": "йў", "absent_excused": "с", "late_unexcused": "к",
                "late_excused": "кс"},
    "ru": {"absent_unexcused": "н", "absent_excused": "у", "late_unexcused": "оп",
           "late_excused": "оу"},
}
# A month on its own is named in the nominative; Russian dates use the genitive.
MONTH_NAMES = {**MONTHS, "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль",
                                "август", "сентябрь", "октябрь", "ноябрь", "декабрь")}
WIDE = PAGE_HEIGHT - LEFT - RIGHT  # the frame's width with the page on its side


@dataclass(frozen=True)
class AttendanceSheetDocument:
    """A monthly attendance sheet ready to print: the school and the month's data."""

    school: Commission
    month: AttendanceMonth
    teacher: str = ""


def build_attendance(_case: Any, extra: Any) -> AttendanceSheetDocument:
    month = extra.get("month")
    if not isinstance(month, AttendanceMonth):
        raise ValueError("the monthly sheet needs the month's attendance (extra 'month')")
    return AttendanceSheetDocument(Commission(str(extra.get("commission") or "")), month,
                                   str(extra.get("teacher") or ""))


def month_name(year: int, month: int, lang: str) -> str:
    name = MONTH_NAMES[lang][month - 1]
    return f"{year}-yil {name}" if lang == "uz-Latn" else (
        f"{year}-йил {name}" if lang == "uz-Cyrl" else f"{name} {year}")


def render_attendance(doc: AttendanceSheetDocument, lang: str = "en") -> bytes:
    check_lang(lang)
    m = doc.month
    words = {k: v[lang] for k, v in WORDS.items()}
    marks = MARKS[lang]
    heading = words["class_month"].format(cls=m.class_name, month=month_name(m.year, m.month,
                                                                             lang))
    story: list[Flowable] = [*commission_heading(doc.school),
                             *title_block(words["title"], heading)[:-1], Spacer(1, 2 * mm)]
    if not m.days:
        story.append(para(words["none"]))
    else:
        story += [_grid(m, words, marks), Spacer(1, 1.5 * mm),
                  para(words["legend"].format(a=marks["absent_unexcused"],
                                              e=marks["absent_excused"],
                                              l=marks["late_unexcused"],
                                              le=marks["late_excused"]), "small"),
                  para(words["rate"].format(rate=m.rate, approved=m.approved_days,
                                            days=len(m.days)), "small")]
    if doc.teacher:
        story += [Spacer(1, 2 * mm), para(f"{words['teacher']}: {doc.teacher}  ____________",
                                          "small")]
    furniture = PageFurniture(lang, running_header=f"{doc.school.name} — {words['title']} — "
                              f"{heading}")
    return build_pdf(story, furniture, title=f"{words['title']}: {heading}",
                     author=doc.school.name, subject=heading, landscape=True)


def _head(text: str) -> Paragraph:
    style = ParagraphStyle("grid_head", styles()["cell_bold"], fontSize=6.5, leading=7.5,
                           alignment=1)
    return Paragraph(text.replace("\n", "<br/>"), style)


def _grid(m: AttendanceMonth, words: dict[str, str], marks: dict[str, str]) -> Flowable:
    n_days = len(m.days)
    number_w, totals_w = 7 * mm, 10 * mm
    day_w = min(8 * mm, (WIDE - number_w - 52 * mm - 3 * totals_w) / max(n_days, 1))
    name_w = WIDE - number_w - n_days * day_w - 3 * totals_w
    header = ["№", _head(words["pupil"]), *[_head(str(d.day)) for d in m.days],
              _head(words["absent"]), _head(words["excused"]), _head(words["late"])]
    rows: list[list[Any]] = [header]
    for i, pupil in enumerate(m.pupils, start=1):
        rows.append([str(i), pupil.name,
                     *[marks.get(pupil.marks.get(d, ""), "") for d in m.days],
                     str(pupil.count(*ABSENT)), str(pupil.count("absent_excused")),
                     str(pupil.count(*LATE))])
    rows.append(["", words["present_day"],
                 *[str(m.present_on(d)) for d in m.days], "", "", ""])
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.3, "#999999"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL),
        ("FONTSIZE", (0, 0), (-1, -1), 6.3),
        ("LEADING", (0, 0), (-1, -1), 7),
        ("ALIGN", (2, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for day_col, d in enumerate(m.days, start=2):
        if d.weekday() == 0 and day_col > 2:  # a thicker line where a week begins
            commands.append(("LINEBEFORE", (day_col, 0), (day_col, -1), 1.0, "#333333"))
    widths = [number_w, name_w, *[day_w] * n_days, totals_w, totals_w, totals_w]
    # 35 pupils and the heading fit one page on its side at 3.2 mm a row.
    heights = [8 * mm, *[3.2 * mm] * (len(rows) - 1)]
    return table(rows, widths, commands, repeat_rows=1, row_heights=heights)


__all__ = ["AttendanceSheetDocument", "build_attendance", "long_date", "render_attendance"]
