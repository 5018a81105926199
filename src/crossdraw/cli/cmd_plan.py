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

app = typer.Typer(
    help=(
        "Inspect the plan (groups.yaml), and draw next year's group table.\n\n"
        "Example:  crossdraw plan check"
    ),
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


AvoidOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--avoid",
        help="An earlier year's plan (YAML) whose inspections are not repeated (repeatable).",
    ),
]
ForbidOpt = Annotated[
    Path | None,
    typer.Option("--forbid", help="CSV of inspector,target pairs that must not occur."),
]
NoAvoidBaseOpt = Annotated[
    bool,
    typer.Option(
        "--no-avoid-base", help="Allow repeating the inspections of the --groups plan itself."
    ),
]


@app.command("odds")
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


@app.command("draw")
@guarded
def draw(
    *,
    year: Annotated[int, typer.Option("--year", help="The year of the new plan (e.g. 2022).")],
    out: Annotated[
        Path, typer.Option("--out", help="Folder for the new plan, the record and ledger.jsonl.")
    ],
    seed: Annotated[
        str,
        typer.Option(
            "--seed",
            help="The dice digits exactly as rolled (at least 20); parties' parts joined "
            "with '-' (e.g. 3820174956-1023847561).",
        ),
    ],
    accept_short_seed: Annotated[
        bool,
        typer.Option(
            "--accept-short-seed", help="Confirm a seed of fewer than 20 digits (not recommended)."
        ),
    ] = False,
    groups: GroupsOpt = DEFAULT_GROUPS,
    avoid: AvoidOpt = None,
    forbid: ForbidOpt = None,
    no_avoid_base: NoAvoidBaseOpt = False,
    witness: Annotated[str, typer.Option("--witness", help="见证人.")] = "",
    drawer: Annotated[str, typer.Option("--drawer", help="抽签人.")] = "",
    place: Annotated[str, typer.Option("--place", help="Where the draw takes place.")] = "",
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
