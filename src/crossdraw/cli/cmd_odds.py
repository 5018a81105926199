"""`crossdraw odds`: the exact odds of a group's draw, before (or between) its draws."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from crossdraw.cli.cmd_draw import AfterOpt, WaiveOpt
from crossdraw.cli.common import (
    DEFAULT_ENTERPRISES,
    DEFAULT_GROUPS,
    AsOfOpt,
    EnterprisesOpt,
    ExcludeOpt,
    GroupsOpt,
    InspectedSinceOpt,
    JsonOpt,
    OutOpt,
    SheetOpt,
    StrictOpt,
    guarded,
    input_spec,
    out_console,
    print_json,
    warn,
)
from crossdraw.cli.render import enterprise_table, tags_text
from crossdraw.cli.safe import escape
from crossdraw.output.messages import requirement_text, say

if TYPE_CHECKING:  # the core loads in the commands that use it, not at start-up
    from crossdraw.lottery.draw import GroupSpace


@guarded
def odds(
    *,
    group: Annotated[int, typer.Option("--group", help="help.group")],
    out: OutOpt = Path("draws"),
    after: AfterOpt = None,
    waive: WaiveOpt = None,
    groups: GroupsOpt = DEFAULT_GROUPS,
    enterprises: EnterprisesOpt = DEFAULT_ENTERPRISES,
    exclude: ExcludeOpt = None,
    inspected_since: InspectedSinceOpt = None,
    as_of: AsOfOpt = None,
    sheet: SheetOpt = None,
    strict: StrictOpt = False,
    json_out: JsonOpt = False,
) -> None:
    """Exact odds: the group's valid-selection count and every eligible enterprise's chance.

    Probabilities are exact reduced fractions. When a target of the group was already
    drawn (its record in --out or given with --after), also shows the conditional
    odds of the targets still to draw.

    Example:  crossdraw odds --group 5 --json
    """
    # First: a workbook list is then read while the service is imported.
    spec = input_spec(groups, enterprises, exclude, strict, sheet, inspected_since, as_of)

    from crossdraw.services.drawing import OddsRequest
    from crossdraw.services.drawing import odds as odds_service

    result = odds_service(
        OddsRequest(spec, group, Path(out), tuple(after or []), tuple(waive or []))
    )
    warn(list(result.warnings))
    grp, space, total, prior = result.group, result.space, result.total, result.prior
    unconditional, conditional = result.unconditional, result.conditional
    by_id = result.inputs.of_group(grp)
    if json_out:
        doc: dict[str, Any] = {
            "group": grp.id,
            "valid_selections": total,
            "requirements": [r.describe() for r in space.quota.requirements],
            "enterprises": _odds_json(unconditional),
        }
        if prior:
            doc["conditional"] = {
                "given": [{"prefecture": t, "selected": list(ids)} for t, ids in prior.items()],
                "valid_selections": conditional[0].bound if conditional else 0,
                "enterprises": _odds_json(conditional),
            }
        print_json(doc)
        return
    console = out_console()
    heading = f"[bold]{escape(grp.name)}[/bold]"
    console.print(say("out.odds_head", group=heading, id=grp.id, total=total))
    for req in space.quota.requirements:
        console.print("  " + escape(requirement_text(req)))
    _odds_tables(console, space, unconditional, by_id, "")
    if prior:
        given = "; ".join(f"{t}: {', '.join(ids)}" for t, ids in prior.items())
        console.print("\n" + say("out.given", given=escape(given)))
        _odds_tables(console, space, conditional, by_id, say("out.conditional"))


def _odds_json(rows: Any) -> list[dict[str, str]]:
    from crossdraw.domain.fraction import fraction_text

    return [
        {"id": i, "prefecture": t.target, "probability": fraction_text(p)}
        for t in rows
        for i, p in sorted(t.odds.items())
    ]


def _odds_tables(console: Any, space: GroupSpace, rows: Any, by_id: Any, suffix: str) -> None:
    from crossdraw.domain.fraction import odds_text

    labels: dict[tuple[str, ...], str] = {}
    for t in rows:
        # The few distinct probabilities, by value: hashing and comparing Fractions is slow.
        distinct = {(p.numerator, p.denominator): p for p in t.odds.values()}
        ranked = sorted(distinct.values(), reverse=True)
        rank = {(p.numerator, p.denominator): r for r, p in enumerate(ranked)}
        texts = [odds_text(p) for p in ranked]
        keyed = sorted((rank[p.numerator, p.denominator], i) for i, p in t.odds.items())
        table_rows = []
        for r, i in keyed:
            e = by_id[i]
            label = labels.get(e.tags)
            if label is None:
                label = labels[e.tags] = tags_text(e.tags)
            table_rows.append((i, e.name, e.county, label, texts[r]))
        enterprise_table(
            console, say("out.odds_title", pref=escape(t.target), suffix=suffix), table_rows
        )
