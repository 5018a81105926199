"""One table reader for every list people hand in: CSV files and workbooks alike.

The loaders (enterprise list, LIST, exclusion list) check rows of text whatever the
file was, so CSV and Excel share one row checker: a title above the header, Chinese or
English column names and cell addresses in messages (`B17`) work the same for each.
The accidents Excel makes of a list are caught here, where the cells are read: an id
Excel made a number (or saved as 9.14303E+17), a date kept as a serial, merged cells,
hidden rows. Each is recovered with a warning or refused with the cell's address and
what to do, never silently changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import operator
import re
import unicodedata
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from crossdraw.domain.errors import InputError, Problem, Worded, folder_given, unreadable
from crossdraw.domain.text import nfc, trimmed
from crossdraw.load import workbook
from crossdraw.load.textfile import (
    DATE_FORMS,
    NO_HEADER,
    clean_header_cell,
    column_letter,
    csv_rows,
    decode_file,
    header_where,
    normalize_header,
    parse_when,
    row_problems,
    row_where,
    stray_cells,
)

CellKind = Literal["text", "id", "date"]
Column = tuple[CellKind, str]  # (what the column holds, its label for messages)
HEADER_SEARCH_ROWS = 30  # a header below a title (and notes) is found within these rows
_MAX_SERIAL = 2958466  # Excel's last date, 9999-12-31, is serial 2958465
_EXACT_DIGITS = 15  # Excel keeps 15 significant digits of a number
_EPOCH = dt.datetime(1899, 12, 30)  # Excel's day 0 (of the 1900 date system)
# A number as Excel shows it in scientific notation (9.14303E+17), saved so as text.
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:\.\d*)?[Ee][+-]?\d+")
# In cells joined by line breaks, a cell that is, trimmed, a number in scientific
# notation; possessive, so that no id is backtracked over. _EXPONENT finds candidates.
_SCIENTIFIC_CELL = re.compile(r"^\s*+[+-]?\d++(?:\.\d*+)?[Ee][+-]?\d++\s*+$", re.MULTILINE)
_EXPONENT = re.compile(r"[Ee][+-]?\d+\s*$", re.MULTILINE)
_AS_TEXT = "请把该列设为“文本”格式，再重新输入或粘贴原始内容"


@dataclass
class Table:
    """A list's header and its rows of text cells, with where each came from."""

    path: Path
    where: str  # the file, or "FILE, sheet NAME"
    encoding: str  # "UTF-8", "GB18030", … or the workbook's format: "xlsx", "xls", "ods"
    sha256: str  # of the file's bytes
    header: tuple[str, ...]
    header_row: int
    cell_names: bool  # a worksheet: messages name cells (B17), not rows
    records: Iterator[tuple[int, list[Any]]]  # rows after the header, raw
    problems: list[Problem] = field(default_factory=list)  # found reading (CSV syntax, merges)
    found: list[tuple[int, int | None, str]] = field(default_factory=list)  # bad cells
    warnings: list[Problem] = field(default_factory=list)  # cells recovered, sheet chosen
    text: str | None = None  # a CSV file's text (NFC), for the bulk reader of clean lists
    grid: list[list[Any]] | None = field(default=None, repr=False)  # a worksheet's rows from A1
    # A worksheet's cells after the header as text (NFC), a column at a time, set by
    # `typed`: what the bulk reader reads of a worksheet.
    text_columns: list[Sequence[str]] | None = field(default=None, repr=False)

    def at(self, row: int, column: int | None = None) -> str:
        """Where a row (or, in a worksheet, a cell) is, for a message."""
        if self.cell_names and column is not None:
            cell = f"{column_letter(column)}{row}"
            return Worded(f"{self.where}, {cell}", "cell_at", file=self.where, cell=cell)
        return row_where(self.where, row)

    def columns(
        self,
        aliases: Mapping[str, str],
        required: Sequence[str],
        optional: Sequence[str],
        *,
        extra: list[tuple[int, str]] | None = None,
    ) -> dict[str, int]:
        """The header's columns by canonical name; every header problem located here.
        With `extra`, other named columns are gathered there instead (normalize_header)."""
        try:
            return normalize_header(
                self.header,
                aliases,
                required,
                optional,
                header_where(self.where, self.header_row),
                cell_names=self.cell_names,
                extra=extra,
            )
        except InputError as exc:  # merged header cells explain the unnamed columns
            raise InputError([*self.problems, *exc.problems]) from None

    def stray(self, cells: Sequence[str], width: int) -> tuple[int | None, str] | None:
        """(column, why) when a row has values beyond the named columns, else None."""
        if not self.cell_names:
            what = stray_cells(cells, width)
            return None if what is None else (None, what)
        index = next((i for i in range(width, len(cells)) if cells[i]), None)
        if index is None:
            return None
        letter = column_letter(index)
        return index, (
            f"{letter} 列在表头中没有列名，但这里有内容 {cells[index]!r}：请删除它，或在表头写上列名 "
            f"(column {letter} has no name in the header row; delete the value or name the column)"
        )

    def typed(self, columns: Mapping[int, Column]) -> None:
        """Give the bulk reader a worksheet's cells after the header as text columns
        (`text_columns`): numbers, dates and yes/no cells made text a column at a time,
        every text NFC, as a CSV list's text is.

        A column of text cells only (most are: calamine gives text as str) is taken as
        it is, checked with two C-level passes over its joined text (a number in
        scientific notation in an id column, text not in NFC). Nothing is set when a
        cell cannot be turned into text faithfully: the row checker then converts the
        rows one by one and names the cell.
        """
        grid = self.grid
        if self.text_columns is not None or grid is None or self.problems:
            return
        first = self.header_row
        body = grid[first:]
        if not body or len(set(map(len, body))) != 1:
            return
        # A column at a time (zip(*body) walks 100,000 row iterators: twice as slow).
        converted: list[Sequence[str]] = [
            list(map(operator.itemgetter(index), body)) for index in range(len(body[0]))
        ]
        warnings: list[tuple[int, int, str]] = []
        for index, cells in enumerate(converted):
            kind, label = columns.get(index, ("text", f"column {column_letter(index)}"))
            try:
                joined = "\n".join(cells)  # str.join takes text only
            except TypeError:
                texts = []
                for offset, value in enumerate(cells):
                    if type(value) is str:
                        texts.append(value)
                        continue
                    shown, problem, warning = cell_text(value, kind, label)
                    if problem is not None:
                        return
                    if warning is not None:
                        warnings.append((first + offset + 1, index, warning))
                    texts.append(shown)
                cells = texts
                joined = "\n".join(cells)
            if kind == "id" and _EXPONENT.search(joined) and _SCIENTIFIC_CELL.search(joined):
                return  # the row checker names the id Excel showed as 9.14303E+17
            if not unicodedata.is_normalized("NFC", joined):
                cells = list(map(nfc, cells))
            converted[index] = cells
        self.text_columns = converted
        self.records = _text_rows(converted, first)
        self.warnings.extend(Problem(self.at(r, c), what) for r, c, what in sorted(warnings))

    def rows(self, columns: Mapping[int, Column]) -> Iterator[tuple[int, list[str]]]:
        """Non-blank rows as text cells, converted by what `columns` say they hold.

        A row with a cell that cannot be turned into text faithfully is left out and
        its cells are added to `found`, so the row checker does not report noise.
        """
        if self.cell_names:
            return self._converted(columns)
        typed = {i: c for i, c in columns.items() if c[0] != "text"}
        return self._converted(typed, only=sorted(typed)) if typed else self.records

    def _converted(
        self, columns: Mapping[int, Column], only: Sequence[int] | None = None
    ) -> Iterator[tuple[int, list[str]]]:
        for number, values in self.records:
            cells: list[str] = list(values) if only is not None else []
            bad = False
            for index in range(len(values)) if only is None else only:
                if index >= len(values):
                    break
                value = values[index]
                kind, label = columns.get(index, ("text", f"column {column_letter(index)}"))
                text, problem, warning = cell_text(value, kind, label)
                if problem is not None:
                    self.found.append((number, index, problem))
                    bad = True
                if warning is not None:
                    self.warnings.append(Problem(self.at(number, index), warning))
                if only is None:
                    cells.append(text)
                else:
                    cells[index] = text
            if not bad and any(cells):
                yield number, cells


