"""The receipt of accepted documents: what was handed in, when, under which number."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from app.reports.labels import check_lang, label, long_datetime, number
from app.reports.layout import (
    WIDTH,
    PageFurniture,
    build_pdf,
    commission_heading,
    grid,
    key_values,
    para,
    qr_code,
    signatures,
    table,
    title_block,
)
from app.reports.model import AttachedFile, Receipt, Signatory, localise

QR_COLUMN = 42 * mm


def render_receipt(receipt: Receipt, lang: str = "en") -> bytes:
    """The receipt as A4 PDF bytes, printed in ``lang``."""
    check_lang(lang)
    number_text = number(receipt.number, lang)
    story: list[Flowable] = [
        *commission_heading(receipt.commission),
        *title_block(label("receipt", lang), label("receipt_sub", lang), number_text),
        _facts_and_qr(receipt, lang),
    ]
    story += [Spacer(1, 6 * mm), para(label("attachments", lang), "heading"),
              Spacer(1, 2 * mm), _attachments(receipt.attachments, lang), Spacer(1, 10 * mm),
              signatures([Signatory(label("accepted_by", lang), receipt.received_by),
                          Signatory(label("handed_over_by", lang), "")], lang)]
    furniture = PageFurniture(lang, running_header=f"{receipt.commission.name} — "
                              f"{label('receipt', lang)} {number_text}",
                              footer_left=f"{label('case_id', lang)}: {receipt.case_id}")
    return build_pdf(story, furniture, title=f"{label('receipt', lang)} {number_text}",
                     author=receipt.commission.name, subject=localise(receipt.subject, lang))


def _facts_and_qr(receipt: Receipt, lang: str) -> Table:
    facts = key_values([
        (label("reg_number", lang), receipt.number +
         (f"\n({label('provisional', lang)})" if receipt.provisional else "")),
        (label("received_at", lang), long_datetime(receipt.received_at, lang)),
        (label("from_whom", lang), receipt.submitted_by),
        (label("subject", lang), localise(receipt.subject, lang)),
        (label("case_id", lang), receipt.case_id),
    ], width=WIDTH - QR_COLUMN, label_width=42 * mm)
    code = [qr_code(receipt.qr_payload), para(label("qr_caption", lang), "small")]
    return table([[facts, code]], [WIDTH - QR_COLUMN, QR_COLUMN],
                 [("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "CENTER"),
                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                  ("RIGHTPADDING", (0, 0), (0, 0), 4 * mm),
                  ("RIGHTPADDING", (1, 0), (1, 0), 0)])


def _attachments(files: tuple[AttachedFile, ...], lang: str) -> Flowable:
    if not files:
        return para(f"— {label('no_attachments', lang)} —", "subtitle")
    rows: list[list[Any]] = [[para(label("number_sign", lang), "cell_bold"),
                                   para(label("document_col", lang), "cell_bold"),
                                   para(label("file_col", lang), "cell_bold")]]
    for i, item in enumerate(files, start=1):
        file_cell = [para(item.file_name, "cell")]
        details = ", ".join(filter(None, [_size(item.size),
                                          f"sha256 {item.sha256[:16]}…" if item.sha256 else ""]))
        if details:
            file_cell.append(para(details, "small_left"))
        rows.append([para(str(i), "cell"), para(localise(item.document, lang), "cell"),
                     file_cell])
    return grid(rows, [12 * mm, (WIDTH - 12 * mm) * 0.55, (WIDTH - 12 * mm) * 0.45])


def _size(size: int | None) -> str:
    if size is None:
        return ""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
