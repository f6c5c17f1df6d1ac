#!/usr/bin/env python3
"""Writes resources/sounds/chime.wav: the countdown's end, three rising bell-like notes.

Our own synthesis (no samples), so the file has no licence of its own. Deterministic:
running it again writes the same bytes. Standard library only.

    python3 tools/make_chime.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
TARGET = Path(__file__).resolve().parents[1] / "facilitator" / "resources" / "sounds" / "chime.wav"
# G5, B5, D6: a major triad, rising, one every 0.24 s; the last one rings on.
NOTES = ((783.99, 0.00, 0.9), (987.77, 0.24, 0.9), (1174.66, 0.48, 1.3))
# A soft bell: the fundamental with a few quieter, faster-fading overtones.
PARTIALS = ((1.0, 1.0, 1.0), (2.0, 0.35, 1.8), (3.01, 0.12, 2.6), (4.17, 0.05, 3.5))
LENGTH = 2.0  # seconds
PEAK = 0.7  # of full scale: clear on a laptop, never clipping


def sample(t: float) -> float:
    value = 0.0
    for frequency, start, decay in NOTES:
        since = t - start
        if since < 0:
            continue
        attack = min(1.0, since / 0.006)  # 6 ms: no click, still a strike
        for ratio, level, speed in PARTIALS:
            envelope = attack * math.exp(-since * speed / decay * 3.0)
            value += level * envelope * math.sin(2 * math.pi * frequency * ratio * since)
    fade_out = min(1.0, (LENGTH - t) / 0.05)
    return value * fade_out


def main() -> None:
    values = [sample(i / RATE) for i in range(int(RATE * LENGTH))]
    scale = PEAK * 32767 / max(abs(v) for v in values)
    frames = b"".join(struct.pack("<h", round(v * scale)) for v in values)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(TARGET), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    print(f"wrote {TARGET} ({TARGET.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