def open_table(path: Path, *, sheet: str | None = None, known: Collection[str] = ()) -> Table:
    """Read the header of a CSV file or of a workbook's sheet (.xlsx, .xls, .ods…).

    `known` are the column names (lower case) the caller accepts: the header is the
    first of the top rows naming at least two of them (a title row or merged title cells
    may sit above it), else the first non-blank row. Without `sheet`, a workbook's first
    worksheet with such a header is read (a cover page before the list is passed over).
    """
    if workbook.is_workbook(path):
        return _open_sheet(path, sheet, known)
    if sheet is not None:
        english = (
            f"{path} 不是工作簿，--sheet 只用于 Excel 或 WPS 工作簿 "
            f"({path} is not a workbook (.xlsx, .xls, .ods); --sheet names a sheet of a workbook)"
        )
        raise InputError.one("--sheet", Worded(english, "sheet_not_workbook", path=str(path)))
    return _open_csv(path, known)


def _open_csv(path: Path, known: Collection[str] = ()) -> Table:
    decoded = decode_file(path)
    where = str(path)
    problems: list[Problem] = []
    text = nfc(decoded.text)
    records = _records_after_header(text, where, problems, known)
    first = next(records, None)
    if first is None:
        raise InputError(problems or [Problem(where, NO_HEADER)])
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
        text=None if _scientific_in(text) else text,
    )


