"""`crossdraw draw` and `crossdraw odds`: the exact draw of a group's targets and its odds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from crossdraw.cli.common import (
    DEFAULT_ENTERPRISES,
    DEFAULT_GROUPS,
    EnterprisesOpt,
    ExcludeOpt,
    GroupsOpt,
    JsonOpt,
    StrictOpt,
    err_console,
    guarded,
    out_console,
    print_json,
    warn,
)
from crossdraw.errors import InfeasibleError, InputError

# The core is imported inside the commands, so that `crossdraw --version` and the help
# stay quick: start-up loads only typer and rich's console.
if TYPE_CHECKING:
    from crossdraw.draw import GroupSpace
    from crossdraw.inputs import Inputs
    from crossdraw.models import Enterprise, Group
    from crossdraw.pool import Pool
    from crossdraw.records import Waiver, Witnesses

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


def _identity(record: dict[str, Any]) -> tuple[str, int, int, str]:
    return (
        str(record.get("plan", {}).get("title")),
        int(record.get("plan", {}).get("year", 0)),
        int(record.get("group", {}).get("id", 0)),
        str(record.get("target")),
    )


@dataclass(frozen=True)
class Earlier:
    path: Path
    record: dict[str, Any]

    @property
    def selected(self) -> tuple[str, ...]:
        return tuple(str(s["id"]) for s in self.record["selected"])


def earlier_draws(
    inputs: Inputs, grp: Group, pools: tuple[Pool, ...], out: Path, after: list[Path]
) -> dict[str, Earlier]:
    """Records of this group's targets already drawn, from --after and the --out folder."""
    from crossdraw.records import shape_problem
    from crossdraw.storage import read_record, records_in

    plan = inputs.plan.plan.plan
    found: dict[str, Earlier] = {}
    candidates = [(p, read_record(p)) for p in after] + list(records_in(out))
    for path, record in candidates:
        problem = shape_problem(record)
        if problem:
            raise InputError.one(
                str(path),
                f"not a usable crossdraw record: {problem}; check it with crossdraw verify "
                "and move it out of the folder",
            )
        title, year, gid, target = _identity(record)
        if (title, year, gid) != (plan.title, plan.year, grp.id) or target not in grp.targets:
            if path in after:
                raise InputError.one(str(path), f"--after: not a record of {grp.name} of this plan")
            continue
        if target in found and found[target].path != path:
            raise InputError.one(
                str(path),
                f"{target} of {grp.name} has two records ({found[target].path} and {path}); "
                "give the one that stands with --after and move the other away",
            )
        current = {p.prefecture: p.digest for p in pools}
        stored = {p["prefecture"]: p["digest"] for p in record.get("pools", [])}
        if stored != current:
            raise InputError.one(
                str(path),
                f"the pools of {grp.name} changed since this draw of {target} "
                "(pool digests differ): draw with the same enterprise list and exclusions",
            )
        found[target] = Earlier(path, record)
    return found


def _waivers(inputs: Inputs, waive: list[str], reason: str | None) -> tuple[Waiver, ...]:
    from crossdraw.draw import waivable
    from crossdraw.records import Waiver

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
    record: dict[str, Any]
    path: Path
    pool: Pool
    selected: tuple[str, ...]


def _draw_group(
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
) -> list[Planned]:
    from crossdraw.draw import PriorSelectionError, derive_seed, draw_prefecture, group_space
    from crossdraw.feasibility import diagnose
    from crossdraw.records import DrawContext, Prior, build_record

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
        if target in earlier:
            raise InputError.one(
                str(earlier[target].path),
                f"{target} of {grp.name} was already drawn; a record is never overwritten",
            )
    prior_ids = {t: e.selected for t, e in earlier.items()}
    priors = [Prior(t, e.record["digest"], prior_ids[t]) for t, e in earlier.items()]
    members = inputs.of_group(grp)
    names = {i: e.name for i, e in members.items()}
    planned: list[Planned] = []
    for target in todo:
        seed_value = derive_seed(seed, grp.id, target) if derive else seed
        try:
            result = draw_prefecture(space, target, prior_ids, seed_value)
        except PriorSelectionError as exc:
            where = ", ".join(str(e.path) for e in earlier.values()) or "--after"
            raise InputError.one(where, str(exc)) from None
        _self_check(inputs, grp, pools, members, {**prior_ids, target: result.selected}, waived)
        ctx = DrawContext(
            plan=inputs.plan.plan,
            plan_sha256=inputs.plan.sha256,
            enterprises_sha256=inputs.enterprises.sha256,
            group=grp,
            pools=pools,
            names=names,
            seed_base=seed if derive else None,
            prior=tuple(sorted(priors, key=lambda p: grp.targets.index(p.prefecture))),
            waivers=waivers,
            witnesses=witnesses,
            drawn_at=drawn_at,
        )
        record = build_record(ctx, result, space.quota.requirements)
        path = out / f"group{grp.id}-{_file_part(target)}-{record['digest'][:12]}.json"
        pool = pools[grp.targets.index(target)]
        planned.append(Planned(record, path, pool, result.selected))
        prior_ids[target] = result.selected
        priors.append(Prior(target, record["digest"], result.selected))
    return planned


