"""Trim the ICU data that Qt's Linux wheel ships to the languages the app speaks.

Qt 6 on Linux links ICU, and PySide6's wheel brings ICU's data library for every locale
ICU knows: 31 MB of the bundle, the largest file in it. Qt uses it for collation, case
mapping, text boundaries and legacy encodings; the app shows five languages. ICU documents
reducing its data for exactly this ("ICU Data Build Tool", and `icupkg -r` on a built
package): this keeps the root data (so every other locale still falls back to ICU's root
rules), every converter, break rule and dictionary, and drops only the locale-specific
resources (names of units, currencies, languages, regions and zones, collation tailorings,
spell-out rules) of the languages the app does not offer, and the transliterators, which Qt
does not use. Windows and macOS builds of Qt use the system's ICU or none: nothing to trim.

It needs ICU's tools and a C compiler (Debian: ``icu-devtools``, ``gcc``); without them the
bundle keeps the full library and says so. The result is checked before it replaces the
original: it must list our languages' collation and the same number of converters.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

# Trees of locale resources that ICU keeps per language; the file name starts with it.
LOCALE_TREES = ("coll", "curr", "lang", "rbnf", "region", "unit", "zone", "brkitr")
# Names at the top level that are data, not locales (they look like locale ids).
NOT_LOCALES = frozenset({"pool", "root", "res_index"})
TOOLS = ("icupkg", "genccode", "gcc", "readelf")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _is_locale(tree: str, name: str) -> bool:
    if tree in LOCALE_TREES:
        return True
    return tree == "" and re.fullmatch(r"[a-z]{2,3}(_\w+)?\.res", name) is not None


def _language(item: str) -> str:
    return item.rsplit("/", 1)[-1].removesuffix(".res").split("_")[0]


def removable(items: Iterable[str], keep_languages: frozenset[str]) -> list[str]:
    """The items of an ICU package (``icupkg -l``) that our languages do not need."""
    keep = keep_languages | NOT_LOCALES
    dropped = []
    for item in items:
        tree, _, name = item.rpartition("/")
        if tree == "translit":
            dropped.append(item)
        elif not name.endswith(".res") or name.removesuffix(".res") in NOT_LOCALES:
            continue
        elif _is_locale(tree, name) and _language(item) not in keep:
            dropped.append(item)
    return dropped


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """The ``icudtNN_dat`` symbol's name, file offset and size in the data library."""
    symbols = subprocess.run(
        ["readelf", "-sW", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(
        r":\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)",
        symbols,
    )
    if found is None:
        raise ValueError(f"no icudt*_dat symbol in {library}")
    address, size, section, name = int(found[1], 16), int(found[2], 0), int(found[3]), found[4]
    sections = subprocess.run(
        ["readelf", "-SW", str(library)], capture_output=True, text=True, check=True
    ).stdout
    header = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if header is None:
        raise ValueError(f"no section {section} in {library}")
    offset = address - int(header[1], 16) + int(header[2], 16)
    return name, offset, size


def _run(*command: str, cwd: Path) -> str:
    return subprocess.run(list(command), cwd=cwd, capture_output=True, text=True, check=True).stdout


def trim(library: Path, keep_languages: frozenset[str]) -> tuple[int, int]:
    """Replace ``libicudata.so.NN`` by one with only what ``keep_languages`` need.

    Returns the sizes before and after. Raises ``subprocess.CalledProcessError`` or
    ``ValueError`` and leaves the library untouched when anything does not check out.
    """
    before = library.stat().st_size
    symbol, offset, size = _data_symbol(library)
    package = symbol.removesuffix("_dat") + "l"  # icudt73l: little-endian, as built
    with tempfile.TemporaryDirectory(prefix="icu-") as scratch:
        work = Path(scratch)
        with library.open("rb") as source:
            source.seek(offset)
            (work / f"{package}.dat").write_bytes(source.read(size))
        items = _run("icupkg", "-l", f"{package}.dat", cwd=work).split()
        (work / "remove.txt").write_text("\n".join(removable(items, keep_languages)) + "\n")
        (work / "out").mkdir()
        _run("icupkg", "-r", "remove.txt", f"{package}.dat", f"out/{package}.dat", cwd=work)
        kept = _run("icupkg", "-l", f"out/{package}.dat", cwd=work).split()
        for language in keep_languages & {"nb", "da", "sv"}:  # those with their own tailoring
            if f"coll/{language}.res" in items and f"coll/{language}.res" not in kept:
                raise ValueError(f"the trimmed ICU data lost coll/{language}.res")
        if sum(i.endswith(".cnv") for i in kept) != sum(i.endswith(".cnv") for i in items):
            raise ValueError("the trimmed ICU data lost converters")
        _run("genccode", "-e", symbol.removesuffix("_dat"), "-a", "gcc", "-d", "out",
             f"out/{package}.dat", cwd=work)  # fmt: skip
        assembly = work / "out" / f"{package}_dat.S"
        built = work / "out" / library.name
        _run("gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(built),
             str(assembly), cwd=work)  # fmt: skip
        if _data_symbol(built)[0] != symbol:
            raise ValueError("the rebuilt ICU data library lacks its symbol")
        shutil.copyfile(built, library)
    return before, library.stat().st_size
