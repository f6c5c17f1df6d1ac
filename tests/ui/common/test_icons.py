"""Icons drawn from the bundled Font Awesome font (ui/common/icons.py), without QtAwesome."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from facilitator.ui.common.icons import GLYPHS, Icon, icon
from facilitator.ui.common.palette import Role


def painted(image: QImage) -> set[tuple[int, int, int]]:
    """The opaque colours in an icon's picture."""
    found = set()
    for y in range(image.height()):
        for x in range(image.width()):
            color = image.pixelColor(x, y)
            if color.alpha() == 255:
                found.add((color.red(), color.green(), color.blue()))
    return found


def test_every_icon_has_a_glyph_that_draws(qapp: QApplication) -> None:
    assert set(GLYPHS) == set(Icon)
    for which in Icon:
        image = icon(which, "#336699").pixmap(QSize(32, 32)).toImage()
        assert painted(image) == {(0x33, 0x66, 0x99)}, which


def test_palette_icons_follow_the_palette_and_disabled_ones_grey_out(qapp: QApplication) -> None:
    image = icon(Icon.UNDO, Role.TEXT).pixmap(QSize(32, 32)).toImage()
    text = QGuiApplication.palette().color(QPalette.ColorRole.Text)
    assert (text.red(), text.green(), text.blue()) in painted(image)
    disabled = icon(Icon.UNDO, "#ff0000").pixmap(QSize(32, 32), QIcon.Mode.Disabled).toImage()
    grey = QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert (grey.red(), grey.green(), grey.blue()) in painted(disabled)
    assert (255, 0, 0) not in painted(disabled)
    assert QColor(grey) != QColor("#ff0000")


@pytest.mark.skipif(importlib.util.find_spec("qtawesome") is None, reason="qtawesome not installed")
def test_icons_match_what_qtawesome_drew(qapp: QApplication) -> None:
    import qtawesome as qta

    for which in Icon:
        for size in (16, 24, 48):
            ours = icon(which, "#336699").pixmap(QSize(size, size)).toImage()
            theirs = qta.icon(f"fa5s.{which.value}", color="#336699").pixmap(QSize(size, size))
            assert ours == theirs.toImage(), (which, size)
