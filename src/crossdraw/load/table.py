"""One shape for every list people hand in: text cells by row, from a CSV file or an xlsx sheet.

The loaders (enterprise list, LIST) check rows of text whatever the file was, so
CSV and Excel share one row checker. A worksheet's typed values (an id Excel made
a number, a date kept as a serial) become text here, recovered with a warning or
refused with the cell's address (`B17`), never silently changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from crossdraw.domain import uscc
from crossdraw.domain.errors import InputError, Problem
from crossdraw.domain.text import nfc, trimmed
from crossdraw.load import workbook
from crossdraw.load.textfile import (
    DATE_FORMS,
    clean_header_cell,
    column_letter,
    csv_rows,
    decode_file,
    header_where,
    normalize_header,
    parse_when,
)

CellKind = Literal["text", "id", "date"]
Column = tuple[CellKind, str]  # (what the column holds, its label for messages)
HEADER_SEARCH_ROWS = 30  # a header below a title (and notes) is found within these rows
_MAX_SERIAL = 2958466  # Excel's last date, 9999-12-31, is serial 2958465
_EXACT_DIGITS = 15  # Excel keeps 15 significant digits of a number
_AS_TEXT = "format the column as 文本 (text) and type it again"


@dataclass
class Table:
    """A list's header and its rows of text cells, with where each came from."""

    path: Path
    where: str  # the file, or "FILE, sheet NAME"
    encoding: str  # "UTF-8", "GB18030", … or "xlsx"
    sha256: str  # of the file's bytes
    header: tuple[str, ...]
    header_row: int
    cell_names: bool  # a worksheet: messages name cells (B17), not rows
    records: Iterator[tuple[int, list[Any]]]  # rows after the header, raw
    epoch: dt.datetime | None = None  # a workbook's date system
    problems: list[Problem] = field(default_factory=list)  # found while reading (CSV syntax)
    found: list[tuple[int, int | None, str]] = field(default_factory=list)  # bad cells
    warnings: list[Problem] = field(default_factory=list)  # cells recovered
    text: str | None = None  # a CSV file's whole text (NFC), for the bulk reader

    def at(self, row: int, column: int | None = None) -> str:
        """Where a row (or, in a worksheet, a cell) is, for a message."""
        if self.cell_names and column is not None:
            return f"{self.where}, {column_letter(column)}{row}"
        return f"{self.where}, row {row}"

    def columns(
        self, aliases: Mapping[str, str], required: Sequence[str], optional: Sequence[str]
    ) -> dict[str, int]:
        """The header's columns by canonical name; every header problem located here."""
        return normalize_header(
            self.header,
            aliases,
            required,
            optional,
            header_where(self.where, self.header_row),
            cell_names=self.cell_names,
        )

    def rows(self, columns: Mapping[int, Column]) -> Iterator[tuple[int, list[str]]]:
        """Non-blank rows as text cells; a worksheet's cells converted by what `columns` say.

        A row with a cell that cannot be turned into text faithfully is left out and
        its cells are added to `found`, so the row checker does not report noise.
        """
        if not self.cell_names:
            return self.records
        return self._converted(columns)

    def _converted(self, columns: Mapping[int, Column]) -> Iterator[tuple[int, list[str]]]:
        epoch = self.epoch or dt.datetime(1899, 12, 30)
        for number, values in self.records:
            cells: list[str] = []
            bad = False
            for index, value in enumerate(values):
                kind, label = columns.get(index, ("text", f"column {column_letter(index)}"))
                text, problem, warning = cell_text(value, kind, label, epoch)
                if problem is not None:
                    self.found.append((number, index, problem))
                    bad = True
                if warning is not None:
                    self.warnings.append(Problem(self.at(number, index), warning))
                cells.append(text)
            if not bad and any(cells):
                yield number, cells


def open_table(path: Path, *, sheet: str | None = None, known: Collection[str] = ()) -> Table:
    """Read the header of a CSV file or of a workbook's sheet (default: the first).

    `known` are the column names (lower case) the caller accepts; in a worksheet the
    header is the first of the top rows naming at least two of them (a title row or
    merged title cells may sit above it), else the first non-blank row.
    """
    if workbook.is_workbook(path):
        return _open_sheet(path, sheet, known)
    if sheet is not None:
        raise InputError.one(
            "--sheet", f"{path} is not an .xlsx workbook; --sheet names a sheet of a workbook"
        )
    return _open_csv(path, known)


