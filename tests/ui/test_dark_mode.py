"""Dark mode: the laptop's pages follow the system's palette. In a dark palette and in a
light one, every visible label, button and table cell reads at WCAG AA (4.5:1) against what
is behind it, and the icons are drawn in the palette's text colour."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QTabWidget
from readability import colour_scheme, low_contrast

from facilitator.core.voting import VoteStatus
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import (
    Projector,
    Role,
    apply_color_scheme,
    colour,
    contrast,
    is_dark,
)
from facilitator.ui.common.pin_dialog import ChoosePinDialog
from facilitator.ui.groups.controller import GroupsController
from facilitator.ui.groups.projector_groups import GroupsProjector
from facilitator.ui.shell.workshop_view import Stage
from facilitator.ui.voting.controller import VotingController
from facilitator.ui.voting.kiosk_window import KioskWindow

SHOTS = os.environ.get("FACILITATOR_SHOTS")  # a folder: save what the tests look at


def shoot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def lightness(pixmap: QPixmap) -> float:
    """The mean lightness (0..255) of the opaque pixels of ``pixmap``."""
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert values, "the icon drew nothing"
    return sum(values) / len(values)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_role_reads_on_the_window_base_and_card(scheme: str, qapp) -> None:  # type: ignore[no-untyped-def]
    with colour_scheme(scheme) as palette:
        assert is_dark() is (scheme == "dark")
        surfaces = [palette.color(r) for r in (palette.ColorRole.Window, palette.ColorRole.Base)]
        surfaces.append(colour(Role.CARD))
        for role in (Role.TEXT, Role.MUTED, Role.ACCENT, Role.SUCCESS, Role.WARNING, Role.ERROR):
            for surface in surfaces:
                assert contrast(colour(role), surface) >= 4.5, (role, surface.name())
        assert contrast(colour(Role.ERROR), colour(Role.ERROR_BACKGROUND)) >= 4.5
        assert contrast(colour(Role.TEXT), colour(Role.MARKED)) >= 4.5


def test_icons_follow_the_palette_when_it_changes(qapp) -> None:  # type: ignore[no-untyped-def]
    sidebar_icon = icon(Icon.PARTICIPANTS)
    with colour_scheme("light"):
        assert lightness(sidebar_icon.pixmap(22, 22)) < 100
    with colour_scheme("dark"):
        assert lightness(sidebar_icon.pixmap(22, 22)) > 160  # the same QIcon, now light
    fixed = icon(Icon.PARTICIPANTS, "#1f2430")  # a projector's own colour stays
    with colour_scheme("dark"):
        assert lightness(fixed.pixmap(22, 22)) < 60


def test_the_environment_can_force_dark(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with colour_scheme("light"):
        monkeypatch.setenv("FACILITATOR_COLOR_SCHEME", "dark")
        apply_color_scheme(qapp)
        assert is_dark()


def stage_problems(window, qtbot, stages: list[Stage], scheme: str) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Low contrasts on each stage (and each tab of a stage's tab widgets) of the demo."""
    problems: dict[str, list[str]] = {}
    view = window.view
    for stage in stages:
        view.show_stage(stage)
        qtbot.wait(1)
        tab_widgets = view.pages.widget(stage).findChildren(QTabWidget)
        tabs = [(tw, i) for tw in tab_widgets for i in range(tw.count())] or [(None, 0)]
        for tab_widget, i in tabs:
            if tab_widget is not None:
                tab_widget.setCurrentIndex(i)
                qtbot.wait(1)
            found = low_contrast(window)
            if found:
                problems[f"{stage.name} tab {i}"] = found
        shoot(window, f"{scheme}-{stage.name.lower()}")
    return problems