def _scientific_in(text: str) -> bool:
    """Whether a cell may hold a number in scientific notation (9.14303E+17): the row
    checker names such an id, so the bulk reader is not given the text."""
    return ("E+" in text or "e+" in text) and _SCIENTIFIC.search(text) is not None


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
        raise folder_given(where)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise unreadable(where, exc) from None


def _open_sheet(path: Path, sheet: str | None, known: Collection[str]) -> Table:
    early = workbook.taken(path)
    if early is not None:
        data, book, ready = early
    else:
        data = _read_bytes(path)
        book = workbook.Book(path, data)
        ready = {}
    if sheet is not None and sheet not in book.names:
        shown = ", ".join(repr(n) for n in book.names)
        english = f"没有名为 {sheet!r} 的工作表 (has no sheet {sheet!r}); its sheets: {shown}"
        no_sheet = Worded(english, "no_sheet", sheet=sheet, shown=shown)
        raise InputError.one(str(path), no_sheet)
    first: tuple[workbook.Sheet, Header | None] | None = None
    for title in [sheet] if sheet is not None else book.names:
        found = ready.pop(title, None) or book.read(title)
        header = _header_of(found.rows, known)
        first = first or (found, header)
        if header is not None and header[2]:
            break
    else:  # no sheet has a header naming known columns: the first one is reported on
        assert first is not None
        found, header = first
    where = book.sheet_where(found.title)
    if header is None:
        rest = any(any(map(_blank_free, values)) for values in found.rows)
        what = f"has nothing in its first {HEADER_SEARCH_ROWS} rows" if rest else "is empty"
        zh = f"前 {HEADER_SEARCH_ROWS} 行是空的" if rest else "是空的"
        english = f"{zh}：没有表头，也没有数据 ({what}: no header row and no data)"
        kind = "sheet_blank_top" if rest else "sheet_empty"
        raise InputError.one(where, Worded(english, kind, n=HEADER_SEARCH_ROWS))
    index, values, _ = header
    notes = []
    if sheet is None and len(book.names) > 1:
        notes.append(_sheet_note(book, found.title))
    table = Table(
        path=path,
        where=where,
        encoding=workbook.kind(path),
        sha256=hashlib.sha256(data).hexdigest(),
        header=tuple(_header_text(v) for v in values),
        header_row=index + 1,
        cell_names=True,
        records=iter(()),
        warnings=notes,
    )
    rows = found.rows
    while len(rows) > index + 1 and not any(map(_blank_free, rows[-1])):
        rows.pop()  # empty rows at the end (spaces, or cells once filled)
    table.problems.extend(_merged_problems(where, found.merged, index))
    covered = {r for r0, _, r1, _ in found.merged if r1 >= index for r in range(r0, r1 + 1)}
    hidden = sorted(
        n for n in found.hidden if index + 1 < n <= len(rows) and any(map(_blank_free, rows[n - 1]))
    )
    if hidden:
        table.problems.extend(row_problems(where, ((n, None, _HIDDEN) for n in hidden)))
    after = range(index + 1, len(rows))
    table.records = ((i + 1, rows[i]) for i in after if i not in covered)
    table.grid = rows
    return table


