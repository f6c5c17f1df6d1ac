"""A small streaming XLSX writer for the exports: text, numbers, a bold frozen header.

Why not openpyxl, which reads the sign-up lists: it serialises every cell through a
pure-Python ElementTree (lxml does not help much), about 35 µs a cell, so saving 20,000
participants took about 11 s where the whole CSV export of the same workshop takes 4 s.
Here each row is one formatted string, so a workbook costs about what its CSV does
(``benchmarks/xlsx_export.py``).

What is written is what openpyxl wrote for our sheets, part for part: text as inline strings
(``t="inlineStr"``), numbers as numbers, the header row bold and frozen, an autofilter over
the table (with Excel's hidden ``_xlnm._FilterDatabase`` name), column widths. Text that
starts like a formula (see ``writing.FORMULA_STARTS``) is a string cell, never a formula,
with the "quote prefix" style, so editing it in Excel keeps it text. As in openpyxl, text is
cut at Excel's 32,767 characters; control characters XML cannot hold are left out (openpyxl
refused the whole export for one of them).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import zipfile
from collections.abc import Sequence
from typing import IO
from xml.sax.saxutils import escape

from facilitator.core.progress import Steps

Cell = str | int | float

# First characters that make a spreadsheet read a field as a formula (OWASP, CWE-1236; see
# ``writing``'s docstring, which imports them from here).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_TEXT = 32767  # Excel's limit for one cell
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")  # not allowed in XML 1.0

# Styles (indices into cellXfs below): plain, bold (header), quote prefix, both.
PLAIN, BOLD, QUOTED, BOLD_QUOTED = 0, 1, 2, 3

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "application/vnd.openxmlformats-officedocument"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

_STYLES = (
    f'{_HEAD}<styleSheet xmlns="{_MAIN}"><fonts count="2">'
    '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b val="1"/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/>'
    '</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/>'
    '</border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
    'borderId="0"/></cellStyleXfs><cellXfs count="4">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" '
    'quotePrefix="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" '
    'builtinId="0"/></cellStyles></styleSheet>'
)


class XlsxBook:
    """Sheets added one by one (their XML made at once, cancellable through ``steps``),
    then ``save`` writes the zip package."""

    def __init__(self) -> None:
        self._sheets: list[tuple[str, bytes, str]] = []  # title, sheet XML, filter range

    def add_sheet(
        self, title: str, rows: Sequence[Sequence[Cell]], steps: Steps | None = None
    ) -> None:
        """A sheet of ``rows`` (the first is the header, bold and frozen, with an autofilter;
        columns as wide as their text within reason). ``steps`` hears of each row after
        the header."""
        title = self._unique(_sheet_title(title))
        width = max((len(r) for r in rows), default=0)
        letters = [_column_letter(i) for i in range(1, width + 1)]
        last = f"{letters[-1] if letters else 'A'}{max(1, len(rows))}"
        parts = [
            f'{_HEAD}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
            f'<dimension ref="A1:{last}"/><sheetViews><sheetView workbookViewId="0">'
        ]
        if rows:
            parts.append(
                '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
            )
        parts.append('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>')
        if rows:
            parts.append("<cols>")
            for index, header in enumerate(rows[0]):
                longest = max((len(str(r[index])) for r in rows[:500] if index < len(r)),
                              default=0)  # fmt: skip
                chars = min(48, max(10, max(longest, len(str(header))) + 2))
                parts.append(f'<col min="{index + 1}" max="{index + 1}" width="{chars}" '
                             'customWidth="1"/>')  # fmt: skip
            parts.append("</cols>")
        parts.append("<sheetData>")
        for number, row in enumerate(rows, 1):
            if steps is not None and number > 1:
                steps.step(number - 1)  # rows after the header: people
            header = number == 1
            cells = "".join(
                _cell(f"{letters[i]}{number}", value, header) for i, value in enumerate(row)
            )
            parts.append(f'<row r="{number}">{cells}</row>')
        parts.append("</sheetData>")
        ref = f"A1:{last}"
        if rows:
            parts.append(f'<autoFilter ref="{ref}"/>')
        parts.append(
            '<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" '
            'footer="0.5"/></worksheet>'
        )
        self._sheets.append((title, "".join(parts).encode("utf-8", "replace"), ref if rows else ""))

    def save(self, handle: IO[bytes]) -> None:
        """The package: content types, relationships, workbook, styles, the sheets."""
        if not self._sheets:  # a workbook needs a sheet
            self.add_sheet("Sheet", [])
        count = len(self._sheets)
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{n}.xml" '
            f'ContentType="{_TYPES}.spreadsheetml.worksheet+xml"/>'
            for n in range(1, count + 1)
        )
        content_types = (
            f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
            f'ContentType="{_TYPES}.spreadsheetml.sheet.main+xml"/><Override '
            f'PartName="/xl/styles.xml" ContentType="{_TYPES}.spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/'
            'vnd.openxmlformats-package.core-properties+xml"/><Override '
            f'PartName="/docProps/app.xml" ContentType="{_TYPES}.extended-properties+xml"/>'
            f"{overrides}</Types>"
        )
        root_rels = (
            f'{_HEAD}<Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
            f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" '
            f'Type="{_PKG}/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{_REL}/extended-properties" '
            'Target="docProps/app.xml"/></Relationships>'
        )
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        core = (
            f'{_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/'
            '2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/'
            'XMLSchema-instance"><dc:creator>Facilitator</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified>'
            "</cp:coreProperties>"
        )
        app = (
            f'{_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/'
            '2006/extended-properties"><Application>Facilitator</Application></Properties>'
        )
        sheets = "".join(
            f'<sheet name="{escape(title, {chr(34): "&quot;"})}" sheetId="{n}" r:id="rId{n}"/>'
            for n, (title, _, _) in enumerate(self._sheets, 1)
        )
        names = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{n}" hidden="1">'
            f"{escape(_quoted(title))}!{_absolute(ref)}</definedName>"
            for n, (title, _, ref) in enumerate(self._sheets)
            if ref
        )
        workbook = (
            f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><workbookPr/><bookViews>'
            '<workbookView activeTab="0"/></bookViews>'
            f"<sheets>{sheets}</sheets>"
            + (f"<definedNames>{names}</definedNames>" if names else "")
            + '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'
        )
        workbook_rels = "".join(
            f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
            for n in range(1, count + 1)
        )
        workbook_rels = (
            f'{_HEAD}<Relationships xmlns="{_PKG}">{workbook_rels}<Relationship '
            f'Id="rId{count + 1}" Type="{_REL}/styles" Target="styles.xml"/></Relationships>'
        )
        with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as package:
            package.writestr("[Content_Types].xml", content_types)
            package.writestr("_rels/.rels", root_rels)
            package.writestr("docProps/core.xml", core)
            package.writestr("docProps/app.xml", app)
            package.writestr("xl/workbook.xml", workbook)
            package.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
            package.writestr("xl/styles.xml", _STYLES)
            for n, (_, data, _) in enumerate(self._sheets, 1):
                package.writestr(f"xl/worksheets/sheet{n}.xml", data)

    def _unique(self, title: str) -> str:
        """Excel refuses two sheets of one name (in any case): a number after the second."""
        taken = {t.casefold() for t, _, _ in self._sheets}
        candidate, n = title, 1
        while candidate.casefold() in taken:
            suffix = f" {n}"
            candidate, n = title[: 31 - len(suffix)] + suffix, n + 1
        return candidate


def _cell(ref: str, value: Cell, header: bool) -> str:
    if isinstance(value, bool):
        return f'<c r="{ref}"{_style(BOLD if header else PLAIN)} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int):
        return f'<c r="{ref}"{_style(BOLD if header else PLAIN)} t="n"><v>{value}</v></c>'
    if isinstance(value, float):
        number = "" if math.isnan(value) or math.isinf(value) else f"{value:.16g}"
        return f'<c r="{ref}"{_style(BOLD if header else PLAIN)} t="n"><v>{number}</v></c>'
    text = str(value)[:MAX_TEXT]
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    if text.startswith(FORMULA_STARTS):
        style = _style(BOLD_QUOTED if header else QUOTED)
    else:
        style = _style(BOLD if header else PLAIN)
    if not text:
        return f'<c r="{ref}"{style} t="inlineStr"/>'
    space = ' xml:space="preserve"' if text != text.strip() else ""
    # A CR stays raw, so XML reads it back as a line feed (as openpyxl's files did).
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'


def _style(index: int) -> str:
    return f' s="{index}"' if index else ""


def _column_letter(index: int) -> str:
    """1 → A, 26 → Z, 27 → AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _absolute(ref: str) -> str:
    """A1:F20 → $A$1:$F$20."""
    return ":".join(re.sub(r"^([A-Z]+)(\d+)$", r"$\1$\2", part) for part in ref.split(":"))


def _quoted(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


def _sheet_title(title: str) -> str:
    """Excel refuses sheet names over 31 characters or with any of []:*?/\\ in them."""
    cleaned = "".join("-" if ch in "[]:*?/\\" else ch for ch in title).strip("'")
    cleaned = _ILLEGAL.sub("", cleaned)
    return cleaned[:31] or "Sheet"