def _open_csv(path: Path, known: Collection[str] = ()) -> Table:
    decoded = decode_file(path)
    where = str(path)
    problems: list[Problem] = []
    text = nfc(decoded.text)
    records = _records_after_header(text, where, problems, known)
    first = next(records, None)
    if first is None:
        raise InputError(problems or [Problem(where, "has no header row")])
    header_row, header = first
    return Table(
        path=path,
        where=where,
        encoding=decoded.encoding,
        sha256=decoded.sha256,
        header=tuple(header),
        header_row=header_row,
        cell_names=False,
        records=iter(records),
        problems=problems,
        text=text,
    )


_HEADER_PREFIX = 1 << 16  # characters searched for the header before the whole text is parsed


def _records_after_header(
    text: str, where: str, problems: list[Problem], known: Collection[str] = ()
) -> Iterator[tuple[int, list[str]]]:
    """csv_rows(text) from the header on: the header first, then the rows, parsed only
    when asked for.

    The header is the first of the top records naming at least two `known` columns (a
    title row may sit above it, as in a worksheet), else the first record. It is looked
    for in the first lines alone (whole lines: a record that parses there parses the
    same in the whole text), so a bulk reader that never asks for the rows does not pay
    for parsing set-up over the whole text.
    """
    cut = text.find("\n", _HEADER_PREFIX)
    head = text if cut < 0 else text[: cut + 1]
    above: list[Problem] = []
    top = _top_records(head, where, above)
    if not top and cut >= 0:  # nothing in the first lines: look in the whole text
        above = []
        top = _top_records(text, where, above)
    if not top:
        problems.extend(above)
        return
    wanted = min(2, len(known)) or 1
    index = next(
        (i for i, ((_, cells), _) in enumerate(top) if _named(tuple(cells), known) >= wanted), 0
    )
    header, before = top[index]
    problems.extend(above[:before])  # problems above the header; the rest are parsed again
    yield header
    again: list[Problem] = []
    rows = csv_rows(text, where, again)
    for _ in range(index + 1):  # the records up to the header once more
        next(rows)
    del again[:]
    for row in rows:
        problems.extend(again)
        del again[:]
        yield row
    problems.extend(again)


def _top_records(
    text: str, where: str, problems: list[Problem]
) -> list[tuple[tuple[int, list[str]], int]]:
    """The first records of `text`, each with how many problems came before it."""
    rows = csv_rows(text, where, problems)
    return [(row, len(problems)) for row in itertools.islice(rows, HEADER_SEARCH_ROWS)]


def _read_bytes(path: Path) -> bytes:
    where = str(path)
    if path.is_dir():
        raise InputError.one(where, "is a folder, not a file; give the path of the file itself")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError.one(where, f"cannot be read: {exc.strerror or exc}") from None


def _open_sheet(path: Path, sheet: str | None, known: Collection[str]) -> Table:
    data = _read_bytes(path)
    found = workbook.open_sheet(path, data, sheet)
    where = f"{path}, sheet {found.title}"
    top = list(itertools.islice(found.rows, HEADER_SEARCH_ROWS))
    filled = [(n, values) for n, values in top if any(_blank_free(v) for v in values)]
    if not filled:
        rest = next((n for n, values in found.rows if any(_blank_free(v) for v in values)), None)
        what = "is empty" if rest is None else f"has nothing in its first {len(top)} rows"
        raise InputError.one(where, f"{what}: no header row and no data")
    wanted = min(2, len(known)) or 1
    header_row, header_values = next(
        ((n, v) for n, v in filled if _named(v, known) >= wanted), filled[0]
    )
    after = ((n, list(v)) for n, v in itertools.chain(top, found.rows) if n > header_row)
    return Table(
        path=path,
        where=where,
        encoding="xlsx",
        sha256=hashlib.sha256(data).hexdigest(),
        header=tuple("" if v is None else clean_header_cell(str(v)) for v in header_values),
        header_row=header_row,
        cell_names=True,
        records=after,
        epoch=found.epoch,
    )