_HIDDEN = (
    "这些行在工作表中被隐藏或被筛选掉了，但隐藏的行同样会被读取、参加抽签：请取消隐藏"
    "（全选 → 右键 → 取消隐藏）并清除筛选，确认这些企业都应在名单中；不应在名单中的请删除这些行 "
    "(hidden or filtered-out rows are read like any other: unhide them and check them; "
    "delete the rows that are not to be in the list)"
)


Header = tuple[int, list[Any], bool]  # 0-based row, its values, whether it names known columns


def _header_of(rows: list[list[Any]], known: Collection[str]) -> Header | None:
    """(0-based row, its values, whether it names known columns) of a sheet's header."""
    filled = [
        (i, values)
        for i, values in enumerate(rows[:HEADER_SEARCH_ROWS])
        if any(map(_blank_free, values))
    ]
    if not filled:
        return None
    wanted = min(2, len(known)) or 1
    named = next(((i, v) for i, v in filled if _named(v, known) >= wanted), None)
    if named is not None:
        return named[0], named[1], True
    return filled[0][0], filled[0][1], False


def _sheet_note(book: workbook.Book, title: str) -> Problem:
    position = book.names.index(title) + 1
    before = book.names[: position - 1]
    skipped = (
        f"；前面的工作表 {'、'.join(before)} 中没有表头 (no header row in {', '.join(before)})"
        if before
        else ""
    )
    english = (
        f"读取的是工作表“{title}”（第 {position} 个，共 {len(book.names)} 个）{skipped} "
        f"(read sheet {title!r}, {position} of {len(book.names)})"
    )
    kind = "sheet_read_after" if before else "sheet_read"
    fields = {"title": title, "position": position, "count": len(book.names)}
    fields |= {"before": tuple(before)}
    return Problem(book.where, Worded(english, kind, **fields))


def _merged_problems(
    where: str, merged: list[tuple[int, int, int, int]], header: int
) -> list[Problem]:
    """Merged cells from the header down: only the first cell holds the value."""
    problems = []
    for r0, c0, r1, c1 in sorted(merged):
        if r1 < header:
            continue  # a merged title above the header
        first = f"{column_letter(c0)}{r0 + 1}"
        box = f"{first}:{column_letter(c1)}{r1 + 1}"
        problems.append(
            Problem(
                Worded(f"{where}, {box}", "cell_at", file=where, cell=box),
                Worded(
                    f"是合并单元格：只有 {first} 有内容，其余是空的。请选中这些单元格，点“合并后居中”"
                    f"取消合并，再把内容填进每一个单元格 (merged cells: only {first} holds the "
                    "value; unmerge them and fill in every cell)",
                    "merged",
                    first=first,
                ),
            )
        )
    return problems


def _header_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_header_cell(value if isinstance(value, str) else str(value))


