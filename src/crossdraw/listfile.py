"""Loading a LIST: the target enterprises a group proposes, which `crossdraw validate` judges."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from crossdraw.errors import InputError, Problem
from crossdraw.geography import Geography
from crossdraw.models import Enterprise
from crossdraw.textfile import (
    cap_problems,
    did_you_mean,
    header_where,
    normalize_header,
    read_csv_rows,
    row_problems,
    row_where,
    stray_cells,
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
    "start": "start_date",
    "end": "end_date",
}
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
}
_DATE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:(?:\s+|T)(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?"
)
DATE_FORMS = "2021-06-01, 2021/06/01 or 2021-06-01 09:00"


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


def parse_when(text: str) -> tuple[dt.datetime, bool] | None:
    """A date (and maybe time) as typed in a LIST, with whether it had a time; None if not."""
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


def _same_name(a: str, b: str) -> bool:
    # Full-width and half-width brackets and spaces are the same name to a reader.
    def key(text: str) -> str:
        return "".join(unicodedata.normalize("NFKC", text).split())

    return key(a) == key(b)


def load_list(path: Path, geography: Geography, enterprises: Mapping[str, Enterprise]) -> ListFile:
    """Read and check a LIST CSV against the enterprise list; InputError lists every problem."""
    table = read_csv_rows(path)
    where = str(path)
    columns = normalize_header(
        table.header, ALIASES, REQUIRED, OPTIONAL, header_where(where, table.header_row)
    )
    width = max(columns.values()) + 1
    known = geography.names()
    found: list[tuple[int, str]] = []
    warnings: list[Problem] = []
    first_row: dict[str, int] = {}
    rows: list[ListRow] = []
    for line, cells in table.rows:
        cells = cells + [""] * (width - len(cells))
        stray = stray_cells(cells, width)
        if stray:  # the cells are shifted: checking them would only add noise
            found.append((line, stray))
            continue
        errors: list[str] = []
        value = {column: cells[index] for column, index in columns.items()}
        errors.extend(f"empty {_label(c)}" for c in REQUIRED if not value[c])
        pref_text, code, source_text = value["prefecture"], value["id"], value["source"]
        name = value.get("name", "")
        prefecture = geography.resolve(pref_text) if pref_text else None
        if pref_text and prefecture is None:
            errors.append(
                f"unknown {_label('prefecture')} {pref_text!r}{did_you_mean(pref_text, known)}; "
                f"known: {', '.join(known)}"
            )
        enterprise = enterprises.get(code) if code else None
        if code and enterprise is None:
            capital = " (it is there in capital letters)" if code.upper() in enterprises else ""
            errors.append(f"{_label('id')} {code} is not in the enterprise list{capital}")
        if (
            enterprise is not None
            and prefecture is not None
            and enterprise.prefecture != prefecture
        ):
            errors.append(
                f"{code} is in {enterprise.prefecture} in the enterprise list "
                f"(row {enterprise.row}), not {prefecture}"
            )
        if code and code in first_row:
            errors.append(f"{_label('id')} {code} is also listed on row {first_row[code]}")
        elif code:
            first_row[code] = line
        source = SOURCES.get(source_text.lower()) if source_text else None
        if source_text and source is None:
            errors.append(
                f"{_label('source')} {source_text!r} is neither 抽签 (drawn) nor 建议 (suggested)"
            )
        start, end, all_day = _dates(value.get("start_date", ""), value.get("end_date", ""), errors)
        if enterprise is not None and name and not _same_name(name, enterprise.name):
            warnings.append(
                Problem(
                    row_where(where, line),
                    f"{_label('name')} {name!r} differs from {enterprise.name!r} in the enterprise "
                    f"list for {code}; check the id",
                )
            )
        if errors:
            found.extend((line, what) for what in errors)
        elif prefecture is not None and source is not None:
            rows.append(ListRow(line, prefecture, code, source, name, start, end, all_day))
    if found:
        raise InputError(cap_problems(row_problems(where, found), where))
    return ListFile(
        path=path,
        encoding=table.encoding,
        sha256=table.sha256,
        rows=tuple(rows),
        warnings=tuple(cap_problems(warnings, where)),
    )


def _dates(
    start_text: str, end_text: str, errors: list[str]
) -> tuple[dt.datetime | None, dt.datetime | None, bool]:
    """Parse the optional visit dates; all_day is True unless a time of day was given."""
    parsed: dict[str, tuple[dt.datetime, bool] | None] = {}
    for column, text in (("start_date", start_text), ("end_date", end_text)):
        parsed[column] = parse_when(text) if text else None
        if text and parsed[column] is None:
            errors.append(f"{_label(column)} {text!r} is not a date; write it like {DATE_FORMS}")
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
            f"only one of {_label('start_date')} and {_label('end_date')} has a time of day; "
            "give both times or neither"
        )
        return start[0], end[0], False
    all_day = not (start[1] or end[1])
    backwards = end[0].date() < start[0].date() if all_day else end[0] < start[0]
    if backwards:
        errors.append(
            f"{_label('end_date')} {end_text} is before {_label('start_date')} {start_text}"
        )
    return start[0], end[0], all_day
