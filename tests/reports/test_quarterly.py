"""The quarterly report document: the table reads back in both Uzbek scripts with its
numbers, and the chart's bars and labels stay inside their frame whatever the numbers."""

from __future__ import annotations

import itertools

import pytest
from reportlab.graphics.shapes import Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

import app.reports as reports
from app.core.movement import Report, Row, aggregate, default_indicators
from app.reports.labels import LANGUAGES
from app.reports.model import localise
from app.reports.quarterly import LABEL_WIDTH, WORDS, bar_chart, number

DISTRICT = "uz.jizzakh.zarbdor"
NAME = "Zarbdor tumani «Hamma uchun raqamli taʼlim» ishchi guruhi"


def words(text: str) -> str:
    return " ".join(text.split())


def report(org: str = DISTRICT, scale: float = 1.0) -> Report:
    """Known numbers: 12,394 accounts; 171.5 hours; one indicator far beyond its target."""
    rows = []
    for k, ind in enumerate(default_indicators()):
        target = {"accounts_created": 15000.0, "trained_community": 40.0}.get(ind.id, 100.0
                                                                             * (k + 1))
        cumulative = {"accounts_created": 12394.0, "hours": 171.5,
                      "trained_community": 236.0}.get(ind.id, 30.0 * k)
        rows.append(Row(ind, target * scale, round(cumulative * scale / 3, 1),
                        cumulative * scale))
    return Report(org, 2025, 2, tuple(rows), "sessions", sessions=17)


@pytest.mark.parametrize("lang", ["uz-Latn", "uz-Cyrl"])
def test_indicator_names_in_both_uzbek_scripts_and_the_numbers_read_back(lang: str,
                                                                         pdf_text) -> None:
    pages = pdf_text(reports.render("quarterly", None, lang, {"report": report(),
                                                               "commission": NAME}))
    assert len(pages) == 1
    text = words(pages[0])
    assert words(NAME) in text
    for ind in default_indicators():
        label = localise(ind.label, lang)
        assert label in text, label
        assert text.count(label) >= 1
    assert ("ʻ" in text) == (lang == "uz-Latn") and "'" not in text  # oʻ gʻ with U+02BB
    if lang == "uz-Cyrl":
        assert all(letter in text for letter in "ўқғҳ")
    for shown in ("12 394", "15 000", "82,6%", "171,5", "590%", "17"):
        assert shown in text, shown
    assert words(WORDS["chart"][lang]) in text


def test_numbers_print_in_each_languages_style() -> None:
    assert number(12394, "en") == "12,394" and number(12394, "ru") == "12\u00a0394"
    assert number(171.5, "uz-Latn") == "171,5" and number(171.5, "en") == "171.5"
    assert number(82.56, "en", percent=True) == "82.6%" and number(None, "ru") == "—"


@pytest.mark.parametrize("scale", [0.0, 0.01, 1.0, 40.0])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_chart_bars_and_labels_stay_inside_the_frame(lang: str, scale: float) -> None:
    rows = report(scale=1.0).rows
    # Targets fixed, achievements scaled: from nothing done to 40 times the target.
    scaled = [Row(r.indicator, r.target, r.achieved * scale, r.cumulative * scale)
              for r in rows]
    rows = (*scaled, Row(rows[0].indicator, None, 3, 3))
    drawing = bar_chart(rows, lang)
    labels = []
    for shape in drawing.contents:
        if isinstance(shape, Rect):
            assert shape.x >= 0 and shape.x + shape.width <= drawing.width + 0.01
            assert shape.y >= 0 and shape.y + shape.height <= drawing.height + 0.01
        if isinstance(shape, String):
            width = stringWidth(shape.text, shape.fontName, shape.fontSize)
            left = shape.x - (width / 2 if shape.textAnchor == "middle" else 0)
            assert left >= 0 and left + width <= drawing.width + 0.01, shape.text
            assert 0 <= shape.y <= drawing.height - shape.fontSize * 0.7, shape.text
            if shape.x == 0:  # an indicator's name, left of the bars
                assert width <= LABEL_WIDTH, shape.text
                labels.append(shape)
    # The names never overlap: each line sits at least a font size below the one above.
    ys = sorted((s.y for s in labels), reverse=True)
    assert all(a - b >= 7.5 for a, b in itertools.pairwise(ys))
    assert len(labels) >= len(rows)


def test_a_province_names_the_districts_added_up_and_those_missing(pdf_text) -> None:
    parts = [report("uz.jizzakh.zarbdor"), report("uz.jizzakh.gallaorol", 2.0)]
    province = aggregate("uz.jizzakh", 2025, 2, parts, missing=["uz.jizzakh.jizzakh_city"])
    names = {"uz.jizzakh.zarbdor": "Zarbdor tumani", "uz.jizzakh.gallaorol": "Gʻallaorol tumani",
             "uz.jizzakh.jizzakh_city": "Jizzax shahri"}
    text = words(pdf_text(reports.render("quarterly", None, "uz-Latn", {
        "report": province, "commission": "Jizzax viloyati ishchi guruhi", "names": names,
        "head": "Shahlo Mirzayeva", "at": "2025-07-03"}))[0])
    assert "2 ta tuman hisobotlari yigʻindisi: Zarbdor tumani, Gʻallaorol tumani" in text
    assert "Hali topshirmagan: Jizzax shahri" in text
    assert "37 182" in text and "Shahlo Mirzayeva" in text and "2025-yil 3-iyul" in text


def test_without_a_report_the_document_says_where_one_comes_from() -> None:
    with pytest.raises(reports.DocumentError, match="daftar report quarterly"):
        reports.render("quarterly", None, "en", {})
