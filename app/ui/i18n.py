"""Languages of the client: Qt translations, locales and dates in each language's style.

User-visible strings are written in English in the code (``translate()``); their translations are
``resources/translations/daftar_<lang>.ts`` (Qt Linguist sources), compiled to ``.qm`` at
install or build time (``python -m app.ui.i18n``). A checkout without compiled files
compiles them on first start when Qt's ``lrelease`` is at hand.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from app.core.definitions import LANGUAGES
from app.paths import resources_dir
from app.ui.qt import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTranslator

NAMES = {"en": "English", "uz-Latn": "Oʻzbekcha", "uz-Cyrl": "Ўзбекча", "ru": "Русский"}

_LOCALES = {
    "en": (QLocale.Language.English, QLocale.Script.LatinScript, QLocale.Country.UnitedKingdom),
    "uz-Latn": (QLocale.Language.Uzbek, QLocale.Script.LatinScript, QLocale.Country.Uzbekistan),
    "uz-Cyrl": (QLocale.Language.Uzbek, QLocale.Script.CyrillicScript, QLocale.Country.Uzbekistan),
    "ru": (QLocale.Language.Russian, QLocale.Script.CyrillicScript, QLocale.Country.Russia),
}
# Offices in Uzbekistan write 23.11.2026; Qt's locale data says 23/11/26 for Uzbek.
_SHORT = {"en": "dd/MM/yyyy", "uz-Latn": "dd.MM.yyyy", "uz-Cyrl": "dd.MM.yyyy", "ru": "dd.MM.yyyy"}
_LONG = {
    "en": "d MMMM yyyy",
    "uz-Latn": "d-MMMM, yyyy",
    "uz-Cyrl": "d MMMM, yyyy",
    "ru": "d MMMM yyyy",
}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def locale(lang: str) -> QLocale:
    return QLocale(*_LOCALES.get(lang, _LOCALES["en"]))


class Language:
    """The language in use: installs its translators and formats dates its way."""

    def __init__(self) -> None:
        self.code = "en"
        self._translators: list[QTranslator] = []

    def use(self, code: str) -> None:
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        self.code = code if code in LANGUAGES else "en"
        QLocale.setDefault(locale(self.code))
        if self.code == "en":
            return
        ours = translations_dir() / f"daftar_{self.code}.qm"
        if not ours.exists():
            compile_translations()
        for path in (ours, _qt_translation(self.code)):
            if path is None or not path.exists():
                continue
            translator = QTranslator()
            if translator.load(str(path)):
                app.installTranslator(translator)
                self._translators.append(translator)

    def date(self, value: date | str | None, *, long: bool = False) -> str:
        if isinstance(value, str):
            value = _moment(value) or value
            if isinstance(value, str):
                return value
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = value.date()
        fmt = (_LONG if long else _SHORT)[self.code]
        return locale(self.code).toString(QDate(value.year, value.month, value.day), fmt)

    def datetime(self, value: datetime | str | None) -> str:
        if isinstance(value, str):
            value = _moment(value) or value
            if isinstance(value, str):
                return value
        if value is None:
            return ""
        if value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)
        qt = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
        return locale(self.code).toString(qt, _SHORT[self.code] + " HH:mm")


def _moment(stamp: str) -> datetime | None:
    """A stored date or timestamp (ISO, maybe ending in Z); None for "" or anything else."""
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")) if stamp else None
    except ValueError:
        return None


def _qt_translation(code: str) -> Path | None:
    """Qt's own strings (standard buttons of dialogs), where Qt ships the language."""
    try:
        from PySide6.QtCore import QLibraryInfo
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        return None
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    name = {"ru": "qtbase_ru.qm"}.get(code)
    return folder / name if name else None


def lrelease() -> str | None:
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else None


def compile_translations(folder: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` in ``folder`` to ``.qm``; returns the files written."""
    folder = folder or translations_dir()
    tool = lrelease()
    written = []
    if tool is None:
        return written
    for source in sorted(folder.glob("daftar_*.ts")):
        target = source.with_suffix(".qm")
        result = subprocess.run(
            [tool, "-silent", str(source), "-qm", str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode == 0 and target.exists():
            written.append(target)
    return written


if __name__ == "__main__":
    done = compile_translations(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    print(f"compiled {len(done)} translation(s): {', '.join(p.name for p in done)}")
