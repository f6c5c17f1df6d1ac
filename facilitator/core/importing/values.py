"""Reading the values people type into sign-up lists: yes/no answers, tag lists, names.

Yes and no come in five languages, as Excel's TRUE/FALSE in the user's language, as ticks and
as 1/0. An answer that is none of these ("Kanskje") is not guessed: the caller keeps whatever
it had and says so.
"""

from __future__ import annotations

import re

from facilitator.core.text import clean, search_key

_YES = frozenset(
    {
        "yes", "y", "true", "x", "1", "ok", "ja", "j", "jo", "sann", "sant", "sand", "waar",
        "✓", "✔", "☑", "✅",
    }
)  # fmt: skip
_NO = frozenset(
    {
        "no", "n", "false", "0", "nei", "nej", "nee", "usann", "usant", "falsk", "falskt",
        "onwaar", "✗", "✘", "☐", "❌",
    }
)  # fmt: skip
_FIRST_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_TAG_SEPARATORS = re.compile(r"[,;|/\n]")
_NUMBER = re.compile(r"^[+\-(]?[\d\s().\-/]{3,}$")


def parse_yes_no(text: str) -> bool | None:
    """True or False for a recognised answer, None for an empty or unrecognised one."""
    value = search_key(text).strip(" .!")
    if not value:
        return None
    if value in _YES:
        return True
    if value in _NO:
        return False
    first = _FIRST_WORD.match(value)  # "Ja, én natt", "Nei takk"
    if first and first.end() < len(value):
        word = first.group()
        if word in _YES:
            return True
        if word in _NO:
            return False
    return None


def split_tags(text: str) -> tuple[str, ...]:
    return tuple(t for t in (clean(p) for p in _TAG_SEPARATORS.split(text)) if t)


def is_last_first(name: str) -> bool:
    """'Nordmann, Kari': one comma and no address, as exports of some member registers do."""
    return name.count(",") == 1 and "@" not in name


def first_last(name: str) -> str:
    """'Nordmann, Kari' → 'Kari Nordmann'; other names unchanged."""
    if not is_last_first(name):
        return name
    last, first = (clean(part) for part in name.split(","))
    return f"{first} {last}".strip()


def looks_like_yes_no(text: str) -> bool:
    return parse_yes_no(text) is not None and len(_FIRST_WORD.findall(text)) <= 1


def looks_like_number(text: str) -> bool:
    return bool(_NUMBER.match(text.strip()))
