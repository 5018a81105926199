"""`crossdraw plan check`, `plan odds` and `plan draw`: the group table, P1-P6, next year's table."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from crossdraw.cli import exitcodes
from crossdraw.cli.common import (
    DEFAULT_GROUPS,
    GroupsOpt,
    JsonOpt,
    SignKeyOpt,
    guarded,
    out_console,
    print_json,
    signing_key,
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


AvoidOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--avoid",
        help="help.avoid",
    ),
]
ForbidOpt = Annotated[
    Path | None,
    typer.Option("--forbid", help="help.forbid"),
]
NoAvoidBaseOpt = Annotated[
    bool,
    typer.Option("--no-avoid-base", help="help.no_avoid_base"),
]


@app.command("odds", help="cmd.plan.odds", cls=CrossdrawCommand)
@guarded
def odds(
    groups: GroupsOpt = DEFAULT_GROUPS,
    avoid: AvoidOpt = None,
    forbid: ForbidOpt = None,
    no_avoid_base: NoAvoidBaseOpt = False,
    json_out: JsonOpt = False,
) -> None:
    """Count next year's valid group tables and each prefecture's chance to inspect each other.

    A valid table (leads included) keeps P1-P3, has no two groups inspecting each other
    (P4) and repeats no inspection of the --groups plan (unless --no-avoid-base), of an
    --avoid plan, or of a --forbid pair. Probabilities are exact fractions when the
    counting programme is small enough; otherwise they are estimates, labelled as such,
    with a 95% margin. Exit 1 when no table is valid (naming the rules that conflict),
    2 on bad input.

    Example:  crossdraw plan odds --groups data/groups.yaml --json
    """
    from crossdraw.cli.plan_table_render import print_odds
    from crossdraw.services.plan_table import plan_odds, table_inputs

    inputs = table_inputs(Path(groups), list(avoid or []), forbid, avoid_base=not no_avoid_base)
    print_odds(inputs, plan_odds(inputs), json_out)


@app.command("draw", help="cmd.plan.draw", cls=CrossdrawCommand)
@guarded
def draw(
    *,
    year: Annotated[int, typer.Option("--year", help="help.table_year")],
    out: Annotated[Path, typer.Option("--out", help="help.table_out")],
    seed: Annotated[
        str,
        typer.Option(
            "--seed",
            help="help.seed",
        ),
    ],
    accept_short_seed: Annotated[
        bool,
        typer.Option("--accept-short-seed", help="help.accept_short_seed"),
    ] = False,
    groups: GroupsOpt = DEFAULT_GROUPS,
    avoid: AvoidOpt = None,
    forbid: ForbidOpt = None,
    no_avoid_base: NoAvoidBaseOpt = False,
    witness: Annotated[str, typer.Option("--witness", help="help.witness")] = "",
    drawer: Annotated[str, typer.Option("--drawer", help="help.drawer")] = "",
    place: Annotated[str, typer.Option("--place", help="help.place")] = "",
    sign_key: SignKeyOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Draw next year's group table: exactly uniform over the valid tables (see plan odds).

    Writes into --out, all or nothing: groups-YEAR.yaml (the new plan, in the format of
    data/groups.yaml: rules carried over, dates moved by whole years and marked 待确认,
    guides left empty), table-YEAR.json (the record; `crossdraw verify` re-derives it)
    and a line in ledger.jsonl. The same seed gives the same table. Exit 1 when no table
    is valid, 2 on bad input (nothing written).

    Example:  crossdraw plan draw --year 2022 --seed 38201749561023847561 --out draws/
    """
    import datetime as dt

    from crossdraw.cli.plan_table_render import print_draw
    from crossdraw.services.drawing import check_seed
    from crossdraw.services.plan_table import Witnessed, plan_draw, table_inputs

    check_seed(seed, accept_short=accept_short_seed)  # before any file is read
    key = signing_key(sign_key)
    inputs = table_inputs(Path(groups), list(avoid or []), forbid, avoid_base=not no_avoid_base)
    result = plan_draw(
        inputs,
        year=year,
        seed=seed,
        accept_short_seed=accept_short_seed,
        out=Path(out),
        people=Witnessed(witness, drawer, place),
        drawn_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        sign_key=key,
    )
    print_draw(result, json_out)
