"""`crossdraw draw`: the exact draw of a group's targets (its odds: cmd_odds)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

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
    SignKeyOpt,
    StrictOpt,
    guarded,
    input_spec,
    signing_key,
    warn,
)
from crossdraw.cli.draw_render import report
from crossdraw.domain.errors import InputError
from crossdraw.output.messages import say

GroupOpt = Annotated[int | None, typer.Option("--group", help="help.group")]
PrefectureOpt = Annotated[
    str | None,
    typer.Option("--prefecture", help="help.prefecture_draw"),
]
AfterOpt = Annotated[
    list[Path] | None,
    typer.Option("--after", help="help.after"),
]
WaiveOpt = Annotated[
    list[str] | None,
    typer.Option("--waive", help="help.waive"),
]


@guarded
def draw(
    *,
    group: GroupOpt = None,
    all_groups: Annotated[bool, typer.Option("--all", help="help.all")] = False,
    prefecture: PrefectureOpt = None,
    seed: Annotated[
        str | None,
        typer.Option(
            "--seed",
            help="help.seed",
        ),
    ] = None,
    accept_short_seed: Annotated[
        bool,
        typer.Option("--accept-short-seed", help="help.accept_short_seed"),
    ] = False,
    witness: Annotated[str, typer.Option("--witness", help="help.witness")] = "",
    drawer: Annotated[str, typer.Option("--drawer", help="help.drawer")] = "",
    bureau_rep: Annotated[str, typer.Option("--bureau-rep", help="help.bureau_rep")] = "",
    place: Annotated[str, typer.Option("--place", help="help.place")] = "",
    out: OutOpt = Path("draws"),
    after: AfterOpt = None,
    waive: WaiveOpt = None,
    reason: Annotated[str | None, typer.Option("--reason", help="help.reason_waive")] = None,
    groups: GroupsOpt = DEFAULT_GROUPS,
    enterprises: EnterprisesOpt = DEFAULT_ENTERPRISES,
    exclude: ExcludeOpt = None,
    inspected_since: InspectedSinceOpt = None,
    as_of: AsOfOpt = None,
    sheet: SheetOpt = None,
    strict: StrictOpt = False,
    sign_key: SignKeyOpt = None,
    json_out: JsonOpt = False,
    no_input: Annotated[bool, typer.Option("--no-input", help="help.no_input_draw")] = False,
    lang: Annotated[str | None, typer.Option("--lang", help="help.lang")] = None,
) -> None:
    """Draw a group's target enterprises: exactly uniform over all valid selections.

    Run in a terminal without --group or --seed, it starts the guided ceremony
    (see `crossdraw ceremony`); --no-input turns that off for scripts.

    With --prefecture, draws that target with the seed as entered (a group's second
    target uses the first's standing draw, found in --out's ledger or given with
    --after). Without it, draws the group's targets in order, each with the seed
    "SEED/GROUP/PREFECTURE". Writes one record per prefecture draw and one line per
    record to --out/ledger.jsonl, all or nothing; a target whose draw stands is refused
    (withdraw it with `crossdraw void`). Exit 1 when no selection satisfies the rules
    (with the reason), 2 on bad input.

    Example:  crossdraw draw --group 1 --seed 38201749561023847561 --witness 张三
    """
    # First: a workbook list is then read while the service is imported.
    spec = input_spec(groups, enterprises, exclude, strict, sheet, inspected_since, as_of)

    from crossdraw.output.messages import resolve_lang
    from crossdraw.records.record import Witnesses
    from crossdraw.services.drawing import DrawRequest
    from crossdraw.services.drawing import draw as draw_service

    missing = seed is None or (group is None and not all_groups)
    if missing and not (no_input or json_out or all_groups):
        from crossdraw.cli import cmd_ceremony
        from crossdraw.services.ceremony import CeremonyRequest

        if cmd_ceremony.is_terminal():  # a person at the laptop: guide them step by step
            request = CeremonyRequest(
                out=Path(out),
                group=group,
                prefecture=prefecture,
                witness=witness or None,
                drawer=drawer or None,
                bureau_rep=bureau_rep or None,
                place=place or None,
                seed_parts=(seed,) if seed is not None else (),
                dice_only=False,  # a --seed is used exactly as entered
                sign_key=signing_key(sign_key),
            )
            cmd_ceremony.run_at_terminal(resolve_lang(lang), True, spec.load(), request)
            return
    if seed is None:
        raise InputError.one("--seed", say("cli.no_seed"))
    outcome = draw_service(
        DrawRequest(
            inputs=spec,
            seed=seed,
            out=Path(out),
            group=group,
            all_groups=all_groups,
            prefecture=prefecture,
            witnesses=Witnesses(witness, drawer, bureau_rep, place),
            after=tuple(after or []),
            waive=tuple(waive or []),
            reason=reason,
            sign_key=signing_key(sign_key),
            accept_short_seed=accept_short_seed,
        )
    )
    warn(list(outcome.warnings))
    report(outcome, json_out, resolve_lang(lang))
