"""Turning the bytes of a text export into text, whatever program wrote it.

Sign-up lists come from Excel on Windows (Windows-1252, or UTF-16 for "Unicode text"), from
web forms (UTF-8, often with a byte order mark) and from older systems (Latin-1). None of them
say which, so the encoding is deduced: a byte order mark is certain; UTF-16 without one shows
as a NUL in every other byte; strict UTF-8 almost never decodes text that is not UTF-8; what
is left is one of the Windows or ISO single-byte sets, which always decode.
"""

from __future__ import annotations

import dataclasses

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Bytes that Windows-1252 leaves undefined: a file holding them is not Windows-1252.
_UNDEFINED_IN_CP1252 = frozenset(b"\x81\x8d\x8f\x90\x9d")
_SAMPLE = 4096
# Control characters other than line breaks and tabs: a few may be stray, more mean binary.
# (Latin-1's C1 range is left out: it is where stray Windows-1252 bytes land.)
_MAX_CONTROL_SHARE = 0.01
_BINARY_CONTROLS = frozenset(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r\f\v") | {"\x7f"}


@dataclasses.dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def decode_text(data: bytes) -> DecodedText | None:
    """The text and the encoding it was in, or None when the bytes are not text at all."""
    encoding = _bom_encoding(data)
    # A byte order mark is a promise: a stray wrong byte after it (a line pasted in from
    # another program) becomes a replacement character instead of refusing the whole list.
    errors = "replace" if encoding else "strict"
    encoding = encoding or _bomless_utf16(data)
    if encoding is None and b"\x00" in data:
        return None
    if encoding is None:
        encoding = _single_or_utf8(data)
    try:
        text = data.decode(encoding, errors)
    except UnicodeDecodeError:
        return None
    text = text.removeprefix("\ufeff")
    if not _looks_like_text(text):
        return None
    return DecodedText(text, encoding)


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 of Latin script has a NUL as the high byte of nearly every character."""
    sample = data[:_SAMPLE]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    nul_even = sum(1 for b in sample[0 : pairs * 2 : 2] if b == 0)
    nul_odd = sum(1 for b in sample[1 : pairs * 2 : 2] if b == 0)
    if nul_odd >= 0.3 * pairs and nul_even <= 0.05 * pairs:
        return "utf-16-le"
    if nul_even >= 0.3 * pairs and nul_odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _single_or_utf8(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    if _UNDEFINED_IN_CP1252.isdisjoint(data):
        return "cp1252"
    return "latin-1"


def _looks_like_text(text: str) -> bool:
    sample = text[: _SAMPLE * 4]
    if not sample:
        return True
    controls = sum(1 for c in sample if c in _BINARY_CONTROLS)
    return controls <= _MAX_CONTROL_SHARE * len(sample)
