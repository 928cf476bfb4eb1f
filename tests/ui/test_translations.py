"""Every string of the client is translated into Uzbek (both scripts) and Russian."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.ui.i18n import lrelease, translations_dir

ROOT = Path(__file__).parents[2]
LANGS = ("uz-Latn", "uz-Cyrl", "ru")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message.find("translation")
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_translation_is_complete_and_keeps_placeholders(lang: str) -> None:
    messages = _messages(translations_dir() / f"daftar_{lang}.ts")
    assert len(messages) > 100
    for (context, source), translation in messages.items():
        assert translation is not None and translation.get("type") is None, (context, source)
        text = translation.text or ""
        assert text.strip(), (context, source)
        for placeholder in re.findall(r"\{\d\}|%\d", source):
            assert placeholder in text, (lang, source, text)
        if lang == "uz-Latn":
            assert "'" not in text and "`" not in text, text  # oʻ gʻ and ʼ, not ASCII


def test_every_string_in_the_code_is_in_the_translations(tmp_path: Path) -> None:
    tool = lrelease()
    assert tool is not None
    lupdate = Path(tool).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    in_code = set(_messages(fresh))
    for lang in LANGS:
        missing = in_code - set(_messages(translations_dir() / f"daftar_{lang}.ts"))
        assert not missing, f"run pyside6-lupdate for daftar_{lang}.ts and translate: {missing}"
