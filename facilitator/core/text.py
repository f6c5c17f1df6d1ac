"""Normalising names, organisations and e-mail addresses so that real lists match up.

"Vinger Trevare AS" and " vinger  trevare as" are one organisation; "OYSTEIN" finds
"Øystein" at the check-in desk. Keys are computed once when a row is stored or loaded,
never per keystroke.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# Letters that Unicode does not decompose into a base letter plus an accent, spelled the way
# people type them on a keyboard without the letter.
_FOLD_LETTERS = str.maketrans(
    {
        "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
        "ı": "i", "ŋ": "n", "ħ": "h",
    }
)  # fmt: skip
# The combining diacritical marks block: every accent NFKD splits off a Latin letter.
_COMMON_MARKS = re.compile("[\u0300-\u036f]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def clean(text: str | None) -> str:
    """Trim and collapse white space (including non-breaking spaces from spreadsheets)."""
    if not text:
        return ""
    return _SPACES.sub(" ", str(text).replace("\u00a0", " ")).strip()


def fold(text: str | None) -> str:
    """Case- and space-insensitive key: equal for the same name typed differently."""
    return unicodedata.normalize("NFC", clean(text)).casefold()


def search_key(text: str | None) -> str:
    """Accent-insensitive key for searching: 'Jørgensen' → 'jorgensen', 'Đặng' → 'dang'."""
    folded = fold(text).translate(_FOLD_LETTERS)
    if folded.isascii():  # most text: nothing to decompose
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    if _COMMON_MARKS.sub("", decomposed).isascii():  # Latin accents only: one regex pass
        return _COMMON_MARKS.sub("", decomposed)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def email_key(email: str | None) -> str:
    """Addresses differing only in case or surrounding spaces are the same person."""
    return clean(email).casefold()


def is_valid_email(email: str | None) -> bool:
    return bool(_EMAIL.match(clean(email)))
