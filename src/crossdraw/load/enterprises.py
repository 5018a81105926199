"""Loading the enterprise list (E1, E2): one row per industry & trade enterprise, CSV or a
workbook (.xlsx, .xls, .ods…)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Protocol

from crossdraw.domain import uscc
from crossdraw.domain.errors import InputError, Problem, Worded
from crossdraw.domain.geography import County, Geography, Prefecture
from crossdraw.domain.hidden import hidden_cells
from crossdraw.domain.models import Enterprise
from crossdraw.domain.sample import is_sample
from crossdraw.domain.vocab import BUILDING_MATERIALS_SECTOR, SECTORS
from crossdraw.load import bulk, collector
from crossdraw.load.cells import (
    LABELS,
    TAG_SEPARATORS,
    Lookups,
    division_mismatch,
    invalid_uscc,
    label,
)
from crossdraw.load.table import CellKind, Column, Table, open_table
from crossdraw.load.textfile import cap_problems, row_problems

__all__ = [
    "ALIASES",
    "LABELS",
    "OPTIONAL",
    "REQUIRED",
    "TAG_SEPARATORS",
    "EnterpriseList",
    "load_enterprises",
]

REQUIRED = ("id", "name", "prefecture", "county", "sector")
OPTIONAL = ("tags", "provincial_direct", "last_inspected", "risk_grade")
# What a worksheet's cells must hold, so a number Excel made of a code is caught.
KINDS: dict[str, CellKind] = {"id": "id", "last_inspected": "date"}
ALIASES: dict[str, str] = {
    **{label: column for column, label in LABELS.items()},
    "社会信用代码": "id",
    "信用代码": "id",
    "uscc": "id",
    "企业名": "name",
    "单位名称": "name",
    "所属市州": "prefecture",
    "所属县市区": "county",
    "区县": "county",
    "所属行业": "sector",
    "标签": "tags",
    "企业类别": "tags",
    "省厅直接执法对象": "provincial_direct",
    "最近检查日期": "last_inspected",
    "上次检查时间": "last_inspected",
    "风险分级": "risk_grade",
    "安全风险等级": "risk_grade",
}
KNOWN_HEADERS = frozenset(name.lower() for name in (*REQUIRED, *OPTIONAL, *ALIASES))


class Rows(Protocol):
    """A checked list's enterprises, built when asked for (a million rows need not all be)."""

    def __len__(self) -> int: ...

    def all(self) -> tuple[Enterprise, ...]: ...

    def in_prefecture(self, name: str) -> tuple[Enterprise, ...]: ...


@dataclass(frozen=True)
class BuiltRows:
    """Enterprises the row checker has already built."""

    items: tuple[Enterprise, ...]

    def __len__(self) -> int:
        return len(self.items)

    def all(self) -> tuple[Enterprise, ...]:
        return self.items

    def in_prefecture(self, name: str) -> tuple[Enterprise, ...]:
        return tuple(e for e in self.items if e.prefecture == name)


