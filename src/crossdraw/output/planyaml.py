"""Next year's plan as YAML, in the layout of data/groups.yaml, from a drawn group table."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence

from crossdraw.domain.models import Plan, Rules
from crossdraw.lottery.table import DrawnGroup
from crossdraw.records.table_record import group_name

TO_CONFIRM = "待确认 (to be confirmed)"
# Plain YAML scalars: letters (any script), digits and a few marks, not starting with a
# digit or a sign (a number, a date) and not a word YAML reads as true/false/null.
_PLAIN = re.compile(r"[^\W\d_][\w()（）、·.\-]*")
_YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "none", "~"}


def scalar(text: str) -> str:
    """`text` as a YAML scalar: plain when that reads back as the same string, else quoted."""
    if _PLAIN.fullmatch(text) and text.lower() not in _YAML_WORDS:
        return text
    return json.dumps(text, ensure_ascii=False)  # JSON strings are YAML double-quoted scalars


def _seq(items: Iterable[str]) -> str:
    return "[" + ", ".join(scalar(x) for x in items) + "]"


def shift_year(day: dt.date, years: int) -> dt.date:
    """The same day `years` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def render_plan(
    base: Plan, year: int, groups: Sequence[DrawnGroup], heading: Sequence[str] = ()
) -> str:
    """The new plan: the base plan's title and rules, `year`, dates moved by whole years and
    marked 待确认, the drawn groups (lead first) with no guide yet, the base's prefectures."""
    info = base.plan
    years = year - info.year
    lines = [f"# {line}" if line else "#" for line in heading]
    lines += ["plan:", f"  title: {scalar(info.title)}", f"  year: {year}"]
    for key in ("deadline", "extended_deadline", "roster_due", "summary_due"):
        day = getattr(info, key)
        if day is not None:
            lines.append(f"  {key}: {shift_year(day, years).isoformat()}  # {TO_CONFIRM}")
    lines += ["", "rules:", *_rules(base.rules), "", "groups:"]
    for g in groups:
        lines.append(
            f"  - {{id: {g.id}, name: {scalar(group_name(g.id))}, members: {_seq(g.members)}, "
            f"targets: {_seq(g.targets)}, guide: null}}"
        )
    if base.prefectures is not None:
        lines += ["", "prefectures:"]
        for p in base.prefectures:
            aliases = f", aliases: {_seq(p.aliases)}" if p.aliases else ""
            lines.append(f"  - {{name: {scalar(p.name)}{aliases}, counties: {_seq(p.counties)}}}")
    return "\n".join(lines) + "\n"


def _rules(rules: Rules) -> list[str]:
    out = [
        f"  members_per_group: {rules.members_per_group}   # P1",
        f"  targets_per_group: {rules.targets_per_group}   # P2",
        f"  per_prefecture: {rules.per_prefecture}      # Q1",
        f"  min_counties: {rules.min_counties}        # Q2",
    ]
    if rules.exclude_inspected_within_days is not None:
        out.append(f"  exclude_inspected_within_days: {rules.exclude_inspected_within_days}")
    if rules.requirements:
        out.append("  requirements:")
    for r in rules.requirements:
        subs = ""
        if r.substitutes:
            pairs = ", ".join(f"{scalar(a)}: {scalar(b)}" for a, b in r.substitutes.items())
            subs = f", substitutes: {{{pairs}}}"
        out.append(
            f"    - {{id: {scalar(r.id)}, name: {scalar(r.name)}, any_of: {_seq(r.any_of)}, "
            f"at_least: {r.at_least}{subs}}}"
        )
    return out
