"""What the Ideas stage says when an edit of questions, ideas or themes is refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def idea_problem_text(code: str) -> str:
    texts = {
        "empty_idea": QCoreApplication.translate("Ideas", "An idea needs some text."),
        "idea_too_long": QCoreApplication.translate(
            "Ideas", "That idea is too long (at most 2,000 characters)."
        ),
        "empty_question": QCoreApplication.translate("Ideas", "A question needs some text."),
        "empty_theme": QCoreApplication.translate("Ideas", "A theme needs a name."),
        "merge_across_questions": QCoreApplication.translate(
            "Ideas", "Only ideas for the same question can be merged."
        ),
        "merge_into_duplicate": QCoreApplication.translate(
            "Ideas", "That idea is itself merged into another one; merge into that one instead."
        ),
        "nothing_to_merge": QCoreApplication.translate(
            "Ideas", "Select at least two ideas to merge."
        ),
        "nothing_to_split": QCoreApplication.translate(
            "Ideas", "That idea has no merged duplicates to split off."
        ),
        "theme_of_other_question": QCoreApplication.translate(
            "Ideas", "That theme belongs to another question."
        ),
    }
    return texts.get(
        code,
        QCoreApplication.translate(
            "Ideas", "That idea, theme or question no longer exists (it may have been deleted)."
        ),
    )
