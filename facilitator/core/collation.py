"""Alphabetical order as each workshop language sorts names.

Norwegian and Danish put Æ Ø Å after Z, Swedish Å Ä Ö; English and Dutch read an accented
letter as its base letter (É with E). Byte order (SQL ``ORDER BY``, plain ``sorted``) puts
"Ødegård" before "Aas" or after every other script, and ``search_key`` sorts Ø as O, so every
list of names or organisations a person reads is sorted with ``sort_key``.

The rules follow CLDR's collations for these languages (what ICU does), kept small: no ICU
dependency. Case and accents only break ties; digits sort by value ("Gruppe 2" before
"Gruppe 10").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")
SortKey = tuple[str, str, str]

# Stand-ins for the letters after Z: the characters after "z" in ASCII, so before every other
# script (a name with a brace in it sorts after Z too: none has).
_AFTER_Z = ("{", "|", "}")
# Norwegian and Danish: Æ Ø Å last, Ä with Æ, Ö with Ø, "aa" as Å (Aasen after Østby), Ü as Y.
_NO_DA = str.maketrans(
    {"æ": _AFTER_Z[0], "ä": _AFTER_Z[0], "ø": _AFTER_Z[1], "ö": _AFTER_Z[1],
     "å": _AFTER_Z[2], "ü": "y"}
)  # fmt: skip
# Swedish: Å Ä Ö last, Æ with Ä, Ø with Ö, Ü as Y.
_SV = str.maketrans(
    {"å": _AFTER_Z[0], "ä": _AFTER_Z[1], "æ": _AFTER_Z[1], "ö": _AFTER_Z[2],
     "ø": _AFTER_Z[2], "ü": "y"}
)  # fmt: skip
_TAILORING = {"nb": _NO_DA, "nn": _NO_DA, "no": _NO_DA, "da": _NO_DA, "sv": _SV}
_DIGITS = re.compile(r"\d+")
# Other letters Unicode does not split into base letter and accent, as search_key reads them.
_FOLD_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
     "ı": "i", "ŋ": "n", "ħ": "h"}
)  # fmt: skip
_MARKS = re.compile("[\u0300-\u036f]")


def _number(match: re.Match[str]) -> str:
    digits = match.group().lstrip("0") or "0"
    return f"{len(digits):02d}{digits}"


def _primary(folded: str, language: str) -> str:
    """Accents and case dropped, the language's own letters after Z, digits by value (each
    run written as its length and digits: "10" → "0210", so 2 sorts before 10)."""
    tailoring = _TAILORING.get(language)
    if tailoring is not None:
        if "aa" in folded and language != "sv":
            folded = folded.replace("aa", "å")
        if not folded.isascii():
            folded = folded.translate(tailoring)
    key = folded
    if not key.isascii():
        key = key.translate(_FOLD_LETTERS)
        key = _MARKS.sub("", unicodedata.normalize("NFKD", key))
        if not key.isascii():
            key = "".join(c for c in key if not unicodedata.combining(c))
    return _DIGITS.sub(_number, key) if _DIGITS.search(key) else key


def sort_key(text: str | None, language: str = "en") -> SortKey:
    """Key for sorting ``text`` alphabetically in ``language`` (a workshop language code):
    letters first, then accents ("e" before "é"), then case (lower first)."""
    if not text:
        return ("", "", "")
    folded = unicodedata.normalize("NFC", text.strip()).casefold()
    return (_primary(folded, language), folded, text.swapcase())


def sorter(language: str) -> Callable[[str | None], SortKey]:
    """``sort_key`` bound to one language, for ``sorted(..., key=...)``."""

    def key(text: str | None) -> SortKey:
        return sort_key(text, language)

    return key


def sorted_by(items: Iterable[T], text: Callable[[T], str | None], language: str) -> list[T]:
    """``items`` in alphabetical order of ``text(item)``."""
    return sorted(items, key=lambda item: sort_key(text(item), language))
