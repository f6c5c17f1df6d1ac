"""A date field that takes a date typed as people type it, in the workshop's format.

``QDateEdit`` edits a date section by section: typing "05.12.2026" into it digit by digit
fights the user (a "0" alone is no day, so the section keeps its old value). This field is a
plain line edit instead: whatever is typed stays as typed, and the date is read from it
leniently in the format's order of day, month and year ("5.12.2026", "05122026" and
"05.12.2026" are one date in a Norwegian workshop). Enter or leaving the field commits it
(``dateChanged``); text that is no date goes back to the last date, and a short red line
under the field says so (:class:`DateHint`, gone after a few seconds or at the next key).
Up and Down move a day, and the calendar button beside the text picks a date with the mouse.

The format follows the workshop's language (:func:`date_format`): day first with dots in
Norwegian and Danish, ISO in Swedish, day first with dashes in Dutch, and the laptop's own
short format for English (always with a four-digit year).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLabel, QLineEdit, QVBoxLayout, QWidget

from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, css, follow_palette

FORMATS = {"nb": "dd.MM.yyyy", "da": "dd.MM.yyyy", "sv": "yyyy-MM-dd", "nl": "dd-MM-yyyy"}
ISO = "yyyy-MM-dd"
HINT_MS = 6000  # how long the line saying why a typed date was not taken stays


def date_format(language: str | None = None) -> str:
    """The display format of dates in a workshop of ``language`` (a code such as "nb"); by
    default the language the app runs in now (it follows the open workshop's)."""
    if language is None:
        language = QLocale().name().split("_")[0]
        language = "nb" if language in ("no", "nn") else language
        locale = QLocale()
    else:
        locale = QLocale.system()
    if language in FORMATS:
        return FORMATS[language]
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if re.search(r"M{3,}|d{3,}|[^dMy\s./\-]", fmt) or not all(k in fmt for k in "dMy"):
        return ISO
    fmt = re.sub(r"y+", "yyyy", fmt)
    fmt = re.sub(r"d+", "dd", fmt)
    return re.sub(r"M+", "MM", fmt)


def field_order(fmt: str) -> list[str]:
    """ "d", "M" and "y" in the order ``fmt`` shows them."""
    positions = {k: fmt.find(k) for k in "dMy"}
    return sorted("dMy", key=lambda k: positions[k] if positions[k] >= 0 else 99)


def parse_date(text: str, fmt: str) -> QDate | None:
    """The date in ``text`` read in the order of ``fmt``, or None. Day and month may have
    one digit; the year needs four. Eight digits without separators are split by the
    format's widths (dd MM yyyy)."""
    parts = re.findall(r"\d+", text)
    order = field_order(fmt)
    if len(parts) == 1 and len(parts[0]) == 8:
        widths = {"d": 2, "M": 2, "y": 4}
        digits, parts, start = parts[0], [], 0
        for key in order:
            parts.append(digits[start : start + widths[key]])
            start += widths[key]
    if len(parts) != 3 or re.sub(r"[\d\s./\-]", "", text):
        return None
    values = dict(zip(order, parts, strict=True))
    if len(values["y"]) != 4 or len(values["d"]) > 2 or len(values["M"]) > 2:
        return None
    date = QDate(int(values["y"]), int(values["M"]), int(values["d"]))
    return date if date.isValid() else None


class DateField(QLineEdit):
    """A line edit holding a date. The part of ``QDateEdit``'s interface the app uses:
    ``date``/``setDate``, ``dateChanged``, ``setDisplayFormat``, ``setMinimumDate``, and
    ``setSpecialValueText`` (the minimum date then shows as that text, e.g. "No date")."""

    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = QDate.currentDate()
        self._format = ISO
        self._minimum = QDate(1900, 1, 1)
        self._special = ""
        self._popup: QWidget | None = None
        self.calendar_action = self.addAction(
            icon(Icon.CALENDAR), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setText(self.tr("Calendar"))
        self.calendar_action.setToolTip(self.tr("Choose the date on a calendar"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.editingFinished.connect(self.commit)
        self._show()

    # --- the date ---
    def date(self) -> QDate:
        """The date typed (once it is one), else the last date committed."""
        typed = self._typed()
        return typed if typed is not None else self._date

    def setDate(self, date: QDate) -> None:
        date = max(date, self._minimum) if date.isValid() else self._minimum
        changed = date != self._date
        self._date = date
        self._show()
        if changed:
            self.dateChanged.emit(date)

    def commit(self) -> None:
        """Takes what was typed: a date becomes the date, anything else is undone, and the
        hint under the field says why."""
        typed = self._typed()
        if typed is not None:
            self.setDate(typed)
            return
        text = self.text().strip()
        self._show()
        if text != self.text():
            self._explain(text)

    def _explain(self, typed: str) -> None:
        kept = self.text()
        if not typed:
            message = self.tr("A date is needed; kept %1.").replace("%1", kept)
        elif (date := parse_date(typed, self._format)) is not None and date < self._minimum:
            message = (
                self.tr("“%1” is before %2; kept %3.")
                .replace("%3", kept)
                .replace("%2", self._minimum.toString(self._format))
                .replace("%1", typed)
            )
        else:
            message = (
                self.tr("“%1” is not a date; kept %2.").replace("%2", kept).replace("%1", typed)
            )
        hint = self.hint or DateHint(self.window())
        hint.say(message, self.mapToGlobal(QPoint(0, self.height())))
        self.textEdited.connect(hint.hide, Qt.ConnectionType.UniqueConnection)

    @property
    def hint(self) -> DateHint | None:
        """The line saying why a typed date was not taken (one per window), or None."""
        return self.window().findChild(
            DateHint, "DateHint", Qt.FindChildOption.FindDirectChildrenOnly
        )

    def _typed(self) -> QDate | None:
        text = self.text().strip()
        if self._special and text in (self._special, ""):
            return self._minimum
        date = parse_date(text, self._format)
        return date if date is not None and date >= self._minimum else None

    def _show(self) -> None:
        if self._special and self._date == self._minimum:
            text = self._special
        else:
            text = self._date.toString(self._format)
        if self.text() != text:
            self.setText(text)

    # --- settings ---
    def displayFormat(self) -> str:
        return self._format

    def setDisplayFormat(self, fmt: str) -> None:
        self._format = fmt
        self.setPlaceholderText(_placeholder(fmt))
        self._show()

    def setMinimumDate(self, date: QDate) -> None:
        self._minimum = date
        if self._date < date:
            self.setDate(date)

    def minimumDate(self) -> QDate:
        return self._minimum

    def setSpecialValueText(self, text: str) -> None:
        self._special = text
        self._show()

    # --- keys and the calendar ---
    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if step is not None:
            self.setDate(self.date().addDays(step))
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._popup is None or not self._popup.isVisible():
            self.commit()

    def show_calendar(self) -> None:
        popup = QWidget(self, Qt.WindowType.Popup)
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(0, 0, 0, 0)
        calendar = QCalendarWidget(popup)
        calendar.setMinimumDate(self._minimum)
        calendar.setSelectedDate(
            self.date() if self.date() != self._minimum else QDate.currentDate()
        )
        layout.addWidget(calendar)

        def picked(date: QDate) -> None:
            popup.close()
            self.setDate(date)

        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.destroyed.connect(lambda: setattr(self, "_popup", None))
        self._popup = popup
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        calendar.setFocus()

    @property
    def calendar(self) -> QCalendarWidget | None:
        """The open calendar (for tests), or None."""
        return self._popup.findChild(QCalendarWidget) if self._popup is not None else None


class DateHint(QLabel):
    """A small red line under a date field saying why what was typed was not taken. A
    window of its own (child of the field's window), so it outlives an editor in a table;
    it goes after ``HINT_MS`` or when the field is typed in again."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.ToolTip)
        self.setObjectName("DateHint")
        follow_palette(
            self,
            lambda: (
                f"QLabel#DateHint {{ color: {css(Role.ERROR)}; background: palette(base);"
                f" border: 1px solid {css(Role.ERROR)}; padding: 2px 6px; }}"
            ),
        )
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(HINT_MS)
        self.timer.timeout.connect(self.hide)

    def say(self, text: str, at: QPoint) -> None:
        self.setText(text)
        self.adjustSize()
        self.move(at)
        self.show()
        self.timer.start()


def _placeholder(fmt: str) -> str:
    return QDate(2026, 12, 31).toString(fmt)
