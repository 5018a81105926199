"""Loading the enterprise list (E1, E2): one CSV row per industry & trade enterprise."""

from __future__ import annotations

import gc
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
from crossdraw.textfile import (
    cap_problems,
    csv_rows,
    decode_file,
    did_you_mean,
    header_where,
    nfc,
    normalize_header,
    row_problems,
    row_where,
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
}
REQUIRED = ("id", "name", "prefecture", "county", "sector")
OPTIONAL = ("tags", "provincial_direct")
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
}
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


# Each USCC character as its value written in base 34, every other ASCII character as "!".
# Since 34 = 3 (mod 31), the 17 values read as a base-34 number in reverse order are
# congruent to the check sum: sum of value(i) * 3^i (mod 31), the weights of GB 32100.
_BASE34_DIGITS = "0123456789abcdefghijklmnopqrstu"
_AS_BASE34 = str.maketrans(
    {chr(c): "!" for c in range(128)}
    | {ch: _BASE34_DIGITS[i] for i, ch in enumerate(uscc.ALPHABET)}
)


def fast_valid_uscc(code: str) -> bool:
    """Same answer as `uscc.is_valid`, several times faster (a million rows per run)."""
    if len(code) != uscc.LENGTH or not code.isascii() or not code[2:8].isdigit():
        return False
    digits = code.translate(_AS_BASE34)
    if "!" in digits:
        return False
    return (int(digits[16::-1], 34) + int(digits[17], 34)) % 31 == 0


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


@dataclass(frozen=True)
class _Kind:
    """What the prefecture, county, sector, tags and yes/no cells of a row mean together."""

    empty: tuple[str, ...]  # "empty …" for the prefecture, county, sector cells
    errors: tuple[str, ...]  # `empty` first, then the problems of the cells' values
    pref: Prefecture | None
    county: County | None
    county_code: str | None
    # prefecture, county, sector, tags, E2 flag of an Enterprise; None when unusable
    fields: tuple[str, str, str, tuple[str, ...], bool] | None


class _Classifier:
    """Judges the few distinct combinations of a list's repeated cells, each once.

    A million-row list has a few thousand of them; the rows' own cells (id, name) are
    the only ones checked row by row.
    """

    def __init__(self, geography: Geography, has_tags: bool, has_direct: bool) -> None:
        self.look = _Lookups(geography)
        self.division_names = self.look.division_names
        self.has_tags = has_tags
        self.has_direct = has_direct
        self.sectors = frozenset(SECTORS)
        self.bad_sector = f"; the eight sectors are {', '.join(SECTORS)}"

    def __call__(
        self, pref_text: str, county_text: str, sector: str, tags_text: str, direct_text: str
    ) -> _Kind:
        look = self.look
        empty = tuple(
            f"empty {_label(column)}"
            for column, text in (
                ("prefecture", pref_text),
                ("county", county_text),
                ("sector", sector),
            )
            if not text
        )
        errors = list(empty)
        pref: Prefecture | None = None
        county: County | None = None
        if pref_text:
            pref, what = look.prefecture(pref_text)
            if what:
                errors.append(what)
            elif pref is not None and county_text:
                county, what = look.county(pref, county_text)
                if what:
                    errors.append(what)
        if sector and sector not in self.sectors:
            errors.append(f"unknown {_label('sector')} {sector!r}{self.bad_sector}")
        tags: tuple[str, ...] = ()
        if self.has_tags and tags_text:
            tags, tag_errors = look.tag_set(tags_text)
            errors.extend(tag_errors)
        if sector == BUILDING_MATERIALS_SECTOR and "building_materials" not in tags:
            tags = tuple(sorted((*tags, "building_materials")))
        direct: bool | None = False
        if self.has_direct:
            direct = look.yes_no(direct_text)
            if direct is None:
                errors.append(
                    f"{_label('provincial_direct')} {direct_text!r} is not yes or no; "
                    "write 是 or 否 (empty means 否)"
                )
        fields = None
        if pref is not None and county is not None and direct is not None:
            fields = (pref.name, county.name, sector, tags, direct)
        code = county.code if county is not None else None
        return _Kind(empty, tuple(errors), pref, county, code, fields)


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


