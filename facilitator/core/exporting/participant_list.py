"""The participant list on its own, as CSV or XLSX, e.g. for the venue or a funder.

Such a list is meant for others, so by default a person's e-mail address and phone number
are in it only if they agreed to share their contact details (``consent_share_contact``;
with no consent recorded, nothing is shared). With ``privacy`` it keeps name, organisation
and role only: what can be shared with the other participants. ``own_use`` is the
facilitator's own copy: everyone's e-mail and phone, under headers that say it is not to be
shared.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from facilitator.core.exporting.words import columns, words_for
from facilitator.core.exporting.writing import write_csv, write_xlsx
from facilitator.core.participants import AttendanceStatus, ParticipantData
from facilitator.core.progress import IsCancelled, Progress, Steps


def table(
    people: Sequence[ParticipantData],
    language: str = "en",
    privacy: bool = False,
    *,
    own_use: bool = False,
) -> list[list[str]]:
    """Header row plus one row per person, as text, in the workshop's language."""
    words = words_for(language)
    cols = columns(privacy)
    own_use = own_use and not privacy
    heads = {c: words[f"{c}_own_use" if own_use and c in ("email", "phone") else c] for c in cols}
    rows = [[heads[c] for c in cols]]
    for p in people:
        f = p.fields
        shared = own_use or f.consent_share_contact
        checked_in = (
            p.checked_in_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if (p.checked_in_at and p.status is AttendanceStatus.CHECKED_IN)
            else ""
        )
        values = {
            "name": f.name, "organisation": f.organisation, "role": f.role_title,
            "email": f.email if shared else "", "phone": f.phone if shared else "",
            "tags": ", ".join(f.tags),
            "dietary": f.dietary, "overnight": words["yes"] if f.overnight else words["no"],
            "attendance": words[p.status.value], "checked_in_at": checked_in,
        }  # fmt: skip
        rows.append([values[c] for c in cols])
    return rows


def export_participants(
    path: Path,
    people: Sequence[ParticipantData],
    language: str = "en",
    privacy: bool = False,
    *,
    own_use: bool = False,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> int:
    """Write CSV or XLSX by the file's extension; returns the number of people written.
    ``progress(done, total)`` counts the people written; once ``cancelled()`` is true,
    Cancelled is raised and no file (and no temporary file) is left."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv", ".txt"):
        raise ValueError(
            f"cannot export to {suffix or 'a file without extension'}: use .csv or .xlsx"
        )
    steps = Steps(len(people), progress, cancelled)
    steps.start()
    rows = table(people, language, privacy, own_use=own_use)
    steps.check()
    if suffix == ".xlsx":
        write_xlsx(path, rows, words_for(language)["sheet"], steps=steps, cancelled=cancelled)
    else:
        write_csv(path, rows, cancelled=cancelled)
        steps.step(len(people))
    return len(rows) - 1
