"""The demo's sticky-note walls: themes, the ideas the groups came up with, and photos.

Ideas come in mixed from the groups working in parallel, a few are duplicates merged into
an earlier one, and all were sorted into themes at the wall, so the ideas board, the
minutes and the merging code all have something realistic to show.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import Counter

from facilitator.core.demo.builder import Builder
from facilitator.core.demo.groups import GROUP_COUNT, QUESTIONS
from facilitator.core.demo.stable import at, spread, stable_id
from facilitator.store.models import Attachment, Idea, Theme

# (theme key, question key, name, colour)
THEMES: tuple[tuple[str, str, str, str], ...] = (
    ("skills", "q1", "Skills and people", "#4c78a8"),
    ("green", "q1", "Green transition and energy", "#54a24b"),
    ("digital", "q1", "Digitalisation and automation", "#f58518"),
    ("markets", "q1", "Markets and value chains", "#e45756"),
    ("infra", "q1", "Infrastructure and location", "#72b7b2"),
    ("competence", "q2", "Shared competence programme", "#b279a2"),
    ("climate", "q2", "Green transition together", "#2ca02c"),
    ("robotics", "q2", "Digital and robotics cooperation", "#ff9da6"),
    ("sales", "q2", "Joint sales, purchasing and profile", "#9d755d"),
    ("attract", "q2", "Attracting people to the region", "#eeca3b"),
)

# Ideas per theme: (key, text). Order here is the wall's order, not the order they came in.
IDEAS: dict[str, tuple[tuple[str, str], ...]] = {
    "skills": (
        ("young", "Fewer young people in rural municipalities: we compete for every apprentice"),
        ("retire", "Retirement wave among welders and machinists before 2030"),
        ("hybrid", "We need people who understand both production and data"),
        ("settle", "Immigrants stay when families settle: housing and language courses matter"),
        ("inhouse", "Schools cannot keep up with new machines, so companies must train in-house"),
        ("women", "Few women among operators: we recruit from half the population"),
    ),
    "green": (
        ("epd", "Customers demand a documented carbon footprint (EPD) for every product"),
        ("grid", "Grid capacity limits new electrified production in several municipalities"),
        ("carbonprice", "Carbon price makes fossil heat for drying and curing too expensive"),
        ("timber", "Wood replaces steel and concrete in buildings: growth for the timber industry"),
        ("circular", "Customers want products repaired, remanufactured and taken back"),
        ("biogas", "Local biogas and hydrogen from forestry and farm residues"),
        ("taxonomy", "EU reporting rules reach subcontractors through the big customers"),
    ),
    "digital": (
        ("cobots", "Cobots make small-batch production profitable in high-cost Norway"),
        ("vision", "AI-based quality inspection with cameras on the line"),
        ("twin", "Digital twins of plants for planning and maintenance"),
        ("cyber", "Cyber attacks on production systems: small companies are unprotected"),
        ("tracking", "Customers expect real-time order tracking and shared data"),
    ),
    "markets": (
        ("defence", "Defence and preparedness create demand for local production"),
        ("nearshore", "Nearshoring to Europe after the supply chain disruptions"),
        ("certify", "Export needs certifications that small firms struggle to get"),
        ("fewer", "Large customers cut their supplier lists: small firms must team up"),
        ("origin", "Consumers pay for local origin and traceability in food"),
        ("cabins", "Tourism and cabin building create demand for local wood and craft"),
    ),
    "infra": (
        ("roads", "Road and rail to Oslo decide where people want to live and work"),
        ("power", "Power prices and grid tariffs decide where energy-heavy production grows"),
        ("land", "Industrial land near the E6 and Rv. 3 is running out"),
        ("fibre", "Fibre and mobile coverage are still poor at some rural plants"),
        ("housing", "Housing shortage makes it hard for new employees to move here"),
        ("charging", "No fast charging for electric trucks along the freight routes"),
    ),
    "competence": (
        ("pool", "Shared apprentice pool: apprentices rotate between member companies"),
        ("robotcourse", "Joint course in robot programming with the vocational school"),
        ("mentor", "Mentor programme pairing experienced operators with new hires"),
        ("norwegian", "Norwegian courses at work for immigrants, shared across firms"),
        ("summer", "Industry summer school for pupils in 9th and 10th grade"),
        ("hr", "Shared HR function for small companies that have none"),
    ),
    "climate": (
        ("climatetemplates", "Joint climate accounting and EPD templates for all members"),
        ("powerdeal", "Network agreement for buying renewable power and local biogas"),
        ("heat", "Exchange surplus heat and side streams between neighbouring plants"),
        ("enova", "Shared application for Enova funding for electrification"),
        ("takeback", "Common take-back scheme for pallets, packaging and wood waste"),
        ("gridmap", "Map grid capacity and plans together with the grid company"),
    ),
    "robotics": (
        ("robotlab", "A robot lab on wheels that visits member companies for test weeks"),
        ("cybershared", "Shared cyber security service and incident plan for small firms"),
        ("showcase", "Open meetings where one company shows its digitalisation project"),
        ("capacity", "Joint platform for sharing orders and spare capacity"),
        ("studytrip", "Study trip to Swedish and Finnish factories that use cobots"),
    ),
    "sales": (
        ("jointbid", "Bid together as one supplier for large defence and infrastructure contracts"),
        ("fair", "Shared trade fair stand under a 'Made in Innlandet' profile"),
        ("purchasing", "Joint purchasing of steel, aluminium and consumables"),
        ("certsupport", "Common support for ISO 9001/14001 and EN 1090 certification"),
        ("export", "A shared export adviser for the EU market"),
        ("breakfast", "Monthly CEO breakfast to keep the network going between workshops"),
    ),
    "attract": (
        ("campaign", "Campaign showing modern industry jobs to young people in Innlandet"),
        ("welcome", "Welcome package for new employees and their families"),
        ("partnerjobs", "Help the partners of new employees find work in the region"),
        ("thesis", "Industry nights with engineering students looking for thesis topics"),
        ("traineehousing", "Shared housing for trainees and summer workers"),
        ("openday", "Open factory day at all members on the same weekend"),
        ("lobby", "Speak with one voice to the county about roads, rail and grid"),
    ),
}

# Duplicates merged into another idea of the same theme: (key, merged into, text).
DUPLICATES: tuple[tuple[str, str, str], ...] = (
    ("young2", "young", "Too few apprentices want to work in the districts"),
    ("co2", "epd", "Customers ask for the CO2 footprint of each delivery"),
    ("rotate", "pool", "Let apprentices rotate between companies"),
)


# When each question's ideas came in (first, last) and when the wall was sorted into themes.
IDEA_WINDOWS = {
    "q1": (at(0, 10, 55), at(0, 11, 55), at(0, 14, 40)),
    "q2": (at(1, 9, 40), at(1, 10, 45), at(1, 10, 55)),
}


def add_themes(builder: Builder) -> None:
    positions: Counter[str] = Counter()
    for key, question, name, colour in THEMES:
        position = positions[question]
        positions[question] += 1
        builder.theme_ids[key] = stable_id("theme", key)
        builder.add(
            Theme(
                id=builder.theme_ids[key],
                workshop_id=builder.workshop_id,
                question_id=builder.question_ids[question],
                position=position,
                name=name,
                colour=colour,
            ),
            created=IDEA_WINDOWS[question][2] - dt.timedelta(minutes=15 - position),
        )


def add_ideas(builder: Builder) -> None:
    rng = builder.rng("ideas")
    for question, round_key, _text in QUESTIONS:
        first, last, sorted_at = IDEA_WINDOWS[question]
        arrivals = _arrival_order(rng, question)
        moments = spread(rng, first, last, len(arrivals))
        groups = list(builder.group_ids[round_key])
        rng.shuffle(groups)
        source: dict[str, uuid.UUID] = {}
        for position, (key, text, theme, target) in enumerate(arrivals):
            group_id = groups[position % GROUP_COUNT]
            if target and source[target] == group_id:
                group_id = groups[(position + 1) % GROUP_COUNT]
            source[key] = group_id
            author = None
            if rng.random() < 0.55:  # the rest were typed in by the group leader
                author = builder.people[rng.choice(builder.members[group_id])].id
            builder.idea_ids[key] = stable_id("idea", key)
            builder.add(
                Idea(
                    id=builder.idea_ids[key],
                    workshop_id=builder.workshop_id,
                    question_id=builder.question_ids[question],
                    source_group_id=group_id,
                    author_id=author,
                    theme_id=builder.theme_ids[theme],
                    merged_into_id=builder.idea_ids[target] if target else None,
                    position=position,
                    text=text,
                ),
                created=moments[position],
                updated=sorted_at,  # sorted into a theme, or merged, at the wall
            )


def add_photos(builder: Builder) -> None:
    """One photo of the sticky-note wall per question, taken when the themes were done."""
    from facilitator.core.demo_photo import flipchart_photo

    for question, _round, text in QUESTIONS:
        notes = tuple(
            (name, colour, tuple(idea for _key, idea in IDEAS[key][:3]))
            for key, q, name, colour in THEMES
            if q == question
        )
        builder.add(
            Attachment(
                id=stable_id("photo", question),
                workshop_id=builder.workshop_id,
                question_id=builder.question_ids[question],
                filename={"q1": "IMG_2041.jpg", "q2": "IMG_2107.jpg"}[question],
                mime_type="image/jpeg",
                caption="The sticky-note wall after sorting into themes",
                data=flipchart_photo(text, notes, seed=f"demo/{question}"),
            ),
            created=IDEA_WINDOWS[question][2] + dt.timedelta(minutes=2),
        )


def _arrival_order(rng: random.Random, question: str) -> list[tuple[str, str, str, str]]:
    """(key, text, theme, merged-into key) in the order the ideas came in from the groups.

    Groups work in parallel, so the ideas of all themes come in mixed; a duplicate always
    comes after the idea it is merged into.
    """
    themes = [key for key, q, _name, _colour in THEMES if q == question]
    order = [(key, text, theme, "") for theme in themes for key, text in IDEAS[theme]]
    rng.shuffle(order)
    theme_of = {key: theme for key, _text, theme, _target in order}
    for key, target, text in DUPLICATES:
        if target in theme_of:
            after = next(i for i, row in enumerate(order) if row[0] == target)
            order.insert(rng.randint(after + 1, len(order)), (key, text, theme_of[target], target))
    return order
