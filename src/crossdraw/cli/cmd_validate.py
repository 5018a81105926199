"""`crossdraw validate`: judge a proposed list (or draw records) against the plan's rules."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from crossdraw.cli import exitcodes
from crossdraw.cli.common import (
    DEFAULT_ENTERPRISES,
    DEFAULT_GROUPS,
    AsOfOpt,
    EnterprisesOpt,
    ExcludeOpt,
    GroupsOpt,
    InspectedSinceOpt,
    JsonOpt,
    SheetOpt,
    StrictOpt,
    gather,
    guarded,
    out_console,
    print_json,
    warn,
)
from crossdraw.cli.render import findings_table
from crossdraw.domain.errors import InputError

if TYPE_CHECKING:  # the core loads in the commands that use it, not at start-up
    from crossdraw.domain.rules import Entry
    from crossdraw.services.inputs import Inputs


def _entries(inputs: Inputs, path: Path, sheet: str | None) -> list[Entry]:
    """Rows of a LIST (CSV or .xlsx), or the selection of a draw record (all drawn)."""
    from crossdraw.domain.rules import Entry
    from crossdraw.load.listfile import load_list
    from crossdraw.records.record import shape_problem
    from crossdraw.store import ledger
    from crossdraw.store.storage import read_record

    if path.suffix.lower() == ".json":
        record = read_record(path)
        problem = shape_problem(record)
        if problem:
            raise InputError.one(
                str(path),
                f"not a usable crossdraw record: {problem}; check it with crossdraw verify",
            )
        void = ledger.void_of(path.parent, str(record["digest"]))
        if void is not None:
            raise InputError.one(
                str(path),
                f"this draw was voided (ledger.jsonl line {void.line}: {void.data['reason']}); "
                "validate the redraw instead",
            )
        target = inputs.plan.geography.resolve(str(record.get("target", "")))
        if target is None:
            raise InputError.one(
                str(path), f"target {record.get('target')!r} is not a prefecture of this plan"
            )
        return [
            Entry(prefecture=target, id=str(s["id"]), source="drawn") for s in record["selected"]
        ]
    listed = load_list(path, inputs.plan.geography, inputs.enterprises.by_id(), sheet=sheet)
    warn(list(listed.warnings))
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


@guarded
def validate(
    lists: Annotated[
        list[Path],
        typer.Argument(
            help="LIST CSV or .xlsx file(s) (prefecture,id,source[,name,start_date,end_date]) "
            "or draw records."
        ),
    ],
    list_sheet: Annotated[
        str | None,
        typer.Option(
            "--list-sheet", help="Sheet of a workbook LIST (default: the first with a header row)."
        ),
    ] = None,
    *,
    complete: Annotated[
        bool, typer.Option("--complete", help="Judge every group; an unlisted group fails Q1.")
    ] = False,
    groups: GroupsOpt = DEFAULT_GROUPS,
    enterprises: EnterprisesOpt = DEFAULT_ENTERPRISES,
    exclude: ExcludeOpt = None,
    inspected_since: InspectedSinceOpt = None,
    as_of: AsOfOpt = None,
    sheet: SheetOpt = None,
    strict: StrictOpt = False,
    json_out: JsonOpt = False,
) -> None:
    """Check a proposed list of target enterprises against E1-E3, Q1-Q5, Q7 and T1-T2.

    Suggested rows (source = suggested / 建议) are shown but never counted (Q7). Groups
    with no rows are reported as not yet listed unless --complete is given. Visit
    dates (start_date, end_date) are judged under T1 (a metal smelter at least one
    day) and T2 (by the deadline). Exit 0 valid, 1 rule violations, 2 bad input.

    Example:  crossdraw validate proposed.csv --complete
    """
    from crossdraw.domain.rules import judge

    inputs = gather(
        groups,
        enterprises,
        exclude,
        strict=strict,
        sheet=sheet,
        inspected_since=inspected_since,
        as_of=as_of,
    )
    entries = [e for path in lists for e in _entries(inputs, path, list_sheet)]
    seen: dict[str, Entry] = {}
    for e in entries:
        if e.id in seen:
            raise InputError.one(str(e.id), "listed twice (in two LIST files or records)")
        seen[e.id] = e
    plan = inputs.plan.plan
    targets = sorted({t for g in plan.groups for t in g.targets})
    pools = {t: inputs.pool(t) for t in targets}
    verdict = judge(plan, pools, inputs.enterprises.by_id(), entries, complete=complete)
    if json_out:
        print_json(
            {
                "valid": verdict.valid,
                "violations": [f.to_json() for f in verdict.errors()],
                "warnings": [f.to_json() for f in verdict.warnings()],
                "notes": [f.to_json() for f in verdict.notes()],
            }
        )
    else:
        console = out_console()
        console.print(findings_table("verdict 校验结果", verdict.findings))
        console.print(
            "[green]符合方案规定 (valid: every listed group meets the plan's rules)[/green]"
            if verdict.valid
            else f"[red]{len(verdict.errors())} 处不符合规定 (rule violation(s))[/red]"
        )
    raise typer.Exit(exitcodes.OK if verdict.valid else exitcodes.VIOLATIONS)
