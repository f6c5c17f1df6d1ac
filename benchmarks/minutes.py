"""Benchmark: the full minutes of a large workshop, beside a bare ReportLab build.

    .venv/bin/python benchmarks/minutes.py [--participants 200] [--ideas 2000] [--votes 20000]

A generated workshop: 200 participants in 60 organisations (all checked in, two group
rounds), 2,000 ideas in 40 themes over 4 questions, one closed dot vote per question on its
ideas with 20,000 vote entries in all (200 voters × 25 entries per vote). Prints for our
minutes (assemble + render, full sections, hours per organisation) and, in the same run, for
a bare ReportLab build of the same text (one Paragraph per string with the embedded font in
a SimpleDocTemplate): wall time, Python peak memory (tracemalloc), the process's peak RSS
(ru_maxrss) and the page count. Aim: ours under 3× the bare build's time.

    .venv/bin/python benchmarks/minutes.py --demo [--repeat 5]

The demo workshop's minutes (the "full" preset, as ``export --pdf`` renders them; the demo
has flipchart photos) beside a bare ReportLab build of the same content: every string as a
Paragraph in the embedded font and every photo drawn at the size the minutes draw it. The
bare build runs twice: with ReportLab's defaults (ASCII85 on, as the issue measured) and
with binary streams (``rl_config.useA85 = 0``, as our reports now write). The builds take
turns, ``--repeat`` rounds; the best time of each counts. Aim: ours within 2× the bare build.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import io
import random
import resource
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ideas_board import WORDS  # the same Norwegian vocabulary for idea texts

FIRST = ("Kari", "Ola", "Paweł", "Ayşe", "Nguyễn", "Þórunn", "Ingrid", "Ahmed", "Sofie", "Lars")
LAST = ("Hansen", "Kowalczyk", "Doğan", "Thị Lan", "Jónsdóttir", "Bråten", "Warsame", "Dahl")


def sentence(rng: random.Random, lo: int = 6, hi: int = 16) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(lo, hi)))
    return text[:1].upper() + text[1:]


def populate(path: Path, people: int, ideas: int, entries: int) -> None:
    """Bulk rows (benchmark set-up, not how the app adds them)."""
    from facilitator.core import groups
    from facilitator.core.details import WorkshopDetails, new_workshop_populator
    from facilitator.core.document import WorkshopDocument
    from facilitator.store.models import (
        AgendaBlock,
        Attendance,
        AttendanceStatus,
        Ballot,
        BallotChannel,
        Idea,
        Membership,
        Organisation,
        Participant,
        Question,
        Theme,
        VoteEntry,
        VoteItem,
        VoteMethod,
        VoteSession,
        VoteStatus,
    )  # fmt: skip

    rng = random.Random(7)
    details = WorkshopDetails(
        title="Large network gathering",
        organiser="Innlandet Industrinettverk",
        venue="Hamar",
        start_date=dt.date(2026, 5, 6),
        end_date=dt.date(2026, 5, 7),
        facilitators=("Kari Sønstebø",),
    )
    doc = WorkshopDocument.create(path, new_workshop_populator(details))
    wid = doc.workshop_id
    checked_in = dt.datetime(2026, 5, 6, 7, 30, tzinfo=dt.UTC)
    with doc.transaction() as s:
        for day in range(2):
            for n in range(8):
                s.add(AgendaBlock(workshop_id=wid, day=day, position=n, duration_minutes=45,
                                  title=sentence(rng, 3, 7), lead=""))  # fmt: skip
        orgs = [
            Organisation(
                id=uuid.uuid4(), name=f"Bedrift {n:02d} AS", name_key=f"bedrift {n:02d} as"
            )
            for n in range(60)
        ]
        s.add_all(orgs)
        person_ids = []
        for n in range(people):
            pid = uuid.uuid4()
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {n:03d}"
            person = Participant(
                id=pid,
                name=name,
                name_key=name.casefold(),
                email=f"p{n:03d}@bedrift.example",
                phone=f"+47 900 00 {n:03d}",
                organisation_id=orgs[n % len(orgs)].id,
                role_title="Engineer",
            )
            s.add(person)
            s.add(
                Attendance(
                    workshop_id=wid,
                    participant_id=pid,
                    status=AttendanceStatus.CHECKED_IN,
                    checked_in_at=checked_in,
                )
            )
            person_ids.append(pid)
        s.flush()
    rounds = [groups.create_round(doc, f"Round {r + 1}", [f"Group {g + 1}" for g in range(20)])
              for r in range(2)]  # fmt: skip
    with doc.transaction() as s:
        for made in rounds:
            order = person_ids[:]
            rng.shuffle(order)
            for i, pid in enumerate(order):
                group = made.groups[i % len(made.groups)]
                s.add(Membership(group_id=group.id, participant_id=pid, is_leader=i < 20))
        group_ids = [g.id for g in rounds[0].groups]
        per_question = ideas // 4
        for q in range(4):
            question = Question(id=uuid.uuid4(), workshop_id=wid, text=sentence(rng) + "?",
                                position=q)  # fmt: skip
            s.add(question)
            themes = [Theme(id=uuid.uuid4(), workshop_id=wid, question_id=question.id,
                            name=sentence(rng, 2, 4), position=t,
                            colour=("#4e79a7", "#f28e2b", "#e15759", "#59a14f")[t % 4])
                      for t in range(10)]  # fmt: skip
            s.add_all(themes)
            idea_rows = [Idea(id=uuid.uuid4(), workshop_id=wid, question_id=question.id,
                              source_group_id=rng.choice(group_ids), theme_id=themes[i % 10].id,
                              position=i, text=sentence(rng))
                         for i in range(per_question)]  # fmt: skip
            s.add_all(idea_rows)
            vote = VoteSession(id=uuid.uuid4(), workshop_id=wid, question_id=question.id,
                               title=f"Dots on question {q + 1}", method=VoteMethod.DOTS,
                               settings={"dots_per_voter": 25, "cap_per_item": 1},
                               status=VoteStatus.CLOSED, anonymous=True)  # fmt: skip
            s.add(vote)
            items = [VoteItem(id=uuid.uuid4(), session_id=vote.id, idea_id=i.id, position=n)
                     for n, i in enumerate(idea_rows)]  # fmt: skip
            s.add_all(items)
            s.flush()
            per_voter = entries // 4 // people
            weights = [rng.random() ** 3 for _ in items]
            for pid in person_ids:
                ballot = Ballot(id=uuid.uuid4(), session_id=vote.id,
                                channel=BallotChannel.KIOSK, voter_id=pid)  # fmt: skip
                s.add(ballot)
                chosen: set[int] = set()
                while len(chosen) < per_voter:
                    chosen.add(rng.choices(range(len(items)), weights)[0])
                for index in chosen:
                    s.add(VoteEntry(ballot_id=ballot.id, item_id=items[index].id, value=1.0))
    doc.close()


def strings_of(data: Any) -> list[str]:
    """Every string in the assembled minutes, in order: the same text for the bare build."""
    import dataclasses

    out: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            if value.strip():
                out.append(value)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)

    walk(data)
    return out


def bare_build(texts: list[str], photos: tuple[bytes, ...] = (), a85: bool | None = None) -> bytes:
    """Every string as a Paragraph, then the photos as Images drawn as the minutes draw
    them (at most the text width and 115 mm high). ``a85`` sets ReportLab's ASCII85 stream
    encoding for this build only (None: as the process has it)."""
    from xml.sax.saxutils import escape

    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Flowable, Image, Paragraph, SimpleDocTemplate

    from facilitator.reports.fonts import FONT, register_fonts

    register_fonts()
    style = ParagraphStyle("bare", fontName=FONT, fontSize=9, leading=11.2)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    story: list[Flowable] = [Paragraph(escape(t), style) for t in texts]
    for data in photos:
        width, height = ImageReader(io.BytesIO(data)).getSize()
        scale = min(doc.width / width, 115 * mm / height)
        story.append(Image(io.BytesIO(data), width=width * scale, height=height * scale))
    before = rl_config.useA85
    if a85 is not None:
        rl_config.useA85 = int(a85)
    try:
        doc.build(story)
    finally:
        rl_config.useA85 = before
    return buffer.getvalue()


def photos_of(data: Any) -> tuple[bytes, ...]:
    """The photos in the assembled minutes, in order."""
    from facilitator.reports.minutes_model import Photo

    found: list[bytes] = []

    def walk(value: Any) -> None:
        import dataclasses

        if isinstance(value, Photo):
            found.append(value.data)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)

    walk(data)
    return tuple(found)


def interleaved(
    repeat: int, works: dict[str, Callable[[], bytes]]
) -> tuple[dict[str, float], dict[str, float]]:
    """Each build once per round, rounds ``repeat`` times, so a change in the machine's load
    hits every build alike; the best wall time of each (and its CPU time) is printed."""
    from pypdf import PdfReader

    wall: dict[str, list[float]] = {label: [] for label in works}
    cpu: dict[str, list[float]] = {label: [] for label in works}
    last: dict[str, bytes] = {}
    for _ in range(repeat):
        for label, work in works.items():
            gc.collect()
            start, start_cpu = time.perf_counter(), time.process_time()
            last[label] = work()
            wall[label].append(time.perf_counter() - start)
            cpu[label].append(time.process_time() - start_cpu)
    for label, pdf in last.items():
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        streams = "ASCII85" if b"/ASCII85Decode" in pdf else "binary"
        print(f"{label:<32} {min(wall[label]):6.3f} s wall, {min(cpu[label]):6.3f} s CPU "
              f"(best of {repeat})  {pages:3d} pages  {len(pdf) / 2**20:5.2f} MiB  "
              f"{streams}")  # fmt: skip
    return (
        {label: min(times) for label, times in wall.items()},
        {label: min(times) for label, times in cpu.items()},
    )


def demo(repeat: int) -> int:
    """The demo's minutes beside the bare build of the same strings and photos."""
    from facilitator.core import minutes
    from facilitator.core.demo.populate import write_demo
    from facilitator.reports.minutes import render_minutes

    with tempfile.TemporaryDirectory() as folder:
        doc = write_demo(Path(folder) / "demo.workshop")
        try:
            preset = minutes.resolve_preset(doc, "full")
            options = minutes.MinutesOptions(sections=preset.sections, privacy=preset.privacy)
            data = minutes.assemble(doc, options)
            texts, photos = strings_of(data), photos_of(data)
            print(f"demo: {len(texts)} strings, {len(photos)} photos "
                  f"({sum(map(len, photos)) / 2**20:.2f} MiB)")  # fmt: skip
            minutes.minutes_pdf(doc, options)  # warm-up: imports, fonts, caches of either
            bare_build(texts[:50], photos[:1])
            wall, cpu = interleaved(
                repeat,
                {
                    "minutes (assemble+render)": lambda: minutes.minutes_pdf(doc, options),
                    "minutes (render only)": lambda: render_minutes(data),
                    "bare ReportLab, defaults": lambda: bare_build(texts, photos, a85=True),
                    "bare ReportLab, binary streams": lambda: bare_build(texts, photos, a85=False),
                },
            )
        finally:
            doc.close()
    for kind, best in (("wall", wall), ("CPU", cpu)):
        ours, render = best["minutes (assemble+render)"], best["minutes (render only)"]
        bare, binary = best["bare ReportLab, defaults"], best["bare ReportLab, binary streams"]
        print(f"{kind:>4}: ours/bare (defaults) {ours / bare:.2f}× (render only "
              f"{render / bare:.2f}×); ours/bare (binary streams) {ours / binary:.2f}× "
              f"(render only {render / binary:.2f}×); aim < 2×")  # fmt: skip
    return 0


