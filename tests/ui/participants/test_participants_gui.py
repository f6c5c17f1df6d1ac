"""The participants stage as a facilitator uses it: the list and the check-in desk."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from testpaths import DATA

from facilitator.core import participants as P
from facilitator.core.details import WorkshopDetails, new_workshop_populator
from facilitator.core.document import WorkshopDocument
from facilitator.core.participants import AttendanceStatus, ParticipantFields
from facilitator.ui.participants.controller import ParticipantsController
from facilitator.ui.participants.participant_dialog import ParticipantDialog
from facilitator.ui.shell.workshop_view import Stage

PEOPLE = [
    ParticipantFields(name="Øystein Bråten", organisation="Toten Presisjon AS"),
    ParticipantFields(name="Kari Jørgensen", organisation="Vinger Trevare AS"),
    ParticipantFields(name="Ola Jorgensen", organisation="Glåmdal Stål AS"),
    ParticipantFields(name="Paweł Nowak", organisation="Vinger Trevare AS"),
]


@pytest.fixture
def opened(window, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "w.workshop"
    with WorkshopDocument.create(
        path, new_workshop_populator(WorkshopDetails(title="Samling"))
    ) as doc:
        for person in PEOPLE:
            P.add_participant(doc, person)
    assert window.open_path(path)
    window.view.show_stage(Stage.PARTICIPANTS)
    return window


def people_of(window) -> ParticipantsController:  # type: ignore[no-untyped-def]
    """The Participants stage's edits on the window's open workshop."""
    return ParticipantsController(window.session)


def names(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.name for p in people_of(window).participants()]


def test_add_and_edit_through_the_dialog_with_undo(
    qtbot,
    opened,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    page = opened.view.participants.list

    def fill(dialog: ParticipantDialog) -> int:
        dialog.ui.nameEdit.setText("Nguyễn Thị Lan")  # QTest cannot type ễ
        dialog.ui.organisationCombo.setEditText("vinger trevare as")
        qtbot.keyClicks(dialog.ui.emailEdit, "lan@vinger.example")
        dialog.tag_boxes["group leader"].setChecked(True)
        dialog.ui.overnightCheck.setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ParticipantDialog, "exec", fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    lan = next(p for p in people_of(opened).participants() if p.name == "Nguyễn Thị Lan")
    assert lan.organisation == "Vinger Trevare AS"  # matched the existing organisation
    assert lan.fields.tags == ("group leader",) and lan.fields.overnight
    assert page.model.rowCount() == 5
    assert page.selected() is not None and page.selected().id == lan.id

    def rename(dialog: ParticipantDialog) -> int:
        assert dialog.ui.nameEdit.text() == "Nguyễn Thị Lan"
        dialog.ui.nameEdit.setText("Lan Nguyễn")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ParticipantDialog, "exec", rename)
    page.edit_selected()
    assert "Lan Nguyễn" in names(opened)
    opened.session.undo_stack.undo()
    assert "Nguyễn Thị Lan" in names(opened)
    opened.session.undo_stack.undo()
    assert "Nguyễn Thị Lan" not in names(opened) and page.model.rowCount() == 4


def test_the_dialog_refuses_a_bad_email(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ParticipantDialog([])
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Kari")
    dialog.ui.emailEdit.setText("kari@")
    dialog.accept()
    assert dialog.result() != ParticipantDialog.DialogCode.Accepted
    assert "not valid" in dialog.ui.problemLabel.text()


def test_delete_asks_then_erases_and_undo_brings_back(
    qtbot,
    opened,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    page = opened.view.participants.list
    page.select(next(p.id for p in page.model.people() if p.name == "Paweł Nowak"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.delete_selected()
    assert "Paweł Nowak" in names(opened)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    assert "Paweł Nowak" not in names(opened)
    opened.session.undo_stack.undo()
    assert "Paweł Nowak" in names(opened)


def test_check_in_by_typing_and_enter_then_undo(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    page = opened.view.participants
    page.tabs.setCurrentWidget(page.desk)
    desk = page.desk
    assert desk.total_label.text() == "0 of 4 arrived"

    qtbot.keyClicks(desk.search, "oystein")  # no ø typed
    assert desk.model.rowCount() == 1
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    oystein = next(p for p in people_of(opened).participants() if p.name == "Øystein Bråten")
    assert oystein.status is AttendanceStatus.CHECKED_IN
    assert desk.search.text() == ""  # ready for the next person
    assert "Øystein Bråten" in desk.flash.text()
    assert desk.total_label.text() == "1 of 4 arrived"

    # "jorgensen" finds Jørgensen and Jorgensen; arrow down picks the second.
    qtbot.keyClicks(desk.search, "jorgensen")
    assert desk.model.rowCount() == 2
    qtbot.keyClick(desk.search, Qt.Key.Key_Down)
    second = desk._current_person()
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert P.get_participant(opened.session.doc, second.id).arrived

    qtbot.mouseClick(desk.undo_button, Qt.MouseButton.LeftButton)
    assert not P.get_participant(opened.session.doc, second.id).arrived
    assert desk.total_label.text() == "1 of 4 arrived"


def test_desk_lists_who_has_not_come_and_registers_walk_ins(
    qtbot,
    opened,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    desk = opened.view.participants.desk
    opened.view.participants.tabs.setCurrentWidget(desk)
    qtbot.keyClicks(desk.search, "kari")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    desk.missing_check.setChecked(True)
    assert desk.model.rowCount() == 3
    assert "Kari Jørgensen" not in [desk.model.person(r).name for r in range(3)]

    def walk_in(dialog: ParticipantDialog) -> int:
        assert dialog.ui.nameEdit.text() == "Anna Berg"  # what was typed carries over
        dialog.ui.organisationCombo.setEditText("Ny Bedrift AS")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ParticipantDialog, "exec", walk_in)
    qtbot.keyClicks(desk.search, "Anna Berg")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert "Nobody matches" in desk.flash.text()
    qtbot.mouseClick(desk.walk_in_button, Qt.MouseButton.LeftButton)
    anna = next(p for p in people_of(opened).participants() if p.name == "Anna Berg")
    assert anna.arrived and anna.organisation == "Ny Bedrift AS"
    assert desk.total_label.text() == "2 of 5 arrived"


def test_export_runs_in_the_background_and_reports(
    qtbot,
    opened,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "out" / "people"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = opened.view.participants.list
    with qtbot.waitSignal(page.status, timeout=10_000) as blocker:
        page.export(privacy=True)
    written = target.with_suffix(".xlsx")
    assert written.exists()
    assert "4 participants" in blocker.args[0] and str(written) in blocker.args[0]


def test_own_use_export_keeps_every_e_mail_and_the_shared_one_only_consented(
    qtbot,
    opened,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QFileDialog

    controller = people_of(opened)
    controller.add_participant(
        ParticipantFields(name="Hanne Lie", email="hanne@example.no", consent_share_contact=False)
    )
    controller.add_participant(
        ParticipantFields(name="Per Moe", email="per@example.no", consent_share_contact=True)
    )
    page = opened.view.participants.list
    qtbot.waitUntil(lambda: len(page.model.people()) == 6)
    menu = page.export_button.menu()
    entries = {a.text(): a for a in menu.actions() if a.text()}
    written: dict[str, str] = {}
    for key, text in (
        ("shared", "With shared contact details…"),
        ("own", "For your own use, with every contact detail…"),
    ):
        target = tmp_path / f"{key}.csv"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        with qtbot.waitSignal(page.status, timeout=10_000):
            entries[text].trigger()
        written[key] = target.read_text(encoding="utf-8-sig")
    assert "per@example.no" in written["shared"]
    assert "hanne@example.no" not in written["shared"]
    assert "own use" not in written["shared"]
    assert "hanne@example.no" in written["own"] and "per@example.no" in written["own"]
    assert "E-mail (own use, not to be shared)" in written["own"]


def test_filter_narrows_as_you_type_and_widens_again(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    desk = opened.view.participants.desk
    model = desk.model
    model.set_filter("j")
    assert model.rowCount() == 3  # Jørgensen, Jorgensen, and Toten Presisjon
    model.set_filter("jorg")
    assert model.rowCount() == 2
    model.set_filter("jorgensen k")  # no such key ("kari jorgensen" is name first)
    assert model.rowCount() == 0
    model.set_filter("")
    assert model.rowCount() == 4
    # Only who has not come: checking someone in removes them; undo brings them back.
    model.set_filter("", only_missing=True)
    kari = next(p for p in model.people() if p.name == "Kari Jørgensen")
    people_of(opened).check_in(kari)
    assert model.rowCount() == 3
    opened.session.undo_stack.undo()
    assert model.rowCount() == 4
    model.set_filter("", only_missing=False)
    assert model.rowCount() == 4


def test_import_preview_with_a_changed_mapping(
    qtbot,
    window,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from facilitator.core.importing import ImportField
    from facilitator.ui.participants.import_dialog import ImportDialog

    source = DATA / "registrations-7sterke.csv"
    path = tmp_path / "w.workshop"
    WorkshopDocument.create(path, new_workshop_populator(WorkshopDetails(title="7sterke"))).close()
    window.open_path(path)
    window.view.show_stage(Stage.PARTICIPANTS)  # a page reads the workshop while it is seen
    page = window.view.participants.list
    seen: dict[str, object] = {}

    def review(dialog: ImportDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: dialog.last_preview is not None, timeout=10_000)
        seen["first"] = dialog.last_preview
        phone = dialog.model.mapping.columns(ImportField.PHONE)[0]
        # The user decides not to import phone numbers: change the mapping like a user would.
        index = dialog.model.index(phone, 1)
        dialog.ui.mappingView.edit(index)
        from PySide6.QtWidgets import QApplication, QComboBox

        combo = QApplication.focusWidget()
        assert isinstance(combo, QComboBox)
        ignore = combo.findData("")
        combo.setCurrentIndex(ignore)
        combo.activated.emit(ignore)  # what choosing the entry in the open list does
        assert dialog.model.mapping.columns(ImportField.PHONE) == ()
        assert index.data() == "Ignore"
        with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
            pass
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", review)
    with qtbot.waitSignal(page.status, timeout=20_000):
        page.import_file(source)
    report = page.last_import
    assert report is not None and report.imported > 40
    assert report.imported == seen["first"].imported  # the dry run said what would happen
    people = people_of(window).participants()
    assert len(people) == report.imported
    assert all(p.fields.phone == "" for p in people)
    assert page.model.rowCount() == len(people)


def test_importing_a_file_that_is_not_a_list_says_why(
    qtbot,
    opened,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    bad = tmp_path / "photo.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    before = [p.name for p in people_of(opened).participants()]
    opened.view.participants.list.import_file(bad)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "not a participant list" in warnings[0]
    assert [p.name for p in people_of(opened).participants()] == before


@pytest.mark.parametrize("action", ["badges", "attendance", "list"])
def test_printouts_are_saved_as_pdf_in_the_background(
    qtbot,
    opened,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    action: str,  # type: ignore[no-untyped-def]
) -> None:
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "out" / action
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = opened.view.participants.list
    run = {
        "badges": lambda: page.print_badges("L7163"),
        "attendance": page.print_attendance,
        "list": lambda: page.print_list(True),
    }[action]
    with qtbot.waitSignal(page.status, timeout=20_000):
        run()
    pdf = target.with_suffix(".pdf")
    assert page.last_pdf == pdf
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    for person in PEOPLE:
        assert person.name in " ".join(text.split())
    assert sorted(p.name for p in pdf.parent.iterdir()) == [pdf.name]


def test_organisations_are_edited_in_place_with_undo(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    view = opened.view.participants.organisations
    opened.view.participants.tabs.setCurrentWidget(view)  # a tab reads while it is seen
    model = view.model
    names = [model.organisation(r).name for r in range(model.rowCount())]
    assert names == ["Glåmdal Stål AS", "Toten Presisjon AS", "Vinger Trevare AS"]
    vinger = names.index("Vinger Trevare AS")
    assert model.index(vinger, 3).data() == 2  # two registered people

    assert model.setData(model.index(vinger, 1), "Wood products")
    assert model.setData(model.index(vinger, 2), "Kongsvinger")
    qtbot.waitUntil(lambda: model.organisation(vinger).municipality == "Kongsvinger")
    assert model.organisation(vinger).sector == "Wood products"

    # Renaming to another organisation's name is refused, and nothing changes.
    errors: list[str] = []
    opened.session.failed.disconnect()
    opened.session.failed.connect(errors.append)
    assert not model.setData(model.index(vinger, 0), "  toten presisjon as ")
    assert errors and "already has that name" in errors[0]

    assert model.setData(model.index(vinger, 0), "Vinger Trevare og Bygg AS")
    qtbot.waitUntil(
        lambda: (
            "Vinger Trevare og Bygg AS"
            in [p.organisation for p in people_of(opened).participants()]
        )
    )
    opened.session.undo_stack.undo()
    opened.session.undo_stack.undo()
    qtbot.waitUntil(lambda: model.organisation(vinger).municipality == "")
    assert model.organisation(vinger).name == "Vinger Trevare AS"


def test_attendance_is_set_from_the_context_menu(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    page = opened.view.participants.list
    row = next(
        r for r in range(page.model.rowCount()) if page.model.person(r).name == "Paweł Nowak"
    )
    page.view.selectRow(row)
    menu = page.attendance_menu(page.model.person(row))
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert not actions["Mark as: Registered"].isEnabled()  # already registered
    actions["Mark as: Cancelled"].trigger()
    pawel = next(p for p in people_of(opened).participants() if p.name == "Paweł Nowak")
    assert pawel.status is AttendanceStatus.CANCELLED
    assert page.model.index(page.model.row_of(pawel.id), 3).data() == "Cancelled"
    desk = opened.view.participants.desk
    assert desk.total_label.text() == "0 of 3 arrived"  # cancelled people are not expected
    opened.session.undo_stack.undo()
    assert desk.total_label.text() == "0 of 4 arrived"
