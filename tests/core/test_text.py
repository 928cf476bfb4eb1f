"""Text as people type it (app/core/text.py): normalisation and search keys."""

from __future__ import annotations

import unicodedata

import pytest

from app.core.text import normalise, search_key, search_words

OKINA, TUTUQ = "\u02bb", "\u02bc"


# --- normalise ----------------------------------------------------------------------------


@pytest.mark.parametrize("typed", [
    "O'zbekiston", "O‘zbekiston", "O’zbekiston", "O`zbekiston", "O´zbekiston", "Oʼzbekiston",
    "Oʻzbekiston",
])
def test_every_look_alike_after_o_becomes_the_okina(typed: str) -> None:
    assert normalise(typed) == f"O{OKINA}zbekiston"


@pytest.mark.parametrize(("typed", "stored"), [
    ("G'ulomov", f"G{OKINA}ulomov"),
    ("Farg'ona", f"Farg{OKINA}ona"),
    ("o'g'il", f"o{OKINA}g{OKINA}il"),
    ("O'G'IL", f"O{OKINA}G{OKINA}IL"),
    ("bog'", f"bog{OKINA}"),  # at the end of a word too
])
def test_okina_after_g_and_o(typed: str, stored: str) -> None:
    assert normalise(typed) == stored


@pytest.mark.parametrize(("typed", "stored"), [
    ("ma'lumot", f"ma{TUTUQ}lumot"),
    ("ma’lumot", f"ma{TUTUQ}lumot"),
    ("e'lon", f"e{TUTUQ}lon"),
    ("Qur`on", f"Qur{TUTUQ}on"),
    ("ta'lim va a'zo", f"ta{TUTUQ}lim va a{TUTUQ}zo"),
])
def test_tutuq_belgisi_between_letters(typed: str, stored: str) -> None:
    assert normalise(typed) == stored


def test_both_marks_in_one_text() -> None:
    assert normalise("O'zbekiston ma'lumotlari") == f"O{OKINA}zbekiston ma{TUTUQ}lumotlari"


@pytest.mark.parametrize("text", [
    "Toshkent", "Қодиров Ғафуров", "Тошкент шаҳри", "'quoted'", "it is 5' long", "",
    f"O{OKINA}zbekiston", f"ma{TUTUQ}lumot",
])
def test_text_without_anything_to_fix_is_unchanged(text: str) -> None:
    assert normalise(text) == text


def test_outer_whitespace_is_trimmed_inner_kept() -> None:
    assert normalise("  Ali  Valiyev \n") == "Ali  Valiyev"
    assert normalise("a\nb") == "a\nb"


@pytest.mark.parametrize("text", ["Nguyễn Thị Ánh", "Əliyev İsmayıl", "Şəki", "Müller"])
def test_normalise_stores_nfc(text: str) -> None:
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    result = normalise(decomposed)
    assert result == unicodedata.normalize("NFC", text)
    assert unicodedata.is_normalized("NFC", result)


def test_normalise_is_idempotent() -> None:
    for typed in ["O'zbekiston ma'lumot", "  G`afur  ", "Nguye\u0302\u0303n"]:
        once = normalise(typed)
        assert normalise(once) == once


# --- search_key ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "key"), [
    ("Қодиров", "qodirov"),
    ("Ғафуров", "gafurov"),
    ("Gʻafurov", "gafurov"),
    ("G'afurov", "gafurov"),
    ("G‘afurov", "gafurov"),
    ("Oʻrinboyev", "orinboyev"),
    ("Ўринбоев", "orinboev"),
    ("Шоҳиста", "shohista"),
    ("Shohista", "shohista"),
    ("Чориев", "choriev"),
    ("Ёқубов", "yoqubov"),
    ("Юлдашев", "yuldashev"),
    ("Хасанов", "xasanov"),
    ("Xasanov", "xasanov"),
    ("Щукин", "shukin"),
    ("Объект", "obekt"),
    ("Цой", "tsoy"),
    ("Maʼmurov", "mamurov"),
    ("Маъмуров", "mamurov"),
    ("TOSHKENT", "toshkent"),
    ("Əliyev", "eliyev"),
    ("Ismayıl", "ismayil"),  # Azerbaijani dotless ı
])
def test_search_key_folds_case_script_and_apostrophes(text: str, key: str) -> None:
    assert search_key(text) == key


def test_latin_and_cyrillic_spellings_meet() -> None:
    pairs = [("Қодиров", "Qodirov"), ("Ғафуров", "Gʻafurov"), ("Тошкент", "Toshkent"),
             ("Ўзбекистон", "O'zbekiston"), ("Шаҳло", "Shahlo"), ("Жиззах", "Jizzax")]
    for cyrillic, latin in pairs:
        assert search_key(cyrillic) == search_key(latin), (cyrillic, latin)


def test_search_key_of_decomposed_text_matches_composed() -> None:
    assert search_key(unicodedata.normalize("NFD", "Йўлдошев")) == search_key("Йўлдошев")
    assert search_key("Йўлдошев") == "yoldoshev"


@pytest.mark.parametrize(("text", "typed"), [
    ("Nguyễn", "nguyen"),
    ("Trần Thị Ánh", "tran thi anh"),
    ("İsmayıl", "ismayil"),
    ("Şahin", "sahin"),
])
def test_search_key_folds_diacritics(text: str, typed: str) -> None:
    assert search_key(text) == search_key(typed)


# --- search_words -------------------------------------------------------------------------


def test_search_words_split_and_fold() -> None:
    assert search_words("G'afurov  Qodirov") == ["gafurov", "qodirov"]
    assert search_words("Қодиров, Ғафуров!") == ["qodirov", "gafurov"]
    assert search_words("  Oʻrinboyev\tShohista ") == ["orinboyev", "shohista"]
    assert search_words("5-A sinf") == ["5", "a", "sinf"]


def test_an_apostrophe_does_not_split_a_word() -> None:
    assert search_words("Oʻzbekiston maʼlumot") == ["ozbekiston", "malumot"]
    assert search_words("O'zbekiston ma'lumot") == ["ozbekiston", "malumot"]


@pytest.mark.parametrize("query", ["", "   ", "— , . !", "'"])
def test_search_words_of_nothing(query: str) -> None:
    assert search_words(query) == []
