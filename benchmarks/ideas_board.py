"""Benchmark: the idea board with 10,000 ideas.

    .venv/bin/python benchmarks/ideas_board.py [--ideas N]

Prints the time per keystroke of the board's search (typing words letter by letter; each
step filters, resets the table model and repaints it), and the time to move one idea to
another theme end to end: the write to the file (a committed transaction), the patch of the
table and theme counts from the session's signal, and the repaint. Aim: under 16 ms each
(one frame at 60 Hz).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = (
    "grønn",
    "omstilling",
    "elektrifisering",
    "kompetanse",
    "rekruttering",
    "automatisering",
    "robot",
    "digital",
    "tvilling",
    "leverandør",
    "marked",
    "eksport",
    "sirkulær",
    "gjenbruk",
    "hydrogen",
    "biogass",
    "transport",
    "havn",
    "jernbane",
    "bredbånd",
    "energi",
    "nettleie",
    "sertifisering",
    "kunde",
    "sporbarhet",
    "Ålesund",
    "Trøndelag",
    "Østfold",
    "Jæren",
    "lærling",
    "fagbrev",
    "innovasjon",
    "klynge",
)


def populate(path: Path, count: int) -> None:
    """Bulk rows in one transaction (benchmark set-up, not how the app adds ideas)."""
    from facilitator.core import groups
    from facilitator.core.details import WorkshopDetails, new_workshop_populator
    from facilitator.core.document import WorkshopDocument
    from facilitator.store.models import Idea, Question, Theme

    rng = random.Random(11)
    doc = WorkshopDocument.create(path, new_workshop_populator(WorkshopDetails(title="Bench")))
    made = groups.create_round(doc, "Round 1", [f"Group {n}" for n in range(1, 41)])
    group_ids = [g.id for g in made.groups]
    with doc.transaction() as s:
        questions = [
            Question(id=uuid.uuid4(), workshop_id=doc.workshop_id, text=t, position=n)
            for n, t in enumerate(("Drivers of change?", "What should we do together?"))
        ]
        s.add_all(questions)
        s.flush()
        themes = [
            Theme(
                id=uuid.uuid4(),
                workshop_id=doc.workshop_id,
                question_id=questions[n % 2].id,
                name=f"Theme {n}",
                position=n,
            )
            for n in range(40)
        ]
        s.add_all(themes)
        s.flush()
        for n in range(count):
            question = questions[n % 2]
            fitting = [t for t in themes if t.question_id == question.id]
            s.add(
                Idea(
                    id=uuid.uuid4(),
                    workshop_id=doc.workshop_id,
                    question_id=question.id,
                    source_group_id=rng.choice(group_ids),
                    theme_id=rng.choice(fitting).id if rng.random() < 0.7 else None,
                    text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 14))),
                    position=n,
                )
            )
    doc.close()


def row(label: str, values: list[float], unit: str = "ms") -> str:
    p95 = sorted(values)[max(0, int(len(values) * 0.95) - 1)]
    return (
        f"{label + f' ({unit})':<40}{statistics.median(values):>9.2f}{p95:>9.2f}"
        f"{max(values):>9.2f}   (n={len(values)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ideas", type=int, default=10_000)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from facilitator.core.document import WorkshopDocument
    from facilitator.ui.common.session import WorkshopSession
    from facilitator.ui.ideas.ideas_page import IdeasPage
    from facilitator.ui.shell.presentation import Presentation

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FACILITATOR_DATA_DIR"] = tmp
        path = Path(tmp) / "bench.workshop"
        started = time.perf_counter()
        populate(path, args.ideas)
        print(f"set-up: {args.ideas} ideas written in {time.perf_counter() - started:.1f} s")
        doc = WorkshopDocument.open(path)
        session = WorkshopSession(doc)
        started = time.perf_counter()
        presentation = Presentation(session)
        page = IdeasPage(session, presentation)
        page.resize(1400, 900)
        page.show()
        app.processEvents()
        print(f"board opened (load + first paint): {(time.perf_counter() - started) * 1000:.0f} ms")
        started = time.perf_counter()
        page.reload()
        page.table.viewport().repaint()
        print(f"full reload from the file: {(time.perf_counter() - started) * 1000:.0f} ms")

        def keystrokes(label: str) -> list[float]:
            times: list[float] = []
            for word in ("gronn omstilling", "alesund", "robot trondelag", "sirkular gjenbruk"):
                page.search.clear()
                app.processEvents()
                for i in range(1, len(word) + 1):
                    started = time.perf_counter()
                    page.search.setText(word[:i])  # textChanged → filter → model reset
                    page.table.viewport().repaint()
                    times.append((time.perf_counter() - started) * 1000)
            page.search.clear()
            app.processEvents()
            print(f"  {label}: {page.model.rowCount()} of {page.model.total()} ideas shown")
            return times

        page.set_question(None)
        app.processEvents()
        all_questions = keystrokes("all questions")
        page.set_question(page.controller.questions()[0].id)
        app.processEvents()
        one_question = keystrokes("one question")

        def move(idea: uuid.UUID, target: uuid.UUID) -> tuple[float, float, float]:
            started = time.perf_counter()
            page.move_to_theme([idea], target)  # write + commit; the patch is queued
            written = time.perf_counter()
            # The session's ideas_themed patches the table and theme counts, and Qt
            # repaints what changed (a cell, or the rows below a removed one).
            app.processEvents()
            app.processEvents()
            settled = time.perf_counter()
            # Upper bound: repaint both views entirely, as if every row had changed.
            page.table.viewport().repaint()
            page.themes_view.viewport().repaint()
            painted = time.perf_counter()
            return (
                (settled - started) * 1000,
                (written - started) * 1000,
                (painted - started) * 1000,
            )

        rng = random.Random(3)
        themes = page.themes_model.themes
        moves = [
            move(rng.choice(page.model.rows).idea.id, rng.choice(themes).id) for _ in range(30)
        ]
        page.themes_view.setCurrentIndex(page.themes_model.index(1))  # filter on a theme
        app.processEvents()
        filtered = [move(page.model.rows[0].idea.id, themes[-1].id) for _ in range(15)]

        print(f"{'measure':<40}{'median':>9}{'p95':>9}{'max':>9}")
        print(row("search keystroke, all questions", all_questions))
        print(row("search keystroke, one question", one_question))
        for label, runs in (
            ("move idea to a theme", moves),
            ("  while filtered on a theme", filtered),
        ):
            print(row(label + ", on screen", [r[0] for r in runs]))
            print(row("    of which write + commit", [r[1] for r in runs]))
            print(row("    plus a forced full repaint", [r[2] for r in runs]))
        page.close()
        page.deleteLater()
        session.deleteLater()
        app.processEvents()
        doc.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
