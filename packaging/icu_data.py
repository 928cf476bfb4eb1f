"""A smaller ICU data library for the Linux bundles: the languages Daftar ships, no more.

Qt's Linux wheels link QtCore against ICU, whose data library (``libicudata.so.73``) is a
32 MB blob — 12 MB of the compressed client download, the largest single part of it —
holding every language's collation, names, units and time-zone names, Chinese and Thai word
dictionaries and 200 legacy character-set converters. Daftar uses none of that beyond
English, Russian and Uzbek (Latin and Cyrillic): Qt has its own Unicode tables, line
breaking and locale data, and only asks ICU for collation, locale-aware case mapping,
normalisation and IDNA.

:func:`trimmed_library` reads the ICU "common data" package out of the library (the
exported ``icudtNN_dat`` symbol), keeps the core tables and those languages' resources, and
links a new library with the same name and symbol (``gcc``, ``nm``). ``daftar selftest``
checks the result (sorting and case mapping in Russian and Uzbek) in every bundle.

The package format (ICU's ``ucmndata.h``): a data header, then a table of contents —
``uint32 count`` and ``count`` pairs of ``uint32`` offsets (name, data), relative to the
start of the table — the names, then the items, each 16-byte aligned, in name order
(ICU finds items by binary search).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

# Languages whose ICU resources stay: root (the fallback of all), English, Russian, Uzbek.
KEEP_LOCALE = re.compile(r"^(root|pool|res_index|en|ru|uz)(_[A-Za-z0-9]+)*\.res$")
LOCALE_NAME = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")
# Trees of per-language resources; the top level holds both languages and shared tables.
TREES = {"coll", "curr", "lang", "region", "unit", "zone", "rbnf", "brkitr"}


def keep_item(name: str) -> bool:
    """Whether the package item ``icudt73l/tree/file`` stays in the smaller data."""
    parts = name.split("/", 1)[1].split("/")
    base = parts[-1]
    if base.endswith(".cnv"):  # legacy character sets: Qt converts only UTF-8/16 and Latin-1
        return False
    if len(parts) > 1 and parts[0] == "translit":  # transliteration: unused by Qt
        return False
    if base.endswith(".dict"):  # CJK, Thai, Lao, Khmer, Burmese word dictionaries
        return False
    if len(parts) > 1 and parts[0] in TREES:
        return not base.endswith(".res") or bool(KEEP_LOCALE.match(base))
    if LOCALE_NAME.match(base):  # a top-level language resource (af.res, zh_Hant_TW.res)
        return bool(KEEP_LOCALE.match(base))
    return True  # core tables: properties, normalisation, likely subtags, time zones, ...


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(name, item bytes)]) of an ICU common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = data[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        name = toc[name_at:toc.index(b"\0", name_at)].decode("ascii")
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        items.append((name, toc[data_at:end]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package of ``items`` (kept in their order: by name), laid out as ICU lays it."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    names_at = 4 + 8 * len(items)
    first_item = names_at + len(names)
    first_item += -first_item % 16
    offsets, blob, name_at, data_at = [], bytearray(), names_at, first_item
    for name, item in items:
        offsets.append((name_at, data_at))
        name_at += len(name) + 1
        padded = item + b"\0" * (-len(item) % 16)
        blob += padded
        data_at += len(padded)
    toc = struct.pack("<I", len(items)) + b"".join(struct.pack("<II", *o) for o in offsets)
    toc += names
    toc += b"\xaa" * (first_item - len(toc))  # ICU's own filler
    return header + toc + bytes(blob)


def _symbol(library: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the ``icudtNN_dat`` symbol (first LOAD maps offset 0)."""
    out = subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)],
                         capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        fields = line.split()
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            return fields[3], int(fields[0], 16), int(fields[1], 16)
    raise ValueError(f"{library} exports no icudtNN_dat")


def trimmed_library(library: Path, target: Path) -> tuple[int, int]:
    """Write the smaller copy of ``library`` to ``target``; returns (old, new) data sizes."""
    for tool in ("gcc", "nm"):
        if shutil.which(tool) is None:
            raise RuntimeError(f"{tool} is needed to make the smaller ICU data")
    symbol, offset, size = _symbol(library)
    data = library.read_bytes()[offset:offset + size]
    header, items = read_package(data)
    kept = [(name, item) for name, item in items if keep_item(name)]
    package = write_package(header, kept)
    read_package(package)  # it reads back
    with tempfile.TemporaryDirectory(prefix="daftar-icu-") as tmp:
        dat = Path(tmp) / "icudt.dat"
        dat.write_bytes(package)
        source = Path(tmp) / "icudt.S"
        source.write_text(
            f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n'
            f'{symbol}:\n.incbin "{dat}"\n.size {symbol}, .-{symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["gcc", "-shared", "-nostdlib", "-o", str(target), str(source),
                        f"-Wl,-soname,{library.name}", "-Wl,-z,noexecstack", "-s"],
                       check=True)
    return len(data), len(package)
