"""``daftar selftest``: is this installation able to work? Each check says what it found.

Checks are plain functions returning a detail string or raising :class:`CheckFailed` with
what to do; they never touch a real profile's data except to open it read-only-ish (the
quick integrity check).
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.paths import fonts_dir, resources_dir

# Letters every document must be able to print: Uzbek Latin and Cyrillic, Karakalpak,
# Russian, Azerbaijani and Vietnamese.
REQUIRED_LETTERS = "oʻgʻʼ ўғқҳЎҒҚҲ ӘәӨөҮүҢңı ЖжЩщЁё əƏİı ơưạặềĐđ"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


class CheckFailed(Exception):
    pass


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


def check_python() -> str:
    return f"Python {sys.version.split()[0]}"


def check_sqlite() -> str:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = "
                     "'unicode61 remove_diacritics 2', prefix = '2 3')")
        conn.execute("INSERT INTO t VALUES ('gafurov dang')")
        hits = conn.execute("SELECT count(*) FROM t WHERE t MATCH '\"gaf\"*'").fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise CheckFailed(f"SQLite {sqlite3.sqlite_version} lacks FTS5 ({exc}); install a "
                          "Python whose SQLite has FTS5 (the official builds do)") from exc
    finally:
        conn.close()
    if hits != 1:
        raise CheckFailed("SQLite full-text search returned wrong results")
    return f"SQLite {sqlite3.sqlite_version} with FTS5"


def check_resources() -> str:
    root = resources_dir()
    for part in ("services", "schema/service.schema.json", "roles.json", "calendars"):
        if not (root / part).exists():
            raise CheckFailed(f"{root / part} is missing; reinstall Daftar")
    return str(root)


def check_services() -> str:
    from app.core.definitions import Catalogue, DefinitionError

    try:
        catalogue = Catalogue.load()
    except DefinitionError as exc:
        raise CheckFailed(str(exc)) from exc
    cases = sum(1 for s in catalogue if s.kind == "case")
    return f"{len(catalogue)} definitions ({cases} services, {len(catalogue) - cases} registers)"


def check_fonts() -> str:
    from reportlab.pdfbase.ttfonts import TTFont

    found = []
    for name in FONT_FILES:
        path = fonts_dir() / name
        if not path.is_file():
            raise CheckFailed(f"font {path} is missing; reinstall Daftar")
        font = TTFont(name, str(path))
        missing = {c for c in REQUIRED_LETTERS if not c.isspace()} - set(
            map(chr, font.face.charToGlyph))
        if missing:
            raise CheckFailed(f"{name} lacks the letters {''.join(sorted(missing))}")
        found.append(name)
    return f"{', '.join(found)} cover Uzbek, Karakalpak, Russian, Azerbaijani, Vietnamese"


def check_replica() -> str:
    from sync.replica import Headline, Replica, fts_prefix_query

    with tempfile.TemporaryDirectory(prefix="daftar-selftest-") as tmp:
        replica = Replica.open(Path(tmp))
        with replica.write() as tx:
            tx.edit("case", "selftest", {"name": "Gʻafurov"},
                    Headline(search_text="gafurov"), actor="selftest", device="selftest",
                    event_kind="created", create=True)
        replica.close()
        replica = Replica.open(Path(tmp), check="full")
        try:
            hits = replica.list("case", search=fts_prefix_query(["gaf"]))
            if [r.id for r in hits] != ["selftest"] or replica.pending_count() != 1:
                raise CheckFailed("a record written to a new replica could not be read back")
            problems = replica.integrity_check()
            if problems != ["ok"]:
                raise CheckFailed(f"a new replica fails its integrity check: {problems}")
        finally:
            replica.close()
    return "created, written, searched, reopened and checked"


def check_desktop() -> str:
    """Qt's widgets load (the system libraries are there) and every translation is compiled."""
    try:
        from PySide6 import QtCore, QtWidgets  # noqa: F401
    except ImportError as exc:
        raise CheckFailed(f"the desktop client cannot load Qt ({exc}); on Linux install "
                          "libegl1 libxkbcommon0 libfontconfig1 libgl1") from exc
    from app.ui.i18n import compile_translations, translations_dir

    folder = translations_dir()
    missing = [ts.name for ts in sorted(folder.glob("daftar_*.ts"))
               if not ts.with_suffix(".qm").exists()]
    if missing:
        compile_translations()
        missing = [m for m in missing if not (folder / m).with_suffix(".qm").exists()]
    if missing:
        raise CheckFailed(f"translations not compiled: {', '.join(missing)}; run "
                          "python -m app.ui.i18n")
    languages = len(list(folder.glob("daftar_*.qm")))
    return f"Qt {QtCore.qVersion()}; {languages} translations besides English"


def check_profile(profile: Path) -> Callable[[], str]:
    def check() -> str:
        from sync.replica import Replica, ReplicaError

        path = profile / Replica.FILE_NAME
        if not path.exists():
            return f"{profile} (not created yet; it is made on first use)"
        try:
            replica = Replica.open(path, check="full")
        except ReplicaError as exc:
            raise CheckFailed(str(exc)) from exc
        try:
            return f"{profile}: intact; {replica.count('case')} cases, " \
                   f"{replica.pending_count()} changes waiting to sync"
        finally:
            replica.close()

    return check


def run_checks(profile: Path) -> list[CheckResult]:
    checks: list[tuple[str, Callable[[], str]]] = [
        ("Python", check_python),
        ("SQLite full-text search", check_sqlite),
        ("Resources", check_resources),
        ("Service definitions", check_services),
        ("Fonts for documents", check_fonts),
        ("A new replica", check_replica),
        ("Desktop client", check_desktop),
        ("This profile", check_profile(profile)),
    ]
    results = []
    for name, check in checks:
        try:
            results.append(CheckResult(name, True, check()))
        except CheckFailed as exc:
            results.append(CheckResult(name, False, str(exc)))
        except Exception as exc:  # a broken installation must still produce a report
            results.append(CheckResult(name, False, f"{type(exc).__name__}: {exc}"))
    return results
