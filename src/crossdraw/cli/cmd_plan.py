"""`crossdraw plan check`: the group table and the P1-P6 verdicts."""

from __future__ import annotations

from pathlib import Path

import typer

from crossdraw.cli import exitcodes
from crossdraw.cli.common import (
    DEFAULT_GROUPS,
    GroupsOpt,
    JsonOpt,
    guarded,
    out_console,
    print_json,
)
from crossdraw.cli.words import CrossdrawCommand, CrossdrawGroup
from crossdraw.output.messages import say

app = typer.Typer(
    help="cmd.plan",
    cls=CrossdrawGroup,
    no_args_is_help=True,
)


@app.command("check", help="cmd.plan.check", cls=CrossdrawCommand)
@guarded
def check(groups: GroupsOpt = DEFAULT_GROUPS, json_out: JsonOpt = False) -> None:
    """Show the plan's groups and check P1-P6 (structure, cross rule, roster, dates).

    Exit 0 when the plan holds, 1 when a P rule is broken, 2 when the file is unreadable.

    Example:  crossdraw plan check --groups data/groups.yaml
    """
    from rich.table import Table

    from crossdraw.cli.render import findings_table
    from crossdraw.cli.safe import escape
    from crossdraw.services.planning import check as check_service

    result = check_service(Path(groups))
    loaded, findings, valid = result.loaded, result.findings, result.valid
    plan = loaded.plan
    if json_out:
        print_json(
            {
                "valid": valid,
                "plan": {"title": plan.plan.title, "year": plan.plan.year, "sha256": loaded.sha256},
                "groups": [
                    {
                        "id": g.id,
                        "name": g.name,
                        "members": list(g.members),
                        "lead": g.lead,
                        "targets": list(g.targets),
                        "guide": g.guide.model_dump() if g.guide else None,
                    }
                    for g in plan.groups
                ],
                "findings": [f.to_json() for f in findings],
            }
        )
    else:
        console = out_console()
        title = f"[bold]{escape(plan.plan.title)}[/bold]"
        console.print(say("out.plan_head", title=title, year=plan.plan.year))
        console.print(say("out.plan_file", path=escape(str(loaded.path)), sha=loaded.sha256))
        table = Table(title=say("out.plan_table"))
        for col in ("group", "members", "targets", "guide"):
            table.add_column(say(f"out.col.{col}"))
        for g in plan.groups:
            guide = f"{g.guide.name}（{g.guide.title}）" if g.guide else "-"
            members = "、".join([f"{g.lead}{say('out.leader_mark')}", *g.members[1:]])
            table.add_row(
                escape(f"{g.id} {g.name}"),
                escape(members),
                escape("、".join(g.targets)),
                escape(guide),
            )
        console.print(table)
        console.print(findings_table(say("out.plan_findings"), findings))
        console.print(
            f"[green]{say('out.plan_ok')}[/green]" if valid else f"[red]{say('out.plan_bad')}[/red]"
        )
    raise typer.Exit(exitcodes.OK if valid else exitcodes.VIOLATIONS)