def selected_item_contrast(sidebar) -> float:  # type: ignore[no-untyped-def]
    """What the selected stage shows: the contrast of its darkest or lightest text pixel
    against its most common (background) colour."""
    rect = sidebar.visualItemRect(sidebar.currentItem())
    image = sidebar.viewport().grab(rect).toImage()
    counts: dict[int, int] = {}
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    for p in pixels:
        counts[p.rgb()] = counts.get(p.rgb(), 0) + 1
    background = QColor.fromRgb(max(counts, key=lambda k: counts[k]))
    return max(contrast(p, background) for p in pixels)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_welcome_sidebar_and_stages_read(scheme: str, window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    with colour_scheme(scheme):
        assert not low_contrast(window.welcome)
        shoot(window, f"{scheme}-welcome")
        assert window.open_demo()
        stages = [Stage.OVERVIEW, Stage.PARTICIPANTS, Stage.GROUPS, Stage.RESULTS, Stage.MINUTES]
        assert stage_problems(window, qtbot, stages, scheme) == {}
        sidebar = window.view.sidebar
        assert selected_item_contrast(sidebar) >= 4.5
        # The sidebar's icons: light on a dark sidebar, dark on a light one.
        item_icon = sidebar.item(Stage.GROUPS).icon().pixmap(22, 22)
        if scheme == "dark":
            assert lightness(item_icon) > 160
        else:
            assert lightness(item_icon) < 100


def test_switching_to_dark_while_open_restyles_labels(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A page built in light turns dark when the system switches: labels with a style sheet
    of their own (a muted hint, a big title) included."""
    window.resize(1280, 800)
    with colour_scheme("light"):
        assert window.open_demo()
        window.view.show_stage(Stage.GROUPS)
        qtbot.wait(1)
        with colour_scheme("dark"):
            assert stage_problems(window, qtbot, [Stage.OVERVIEW, Stage.GROUPS], "switched") == {}


def test_ideas_and_voting_read_in_dark(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    with colour_scheme("dark"):
        assert window.open_demo()
        assert stage_problems(window, qtbot, [Stage.IDEAS, Stage.VOTING], "dark") == {}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_groups_projector_keeps_its_own_look(scheme: str, session, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The room sees the same light-on-dark wall whatever the laptop's scheme."""
    round_id = GroupsController(session).rounds()[0].id
    with colour_scheme("light"):  # opened in light, then the system switches (or not)
        projector = GroupsProjector(session, round_id)
        qtbot.addWidget(projector)
        projector.show()
        with colour_scheme(scheme):
            for widget in (projector.title, projector.names):
                palette = widget.palette()
                assert palette.color(widget.foregroundRole()).name() == Projector.TEXT
            assert projector.palette().color(projector.backgroundRole()).name() == (
                Projector.BACKGROUND
            )
            assert low_contrast(projector) == []


def test_the_kiosk_stays_light_and_its_pin_dialog_reads_in_dark(presentation, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The kiosk keeps its own light look on a dark laptop; the PIN dialog it opens is a
    window of the system's (dark) palette, and its labels read on it."""
    controller = VotingController(presentation.session)
    vote = next(v for v in controller.votes() if v.status is VoteStatus.OPEN)
    with colour_scheme("dark"):
        kiosk = presentation.open_kiosk(vote.id)
        assert isinstance(kiosk, KioskWindow)
        qtbot.waitUntil(lambda: isinstance(kiosk.pin_dialog, ChoosePinDialog))
        dialog = kiosk.pin_dialog
        assert dialog is not None
        assert not is_dark(kiosk.palette())
        assert low_contrast(kiosk) == []
        assert is_dark(dialog.palette())
        assert low_contrast(dialog) == []
        shoot(kiosk, "dark-kiosk")
        shoot(dialog, "dark-kiosk-pin")
        kiosk.close_without_asking()


def test_the_venue_dialog_reads_in_dark(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from facilitator.ui.venue.venue_dialog import VenueDialog

    with colour_scheme("dark"):
        assert window.open_demo()
        venue = window.venue
        assert venue is not None and venue.serve("127.0.0.1", 0) is None
        try:
            dialog = VenueDialog(venue, window)
            qtbot.addWidget(dialog)
            dialog.show()
            assert dialog.state_label.isVisible()
            assert low_contrast(dialog) == []
            shoot(dialog, "dark-venue")
        finally:
            venue.stop()
