"""Student lists as schools keep them in Excel, for the import tests (core, CLI, client)."""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from pathlib import Path

from app.core.cases import CaseDesk
from app.core.identifiers import pinfl_check_digit

# Headers in Uzbek Latin, as a school's own sheet has them (with an ASCII apostrophe, as
# keyboards type it), plus a column Daftar does not know.
HEADERS = ["Familiyasi", "Ismi", "Otasining ismi", "Tug'ilgan sanasi", "Jinsi", "JShShIR",
           "Sinf", "Izoh"]
SURNAMES = ["Gʻafurov", "Karimov", "Oʻrinboyev", "Qodirov", "Иванов", "Тошматов", "Раҳимов",
            "Yoʻldosheva", "Ergasheva", "Сидорова"]
GIVEN = ["Akmal", "Dilnoza", "Shoʻxrat", "Gʻayrat", "Алишер", "Мадина", "Зарина", "Bekzod"]
CLASSES = ["5-A", "5-B", "6-A"]


def pinfl(born: date, male: bool, serial: int) -> str:
    first = ("5" if male else "6") if born.year >= 2000 else ("3" if male else "4")
    body = f"{first}{born:%d%m%y}{serial % 1_000_000:06d}"
    return body + str(pinfl_check_digit(body))


def student_rows(count: int, seed: int = 7) -> list[list[str]]:
    """``count`` good rows: Latin and Cyrillic names, dotted dates, unique PINFLs."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        born = date(2010, 1, 1) + timedelta(days=rng.randrange(0, 1800))
        male = rng.random() < 0.5
        rows.append([rng.choice(SURNAMES), rng.choice(GIVEN),
                     rng.choice(["", "Rustam oʻgʻli", "Алишерович"]),
                     born.strftime("%d.%m.%Y"), "Erkak" if male else "Ayol",
                     pinfl(born, male, i), rng.choice(CLASSES), "" if i % 7 else "yangi"])
    return rows


# Three bad rows and the problems they must be reported with: (row number as the
# spreadsheet shows it, header = 1; the column; a word of the reason).
BAD = {
    18: ("JShShIR", "14 digits"),
    2051: ("Tug'ilgan sanasi", "must be a date"),
    4012: ("Familiyasi", "required"),
}


def spoil(rows: list[list[str]]) -> list[list[str]]:
    """The rows with the three mistakes of :data:`BAD` (data row i is file row i + 2)."""
    rows = [list(r) for r in rows]
    rows[18 - 2][5] = rows[18 - 2][5][:13]
    rows[2051 - 2][3] = "31.02.2012"
    rows[4012 - 2][0] = ""
    return rows


def write_csv(path: Path, rows: list[list[str]], *, delimiter: str = ",",
              encoding: str = "utf-8", headers: list[str] = HEADERS) -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def make_classes(desk: CaseDesk) -> dict[str, str]:
    """The classes the student rows name, by name → id."""
    return {name: desk.new("class", {"name": name, "grade": int(name.split("-")[0]),
                                     "language": "uz"}).id for name in CLASSES}
