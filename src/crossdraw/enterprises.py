"""Loading the enterprise list (E1, E2): one row per industry & trade enterprise, CSV or xlsx."""

from __future__ import annotations

import datetime as dt
import gc
import operator
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import MappingProxyType

from crossdraw import uscc
from crossdraw.errors import InputError, Problem
from crossdraw.geography import County, Geography, Prefecture
from crossdraw.models import Enterprise
from crossdraw.table import CellKind, Column, Table, open_table
from crossdraw.textfile import (
    cap_problems,
    did_you_mean,
    parse_when,
    row_problems,
    stray_cells,
)
from crossdraw.vocab import (
    BUILDING_MATERIALS_SECTOR,
    SECTORS,
    TAG_LABELS,
    parse_bool,
    parse_tag,
)

LABELS: dict[str, str] = {
    "id": "统一社会信用代码",
    "name": "企业名称",
    "prefecture": "市州",
    "county": "县市区",
    "sector": "行业",
    "tags": "类别",
    "provincial_direct": "省厅直接执法",
    "last_inspected": "上次检查日期",
    "risk_grade": "风险等级",
}
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
TAG_SEPARATORS = ("；", ",", "，", "、")  # all become ";"


@dataclass(frozen=True)
class EnterpriseList:
    """The enterprises of one list file, in file order, with the warnings found reading it."""

    path: Path
    encoding: str
    sha256: str  # of the file's bytes
    enterprises: tuple[Enterprise, ...]
    warnings: tuple[Problem, ...]

    @cached_property
    def _index(self) -> Mapping[str, Enterprise]:
        return MappingProxyType({e.id: e for e in self.enterprises})

    def by_id(self) -> Mapping[str, Enterprise]:
        """Enterprises by id, built once."""
        return self._index


def _label(column: str) -> str:
    return f"{LABELS[column]} ({column})"


class _Lookups:
    """Answers for the few distinct prefecture, county, sector, tag and yes/no cells.

    A million-row list repeats them endlessly, so each distinct string is judged once.
    """

    def __init__(self, geography: Geography) -> None:
        self.geography = geography
        self.prefectures: dict[str, tuple[Prefecture | None, str | None]] = {}
        self.counties: dict[tuple[str, str], tuple[County | None, str | None]] = {}
        self.tags: dict[str, tuple[tuple[str, ...], list[str]]] = {}
        self.bools: dict[str, bool | None] = {}
        self.dates: dict[str, dt.date | None] = {}
        self.home: dict[str, list[str]] = {}  # county name -> prefectures having it
        self.division_names: dict[str, str] = {}
        for pref in geography.prefectures:
            if pref.code:
                self.division_names[pref.code] = pref.name
            for county in (*pref.counties, *pref.zones):
                self.home.setdefault(county.name, []).append(pref.name)
                if county.code:
                    self.division_names[county.code] = county.name

    def prefecture(self, text: str) -> tuple[Prefecture | None, str | None]:
        cached = self.prefectures.get(text)
        if cached is None:
            canonical = self.geography.resolve(text)
            if canonical is None:
                names = self.geography.names()
                what = (
                    f"unknown {_label('prefecture')} {text!r}{did_you_mean(text, names)}; "
                    f"known: {', '.join(names)}"
                )
                cached = (None, what)
            else:
                cached = (self.geography.get(canonical), None)
            self.prefectures[text] = cached
        return cached

    def county(self, pref: Prefecture, text: str) -> tuple[County | None, str | None]:
        key = (pref.name, text)
        cached = self.counties.get(key)
        if cached is None:
            cached = self._county(pref, text)
            self.counties[key] = cached
        return cached

    def _county(self, pref: Prefecture, text: str) -> tuple[County | None, str | None]:
        for county in pref.counties:
            if county.name == text:
                return county, None
        label = _label("county")
        if any(zone.name == text for zone in pref.zones):
            return None, (
                f"{label} {text} is a statistics-only zone, not a county-level division; "
                "give the county it lies in"
            )
        elsewhere = [p for p in self.home.get(text, []) if p != pref.name]
        if elsewhere:
            return None, f"{label} {text} is in {'、'.join(elsewhere)}, not {pref.name}"
        names = pref.county_names()
        return None, (
            f"{label} {text!r} is not a county of {pref.name}"
            f"{did_you_mean(text, names)}; its counties: {', '.join(names)}"
        )

    def tag_set(self, text: str) -> tuple[tuple[str, ...], list[str]]:
        cached = self.tags.get(text)
        if cached is None:
            spaced = text
            for sep in TAG_SEPARATORS:
                spaced = spaced.replace(sep, ";")
            found: set[str] = set()
            errors: list[str] = []
            for part in (p.strip() for p in spaced.split(";")):
                if not part:
                    continue
                tag = parse_tag(part)
                if tag is None:
                    accepted = ", ".join(f"{t} {label}" for t, label in TAG_LABELS.items())
                    errors.append(
                        f"unknown {_label('tags')} {part!r}; accepted: {accepted} "
                        "(separate several with ;)"
                    )
                else:
                    found.add(tag)
            cached = (tuple(sorted(found)), errors)
            self.tags[text] = cached
        return cached

    def yes_no(self, text: str) -> bool | None:
        if text not in self.bools:
            self.bools[text] = parse_bool(text)
        return self.bools[text]

    def date(self, text: str) -> dt.date | None:
        if text not in self.dates:
            parsed = parse_when(text)
            self.dates[text] = parsed[0].date() if parsed is not None else None
        return self.dates[text]


