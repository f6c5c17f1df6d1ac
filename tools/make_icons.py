"""Render the app icon from its one source, facilitator/resources/icons/facilitator.svg.

    .venv/bin/python tools/make_icons.py

Writes, beside the SVG: facilitator-<size>.png for the sizes desktops ask for (Linux's hicolor
theme, the About dialog), facilitator.ico (Windows: the executable, the installer and the
.workshop files) and facilitator.icns (macOS: the .app and its documents). Qt's QSvgRenderer
draws the SVG; Pillow packs the .ico and .icns. The outputs are committed, so a build needs
neither step; run this again after changing the SVG.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "facilitator" / "resources" / "icons"
SOURCE = ICONS / "facilitator.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn at size×size pixels, as a Pillow RGBA image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(data.data())).convert("RGBA")


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"make_icons: cannot read {SOURCE}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in {*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES}}
    for size in PNG_SIZES:
        # No timestamps or text chunks: the same SVG gives the same bytes.
        images[size].save(ICONS / f"facilitator-{size}.png", optimize=True)
    largest = images[max(ICO_SIZES)]
    largest.save(
        ICONS / "facilitator.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    images[max(ICNS_SIZES)].save(
        ICONS / "facilitator.icns", append_images=[images[s] for s in ICNS_SIZES]
    )
    for path in sorted(ICONS.iterdir()):
        print(f"{path.name:24} {path.stat().st_size:>8} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
