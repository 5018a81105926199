"""`crossdraw draw` and `crossdraw odds`: the exact draw of a group's targets and its odds."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

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
from crossdraw.cli.render import pool_summary, print_table, selection_table, tags_text
from crossdraw.cli.safe import escape
from crossdraw.domain.errors import InputError

if TYPE_CHECKING:  # the core loads in the commands that use it, not at start-up
    from rich.console import Console

    from crossdraw.lottery.draw import GroupSpace
    from crossdraw.records.models import DrawRecord
    from crossdraw.services.drawing import DrawOutcome

GroupOpt = Annotated[int | None, typer.Option("--group", help="Group number (1 = 第一组).")]
PrefectureOpt = Annotated[
    str | None,
    typer.Option(
        "--prefecture", help="Draw only this target (湘潭 = 湘潭市); the seed is used as is."
    ),
]
AfterOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--after", help="Record of the group's earlier target draw (else found in --out)."
    ),
]
WaiveOpt = Annotated[
    list[str] | None,
    typer.Option("--waive", help="Draw without this rule (Q2, Q3, Q4, …); needs --reason."),
]


@guarded
def draw(
    *,
    group: GroupOpt = None,
    all_groups: Annotated[
        bool, typer.Option("--all", help="Draw every group of the plan.")
    ] = False,
    prefecture: PrefectureOpt = None,
    seed: Annotated[
        str | None,
        typer.Option(
            "--seed",
            help="The dice digits as rolled (0-9, at least 20; parties' parts joined by -).",
        ),
    ] = None,
    accept_short_seed: Annotated[
        bool,
        typer.Option(
            "--accept-short-seed", help="Confirm a seed of fewer than 20 digits (not recommended)."
        ),
    ] = False,
    witness: Annotated[str, typer.Option("--witness", help="见证人 (Q6).")] = "",
    drawer: Annotated[str, typer.Option("--drawer", help="抽签人 (Q6).")] = "",
    bureau_rep: Annotated[str, typer.Option("--bureau-rep", help="被检查市州局代表 (Q6).")] = "",
    place: Annotated[str, typer.Option("--place", help="Where the draw takes place.")] = "",
    out: OutOpt = Path("draws"),
    after: AfterOpt = None,
    waive: WaiveOpt = None,
    reason: Annotated[str | None, typer.Option("--reason", help="Why the rule is waived.")] = None,
    groups: GroupsOpt = DEFAULT_GROUPS,
    enterprises: EnterprisesOpt = DEFAULT_ENTERPRISES,
    exclude: ExcludeOpt = None,
    inspected_since: InspectedSinceOpt = None,
    as_of: AsOfOpt = None,
    sheet: SheetOpt = None,
    strict: StrictOpt = False,
    sign_key: SignKeyOpt = None,
    json_out: JsonOpt = False,
    no_input: Annotated[
        bool, typer.Option("--no-input", help="Never start the guided ceremony; fail instead.")
    ] = False,
    lang: Annotated[str | None, typer.Option("--lang", help="Ceremony language: zh or en.")] = None,
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
        raise InputError.one(
            "--seed",
            "a draw needs a seed and crossdraw never invents one: roll ten-sided dice in front "
            "of the witnesses (at least 20 digits) and give them with --seed",
        )
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
            console.print(f"[bold red]WAIVER {w.rule}[/bold red]: {escape(w.reason)}")
        console.print(
            f"[bold]{escape(rec.group.name)}[/bold] (group {rec.group.id}) → {escape(rec.target)}"
        )
        pool_summary(console, p.pool)
        console.print(f"  seed {escape(rec.seed.value)}")
        console.print(
            f"  valid selections of the group: {rec.counts.group_valid_selections}; "
            f"this draw chose among {rec.counts.this_draw} (weighted), "
            f"random integer {rec.random.integer}"
        )
        names = {s.id: s.name for s in rec.selected}
        odds = {s.id: s.odds for s in rec.selected}
        console.print(
            selection_table(f"{escape(rec.target)} drawn 抽签结果", p.selected, p.pool, names, odds)
        )
        console.print(f"  record {escape(str(p.path))}")
        console.print(f"  record digest {rec.digest}")
        console.print(f"  fingerprint [bold]{fingerprint(rec.digest)}[/bold]")
        if rec.signed_by:
            console.print(f"  signed by key {rec.signed_by}")
        console.print(f"  ledger.jsonl line {line.line}")
    if lines:
        console.print(
            f"\nledger head (line {lines[-1].line}) [bold]{fingerprint(lines[-1].sha256)}"
            "[/bold]: note it on the sign-off sheet"
        )
    if any(p.record.sample_data for p in planned):  # said again where the eye ends up
        console.print(
            f"[bold white on red] {escape(text('paper.sample_banner', lang))} [/bold white on red]"
        )


@guarded
def odds(
    *,
    group: Annotated[int, typer.Option("--group", help="Group number (1 = 第一组).")],
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
    console.print(
        f"[bold]{escape(grp.name)}[/bold] (group {grp.id}): {total} valid selections (Q1-Q5)"
    )
    for req in space.quota.requirements:
        console.print(f"  {escape(req.describe())}")
    _odds_tables(console, space, unconditional, by_id, "")
    if prior:
        given = "; ".join(f"{t}: {', '.join(ids)}" for t, ids in prior.items())
        console.print(f"\n[bold]given the draw of[/bold] {escape(given)}")
        _odds_tables(console, space, conditional, by_id, " (conditional)")


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
        print_table(
            console,
            f"{escape(t.target)} odds{suffix} 入选概率",
            ("USCC", "name 企业名称", "county 县市区", "categories 类别", "odds 概率"),
            table_rows,
        )
