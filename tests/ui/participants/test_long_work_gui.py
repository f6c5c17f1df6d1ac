"""A long import shows its progress, and Cancel leaves the workshop as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from facilitator.core import participants as P
from facilitator.core.details import WorkshopDetails, new_workshop_populator
from facilitator.core.document import WorkshopDocument
from facilitator.ui.common.progress import ProgressDialog, count_text
from facilitator.ui.participants.controller import ParticipantsController
from facilitator.ui.participants.import_dialog import ImportDialog
from facilitator.ui.shell.workshop_view import Stage

ROWS = 5_000


def sign_up_list(path: Path, rows: int) -> Path:
    lines = ["Navn;E-post;Bedrift;Stilling"]
    lines += [
        f"Deltaker {i};deltaker.{i}@firma{i % 50}.example;Firma {i % 50} AS;Leder"
        for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def opened(window, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "w.workshop"
    with WorkshopDocument.create(
        path, new_workshop_populator(WorkshopDetails(title="Samling"))
    ) as doc:
        for name in ("Kari Bråten", "Ola Nordmann"):
            P.add_participant(doc, P.ParticipantFields(name=name))
    assert window.open_path(path)
    window.view.show_stage(Stage.PARTICIPANTS)
    return window


def test_cancelling_a_long_import_leaves_the_workshop_as_it_was(
    qtbot,
    opened,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    page = opened.view.participants.list
    before = ParticipantsController(opened.session).participants()
    monkeypatch.setattr(ImportDialog, "exec", lambda _d: ImportDialog.DialogCode.Accepted)
    statuses: list[str] = []
    page.status.connect(statuses.append)

    page.import_file(sign_up_list(tmp_path / "big.csv", ROWS))

    def shown() -> list[ProgressDialog]:
        return [d for d in page.findChildren(ProgressDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=20_000)
    (dialog,) = shown()
    assert dialog.windowTitle() == "Importing big.csv"
    assert dialog.cancel_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.label.text() == "Stopping…"

    qtbot.waitUntil(lambda: bool(statuses), timeout=20_000)
    assert statuses == ["The import was cancelled. The workshop is as it was before."]
    assert not isValid(dialog) or not dialog.isVisible()
    assert ParticipantsController(opened.session).participants() == before
    assert page.model.rowCount() == len(before)
    (message,) = page.findChildren(QMessageBox, "cancelledMessage")
    assert message.isVisible() and "cancelled" in message.text()
    message.close()


def test_a_long_import_says_how_far_it_got(
    qtbot,
    opened,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    """The dialog's text while rows are read, then once all are: saving."""
    page = opened.view.participants.list
    monkeypatch.setattr(ImportDialog, "exec", lambda _d: ImportDialog.DialogCode.Accepted)
    texts: list[str] = []
    original = ProgressDialog.set_step

    def recorded(self: ProgressDialog, done: int, total: int, text: str) -> None:
        texts.append(text)
        original(self, done, total, text)

    monkeypatch.setattr(ProgressDialog, "set_step", recorded)
    with qtbot.waitSignal(page.status, timeout=60_000):
        page.import_file(sign_up_list(tmp_path / "list.csv", 1_000))
    assert texts[0] == "Reading the list… 0 of 1,000 rows"
    assert "Reading the list… 500 of 1,000 rows" in texts
    assert texts[-1] == "Saving…"
    assert len(ParticipantsController(opened.session).participants()) == 1_002
    for box in page.findChildren(QMessageBox):
        box.close()


def test_quick_work_shows_no_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ProgressDialog(None, "Quick", show_after_ms=50)
    qtbot.addWidget(dialog)
    shown: list[bool] = []
    dialog.start()
    dialog.finish()  # done before the dialog was due
    qtbot.wait(150)
    assert not shown and (not isValid(dialog) or not dialog.isVisible())

    slow = ProgressDialog(None, "Slow", show_after_ms=50)
    qtbot.addWidget(slow)
    slow.start()
    qtbot.waitUntil(slow.isVisible, timeout=2_000)
    slow.set_step(3, 10, "3 of 10")
    assert (slow.bar.value(), slow.bar.maximum(), slow.label.text()) == (3, 10, "3 of 10")
    slow.set_step(10, 10, "Saving…")
    assert slow.bar.maximum() == 0  # busy: the rest has no steps
    slow.reject()  # Escape cancels, and the dialog stays until the work stops
    assert slow.cancelled() and slow.isVisible()
    slow.finish()


@pytest.mark.parametrize(
    ("language", "text"), [("en", "20,000"), ("nb", "20\u00a0000"), ("nl", "20.000")]
)
def test_counts_are_written_in_the_workshop_language(language: str, text: str) -> None:
    assert count_text(20_000, language) == text
