"""Reading a clean CSV enterprise list in bulk, a column at a time (E1, E2).

A provincial list can hold a million rows, nearly all of them clean. The row checker
(`enterprises._check`) runs a Python loop per row; this reader proves the same list
clean with passes of C-level operations over blocks of rows, judges each distinct
combination of prefecture, county, sector, tags, E2 and date cells once, and keeps one
shared `Combination` per row instead of seven strings. Enterprises are built only
when asked for, and only those of the prefectures asked for.

It gives up (returns None) at anything the row checker would report as an error (a
hidden character included), and at CSV shapes it does not handle (a record over several lines, a blank or short row,
a header wider than its columns), so every error message stays the row checker's.
Warnings (an id that is not a valid USCC, an id registered in another county) are
made here with the row checker's own functions and texts, in row order.

Kept because it saves over 20% of a draw's time and memory on a large list: figure 5
of `make bench`, its gain in docs/PERFORMANCE.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import itertools
import operator
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, repeat
from typing import Any, cast

from crossdraw.domain import uscc
from crossdraw.domain.errors import Problem
from crossdraw.domain.geography import County, Prefecture
from crossdraw.domain.hidden import hidden_character
from crossdraw.domain.models import Enterprise
from crossdraw.domain.vocab import BUILDING_MATERIALS_SECTOR, SECTORS
from crossdraw.load.cells import (
    Lookups,
    division_mismatch,
    invalid_uscc,
)
from crossdraw.load.table import Table

# Rows (csv.reader) or characters (a plain list) read and checked at a time: big
# enough for C speed, small enough that the memory of one block is reused by the next.
BLOCK = 8192
BLOCK_CHARS = 1 << 16
# The cells judged by combination, in this order; `id` and `name` are kept per row.
_COMBINED = ("prefecture", "county", "sector", "tags", "provincial_direct", "last_inspected")
_FIELD_LIMIT = 131072  # csv.reader's default limit on a cell


@dataclass(frozen=True, slots=True, eq=False)
class Combination:
    """What one distinct combination of a row's cells (other than id and name) means."""

    pref: Prefecture
    county: County
    division: str  # the county's code (GB/T 2260), "" when the geography gives none
    sector: str
    tags: tuple[str, ...]
    direct: bool
    last: dt.date | None
    risk: str


class ColumnRows:
    """A clean list's rows as columns; enterprises are built on demand."""

    def __init__(
        self,
        ids: list[str],
        names: list[str],
        combos: list[Combination],
        distinct: Sequence[Combination],
        first_line: int,
    ) -> None:
        self.ids = ids
        self.names = names
        self.combos = combos  # one per row, shared
        self.distinct = distinct  # each combination once
        self.first_line = first_line

    def __len__(self) -> int:
        return len(self.ids)

    def _build(self, index: int) -> Enterprise:
        c = self.combos[index]
        return Enterprise(
            self.ids[index],
            self.names[index],
            c.pref.name,
            c.county.name,
            c.sector,
            c.tags,
            c.direct,
            self.first_line + index,
            c.last,
            c.risk,
        )

    def all(self) -> tuple[Enterprise, ...]:
        return tuple(map(self._build, range(len(self.ids))))

    def in_prefecture(self, name: str) -> tuple[Enterprise, ...]:
        mine = {id(c) for c in self.distinct if c.pref.name == name}
        picked = compress(range(len(self.ids)), map(mine.__contains__, map(id, self.combos)))
        return tuple(map(self._build, picked))


class _GiveUp(Exception):
    """The row checker must read this list."""


Block = tuple[list[str], list[str], list[Any]]  # ids, names, keys of the other cells


def read_clean(
    table: Table, columns: Mapping[str, int], look: Lookups, *, strict: bool
) -> tuple[ColumnRows, list[Problem]] | None:
    """The rows and warnings of a clean CSV list, or None when the row checker must read it."""
    width = max(columns.values()) + 1
    text = table.text
    if (text is None and table.text_columns is None) or len(table.header) != width:
        return None
    first_line = table.header_row + 1
    blocks: Iterator[Block]
    cells: Callable[[Any], dict[str, str] | None]
    if table.text_columns is not None:  # a worksheet's cells, already one per column
        present = [c for c in (*_COMBINED, "risk_grade") if c in columns]
        blocks = _column_blocks(table.text_columns, columns, present)
        cells = functools.partial(_csv_cells, present)
    elif text is None:
        return None
    elif _plain(text, columns):
        others = sorted((c for c in columns if c not in ("id", "name")), key=columns.__getitem__)
        blocks = _split_blocks(text, table.header_row, width)
        cells = functools.partial(_split_cells, others, width)
    else:
        present = [c for c in (*_COMBINED, "risk_grade") if c in columns]
        blocks = _csv_blocks(text, table.header_row, columns, present, width)
        cells = functools.partial(_csv_cells, present)
    try:
        rows, found = _read(blocks, cells, look, strict=strict, first_line=first_line)
    except (_GiveUp, csv.Error):
        return None
    i_id = columns["id"]
    return rows, [Problem(table.at(first_line + k, i_id), what) for k, what in found]


