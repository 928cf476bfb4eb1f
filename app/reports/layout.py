"""The official look shared by every document: fonts, margins, headings, tables, signatures.

Everything here returns reportlab flowables or PDF bytes; nothing reads a case or a file
other than the fonts. The DejaVu fonts are registered once per process: they are embedded
(subset) in every PDF, so Uzbek Latin (oʻ gʻ ʼ), Uzbek Cyrillic (ў қ ғ ҳ), Karakalpak and
Russian print on a PC that has none of them installed.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.paths import fonts_dir
from app.reports.labels import label
from app.reports.model import Commission, Signatory, localise

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"
PAGE_WIDTH, PAGE_HEIGHT = A4
# Margins of Uzbek official papers: a wide left margin for binding.
LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 15 * mm, 20 * mm, 20 * mm
WIDTH = PAGE_WIDTH - LEFT - RIGHT
BORDER_PADDING = 9 * mm  # between a bordered page's frame and its text
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
HEADER_FILL = colors.HexColor("#E8E8E8")


@cache
def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) with reportlab once; return their names."""
    folder = fonts_dir()
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    # No oblique face is shipped: <i> prints upright rather than failing.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)
    return FONT, FONT_BOLD


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of all documents, by name."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=14.5,
                          alignment=TA_JUSTIFY)
    out = {
        "body": base,
        "left": ParagraphStyle("left", base, alignment=TA_LEFT),
        "commission": ParagraphStyle("commission", base, fontName=FONT_BOLD, fontSize=11.5,
                                     leading=15, alignment=TA_CENTER),
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=16, leading=20,
                                alignment=TA_CENTER, spaceBefore=6),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=11, leading=14,
                                   alignment=TA_CENTER),
        "heading": ParagraphStyle("heading", base, fontName=FONT_BOLD, fontSize=11.5,
                                  leading=15, alignment=TA_CENTER),
        "name": ParagraphStyle("name", base, fontName=FONT_BOLD, fontSize=15, leading=19,
                               alignment=TA_CENTER),
        "point": ParagraphStyle("point", base, leftIndent=7 * mm, bulletIndent=0,
                                bulletFontName=FONT, bulletFontSize=10.5, spaceAfter=4),
        "item": ParagraphStyle("item", base, fontSize=9.5, leading=12.5, alignment=TA_LEFT,
                               leftIndent=6 * mm, bulletIndent=0, bulletFontName=FONT,
                               bulletFontSize=9.5, spaceAfter=2),
        "statement": ParagraphStyle("statement", base, fontSize=12, leading=16,
                                    alignment=TA_CENTER),
        "cell": ParagraphStyle("cell", base, fontSize=9.5, leading=12, alignment=TA_LEFT),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=FONT_BOLD, fontSize=9.5,
                                    leading=12, alignment=TA_LEFT),
        "right": ParagraphStyle("right", base, alignment=TA_RIGHT),
        "label": ParagraphStyle("label", base, fontSize=9, leading=12, textColor=GREY,
                                alignment=TA_LEFT),
        "small": ParagraphStyle("small", base, fontSize=7.5, leading=9.5, textColor=GREY,
                                alignment=TA_CENTER),
        "small_left": ParagraphStyle("small_left", base, fontSize=7.5, leading=9.5,
                                     textColor=GREY, alignment=TA_LEFT),
    }
    return out


def para(text: str, style: str = "body", *, markup: str = "") -> Paragraph:
    """A paragraph of plain ``text`` (escaped: names may hold ``&`` or ``<``).

    ``markup`` wraps it in a tag such as ``"b"``.
    """
    body = escape(text).replace("\n", "<br/>")
    if markup:
        body = f"<{markup}>{body}</{markup}>"
    return Paragraph(body, styles()[style])


def numbered(items: Sequence[str], style: str = "point") -> list[Flowable]:
    """Numbered paragraphs ("1." hanging in the margin): a decision's points (``"point"``,
    justified) or a list of rights (``"item"``, smaller, ragged right)."""
    return [Paragraph(escape(item), styles()[style], bulletText=f"{i}.")
            for i, item in enumerate(items, start=1)]


def table(data: list[list[Any]], widths: Sequence[float], commands: list[tuple[Any, ...]],
          *, repeat_rows: int = 0, row_heights: Sequence[float] | None = None) -> Table:
    """A reportlab table in the documents' font (its default, Helvetica, would otherwise be
    referenced — unembedded — by every PDF that has a table)."""
    result = Table(data, colWidths=list(widths), repeatRows=repeat_rows,
                   rowHeights=list(row_heights) if row_heights else None)
    result.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands]))
    return result


def commission_heading(commission: Commission) -> list[Flowable]:
    """The issuing commission's name, centred, above a double rule."""
    return [
        para(commission.name, "commission"),
        Spacer(1, 2 * mm),
        HRFlowable(width="100%", thickness=1.2, color=colors.black, spaceAfter=1),
        HRFlowable(width="100%", thickness=0.4, color=colors.black, spaceAfter=5 * mm),
    ]


