"""`crossdraw validate`: judge a proposed list (or draw records) against the plan's rules."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

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
    guarded,
    input_spec,
    out_console,
    print_json,
    warn,
)
from crossdraw.cli.render import findings_table


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
    # First: a workbook list is then read while the service is imported.
    spec = input_spec(groups, enterprises, exclude, strict, sheet, inspected_since, as_of)

    from crossdraw.services.validating import ValidateRequest
    from crossdraw.services.validating import validate as validate_service

    outcome = validate_service(ValidateRequest(spec, tuple(lists), list_sheet, complete))
    warn(list(outcome.warnings))
    verdict = outcome.verdict
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
