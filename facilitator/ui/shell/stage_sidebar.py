"""The sidebar of stages beside an open workshop.

Its own module, light to import, because it is shown twice: in the open workshop's view and,
before that, in the preview painted while a workshop opens (``opening_view``); both look the
same, so the workshop does not jump when the preview gives way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, css, follow_palette, readable_on
from facilitator.ui.shell.stages import Stage

WIDTH = 190


def _style() -> str:
    """A card-coloured strip, the stage in the accent, in the current palette."""
    accent = css(Role.ACCENT)
    return (
        f"QListWidget {{ background: {css(Role.CARD)}; color: {css(Role.TEXT)};"
        " border: none; font-size: 11pt; }"
        "QListWidget::item { padding: 9px 6px; }"
        f"QListWidget::item:selected {{ background: {accent}; color: {readable_on(accent)}; }}"
    )


def stage_titles() -> dict[Stage, str]:
    """Each stage's name in the sidebar (and the Go menu), in the current language."""

    translate = QCoreApplication.translate  # the context of the view they were first in
    return {
        Stage.OVERVIEW: translate("WorkshopView", "Overview"),
        Stage.PARTICIPANTS: translate("WorkshopView", "Participants"),
        Stage.GROUPS: translate("WorkshopView", "Groups"),
        Stage.IDEAS: translate("WorkshopView", "Ideas"),
        Stage.VOTING: translate("WorkshopView", "Voting"),
        Stage.RESULTS: translate("WorkshopView", "Results"),
        Stage.MINUTES: translate("WorkshopView", "Minutes", "the written report of the workshop"),
    }


ICONS = {
    Stage.OVERVIEW: Icon.OVERVIEW,
    Stage.PARTICIPANTS: Icon.PARTICIPANTS,
    Stage.GROUPS: Icon.GROUPS,
    Stage.IDEAS: Icon.IDEAS,
    Stage.VOTING: Icon.VOTING,
    Stage.RESULTS: Icon.RESULTS,
    Stage.MINUTES: Icon.MINUTES,
}


def stage_sidebar(parent: QWidget | None = None) -> QListWidget:
    """The seven stages, Overview selected. A fixed list, not a growing one: item widgets
    are the right tool."""
    sidebar = QListWidget(parent)
    sidebar.setIconSize(QSize(22, 22))
    sidebar.setFixedWidth(WIDTH)
    sidebar.setAccessibleName(QCoreApplication.translate("WorkshopView", "Stages of the workshop"))
    follow_palette(sidebar, _style)
    for stage, title in stage_titles().items():
        QListWidgetItem(icon(ICONS[stage]), title, sidebar)
    sidebar.setCurrentRow(Stage.OVERVIEW)
    sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return sidebar
