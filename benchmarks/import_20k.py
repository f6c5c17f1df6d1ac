"""Benchmark: importing a 20,000-row sign-up list into a fresh workshop, then again.

    .venv/bin/python benchmarks/import_20k.py [--rows N] [--organisations N]

The list is generated in a temporary folder: Nordic and Flemish names, about 2,000
organisations, a `;` CSV in UTF-8 with a BOM as Excel writes it, with the usual mess (a few
duplicates in other case, people without an address, invalid addresses, blank rows). Times
are wall-clock; peak memory is measured in a separate run under tracemalloc (which slows
Python down, so it is not timed) and as the process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from facilitator.core.details import WorkshopDetails, new_workshop_populator
from facilitator.core.document import WorkshopDocument
from facilitator.core.importing import (
    ImportReport,
    import_participants,
    propose_mapping,
    read_source,
)

T = TypeVar("T")


def words(text: str) -> list[str]:
    """Space-separated words; an underscore joins a name of several words ("De_Smet")."""
    return [w.replace("_", " ") for w in text.split()]


FIRST = words(
    "Kari Ola Ingrid Lars Åse Bjørn Marit Håkon Siri Tor Liv Eirik Guro Jørgen Tone Ståle "
    "Sølvi Øystein Ragnhild Trond Mette Søren Lærke Jens Anne Rasmus Signe Niels Birgitte "
    "Mads Astrid Björn Åsa Linnéa Sven Karin Erik Ingela Per Maja Jan Els Pieter Sofie "
    "Wouter An Lotte Koen Annelies Bart Aisha Mārtiņš Zoë Olena Çağrı Nguyễn"
)
LAST = words(
    "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen "
    "Johnsen Pettersen Eriksen Berg Haugen Hagen Bakken Dæhli Sæther Røed Østby Lie Moen "
    "Løken Åsheim Strøm Nygård Kjærgaard Sørensen Jørgensen Møller Østergaard Thomsen "
    "Lindström Öberg Andersson Johansson Karlsson Nilsson Eriksson Peeters Janssens Maes "
    "Jacobs Mertens Willems Claes Goossens Wouters De_Smet Van_den_Broeck Al-Hassan Warsame"
)
PLACES = words(
    "Vinger Granli Eidskog Kongsvinger Sander Brandval Flisa Åsnes Glåmdal Nord-Odal "
    "Sør-Odal Skotterud Arneberg Kirkenær Vestmarka Oppstad Lundersæter Finnskogen Rasta "
    "Randers Gudenå Havndal Fårup Nørhald Langå Assentoft Spentrup Dronningborg Karlstad "
    "Arvika Säffle Torsby Gent Brugge Kortrijk Aalst Leuven Hasselt Mechelen Genk"
)
TRADES = words(
    "Trevare Industri Mekaniske Plast Sveis Stein Pellets Hydraulikk Sagbruk Stål Elektro "
    "Verktøy Bioenergi Maskin Robotikk Mølle Lakk Logistikk Komposit Emballage Pumper Trä "
    "Plåt Metaal Kunststoffen Machinebouw Regnskov Teknik Fôr Grensehandel"
)
FORMS = ("AS", "AS", "A/S", "ApS", "AB", "NV", "BV")
ROLES = (
    "Daglig leder", "Produksjonssjef", "Innkjøpssjef", "HR-leder", "Kvalitetsleder",
    "Direktør", "Ingeniør", "VD", "Inköpare", "Zaakvoerder", "Aankoper", "Operatør",
)  # fmt: skip
DIETS = ("", "", "", "", "Vegetar", "Vegan", "Glutenfri", "Laktosefri", "Nøtteallergi", "Halal")


def organisations(count: int, rng: random.Random) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        names.add(f"{rng.choice(PLACES)} {rng.choice(TRADES)} {rng.choice(FORMS)}")
    return sorted(names)


def write_list(path: Path, rows: int, organisation_count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    orgs = organisations(organisation_count, rng)
    written: list[list[str]] = []
    for i in range(rows):
        if written and rng.random() < 0.02:  # a duplicate, typed again in capitals
            again = list(rng.choice(written))
            again[0], again[1] = again[0].upper(), f" {again[1].upper()} "
            written.append(again)
            continue
        if rng.random() < 0.002:
            written.append(["", "", "", "", "", "", ""])  # a blank row
            continue
        first, last = rng.choice(FIRST), rng.choice(LAST)
        org = rng.choice(orgs)
        domain = org.split()[0].lower().replace("å", "a").replace("ø", "o").replace("æ", "ae")
        email = f"{first}.{last}.{i}@{domain}.example".lower().replace(" ", "")
        if rng.random() < 0.03:
            email = ""  # signed up on paper
        elif rng.random() < 0.005:
            email = email.replace("@", " at ")
        written.append([
            f"{first} {last}", email, org, rng.choice(ROLES),
            f"+47 {rng.randint(400, 999)} {rng.randint(10, 99)} {rng.randint(100, 999)}",
            rng.choice(DIETS), rng.choice(("Ja", "Nei", "Nei")),
        ])  # fmt: skip
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(
            [
                "Navn",
                "E-post",
                "Bedrift",
                "Stilling",
                "Telefon",
                "Allergier/kosthold",
                "Overnatting",
            ]
        )
        writer.writerows(written)


def timed(action: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def fresh_workshop(folder: Path, name: str) -> WorkshopDocument:
    return WorkshopDocument.create(
        folder / f"{name}.workshop", new_workshop_populator(WorkshopDetails(title="Benchmark"))
    )


def full_import(path: Path, doc: WorkshopDocument) -> ImportReport:
    table = read_source(path)
    return import_participants(doc, table, propose_mapping(table))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--organisations", type=int, default=2_000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        source = folder / "registrations.csv"
        write_list(source, args.rows, args.organisations)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

        table, read_time = timed(lambda: read_source(source))
        mapping, map_time = timed(lambda: propose_mapping(table))
        with fresh_workshop(folder, "timed") as doc:
            first, first_time = timed(lambda: import_participants(doc, table, mapping))
            again, again_time = timed(lambda: full_import(source, doc))
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

        with fresh_workshop(folder, "traced") as doc:
            tracemalloc.start()
            full_import(source, doc)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()

        size = source.stat().st_size
        print(f"{len(table.rows):,} rows ({size / 1e6:.1f} MB CSV), {args.organisations:,} orgs")
        print(
            f"first import: {first.imported:,} imported, {first.merged_duplicates:,} merged, "
            f"{len(first.rejected):,} rejected, {first.organisations_created:,} organisations"
        )
        print(
            f"second import: {again.imported} imported, {again.updated} updated, "
            f"{again.unchanged:,} unchanged"
        )
        print()
        print(f"{'step':<36}{'seconds':>10}{'rows/s':>12}")
        rows = len(table.rows)
        total = read_time + map_time + first_time
        for step, seconds in (
            ("read_source (decode, split, header)", read_time),
            ("propose_mapping", map_time),
            ("import_participants (new workshop)", first_time),
            ("total first import", total),
            ("second import, no-op (read+map+imp)", again_time),
        ):
            print(f"{step:<36}{seconds:>10.2f}{rows / seconds:>12,.0f}")
        print()
        print(f"peak traced Python memory (whole import): {peak / 2**20:8.1f} MiB")
        print(f"max resident set size of the process:     {rss_after / 1024:8.1f} MiB")
        print(f"  (before the import:                     {rss_before / 1024:8.1f} MiB)")


if __name__ == "__main__":
    main()