def measure(label: str, work: Callable[[], bytes]) -> tuple[float, bytes]:
    """Time without tracemalloc (it slows Python code several times), then a second run
    under tracemalloc for the peak."""
    from pypdf import PdfReader

    gc.collect()
    start = time.perf_counter()
    pdf = work()
    elapsed = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    gc.collect()
    tracemalloc.start()
    work()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    print(
        f"{label:<26} {elapsed:7.2f} s   peak {peak / 2**20:6.1f} MiB (tracemalloc)   "
        f"max RSS so far {rss:6.1f} MiB   {pages:4d} pages   {len(pdf) / 2**20:4.1f} MiB"
    )
    return elapsed, pdf


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=200)
    parser.add_argument("--ideas", type=int, default=2000)
    parser.add_argument("--votes", type=int, default=20000)
    parser.add_argument("--demo", action="store_true", help="the demo workshop's minutes")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure with --demo")
    args = parser.parse_args()
    if args.demo:
        return demo(args.repeat)

    from facilitator.core import minutes
    from facilitator.core.document import WorkshopDocument
    from facilitator.reports.minutes import render_minutes

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.workshop"
        start = time.perf_counter()
        populate(path, args.participants, args.ideas, args.votes)
        print(f"set-up: {args.participants} participants, {args.ideas} ideas, "
              f"{args.votes} vote entries in {time.perf_counter() - start:.1f} s")  # fmt: skip
        doc = WorkshopDocument.open(path)
        options = minutes.MinutesOptions(hours_per_organisation=True)
        try:
            start = time.perf_counter()
            data = minutes.assemble(doc, options)
            assemble_s = time.perf_counter() - start
            texts = strings_of(data)
            # Warm-up (font registration, imports) so neither side pays it.
            bare_build(texts[:50])
            ours_s, _ = measure(
                "minutes (assemble+render)", lambda: minutes.minutes_pdf(doc, options)
            )
            render_s, _ = measure("minutes (render only)", lambda: render_minutes(data))
            bare_s, _ = measure("bare ReportLab, same text", lambda: bare_build(texts))
        finally:
            doc.close()
    print(f"assemble alone: {assemble_s:.2f} s; strings: {len(texts)}")
    ratio = ours_s / bare_s
    print(f"ratio ours/bare: {ratio:.2f}× (render only {render_s / bare_s:.2f}×); aim < 3×: "
          f"{'met' if ratio < 3 else 'MISSED'}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
