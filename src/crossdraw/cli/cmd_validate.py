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
from crossdraw.output.messages import say


@guarded
def validate(
    lists: Annotated[
        list[Path],
        typer.Argument(help="help.validate_lists"),
    ],
    list_sheet: Annotated[
        str | None,
        typer.Option("--list-sheet", help="help.list_sheet"),
    ] = None,
    *,
    complete: Annotated[bool, typer.Option("--complete", help="help.complete")] = False,
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
        console.print(findings_table(say("out.verdict"), verdict.findings))
        console.print(
            f"[green]{say('out.valid')}[/green]"
            if verdict.valid
            else f"[red]{say('out.invalid', n=len(verdict.errors()))}[/red]"
        )
    raise typer.Exit(exitcodes.OK if verdict.valid else exitcodes.VIOLATIONS)
