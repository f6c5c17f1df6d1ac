"""What an import did (or, in a dry run, would do), for the import dialog and the CLI.

Every non-blank row below the headings is counted exactly once: it brought a new person
(imported), was the first row naming someone already in the workshop (updated or unchanged),
named someone an earlier row had named (merged), or was refused (rejected).
"""

from __future__ import annotations

import dataclasses

from facilitator.core.importing.candidates import RowIssue
from facilitator.core.importing.mapping import ColumnMapping
from facilitator.core.importing.plan import Merge
from facilitator.core.importing.table import SourceTable


@dataclasses.dataclass(frozen=True)
class ImportReport:
    source: SourceTable
    mapping: ColumnMapping
    dry_run: bool
    imported: int
    updated: int
    unchanged: int
    merged: tuple[Merge, ...]
    rejected: tuple[RowIssue, ...]
    warnings: tuple[RowIssue, ...]  # rows imported with a value that was not understood
    organisations_created: int
    organisations_updated: int

    @property
    def merged_duplicates(self) -> int:
        return len(self.merged)

    @property
    def rows(self) -> int:
        return len(self.source.rows)

    def as_json(self) -> dict[str, object]:
        source = self.source
        return {
            "source": {
                "path": str(source.path),
                "format": source.file_format,
                "encoding": source.encoding or None,
                "delimiter": source.delimiter or None,
                "sheet": source.sheet or None,
                "header_row": source.header_row,
            },
            "dry_run": self.dry_run,
            "rows": self.rows,
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "merged_duplicates": self.merged_duplicates,
            "merged": [m._asdict() for m in self.merged],
            "rejected": [r._asdict() for r in self.rejected],
            "warnings": [w._asdict() for w in self.warnings],
            "organisations_created": self.organisations_created,
            "organisations_updated": self.organisations_updated,
            "mapping": self.mapping.as_json(),
        }
