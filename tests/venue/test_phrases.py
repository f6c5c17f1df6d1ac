"""The phone pages' phrases: every text in all five languages, with the same placeholders."""

from __future__ import annotations

import json
import re

import pytest

from facilitator.venue import phrases

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def names(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("key", sorted(phrases.TEXTS))
def test_every_text_is_in_every_language_with_the_same_placeholders(key: str) -> None:
    texts = phrases.TEXTS[key]
    assert set(texts) == set(phrases.LANGUAGES)
    assert all(text.strip() for text in texts.values())
    assert {lang: names(text) for lang, text in texts.items()} == {
        lang: names(texts["en"]) for lang in phrases.LANGUAGES
    }


@pytest.mark.parametrize("key", sorted(phrases.PLURALS))
def test_every_count_has_both_forms_in_every_language(key: str) -> None:
    forms = phrases.PLURALS[key]
    assert set(forms) == set(phrases.LANGUAGES)
    expected = names(forms["en"][1])
    assert phrases.PLURAL_COUNT[key] in expected
    for one, other in forms.values():
        # The singular may say "one" in words ("Choose your favourite item.").
        assert names(one) <= expected and names(other) == expected


def test_every_problem_the_api_answers_has_a_message() -> None:
    codes = {
        # core.voting.check_ballot
        "over_budget", "over_cap", "too_many_negative", "negative_not_allowed", "rank_twice",
        "rank_out_of_range", "too_many_ranked", "rating_out_of_scale", "not_whole_number",
        "not_a_number", "not_an_item", "not_a_criterion", "vote_not_open", "bad_voter_count",
        "already_voted", "voter_required", "group_required", "channel_not_supported",
        # core.venue.actions and the named votes
        "bad_values", "device_required", "no_vote", "named_vote_needs_badge", "not_a_voter",
        "not_a_leader", "no_group", "no_question", "empty_idea", "idea_too_long",
        "not_a_question", "no_idea",
        # the server
        "unknown_code", "unknown_token", "too_many_requests", "file_unavailable", "other",
    }  # fmt: skip
    missing = {code for code in codes if f"problem.{code}" not in phrases.TEXTS}
    assert not missing


def test_the_embedded_phrases_cannot_end_their_script_element() -> None:
    text = phrases.phrases_json("nb")
    assert "<" not in text and ">" not in text
    loaded = json.loads(text)
    assert loaded["texts"]["saved"] == "Lagret"
    assert loaded["plurals"]["dots_left"][1] == "{n} av {total} prikker igjen"
    assert phrases.phrases("xx")["texts"]["saved"] == "Saved"  # unknown: English
