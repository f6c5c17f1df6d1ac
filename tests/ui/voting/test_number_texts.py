"""Numbers in the vote texts (a ballot's problems, a criterion's weight) are written the
workshop language's way: "2,5" in Norwegian."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from facilitator.core import voting
from facilitator.core.voting import BallotProblem, CriterionData, VoteMethod
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.voting.texts import ballot_problem_text, number_text
from facilitator.ui.voting.votes_model import settings_text


@pytest.fixture
def norwegian() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("nb"))  # as ui/shell/i18n.py does for a Norwegian workshop
    yield
    QLocale.setDefault(before)


def test_numbers_are_written_as_typed_in_english() -> None:
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    try:
        assert [number_text(v) for v in (3, 3.0, 2.5, 1234)] == ["3", "3", "2.5", "1234"]
    finally:
        QLocale.setDefault(before)


def test_numbers_take_the_decimal_comma_in_norwegian(norwegian: None) -> None:
    assert [number_text(v) for v in (3, 2.5, 0.25, 1234.5)] == ["3", "2,5", "0,25", "1234,5"]


def test_a_ballot_problem_and_a_weight_use_the_decimal_comma(
    norwegian: None, session: WorkshopSession
) -> None:
    vote = voting.list_votes(session.doc)[0]
    problem = BallotProblem("not_whole_number", values=(2.5,))
    assert "2,5" in ballot_problem_text(problem, vote)
    assert "2.5" not in ballot_problem_text(problem, vote)
    rated = dataclasses.replace(
        vote,
        method=VoteMethod.RATING,
        criteria=(CriterionData(uuid.uuid4(), "Impact", 1.5, 1, 5, 0),),
    )
    assert "1,5" in settings_text(rated)