def _plain(text: str, columns: Mapping[str, int]) -> bool:
    """No quotes, no lone carriage returns, id and name first: lines split on commas
    give exactly the cells csv.reader gives (before they are stripped)."""
    return (
        {columns["id"], columns["name"]} == {0, 1}
        and '"' not in text
        and ("\r" not in text or text.count("\r") == text.count("\r\n"))
    )


def _split_blocks(text: str, header_row: int, width: int) -> Iterator[Block]:
    pos = 0
    for _ in range(header_row):
        pos = text.find("\n", pos) + 1
        if pos == 0:
            raise _GiveUp  # nothing after the header
    first, second = operator.itemgetter(0), operator.itemgetter(1)
    rest = operator.itemgetter(2)
    size = len(text)
    while pos < size:
        end = text.find("\n", pos + BLOCK_CHARS)
        if end < 0:
            end = size
        lines = text[pos:end].split("\n")
        pos = end + 1
        if end == size and lines[-1] == "":
            lines.pop()  # the file's last line end
        if max(map(len, lines), default=0) > _FIELD_LIMIT:
            raise _GiveUp  # csv.reader's field limit: the row checker names the row
        parts = list(map(str.split, lines, repeat(","), repeat(2)))
        if set(map(len, parts)) != {3}:
            raise _GiveUp  # a blank or short line
        yield (
            list(map(str.strip, map(first, parts))),
            list(map(str.strip, map(second, parts))),
            list(map(rest, parts)),
        )


def _split_cells(others: list[str], width: int, key: str) -> dict[str, str] | None:
    cells = key.split(",")
    return dict(zip(others, cells)) if len(cells) == width - 2 else None


def _csv_blocks(
    text: str, header_row: int, columns: Mapping[str, int], present: list[str], width: int
) -> Iterator[Block]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True, skipinitialspace=True)
    for _ in itertools.islice(reader, header_row):
        pass
    if reader.line_num != header_row:
        raise _GiveUp
    id_of = operator.itemgetter(columns["id"])
    name_of = operator.itemgetter(columns["name"])
    key_of = operator.itemgetter(*(columns[c] for c in present))
    done = header_row
    while True:
        block = list(itertools.islice(reader, BLOCK))
        if not block:
            return
        done += len(block)
        if reader.line_num != done:
            raise _GiveUp  # a record over several lines: the row checker numbers them
        if set(map(len, block)) != {width}:
            raise _GiveUp  # blank, short or long rows
        yield (
            list(map(str.strip, map(id_of, block))),
            list(map(str.strip, map(name_of, block))),
            list(map(key_of, block)),
        )


def _column_blocks(
    text_columns: Sequence[Sequence[str]], columns: Mapping[str, int], present: list[str]
) -> Iterator[Block]:
    """A worksheet's text columns in blocks of rows: no CSV to parse, the cells are given."""
    ids, names = text_columns[columns["id"]], text_columns[columns["name"]]
    others = [text_columns[columns[c]] for c in present]
    for start in range(0, len(ids), BLOCK):
        end = start + BLOCK
        yield (
            list(map(str.strip, ids[start:end])),
            list(map(str.strip, names[start:end])),
            list(zip(*(column[start:end] for column in others))),
        )


def _csv_cells(present: list[str], key: tuple[str, ...]) -> dict[str, str]:
    return dict(zip(present, key))


