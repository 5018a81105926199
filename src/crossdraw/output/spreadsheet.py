"""Tables people open in Excel: CSV (UTF-8 with BOM) and .xlsx, safe from formula injection.

Every CSV or workbook crossdraw writes goes through here. A text cell that Excel
would run as a formula (it begins with =, +, -, @, a tab or a carriage return) is
neutralised with a leading apostrophe; CSV carries a byte-order mark so Excel shows
Chinese correctly. openpyxl is imported only when a workbook is written.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from crossdraw.domain.hidden import visible
from crossdraw.domain.text import display_width
from crossdraw.load.textfile import UTF8_BOM

if TYPE_CHECKING:  # openpyxl loads only when a workbook is written
    from openpyxl.worksheet.worksheet import Worksheet

Cell = str | int | dt.date | None
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SHEET_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")
MAX_WIDTH = 68  # a record digest (64 hex) still fits; longer notes wrap


def neutralise(text: str) -> str:
    """A text cell as Excel will show it, never run: formula starters get a leading '."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


@dataclass(frozen=True)
class Validation:
    """A drop-down of `choices` on a column's data cells (0-based column)."""

    column: int
    choices: tuple[str, ...]
    prompt: str = ""
    strict: bool = True  # False: other text may be typed too (several tags in one cell)


@dataclass(frozen=True)
class SheetSpec:
    """One worksheet: optional lines above the header, the header, rows, and how to show them."""

    title: str
    header: tuple[str, ...]
    rows: Sequence[Sequence[Cell]]
    preamble: tuple[str, ...] = ()  # lines above the header, each merged across the table
    comments: Mapping[int, str] = field(default_factory=dict)  # header comment per column
    validations: tuple[Validation, ...] = ()
    text_columns: frozenset[int] = frozenset()  # kept as typed: Excel must not make numbers
    date_columns: frozenset[int] = frozenset()
    wrap: bool = False  # wrap long text (checklists, quota notes)
    fill_rows: int = 0  # empty rows formatted for filling in (a template)


def csv_bytes(header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> bytes:
    """CSV as Excel reads it: UTF-8 with BOM, CRLF, every text cell neutralised."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow([_csv_cell(c) for c in row])
    return UTF8_BOM + out.getvalue().encode("utf-8")


def _csv_cell(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, int):
        return str(cell)
    return neutralise(visible(cell))


def column_widths(spec: SheetSpec) -> list[int]:
    """Widths that fit each column's header and cells (capped, so notes wrap instead)."""
    # Measured as shown: a hidden character takes the room of its \uXXXX.
    widths = [display_width(visible(h)) for h in spec.header]
    for row in spec.rows:
        for index, cell in enumerate(row[: len(widths)]):
            shown = cell.isoformat() if isinstance(cell, dt.date) else str(cell or "")
            widths[index] = max(widths[index], display_width(visible(shown)))
    for index in spec.date_columns:
        widths[index] = max(widths[index], 10)
    return [min(max(w + 2, 6), MAX_WIDTH) for w in widths]


def sheet_title(text: str, taken: Sequence[str] = ()) -> str:
    """A legal, unique sheet name: no []:*?/\\, at most 31 characters."""
    base = _SHEET_TITLE_BAD.sub("_", visible(text)).strip("'") or "Sheet"
    title, n = base[:31], 2
    while title.lower() in (t.lower() for t in taken):
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    return title


def xlsx_bytes(sheets: Sequence[SheetSpec]) -> bytes:
    """A workbook of these sheets: bold frozen header, fitted widths, comments, drop-downs."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    book.remove(book.worksheets[0])
    book.properties.creator = "crossdraw"
    titles: list[str] = []
    for spec in sheets:
        title = sheet_title(spec.title, titles)
        titles.append(title)
        ws = book.create_sheet(title)
        width = max(len(spec.header), 1)
        for line in spec.preamble:
            ws.append([_xlsx_text(line)])
            row = ws.max_row
            ws.cell(row, 1).font = Font(bold=row == 1, size=14 if row == 1 else 11)
            ws.cell(row, 1).alignment = Alignment(wrap_text=True, vertical="top")
            if width > 1:
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        header_row = len(spec.preamble) + 1
        ws.append([_xlsx_text(h) for h in spec.header])
        for index, cell in enumerate(ws[header_row], start=0):
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            if index in spec.comments:
                cell.comment = Comment(spec.comments[index], "crossdraw", width=320, height=160)
        for row_values in spec.rows:
            ws.append([_xlsx_cell(c) for c in row_values])
        last = header_row + max(len(spec.rows), spec.fill_rows)
        widths = column_widths(spec)
        for index in range(len(spec.header)):
            letter = get_column_letter(index + 1)
            ws.column_dimensions[letter].width = widths[index]
            fmt = "@" if index in spec.text_columns else None
            fmt = "yyyy-mm-dd" if index in spec.date_columns else fmt
            for row in range(header_row + 1, last + 1):
                cell = ws.cell(row, index + 1)
                if fmt is not None:
                    cell.number_format = fmt
                if spec.wrap:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        for v in spec.validations:
            letter = get_column_letter(v.column + 1)
            rule = DataValidation(
                type="list",
                formula1='"' + ",".join(v.choices) + '"',
                allow_blank=True,
                showErrorMessage=v.strict,
                showInputMessage=bool(v.prompt),
                prompt=v.prompt or None,
            )
            rule.add(f"{letter}{header_row + 1}:{letter}{max(last, header_row + 1)}")
            ws.add_data_validation(rule)
        ws.freeze_panes = ws.cell(header_row + 1, 1)
        _print_setup(ws, header_row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _print_setup(ws: Worksheet, header_row: int) -> None:
    """Printed as people print a list: A4 landscape, every column on the page's width
    (as many pages down as it takes), the header row repeated on each page."""
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # 0: no limit on the pages down
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.4  # inches
    ws.page_margins.top = ws.page_margins.bottom = 0.5


def _xlsx_text(text: str) -> str:
    # visible() writes every control character XML 1.0 cannot hold as \\uXXXX
    return neutralise(visible(text))


def _xlsx_cell(cell: Cell) -> Cell:
    if isinstance(cell, str):
        return _xlsx_text(cell)
    return cell
