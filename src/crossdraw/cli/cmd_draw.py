"""`crossdraw draw` and `crossdraw odds`: the exact draw of a group's targets and its odds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
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
    SheetOpt,
    SignKeyOpt,
    StrictOpt,
    err_console,
    gather,
    guarded,
    out_console,
    print_json,
    signing_key,
)
from crossdraw.cli.render import pool_summary, print_table, selection_table, tags_text
from crossdraw.cli.safe import escape
from crossdraw.domain.errors import InfeasibleError, InputError

if TYPE_CHECKING:  # the core loads in the commands that use it, not at start-up
    from crossdraw.domain.models import Group
    from crossdraw.domain.pool import Pool
    from crossdraw.lottery.draw import GroupSpace
    from crossdraw.records.chain import Entry
    from crossdraw.records.models import DrawRecord
    from crossdraw.records.record import Waiver, Witnesses
    from crossdraw.services.inputs import Inputs
    from crossdraw.store.ledger import Head

MIN_SEED_LENGTH = 20

GroupOpt = Annotated[int | None, typer.Option("--group", help="Group number (1 = 第一组).")]
PrefectureOpt = Annotated[
    str | None,
    typer.Option(
        "--prefecture", help="Draw only this target (湘潭 = 湘潭市); the seed is used as is."
    ),
]
OutOpt = Annotated[
    Path, typer.Option("--out", help="Folder of draw records (read for earlier draws, written to).")
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


def _identity(record: DrawRecord) -> tuple[str, int, int, str]:
    key = record.key
    return key.plan_title, key.plan_year, key.group, key.prefecture


@dataclass(frozen=True)
class Earlier:
    path: Path
    record: DrawRecord
    entry: Entry | None = None  # its draw line, when found through the ledger

    @property
    def selected(self) -> tuple[str, ...]:
        return self.record.selected_ids


def _candidates(
    out: Path, after: list[Path], grp: Group, plan_key: tuple[str, int]
) -> list[Earlier]:
    """--after records, then the group's standing draws in --out's ledger.

    A folder without a ledger (written before there was one) is read record by record.
    """
    from crossdraw.records.chain import standing, voids_of
    from crossdraw.records.record import record_digest
    from crossdraw.store import ledger
    from crossdraw.store.storage import read_record, records_in

    given = [Earlier(p, read_record(p)) for p in after]
    lines = ledger.read(out)
    if not lines and not ledger.exists(out):
        return given + [Earlier(p, r) for p, r in records_in(out)]
    by_digest = {e.record_digest: e for e in lines if e.type == "draw"}
    voided = voids_of(lines)
    for item in given:
        logged = by_digest.get(item.record.digest)
        if logged is not None and logged.seq in voided:
            raise InputError.one(
                str(item.path),
                f"--after: this draw was voided (ledger.jsonl line {voided[logged.seq].line}: "
                f"{voided[logged.seq].data['reason']})",
            )
    found = []
    for key, entry in standing(lines).items():
        if (key.plan_title, key.plan_year, key.group) != (*plan_key, grp.id):
            continue
        path = out / entry.record
        record = read_record(path)
        if {record.digest, record_digest(record)} != {entry.record_digest}:
            raise InputError.one(
                str(path),
                f"this record is not the one logged at ledger.jsonl line {entry.line} (it was "
                f"changed since): run `crossdraw verify {out}`",
            )
        found.append(Earlier(path, record, entry))
    return given + found


def earlier_draws(
    inputs: Inputs, grp: Group, pools: tuple[Pool, ...], out: Path, after: list[Path]
) -> dict[str, Earlier]:
    """Standing draws of this group's targets, from --after and the --out folder's ledger.

    A voided draw is never among them, so it is never the prior of another target.
    """
    plan = inputs.plan.plan.plan
    found: dict[str, Earlier] = {}
    for item in _candidates(out, after, grp, (plan.title, plan.year)):
        path, record = item.path, item.record
        title, year, gid, target = _identity(record)
        if (title, year, gid) != (plan.title, plan.year, grp.id) or target not in grp.targets:
            if path in after:
                raise InputError.one(str(path), f"--after: not a record of {grp.name} of this plan")
            continue
        if target in found and found[target].record.digest == record.digest:
            if item.entry is not None:  # the same draw given with --after: keep its ledger line
                found[target] = item
            continue
        if target in found:
            raise InputError.one(
                str(path),
                f"{target} of {grp.name} has two records ({found[target].path} and {path}); "
                "give the one that stands with --after and move the other away",
            )
        current = {p.prefecture: p.digest for p in pools}
        stored = {p.prefecture: p.digest for p in record.pools}
        if stored != current:
            raise InputError.one(
                str(path),
                f"the pools of {grp.name} changed since this draw of {target} "
                "(pool digests differ): draw with the same enterprise list and exclusions "
                "(--exclude, --exclude-inspected-since, --as-of)",
            )
        found[target] = item
    return found


def _waivers(inputs: Inputs, waive: list[str], reason: str | None) -> tuple[Waiver, ...]:
    from crossdraw.lottery.draw import waivable
    from crossdraw.records.record import Waiver

    if not waive:
        return ()
    allowed = waivable(inputs.plan.plan.rules)
    bad = [w for w in waive if w not in allowed]
    if bad:
        raise InputError.one(
            "--waive", f"{', '.join(bad)} cannot be waived (waivable: {', '.join(allowed)})"
        )
    if not reason or not reason.strip():
        raise InputError.one("--reason", "a waiver needs --reason TEXT saying why, for the record")
    return tuple(Waiver(w, reason) for w in waive)


@dataclass(frozen=True)
class Planned:
    record: DrawRecord
    path: Path
    pool: Pool
    selected: tuple[str, ...]


def draw_group(
    inputs: Inputs,
    grp: Group,
    *,
    only: str | None,
    seed: str,
    derive: bool,
    out: Path,
    after: list[Path],
    waivers: tuple[Waiver, ...],
    witnesses: Witnesses,
    drawn_at: str,
    seed_parts: tuple[str, ...] = (),
) -> list[Planned]:
    from crossdraw.lottery.draw import (
        PriorSelectionError,
        derive_seed,
        draw_prefecture,
        group_space,
    )
    from crossdraw.lottery.feasibility import diagnose
    from crossdraw.records.record import DrawContext, Prior, build_record
    from crossdraw.store import ledger

    rules = inputs.plan.plan.rules
    pools = inputs.pools(grp)
    waived = [w.rule for w in waivers]
    space = group_space(rules, pools, waived)
    if space.valid_selections() == 0:
        raise InfeasibleError(
            [f"{grp.name} (group {grp.id}): {r}" for r in diagnose(rules, pools, waived)]
        )
    earlier = earlier_draws(inputs, grp, pools, out, after)
    todo = [only] if only else [t for t in grp.targets]
    for target in todo:
        done = earlier.get(target)
        if done is not None and done.entry is not None:
            key = done.record.key
            raise ledger.AlreadyDrawn.one(
                str(done.path), ledger.already_drawn_message(key, done.entry, out)
            )
        if done is not None:
            raise InputError.one(
                str(done.path),
                f"{target} of {grp.name} was already drawn; a record is never overwritten",
            )
    prior_ids = {t: e.selected for t, e in earlier.items()}
    priors = [Prior(t, e.record.digest, prior_ids[t]) for t, e in earlier.items()]
    members = inputs.of_group(grp)
    names = {i: e.name for i, e in members.items()}
    planned: list[Planned] = []
    for target in todo:
        seed_value = derive_seed(seed, grp.id, target) if derive else seed
        try:
            result = draw_prefecture(space, target, prior_ids, seed_value)
        except PriorSelectionError as exc:
            raise InputError.one("--after", str(exc)) from None
        _self_check(inputs, grp, pools, {**prior_ids, target: result.selected}, waived)
        ctx = DrawContext(
            plan=inputs.plan.plan,
            plan_sha256=inputs.plan.sha256,
            enterprises_sha256=inputs.enterprises.sha256,
            group=grp,
            pools=pools,
            names=names,
            seed_base=seed if derive else None,
            seed_parts=seed_parts,
            prior=tuple(sorted(priors, key=lambda p: grp.targets.index(p.prefecture))),
            waivers=waivers,
            witnesses=witnesses,
            drawn_at=drawn_at,
        )
        record = build_record(ctx, result, space.quota.requirements)
        path = out / f"group{grp.id}-{_file_part(target)}-{record.digest[:12]}.json"
        pool = pools[grp.targets.index(target)]
        planned.append(Planned(record, path, pool, result.selected))
        prior_ids[target] = result.selected
        priors.append(Prior(target, record.digest, result.selected))
    return planned


def _file_part(name: str) -> str:
    """A prefecture name as part of a file name: no folders, no characters Windows refuses."""
    return "".join("_" if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in name)


def _self_check(
    inputs: Inputs,
    grp: Group,
    pools: tuple[Pool, ...],
    drawn: dict[str, tuple[str, ...]],
    waived: list[str],
) -> None:
    """One rule engine: a draw that `validate` would reject is never written."""
    from crossdraw.domain.rules import Entry as ListEntry
    from crossdraw.domain.rules import judge_group

    entries = [ListEntry(prefecture=t, id=i) for t, ids in drawn.items() for i in ids]
    findings = judge_group(
        inputs.plan.plan,
        grp,
        {p.prefecture: p for p in pools},
        inputs.of_group(grp),
        entries,
        exact=True,
        waived=waived,
    )
    whole_group = len(drawn) == len(grp.targets)
    errors = [
        f
        for f in findings
        if f.severity == "error"
        and (whole_group or (f.prefecture in drawn and f.rule in ("E1", "E2", "E3", "Q1", "Q2")))
    ]
    if errors:  # pragma: no cover - counting and the rule engine agree by construction
        raise AssertionError(
            "draw failed its own rule check: " + "; ".join(f.message for f in errors)
        )


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
        typer.Option("--seed", help="The seed exactly as rolled, e.g. 20 ten-sided dice digits."),
    ] = None,
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
    from crossdraw.output.i18n import resolve_lang
    from crossdraw.records.record import Witnesses
    from crossdraw.records.signing import sign_record
    from crossdraw.store import ledger

    def load() -> Inputs:
        return gather(
            groups,
            enterprises,
            exclude,
            strict=strict,
            sheet=sheet,
            inspected_since=inspected_since,
            as_of=as_of,
        )

    missing = seed is None or (group is None and not all_groups)
    if missing and not (no_input or json_out or all_groups):
        from crossdraw.cli import cmd_ceremony

        if cmd_ceremony.is_terminal():  # a person at the laptop: guide them step by step
            cmd_ceremony.run_ceremony(
                cmd_ceremony.Asker(resolve_lang(lang), interactive=True),
                load(),
                out=Path(out),
                group=group,
                prefecture=prefecture,
                people=(witness or None, drawer or None, bureau_rep or None, place or None),
                seed_parts=[seed] if seed is not None else [],
                parties=None,
                accept_short=False,
                dice_only=False,  # a --seed is used exactly as entered
                sign_key=signing_key(sign_key),
            )
            return
    if seed is None:
        raise InputError.one(
            "--seed",
            "a draw needs a seed and crossdraw never invents one: roll ten-sided dice in front "
            "of the witnesses (at least 20 digits) and give them with --seed",
        )
    if all_groups == (group is not None):
        raise InputError.one("--group", "give either --group N or --all")
    if all_groups and (prefecture or after):
        raise InputError.one(
            "--all", "--all draws whole groups: --prefecture and --after do not apply"
        )
    if len(seed) < MIN_SEED_LENGTH:
        err_console().print(
            f"[yellow]warning[/yellow] the seed has {len(seed)} characters; at least "
            f"{MIN_SEED_LENGTH} dice digits are recommended so nobody can predict or steer it",
            markup=True,
        )
    key = signing_key(sign_key)
    inputs = load()
    waivers = _waivers(inputs, waive or [], reason)
    seen = ledger.head(Path(out))  # the ledger must not move on while we draw
    selected_groups = list(inputs.plan.plan.groups) if all_groups else [inputs.group(group or 0)]
    witnesses = Witnesses(witness, drawer, bureau_rep, place)
    drawn_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    planned: list[Planned] = []
    reasons: list[str] = []
    for grp in selected_groups:
        only = inputs.target(grp, prefecture) if prefecture else None
        try:
            planned.extend(
                draw_group(
                    inputs,
                    grp,
                    only=only,
                    seed=seed,
                    derive=only is None,
                    out=Path(out),
                    after=list(after or []),
                    waivers=waivers,
                    witnesses=witnesses,
                    drawn_at=drawn_at,
                )
            )
        except InfeasibleError as exc:
            reasons.extend(exc.reasons)
    if reasons:
        raise InfeasibleError(reasons)
    if key is not None:
        planned = [replace(p, record=sign_record(p.record, key)) for p in planned]
    lines = persist(planned, Path(out), drawn_at, seen)
    _report(planned, lines, json_out)


def persist(planned: list[Planned], out: Path, drawn_at: str, seen: Head | None) -> list[Entry]:
    """Write every record and its ledger line, all or nothing; never over an existing file."""
    from crossdraw.store import ledger

    return ledger.append_draws(
        out, [(p.path.name, p.record) for p in planned], at=drawn_at, expect_head=seen
    )


def _report(planned: list[Planned], lines: list[Entry], json_out: bool) -> None:
    from crossdraw.domain.canonical import fingerprint

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
            }
        )
        return
    console = out_console()
    for p, line in zip(planned, lines):
        rec = p.record.as_json()
        console.print()
        for w in rec["waivers"]:
            console.print(f"[bold red]WAIVER {w['rule']}[/bold red]: {escape(w['reason'])}")
        console.print(
            f"[bold]{escape(rec['group']['name'])}[/bold] (group {rec['group']['id']}) → "
            f"{escape(rec['target'])}"
        )
        pool_summary(console, p.pool)
        console.print(f"  seed {escape(rec['seed']['value'])!s}")
        console.print(
            f"  valid selections of the group: {rec['counts']['group_valid_selections']}; "
            f"this draw chose among {rec['counts']['this_draw']} (weighted), "
            f"random integer {rec['random']['integer']}"
        )
        names = {s["id"]: s["name"] for s in rec["selected"]}
        odds = {s["id"]: _fraction(s["probability"]) for s in rec["selected"]}
        console.print(
            selection_table(
                f"{escape(rec['target'])} drawn 抽签结果", p.selected, p.pool, names, odds
            )
        )
        console.print(f"  record {escape(str(p.path))}")
        console.print(f"  record digest {rec['digest']}")
        console.print(f"  fingerprint [bold]{fingerprint(rec['digest'])}[/bold]")
        if p.record.signed_by:
            console.print(f"  signed by key {p.record.signed_by}")
        console.print(f"  ledger.jsonl line {line.line}")
    if lines:
        console.print(
            f"\nledger head (line {lines[-1].line}) [bold]{fingerprint(lines[-1].sha256)}"
            "[/bold]: note it on the sign-off sheet"
        )


def _fraction(text: str) -> Any:
    from fractions import Fraction

    num, den = text.split("/")
    return Fraction(int(num), int(den))


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
    from crossdraw.lottery.draw import group_odds, group_space
    from crossdraw.lottery.feasibility import diagnose

    inputs = gather(
        groups,
        enterprises,
        exclude,
        strict=strict,
        sheet=sheet,
        inspected_since=inspected_since,
        as_of=as_of,
    )
    grp = inputs.group(group)
    pools = inputs.pools(grp)
    rules = inputs.plan.plan.rules
    waived = list(waive or [])
    space = group_space(rules, pools, waived)
    total = space.valid_selections()
    if total == 0:
        raise InfeasibleError(
            [f"{grp.name} (group {grp.id}): {r}" for r in diagnose(rules, pools, waived)]
        )
    earlier = earlier_draws(inputs, grp, pools, Path(out), list(after or []))
    prior = {t: e.selected for t, e in earlier.items()}
    unconditional = group_odds(space, {})
    conditional = group_odds(space, prior) if prior else ()
    by_id = inputs.of_group(grp)
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
    console.print(f"[bold]{grp.name}[/bold] (group {grp.id}): {total} valid selections (Q1-Q5)")
    for req in space.quota.requirements:
        console.print(f"  {req.describe()}")
    _odds_tables(console, space, unconditional, by_id, "")
    if prior:
        given = "; ".join(f"{t}: {', '.join(ids)}" for t, ids in prior.items())
        console.print(f"\n[bold]given the draw of[/bold] {escape(given)}")
        _odds_tables(console, space, conditional, by_id, " (conditional)")


def _odds_json(rows: Any) -> list[dict[str, str]]:
    return [
        {"id": i, "prefecture": t.target, "probability": f"{p.numerator}/{p.denominator}"}
        for t in rows
        for i, p in sorted(t.odds.items())
    ]


def _odds_tables(console: Any, space: GroupSpace, rows: Any, by_id: Any, suffix: str) -> None:
    from crossdraw.records.record import odds_text

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
