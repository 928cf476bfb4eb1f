"""The smaller ICU data of the Linux bundles (packaging/icu_data.py), on Qt's own ICU."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "packaging"))
import icu_data
import PySide6

LIBRARIES = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
pytestmark = pytest.mark.skipif(not LIBRARIES or shutil.which("nm") is None,
                                reason="Qt's ICU data library (Linux wheels) and nm needed")


def package() -> bytes:
    _, offset, size = icu_data._symbol(LIBRARIES[0])
    return LIBRARIES[0].read_bytes()[offset:offset + size]


def test_the_package_is_read_and_written_back_byte_for_byte() -> None:
    data = package()
    header, items = icu_data.read_package(data)
    assert len(items) > 1000
    assert icu_data.write_package(header, items) == data


def test_our_languages_and_the_core_tables_stay_the_rest_goes() -> None:
    _, items = icu_data.read_package(package())
    kept = {name.split("/", 1)[1] for name, _ in items if icu_data.keep_item(name)}
    for name in ("coll/root.res", "coll/ru.res", "coll/ucadata.icu", "uz_Cyrl.res",
                 "uz_Latn.res", "ru.res", "en.res", "root.res", "nfkc.nrm", "cnvalias.icu",
                 "uts46.nrm", "likelySubtags.res", "zoneinfo64.res", "curr/pool.res",
                 "brkitr/char.brk", "plurals.res", "supplementalData.res"):
        assert name in kept, name
    for name in ("coll/zh.res", "zh.res", "de.res", "brkitr/cjdict.dict",
                 "translit/root.res", "gb18030.cnv", "lang/fr.res"):
        assert name not in kept, name


def test_the_smaller_library_exports_the_same_symbol(tmp_path: Path) -> None:
    if shutil.which("gcc") is None:
        pytest.skip("gcc needed")
    target = tmp_path / LIBRARIES[0].name
    old, new = icu_data.trimmed_library(LIBRARIES[0], target)
    assert new < old / 4
    symbol, offset, size = icu_data._symbol(target)
    assert symbol == icu_data._symbol(LIBRARIES[0])[0] and size == new
    _, items = icu_data.read_package(target.read_bytes()[offset:offset + size])
    assert all(icu_data.keep_item(name) for name, _ in items)