def _read(
    blocks: Iterator[Block],
    cells: Callable[[Any], dict[str, str] | None],
    look: Lookups,
    *,
    strict: bool,
    first_line: int,
) -> tuple[ColumnRows, list[tuple[int, str]]]:
    judged: dict[Any, Combination] = {}
    ids: list[str] = []
    names: list[str] = []
    combos: list[Combination] = []
    warnings: list[tuple[int, str]] = []
    for block_ids, block_names, keys in blocks:
        if not (all(block_ids) and all(block_names)):
            raise _GiveUp
        joined_ids = "".join(block_ids)
        shown = joined_ids.isprintable() and "".join(block_names).isprintable()
        if not shown and any(map(hidden_character, itertools.chain(block_ids, block_names))):
            raise _GiveUp  # E1: a hidden character, which the row checker names
        found: list[Combination | None] = list(map(judged.get, keys))
        if None in found:
            for k in compress(range(len(keys)), map(operator.not_, found)):
                combo = judged.get(keys[k])
                if combo is None:
                    named = cells(keys[k])
                    combo = _judge(named, look) if named is not None else None
                    if combo is None:
                        raise _GiveUp  # an error in these cells: the row checker reports it
                judged[keys[k]] = found[k] = combo
        block_combos = cast(list[Combination], found)  # no None left
        start = len(ids)
        warnings.extend(
            (start + k, what)
            for k, what in _uscc_warnings(block_ids, joined_ids, block_combos, look, strict)
        )
        ids.extend(block_ids)
        names.extend(block_names)
        combos.extend(block_combos)
    if not ids or len(set(ids)) != len(ids):
        raise _GiveUp  # no enterprise, or a duplicate id: the row checker says where
    return ColumnRows(ids, names, combos, list(judged.values()), first_line), warnings


def _judge(cells: Mapping[str, str], look: Lookups) -> Combination | None:
    """The row checker's answers for these cells, or None if it would report an error."""
    stripped = {column: text.strip() for column, text in cells.items()}
    if any(map(hidden_character, stripped.values())):
        return None
    pref_text, county_text, sector = (stripped[c] for c in ("prefecture", "county", "sector"))
    if not (pref_text and county_text and sector) or sector not in SECTORS:
        return None
    pref, what = look.prefecture(pref_text)
    if what or pref is None:
        return None
    county, what = look.county(pref, county_text)
    if what or county is None:
        return None
    tags: tuple[str, ...] = ()
    if stripped.get("tags"):
        tags, errors = look.tag_set(stripped["tags"])
        if errors:
            return None
    if sector == BUILDING_MATERIALS_SECTOR and "building_materials" not in tags:
        tags = tuple(sorted((*tags, "building_materials")))
    direct = (
        look.yes_no(stripped["provincial_direct"]) if "provincial_direct" in stripped else False
    )
    if direct is None:
        return None
    last: dt.date | None = None
    if stripped.get("last_inspected"):
        last = look.date(stripped["last_inspected"])
        if last is None:
            return None
    risk = stripped.get("risk_grade", "")
    return Combination(pref, county, county.code or "", sector, tags, direct, last, risk)


def _uscc_warnings(
    ids: list[str], joined: str, combos: list[Combination], look: Lookups, strict: bool
) -> list[tuple[int, str]]:
    """(row in block, warning) for ids that are not valid USCCs or were registered in
    another division, in row order; _GiveUp when `strict` makes an invalid id an error.
    `joined` is "".join(ids)."""
    valid = uscc.valid_codes(ids, joined)
    found: list[tuple[int, str]] = []
    if not all(valid):
        if strict:
            raise _GiveUp
        found.extend(
            (k, f"{invalid_uscc(ids[k])} (kept as typed)")
            for k in compress(range(len(ids)), map(operator.not_, valid))
        )
    if not _registered_in_county(ids, joined, combos):
        divisions = map(uscc.division_code, ids)
        codes = map(operator.attrgetter("county.code"), combos)
        for k in compress(range(len(ids)), map(operator.ne, divisions, codes)):
            combo = combos[k]
            if valid[k] and combo.county.code:
                what = division_mismatch(ids[k], combo.county, combo.pref, look.division_names)
                if what:
                    found.append((k, what))
        found.sort()
    return found


def _registered_in_county(ids: list[str], joined: str, combos: list[Combination]) -> bool:
    """True when every id's division code (characters 3-8) is its row's county code."""
    codes = "".join(map(operator.attrgetter("division"), combos))
    if len(codes) != 6 * len(ids) or len(joined) != uscc.LENGTH * len(ids):
        return False
    return all(joined[2 + p :: uscc.LENGTH] == codes[p::6] for p in range(6))
