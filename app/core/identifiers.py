"""Person identifiers: Uzbek PINFL, Azerbaijani FIN, Vietnamese citizen ID.

A check returns the normalised value, a refusal (``error``) when the value cannot be an
identifier of that kind, and warnings for rules that come from unofficial sources (the PINFL
check digit, Vietnamese province codes after the 2025 mergers): a warning never refuses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

IDENTIFIER_KINDS = ("pinfl", "fin", "vn_citizen_id")


@dataclass(frozen=True)
class IdentifierCheck:
    value: str
    error: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)
    birth_date: date | None = None
    sex: str | None = None  # "male" | "female"

    @property
    def ok(self) -> bool:
        return self.error is None


def _compact(raw: str) -> str:
    return re.sub(r"[\s\-]", "", str(raw))


# --- Uzbekistan: PINFL ------------------------------------------------------------------

# First digit: century and sex (odd = male, even = female).
_PINFL_CENTURY = {
    "1": (1800, "male"),
    "2": (1800, "female"),
    "3": (1900, "male"),
    "4": (1900, "female"),
    "5": (2000, "male"),
    "6": (2000, "female"),
}


def pinfl_check_digit(first13: str) -> int:
    """Check digit over the first 13 digits: weights 7, 3, 1 repeating, sum mod 10."""
    weights = (7, 3, 1)
    return sum(int(d) * weights[i % 3] for i, d in enumerate(first13)) % 10


def check_pinfl(raw: str) -> IdentifierCheck:
    value = _compact(raw)
    if not re.fullmatch(r"[0-9]{14}", value):
        return IdentifierCheck(value, "a PINFL has exactly 14 digits")
    century = _PINFL_CENTURY.get(value[0])
    if century is None:
        return IdentifierCheck(value, "the first digit of a PINFL (century and sex) must be 1–6")
    day, month, yy = int(value[1:3]), int(value[3:5]), int(value[5:7])
    try:
        born = date(century[0] + yy, month, day)
    except ValueError:
        return IdentifierCheck(
            value, f"digits 2–7 of a PINFL are the birth date DDMMYY; {value[1:7]} is not a date"
        )
    if born > date.today():
        return IdentifierCheck(value, f"the birth date in this PINFL ({born:%d.%m.%Y}) is "
                                      "in the future")
    warnings: tuple[str, ...] = ()
    if pinfl_check_digit(value[:13]) != int(value[13]):
        warnings = ("the PINFL check digit does not match; please compare with the document",)
    return IdentifierCheck(value, None, warnings, born, century[1])


# --- Azerbaijan: FIN --------------------------------------------------------------------


def check_fin(raw: str) -> IdentifierCheck:
    value = _compact(raw).upper()
    if len(value) != 7:
        return IdentifierCheck(value, "a FIN has exactly 7 characters")
    if "I" in value or "O" in value:
        return IdentifierCheck(value, "a FIN never contains the letters I or O")
    if not re.fullmatch(r"[A-HJ-NP-Z0-9]{7}", value):
        return IdentifierCheck(value, "a FIN has only Latin capital letters and digits")
    return IdentifierCheck(value)


# --- Vietnam: 12-digit citizen ID -------------------------------------------------------

# Province codes of the 63 provinces (Circular 07/2016/TT-BCA).
_VN_PROVINCES = frozenset(
    [
        "001",
        "002",
        "004",
        "006",
        "008",
        "010",
        "011",
        "012",
        "014",
        "015",
        "017",
        "019",
        "020",
        "022",
        "024",
        "025",
        "026",
        "027",
        "030",
        "031",
        "033",
        "034",
        "035",
        "036",
        "037",
        "038",
        "040",
        "042",
        "044",
        "045",
        "046",
        "048",
        "049",
        "051",
        "052",
        "054",
        "056",
        "058",
        "060",
        "062",
        "064",
        "066",
        "067",
        "068",
        "070",
        "072",
        "074",
        "075",
        "077",
        "079",
        "080",
        "082",
        "083",
        "084",
        "086",
        "087",
        "089",
        "091",
        "092",
        "093",
        "094",
        "095",
        "096",
    ]
)


def check_vn_citizen_id(raw: str) -> IdentifierCheck:
    value = _compact(raw)
    if not re.fullmatch(r"[0-9]{12}", value):
        return IdentifierCheck(value, "a Vietnamese citizen ID has exactly 12 digits")
    century_sex = int(value[3])
    century = 1900 + 100 * (century_sex // 2)
    sex = "male" if century_sex % 2 == 0 else "female"
    year = century + int(value[4:6])
    if year > date.today().year:
        return IdentifierCheck(
            value, f"digits 4–6 give the birth year {year}, which is in the future"
        )
    warnings: tuple[str, ...] = ()
    if value[:3] not in _VN_PROVINCES:
        warnings = (f"{value[:3]} is not a known province code",)
    return IdentifierCheck(value, None, warnings, None, sex)


CHECKS = {"pinfl": check_pinfl, "fin": check_fin, "vn_citizen_id": check_vn_citizen_id}


def check_identifier(kind: str, raw: str) -> IdentifierCheck:
    """Check ``raw`` as an identifier of ``kind`` (one of IDENTIFIER_KINDS)."""
    return CHECKS[kind](raw)
