"""Reading the text files people hand in: encodings Excel saves, CSV parsing, header names."""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import hashlib
import io
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from crossdraw.domain.errors import InputError, Problem, Worded, folder_given, unreadable
from crossdraw.domain.text import nfc, trimmed

UTF8_BOM = b"\xef\xbb\xbf"
# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)
_SAVE_AS = "save it from Excel as 'CSV UTF-8 (逗号分隔)'"
_DATE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:(?:\s+|T)(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?"
)
DATE_FORMS = "2021-06-01, 2021/06/01 or 2021-06-01 09:00"
MAX_PROBLEMS = 200
NO_HEADER = Worded("has no header row", "no_header")
_ROWS_SHOWN = 5


@dataclass(frozen=True)
class DecodedFile:
    """A text file's decoded text with the encoding it was in and the SHA-256 of its bytes."""

    text: str
    encoding: str
    sha256: str


def decode_file(path: Path) -> DecodedFile:
    """Read and decode `path` (UTF-8 with or without BOM, or GB18030); InputError otherwise."""
    where = str(path)
    if path.is_dir():
        raise folder_given(where)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise unreadable(where, exc) from None
    text, encoding = _decode(data, where)
    return DecodedFile(text, encoding, hashlib.sha256(data).hexdigest())


def read_text(path: Path) -> tuple[str, str]:
    """The text of `path` and a label of the encoding it was saved in."""
    decoded = decode_file(path)
    return decoded.text, decoded.encoding


def _decode(data: bytes, where: str) -> tuple[str, str]:
    for bom, name in _WIDE_BOMS:
        if data.startswith(bom):
            raise InputError.one(where, Worded(f"is {name}; {_SAVE_AS}", "wide_text", name=name))
    if b"\x00" in data:
        kind = _binary_kind(data)
        english = f"contains NUL bytes: {kind}? {_SAVE_AS}"
        raise InputError.one(where, Worded(english, "nul_bytes", kind=kind))
    if data.startswith(UTF8_BOM):
        text, encoding = _strict(data, len(UTF8_BOM), "utf-8", where), "UTF-8 with BOM"
    else:
        try:
            text, encoding = data.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError as utf8_error:
            try:
                text, encoding = data.decode("gb18030"), "GB18030"
            except UnicodeDecodeError as gb_error:
                # Report where the encoding that got further broke: that is the likely one.
                worst = max(utf8_error, gb_error, key=lambda e: e.start)
                raise InputError.one(where, _bad_bytes(data, worst.start, 0)) from None
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InputError.one(where, Worded("is empty", "file_empty"))
    return text, encoding


