"""Text as people type it: Unicode normalisation, Uzbek apostrophes, search keys.

Stored text is NFC. In Uzbek Latin, oʻ and gʻ take U+02BB (ʻ) and the tutuq belgisi takes
U+02BC (ʼ); keyboards produce ', ‘, ’ and ` instead, so those are normalised.

Search keys fold case, diacritics and script: a record written in Cyrillic (Қодиров) is found
by typing Latin (qodirov) and the other way round, and g'afurov finds Gʻafurov.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = "'‘’`ʼʻ´"
_OKINA = re.compile(rf"(?<=[OoGg])[{_APOSTROPHES}]")
_TUTUQ = re.compile(r"(?<=[A-Za-z])['‘’`´](?=[A-Za-z])")


def normalise(value: str) -> str:
    """NFC, Uzbek oʻ/gʻ with U+02BB, and trimmed outer whitespace."""
    value = unicodedata.normalize("NFC", value).strip()
    if any(c in value for c in _APOSTROPHES):
        value = _OKINA.sub("\u02bb", value)
        value = _TUTUQ.sub("\u02bc", value)
    return value


_CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "j", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "x", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ў": "o",
    "қ": "q", "ғ": "g", "ҳ": "h", "ә": "a", "ө": "o", "ү": "u", "ң": "n", "і": "i",
}
_FOLD = str.maketrans({**_CYRILLIC_TO_LATIN, "ı": "i", "ə": "e", **{c: "" for c in _APOSTROPHES}})


def search_key(value: str) -> str:
    """Lower case, Latin script, no apostrophes or diacritics: what the search index stores.

    Cyrillic is transliterated before diacritics are stripped, so й stays y and ў stays o.
    """
    folded = unicodedata.normalize("NFC", value).lower().translate(_FOLD)
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("đ", "d")


def search_words(query: str) -> list[str]:
    """The words of a search box's text, folded like the index."""
    return re.findall(r"\w+", search_key(query))
