"""Prefectures and their county-level divisions, and matching the names people type."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources

from crossdraw.domain.text import trimmed

_SUFFIXES = ("自治州", "地区", "市", "州", "盟")
# Official names whose everyday short forms no suffix rule can derive.
_BUNDLED_ALIASES = {"湘西土家族苗族自治州": ("湘西州", "湘西")}


@dataclass(frozen=True)
class County:
    name: str
    code: str | None = None


@dataclass(frozen=True)
class Prefecture:
    name: str
    counties: tuple[County, ...]
    aliases: tuple[str, ...] = ()
    code: str | None = None
    # statistics-only zones (development zones etc.): not county-level divisions
    zones: tuple[County, ...] = ()

    def county_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.counties)


def short_forms(name: str) -> tuple[str, ...]:
    """Names a person may type for a prefecture: with or without its suffix (湘潭 = 湘潭市)."""
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return (name[: -len(suffix)],)
    return ()


@dataclass(frozen=True)
class Geography:
    """The prefectures a plan knows, with name resolution by alias and short form."""

    prefectures: tuple[Prefecture, ...]
    source: str
    _by_name: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for pref in self.prefectures:
            for key in (pref.name, *pref.aliases, *short_forms(pref.name)):
                for alias in (key, *short_forms(key)):
                    self._by_name.setdefault(trimmed(alias), pref.name)

    def resolve(self, name: str) -> str | None:
        """The canonical name of the prefecture `name` refers to, or None."""
        return self._by_name.get(trimmed(name))

    def get(self, canonical: str) -> Prefecture:
        for pref in self.prefectures:
            if pref.name == canonical:
                return pref
        raise KeyError(canonical)

    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.prefectures)


def _rows(text: Iterable[str]) -> list[dict[str, str]]:
    return list(csv.DictReader(text))


def bundled_rows() -> list[dict[str, str]]:
    """Rows of the bundled Hunan GB/T 2260 table (code,name,level,parent_code,...)."""
    ref = resources.files("crossdraw").joinpath("resources/hunan-divisions.csv")
    with ref.open("r", encoding="utf-8") as fh:
        return _rows(fh)


def bundled_geography() -> Geography:
    """The 14 Hunan prefectures and their 122 county-level divisions (+ 12 zones)."""
    rows = bundled_rows()
    prefs = [r for r in rows if r["level"] == "prefecture"]
    built: list[Prefecture] = []
    for p in prefs:
        children = [r for r in rows if r["level"] == "county" and r["parent_code"] == p["code"]]
        counties = tuple(
            County(r["name"], r["code"]) for r in children if r["statistical_zone"] != "true"
        )
        zones = tuple(
            County(r["name"], r["code"]) for r in children if r["statistical_zone"] == "true"
        )
        built.append(
            Prefecture(
                name=p["name"],
                counties=counties,
                aliases=_BUNDLED_ALIASES.get(p["name"], ()),
                code=p["code"],
                zones=zones,
            )
        )
    return Geography(tuple(built), source="bundled Hunan GB/T 2260 division table")


def custom_geography(prefs: Sequence[Prefecture], source: str) -> Geography:
    return Geography(tuple(prefs), source=source)