def _strict(data: bytes, skip: int, codec: str, where: str) -> str:
    try:
        return data[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError.one(where, _bad_bytes(data, exc.start, skip)) from None


def _bad_bytes(data: bytes, start: int, skip: int) -> str:
    offset = start + skip
    line = data.count(b"\n", 0, offset) + 1
    shown = data[offset : offset + 4].hex(" ").upper()
    english = (
        f"line {line} (byte offset {offset}): bytes {shown} are neither UTF-8 nor GB18030; "
        f"{_SAVE_AS}"
    )
    return Worded(english, "bad_bytes", line=line, offset=offset, shown=shown)


def _binary_kind(data: bytes) -> str:
    if data.startswith(b"PK\x03\x04"):
        return Worded("an Excel workbook (.xlsx) or other zip file", "kind_zip")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return Worded("an old Excel workbook (.xls)", "kind_xls")
    if data.count(b"\x00") * 3 > len(data):
        return Worded("UTF-16 text without a byte-order mark", "kind_utf16")
    return Worded("binary file", "kind_binary")


# --- CSV -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CsvTable:
    """A CSV file read whole: header, non-blank rows with their line numbers, encoding."""

    path: Path
    encoding: str
    sha256: str
    header: tuple[str, ...]  # NFC-normalised, stripped
    header_row: int
    rows: list[tuple[int, list[str]]]  # (line number, NFC-normalised stripped cells)


def csv_rows(text: str, where: str, problems: list[Problem]) -> Iterator[tuple[int, list[str]]]:
    """Parse CSV text: (line where the record starts, stripped cells) per non-blank record.

    Unparseable records (unbalanced quotes, text after a closing quote) are added to
    `problems` and skipped, so one bad row does not hide the rest.
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=True, skipinitialspace=True)
    while True:
        start = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            what = _csv_problem(str(exc), start, reader.line_num)
            problems.append(Problem(row_where(where, start), what))
            continue
        cells = list(map(str.strip, record))
        if any(cells):
            yield start, cells


def _csv_problem(message: str, start: int, end: int) -> str:
    if "unexpected end of data" in message:
        return (
            f'a double quote (") opened in this row is never closed, so rows {start}-{end} '
            'ran together; a cell that starts with " must end with "'
        )
    if "expected after" in message:
        return (
            'text follows a closing double quote ("); put the whole cell in quotes and '
            'write each " inside it twice ("")'
        )
    if "field limit" in message:
        return 'a cell is longer than 131072 characters; probably an unclosed double quote (")'
    return f"cannot read this CSV row: {message}"


def read_csv_rows(path: Path) -> CsvTable:
    """Decode and parse a whole CSV file; the first non-blank record is the header."""
    decoded = decode_file(path)
    where = str(path)
    problems: list[Problem] = []
    # NFC of the whole text: comma, quote and newline never compose, so this equals per cell.
    records = list(csv_rows(nfc(decoded.text), where, problems))
    if problems:
        raise InputError(cap_problems(problems, where))
    if not records:
        raise InputError.one(where, NO_HEADER)
    header_row, header = records[0]
    return CsvTable(
        path=path,
        encoding=decoded.encoding,
        sha256=decoded.sha256,
        header=tuple(clean_header_cell(h) for h in header),
        header_row=header_row,
        rows=records[1:],
    )


def clean_header_cell(cell: str) -> str:
    return trimmed(cell).strip("\ufeff\u200b").strip()


def normalize_header(
    header: Sequence[str],
    aliases: Mapping[str, str],
    required: Sequence[str],
    optional: Sequence[str],
    where: str,
    *,
    cell_names: bool = False,
    extra: list[tuple[int, str]] | None = None,
) -> dict[str, int]:
    """Map header cells to canonical column names: {canonical name: column index}.

    With `extra`, named columns that are none of these are not errors but are added to
    it as (index, name), as long as the header is otherwise sound: a LIST may be a
    workbook `export` wrote, with the group, odds and digest beside the columns a LIST
    needs. When a required column is missing, they stay errors (one may be its typo).

    A cell matches a canonical name itself or one of its `aliases` (case does not
    matter). Empty cells after the last named column are allowed (Excel leaves them).
    InputError lists every missing, unknown, duplicated or unnamed column at once.
    Columns are numbered (column 3), or lettered as in a worksheet (`cell_names`: column C).
    """

    def number(index: int) -> str:
        return column_letter(index) if cell_names else str(index + 1)

    known = (*required, *optional)
    lookup = {name.lower(): name for name in known}
    lookup.update({alias.lower(): canonical for alias, canonical in aliases.items()})
    cells = [clean_header_cell(h) for h in header]
    width = max((i + 1 for i, cell in enumerate(cells) if cell), default=0)
    found: dict[str, int] = {}
    problems: list[Problem] = []
    accepted = accepted_columns(known, aliases)
    unknown: list[tuple[int, str, Problem]] = []
    for index, cell in enumerate(cells[:width]):
        column = f"column {number(index)}"
        col = number(index)
        if not cell:
            english = f"{column} has no name in the header row"
            problems.append(Problem(where, Worded(english, "column_unnamed", col=col)))
            continue
        canonical = lookup.get(cell.lower())
        if canonical is None:
            hint = _separator_hint(cell) if width == 1 else ""
            english = f"unknown {column} {cell!r}{hint}; accepted columns: {accepted}"
            problem = Problem(
                where,
                Worded(english, "unknown_column", col=col, cell=cell, hint=hint, accepted=accepted),
            )
            problems.append(problem)
            unknown.append((index, cell, problem))
        elif canonical in found:
            first = cells[found[canonical]]
            english = (
                f"{column} {cell!r} repeats column {number(found[canonical])} {first!r} "
                f"(both mean {canonical}); keep one"
            )
            fields = {"col": col, "cell": cell, "first_col": number(found[canonical])}
            fields |= {"first": first, "name": canonical}
            problems.append(Problem(where, Worded(english, "column_repeated", **fields)))
        else:
            found[canonical] = index
    missing = [name for name in required if name not in found]
    if extra is not None and unknown and not missing and len(problems) == len(unknown):
        extra.extend((index, cell) for index, cell, _ in unknown)
        return found
    if missing:
        names = ", ".join(_label(name, aliases) for name in missing)
        english = f"missing column {names}; accepted columns: {accepted}"
        worded = Worded(english, "column_missing", names=names, accepted=accepted)
        problems.append(Problem(where, worded))
    if problems:
        raise InputError(problems)
    return found


def _label(name: str, aliases: Mapping[str, str]) -> str:
    others = [alias for alias, canonical in aliases.items() if canonical == name]
    return " / ".join([name, *others])


def accepted_columns(names: Iterable[str], aliases: Mapping[str, str]) -> str:
    return "; ".join(_label(name, aliases) for name in names)


def _separator_hint(cell: str) -> str:
    for sep, label in (("\t", "tabs"), (";", "semicolons"), ("，", "full-width commas")):
        if sep in cell:
            english = f" (the columns seem separated by {label}; CSV needs ASCII commas)"
            return Worded(english, f"separated_by_{label.replace(' ', '_').replace('-', '_')}")
    return ""


def header_where(where: str, header_row: int) -> str:
    return Worded(f"{where}, header (row {header_row})", "header_at", file=where, row=header_row)


def line_where(where: str, line: int) -> str:
    return Worded(f"{where}, line {line}", "line_at", file=where, line=line)


def row_where(where: str, row: int) -> str:
    return Worded(f"{where}, row {row}", "row", file=where, row=row)


def stray_cells(cells: Sequence[str], width: int) -> str | None:
    """Why a row has values beyond the named columns, or None when it has not."""
    if len(cells) > width and any(cells[width:]):
        english = (
            f"has {len(cells)} cells but the header names {width} columns; "
            "a value containing a comma must be in double quotes"
        )
        return Worded(english, "stray_cells", n=len(cells), width=width)
    return None


def cap_problems(
    problems: Sequence[Problem], where: str, limit: int = MAX_PROBLEMS
) -> list[Problem]:
    """At most `limit` problems, then one line (at `where`) saying how many more there are."""
    if len(problems) <= limit:
        return list(problems)
    more = len(problems) - limit
    return [*problems[:limit], Problem(where, Worded(f"… and {more} more", "and_more", n=more))]


def column_letter(index: int) -> str:
    """Excel's name of the 0-based column `index`: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def row_problems(
    where: str, found: Iterable[tuple[int, int | None, str]], *, cell_names: bool = False
) -> list[Problem]:
    """Problems found on rows, one line per distinct message, naming its first few places.

    Each finding is (row, 0-based column or None, message). A worksheet (`cell_names`)
    names the cell (B17) when the column is known; a CSV file names the row.
    A million-row list with the same mistake on 70,000 rows gets one line, not 70,000.
    """
    places: dict[str, list[tuple[int, int | None]]] = {}
    for row, column, what in found:
        places.setdefault(what, []).append((row, column))
    problems = []
    for what, spots in sorted(places.items(), key=lambda item: item[1][0][0]):
        more = max(len(spots) - _ROWS_SHOWN, 0)
        if cell_names and spots[0][1] is not None:
            each = tuple(f"{column_letter(c or 0)}{r}" for r, c in spots[:_ROWS_SHOWN])
            shown = ", ".join(each)
            label, kind = shown, "cells"
        else:
            each = tuple(str(r) for r, _ in spots[:_ROWS_SHOWN])
            shown = ", ".join(each)
            label, kind = (f"row {shown}" if len(spots) == 1 else f"rows {shown}"), "rows"
        if more:
            label += f" and {more} more"
        worded = Worded(f"{where}, {label}", kind, file=where, places=each, more=more)
        problems.append(Problem(worded, what))
    return problems


def closest(text: str, choices: Iterable[str]) -> str | None:
    """The known name `text` most likely meant (a prefix, or a close spelling), else None."""
    pool = list(choices)
    starts = [c for c in pool if text and (c.startswith(text) or text.startswith(c))]
    close = starts or difflib.get_close_matches(text, pool, n=1, cutoff=0.5)
    return close[0] if close else None


def did_you_mean(text: str, choices: Iterable[str]) -> str:
    """' (did you mean X?)' for a close known name, else ''."""
    name = closest(text, choices)
    return Worded(f" (did you mean {name}?)", "near", name=name) if name else ""


def parse_when(text: str) -> tuple[dt.datetime, bool] | None:
    """A date (and maybe time) as typed in a cell, with whether it had a time; None if not."""
    match = _DATE.fullmatch(text)
    if match is None:
        return None
    year, month, day, hour, minute, second = match.groups()
    try:
        when = dt.datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
        )
    except ValueError:
        return None
    return when, hour is not None
