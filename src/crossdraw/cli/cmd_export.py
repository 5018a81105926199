"""`crossdraw export`: the consolidated target list of one group or the whole plan."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from crossdraw.cli import exitcodes
from crossdraw.cli.common import (
    DEFAULT_ENTERPRISES,
    DEFAULT_GROUPS,
    GroupsOpt,
    SheetOpt,
    guarded,
    out_console,
    warn,
)
from crossdraw.cli.render import findings_table
from crossdraw.cli.safe import escape
from crossdraw.output.messages import say


class ExportFormat(str, Enum):
    xlsx = "xlsx"
    csv = "csv"
    json = "json"


@guarded
def export(
    records: Annotated[list[Path], typer.Argument(help="help.records_export")],
    *,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", help="help.export_format")
    ] = ExportFormat.xlsx,
    out: Annotated[Path | None, typer.Option("--out", help="help.export_out")] = None,
    group: Annotated[int | None, typer.Option("--group", help="help.export_group")] = None,
    visits: Annotated[
        Path | None,
        typer.Option(
            "--list",
            help="help.export_list",
        ),
    ] = None,
    list_sheet: Annotated[str | None, typer.Option("--list-sheet", help="help.list_sheet")] = None,
    groups: GroupsOpt = DEFAULT_GROUPS,
    enterprises: Annotated[
        Path | None,
        typer.Option(
            "--enterprises",
            envvar="CROSSDRAW_ENTERPRISES",
            help="help.export_enterprises",
        ),
    ] = None,
    sheet: SheetOpt = None,
) -> None:
    """Export the target list of one group or the whole plan, as the provincial office files it.

    One row per target enterprise (group, lead prefecture, target, enterprise, USCC,
    county, sector, categories, drawn or suggested, odds, record digest), ordered by
    group, target and id. The xlsx adds a sheet showing how each group met Q1-Q5 (and
    T1-T2 when --list gives visit dates) and by which enterprises, and one of every
    E2/E3 exclusion. Records are verified first (exit 3 if one does not reproduce).
    Exit 0 written and valid, 1 written but a rule is broken, 2 bad input (nothing
    written).

    Example:  crossdraw export draws/ --format xlsx --out 交叉执法对象.xlsx
    """
    from crossdraw.services.filing import ExportRequest
    from crossdraw.services.filing import export as export_service

    outcome = export_service(
        ExportRequest(
            records=tuple(records),
            fmt=fmt.value,
            out=out,
            groups=Path(groups),
            enterprises=enterprises,
            default_enterprises=DEFAULT_ENTERPRISES,
            group=group,
            visits=visits,
            list_sheet=list_sheet,
            sheet=sheet,
        )
    )
    warn(list(outcome.warnings))
    result = outcome.result
    console = out_console()
    names = "、".join(g.group.name for g in outcome.drawn)
    console.print(
        say("out.export_wrote", path=escape(str(outcome.path)), n=len(result.targets), names=names)
        + ("" if outcome.with_enterprises else say("out.export_no_list"))
    )
    from crossdraw.output.messages import resolve_lang
    from crossdraw.output.openlines import open_line_texts

    for note in open_line_texts(outcome.open_lines, resolve_lang(None)):
        console.print(f"[yellow]{escape(note)}[/yellow]")
    shown = [f for f in result.findings if f.severity != "info"]
    if shown:
        console.print(findings_table(say("out.findings"), shown))
    raise typer.Exit(exitcodes.OK if result.valid else exitcodes.VIOLATIONS)
