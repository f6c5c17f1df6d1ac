"""The Voting stage's texts with a count.

Kept alone in its module: ``pyside6-lupdate`` loses the class context of every class that
follows a ``tr`` stub in the same file, and their texts were extracted without a context
(so never translated at run time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject


class VoteWords(QObject):
    """Texts with a count (``pyside6-lupdate`` gives plural forms only to ``tr`` called on a
    class: ``VoteWords.tr(text, "", n)``)."""

    if TYPE_CHECKING:
        # PySide6 lets ``tr`` be called on the class; its stubs only know the bound form.
        @staticmethod
        def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str: ...
