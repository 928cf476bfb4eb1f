"""``daftar selftest``: is this installation able to work? Each check says what it found.

Checks are plain functions returning a detail string or raising :class:`CheckFailed` with
what to do; they never touch a real profile's data except to open it read-only-ish (the
quick integrity check).

The same checks run in a source checkout and in the packaged programs (PyInstaller's
``daftar-client`` and ``daftar-hub``, see docs/packaging.md), where they are what an
installer runs first: Qt's platform plugin is tried in a child process (a plugin that cannot
load ends the process it loads in, and the report must still be printed), and the hub also
starts its central server on loopback and asks it ``/healthz``.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


def bundle() -> dict[str, Any]:
    """What this packaged program is (``{"flavour": "client" | "hub", ...}``); {} from source."""
    folder = getattr(sys, "_MEIPASS", None)
    if not folder:
        return {}
    try:
        return json.loads((Path(folder) / "daftar-bundle.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"flavour": "unknown"}


def has_server() -> bool:
    """Whether this installation holds the central server (the hub package, or ``[server]``)."""
    flavour = bundle().get("flavour")
    if flavour:
        return flavour != "client"
    return all(importlib.util.find_spec(m) is not None for m in ("uvicorn", "fastapi"))


def _probe_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, "selftest", "--qt-probe"]
    return [sys.executable, "-m", "app", "selftest", "--qt-probe"]


def qt_probe() -> dict[str, Any]:
    """Run in the child process of :func:`check_qt_platform`: the client's start, in small.

    Loads the platform plugin, our fonts and the Russian translations (ours and Qt's), sorts
    and upper-cases Russian and Uzbek words (ICU), and paints a label with letters of every
    language documents are written in. Returns what it found.
    """
    from app.ui.app import make_application
    from app.ui.i18n import Language, _qt_translation
    from app.ui.qt import QFontDatabase, QLocale, QtCore, QtWidgets, translate

    app = make_application()
    found: dict[str, Any] = {"platform": app.platformName()}
    found["dejavu"] = "DejaVu Sans" in QFontDatabase.families()
    language = Language()
    language.use("ru")
    found["translated"] = translate("MainWindow", "Cases")
    qt_ru = _qt_translation("ru")
    found["qt_translation"] = bool(qt_ru and qt_ru.exists())
    words = ["яблоко", "ёж", "арбуз"]
    collator = QtCore.QCollator(QLocale("ru"))
    found["sorted_ru"] = sorted(words, key=collator.sortKey)
    found["upper_uz"] = QLocale("uz_Latn_UZ").toUpper("oʻgʻil gʻafurov")
    language.use("en")
    label = QtWidgets.QLabel(REQUIRED_LETTERS)
    label.resize(600, 40)
    image = label.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3)}
    found["painted"] = len(colours) > 2  # more than the background and one shade
    return found


def check_qt_platform() -> str:
    """The platform plugin loads and the client's fonts, translations and ICU data work."""
    try:
        result = subprocess.run(_probe_command(), capture_output=True, text=True,
                                timeout=120, check=False, encoding="utf-8", errors="replace")
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise CheckFailed(f"could not start the Qt check: {exc}") from exc
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        said = [line for line in result.stderr.splitlines() if line.strip()]
        hint = ""
        if any("xcb" in line for line in said):
            hint = ("; on Linux install libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 "
                    "libxcb-keysyms1 (or run with QT_QPA_PLATFORM=offscreen to check without "
                    "a screen)")
        raise CheckFailed(f"Qt could not start a window: {' / '.join(said[-3:]) or 'exit '}"
                          f"{result.returncode if not said else ''}{hint}")
    found = json.loads(lines[-1])
    problems = []
    if not found["dejavu"]:
        problems.append("the DejaVu Sans font did not load")
    if found["translated"] != "Дела":
        problems.append("the Russian translation did not load")
    if not found["qt_translation"]:
        problems.append("Qt's own Russian translation (qtbase_ru.qm) is missing")
    if found["sorted_ru"] != ["арбуз", "ёж", "яблоко"]:
        problems.append(f"Russian sorts wrongly ({', '.join(found['sorted_ru'])})")
    if found["upper_uz"] != "OʻGʻIL GʻAFUROV":
        problems.append(f"Uzbek upper case is wrong ({found['upper_uz']})")
    if not found["painted"]:
        problems.append("a window painted nothing")
    if problems:
        raise CheckFailed("; ".join(problems) + "; reinstall Daftar")
    return (f"platform {found['platform']}; DejaVu Sans, Russian translations, Russian and "
            "Uzbek sorting and case; a window painted")


def check_keyring() -> str:
    """This platform's keyring backend is installed; says where sign-ins will be kept."""
    import keyring

    from sync.credentials import Credentials

    expected = {"win32": "keyring.backends.Windows",
                "darwin": "keyring.backends.macOS"}.get(sys.platform,
                                                         "keyring.backends.SecretService")
    try:
        importlib.import_module(expected)
        if expected.endswith("SecretService"):
            importlib.import_module("secretstorage")  # what the backend talks D-Bus with
    except ImportError as exc:
        raise CheckFailed(f"the keyring backend {expected} is missing ({exc}); reinstall "
                          "Daftar") from exc
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    with tempfile.TemporaryDirectory(prefix="daftar-selftest-") as tmp:
        where = Credentials("selftest", Path(tmp)).where
    if name == "sync.credentials.MemoryKeyring":
        # keyring chose the tests' in-memory double for want of a keyring service.
        return (f"{expected.rsplit('.', 1)[1]} backend installed, but no keyring service "
                "answers here: WARNING sign-ins last only until Daftar closes (keyring chose "
                "sync.credentials.MemoryKeyring; the packaged program keeps them in "
                "credentials.json instead)")
    if where == "the system keyring":
        return f"sign-ins are kept in the system keyring ({name})"
    return (f"{expected.rsplit('.', 1)[1]} backend installed, but no keyring service answers "
            "here: sign-ins will be kept in credentials.json in the profile, readable only by "
            "your user account")


def check_pdf() -> str:
    """A document prints: reportlab lays out an Uzbek journal page with our fonts."""
    from app.reports import render

    pdf = render("journal", None, "uz-Latn", {
        "commission": "3-son Jizzax okrug saylov komissiyasi",
        "entries": [{"number": "1", "at": "2026-11-23T10:00:00",
                     "from_whom": "Gʻafurov Akmal Ўғли", "subject": "Nomzod"}]})
    if not pdf.startswith(b"%PDF") or b"%%EOF" not in pdf[-64:]:
        raise CheckFailed("a document came out damaged; reinstall Daftar")
    if b"DejaVuSans" not in pdf:
        raise CheckFailed("a document was printed without the DejaVu fonts")
    return f"a journal page in Uzbek, {len(pdf) // 1024} KB, fonts embedded"


def check_server() -> str:
    """The central server of the hub starts on loopback and answers ``/healthz``."""
    import requests

    from app.embedded import EmbeddedServer

    with tempfile.TemporaryDirectory(prefix="daftar-selftest-") as tmp:
        server = EmbeddedServer(Path(tmp) / "server.sqlite3", demo=False)
        try:
            server.start(timeout=30)
            answer = requests.get(f"{server.url}/healthz", timeout=5)
            if not answer.ok:
                raise CheckFailed(f"the server answered /healthz with {answer.status_code}")
        except RuntimeError as exc:
            raise CheckFailed(f"the server did not start: {exc}") from exc
        finally:
            server.stop()
    return f"started on {server.url}, answered /healthz, stopped"


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
        ("Desktop client", check_desktop),
        ("Qt platform plugin", check_qt_platform),
        ("Keyring", check_keyring),
        ("A document prints", check_pdf),
        ("A new replica", check_replica),
        ("This profile", check_profile(profile)),
    ]
    if has_server():
        checks.insert(-1, ("Central server", check_server))
    results = []
    for name, check in checks:
        try:
            results.append(CheckResult(name, True, check()))
        except CheckFailed as exc:
            results.append(CheckResult(name, False, str(exc)))
        except Exception as exc:  # a broken installation must still produce a report
            results.append(CheckResult(name, False, f"{type(exc).__name__}: {exc}"))
    return results
