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

app = typer.Typer(
    help="Inspect the plan (groups.yaml).\n\nExample:  crossdraw plan check",
    no_args_is_help=True,
)


@app.command("check")
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
        console.print(f"[bold]{escape(plan.plan.title)}[/bold] ({plan.plan.year})")
        console.print(f"plan file {escape(str(loaded.path))}  sha256 {loaded.sha256}")
        table = Table(title="交叉执法组安排 groups")
        for col in (
            "group",
            "members 组建市州 (lead first)",
            "targets 被检查市州",
            "guide 指导人员",
        ):
            table.add_column(col)
        for g in plan.groups:
            guide = f"{g.guide.name} ({g.guide.title})" if g.guide else "-"
            members = "、".join([f"{g.lead} (组长)", *g.members[1:]])
            table.add_row(
                escape(f"{g.id} {g.name}"),
                escape(members),
                escape("、".join(g.targets)),
                escape(guide),
            )
        console.print(table)
        console.print(findings_table("P rules", findings))
        console.print(
            "[green]方案符合 P 规则 (plan holds)[/green]"
            if valid
            else "[red]方案不符合 P 规则 (plan breaks P rules)[/red]"
        )
    raise typer.Exit(exitcodes.OK if valid else exitcodes.VIOLATIONS)
