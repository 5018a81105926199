"""Judging a proposed list (or draw records) against the plan's rules: `crossdraw validate`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crossdraw.domain.errors import InputError, Problem
from crossdraw.domain.rules import Entry, Verdict, judge
from crossdraw.load.listfile import load_list
from crossdraw.output.messages import say
from crossdraw.services.inputs import Inputs, InputSpec
from crossdraw.store.account import read_account, void_note
from crossdraw.store.ledger import unfinished_writes
from crossdraw.store.storage import read_record


@dataclass(frozen=True)
class ValidateRequest:
    inputs: InputSpec
    lists: tuple[Path, ...]
    list_sheet: str | None = None
    complete: bool = False


@dataclass(frozen=True)
class ValidateOutcome:
    verdict: Verdict
    warnings: tuple[Problem, ...]


def _record_entries(inputs: Inputs, path: Path) -> list[Entry]:
    """The selection of a draw record (all drawn); refused when its draw was voided."""
    record = read_record(path)
    void = read_account(path.parent).void_of(record.digest)  # whatever the file is called now
    if void is not None:
        raise InputError.one(str(path), say("input.voided_validate", note=void_note(void)))
    target = inputs.plan.geography.resolve(record.target)
    if target is None:
        raise InputError.one(str(path), say("input.target_unknown", target=record.target))
    return [Entry(prefecture=target, id=i, source="drawn") for i in record.selected_ids]


def _entries(inputs: Inputs, path: Path, sheet: str | None, warnings: list[Problem]) -> list[Entry]:
    """Rows of a LIST (CSV or .xlsx), or the selection of a draw record."""
    if path.suffix.lower() == ".json":
        return _record_entries(inputs, path)
    listed = load_list(path, inputs.plan.geography, inputs.enterprises.by_id(), sheet=sheet)
    warnings.extend(listed.warnings)
    return [
        Entry(
            prefecture=r.prefecture,
            id=r.id,
            source=r.source,
            start=r.start,
            end=r.end,
            all_day=r.all_day,
            row=r.row,
        )
        for r in listed.rows
    ]


def validate(request: ValidateRequest) -> ValidateOutcome:
    """E1-E3, Q1-Q5, Q7 and T1-T2 over every listed group (every group with `complete`)."""
    inputs = request.inputs.load()
    warnings = list(inputs.warnings)
    records = [p for p in request.lists if p.suffix.lower() == ".json"]
    warnings.extend(unfinished_writes(records))  # read as they stand; never settled here
    entries = [
        e for path in request.lists for e in _entries(inputs, path, request.list_sheet, warnings)
    ]
    seen: dict[str, Entry] = {}
    for e in entries:
        if e.id in seen:
            raise InputError.one(str(e.id), say("input.listed_twice"))
        seen[e.id] = e
    plan = inputs.plan.plan
    targets = sorted({t for g in plan.groups for t in g.targets})
    pools = {t: inputs.pool(t) for t in targets}
    verdict = judge(plan, pools, inputs.enterprises.by_id(), entries, complete=request.complete)
    return ValidateOutcome(verdict, tuple(warnings))
