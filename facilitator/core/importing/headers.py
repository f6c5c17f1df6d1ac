"""How well a column heading fits each participant field.

A heading scores by the share of its meaningful words that are a field's words: "Navn" and
"Allergier/kosthold" fit completely, "Telefon arbeid" half. Words that are compounds of a
field's word count almost fully ("Mobilnummer", "Matallergi"), the last part of a compound more
than the first, as in Scandinavian and Dutch the last part says what the thing is. The same
score finds the heading row among title rows, and proposes the column mapping.
"""

from __future__ import annotations

import functools
import itertools
import re

from facilitator.core.importing.vocabulary import (
    CONSENT_FIELDS,
    GENERAL_CONSENT_WORDS,
    GENERIC_NAME_WORDS,
    KEYWORDS,
    NEGATION_WORDS,
    NEUTRAL_WORDS,
    NO_WORDS,
    TERMS_WORDS,
    YES_WORDS,
    ImportField,
)
from facilitator.core.text import search_key

# A heading is taken as meaning a field from this score up.
THRESHOLD = 0.5
_EXACT, _HEAD, _MODIFIER = 1.0, 0.9, 0.8
_MIN_HEAD, _MIN_MODIFIER = 4, 5  # shortest field word recognised inside a compound
_MIN_TERMS_TAIL = 6  # shortest terms word recognised as the last part of a compound
_JOINERS = re.compile(r"['’`\-]")
_SEPARATORS = re.compile(r"[^0-9a-z]+")


def normalise(text: str) -> tuple[str, ...]:
    """The words of a heading: case, accents, hyphens and punctuation set aside."""
    joined = _JOINERS.sub("", search_key(text))
    return tuple(w for w in _SEPARATORS.split(joined) if w)


@functools.cache
def _keywords(general: bool = True) -> dict[ImportField, tuple[tuple[str, ...], ...]]:
    """Each field's words, split; without ``general`` the consent fields lose the words that
    say "consent" without saying to what."""
    result: dict[ImportField, tuple[tuple[str, ...], ...]] = {}
    for field, phrases in KEYWORDS.items():
        words: list[tuple[str, ...]] = []
        for phrase in phrases:
            if not general and field in CONSENT_FIELDS and phrase in GENERAL_CONSENT_WORDS:
                continue
            parts = normalise(phrase)
            words.append(parts)
            if len(parts) > 1:
                words.append(("".join(parts),))
        result[field] = tuple(dict.fromkeys(words))
    return result


@functools.lru_cache(maxsize=4096)
def field_scores(heading: str) -> dict[ImportField, float]:
    """How well ``heading`` fits each field it fits at all (0 < score ≤ 1)."""
    all_words = tuple(w for w in normalise(heading) if w not in NEUTRAL_WORDS)
    words = tuple(w for w in all_words if not _is_terms_word(w))
    if not words:
        return {}
    # A privacy or terms box is no consent to sharing, photos or minutes, however it is worded
    keywords = _keywords(general=len(words) == len(all_words))
    credits = {field: _credits(words, phrases) for field, phrases in keywords.items()}
    others_matched = any(
        any(c for c in found) for field, found in credits.items() if field is not ImportField.NAME
    )
    if others_matched:
        # "Company name", "Firmanavn": the name word names the other field's thing, so it
        # counts neither for NAME nor against the other field.
        credits[ImportField.NAME] = [
            0.0 if _is_generic_name(word) else credit
            for word, credit in zip(words, credits[ImportField.NAME], strict=True)
        ]
        kept = [i for i, word in enumerate(words) if word not in GENERIC_NAME_WORDS]
        credits = {field: [found[i] for i in kept] for field, found in credits.items()}
        words = tuple(words[i] for i in kept)
    scores = {field: sum(found) / len(words) for field, found in credits.items()}
    return {field: score for field, score in scores.items() if score > 0}


def best_field(heading: str) -> tuple[ImportField, float] | None:
    """The field a heading most likely means, if it means one clearly enough."""
    scores = field_scores(heading)
    if not scores:
        return None
    field = max(scores, key=lambda f: scores[f])  # ties go to the field listed first
    return (field, scores[field]) if scores[field] >= THRESHOLD else None


def is_negated(heading: str) -> bool:
    """Whether a heading says no to its thing ("Ikke motta referat", "Opt out of photos",
    "No photos", "Nei til foto"); the answers offered ("Photos yes/no", "Samtykke nei/ja")
    are not a no."""
    words = normalise(heading)
    pairs = ("".join(pair) for pair in itertools.pairwise(words))
    if any(w in NEGATION_WORDS for w in words) or any(p in NEGATION_WORDS for p in pairs):
        return True
    # "No" says no to what follows it; last it is rather "number" ("Phone no.")
    return any(
        word in NO_WORDS
        and i + 1 < len(words)
        and not {*words[max(i - 1, 0) : i], words[i + 1]} & YES_WORDS
        for i, word in enumerate(words)
    )


def _credits(words: tuple[str, ...], phrases: tuple[tuple[str, ...], ...]) -> list[float]:
    found = [0.0] * len(words)
    for phrase in phrases:
        if len(phrase) > 1:
            for start in range(len(words) - len(phrase) + 1):
                if words[start : start + len(phrase)] == phrase:
                    for i in range(start, start + len(phrase)):
                        found[i] = _EXACT
            continue
        (keyword,) = phrase
        for i, word in enumerate(words):
            found[i] = max(found[i], _word_credit(word, keyword))
    return found


def _word_credit(word: str, keyword: str) -> float:
    if word == keyword:
        return _EXACT
    if len(keyword) >= _MIN_HEAD and word.endswith(keyword):
        return _HEAD
    if len(keyword) >= _MIN_MODIFIER and word.startswith(keyword):
        return _MODIFIER
    return 0.0


def _is_terms_word(word: str) -> bool:
    return any(
        word.startswith(t) or (len(t) >= _MIN_TERMS_TAIL and word.endswith(t)) for t in TERMS_WORDS
    )


def _is_generic_name(word: str) -> bool:
    return any(word == g or word.endswith(g) for g in GENERIC_NAME_WORDS)
