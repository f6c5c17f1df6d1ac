"""Extract translatable strings into resources/translations/*.ts and compile them to .qm.

    python tools/update_translations.py          update .ts from the source, then compile
    python tools/update_translations.py --check  exit 1 if any .ts or .qm is out of date

Translators edit the .ts files with Qt Linguist (pyside6-linguist). English is the source
language. tests/test_translations.py runs the check.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "facilitator" / "resources" / "translations"
LANGUAGES = ("nb", "da", "sv", "nl")
# English is the source language; its file holds only plural forms ("%n idea(s)" → "1 idea",
# "2 ideas"), the usual Qt practice.
ENGLISH = "en"
ALL = (ENGLISH, *LANGUAGES)


def tool(name: str) -> str:
    return shutil.which(name, path=str(Path(sys.executable).parent)) or name


def sources() -> list[str]:
    """Widget code and the Designer forms (not the Python generated from them)."""
    ui = ROOT / "facilitator" / "ui"
    files = [p for p in ui.rglob("*.py") if "forms" not in p.relative_to(ui).parts]
    files += list((ROOT / "forms").glob("*.ui"))
    return sorted(str(p.relative_to(ROOT)) for p in files)


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"facilitator_{language}.ts"


def lupdate(ts_files: list[Path]) -> None:
    for ts in ts_files:
        language = ts.stem.split("_")[1]
        known = known_translations(ts) if ts.exists() else {}
        plural_only = ["-pluralonly"] if language == ENGLISH else []
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                *plural_only,
                "-target-language",
                language,
                *sources(),
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
        )
        carry_over(ts, known)
        if language == ENGLISH:
            fill_english_plurals(ts)


_MESSAGE = re.compile(r"<message( numerus=\"yes\")?>.*?</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_COMMENT = re.compile(r"<comment>(.*?)</comment>", re.S)


def _key(block: str) -> tuple[str, str, bool] | None:
    source = _SOURCE.search(block)
    if source is None:
        return None
    comment = _COMMENT.search(block)
    return source.group(1), comment.group(1) if comment else "", 'numerus="yes"' in block


def known_translations(ts: Path) -> dict[tuple[str, str, bool], str]:
    """Every finished translation in the file, by source text (whatever its context)."""
    known: dict[tuple[str, str, bool], str] = {}
    for match in _MESSAGE.finditer(ts.read_text(encoding="utf-8")):
        block = match.group(0)
        key = _key(block)
        translation = _TRANSLATION.search(block)
        if key is None or translation is None or 'type="' in translation.group(0):
            continue
        known.setdefault(key, translation.group(0))
    return known


def carry_over(ts: Path, known: dict[tuple[str, str, bool], str]) -> None:
    """A string that moved to another class (another context) keeps its translation: lupdate
    alone would drop the old one and leave the new one unfinished."""

    def fill(match: re.Match[str]) -> str:
        block = match.group(0)
        key = _key(block)
        translation = _TRANSLATION.search(block)
        if key is None or translation is None or 'type="unfinished"' not in translation.group(0):
            return block
        if key not in known:  # lupdate may have pre-filled it, but marks it unfinished
            return block
        return _TRANSLATION.sub(lambda _m: known[key], block, count=1)

    text = ts.read_text(encoding="utf-8")
    ts.write_text(_MESSAGE.sub(fill, text), encoding="utf-8")


_NUMERUS_MESSAGE = re.compile(r'<message numerus="yes">.*?</message>', re.S)
_TRANSLATION = re.compile(r"<translation[^>]*>.*?</translation>", re.S)


def fill_english_plurals(ts: Path) -> None:
    """English plural forms follow from the source ("%n idea(s)" → "%n idea", "%n ideas");
    forms finished by hand (where the verb changes too) are kept."""

    def fill(match: re.Match[str]) -> str:
        block = match.group(0)
        if 'type="unfinished"' not in block:
            return block
        source = re.search(r"<source>(.*?)</source>", block, re.S)
        assert source is not None
        one, many = source.group(1).replace("(s)", ""), source.group(1).replace("(s)", "s")
        forms = (
            f"<translation>\n            <numerusform>{one}</numerusform>\n"
            f"            <numerusform>{many}</numerusform>\n        </translation>"
        )
        return _TRANSLATION.sub(lambda _m: forms, block, count=1)

    text = ts.read_text(encoding="utf-8")
    ts.write_text(_NUMERUS_MESSAGE.sub(fill, text), encoding="utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
    )


def check() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in ALL:
            committed = ts_path(language)
            fresh = ts_path(language, Path(tmp))
            if committed.exists():
                shutil.copy(committed, fresh)
            lupdate([fresh])
            if not committed.exists() or fresh.read_bytes() != committed.read_bytes():
                problems.append(f"{committed.name} is out of date with the source")
            if "<name></name>" in fresh.read_text(encoding="utf-8"):
                # lupdate lost a class context (e.g. after a ``tr`` stub in the same file):
                # those texts would never be found at run time.
                problems.append(f"{committed.name} has texts without a context (class)")
            qm = committed.with_suffix(".qm")
            fresh_qm = fresh.with_suffix(".qm")
            lrelease(committed if committed.exists() else fresh, fresh_qm)
            if not qm.exists() or qm.read_bytes() != fresh_qm.read_bytes():
                problems.append(f"{qm.name} is not compiled from {committed.name}")
        for ts in qt_ts_files():
            fresh_qm = Path(tmp) / ts.with_suffix(".qm").name
            lrelease(ts, fresh_qm)
            qm = ts.with_suffix(".qm")
            if not qm.exists() or qm.read_bytes() != fresh_qm.read_bytes():
                problems.append(f"{qm.name} is not compiled from {ts.name}")
    return problems


def qt_ts_files() -> list[Path]:
    """Our translations of Qt's own strings (Bokmål, which Qt lacks): written by hand, only
    compiled here."""
    return sorted(TRANSLATIONS.glob("qtbase_*.ts"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate([ts_path(language) for language in ALL])
    for language in ALL:
        lrelease(ts_path(language), ts_path(language).with_suffix(".qm"))
        print(f"updated {ts_path(language).relative_to(ROOT)} and its .qm")
    for ts in qt_ts_files():
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"compiled {ts.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
