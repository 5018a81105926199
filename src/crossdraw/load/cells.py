"""Judging the cells of an enterprise list (E1, E2): the answers both loaders share.

The row checker (`enterprises`) and the bulk reader of clean CSV lists (`bulk`) ask
the same questions of the same cells and must give the same answers; they live here.
"""

from __future__ import annotations

import datetime as dt

from crossdraw.domain import uscc
from crossdraw.domain.errors import Worded
from crossdraw.domain.geography import County, Geography, Prefecture
from crossdraw.domain.vocab import TAG_LABELS, parse_bool, parse_tag
from crossdraw.load.textfile import closest, did_you_mean, parse_when

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
TAG_SEPARATORS = ("；", ",", "，", "、")  # all become ";"


def label(column: str) -> str:
    return f"{LABELS[column]} ({column})"


class Lookups:
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
                near = did_you_mean(text, names)
                english = f"unknown {label('prefecture')} {text!r}{near}; known: {', '.join(names)}"
                fields = {"text": text}
                near_name = closest(text, names) or ""
                worded = Worded(
                    english, "cell_prefecture", near=near_name, known=tuple(names), **fields
                )
                cached = (None, worded)
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
        county_label = label("county")
        fields = {"text": text, "pref": pref.name}
        if any(zone.name == text for zone in pref.zones):
            english = (
                f"{county_label} {text} is a statistics-only zone, not a county-level division; "
                "give the county it lies in"
            )
            return None, Worded(english, "cell_zone", **fields)
        elsewhere = [p for p in self.home.get(text, []) if p != pref.name]
        if elsewhere:
            english = f"{county_label} {text} is in {'、'.join(elsewhere)}, not {pref.name}"
            return None, Worded(
                english, "cell_county_elsewhere", others="、".join(elsewhere), **fields
            )
        names = pref.county_names()
        near = did_you_mean(text, names)
        english = (
            f"{county_label} {text!r} is not a county of {pref.name}"
            f"{near}; its counties: {', '.join(names)}"
        )
        near_name = closest(text, names) or ""
        return None, Worded(english, "cell_county", near=near_name, known=tuple(names), **fields)

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
                    english = (
                        f"unknown {label('tags')} {part!r}; accepted: {accepted} "
                        "(separate several with ;)"
                    )
                    worded = Worded(english, "cell_tag", text=part, accepted=accepted)
                    errors.append(worded)
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


def invalid_uscc(code: str) -> str:
    why = uscc.problem(code) or "not valid"
    if code != code.upper() and uscc.problem(code.upper()) is None:
        why += "; in capital letters it would be valid"
    elif len(code) < uscc.LENGTH and code.isalnum():
        short = uscc.LENGTH - len(code)
        why += (
            f"；少了 {short} 位：开头的字符可能在存成数字或复制时丢了（数字会去掉开头的 0），"
            f"请核对原始代码 ({short} short: its leading characters may have been lost)"
        )
    return f"{label('id')} {code} is not a valid USCC: {why}"


def division_mismatch(
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
        f"{label('id')} {code} was registered in division {shown}, not {county.name} "
        f"({county.code}); check the county"
    )