def _file_part(name: str) -> str:
    """A prefecture name as part of a file name: no folders, no characters Windows refuses."""
    return "".join("_" if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in name)


def _self_check(
    inputs: Inputs,
    grp: Group,
    pools: tuple[Pool, ...],
    members: Mapping[str, Enterprise],
    drawn: dict[str, tuple[str, ...]],
    waived: list[str],
) -> None:
    """One rule engine: a draw that `validate` would reject is never written."""
    from crossdraw.rules import Entry, judge_group

    entries = [Entry(prefecture=t, id=i) for t, ids in drawn.items() for i in ids]
    findings = judge_group(
        inputs.plan.plan,
        grp,
        {p.prefecture: p for p in pools},
        members,
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
    strict: StrictOpt = False,
    json_out: JsonOpt = False,
) -> None:
    """Draw a group's target enterprises: exactly uniform over all valid selections.

    With --prefecture, draws that target with the seed as entered (a group's second
    target uses the first's record, found in --out or given with --after). Without it,
    draws the group's targets in order, each with the seed "SEED/GROUP/PREFECTURE".
    Writes one record per prefecture draw; never overwrites one. Exit 1 when no
    selection satisfies the rules (with the reason), 2 on bad input.

    Example:  crossdraw draw --group 1 --seed 38201749561023847561 --witness 张三
    """
    from crossdraw.inputs import load_inputs
    from crossdraw.records import Witnesses
    from crossdraw.storage import Memo, write_json_new

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
    inputs = load_inputs(Path(groups), Path(enterprises), exclude, strict=strict)
    warn(list(inputs.warnings))
    waivers = _waivers(inputs, waive or [], reason)
    selected_groups = list(inputs.plan.plan.groups) if all_groups else [inputs.group(group or 0)]
    witnesses = Witnesses(witness, drawer, bureau_rep, place)
    drawn_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    planned: list[Planned] = []
    reasons: list[str] = []
    for grp in selected_groups:
        only = inputs.target(grp, prefecture) if prefecture else None
        try:
            planned.extend(
                _draw_group(
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
    memo: Memo = {}  # a group's records carry the same pool listings
    for item in planned:
        try:
            write_json_new(item.path, item.record, memo=memo)
        except FileExistsError:
            raise InputError.one(
                str(item.path), "a record with this name exists; never overwritten"
            ) from None
        except OSError as exc:
            raise InputError.one(
                str(item.path), f"cannot write the record: {exc.strerror or exc}"
            ) from None
    _report(planned, json_out)


def _report(planned: list[Planned], json_out: bool) -> None:
    from rich.markup import escape

    from crossdraw.canonical import fingerprint
    from crossdraw.cli.render import pool_summary, selection_table

    if json_out:
        print_json(
            {
                "draws": [
                    {
                        "group": p.record["group"]["id"],
                        "prefecture": p.record["target"],
                        "seed": p.record["seed"]["value"],
                        "selected": list(p.selected),
                        "record": str(p.path),
                    }
                    for p in planned
                ]
            }
        )
        return
    console = out_console()
    for p in planned:
        rec = p.record
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
    strict: StrictOpt = False,
    json_out: JsonOpt = False,
) -> None:
    """Exact odds: the group's valid-selection count and every eligible enterprise's chance.

    Probabilities are exact reduced fractions. When a target of the group was already
    drawn (its record in --out or given with --after), also shows the conditional
    odds of the targets still to draw.

    Example:  crossdraw odds --group 5 --json
    """
    from rich.markup import escape

    from crossdraw.draw import group_odds, group_space
    from crossdraw.feasibility import diagnose
    from crossdraw.inputs import load_inputs

    inputs = load_inputs(Path(groups), Path(enterprises), exclude, strict=strict)
    warn(list(inputs.warnings))
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
    return [
        {"id": i, "prefecture": t.target, "probability": f"{p.numerator}/{p.denominator}"}
        for t in rows
        for i, p in sorted(t.odds.items())
    ]


def _odds_tables(console: Any, space: GroupSpace, rows: Any, by_id: Any, suffix: str) -> None:
    from rich.markup import escape

    from crossdraw.cli.render import odds_text, print_table, tags_text

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
