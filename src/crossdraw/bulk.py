"""Reading a clean CSV enterprise list in bulk, a column at a time (E1, E2).

A provincial list can hold a million rows, nearly all of them clean. The row checker
(`enterprises._check`) runs a Python loop per row; this reader proves the same list
clean with passes of C-level operations over blocks of rows, judges each distinct
combination of prefecture, county, sector, tags, E2 and date cells once, and keeps one
shared `Combination` per row instead of seven strings. Enterprises are built only
when asked for, and only those of the prefectures asked for.

It gives up (returns None) at anything the row checker would report as an error, and
at CSV shapes it does not handle (a record over several lines, a blank or short row,
a header wider than its columns), so every error message stays the row checker's.
Warnings (an id that is not a valid USCC, an id registered in another county) are
made here with the row checker's own functions and texts, in row order.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import operator
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, repeat
from typing import Protocol, cast

from crossdraw import uscc
from crossdraw.cells import Lookups, division_mismatch, fast_valid_uscc, invalid_uscc
from crossdraw.errors import Problem
from crossdraw.geography import County, Prefecture
from crossdraw.models import Enterprise
from crossdraw.table import Table
from crossdraw.vocab import BUILDING_MATERIALS_SECTOR, SECTORS

BLOCK = (
    8192  # rows read and checked at a time: big enough for C speed, small enough to reuse memory
)
# The cells judged by combination, in this order; `id` and `name` are kept per row.
_COMBINED = ("prefecture", "county", "sector", "tags", "provincial_direct", "last_inspected")
_ALPHABET = frozenset(uscc.ALPHABET)
# A USCC's first 17 characters, reversed and read as a base-34 number, are congruent
# modulo 31 to the GB 32100 weighted sum (34 ≡ 3 and the weights are 3^i mod 31).
_BASE34 = str.maketrans(
    {ch: "0123456789abcdefghijklmnopqrstu"[i] for i, ch in enumerate(uscc.ALPHABET)}
)
_CHECK = {r: uscc.ALPHABET[(31 - r) % 31] for r in range(31)}
_FIRST17_REVERSED = slice(16, None, -1)
_DIVISION = slice(2, 8)


class _Records(Protocol):
    """A `csv.reader`: records, and how many lines they took so far."""

    @property
    def line_num(self) -> int: ...

    def __iter__(self) -> _Records: ...

    def __next__(self) -> list[str]: ...


@dataclass(frozen=True, slots=True, eq=False)
class Combination:
    """What one distinct combination of a row's cells (other than id and name) means."""

    pref: Prefecture
    county: County
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


def read_clean(
    table: Table, columns: Mapping[str, int], look: Lookups, *, strict: bool
) -> tuple[ColumnRows, list[Problem]] | None:
    """The rows and warnings of a clean CSV list, or None when the row checker must read it."""
    width = max(columns.values()) + 1
    if table.text is None or len(table.header) != width:
        return None
    reader = csv.reader(io.StringIO(table.text, newline=""), strict=True, skipinitialspace=True)
    try:
        for _ in itertools.islice(reader, table.header_row):
            pass
        if reader.line_num != table.header_row:
            return None
        return _read_blocks(reader, table, columns, look, strict, width)
    except csv.Error:
        return None


def _read_blocks(
    reader: _Records,
    table: Table,
    columns: Mapping[str, int],
    look: Lookups,
    strict: bool,
    width: int,
) -> tuple[ColumnRows, list[Problem]] | None:
    i_id = columns["id"]
    id_of = operator.itemgetter(i_id)
    name_of = operator.itemgetter(columns["name"])
    present = [c for c in (*_COMBINED, "risk_grade") if c in columns]
    key_of = operator.itemgetter(*(columns[c] for c in present))
    judged: dict[tuple[str, ...], Combination] = {}
    first_line = table.header_row + 1
    ids: list[str] = []
    names: list[str] = []
    combos: list[Combination] = []
    warnings: list[Problem] = []
    while True:
        block = list(itertools.islice(reader, BLOCK))
        if not block:
            break
        start = len(ids)
        if reader.line_num != table.header_row + start + len(block):
            return None  # a record over several lines: the row checker numbers them
        if set(map(len, block)) != {width}:
            return None  # blank, short or long rows
        block_ids = list(map(str.strip, map(id_of, block)))
        block_names = list(map(str.strip, map(name_of, block)))
        if not (all(block_ids) and all(block_names)):
            return None
        keys: list[tuple[str, ...]] = list(map(key_of, block))
        found: list[Combination | None] = list(map(judged.get, keys))
        if None in found:
            for k in compress(range(len(keys)), map(operator.not_, found)):
                combo = judged.get(keys[k]) or _judge(dict(zip(present, keys[k])), look)
                if combo is None:
                    return None  # an error in these cells: the row checker reports it
                judged[keys[k]] = found[k] = combo
        block_combos: list[Combination] = found  # type: ignore[assignment]  # no None left
        problems = _uscc_warnings(block_ids, block_combos, look, strict)
        if problems is None:
            return None
        warnings.extend(
            Problem(table.at(first_line + start + k, i_id), what) for k, what in problems
        )
        ids.extend(block_ids)
        names.extend(block_names)
        combos.extend(block_combos)
    if not ids or len(set(ids)) != len(ids):
        return None  # no enterprise, or a duplicate id: the row checker says where
    return ColumnRows(ids, names, combos, list(judged.values()), first_line), warnings


def _judge(cells: Mapping[str, str], look: Lookups) -> Combination | None:
    """The row checker's answers for these cells, or None if it would report an error."""
    stripped = {column: text.strip() for column, text in cells.items()}
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
    return Combination(pref, county, sector, tags, direct, last, stripped.get("risk_grade", ""))


def _uscc_warnings(
    ids: Sequence[str], combos: Sequence[Combination], look: Lookups, strict: bool
) -> list[tuple[int, str]] | None:
    """(row in block, warning) for ids that are not valid USCCs or were registered
    elsewhere; None when `strict` makes an invalid id an error."""
    divisions = cast(list[str], list(map(operator.getitem, ids, repeat(_DIVISION))))
    if (
        set(map(len, ids)) == {uscc.LENGTH}
        and _ALPHABET.issuperset("".join(ids))
        and "".join(divisions).isdigit()
    ):
        first17 = cast(Iterator[str], map(operator.getitem, ids, repeat(_FIRST17_REVERSED)))
        numbers = map(int, map(str.translate, first17, repeat(_BASE34)), repeat(34))
        expected = map(_CHECK.__getitem__, map(operator.mod, numbers, repeat(31)))
        valid = list(map(operator.eq, expected, map(operator.itemgetter(17), ids)))
    else:
        valid = list(map(fast_valid_uscc, ids))
    found: list[tuple[int, str]] = []
    if not all(valid):
        if strict:
            return None
        found.extend(
            (k, f"{invalid_uscc(ids[k])} (kept as typed)")
            for k in compress(range(len(ids)), map(operator.not_, valid))
        )
    codes = map(operator.attrgetter("county.code"), combos)
    for k in compress(range(len(ids)), map(operator.ne, divisions, codes)):
        combo = combos[k]
        if valid[k] and combo.county.code:
            what = division_mismatch(ids[k], combo.county, combo.pref, look.division_names)
            if what:
                found.append((k, what))
    found.sort()
    return found
