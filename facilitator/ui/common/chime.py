"""The sound at the end of a countdown.

Plays facilitator/resources/sounds/chime.wav (made by tools/make_chime.py) through QtMultimedia's
``QSoundEffect``. QtMultimedia is imported on first use only: it is heavy, it is missing
from some installations (on Linux it needs PulseAudio's libpulse), and a machine may have
no audio output at all. In every such case the chime falls back to the system beep, so the
end of a countdown is never silent because of the sound system.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

from facilitator.bundled import resource_path


def chime_path() -> Path:
    return resource_path("sounds", "chime.wav")


class Chime(QObject):
    """Call ``play()``; ``played`` counts the calls and ``beeped`` the fallbacks."""

    def __init__(self, parent: QObject | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self._path = path or chime_path()
        self._effect: Any = None  # QSoundEffect, once made
        self._unavailable = False
        self.played = 0
        self.beeped = 0

    def play(self) -> None:
        self.played += 1
        effect = self._sound_effect()
        if effect is None:
            self._beep()
        else:
            effect.play()  # plays as soon as it has loaded, if it has not yet

    def _sound_effect(self) -> Any:
        if self._effect is not None or self._unavailable:
            return self._effect
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:  # not installed, or its system libraries are missing
            self._unavailable = True
            return None
        if not self._path.is_file() or not QMediaDevices.audioOutputs():
            self._unavailable = True
            return None
        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(self._path)))
        effect.setVolume(0.9)
        effect.statusChanged.connect(self._status_changed)
        self._effect = effect
        return effect

    def _status_changed(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        effect = self._effect
        if effect is not None and effect.status() == QSoundEffect.Status.Error:
            # The file could not be decoded or the device refused it: beep instead, now
            # and from now on.
            self._effect = None
            self._unavailable = True
            effect.deleteLater()
            self._beep()

    def _beep(self) -> None:
        self.beeped += 1
        QApplication.beep()
