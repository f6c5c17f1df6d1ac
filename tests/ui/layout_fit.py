"""Finding text that does not fit on screen: a helper of tests/ui/test_layout_fits.py.

``offenders(window, where)`` walks the visible widgets of a window, as laid out at its
current size, and names every label, button, check box, radio button, group box title, tab
and header section whose text is cut: narrower or lower than its text needs, elided, or
placed (partly) outside what its parents show. Scrolled content is checked up to its scroll
area only (the rest can be scrolled to), and cells of item views are not checked at all:
they show the user's data, elided with a tool tip by the view.

``place_as_on_screen(window, screen)`` gives a window the size a real desktop would give it on
a screen of that size (the offscreen platform's own screen is 800 px square).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

# What is checked for overlapping its neighbours (and being cut off), besides texts.
FIELDS = (
    QLabel, QAbstractButton, QGroupBox, QTabBar, QComboBox, QLineEdit, QAbstractSpinBox,
    QTextEdit, QPlainTextEdit, QAbstractItemView,
)  # fmt: skip
TOLERANCE = 1  # pixels: rounding, never a visible cut
PUSH_BUTTON_PADDING = 16  # Fusion: 2 × (button margin 6 + frame 2)


def plain(text: str) -> str:
    """A button's text as shown: without its mnemonic ampersands."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def describe(widget: QWidget) -> str:
    name = widget.objectName()
    path = []
    parent = widget.parentWidget()
    while parent is not None and len(path) < 3:
        if parent.objectName() and not parent.objectName().startswith("qt_"):
            path.append(parent.objectName())
        parent = parent.parentWidget()
    inside = f" in {'/'.join(reversed(path))}" if path else ""
    return f"{type(widget).__name__}{f' {name!r}' if name else ''}{inside}"