def _text_rows(columns: list[Sequence[str]], header: int) -> Iterator[tuple[int, list[Any]]]:
    """The rows of `columns` (a worksheet's text columns) numbered from after the header,
    made only when the row checker asks for them."""
    for k, row in enumerate(zip(*columns)):
        yield header + k + 1, list(row)


def _blank_free(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _named(values: Sequence[Any], known: Collection[str]) -> int:
    return sum(1 for v in values if isinstance(v, str) and clean_header_cell(v).lower() in known)


# --- a cell's value as text ----------------------------------------------------------------


def cell_text(value: Any, kind: CellKind, label: str) -> tuple[str, str | None, str | None]:
    """(text, problem, warning) for one cell of a column holding `kind`.

    A worksheet's cell is a str, a number, a bool, a date or a time; a CSV file's is a str.
    """
    if isinstance(value, str):
        text = trimmed(value)
        if kind == "id" and _SCIENTIFIC.fullmatch(text):
            return "", _scientific_id(label, text), None
        if kind == "date" and text and parse_when(text) is None:
            return _date_from_text(text, label)
        return text, None, None
    if value is None:
        return "", None, None
    if isinstance(value, bool):
        if kind == "text":
            return ("true" if value else "false"), None, None
        what = "TRUE" if value else "FALSE"
        return (
            "",
            Worded(
                f"{label} 是逻辑值 {what}，不是{_noun_zh(kind)} (is {what}, not a {_noun(kind)})",
                f"cell_bool_{kind}",
                label=label,
                what=what,
            ),
            None,
        )
    if isinstance(value, dt.datetime | dt.date):
        if kind == "date":
            return when_text(value), None, None
        shown = when_text(value)
        return (
            "",
            Worded(
                f"{label} 被 Excel 变成了日期 {shown}：{_AS_TEXT} "
                f"(holds the date {shown}: Excel turned it into one; format the column as 文本 "
                "(text) and type it again)",
                "cell_made_date",
                label=label,
                shown=shown,
            ),
            None,
        )
    if isinstance(value, int | float):
        if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
            value = int(value)
        return _number_text(value, kind, label)
    if isinstance(value, dt.time | dt.timedelta):
        return (
            "",
            Worded(
                f"{label} 是时间 {value}，不是{_noun_zh(kind)} (holds a time ({value}), not a "
                f"{_noun(kind)})",
                f"cell_time_{kind}",
                label=label,
                value=str(value),
            ),
            None,
        )
    return str(value), None, None


def _noun(kind: CellKind) -> str:
    return {"text": "text", "id": "code", "date": "date"}[kind]


def _noun_zh(kind: CellKind) -> str:
    return {"text": "文字", "id": "代码", "date": "日期"}[kind]


def when_text(value: dt.date) -> str:
    """A date or date-time as the loaders read dates: 2021-03-02 or 2021-03-02 09:30."""
    if isinstance(value, dt.datetime) and value.time() != dt.time():
        return value.strftime("%Y-%m-%d %H:%M:%S" if value.second else "%Y-%m-%d %H:%M")
    return value.strftime("%Y-%m-%d")


def _shown(value: float) -> str:
    """A number as Excel shows it in a General cell: 15 significant digits, 9.14303E+17."""
    return str(value) if isinstance(value, int) and abs(value) < 10**11 else f"{value:.15G}"


def _scientific_id(label: str, text: str) -> str:
    english = (
        f"{label} 是科学计数法的数字 {text}：Excel 把代码当成数字显示成这样并照此保存，原来的代码"
        "已经丢失。请在原始表格中把该列设为“文本”格式，重新输入代码后再保存 "
        f"(is the number {text} in scientific notation: Excel showed the code as a number and "
        "saved it so, and the code is lost; format the column as 文本 (text), type the codes "
        "again and save)"
    )
    return Worded(english, "cell_scientific", label=label, text=text)


def _number_text(value: float, kind: CellKind, label: str) -> tuple[str, str | None, str | None]:
    shown = _shown(value)
    if kind == "id":
        if abs(value) >= 10**_EXACT_DIGITS:
            return (
                "",
                Worded(
                    f"{label} 存成了数字 {shown}：Excel 的数字只保留 {_EXACT_DIGITS} 位有效数字，"
                    f"18 位的代码已经变了。{_AS_TEXT} (is stored as the number "
                    f"{shown}: Excel keeps only {_EXACT_DIGITS} digits of a number, so the "
                    "18-character code is lost; format the column as 文本 (text) and type it "
                    "again)",
                    "cell_id_number_long",
                    label=label,
                    shown=shown,
                    digits=_EXACT_DIGITS,
                ),
                None,
            )
        return (
            "",
            Worded(
                f"{label} 存成了数字 {shown}：数字会去掉开头的 0 等字符，代码可能已经不完整。"
                f"{_AS_TEXT} (is stored as the number {shown}: a number drops "
                "leading zeros, so the code may be cut short; format the column as 文本 (text) "
                "and type it again)",
                "cell_id_number",
                label=label,
                shown=shown,
            ),
            None,
        )
    if kind == "date":
        return _date_from_number(value, label)
    if abs(value) >= 10**_EXACT_DIGITS:
        return (
            "",
            Worded(
                f"{label} 存成了数字 {shown}：Excel 的数字只保留 {_EXACT_DIGITS} 位有效数字。"
                f"{_AS_TEXT} (is stored as the number {shown}: Excel keeps only "
                f"{_EXACT_DIGITS} digits of a number; format the column as 文本 (text) and type "
                "it again)",
                "cell_number_long",
                label=label,
                shown=shown,
                digits=_EXACT_DIGITS,
            ),
            None,
        )
    return (str(value) if isinstance(value, int) else repr(value)), None, None


def _date_from_number(value: float, label: str) -> tuple[str, str | None, str | None]:
    shown = _shown(value)
    if isinstance(value, int) and 19000101 <= value <= 99991231:  # typed as 20210302
        parsed = parse_when(f"{value // 10000}-{value // 100 % 100}-{value % 100}")
        if parsed is not None:
            text = when_text(parsed[0])
            return (
                text,
                None,
                Worded(
                    f"{label} 写成了数字 {shown}，读作 {text} (was typed as the number {shown}; "
                    f"read as {text})",
                    "cell_date_typed",
                    label=label,
                    shown=shown,
                    text=text,
                ),
            )
    when = excel_serial(value, _EPOCH)
    if when is None:
        return (
            "",
            Worded(
                f"{label} 是数字 {shown}，不是日期：请写成 2021-06-01 这样的日期 (is the number "
                f"{shown}, not a date; write it like {DATE_FORMS})",
                "cell_number_not_date",
                label=label,
                shown=shown,
            ),
            None,
        )
    text = when_text(when)
    return (
        text,
        None,
        (
            Worded(
                f"{label} 存成了数字 {shown}，按 Excel 的日期读作 {text}；请把该列设为“日期”格式 "
                f"(was stored as the number {shown}; read as the Excel date {text}. Format the "
                "column as a date (日期))",
                "cell_date_serial",
                label=label,
                shown=shown,
                text=text,
            )
        ),
    )


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _date_from_text(text: str, label: str) -> tuple[str, str | None, str | None]:
    """A date column's text that is no date as written: Excel's number for it, or not a date."""
    if _NUMBER.fullmatch(text):
        number = float(text)
        return _date_from_number(int(number) if number.is_integer() else number, label)
    return text, None, None  # the row checker says it is not a date


def excel_serial(value: float, epoch: dt.datetime) -> dt.datetime | None:
    """The date-time an Excel date serial stands for, or None when out of Excel's range."""
    if not 0 < value < _MAX_SERIAL:
        return None
    if epoch == dt.datetime(1899, 12, 30) and value < 60:
        value += 1  # Excel counts a 29 February 1900 that never was
    when = epoch + dt.timedelta(days=value)
    return (when + dt.timedelta(microseconds=500_000)).replace(microsecond=0)
