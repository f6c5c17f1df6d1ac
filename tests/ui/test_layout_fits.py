"""Every screen fits a 1280×800 laptop (and a 1366×768 one) in every language of the app.

The demo workshop is opened once in a main window at 1280×800 (with an open vote of every
method and a backup); for each language the workshop's language is then changed as the
facilitator changes it (the app installs the translation and builds its pages anew), every
page of the sidebar (and every tab on it) is shown, then every dialog that opens without a
file chooser (the PIN dialogs included), the kiosk's screens, a capture window and the
projector windows, all made afresh in that language. The test fails naming every label,
button, check box, group box title, tab or column header whose text is cut (see
tests/ui/layout_fit.py), and every dialog or window that cannot be made small enough for the
screen. Cells of item views show the user's data and are not checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from demo_files import copy_demo
from layout_fit import lay_out, offenders, place_as_on_screen, too_big
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from testpaths import DATA

from facilitator.core import backups, ideas, voting
from facilitator.core.details import Language
from facilitator.core.document import WorkshopDocument
from facilitator.core.voting import BallotChannel, CriterionSpec, VoteMethod, VoteSettings
from facilitator.ui.common.settings import Settings
from facilitator.ui.overview.controller import OverviewController
from facilitator.ui.shell.i18n import SUPPORTED, Translations
from facilitator.ui.shell.main_window import MainWindow
from facilitator.ui.shell.workshop_view import Stage

SCREEN = QSize(1280, 800)
# What a window may take on a 1366×768 screen once the task bar (about 40 px) and its title
# bar (about 30 px) are gone; the width is the smaller screen's.
USABLE = QSize(1280, 768 - 40 - 30)


class Findings:
    """The problems found so far, each once, in the order found."""

    def __init__(self) -> None:
        self.lines: dict[str, str] = {}  # what is wrong (without where) -> the line

    def add(self, lines: list[str]) -> None:
        # A widget outside a page's tabs is reported once, not once per tab.
        for line in lines:
            self.lines.setdefault(line.split(": ", 1)[-1], line)

    def check(self, window: QWidget, where: str) -> None:
        self.add(offenders(window, where))
        for tabs in _visible_tab_widgets(window):
            self._every_tab(window, tabs, where)

    def _every_tab(self, window: QWidget, tabs: QTabWidget, where: str) -> None:
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if not tabs.isTabVisible(index) or index == current:
                continue
            tabs.setCurrentIndex(index)
            here = f"{where} › {tabs.tabText(index).replace('&', '')}"
            self.add(offenders(window, here))
            for inner in _visible_tab_widgets(tabs.widget(index) or tabs):
                self._every_tab(window, inner, here)
        tabs.setCurrentIndex(current)


def _visible_tab_widgets(root: QWidget) -> Iterator[QTabWidget]:
    lay_out()
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisible() and not any(
            isinstance(p, QTabWidget) and p is not tabs and p.isAncestorOf(tabs)
            for p in root.findChildren(QTabWidget)
        ):
            yield tabs


def _prepare(path: Path) -> None:
    """The demo with an open vote of every method and a backup."""
    with WorkshopDocument.open(path) as doc:
        question = ideas.list_questions(doc)[0].id
        items = voting.items_for_question(doc, question, "ideas")[:6]
        for method in VoteMethod:
            criteria = (
                [CriterionSpec("Impact"), CriterionSpec("Effort", weight=0.5)]
                if method is VoteMethod.RATING
                else []
            )
            vote = voting.create_vote(
                doc,
                f"{method.value} vote",
                method,
                VoteSettings(dots_per_voter=5, cap_per_item=2, negative_dots=1),
                items,
                criteria,
                anonymous=method is not VoteMethod.APPROVAL,  # one named: its voter picker
                show_live=False,
                question_id=question,
            )
            voting.open_vote(doc, vote.id)
        backups.take_backup(doc, "manual")


@dataclass
class Workshop:
    window: MainWindow
    data_dir: Path  # its backups


@pytest.fixture(scope="module")
def workshop(  # type: ignore[no-untyped-def]
    qapp, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Workshop]:
    """One main window with one prepared demo copy for every language (a window, a demo
    copy and its votes per language took much of the time)."""
    folder = tmp_path_factory.mktemp("layout")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FACILITATOR_DATA_DIR", str(folder / "user-data"))
        patch.delenv("FACILITATOR_LOG_DIR", raising=False)
        path = copy_demo(folder / "demo.workshop")
        _prepare(path)
        translations = Translations()
        translations.install("en")
        window = MainWindow(Settings(folder / "settings.ini"), translations)
        window.show()
        window.resize(SCREEN)
        assert window.open_path(path)
        yield Workshop(window, folder / "user-data")
        window.close()  # closes the workshop
        window.deleteLater()
        translations.install("en")


@pytest.mark.parametrize("language", SUPPORTED)
def test_every_screen_fits_a_1280x800_laptop(  # type: ignore[no-untyped-def]
    qtbot, workshop: Workshop, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, language: str
) -> None:
    window = workshop.window
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(workshop.data_dir))  # where its backup is
    assert window.session is not None and window.presentation is not None
    window.presentation.close()  # room windows an earlier language left open (if it failed)
    # As the facilitator changes it: the translation is installed, the pages built anew.
    assert OverviewController(window.session).set_details(language=Language(language))
    assert window.translations.language == language
    window.resize(SCREEN)
    settings = window.settings
    session, view = window.session, window.view
    assert view is not None
    found = Findings()

    # --- the pages ---
    # At 1366×768 the window is maximised to the usable height, so its smallest size counts.
    found.add(too_big(window, "main window", USABLE, smallest_only=True))
    for stage in Stage:
        view.show_stage(stage)
        QApplication.processEvents()  # the page's queued reloads
        found.check(window, f"{stage.name.title()} page")
        if stage is Stage.VOTING:  # the tally grid and buttons follow the vote's method
            page = view.voting
            votes_view = page.votes_view
            for row in range(page.votes_model.rowCount()):
                votes_view.selectRow(row)
                found.check(window, f"Voting page, vote {row + 1}")

    # --- the dialogs ---
    def dialog_fits(dialog: QDialog, where: str) -> None:
        qtbot.addWidget(dialog)
        place_as_on_screen(dialog, SCREEN)
        dialog.show()
        found.add(too_big(dialog, where, USABLE))
        found.check(dialog, where)
        dialog.close()

    from facilitator.core.importing import propose_mapping, read_source
    from facilitator.ui.common.pin_dialog import ChoosePinDialog, PinDialog, PinLock
    from facilitator.ui.groups.round_dialog import RoundDialog
    from facilitator.ui.ideas.questions_dialog import QuestionsDialog
    from facilitator.ui.minutes.send_dialog import SendDialog
    from facilitator.ui.minutes.smtp_dialog import SmtpDialog
    from facilitator.ui.participants.controller import ParticipantsController
    from facilitator.ui.participants.import_dialog import ImportDialog
    from facilitator.ui.participants.participant_dialog import ParticipantDialog
    from facilitator.ui.shell.about_dialog import AboutDialog
    from facilitator.ui.shell.merge_dialog import MergeDialog
    from facilitator.ui.shell.new_workshop_dialog import NewWorkshopDialog
    from facilitator.ui.shell.restore_backup_dialog import RestoreBackupDialog
    from facilitator.ui.voting.ballot_form import BallotForm
    from facilitator.ui.voting.controller import VotingController
    from facilitator.ui.voting.vote_dialog import VoteDialog

    new_workshop = NewWorkshopDialog(language, window)
    new_workshop.accept()  # no title: the dialog says what is missing
    dialog_fits(new_workshop, "New workshop dialog")
    people = ParticipantsController(session).participants()
    organisations = sorted({p.fields.organisation for p in people if p.fields.organisation})
    dialog_fits(ParticipantDialog(organisations, parent=window), "New participant dialog")
    dialog_fits(
        ParticipantDialog(organisations, people[0].fields, parent=window), "Participant dialog"
    )
    table = read_source(DATA / "registrations-7sterke.csv")
    dialog_fits(ImportDialog(session.doc, table, propose_mapping(table), window), "Import dialog")
    tags = sorted({t for p in people for t in p.fields.tags})
    rounds = VotingController(session).rounds()
    dialog_fits(RoundDialog(people, None, tags, parent=window), "New round dialog")
    dialog_fits(RoundDialog(people, rounds[0], tags, parent=window), "Round dialog")
    dialog_fits(QuestionsDialog(session, window), "Questions dialog")
    votes = VotingController(session).votes()
    new_vote = VoteDialog(session, None, window)
    for index in range(new_vote.ui.methodCombo.count()):  # each method has its own rules
        new_vote.ui.methodCombo.setCurrentIndex(index)
        dialog_fits(new_vote, f"New vote dialog ({new_vote.ui.methodCombo.currentText()})")
    demo_vote = next(v for v in votes if v.ballot_count)  # with ballots: notes say what is fixed
    dialog_fits(VoteDialog(session, demo_vote, window), "Vote dialog")
    for vote in votes:
        dialog_fits(
            BallotForm(session, vote, BallotChannel.PAPER, None, window),
            f"Paper ballot ({vote.method.value})",
        )
    dialog_fits(
        BallotForm(session, votes[0], BallotChannel.GROUP, None, window), "Group allocation"
    )
    dialog_fits(SendDialog(session, window), "Send dialog")
    dialog_fits(SmtpDialog(settings, window), "SMTP dialog")
    dialog_fits(AboutDialog(window), "About dialog")
    dialog_fits(
        ChoosePinDialog(
            window.tr("Voters cannot leave the kiosk: leaving it needs a PIN."), window
        ),
        "Choose PIN dialog",
    )
    lock = PinLock(window, "2468")
    for _ in range(lock.free_tries):
        lock.check("0000")  # the next try must wait: the dialog counts down
    dialog_fits(PinDialog(lock, "Type the PIN to leave the kiosk.", window), "PIN dialog, waiting")
    lock.deleteLater()
    dialog_fits(
        RestoreBackupDialog(backups.list_backups(session.doc.workshop_id), window),
        "Restore backup dialog",
    )
    copy = copy_demo(tmp_path / "leader.workshop")  # a group leader's copy to merge
    merge = MergeDialog(session, copy, window)
    qtbot.addWidget(merge)
    place_as_on_screen(merge, SCREEN)
    merge.show()
    qtbot.waitUntil(lambda: merge.plan is not None or bool(merge.error), timeout=10_000)
    found.add(too_big(merge, "Merge dialog", USABLE))
    found.check(merge, "Merge dialog")
    merge.close()
    from facilitator.ui.shell.preferences_dialog import PreferencesDialog

    dialog_fits(PreferencesDialog(settings, window), "Preferences dialog")

    # --- the room's windows ---
    presentation = window.presentation

    def room_window(widget: QWidget, where: str, size: QSize = SCREEN) -> None:
        widget.resize(size)
        widget.show()
        found.add(too_big(widget, where, size, smallest_only=True))
        found.check(widget, where)

    for vote in votes:
        if vote.status is not voting.VoteStatus.OPEN:
            continue
        kiosk = presentation.open_kiosk(vote.id)
        where = f"Kiosk ({vote.method.value})"
        room_window(kiosk, f"{where}, start")
        if kiosk.named():
            kiosk.start_page.select_voter(kiosk._people()[0].id)
        kiosk.begin()
        room_window(kiosk, f"{where}, ballot")
        if vote.method is VoteMethod.DOTS:
            for notice in (kiosk.thanks_page, kiosk.closed_page):
                kiosk.stack.setCurrentWidget(notice)
                room_window(kiosk, f"{where}, notice")
        kiosk.close_without_asking()
    round_ = rounds[0]
    capture = presentation.open_capture_window(round_.groups[0].id)
    room_window(capture, "Capture window", capture.size())
    room_window(capture, "Capture window at its smallest", capture.minimumSize())
    room_window(presentation.show_projector(), "Projector wall")
    closed = next(v for v in votes if v.status is voting.VoteStatus.CLOSED)
    room_window(presentation.show_results(closed.id), "Results projector")
    from facilitator.ui.groups.projector_groups import GroupsProjector

    groups_projector = GroupsProjector(session, round_.id)
    qtbot.addWidget(groups_projector)
    room_window(groups_projector, "Groups projector")

    # --- the venue network: its dialog (off and on) and the join screen ---
    from facilitator.ui.venue.venue_dialog import VenueDialog

    venue = window.venue
    assert venue is not None
    dialog_fits(VenueDialog(venue, window), "Venue network dialog, off")
    assert venue.serve("127.0.0.1", 0) is None
    venue.set_wifi("Venue guest network", "")
    dialog_fits(VenueDialog(venue, window), "Venue network dialog, on")
    join_screen = window.show_join_screen()
    assert join_screen is not None
    room_window(join_screen, "Join screen")
    venue.stop()
    join_screen.close()

    lines = list(found.lines.values())
    assert not lines, f"{len(lines)} texts do not fit in {language}:\n" + "\n".join(lines)