def _blank_free(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _named(values: tuple[Any, ...], known: Collection[str]) -> int:
    return sum(1 for v in values if isinstance(v, str) and clean_header_cell(v).lower() in known)


# --- a worksheet's typed values as text --------------------------------------------------


def cell_text(
    value: Any, kind: CellKind, label: str, epoch: dt.datetime
) -> tuple[str, str | None, str | None]:
    """(text, problem, warning) for one worksheet cell of a column holding `kind`."""
    if value is None:
        return "", None, None
    if isinstance(value, str):
        return trimmed(value), None, None
    if isinstance(value, bool):
        if kind == "text":
            return ("true" if value else "false"), None, None
        return "", f"{label} is {str(value).upper()}, not a {_noun(kind)}", None
    if isinstance(value, dt.datetime | dt.date):
        if kind == "date":
            return when_text(value), None, None
        return (
            "",
            f"{label} holds the date {when_text(value)} (Excel turned it into one); {_AS_TEXT}",
            None,
        )
    if isinstance(value, int | float):
        return _number_text(value, kind, label, epoch)
    if isinstance(value, dt.time | dt.timedelta):
        return "", f"{label} holds a time ({value}), not a {_noun(kind)}", None
    return str(value), None, None


def _noun(kind: CellKind) -> str:
    return {"text": "text", "id": "code", "date": "date"}[kind]


def when_text(value: dt.date) -> str:
    """A date or date-time as the loaders read dates: 2021-03-02 or 2021-03-02 09:30."""
    if isinstance(value, dt.datetime) and value.time() != dt.time():
        return value.strftime("%Y-%m-%d %H:%M:%S" if value.second else "%Y-%m-%d %H:%M")
    return value.strftime("%Y-%m-%d")


def _shown(value: float) -> str:
    return str(value) if isinstance(value, int) else f"{value:.15g}"


def _number_text(
    value: float, kind: CellKind, label: str, epoch: dt.datetime
) -> tuple[str, str | None, str | None]:
    shown = _shown(value)
    if kind == "id":
        # An 18-character USCC survives as a number only when stored as an exact integer.
        if isinstance(value, int) and value > 0 and len(str(value)) == uscc.LENGTH:
            text = str(value)
            return text, None, f"{label} was stored as a number; read as {text}. {_KEEP_DIGITS}"
        return (
            "",
            (
                f"{label} is stored as the number {shown}: Excel keeps only {_EXACT_DIGITS} digits "
                f"of a number, so the 18-character code is lost; {_AS_TEXT}"
            ),
            None,
        )
    if kind == "date":
        return _date_from_number(value, label, epoch)
    integral = isinstance(value, int) or value.is_integer()
    if abs(value) >= 10**_EXACT_DIGITS:
        return (
            "",
            (
                f"{label} is stored as the number {shown}: Excel keeps only {_EXACT_DIGITS} digits "
                f"of a number; {_AS_TEXT}"
            ),
            None,
        )
    return (str(int(value)) if integral else repr(value)), None, None


_KEEP_DIGITS = "Format the column as 文本 (text) so Excel keeps every digit"


def _date_from_number(
    value: float, label: str, epoch: dt.datetime
) -> tuple[str, str | None, str | None]:
    shown = _shown(value)
    if isinstance(value, int) and 19000101 <= value <= 99991231:  # typed as 20210302
        parsed = parse_when(f"{value // 10000}-{value // 100 % 100}-{value % 100}")
        if parsed is not None:
            text = when_text(parsed[0])
            return text, None, f"{label} was typed as the number {shown}; read as {text}"
    when = excel_serial(value, epoch)
    if when is None:
        return "", f"{label} is the number {shown}, not a date; write it like {DATE_FORMS}", None
    text = when_text(when)
    return (
        text,
        None,
        (
            f"{label} was stored as the number {shown}; read as the Excel date {text}. "
            "Format the column as a date (日期)"
        ),
    )


def excel_serial(value: float, epoch: dt.datetime) -> dt.datetime | None:
    """The date-time an Excel date serial stands for, or None when out of Excel's range."""
    if not 0 < value < _MAX_SERIAL:
        return None
    if epoch == dt.datetime(1899, 12, 30) and value < 60:
        value += 1  # Excel counts a 29 February 1900 that never was
    when = epoch + dt.timedelta(days=value)
    return (when + dt.timedelta(microseconds=500_000)).replace(microsecond=0)
