"""Helpers of the dark-mode and accessibility tests: colour schemes, effective colours of a
widget, and the controls a keyboard or screen-reader user reaches."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from facilitator.ui.common.palette import contrast, dark_palette

ACTIVE = QPalette.ColorGroup.Active
MINIMUM = 4.5  # WCAG AA for text


@contextmanager
def colour_scheme(name: str) -> Iterator[QPalette]:
    """The application in a light or dark palette for the block, then as it was."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    palette = dark_palette() if name == "dark" else app.style().standardPalette()
    app.setPalette(palette)
    QApplication.sendPostedEvents()  # widgets take the new palette
    try:
        yield palette
    finally:
        app.setPalette(before)
        QApplication.sendPostedEvents()


def background_of(widget: QWidget) -> QColor:
    """The colour behind ``widget``: its own if it fills its background, else an ancestor's."""
    w: QWidget | None = widget
    while w is not None:
        role = w.backgroundRole()
        fills = w.autoFillBackground() or w.isWindow() or "background" in w.styleSheet()
        if fills and role != QPalette.ColorRole.NoRole:
            return w.palette().color(ACTIVE, role)
        w = w.parentWidget()
    return widget.palette().color(ACTIVE, QPalette.ColorRole.Window)


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def text_contrasts(root: QWidget) -> Iterator[tuple[str, float]]:
    """``(description, contrast)`` of every visible, enabled label, button and item view cell
    with text under ``root``."""
    for label in root.findChildren(QLabel):
        if shown(label) and label.isEnabled() and label.text().strip():
            label.ensurePolished()
            fg = label.palette().color(ACTIVE, label.foregroundRole())
            yield f"label {label.text()[:40]!r}", contrast(fg, background_of(label))
    for button in root.findChildren(QAbstractButton):
        if not (shown(button) and button.isEnabled() and button.text().strip()):
            continue
        button.ensurePolished()
        p = button.palette()
        own_face = (isinstance(button, QPushButton) and not button.isFlat()) or (
            isinstance(button, QToolButton) and not button.autoRaise()
        )
        fg = p.color(ACTIVE, QPalette.ColorRole.ButtonText if own_face else button.foregroundRole())
        bg = p.color(ACTIVE, QPalette.ColorRole.Button) if own_face else background_of(button)
        yield f"{type(button).__name__} {button.text()[:40]!r}", contrast(fg, bg)
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if not shown(view) or model is None:
            continue
        p = view.palette()
        for row in range(min(model.rowCount(QModelIndex()), 25)):
            for column in range(40):
                index = model.index(row, column)
                if not index.isValid():
                    break
                text = model.data(index, Qt.ItemDataRole.DisplayRole)
                if not isinstance(text, str) or not text.strip():
                    continue
                fg = _brush(model.data(index, Qt.ItemDataRole.ForegroundRole)) or p.color(
                    ACTIVE, QPalette.ColorRole.Text
                )
                bg = _brush(model.data(index, Qt.ItemDataRole.BackgroundRole)) or p.color(
                    ACTIVE, QPalette.ColorRole.Base
                )
                yield f"{type(view).__name__} cell {text[:30]!r}", contrast(fg, bg)


def _brush(value: object) -> QColor | None:
    if isinstance(value, QColor):
        return value
    color = getattr(value, "color", None)
    return color() if callable(color) else None


def low_contrast(root: QWidget) -> list[str]:
    return [f"{what}: {ratio:.2f}" for what, ratio in text_contrasts(root) if ratio < MINIMUM]


INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QTextEdit,
    QPlainTextEdit,
)


def nameless_controls(root: QWidget) -> list[str]:
    """Visible interactive controls under ``root`` that a screen reader announces without a
    name: Qt's accessible name (from ``setAccessibleName``, the control's own text or the
    label whose buddy it is) is empty. A combo box's current entry is no name, so a combo
    box needs an accessible name or a buddy label."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _internal(widget):
            continue
        if isinstance(widget, QComboBox):
            buddies = {id(label.buddy()) for label in root.findChildren(QLabel)}
            if widget.accessibleName().strip() or id(widget) in buddies:
                continue
        else:
            face = QAccessible.queryAccessibleInterface(widget)
            if face is not None and face.text(QAccessible.Text.Name).strip():
                continue
        found.append(_describe(widget))
    return sorted(found)


def _internal(widget: QWidget) -> bool:
    """Parts Qt builds inside other controls (a spin box's editor, a combo's popup list,
    a table's header and corner button, a line edit's clear button)."""
    parent = widget.parentWidget()
    name = widget.objectName()
    if name.startswith("qt_") or (parent is not None and parent.objectName().startswith("qt_")):
        return True
    ancestor = parent
    while ancestor is not None:
        if isinstance(ancestor, (QComboBox, QAbstractSpinBox)):
            return True
        if isinstance(ancestor, (QAbstractItemView, QLineEdit)):
            return True  # a table's header, corner button or editor; a line edit's buttons
        ancestor = ancestor.parentWidget()
    return False


def _describe(widget: QWidget) -> str:
    chain = []
    w: QWidget | None = widget
    while w is not None and len(chain) < 4:
        chain.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return f"{type(widget).__name__} ({' < '.join(chain)})"


def first_index(view: QAbstractItemView) -> QModelIndex:
    model = view.model()
    assert model is not None
    return model.index(0, 0)
