"""`crossdraw draw`: the exact draw of a group's targets (its odds: cmd_odds)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

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
    out_console,
    print_json,
    signing_key,
    warn,
)
from crossdraw.cli.render import (
    enterprise_table,
    pool_summary,
    print_whole,
    selection_rows,
)
from crossdraw.cli.safe import escape
from crossdraw.domain.errors import InputError
from crossdraw.output.messages import say

if TYPE_CHECKING:  # the core loads in the commands that use it, not at start-up
    from rich.console import Console

    from crossdraw.records.models import DrawRecord
    from crossdraw.services.drawing import DrawOutcome

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
    _report(outcome, json_out, resolve_lang(lang))


def _list_lines(console: Console, record: DrawRecord, lang: str) -> None:
    """The sample-data banner (in red) when the list was the bundled sample, and the list's
    file name and fingerprint."""
    from crossdraw.domain.canonical import fingerprint
    from crossdraw.output.messages import text

    if record.sample_data:
        console.print(
            f"[bold white on red] {escape(text('paper.sample_banner', lang))} [/bold white on red]"
        )
        console.print(f"[red]{escape(text('paper.sample_note', lang))}[/red]")
    name = record.enterprises_file or text("paper.list_unnamed", lang)
    fp = fingerprint(record.enterprises_sha256)
    console.print(escape(text("paper.list_line", lang, name=name, fp=fp)))


def _report(outcome: DrawOutcome, json_out: bool, lang: str = "zh") -> None:
    from crossdraw.domain.canonical import fingerprint
    from crossdraw.output.messages import text

    planned, lines = outcome.planned, outcome.lines

    head = lines[-1].sha256 if lines else None
    if json_out:
        print_json(
            {
                "draws": [
                    {
                        "group": p.record.group.id,
                        "prefecture": p.record.target,
                        "seed": p.record.seed.value,
                        "selected": list(p.selected),
                        "record": str(p.path),
                        "digest": p.record.digest,
                        "signed_by": p.record.signed_by,
                        "ledger_line": line.line,
                    }
                    for p, line in zip(planned, lines)
                ],
                "ledger": {"head": head, "lines": lines[-1].line if lines else 0},
                "enterprises": {
                    "file": planned[0].record.enterprises_file if planned else None,
                    "sha256": planned[0].record.enterprises_sha256 if planned else None,
                    "sample_data": any(p.record.sample_data for p in planned),
                },
            }
        )
        return
    console = out_console()
    if planned:
        _list_lines(console, planned[0].record, lang)
    for p, line in zip(planned, lines):
        rec = p.record
        console.print()
        for w in rec.waivers:
            waiver = say("out.waiver", rule=w.rule, reason=escape(w.reason))
            console.print(f"[bold red]{waiver}[/bold red]")
        group = f"[bold]{escape(rec.group.name)}[/bold]"
        console.print(say("out.draw_head", group=group, id=rec.group.id, target=escape(rec.target)))
        pool_summary(console, p.pool)
        console.print(say("out.seed", seed=escape(rec.seed.value)))
        console.print(
            say(
                "out.counts",
                group=rec.counts.group_valid_selections,
                draw=rec.counts.this_draw,
                integer=rec.random.integer,
            )
        )
        names = {s.id: s.name for s in rec.selected}
        odds = {s.id: s.odds for s in rec.selected}
        title = say("out.drawn_title", pref=escape(rec.target))
        enterprise_table(console, title, selection_rows(p.selected, p.pool, names, odds))
        console.print(say("out.record", path=escape(str(p.path))))
        console.print(say("out.record_digest", digest=rec.digest))
        fp = fingerprint(rec.digest)
        print_whole(console, say("out.record_fp", fp=f"[bold]{fp}[/bold]"), fp)
        if rec.signed_by:
            console.print(say("out.signed_by", key=rec.signed_by))
        console.print(say("out.ledger_line", line=line.line))
    if lines:
        fp = fingerprint(lines[-1].sha256)
        console.print()
        shown = say("out.ledger_head", line=lines[-1].line, fp=f"[bold]{fp}[/bold]")
        print_whole(console, shown, fp)
    if any(p.record.sample_data for p in planned):  # said again where the eye ends up
        console.print(
            f"[bold white on red] {escape(text('paper.sample_banner', lang))} [/bold white on red]"
        )
