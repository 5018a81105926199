"""Loading a LIST: the target enterprises a group proposes, which `crossdraw validate` judges."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from crossdraw.domain.errors import InputError, Problem, Worded
from crossdraw.domain.geography import Geography
from crossdraw.domain.models import Enterprise
from crossdraw.domain.text import loose_key
from crossdraw.domain.uscc import LENGTH as USCC_LENGTH
from crossdraw.load.table import CellKind, Column, open_table
from crossdraw.load.textfile import (
    DATE_FORMS,
    cap_problems,
    closest,
    column_letter,
    did_you_mean,
    header_where,
    parse_when,
    row_problems,
)

Source = Literal["drawn", "suggested"]

LABELS: dict[str, str] = {
    "prefecture": "市州",
    "id": "统一社会信用代码",
    "source": "来源",
    "name": "企业名称",
    "start_date": "开始日期",
    "end_date": "结束日期",
}
REQUIRED = ("prefecture", "id", "source")
OPTIONAL = ("name", "start_date", "end_date")
ALIASES: dict[str, str] = {
    **{label: column for column, label in LABELS.items()},
    "被检查市州": "prefecture",
    "社会信用代码": "id",
    "信用代码": "id",
    "企业名": "name",
    "检查开始日期": "start_date",
    "检查结束日期": "end_date",
    "检查开始": "start_date",  # the export's own column names (exportfile.TARGET_HEADER)
    "检查结束": "end_date",
    "start": "start_date",
    "end": "end_date",
}
KINDS: dict[str, CellKind] = {"id": "id", "start_date": "date", "end_date": "date"}
KNOWN_HEADERS = frozenset(name.lower() for name in (*REQUIRED, *OPTIONAL, *ALIASES))
# Q7: drawn enterprises count toward the quotas, suggested ones never do.
SOURCES: dict[str, Source] = {
    "drawn": "drawn",
    "抽签": "drawn",
    "抽签确定": "drawn",
    "抽取": "drawn",
    "suggested": "suggested",
    "建议": "suggested",
    "市州建议": "suggested",
    "建议纳入": "suggested",
    "建议（不计数，q7）": "suggested",  # as `export` writes it (lower case: looked up so)
}


@dataclass(frozen=True)
class ListRow:
    """One proposed target enterprise (prefecture canonical, dates parsed)."""

    row: int
    prefecture: str
    id: str
    source: Source
    name: str
    start: dt.datetime | None
    end: dt.datetime | None
    all_day: bool  # the dates given had no time of day: whole days, inclusive


@dataclass(frozen=True)
class ListFile:
    """The rows of a LIST file, warnings (names differing from the enterprise list), encoding."""

    path: Path
    encoding: str
    sha256: str
    rows: tuple[ListRow, ...]
    warnings: tuple[Problem, ...]


def _label(column: str) -> str:
    return f"{LABELS[column]} ({column})"


def _whole_id(code: str, enterprises: Mapping[str, Enterprise]) -> str:
    """The id of the enterprise list that `code` is the end of (its start lost), else ''."""
    hint = _lost_leading(code, enterprises)
    found = re.search(r"[0-9A-Z]{18}", hint)
    return found.group(0) if found else ""


def _lost_leading(code: str, enterprises: Mapping[str, Enterprise]) -> str:
    """A hint when an id of the enterprise list ends with `code`: its start was lost."""
    if not code.isalnum() or len(code) >= USCC_LENGTH or len(code) < USCC_LENGTH - 3:
        return ""
    whole = sorted(i for i in enterprises if len(i) > len(code) and i.endswith(code))
    if len(whole) != 1:
        return ""
    return (
        f"；名单中有 {whole[0]}：开头的字符可能在存成数字或复制时丢了，请核对 "
        f"(the list has {whole[0]}: its leading characters may have been lost)"
    )


def _same_name(a: str, b: str) -> bool:
    # Full-width and half-width brackets and spaces are the same name to a reader.
    return loose_key(a) == loose_key(b)


def load_list(
    path: Path,
    geography: Geography,
    enterprises: Mapping[str, Enterprise],
    *,
    sheet: str | None = None,
) -> ListFile:
    """Read and check a LIST (CSV or a workbook) against the enterprise list; InputError lists all."""
    table = open_table(path, sheet=sheet, known=KNOWN_HEADERS)
    where = table.where
    extra: list[tuple[int, str]] = []
    columns = table.columns(ALIASES, REQUIRED, OPTIONAL, extra=extra)
    width = max([*columns.values(), *(index for index, _ in extra)]) + 1
    kinds: dict[int, Column] = {i: (KINDS.get(c, "text"), _label(c)) for c, i in columns.items()}
    known = geography.names()
    found: list[tuple[int, int | None, str]] = []
    warnings: list[Problem] = []
    first_row: dict[str, int] = {}
    rows: list[ListRow] = []
    for line, cells in table.rows(kinds):
        cells = cells + [""] * (width - len(cells))
        stray = table.stray(cells, width)
        if stray:  # the cells are shifted: checking them would only add noise
            found.append((line, *stray))
            continue
        errors: list[tuple[int | None, str]] = []
        value = {column: cells[index] for column, index in columns.items()}
        errors.extend(
            (columns[c], Worded(f"empty {_label(c)}", "empty", label=_label(c)))
            for c in REQUIRED
            if not value[c]
        )
        pref_text, code, source_text = value["prefecture"], value["id"], value["source"]
        name = value.get("name", "")
        prefecture = geography.resolve(pref_text) if pref_text else None
        if pref_text and prefecture is None:
            errors.append(
                (
                    columns["prefecture"],
                    Worded(
                        f"unknown {_label('prefecture')} {pref_text!r}"
                        f"{did_you_mean(pref_text, known)}; known: {', '.join(known)}",
                        "unknown_prefecture",
                        text=pref_text,
                        near=closest(pref_text, known) or "",
                        known=tuple(known),
                    ),
                )
            )
        enterprise = enterprises.get(code) if code else None
        if code and enterprise is None:
            hint = (
                " (it is there in capital letters)"
                if code.upper() in enterprises
                else _lost_leading(code, enterprises)
            )
            english = f"{_label('id')} {code} is not in the enterprise list{hint}"
            whole = _whole_id(code, enterprises)
            kind = "not_listed_capital" if code.upper() in enterprises else "not_listed"
            kind = "not_listed_leading" if whole and kind == "not_listed" else kind
            worded = Worded(english, kind, code=code, whole=whole)
            errors.append((columns["id"], worded))
        if (
            enterprise is not None
            and prefecture is not None
            and enterprise.prefecture != prefecture
        ):
            errors.append(
                (
                    columns["prefecture"],
                    Worded(
                        f"{code} is in {enterprise.prefecture} in the enterprise list "
                        f"(row {enterprise.row}), not {prefecture}",
                        "other_prefecture",
                        code=code,
                        listed=enterprise.prefecture,
                        row=enterprise.row,
                        given=prefecture,
                    ),
                )
            )
        if code and code in first_row:
            english = f"{_label('id')} {code} is also listed on row {first_row[code]}"
            worded = Worded(english, "listed_again", code=code, row=first_row[code])
            errors.append((columns["id"], worded))
        elif code:
            first_row[code] = line
        source = SOURCES.get(source_text.lower()) if source_text else None
        if source_text and source is None:
            errors.append(
                (
                    columns["source"],
                    Worded(
                        f"{_label('source')} {source_text!r} is neither 抽签 (drawn) nor 建议 "
                        "(suggested)",
                        "bad_source",
                        text=source_text,
                    ),
                )
            )
        start, end, all_day = _dates(
            value.get("start_date", ""), value.get("end_date", ""), columns, errors
        )
        if enterprise is not None and name and not _same_name(name, enterprise.name):
            warnings.append(
                Problem(
                    table.at(line, columns.get("name")),
                    Worded(
                        f"{_label('name')} {name!r} differs from {enterprise.name!r} in the "
                        f"enterprise list for {code}; check the id",
                        "name_differs",
                        name=name,
                        listed=enterprise.name,
                        code=code,
                    ),
                )
            )
        if errors:
            found.extend((line, column, what) for column, what in errors)
        elif prefecture is not None and source is not None:
            rows.append(ListRow(line, prefecture, code, source, name, start, end, all_day))
    found.extend(table.found)
    if extra:  # one note for all of them, never one per row
        warnings.insert(
            0, Problem(header_where(where, table.header_row), ignored_note(extra, table.cell_names))
        )
    problems = [*table.problems, *row_problems(where, found, cell_names=table.cell_names)]
    if problems:
        raise InputError(cap_problems(problems, where))
    return ListFile(
        path=table.path,
        encoding=table.encoding,
        sha256=table.sha256,
        rows=tuple(rows),
        warnings=tuple(cap_problems([*table.warnings, *warnings], where)),
    )


def ignored_note(extra: list[tuple[int, str]], cell_names: bool) -> str:
    """The note that names the columns a LIST reader left aside (zh, then en)."""
    columns = "、".join(
        f"{column_letter(i) if cell_names else i + 1} {name!r}" for i, name in extra
    )
    return (
        f"已忽略与名单无关的 {len(extra)} 列：{columns}（这些列不影响检查）"
        f"; {len(extra)} column(s) a LIST does not use were ignored"
    )


def _dates(
    start_text: str,
    end_text: str,
    columns: Mapping[str, int],
    errors: list[tuple[int | None, str]],
) -> tuple[dt.datetime | None, dt.datetime | None, bool]:
    """Parse the optional visit dates; all_day is True unless a time of day was given.

    This is the one place a visit that ends before it starts is caught (an input
    error); the rule engine is only ever given visits in order.
    """
    parsed: dict[str, tuple[dt.datetime, bool] | None] = {}
    for column, text in (("start_date", start_text), ("end_date", end_text)):
        parsed[column] = parse_when(text) if text else None
        if text and parsed[column] is None:
            errors.append(
                (
                    columns.get(column),
                    f"{_label(column)} {text!r} is not a date; write it like {DATE_FORMS}",
                )
            )
    start, end = parsed["start_date"], parsed["end_date"]
    if start is None or end is None:
        given = start or end
        return (
            start[0] if start else None,
            end[0] if end else None,
            not (given and given[1]),
        )
    if start[1] != end[1]:
        errors.append(
            (
                columns.get("end_date"),
                f"only one of {_label('start_date')} and {_label('end_date')} has a time of "
                "day; give both times or neither",
            )
        )
        return start[0], end[0], False
    all_day = not (start[1] or end[1])
    backwards = end[0].date() < start[0].date() if all_day else end[0] < start[0]
    if backwards:
        errors.append(
            (
                columns.get("end_date"),
                f"{_label('end_date')} {end_text} is before {_label('start_date')} {start_text}",
            )
        )
    return start[0], end[0], all_day
