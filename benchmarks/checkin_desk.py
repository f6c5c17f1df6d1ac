"""Benchmark: the check-in desk at 20,000 participants.

    .venv/bin/python benchmarks/checkin_desk.py [--people N]

Prints the time per keystroke of the desk's filter (typing a name letter by letter, each
step a real model reset as the view sees it), and the time of one check-in end to end
(write, reload of the list, counts). Aim: under 16 ms per keystroke (one frame at 60 Hz).
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

FIRST = ["Øystein", "Kari", "Ingrid", "Lars", "Åsa", "Mette", "Jørgen", "Paweł", "Ayşe",
         "Nguyễn", "Þórunn", "Henrik", "Sofie", "Mikkel", "Anna", "Jan", "Eva", "Pieter",
         "Kristian", "Fatima", "Ahmed", "Liisa", "Björn", "Sigrid"]  # fmt: skip
LAST = ["Bråten", "Jørgensen", "Nordmann", "Lindqvist", "Kowalczyk", "Doğan", "Hansen",
        "Mäkinen", "Jónsdóttir", "Berg", "Haugen", "De Vries", "Janssens", "Østby", "Sæther",
        "Kristiansen", "Johansson", "Nielsen", "Peeters", "Al-Sayed"]  # fmt: skip


def populate(path: Path, people: int) -> None:
    """Bulk rows in one transaction (a benchmark set-up, not how the app registers people)."""
    from facilitator.core.details import WorkshopDetails, new_workshop_populator
    from facilitator.core.document import WorkshopDocument
    from facilitator.core.text import email_key, fold
    from facilitator.store.models import Attendance, Organisation, Participant

    rng = random.Random(7)
    doc = WorkshopDocument.create(path, new_workshop_populator(WorkshopDetails(title="Bench")))
    with doc.transaction() as s:
        orgs = []
        for i in range(2000):
            name = f"{rng.choice(LAST)} {rng.choice(['Industri', 'Tre', 'Stål', 'Plast'])} {i} AS"
            org = Organisation(id=uuid.uuid4(), name=name, name_key=fold(name))
            orgs.append(org)
        s.add_all(orgs)
        s.flush()
        for i in range(people):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
            email = f"p{i}@example.no"
            p = Participant(
                id=uuid.uuid4(),
                name=name,
                name_key=fold(name),
                email=email,
                email_key=email_key(email),
                organisation_id=rng.choice(orgs).id,
            )
            s.add(p)
            s.add(Attendance(workshop_id=doc.workshop_id, participant_id=p.id))
    doc.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=20_000)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from facilitator.core.document import WorkshopDocument
    from facilitator.ui.common.session import WorkshopSession
    from facilitator.ui.participants.checkin_desk import CheckInDesk

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FACILITATOR_DATA_DIR"] = tmp
        path = Path(tmp) / "bench.workshop"
        started = time.perf_counter()
        populate(path, args.people)
        print(
            f"set-up: {args.people} participants written in {time.perf_counter() - started:.1f} s"
        )
        doc = WorkshopDocument.open(path)
        session = WorkshopSession(doc)
        started = time.perf_counter()
        desk = CheckInDesk(session)
        desk.resize(1200, 800)
        desk.show()
        app.processEvents()
        print(f"desk opened (load + first paint): {(time.perf_counter() - started) * 1000:.0f} ms")

        keystrokes: list[float] = []
        for word in ("kristian", "jorgensen", "nguyen", "oystein bra"):
            desk.search.clear()
            app.processEvents()
            for i in range(1, len(word) + 1):
                started = time.perf_counter()
                desk.search.setText(word[:i])  # textChanged → filter → model reset
                desk.results.viewport().repaint()
                keystrokes.append((time.perf_counter() - started) * 1000)
        check_ins: list[float] = []
        for _ in range(5):
            desk.search.setText("kristian")
            started = time.perf_counter()
            desk.check_in_current()
            desk.results.viewport().repaint()
            check_ins.append((time.perf_counter() - started) * 1000)

        print(f"{'measure':<34}{'median':>10}{'p95':>10}{'max':>10}")
        p95 = sorted(keystrokes)[int(len(keystrokes) * 0.95) - 1]
        print(
            f"{'filter per keystroke (ms)':<34}{statistics.median(keystrokes):>10.2f}"
            f"{p95:>10.2f}{max(keystrokes):>10.2f}   ({len(keystrokes)} keystrokes)"
        )
        print(
            f"{'check-in incl. reload (ms)':<34}{statistics.median(check_ins):>10.1f}"
            f"{'':>10}{max(check_ins):>10.1f}"
        )
        desk.close()
        desk.deleteLater()
        session.deleteLater()
        app.processEvents()
        doc.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
