"""``facilitator self-check``: what a user of this installation needs, checked headless.

Installers, CI and a support person run it: the window opens the demo workshop; the minutes
render as a PDF that embeds the app's own font; every translation loads; Qt's PDF module can
show that PDF (the minutes preview); the chime can play, or the fallback is named; the data
and log folders can be written. Uses a temporary data folder and settings file for the demo,
so it leaves nothing behind; the log stays in the real log folder.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from facilitator import APP_NAME, __version__
from facilitator.core import agenda, diagnostics
from facilitator.core.paths import user_data_dir


@dataclasses.dataclass
class Check:
    name: str
    ok: bool
    detail: str


def _writable(folder: Path) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    probe = folder / f".facilitator-self-check-{uuid.uuid4().hex}"
    probe.write_bytes(b"ok")
    probe.unlink()
    return str(folder)


def _pdf_font(pdf: bytes) -> str:
    if b"DejaVuSans" not in pdf or b"/FontFile2" not in pdf:
        raise RuntimeError("the PDF does not embed DejaVu Sans")
    return f"DejaVu Sans embedded ({len(pdf) // 1024} kB of minutes)"


def _translations() -> str:
    from PySide6.QtCore import QTranslator

    from facilitator.bundled import resource_path
    from facilitator.ui.shell.i18n import SUPPORTED

    loaded = []
    for language in SUPPORTED:
        path = resource_path("translations", f"facilitator_{language}.qm")
        translator = QTranslator()
        if not translator.load(str(path)) or translator.isEmpty():
            raise RuntimeError(f"{path.name} does not load")
        if language != "en" and translator.translate("MainWindow", "&File") in ("", "&File"):
            raise RuntimeError(f"{path.name} has no translation of the menus")
        loaded.append(language)
    return ", ".join(loaded)


def _icons() -> str:
    """The icon font loads and draws: without it every button and the sidebar lose their
    pictures (the app still works, so only this check would tell)."""
    from PySide6.QtCore import QSize

    from facilitator.ui.common.icons import FONT_FILE, Icon, icon, icon_font_family

    family = icon_font_family()
    if not family:
        raise RuntimeError(f"{'/'.join(FONT_FILE)} does not load")
    image = icon(Icon.SAVED, "#000000").pixmap(QSize(32, 32)).toImage()
    if all(image.pixelColor(x, y).alpha() == 0 for x in range(32) for y in range(32)):
        raise RuntimeError("the icon font draws nothing")
    return f"{family}, {len(Icon)} icons"


def _pdf_preview(pdf: bytes, folder: Path) -> str:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    path = folder / "minutes.pdf"
    path.write_bytes(pdf)
    document = QPdfDocument()
    document.load(str(path))
    if document.status() is not QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise RuntimeError(f"QtPdf cannot read the minutes ({document.status().name})")
    image = document.render(0, QSize(300, 424))
    if image.isNull():
        raise RuntimeError("QtPdf rendered an empty page")
    pages = document.pageCount()
    document.close()
    return f"{pages} pages readable"


def _chime() -> str:
    from facilitator.ui.common.chime import chime_path

    if not chime_path().is_file():
        raise RuntimeError(f"{chime_path()} is missing")
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as exc:
        return f"QtMultimedia cannot load ({exc}): the system beep is used instead"
    if not QMediaDevices.audioOutputs():
        return "no audio output on this machine: the system beep is used instead"
    return "QtMultimedia ready, sound file present"


def run_checks(screenshot: Path | None = None) -> list[Check]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    checks: list[Check] = []

    def check(name: str, probe: Callable[[], str]) -> None:
        try:
            checks.append(Check(name, True, probe()))
        except Exception as exc:  # every failure is a finding, named with its reason
            diagnostics.log_unexpected(f"self-check: {name} failed", exc)
            checks.append(Check(name, False, f"{type(exc).__name__}: {exc}"))

    # The real folders, before the demo gets a temporary one.
    check("data folder writable", lambda: _writable(user_data_dir()))
    check("log folder writable", lambda: _writable(diagnostics.log_dir()))
    with tempfile.TemporaryDirectory(prefix="facilitator-self-check-") as tmp:
        os.environ.setdefault("FACILITATOR_LOG_DIR", str(diagnostics.log_dir()))
        os.environ["FACILITATOR_DATA_DIR"] = tmp
        from facilitator.ui.common.settings import Settings
        from facilitator.ui.shell.app import (
            create_application,
            create_main_window,
            start_diagnostics,
        )

        start_diagnostics("self-check")
        app = create_application()
        window = create_main_window(Settings(Path(tmp) / "settings.ini"))
        window.show()

        def demo() -> str:
            if not window.open_demo() or window.session is None:
                raise RuntimeError(f"the demo workshop did not open: {window.last_error}")
            app.processEvents()
            blocks = agenda.list_blocks(window.session.doc)
            if not blocks or window.view is None:
                raise RuntimeError("the demo workshop has no agenda")
            if window.view.overview.model.rowCount() != len(blocks):
                raise RuntimeError("the overview does not show the agenda")
            return f"the demo opens on {app.platformName()}, {len(blocks)} agenda items shown"

        check("window and demo workshop", demo)
        pdf = b""
        if window.session is not None:
            from facilitator.core.minutes import minutes_pdf

            session = window.session
            try:
                pdf = minutes_pdf(session.doc)
            except Exception as exc:
                checks.append(Check("minutes PDF", False, f"{type(exc).__name__}: {exc}"))
        if pdf:
            check("minutes PDF with the embedded font", lambda: _pdf_font(pdf))
            check("minutes preview (QtPdf)", lambda: _pdf_preview(pdf, Path(tmp)))
        check("translations", _translations)
        check("icons", _icons)
        check("countdown chime", _chime)
        if screenshot is not None:
            window.grab().save(str(screenshot))
        window.close()
        app.processEvents()
    return checks


def self_check(screenshot: Path | None = None, as_json: bool = False) -> int:
    checks = run_checks(screenshot)
    failed = [c for c in checks if not c.ok]
    if as_json:
        print(
            json.dumps(
                {
                    "ok": not failed,
                    "version": __version__,
                    "checks": [dataclasses.asdict(c) for c in checks],
                },
                ensure_ascii=False,
            )
        )
    else:
        for c in checks:
            stream = sys.stdout if c.ok else sys.stderr
            print(f"{'ok    ' if c.ok else 'FAILED'} {c.name}: {c.detail}", file=stream)
        if failed:
            print(f"self-check failed: {len(failed)} of {len(checks)} checks", file=sys.stderr)
        else:
            print(f"self-check ok: {APP_NAME} {__version__}")
    return 1 if failed else 0
