"""Spreadsheets as people save them: CSV from Excel in any locale, and XLSX workbooks.

A school's list of students arrives as whatever its office software wrote: UTF-8 with or
without a byte-order mark, Windows-1251 from a Russian-locale Excel, UTF-16 from "Unicode
text"; commas, or semicolons where the decimal separator is a comma (Excel in Uzbek and
Russian locales), or tabs; or an ``.xlsx`` workbook whose cells are numbers and dates rather
than text. :func:`read_table` turns each of these into one :class:`Table` — a header and
rows of text, each row numbered as the spreadsheet numbers it — so that the import
(:mod:`app.core.imports`) reads typed text exactly as the form does.

:func:`write_table` writes rows back (the rejected rows with their reasons) in a form the
same office software opens without asking: UTF-8 with a byte-order mark, the delimiter of
the file they came from, or a workbook.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zipfile import BadZipFile

DELIMITERS = (",", ";", "\t")


class SheetError(Exception):
    """The file cannot be read as a table; the message says why and what to do."""


@dataclass
class Table:
    """A header and rows of cell text; ``rows`` are (row number in the file, cells)."""

    headers: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    source: str = ""
    delimiter: str = ","  # for CSV; an XLSX source writes its reports with commas
    encoding: str = "utf-8"
    header_row: int = 1


def read_table(path: Path | str) -> Table:
    """Read a CSV or XLSX file (by its extension, else by its first bytes)."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            start = f.read(4)
    except OSError as exc:
        raise SheetError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if path.suffix.lower() in (".xlsx", ".xlsm") or start.startswith(b"PK\x03\x04"):
        return read_xlsx(path)
    if path.suffix.lower() == ".xls":
        raise SheetError(f"{path.name} is an old Excel 97–2003 workbook; save it in Excel as "
                         "“Excel Workbook (.xlsx)” or “CSV UTF-8”, then import that file")
    return read_csv(path)


def read_csv(path: Path | str) -> Table:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SheetError(f"cannot read {path}: {exc.strerror or exc}") from exc
    text, encoding = decode(raw)
    table = parse_csv(text)
    table.source, table.encoding = path.name, encoding
    return table


def decode(raw: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "utf-16"
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        # Excel's plain "CSV" in a Russian or Uzbek Cyrillic Windows is in the ANSI code page.
        return raw.decode("cp1251", errors="replace"), "cp1251"


def sniff_delimiter(first_line: str) -> str:
    """The delimiter that splits the header line into the most columns (quotes respected)."""
    best, best_count = ",", 1
    for delimiter in DELIMITERS:
        count = len(next(csv.reader([first_line], delimiter=delimiter), []))
        if count > best_count:
            best, best_count = delimiter, count
    return best


def parse_csv(text: str) -> Table:
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    delimiter = sniff_delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    table: Table | None = None
    try:
        # Record numbers, not physical lines: a quoted cell may span lines, and spreadsheet
        # software shows it as one row.
        for number, cells in enumerate(reader, start=1):
            if table is None:
                if any(c.strip() for c in cells):
                    table = Table([c.strip() for c in cells], delimiter=delimiter,
                                  header_row=number)
                continue
            if any(c.strip() for c in cells):
                table.rows.append((number, cells))
    except csv.Error as exc:
        raise SheetError(f"the file is not a well-formed CSV table: {exc}") from exc
    if table is None:
        raise SheetError("the file is empty: the first row must name the columns")
    return table


def read_xlsx(path: Path | str) -> Table:
    """The first sheet of a workbook (read-only: a large file is streamed, not loaded)."""
    import openpyxl  # imported here: only an import from a workbook needs it
    from openpyxl.utils.exceptions import InvalidFileException

    path = Path(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, OSError, KeyError, ValueError) as exc:
        raise SheetError(f"{path.name} cannot be read as an Excel workbook: {exc}") from exc
    try:
        sheet = book.worksheets[0]
        table: Table | None = None
        for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            cells = [cell_text(v) for v in values]
            if table is None:
                if any(c.strip() for c in cells):
                    table = Table([c.strip() for c in cells], source=path.name, delimiter=",",
                                  encoding="xlsx", header_row=number)
                continue
            if any(c.strip() for c in cells):
                table.rows.append((number, cells))
    finally:
        book.close()
    if table is None:
        raise SheetError(f"the first sheet of {path.name} is empty: its first row must name "
                         "the columns")
    # Trailing empty header cells are formatting, not columns.
    while table.headers and not table.headers[-1]:
        table.headers.pop()
    return table


def cell_text(value: Any) -> str:
    """A workbook cell as a person would have typed it (dates as 2012-03-05)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        # A PINFL or phone typed into a number cell comes back as a float.
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def write_table(path: Path | str, headers: Sequence[str], rows: Sequence[Sequence[str]], *,
                delimiter: str = ",") -> Path:
    """Write a table as CSV (UTF-8 with BOM, so Excel shows Cyrillic) or, for ``.xlsx``, as
    a workbook. The file appears whole or not at all."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        if path.suffix.lower() == ".xlsx":
            import openpyxl

            book = openpyxl.Workbook(write_only=True)
            sheet = book.create_sheet()
            sheet.append(list(headers))
            for row in rows:
                sheet.append(list(row))
            book.save(tmp)
        else:
            with tmp.open("w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f, delimiter=delimiter)
                writer.writerow(headers)
                writer.writerows(rows)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise SheetError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return path