@dataclass(frozen=True)
class EnterpriseList:
    """The enterprises of one list file, in file order, with the warnings found reading it."""

    path: Path
    encoding: str
    sha256: str  # of the file's bytes
    rows: Rows
    warnings: tuple[Problem, ...]
    _prefectures: dict[str, tuple[Enterprise, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @cached_property
    def enterprises(self) -> tuple[Enterprise, ...]:
        """Every enterprise, in file order."""
        return self.rows.all()

    def in_prefecture(self, name: str) -> tuple[Enterprise, ...]:
        """The enterprises of one prefecture (canonical name), in file order, built once."""
        found = self._prefectures.get(name)
        if found is None:
            found = self._prefectures[name] = self.rows.in_prefecture(name)
        return found

    @cached_property
    def _index(self) -> Mapping[str, Enterprise]:
        return MappingProxyType({e.id: e for e in self.enterprises})

    def by_id(self) -> Mapping[str, Enterprise]:
        """Enterprises by id, built once."""
        return self._index

    @property
    def sample(self) -> bool:
        """Whether this is the bundled fictional list (domain/sample.py): never a real draw."""
        return is_sample(self.sha256)


def load_enterprises(
    path: Path, geography: Geography, *, strict: bool = False, sheet: str | None = None
) -> EnterpriseList:
    """Read and check an enterprise list (CSV or a workbook); InputError lists every problem.

    With `strict`, an id that is not a valid USCC is an error instead of a warning.
    `sheet` names the worksheet of a workbook (default: the first with a header).
    """
    with collector.paused():
        table = open_table(path, sheet=sheet, known=KNOWN_HEADERS)
        return _check(table, geography, strict)


def _check(table: Table, geography: Geography, strict: bool) -> EnterpriseList:
    """The row checker every enterprise list goes through, CSV or worksheet."""
    where = table.where
    columns = table.columns(ALIASES, REQUIRED, OPTIONAL)
    width = max(columns.values()) + 1
    i_id, i_name, i_pref, i_county, i_sector = (columns[c] for c in REQUIRED)
    i_tags = columns.get("tags")
    i_direct = columns.get("provincial_direct")
    i_last = columns.get("last_inspected")
    i_risk = columns.get("risk_grade")
    required = [
        (columns[c], Worded(f"empty {label(c)}", "empty", label=label(c))) for c in REQUIRED
    ]
    kinds: dict[int, Column] = {i: (KINDS.get(c, "text"), label(c)) for c, i in columns.items()}

    look = Lookups(geography)
    table.typed(kinds)  # a worksheet's dates and numbers as text, for the bulk reader
    clean = bulk.read_clean(table, columns, look, strict=strict)
    if clean is not None:  # a clean CSV list, proved a column at a time
        rows, warnings_found = clean
        return EnterpriseList(
            path=table.path,
            encoding=table.encoding,
            sha256=table.sha256,
            rows=rows,
            warnings=tuple(cap_problems([*table.warnings, *warnings_found], where)),
        )
    sectors = frozenset(SECTORS)
    bad_sector = f"; the eight sectors are {', '.join(SECTORS)}"
    seen: dict[str, int] = {}
    found: list[tuple[int, int | None, str]] = []  # (row, column, what)
    warnings: list[Problem] = []
    enterprises: list[Enterprise] = []
    for line, cells in table.rows(kinds):
        if len(cells) != width:
            if len(cells) < width:
                cells += [""] * (width - len(cells))
            else:
                stray = table.stray(cells, width)
                if stray:  # the cells are shifted: checking them would only add noise
                    found.append((line, *stray))
                    continue
        hidden = hidden_cells(cells, lambda i: kinds.get(i, ("text", f"column {i + 1}"))[1], "E1")
        if hidden:  # refused, and the row's other checks would only add noise
            found.extend((line, i, what) for i, what in hidden)
            continue
        errors: list[tuple[int | None, str]] = []
        code, name, pref_text, county_text, sector = (
            cells[i_id],
            cells[i_name],
            cells[i_pref],
            cells[i_county],
            cells[i_sector],
        )
        if not (code and name and pref_text and county_text and sector):
            errors.extend((i, what) for i, what in required if not cells[i])
        if code:
            earlier = seen.setdefault(code, line)
            if earlier != line:
                english = f"{label('id')} {code} is also on row {earlier}"
                errors.append((i_id, Worded(english, "listed_again", code=code, row=earlier)))
        pref: Prefecture | None = None
        county: County | None = None
        if pref_text:
            pref, what = look.prefecture(pref_text)
            if what:
                errors.append((i_pref, what))
            elif pref is not None and county_text:
                county, what = look.county(pref, county_text)
                if what:
                    errors.append((i_county, what))
        if sector and sector not in sectors:
            english = f"unknown {label('sector')} {sector!r}{bad_sector}"
            worded = Worded(english, "unknown_sector", text=sector, sectors=tuple(SECTORS))
            errors.append((i_sector, worded))
        tags: tuple[str, ...] = ()
        if i_tags is not None and cells[i_tags]:
            tags, tag_errors = look.tag_set(cells[i_tags])
            if tag_errors:
                errors.extend((i_tags, what) for what in tag_errors)
        if sector == BUILDING_MATERIALS_SECTOR and "building_materials" not in tags:
            tags = tuple(sorted((*tags, "building_materials")))
        direct: bool | None = False
        if i_direct is not None:
            direct = look.yes_no(cells[i_direct])
            if direct is None:
                errors.append(
                    (
                        i_direct,
                        Worded(
                            f"{label('provincial_direct')} {cells[i_direct]!r} is not yes or "
                            "no; write 是 or 否 (empty means 否)",
                            "not_yes_no",
                            text=cells[i_direct],
                        ),
                    )
                )
        last: dt.date | None = None
        if i_last is not None and cells[i_last]:
            last = look.date(cells[i_last])
            if last is None:
                errors.append(
                    (
                        i_last,
                        Worded(
                            f"{label('last_inspected')} {cells[i_last]!r} is not a date; "
                            "write it like 2021-03-02",
                            "last_not_date",
                            text=cells[i_last],
                        ),
                    )
                )
        if code:
            warning = None
            if not uscc.is_valid(code):
                invalid = invalid_uscc(code)
                if strict:
                    errors.append((i_id, invalid))
                else:
                    warning = f"{invalid} (kept as typed)"
            elif county is not None and county.code and uscc.division_code(code) != county.code:
                warning = division_mismatch(code, county, pref, look.division_names)
            if warning:
                warnings.append(Problem(table.at(line, i_id), warning))
        if errors:
            found.extend((line, column, what) for column, what in errors)
        elif not found and pref is not None and county is not None and direct is not None:
            risk = cells[i_risk] if i_risk is not None else ""
            enterprises.append(
                Enterprise(
                    code, name, pref.name, county.name, sector, tags, direct, line, last, risk
                )
            )
    found.extend(table.found)
    problems = [*table.problems, *row_problems(where, found, cell_names=table.cell_names)]
    if not problems and not enterprises:
        what = Worded("lists no enterprises (only a header row)", "no_rows")
        problems.append(Problem(where, what))
    if problems:
        raise InputError(cap_problems(problems, where))
    return EnterpriseList(
        path=table.path,
        encoding=table.encoding,
        sha256=table.sha256,
        rows=BuiltRows(tuple(enterprises)),
        warnings=tuple(cap_problems([*table.warnings, *warnings], where)),
    )