def load_enterprises(path: Path, geography: Geography, *, strict: bool = False) -> EnterpriseList:
    """Read and check an enterprise list CSV; InputError lists every problem at once.

    With `strict`, an id that is not a valid USCC is an error instead of a warning.
    """
    with _collector_paused():
        return _load(path, geography, strict)


def _load(path: Path, geography: Geography, strict: bool) -> EnterpriseList:
    where = str(path)
    decoded = decode_file(path)
    problems: list[Problem] = []
    records = csv_rows(nfc(decoded.text), where, problems)
    first = next(records, None)
    if first is None:
        raise InputError(problems or [Problem(where, "has no header row")])
    header_row, header = first
    columns = normalize_header(
        header,
        ALIASES,
        REQUIRED,
        OPTIONAL,
        header_where(where, header_row),
    )
    width = max(columns.values()) + 1
    i_id, i_name, i_pref, i_county, i_sector = (columns[c] for c in REQUIRED)
    i_tags = columns.get("tags")
    i_direct = columns.get("provincial_direct")
    empty_id, empty_name = f"empty {_label('id')}", f"empty {_label('name')}"

    judge = _Classifier(geography, i_tags is not None, i_direct is not None)
    kinds: dict[tuple[str, str, str, str, str], _Kind] = {}
    seen: dict[str, int] = {}
    found: list[tuple[int, str]] = []  # (row, what)
    warnings: list[Problem] = []
    enterprises: list[Enterprise] = []
    append = enterprises.append
    for line, cells in records:
        if len(cells) != width:
            if len(cells) < width:
                cells += [""] * (width - len(cells))
            else:
                stray = stray_cells(cells, width)
                if stray:  # the cells are shifted: checking them would only add noise
                    found.append((line, stray))
                    continue
        code = cells[i_id]
        name = cells[i_name]
        key = (
            cells[i_pref],
            cells[i_county],
            cells[i_sector],
            "" if i_tags is None else cells[i_tags],
            "" if i_direct is None else cells[i_direct],
        )
        kind = kinds.get(key)
        if kind is None:
            kind = kinds[key] = judge(*key)
        earlier = seen.setdefault(code, line) if code else line
        errors: list[str] = []
        if not code or not name or earlier != line or kind.errors:
            # The same problems in the same order as checking the row cell by cell.
            if not code:
                errors.append(empty_id)
            if not name:
                errors.append(empty_name)
            errors.extend(kind.empty)
            if earlier != line:
                errors.append(f"{_label('id')} {code} is also on row {earlier}")
            errors.extend(kind.errors[len(kind.empty) :])
        if code:
            warning = None
            if not fast_valid_uscc(code):
                invalid = _invalid_uscc(code)
                if strict:
                    errors.append(invalid)
                else:
                    warning = f"{invalid} (kept as typed)"
            elif kind.county_code and code[2:8] != kind.county_code:
                warning = _division_mismatch(code, kind.county, kind.pref, judge.division_names)
            if warning:
                warnings.append(Problem(row_where(where, line), warning))
        if errors:
            found.extend((line, what) for what in errors)
        elif not found and kind.fields is not None:
            pref_name, county_name, sector, tags, direct = kind.fields
            append(Enterprise(code, name, pref_name, county_name, sector, tags, direct, line))
    problems.extend(row_problems(where, found))
    if not problems and not enterprises:
        problems.append(Problem(where, "lists no enterprises (only a header row)"))
    if problems:
        raise InputError(cap_problems(problems, where))
    return EnterpriseList(
        path=path,
        encoding=decoded.encoding,
        sha256=decoded.sha256,
        enterprises=tuple(enterprises),
        warnings=tuple(cap_problems(warnings, where)),
    )
