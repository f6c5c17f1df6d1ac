"""Keyboard shortcuts: no two that can be active at once share a key, and none takes a key
the desktop keeps for itself on macOS."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from facilitator.ui.shell.workshop_view import Stage

# Keys macOS keeps for the system or every app's standard menu items (Qt's "Ctrl" is the
# Command key there, "Meta" the Control key). An app that binds them either never sees the
# key or surprises the user.
MACOS_RESERVED = {
    "Ctrl+M",  # Minimize (Window menu)
    "Ctrl+Alt+M",  # Minimize all
    "Ctrl+H",  # Hide the app
    "Ctrl+Alt+H",  # Hide others
    "Ctrl+Alt+D",  # Show/hide the Dock
    "Ctrl+Tab",  # App switcher
    "Ctrl+`",  # Cycle the app's windows
    "Ctrl+Space",  # Spotlight
    "Ctrl+Alt+Space",  # Finder search
    "Ctrl+Alt+Esc",  # Force Quit
    "Ctrl+Shift+3",  # Screenshots
    "Ctrl+Shift+4",
    "Ctrl+Shift+5",
    "Ctrl+Shift+Q",  # Log out
    "Ctrl+Meta+Q",  # Lock screen
    "Ctrl+Meta+F",  # Full screen (View menu)
    "Ctrl+Meta+Space",  # Emoji & symbols
}


def _keys(sequences: list[QKeySequence]) -> list[str]:
    text = QKeySequence.SequenceFormat.PortableText
    return [k.toString(text) for k in sequences if not k.isEmpty()]


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        sub = action.menu()
        found.extend(_menu_actions(sub) if isinstance(sub, QMenu) else [action])
    return found


def _active_shortcuts(
    window: QWidget,
) -> tuple[dict[str, dict[int, str]], dict[tuple[int, str], dict[int, str]]]:
    """Keys active in the window as shown now: window-wide (the menus and the window
    shortcuts of visible widgets) and per focus widget (widget shortcuts); each key maps
    the actions or shortcuts that take it (by identity) to their names."""
    window_wide: dict[str, dict[int, str]] = defaultdict(dict)
    per_widget: dict[tuple[int, str], dict[int, str]] = defaultdict(dict)

    def note(item: QAction | QShortcut, keys: list[str], owner: QWidget, name: str) -> None:
        context = item.shortcutContext() if isinstance(item, QAction) else item.context()
        for key in keys:
            if context in (
                Qt.ShortcutContext.WindowShortcut,
                Qt.ShortcutContext.ApplicationShortcut,
            ):
                window_wide[key][id(item)] = name
            else:
                per_widget[(id(owner), key)][id(item)] = name

    bar = window.menuBar()  # type: ignore[attr-defined]
    for top in bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            for action in _menu_actions(menu):
                note(action, _keys(action.shortcuts()), bar, action.text())
    for widget in [window, *window.findChildren(QWidget)]:
        if isinstance(widget, QMenu) or not widget.isVisible():
            continue
        for action in widget.actions():
            note(action, _keys(action.shortcuts()), widget, action.text())
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if not isinstance(parent, QWidget) or not parent.isVisible() or not shortcut.isEnabled():
            continue
        note(shortcut, _keys(shortcut.keys()), parent, f"a shortcut on {type(parent).__name__}")
    return window_wide, per_widget


def test_no_two_shortcuts_clash_and_none_is_reserved_on_macos(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.open_demo()
    seen: set[str] = set()
    for stage in Stage:
        window.view.show_stage(stage)
        QApplication.processEvents()
        window_wide, per_widget = _active_shortcuts(window)
        seen |= set(window_wide) | {key for _, key in per_widget}
        clashes = {k: sorted(v.values()) for k, v in window_wide.items() if len(v) > 1}
        assert not clashes, f"{stage.name}: one key, several actions: {clashes}"
        for (_, key), names in per_widget.items():
            assert len(names) == 1, f"{stage.name}: {key} means {sorted(names.values())}"
            assert key not in window_wide, f"{stage.name}: {key} is also {window_wide[key]}"
        reserved = sorted(seen & MACOS_RESERVED)
        assert not reserved, f"{stage.name}: macOS keeps {reserved} for itself"
    # The standard keys are where users look for them.
    for expected in ("Ctrl+,", "F1", "Ctrl+Q", "Ctrl+Shift+M"):
        assert expected in seen, expected