def place_as_on_screen(window: QWidget, screen: QSize) -> None:
    """Size ``window`` as a desktop of size ``screen`` would when it is first shown: its size
    hint, at most two thirds of the screen, never below its minimum (Qt's adjustSize); a size
    the code set itself is kept."""
    if window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        return
    hint, minimum = window.sizeHint(), window.minimumSizeHint()
    width = max(min(hint.width(), screen.width() * 2 // 3), minimum.width())
    layout = window.layout()
    height = hint.height()
    if layout is not None and layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    height = max(min(height, screen.height() * 2 // 3), minimum.height())
    window.resize(width, height)


def lay_out() -> None:
    """Lets pending layouts set their widgets' geometry (only that: no painting, so it is
    fast)."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _text_width(widget: QWidget, text: str) -> int:
    return max(
        (widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n")), default=0
    )


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    tip = label.toolTip()
    if text.endswith("…") and len(tip) > len(text) - 1 and tip.startswith(text[:-1].rstrip()):
        return "is elided"
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + TOLERANCE:
            return f"needs {needed} px height at width {label.width()}, has {label.height()}"
        return None
    hint = label.sizeHint()
    if hint.width() > label.width() + TOLERANCE:
        return f"needs {hint.width()} px width, has {label.width()}"
    if label.minimumSizeHint().height() > label.height() + TOLERANCE:
        return f"needs {label.minimumSizeHint().height()} px height, has {label.height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = plain(button.text())
    if not text.strip():
        return None
    if (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return None
    hint = button.sizeHint()
    needed = hint.width()
    if isinstance(button, QPushButton):
        # Fusion gives a push button with text at least 80 px; that is taste, not need.
        icon = 0 if button.icon().isNull() else button.iconSize().width() + 4
        needed = min(needed, _text_width(button, text) + icon + PUSH_BUTTON_PADDING)
    if needed > button.width() + TOLERANCE:
        return f"needs {needed} px width, has {button.width()}"
    low = button.minimumSizeHint().height()
    if isinstance(button, (QCheckBox, QRadioButton)) or low > button.height() + TOLERANCE:
        low = min(low, button.fontMetrics().height())
    if low > button.height() + TOLERANCE:
        return f"needs {low} px height, has {button.height()}"
    return None


def _group_box_problem(box: QGroupBox) -> str | None:
    title = plain(box.title())
    if not title.strip():
        return None
    indicator = 0
    if box.isCheckable():
        indicator = box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6
    needed = _text_width(box, title) + indicator + 12
    if needed > box.width() + TOLERANCE:
        return f"title needs {needed} px width, has {box.width()}"
    return None


def _tab_bar_problems(bar: QTabBar) -> list[str]:
    found = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i) or not bar.tabText(i).strip():
            continue
        rect, needed = bar.tabRect(i), bar.tabSizeHint(i)
        text = plain(bar.tabText(i))
        if needed.width() > rect.width() + TOLERANCE:
            found.append(f"tab {text!r} needs {needed.width()} px width, has {rect.width()}")
        elif rect.left() < -TOLERANCE or rect.right() > bar.width() + TOLERANCE:
            found.append(f"tab {text!r} is scrolled out of its bar ({bar.width()} px wide)")
    return found


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() is not Qt.Orientation.Horizontal:
        return []
    found = []
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text.strip():
            continue
        needed = _text_width(header, text) + margin
        size = header.sectionSize(section)
        if needed > size + TOLERANCE:
            found.append(f"column {text!r} needs {needed} px width, has {size}")
    return found


def _cut_by(widget: QWidget, window: QWidget) -> str | None:
    """The parent (or the window) that hides part of ``widget``, if any."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    rect.adjust(TOLERANCE, TOLERANCE, -TOLERANCE, -TOLERANCE)
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return None  # scrolled content: the scroll bars reach the rest
        shown = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        if not shown.contains(rect):
            return describe(parent)
        parent = grand
    return None if window.rect().contains(rect) else "the window"


def _laid_out(layout: QLayout | None) -> list[QWidget]:
    """Every widget in ``layout`` and in the layouts inside it."""
    found: list[QWidget] = []
    if layout is None:
        return found
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        inner = item.widget()
        if inner is not None:
            found.append(inner)
        found.extend(_laid_out(item.layout()))
    return found


class _Layouts:
    """For each parent, which widgets its layout holds and which of those are fields
    shown, with their geometry; worked out once per parent per check (a page has hundreds of
    widgets: asking the layout again for each pair of siblings is what made the check
    slow). Geometry does not change during a check: it runs after the layouts did."""

    def __init__(self) -> None:
        self._held: dict[int, tuple[list[QWidget], set[int]]] = {}
        self._fields: dict[int, list[tuple[QWidget, QRect]]] = {}

    def holds(self, parent: QWidget, widget: QWidget) -> bool:
        key = id(parent)
        if key not in self._held:
            widgets = _laid_out(parent.layout())  # kept: their ids stay theirs
            self._held[key] = (widgets, {id(w) for w in widgets})
        return id(widget) in self._held[key][1]

    def fields(self, parent: QWidget) -> list[tuple[QWidget, QRect]]:
        """The fields shown that ``parent``'s layout holds, with their geometry."""
        key = id(parent)
        if key not in self._fields:
            self._fields[key] = [
                (other, other.geometry())
                for other in parent.children()
                if isinstance(other, FIELDS)
                and not other.isWindow()
                and other.isVisible()
                and self.holds(parent, other)
            ]
        return self._fields[key]


def _overlapped_by(widget: QWidget, layouts: _Layouts) -> str | None:
    """A sibling laid out over ``widget`` (a layout squeezed below its minimum does that)."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow() or not layouts.holds(parent, widget):
        return None
    mine = widget.geometry().adjusted(TOLERANCE, TOLERANCE, -TOLERANCE, -TOLERANCE)
    for other, geometry in layouts.fields(parent):
        if other is not widget and mine.intersects(geometry):
            return describe(other)
    return None


def _in_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        grand = parent.parentWidget()
        if (
            isinstance(grand, QAbstractScrollArea)
            and grand.viewport() is parent
            and grand.inherits("QAbstractItemView")
        ):
            return True
        parent = grand
    return False


def _visible_descendants(widget: QWidget) -> list[QWidget]:
    """The shown widgets inside ``widget`` (hidden pages are skipped whole: fast)."""
    found = []
    for child in widget.children():
        if isinstance(child, QWidget) and not child.isWindow() and child.isVisible():
            found.append(child)
            found.extend(_visible_descendants(child))
    return found


def offenders(window: QWidget, where: str) -> list[str]:
    """Every text of ``window`` (as laid out now) that does not fit, one line each."""
    lay_out()
    found: list[str] = []
    layouts = _Layouts()
    for widget in [window, *_visible_descendants(window)]:
        if _in_item_view(widget):
            continue
        problems: list[str] = []
        text = ""
        if isinstance(widget, QLabel):
            text = widget.text()
            problem = _label_problem(widget)
            problems = [problem] if problem else []
        elif isinstance(widget, QAbstractButton):
            text = plain(widget.text())
            problem = _button_problem(widget)
            problems = [problem] if problem else []
            if isinstance(widget, QToolButton) and isinstance(widget.parentWidget(), QTabBar):
                problems = []  # a tab bar's scroll arrows
        elif isinstance(widget, QGroupBox):
            text = widget.title()
            problem = _group_box_problem(widget)
            problems = [problem] if problem else []
        elif isinstance(widget, QTabBar):
            problems = _tab_bar_problems(widget)
        elif isinstance(widget, QHeaderView):
            problems = _header_problems(widget)
        elif not isinstance(widget, FIELDS):
            continue
        if widget is not window and (text.strip() or problems or isinstance(widget, FIELDS)):
            cut = _cut_by(widget, window)
            if cut is not None:
                problems.append(f"is cut off by {cut}")
            over = _overlapped_by(widget, layouts)
            if over is not None:
                problems.append(f"overlaps {over}")
        short = " ".join(text.split())
        short = short if len(short) <= 60 else short[:57] + "..."
        found.extend(f"{where}: {describe(widget)} {short!r}: {p}" for p in problems)
    return found


def too_big(window: QWidget, where: str, limit: QSize, smallest_only: bool = False) -> list[str]:
    """The window's smallest size, and its size, if either exceeds ``limit``."""
    found = []
    sizes = [("smallest size", window.minimumSizeHint()), ("size", window.size())]
    for what, size in sizes[:1] if smallest_only else sizes:
        if size.width() > limit.width() or size.height() > limit.height():
            found.append(
                f"{where}: {describe(window)} {what} {size.width()}×{size.height()} "
                f"exceeds {limit.width()}×{limit.height()}"
            )
    return found