_USCC_VALUE = {ch: i for i, ch in enumerate(uscc.ALPHABET)}
_USCC_WEIGHTS = uscc.WEIGHTS


def fast_valid_uscc(code: str) -> bool:
    """Same answer as `uscc.is_valid`, several times faster (a million rows per run)."""
    if len(code) != uscc.LENGTH or not code[2:8].isdigit():
        return False
    try:
        values = list(map(_USCC_VALUE.__getitem__, code))
    except KeyError:
        return False
    total: int = sum(map(operator.mul, values, _USCC_WEIGHTS))
    return values[17] == (31 - total % 31) % 31


def _invalid_uscc(code: str) -> str:
    why = uscc.problem(code) or "not valid"
    if code != code.upper() and uscc.problem(code.upper()) is None:
        why += "; in capital letters it would be valid"
    return f"{_label('id')} {code} is not a valid USCC: {why}"


def _division_mismatch(
    code: str, county: County | None, pref: Prefecture | None, names: dict[str, str]
) -> str | None:
    """A valid USCC registered outside the row's county, prefecture and province, or None."""
    if county is None or pref is None or not county.code:
        return None
    division = uscc.division_code(code)
    if division == county.code:
        return None
    if pref.code and division in (pref.code, pref.code[:2] + "0000"):
        return None
    shown = f"{division} ({names[division]})" if division in names else division
    return (
        f"{_label('id')} {code} was registered in division {shown}, not {county.name} "
        f"({county.code}); check the county"
    )


@contextmanager
def _collector_paused() -> Iterator[None]:
    # A million rows allocate millions of containers and no reference cycles; the cyclic
    # collector would rescan them over and over (a third of the load time) for nothing.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_enterprises(
    path: Path, geography: Geography, *, strict: bool = False, sheet: str | None = None
) -> EnterpriseList:
    """Read and check an enterprise list (CSV or .xlsx); InputError lists every problem at once.

    With `strict`, an id that is not a valid USCC is an error instead of a warning.
    `sheet` names the worksheet of a workbook (default: the first).
    """
    with _collector_paused():
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
    required = [(columns[c], f"empty {_label(c)}") for c in REQUIRED]
    kinds: dict[int, Column] = {i: (KINDS.get(c, "text"), _label(c)) for c, i in columns.items()}

    look = _Lookups(geography)
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
                stray = stray_cells(cells, width)
                if stray:  # the cells are shifted: checking them would only add noise
                    found.append((line, None, stray))
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
                errors.append((i_id, f"{_label('id')} {code} is also on row {earlier}"))
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
            errors.append((i_sector, f"unknown {_label('sector')} {sector!r}{bad_sector}"))
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
                        f"{_label('provincial_direct')} {cells[i_direct]!r} is not yes or no; "
                        "write 是 or 否 (empty means 否)",
                    )
                )
        last: dt.date | None = None
        if i_last is not None and cells[i_last]:
            last = look.date(cells[i_last])
            if last is None:
                errors.append(
                    (
                        i_last,
                        f"{_label('last_inspected')} {cells[i_last]!r} is not a date; "
                        "write it like 2021-03-02",
                    )
                )
        if code:
            warning = None
            if not fast_valid_uscc(code):
                invalid = _invalid_uscc(code)
                if strict:
                    errors.append((i_id, invalid))
                else:
                    warning = f"{invalid} (kept as typed)"
            elif county is not None and county.code and code[2:8] != county.code:
                warning = _division_mismatch(code, county, pref, look.division_names)
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
        problems.append(Problem(where, "lists no enterprises (only a header row)"))
    if problems:
        raise InputError(cap_problems(problems, where))
    return EnterpriseList(
        path=table.path,
        encoding=table.encoding,
        sha256=table.sha256,
        enterprises=tuple(enterprises),
        warnings=tuple(cap_problems([*table.warnings, *warnings], where)),
    )
