"""E3: enterprises left out of the draw, each with its reason (an exclusion list, or a
recent inspection by the enterprise list's 上次检查日期)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crossdraw.domain.errors import InputError, Worded
from crossdraw.domain.hidden import hidden_cells
from crossdraw.domain.models import Enterprise
from crossdraw.load.table import CellKind, Column, open_table
from crossdraw.load.textfile import cap_problems, row_problems

LABELS: dict[str, str] = {"id": "统一社会信用代码", "reason": "原因", "name": "企业名称"}
REQUIRED = ("id", "reason")
OPTIONAL = ("name",)  # for the reader's convenience; not checked
ALIASES: dict[str, str] = {
    **{label: column for column, label in LABELS.items()},
    "社会信用代码": "id",
    "信用代码": "id",
    "排除原因": "reason",
    "理由": "reason",
    "企业名": "name",
}
KINDS: dict[str, CellKind] = {"id": "id"}
KNOWN_HEADERS = frozenset(name.lower() for name in (*REQUIRED, *OPTIONAL, *ALIASES))


def _label(column: str) -> str:
    return f"{LABELS[column]} ({column})" if column in LABELS else "a cell"


def load_exclusions(path: Path, *, sheet: str | None = None) -> dict[str, str]:
    """E3: id -> reason, in file order; every exclusion must say why (CSV or a workbook)."""
    table = open_table(path, sheet=sheet, known=KNOWN_HEADERS)
    where = table.where
    columns = table.columns(ALIASES, REQUIRED, OPTIONAL)
    width = max(columns.values()) + 1
    i_id, i_reason = columns["id"], columns["reason"]
    names = {i: column for column, i in columns.items()}
    kinds: dict[int, Column] = {i: (KINDS.get(c, "text"), _label(c)) for c, i in columns.items()}
    found: list[tuple[int, int | None, str]] = []
    first_row: dict[str, int] = {}
    reasons: dict[str, str] = {}
    for line, row in table.rows(kinds):
        cells = row + [""] * (width - len(row))
        stray = table.stray(cells, width)
        if stray:  # the cells are shifted: checking them would only add noise
            found.append((line, *stray))
            continue
        hidden = hidden_cells(cells, lambda i: _label(names.get(i, "")), "E3")
        if hidden:  # a reason is written into the pool listing and the sheet
            found.extend((line, i, what) for i, what in hidden)
            continue
        code, reason = cells[i_id], cells[i_reason]
        if not code:
            found.append((line, i_id, Worded(f"empty {_label('id')}", "empty", label=_label("id"))))
        if not reason:
            english = f"empty {_label('reason')}: E3 needs a reason for every exclusion"
            found.append((line, i_reason, Worded(english, "e3_no_reason")))
        if code and code in first_row:
            english = f"{_label('id')} {code} is also excluded on row {first_row[code]}"
            again = Worded(english, "e3_again", code=code, row=first_row[code])
            found.append((line, i_id, again))
        elif code:
            first_row[code] = line
            reasons[code] = reason
    found.extend(table.found)
    problems = [*table.problems, *row_problems(where, found, cell_names=table.cell_names)]
    if problems:
        raise InputError(cap_problems(problems, where))
    return reasons


@dataclass(frozen=True)
class InspectedCutoff:
    """E3: enterprises last inspected on or after `since` are left out of the pool.

    With `days` and `as_of` (the plan's rules.exclude_inspected_within_days counted
    back from --as-of), since = as_of - days: an inspection exactly `days` days
    before `as_of` is within them. The reason names both dates, so the pool listing
    (and its digest) records the reference day.
    """

    since: dt.date
    days: int | None = None
    as_of: dt.date | None = None

    def reason(self, last: dt.date) -> str:
        if self.days is None or self.as_of is None:
            return f"上次检查 {last}, on or after {self.since}"
        if last > self.as_of:
            return f"上次检查 {last}, after the reference day {self.as_of}"
        return f"上次检查 {last}, within {self.days} days of {self.as_of}"


def cutoff_json(cutoff: InspectedCutoff) -> dict[str, Any]:
    """A record's `inputs.inspected` (docs §11): `since`, and the plan's days and --as-of."""
    out: dict[str, Any] = {"since": cutoff.since.isoformat()}
    if cutoff.days is not None and cutoff.as_of is not None:
        out |= {"within_days": cutoff.days, "as_of": cutoff.as_of.isoformat()}
    return out


def cutoff_of(value: Mapping[str, Any]) -> InspectedCutoff:
    """The cutoff a record's `inputs.inspected` states (its dates already checked ISO)."""
    as_of = value.get("as_of")
    return InspectedCutoff(
        dt.date.fromisoformat(value["since"]),
        value.get("within_days"),
        dt.date.fromisoformat(as_of) if as_of is not None else None,
    )


def inspected_cutoff(
    within_days: int | None, as_of: dt.date | None, since: dt.date | None
) -> InspectedCutoff | None:
    """The E3 recent-inspection rule in force: --exclude-inspected-since, else the plan's.

    Never the wall clock: the plan's setting needs an explicit --as-of day.
    """
    if since is not None:
        return InspectedCutoff(since)
    if within_days is None:
        if as_of is not None:
            english = (
                "applies only when the plan sets rules.exclude_inspected_within_days; "
                "to leave out enterprises inspected since a day, use --exclude-inspected-since"
            )
            raise InputError.one("--as-of", Worded(english, "e3_as_of_unused"))
        return None
    if as_of is None:
        english = (
            f"the plan sets rules.exclude_inspected_within_days: {within_days}, so give "
            "--as-of DATE, the day those days count back from (the same day for every draw "
            "of the plan; it is written into each exclusion's reason)"
        )
        raise InputError.one("--as-of", Worded(english, "e3_as_of_needed", days=within_days))
    return InspectedCutoff(as_of - dt.timedelta(days=within_days), within_days, as_of)


def recently_inspected(
    enterprises: Iterable[Enterprise], cutoff: InspectedCutoff
) -> dict[str, str]:
    """E3: id -> reason for every enterprise last inspected on or after the cutoff."""
    return {
        e.id: cutoff.reason(e.last_inspected)
        for e in enterprises
        if e.last_inspected is not None and e.last_inspected >= cutoff.since
    }
