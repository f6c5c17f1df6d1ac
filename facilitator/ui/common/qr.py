"""QR codes drawn by Qt from segno's matrix: sharp at any size, no image files, no imaging
library between (the join screen, leader links, anything a phone scans off a screen)."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of white around the code: scanners need it


def qr_matrix(text: str) -> list[list[bool]]:
    """The code's modules, row by row (True = dark), with the quiet zone around them."""
    code = segno.make(text, error="m", micro=False)
    rows = [[bool(m) for m in row] for row in code.matrix]
    width = len(rows[0]) + 2 * QUIET_ZONE
    blank = [[False] * width for _ in range(QUIET_ZONE)]
    padded = [[False] * QUIET_ZONE + row + [False] * QUIET_ZONE for row in rows]
    return blank + padded + [list(r) for r in blank]


def paint_qr(painter: QPainter, matrix: list[list[bool]], area: QRectF) -> None:
    """Black on white, square, centred in ``area``, each module a whole number of pixels
    when the area allows (blurred module edges slow scanners down)."""
    count = len(matrix)
    side = min(area.width(), area.height())
    module = max(1.0, float(int(side / count))) if side >= count else side / count
    size = module * count
    left = area.x() + (area.width() - size) / 2
    top = area.y() + (area.height() - size) / 2
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(QRectF(left, top, size, size), QColor("white"))
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRectF(left + x * module, top + y * module, module, module))
    painter.restore()


def qr_image(text: str, pixels: int) -> QImage:
    """The code for ``text`` as a square image about ``pixels`` wide (for copying or saving)."""
    image = QImage(pixels, pixels, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_qr(painter, qr_matrix(text), QRectF(0, 0, pixels, pixels))
    painter.end()
    return image


class QrCodeView(QWidget):
    """Shows the QR code of :meth:`set_text`'s text, as large as the widget allows."""

    def __init__(self, parent: QWidget | None = None, minimum: int = 120) -> None:
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self._text = ""
        self.setMinimumSize(minimum, minimum)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        self._text = text
        self._matrix = qr_matrix(text) if text else []
        self.setAccessibleDescription(text)
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        paint_qr(painter, self._matrix, QRectF(self.rect()))
        painter.end()
