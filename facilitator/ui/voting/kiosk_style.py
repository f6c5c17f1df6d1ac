"""The kiosk's look: large type and large buttons for a laptop passed round a room, set on
the window once and picked up by every screen's widgets through their object names.

The screens (:mod:`.kiosk_screens`, :mod:`.kiosk_ballot`) make their labels with
:func:`kiosk_label`, so a label's role (title, headline, muted hint, count) is named in one
place and styled here.

The kiosk keeps this light look whatever the system's scheme: its screens' widgets take a
light palette of their own (:func:`keep_light`; under a style sheet a widget does not
inherit its parent's palette, so each gets it). The PIN dialogs it opens are windows of
their own in the system's palette, so the kiosk's dark text colour is given only to the
labels of its screens (inside the window's stack), not to theirs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

STYLE = """
#KioskWindow { background: #f6f7f9; }
#KioskWindow QLabel { font-size: 22px; }
#KioskWindow QStackedWidget QLabel { color: #1b1f27; }
#KioskWindow QLabel#kioskTitle { font-size: 34px; font-weight: 600; }
#KioskWindow QLabel#kioskHeadline { font-size: 54px; font-weight: 700; }
#KioskWindow QLabel#kioskStatus { font-size: 26px; font-weight: 600; color: #1f4f8a; }
#KioskWindow QLabel#kioskMuted { font-size: 20px; color: #4f5866; }
#KioskWindow QLabel#kioskProblems { font-size: 20px; color: #b00020; font-weight: 600; }
#KioskWindow QLabel#kioskItem { font-size: 22px; }
#KioskWindow QLabel#kioskCount { font-size: 28px; font-weight: 700; min-width: 64px; }
#KioskWindow QPushButton { font-size: 22px; padding: 10px 22px; min-height: 36px; }
#KioskWindow QPushButton#kioskPrimary { font-size: 26px; font-weight: 700; padding: 14px 40px;
    background: #2e6bbf; color: white; border-radius: 8px; border: none; }
#KioskWindow QPushButton#kioskPrimary:disabled { background: #9bb3d6; }
#KioskWindow QPushButton#kioskStep { font-size: 30px; font-weight: 700; min-width: 56px;
    max-width: 56px; min-height: 48px; padding: 0; }
#KioskWindow QPushButton:checked { background: #2e6bbf; color: white; border: none;
    border-radius: 6px; }
#KioskWindow QFrame#kioskRow { background: white; border: 1px solid #d3d8e0;
    border-radius: 8px; }
#KioskWindow QLineEdit { font-size: 24px; padding: 8px; }
#KioskWindow QListView { font-size: 24px; }
#KioskWindow QListView::item { padding: 10px; }
#KioskWindow QSpinBox { font-size: 24px; min-width: 110px; min-height: 40px; }
"""


def kiosk_palette() -> QPalette:
    """The style's own light palette, on the kiosk's background."""
    palette = QApplication.style().standardPalette()
    if palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5:  # a style dark by nature
        palette = QPalette(QColor("#f6f7f9"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#f6f7f9"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1b1f27"))
    return palette


def keep_light(root: QWidget) -> None:
    """``root`` and every widget under it (windows such as dialogs aside) in the kiosk's
    light palette."""
    palette = kiosk_palette()
    for widget in (root, *root.findChildren(QWidget)):
        if not widget.isWindow() or widget is root:
            widget.setPalette(palette)


def kiosk_label(name: str, wrap: bool = False, centred: bool = False) -> QLabel:
    """A label styled by its role ``name`` (``kioskTitle``, ``kioskHeadline``, ``kioskMuted``
    …), word-wrapped and centred when asked."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    if centred:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label
