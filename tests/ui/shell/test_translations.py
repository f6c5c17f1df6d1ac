"""Translations: in step with the source, compiled, complete for Norwegian, and used."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from testpaths import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import update_translations


def test_ts_files_are_up_to_date_with_the_source_and_compiled() -> None:
    assert update_translations.check() == [], "run python tools/update_translations.py"


@pytest.mark.parametrize("language", ["nb", "en"])
def test_norwegian_bokmal_and_english_plurals_are_complete(language: str) -> None:
    tree = ET.parse(update_translations.ts_path(language))
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if (t := m.find("translation")) is not None
        and (t.get("type") == "unfinished" or not "".join(t.itertext()).strip())
    ]
    assert unfinished == []


def test_the_ui_follows_the_workshops_language(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from facilitator.core.details import Language, WorkshopDetails, new_workshop_populator
    from facilitator.core.document import WorkshopDocument
    from facilitator.ui.overview.controller import OverviewController

    path = tmp_path / "nb.workshop"
    WorkshopDocument.create(
        path,
        new_workshop_populator(
            WorkshopDetails(title="Samling", language=Language.NORWEGIAN_BOKMAL)
        ),
    ).close()
    english_file_menu = window.menuBar().actions()[0].text()
    assert window.open_path(path)
    assert window.menuBar().actions()[0].text() != english_file_menu
    assert window.view.sidebar.item(0).text() == "Oversikt"

    # Switching the workshop's language switches the screens at once.
    OverviewController(window.session).set_details(language=Language.ENGLISH)
    assert window.view.sidebar.item(0).text() == "Overview"
    window.session.undo_stack.undo()
    assert window.view.sidebar.item(0).text() == "Oversikt"

    window.close_workshop()
    assert window.menuBar().actions()[0].text() == english_file_menu


def test_english_counts_read_naturally(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from facilitator.ui.shell.workshop_view import Stage

    window.open_demo()
    window.view.show_stage(Stage.RESULTS)
    text = window.view.results.summary.text()
    assert "34 ballots from 36 voters" in text and "(s)" not in text


def test_counted_texts_use_tr_on_a_class_so_they_get_plural_forms() -> None:
    """``QCoreApplication.translate(ctx, text, "", n)`` is extracted by lupdate as a plain
    message whose translation Qt never uses for a count; counted texts must be ``tr``."""
    import ast

    offenders = []
    for path in (ROOT / "facilitator" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and (len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords))
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_counts_in_the_merge_and_import_reports_are_translated_with_plurals(qtbot) -> None:  # type: ignore[no-untyped-def]
    from facilitator.ui.participants.import_dialog import ImportCounts
    from facilitator.ui.shell.i18n import Translations
    from facilitator.ui.shell.merge_counts import MergeCounts

    translations = Translations()
    try:
        translations.install("nb")
        assert MergeCounts.tr("%n new idea(s)", "", 1) == "1 ny idé"
        assert MergeCounts.tr("%n new idea(s)", "", 3) == "3 nye ideer"
        assert ImportCounts.tr("%n row(s) rejected", "", 2) == "2 rader avvist"
        translations.install("en")
        assert MergeCounts.tr("%n new idea(s)", "", 3) == "3 new ideas"
    finally:
        translations.install("en")


def test_table_headings_of_the_votes_and_merge_tables_are_translated(qtbot) -> None:  # type: ignore[no-untyped-def]
    """They were extracted without a context (after a ``tr`` stub) and stayed English."""
    from PySide6.QtCore import Qt

    from facilitator.ui.shell.i18n import Translations
    from facilitator.ui.shell.merge_dialog import ConflictModel
    from facilitator.ui.voting.votes_model import VotesModel

    translations = Translations()
    try:
        translations.install("nb")
        heading = VotesModel().headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        assert heading == "Avstemning"
        assert ConflictModel.tr("Take theirs") == "Bruk deres"
    finally:
        translations.install("en")
