"""The desktop app (Qt). Importing it first takes PySide6's import hook out of the way.

PySide6 replaces Python's ``__import__`` with one that serves its opt-in ``from __feature__
import snake_case`` syntax, and that reads the source of every module imported afterwards to
see whether it mentions PySide6. Facilitator uses no such feature; with the hook every later
import is slower (0.1 s of opening a workshop, 12 ms of the first window: issue 16,
``benchmarks/startup.py``). The import it wraps, which PySide6 keeps as
``builtins.__orig_import__`` (PySide6's own lazy loader of Qt classes, which stays), is put
back once, right after shiboken has loaded; if a future PySide6 arranges this differently,
nothing is changed.
"""

from __future__ import annotations

import builtins

import shiboken6  # noqa: F401  (installs the hook that is taken back below)

_original = getattr(builtins, "__orig_import__", None)
if callable(_original) and getattr(builtins.__import__, "__name__", "") == "__feature_import__":
    builtins.__import__ = _original