def title_block(title: str, subtitle: str = "", number_line: str = "") -> list[Flowable]:
    """A centred document title with an optional subtitle and number line."""
    out: list[Flowable] = [para(title, "title")]
    if subtitle:
        out.append(para(subtitle, "subtitle"))
    if number_line:
        out += [Spacer(1, 1.5 * mm), para(number_line, "subtitle")]
    out.append(Spacer(1, 6 * mm))
    return out


def key_values(rows: Sequence[tuple[str, str]], *, width: float = WIDTH,
               label_width: float = 55 * mm) -> Table:
    """A two-column table of labels and values, thin rules between rows."""
    data = [[para(k, "label"), para(v, "left")] for k, v in rows]
    return table(data, [label_width, width - label_width], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ])


def grid(data: list[list[Any]], widths: Sequence[float], *, repeat_header: bool = True
         ) -> Table:
    """A ruled table whose first row is a shaded header, repeated on every page."""
    return table(data, widths, [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ], repeat_rows=1 if repeat_header else 0)


def signatures(people: Sequence[Signatory], lang: str, *, width: float = WIDTH) -> Table:
    """Role, a line to sign on with "(signature)" under it, and the printed name."""
    data: list[list[Any]] = []
    for person in people:
        data.append([para(localise(person.role, lang), "left", markup="b"), "",
                     para(person.name, "right")])
        data.append(["", para(f"({label('signature', lang)})", "small"), ""])
    commands: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                       ("TOPPADDING", (0, 0), (-1, -1), 0),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    for row in range(0, len(data), 2):
        commands += [("LINEBELOW", (1, row), (1, row), 0.6, colors.black),
                     ("TOPPADDING", (0, row), (-1, row), 9 * mm if row else 2 * mm)]
    return table(data, [width - 90 * mm, 45 * mm, 45 * mm], commands)


def qr_code(payload: str, size: float = 34 * mm) -> Drawing:
    """A QR code (error correction M) of ``payload``, ``size`` points square."""
    widget = QrCodeWidget(payload, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.initialFontName = FONT  # not Helvetica, which would be referenced unembedded
    drawing.add(widget)
    return drawing


@dataclass(frozen=True)
class PageFurniture:
    """What repeats on every page: a running header from page 2, the footer, page numbers."""

    lang: str
    running_header: str = ""
    footer_left: str = ""
    always_number: bool = False  # number even a one-page document
    border: bool = False  # a double frame round the page, for certificates and mandates


def _draw_furniture(canvas: Canvas, furniture: PageFurniture, page: int, pages: int) -> None:
    page_width, page_height = canvas._pagesize  # A4, upright or on its side
    width = page_width - LEFT - RIGHT
    canvas.saveState()
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(GREY)
    if furniture.running_header and page > 1:
        canvas.drawString(LEFT, page_height - TOP + 6 * mm, furniture.running_header)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(LEFT, page_height - TOP + 4.5 * mm, page_width - RIGHT,
                    page_height - TOP + 4.5 * mm)
    if furniture.footer_left:
        canvas.drawString(LEFT, BOTTOM - 10 * mm, furniture.footer_left)
    if pages > 1 or furniture.always_number:
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(colors.black)
        canvas.drawRightString(page_width - RIGHT, BOTTOM - 10 * mm,
                               label("page", furniture.lang, page=page, pages=pages))
    if furniture.border:
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(1.6)
        canvas.rect(LEFT, BOTTOM, width, page_height - TOP - BOTTOM)
        canvas.setLineWidth(0.5)
        gap = 1.5 * mm
        canvas.rect(LEFT + gap, BOTTOM + gap, width - 2 * gap, page_height - TOP - BOTTOM - 2 * gap)
    canvas.restoreState()


def _numbered_canvas(furniture: PageFurniture) -> Callable[..., Canvas]:
    """A canvas class that holds pages back until the end, to print "page N of M"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                _draw_furniture(self, furniture, number, pages)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def build_pdf(story: list[Flowable], furniture: PageFurniture, *, title: str, author: str,
              subject: str = "", landscape: bool = False) -> bytes:
    """Lay ``story`` out on A4 pages and return the PDF.

    The output is invariant: the same story gives the same bytes (no creation time or random
    document id), so a printed decision can be compared with a reprint.
    """
    register_fonts()
    buffer = io.BytesIO()
    size = (PAGE_HEIGHT, PAGE_WIDTH) if landscape else A4  # a wide grid lies on its side
    doc = BaseDocTemplate(buffer, pagesize=size, leftMargin=LEFT, rightMargin=RIGHT,
                          topMargin=TOP, bottomMargin=BOTTOM, title=title, author=author,
                          subject=subject, creator="Daftar", producer="Daftar (reportlab)",
                          invariant=1, lang=furniture.lang, initialFontName=FONT)
    pad = BORDER_PADDING if furniture.border else 0
    frame = Frame(LEFT, BOTTOM, size[0] - LEFT - RIGHT, size[1] - TOP - BOTTOM, id="body",
                  leftPadding=pad, rightPadding=pad, topPadding=pad, bottomPadding=pad)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_numbered_canvas(furniture))
    return buffer.getvalue()
