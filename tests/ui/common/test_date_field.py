"""Dates are shown and typed in the workshop's format, digit by digit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from pytestqt.qtbot import QtBot

from facilitator.ui.common.date_field import DateField, date_format, parse_date
from facilitator.ui.overview.details_form import WorkshopDetailsForm


@pytest.mark.parametrize(
    ("language", "typed"),
    [("nb", "05.12.2026"), ("da", "05.12.2026"), ("sv", "2026-12-05"), ("nl", "05-12-2026")],
)
def test_typing_a_date_in_the_workshops_format_gives_that_date(
    qtbot: QtBot, language: str, typed: str
) -> None:
    form = WorkshopDetailsForm()
    qtbot.addWidget(form)
    form.ui.languageCombo.setCurrentIndex(form.ui.languageCombo.findData(language))
    form.show()
    edit = form.ui.startDateEdit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, typed)
    assert edit.text() == typed  # nothing rewritten under the user's fingers
    assert edit.date() == QDate(2026, 12, 5)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert form.values()["start_date"].isoformat() == "2026-12-05"
    assert edit.text() == typed


def test_the_details_form_shows_dates_in_the_languages_format(qtbot: QtBot) -> None:
    form = WorkshopDetailsForm()
    qtbot.addWidget(form)
    form.ui.startDateEdit.setDate(QDate(2026, 5, 6))
    for language, shown in (("nb", "06.05.2026"), ("sv", "2026-05-06"), ("nl", "06-05-2026")):
        form.ui.languageCombo.setCurrentIndex(form.ui.languageCombo.findData(language))
        assert form.ui.startDateEdit.text() == shown


def test_short_and_unseparated_dates_and_what_is_no_date(qtbot: QtBot) -> None:
    fmt = "dd.MM.yyyy"
    assert parse_date("5.12.2026", fmt) == QDate(2026, 12, 5)
    assert parse_date("05122026", fmt) == QDate(2026, 12, 5)
    assert parse_date("20261205", "yyyy-MM-dd") == QDate(2026, 12, 5)
    assert parse_date("05.12.26", fmt) is None  # a four-digit year
    assert parse_date("31.02.2026", fmt) is None
    assert parse_date("5 Dec 2026", fmt) is None

    edit = DateField()
    qtbot.addWidget(edit)
    edit.setDisplayFormat(fmt)
    edit.setDate(QDate(2026, 1, 2))
    changed: list[QDate] = []
    edit.dateChanged.connect(changed.append)
    edit.show()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "not a date")
    assert edit.text() == "not a date"  # typed as is
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "02.01.2026" and changed == []  # back to the last date
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.date() == QDate(2026, 1, 3) and changed == [QDate(2026, 1, 3)]


def test_english_follows_the_laptops_locale_with_a_four_digit_year() -> None:
    fmt = date_format("en")
    assert "yyyy" in fmt and "dd" in fmt and "MM" in fmt
    assert parse_date(QDate(2026, 12, 5).toString(fmt), fmt) == QDate(2026, 12, 5)
    QLocale.setDefault(QLocale("sv"))
    try:
        assert date_format() == "yyyy-MM-dd"
    finally:
        QLocale.setDefault(QLocale.system())


def test_a_due_date_is_typed_in_the_workshops_format(qtbot: QtBot) -> None:
    import datetime as dt
    import uuid

    from PySide6.QtWidgets import QStyleOptionViewItem, QWidget

    from facilitator.core.minutes import ActionData, ActionStatus
    from facilitator.ui.minutes.actions_model import ActionColumn, ActionsModel, DueDateDelegate

    QLocale.setDefault(QLocale("nb"))
    try:
        edits: list[dict[str, object]] = []
        model = ActionsModel()

        def edit(_id: uuid.UUID, changes: dict[str, object]) -> bool:
            edits.append(changes)
            return True

        model.set_edit_handler(edit)
        action = ActionData(
            uuid.uuid4(), "Send the minutes", "Kari", None, dt.date(2026, 6, 1),
            ActionStatus.OPEN, None, 0,
        )  # fmt: skip
        model.set_actions([action])
        index = model.index(0, ActionColumn.DUE)
        assert index.data() == "01.06.2026"
        parent = QWidget()
        qtbot.addWidget(parent)
        delegate = DueDateDelegate()
        editor = delegate.createEditor(parent, QStyleOptionViewItem(), index)
        assert isinstance(editor, DateField)
        delegate.setEditorData(editor, index)
        parent.show()
        editor.setFocus()
        qtbot.keyClicks(editor, "05.12.2026")
        delegate.setModelData(editor, model, index)
        assert edits == [{"due": dt.date(2026, 12, 5)}]
        editor.clear()  # an emptied field is "no date"
        delegate.setModelData(editor, model, index)
        assert edits[-1] == {"due": None}
    finally:
        QLocale.setDefault(QLocale.system())


def test_text_that_is_no_date_goes_back_and_the_field_says_why(qtbot: QtBot) -> None:
    edit = DateField()
    qtbot.addWidget(edit)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setDate(QDate(2026, 12, 5))
    edit.show()
    edit.setFocus()
    assert edit.hint is None  # nothing to say yet
    for typed, said in (
        ("31.02.2026", "“31.02.2026” is not a date; kept 05.12.2026."),
        ("05.12.1999", "“05.12.1999” is before 01.01.2000; kept 05.12.2026."),
        ("", "A date is needed; kept 05.12.2026."),
    ):
        edit.selectAll()
        if typed:
            qtbot.keyClicks(edit, typed)
        else:
            qtbot.keyClick(edit, Qt.Key.Key_Delete)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert edit.text() == "05.12.2026" and edit.date() == QDate(2026, 12, 5)  # kept
        hint = edit.hint
        assert hint is not None and hint.isVisible() and hint.text() == said
    assert hint is not None
    qtbot.keyClicks(edit, "1")  # typing again: the hint goes
    assert not hint.isVisible()
    edit.selectAll()
    qtbot.keyClicks(edit, "6.12.2026")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # a date: taken, nothing said
    assert edit.date() == QDate(2026, 12, 6) and not hint.isVisible()


def test_the_hint_goes_by_itself(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    import facilitator.ui.common.date_field as date_field

    monkeypatch.setattr(date_field, "HINT_MS", 20)
    edit = DateField()
    qtbot.addWidget(edit)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setDate(QDate(2026, 12, 5))
    edit.show()
    edit.setText("nonsense")
    edit.commit()
    hint = edit.hint
    assert hint is not None and hint.isVisible() and "nonsense" in hint.text()
    qtbot.waitUntil(lambda: not hint.isVisible())
