"""Inspection pairs a drawn table must not repeat: --forbid CSV files and --avoid plans."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crossdraw.domain.errors import InputError, Problem, Worded
from crossdraw.domain.geography import Geography
from crossdraw.domain.hidden import hidden_cells
from crossdraw.domain.models import Plan
from crossdraw.load.planfile import load_plan
from crossdraw.load.textfile import (
    cap_problems,
    did_you_mean,
    header_where,
    normalize_header,
    read_csv_rows,
    row_problems,
    stray_cells,
)

Pair = tuple[str, str]  # (inspector prefecture, target prefecture), canonical names

LABELS: dict[str, str] = {"inspector": "检查市州", "target": "被检查市州", "reason": "原因"}
REQUIRED = ("inspector", "target")
OPTIONAL = ("reason",)  # for the reader; not checked
ALIASES: dict[str, str] = {
    **{label: column for column, label in LABELS.items()},
    "执法市州": "inspector",
    "检查方": "inspector",
    "被检查方": "target",
    "理由": "reason",
}


@dataclass(frozen=True)
class PairSource:
    """Where forbidden pairs came from, for the record: a file's kind, name and digest."""

    kind: str  # "base" (the --groups plan), "avoid" (an --avoid plan), "forbid" (a CSV)
    path: Path
    sha256: str
    year: int | None  # a plan's year
    pairs: tuple[Pair, ...]  # in the order found


def plan_pairs(plan: Plan) -> tuple[Pair, ...]:
    """Every (inspector, target) of a plan: each member of a group inspects each target."""
    return tuple((m, t) for g in plan.groups for m in g.members for t in g.targets)


def _label(column: str) -> str:
    return f"{LABELS[column]} ({column})" if column in LABELS else "a cell"


def load_forbid(path: Path, geography: Geography) -> PairSource:
    """A CSV of inspector,target pairs that must not occur; names as in plan files."""
    table = read_csv_rows(path)
    where = str(path)
    columns = normalize_header(
        table.header, ALIASES, REQUIRED, OPTIONAL, header_where(where, table.header_row)
    )
    width = max(columns.values()) + 1
    i_from, i_to = columns["inspector"], columns["target"]
    names = {i: column for column, i in columns.items()}
    known = geography.names()
    found: list[tuple[int, int | None, str]] = []
    first_row: dict[Pair, int] = {}
    pairs: list[Pair] = []
    for line, cells in table.rows:
        cells = cells + [""] * (width - len(cells))
        stray = stray_cells(cells, width)
        if stray:
            found.append((line, None, stray))
            continue
        hidden = hidden_cells(cells, lambda i: _label(names.get(i, "")), "P4")
        if hidden:
            found.extend((line, i, what) for i, what in hidden)
            continue
        resolved: list[str | None] = []
        for i in (i_from, i_to):
            text = cells[i].strip()
            canonical = geography.resolve(text) if text else None
            if not text:
                found.append((line, i, f"empty {_label(names[i])}"))
            elif canonical is None:
                found.append(
                    (
                        line,
                        i,
                        f"unknown prefecture {text!r}{did_you_mean(text, known)} in "
                        f"{_label(names[i])}; known: {', '.join(known)}",
                    )
                )
            resolved.append(canonical)
        a, b = resolved
        if a is None or b is None:
            continue
        if a == b:
            found.append((line, i_to, f"{a} is both inspector and target (P3 rules that out)"))
        elif (a, b) in first_row:
            found.append((line, None, f"{a} → {b} is also on row {first_row[a, b]}"))
        else:
            first_row[a, b] = line
            pairs.append((a, b))
    if found:
        raise InputError(cap_problems(row_problems(where, found), where))
    return PairSource("forbid", path, table.sha256, None, tuple(pairs))


def load_avoid(path: Path, geography: Geography) -> PairSource:
    """An earlier year's plan: its inspections are not repeated. Its prefectures must be
    those of the --groups plan (names resolved by the base plan's geography)."""
    loaded = load_plan(path)
    problems: list[Problem] = []
    pairs: list[Pair] = []
    known = geography.names()
    for gi, group in enumerate(loaded.plan.groups):
        for role, names in (("members", group.members), ("targets", group.targets)):
            for j, name in enumerate(names):
                if geography.resolve(name) is None:
                    problems.append(
                        Problem(
                            f"{path}, groups[{gi}].{role}[{j}]",
                            Worded(
                                f"{name} is not a prefecture of the --groups plan "
                                f"({', '.join(known)}); --avoid takes a plan of the same province",
                                "avoid_other_province",
                                name=name,
                                known=tuple(known),
                            ),
                        )
                    )
    if problems:
        raise InputError(problems)
    for a, b in plan_pairs(loaded.plan):
        pair = (geography.resolve(a) or a, geography.resolve(b) or b)
        if pair not in pairs:
            pairs.append(pair)
    return PairSource("avoid", path, loaded.sha256, loaded.plan.plan.year, tuple(pairs))
