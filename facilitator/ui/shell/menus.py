"""The main window's menu bar: File, Edit, Go and Help.

Its texts keep the main window's translation context (they were the window's own).

Rebuilt whenever the language or the open workshop changes (recent files, the stages of the
Go menu); the undo and redo actions are the window's own and survive the rebuild.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.settings import Settings
from facilitator.ui.shell.stages import Stage
from facilitator.ui.shell.undo_actions import UndoActions


class MenuOwner(Protocol):
    """What the menus call: the main window."""

    settings: Settings
    undo_actions: UndoActions

    def new_workshop(self) -> None: ...
    def open_dialog(self) -> None: ...
    def open_path(self, path: Path) -> bool: ...
    def open_demo(self) -> bool: ...
    def restore_dialog(self) -> None: ...
    def merge_dialog(self) -> None: ...
    def show_venue_dialog(self) -> None: ...
    def ask_close_workshop(self) -> None: ...
    def close(self) -> bool: ...
    def about(self) -> None: ...
    def show_preferences(self) -> object: ...
    def show_help(self) -> object: ...
    def show_stage(self, stage: Stage) -> None: ...


@dataclasses.dataclass(frozen=True)
class WorkshopActions:
    """The File menu's actions that need an open workshop."""

    restore: QAction
    merge: QAction
    venue: QAction
    close: QAction

    def set_enabled(self, open_: bool) -> None:
        for action in (self.restore, self.merge, self.venue, self.close):
            action.setEnabled(open_)


def build_menus(
    bar: QMenuBar, owner: MenuOwner, stage_titles: list[tuple[Stage, str]] | None
) -> WorkshopActions:
    """Fills ``bar``; ``stage_titles`` lists the Go menu (None: no workshop open)."""
    for old in bar.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
        old.deleteLater()  # clear() keeps the menus (and their shortcuts' actions) alive
    bar.clear()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    add(
        file_menu,
        QCoreApplication.translate("MainWindow", "&New workshop…"),
        owner.new_workshop,
        QKeySequence.StandardKey.New,
        Icon.NEW,
    )
    add(
        file_menu,
        QCoreApplication.translate("MainWindow", "&Open…"),
        owner.open_dialog,
        QKeySequence.StandardKey.Open,
        Icon.OPEN,
    )
    recent = file_menu.addMenu(
        icon(Icon.RECENT), QCoreApplication.translate("MainWindow", "Open &recent")
    )
    paths = owner.settings.recent_files()
    for path in paths:
        add(recent, str(path), lambda _=False, p=path: owner.open_path(p))
    recent.setEnabled(bool(paths))
    add(
        file_menu,
        QCoreApplication.translate("MainWindow", "Open the &demo workshop"),
        owner.open_demo,
        None,
        Icon.DEMO,
    )
    file_menu.addSeparator()
    actions = WorkshopActions(
        restore=add(
            file_menu,
            QCoreApplication.translate("MainWindow", "Restore from &backup…"),
            owner.restore_dialog,
            None,
            Icon.RESTORE,
        ),
        merge=add(
            file_menu,
            QCoreApplication.translate("MainWindow", "&Merge a group leader's file…"),
            owner.merge_dialog,
            None,
            Icon.MERGE,
        ),
        venue=add(
            file_menu,
            QCoreApplication.translate("MainWindow", "&Venue network (phones)…"),
            owner.show_venue_dialog,
            None,
            Icon.VENUE,
        ),
        close=add(
            file_menu,
            QCoreApplication.translate("MainWindow", "&Close workshop"),
            owner.ask_close_workshop,
            QKeySequence.StandardKey.Close,
            Icon.CLOSE,
        ),
    )
    actions.set_enabled(stage_titles is not None)
    file_menu.addSeparator()
    add(
        file_menu,
        QCoreApplication.translate("MainWindow", "&Quit"),
        owner.close,
        standard_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"),  # Windows has none
        Icon.QUIT,
    )

    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addAction(owner.undo_actions.undo)
    edit_menu.addAction(owner.undo_actions.redo)
    edit_menu.addSeparator()
    preferences = add(
        edit_menu,
        QCoreApplication.translate("MainWindow", "&Preferences…"),
        owner.show_preferences,
        standard_keys(QKeySequence.StandardKey.Preferences, "Ctrl+,"),
    )
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)  # the app menu on macOS

    go_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Go"))
    for stage, title in stage_titles or []:
        add(
            go_menu,
            title,
            lambda _=False, s=stage: owner.show_stage(s),
            QKeySequence(f"Ctrl+{stage + 1}"),
        )
    go_menu.setEnabled(stage_titles is not None)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    add(
        help_menu,
        QCoreApplication.translate("MainWindow", "&User guide"),
        lambda _=False: owner.show_help(),
        standard_keys(QKeySequence.StandardKey.HelpContents, "F1"),
    )
    about = add(
        help_menu, QCoreApplication.translate("MainWindow", "&About Facilitator"), owner.about
    )
    about.setMenuRole(QAction.MenuRole.AboutRole)
    return actions


def standard_keys(key: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's keys for ``key``; ``fallback`` where the platform has none (Linux
    desktops without a Preferences key)."""
    return QKeySequence.keyBindings(key) or [QKeySequence(fallback)]


def add(
    menu: QMenu,
    text: str,
    slot: Callable[..., object],
    shortcut: QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None = None,
    which: Icon | None = None,
) -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(slot)
    if isinstance(shortcut, list):
        action.setShortcuts(shortcut)
    elif shortcut is not None:
        action.setShortcut(shortcut)
    if which is not None:
        action.setIcon(icon(which))
    return action
