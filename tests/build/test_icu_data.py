"""Trimming Qt's ICU data to the UI's languages (build/icu_data.py) for the Linux bundle."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from testpaths import ROOT

UI_LANGUAGES = frozenset({"en", "nb", "nn", "no", "da", "sv", "nl"})


def load_build_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "build" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


icu_data = load_build_module("icu_data")

LISTING = [
    # data every locale needs, at the top level
    "root.res", "pool.res", "res_index.res", "supplementalData.res", "likelySubtags.res",
    "zoneinfo64.res", "cnvalias.icu", "ibm-943_P15A-2003.cnv", "uprops.icu", "nfc.nrm",
    # locales at the top level
    "nb.res", "nb_SJ.res", "da.res", "sv_FI.res", "nl_BE.res", "en_GB.res", "de.res",
    "ja.res", "zh_Hant_TW.res", "fil.res",
    # per-language trees
    "coll/root.res", "coll/nb.res", "coll/da.res", "coll/sv.res", "coll/de.res",
    "coll/ucadata.icu", "coll/res_index.res", "lang/nl.res", "lang/fr.res", "curr/en_150.res",
    "curr/pt_AO.res", "zone/nn.res", "zone/ru.res", "unit/fi.res", "region/es.res",
    "rbnf/sv.res", "rbnf/tr.res", "brkitr/root.res", "brkitr/ja.res", "brkitr/en.res",
    "brkitr/line.brk", "brkitr/cjdict.dict", "brkitr/thaidict.dict",
    # transliterators
    "translit/root.res", "translit/el.res",
]  # fmt: skip


def test_other_languages_and_transliterators_go() -> None:
    dropped = set(icu_data.removable(LISTING, UI_LANGUAGES))
    assert dropped == {
        "de.res", "ja.res", "zh_Hant_TW.res", "fil.res", "coll/de.res", "lang/fr.res",
        "curr/pt_AO.res", "zone/ru.res", "unit/fi.res", "region/es.res", "rbnf/tr.res",
        "brkitr/ja.res", "translit/root.res", "translit/el.res",
    }  # fmt: skip


def test_root_data_converters_rules_and_our_languages_stay() -> None:
    kept = set(LISTING) - set(icu_data.removable(LISTING, UI_LANGUAGES))
    needed = [
        "root.res", "pool.res", "coll/root.res", "coll/ucadata.icu", "nfc.nrm",
        "ibm-943_P15A-2003.cnv", "brkitr/line.brk", "brkitr/cjdict.dict", "coll/nb.res",
        "coll/sv.res", "nb_SJ.res", "zone/nn.res", "coll/res_index.res",
    ]  # fmt: skip
    assert [item for item in needed if item not in kept] == []


def test_build_reads_the_languages_from_the_ui() -> None:
    sys.path.insert(0, str(ROOT / "build"))
    try:
        build_bundle = load_build_module("build_bundle")
    finally:
        sys.path.remove(str(ROOT / "build"))
    assert {"en", "nb", "da", "sv", "nl", "nn", "no"} <= build_bundle.ui_languages()


@pytest.mark.slow
@pytest.mark.skipif(bool(icu_data.missing_tools()), reason="needs icu-devtools and gcc")
def test_the_trimmed_library_keeps_our_collation_and_shrinks(tmp_path: Path) -> None:
    import PySide6

    original = Path(PySide6.__file__).parent / "Qt" / "lib"
    library = next(p for p in original.glob("libicudata.so.*") if not p.is_symlink())
    copy = tmp_path / library.name
    shutil.copyfile(library, copy)
    before, after = icu_data.trim(copy, UI_LANGUAGES)
    assert after < before * 0.6
    listing = subprocess.run(["readelf", "-sW", str(copy)], capture_output=True, text=True)
    assert "icudt" in listing.stdout
