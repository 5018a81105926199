"""Next year's group table: its odds (`plan odds`) and its draw (`plan draw`), §18.

The use cases gather the --groups plan, the --avoid plans and the --forbid file,
call the pure core (crossdraw.lottery.table*), and write the new plan, the table
record and its ledger line together (all or nothing).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from crossdraw.domain.canonical import sha256_hex
from crossdraw.domain.errors import InfeasibleError, InputError, Problem
from crossdraw.domain.rules import check_plan
from crossdraw.load.pairs import PairSource, load_avoid, load_forbid, plan_pairs
from crossdraw.load.planfile import LoadedPlan, load_plan, plan_from_text
from crossdraw.lottery.table import (
    MAX_PROPOSALS,
    TableDraw,
    TableProblem,
    TooManyRejections,
    draw_table,
    table_pairs,
    table_space,
)
from crossdraw.lottery.table_odds import TableOdds, table_odds
from crossdraw.lottery.table_space import BudgetExceeded, Programme, processing_order
from crossdraw.output.messages import text
from crossdraw.output.planyaml import render_plan
from crossdraw.records.chain import Entry
from crossdraw.records.models import TableRecord
from crossdraw.records.signing import SigningKey, sign_digest
from crossdraw.records.table_record import Source, TableContext, build_table_record
from crossdraw.services.drawing import check_seed
from crossdraw.store import ledger
from crossdraw.store.account import read_account

DIAGNOSE_BUDGET = 20_000  # states per counting programme when explaining an empty table


@dataclass(frozen=True)
class TableInputs:
    """The --groups plan, the forbidden pairs and where each came from."""

    base: LoadedPlan
    problem: TableProblem
    sources: tuple[PairSource, ...]


def table_inputs(
    groups: Path, avoid: Sequence[Path], forbid: Path | None, *, avoid_base: bool = True
) -> TableInputs:
    """Load the plans and files a table is drawn from; InputError naming any bad one."""
    base = load_plan(groups)
    geography = base.geography
    rules = base.plan.rules
    names = geography.names()
    if rules.members_per_group != rules.targets_per_group:
        raise InfeasibleError(
            [
                _both(
                    "table.sizes_differ",
                    plan=groups,
                    members=rules.members_per_group,
                    targets=rules.targets_per_group,
                )
            ]
        )
    size = rules.members_per_group
    if len(names) % size or len(names) < 2 * size:
        raise InfeasibleError(
            [
                _both(
                    "table.cannot_split",
                    plan=groups,
                    source=geography.source,
                    n=len(names),
                    size=size,
                )
            ]
        )
    sources: list[PairSource] = []
    if avoid_base:
        known = set(names)
        pairs = tuple(p for p in plan_pairs(base.plan) if set(p) <= known)
        sources.append(PairSource("base", groups, base.sha256, base.plan.plan.year, pairs))
    problems: list[Problem] = []
    for path in avoid:
        try:
            sources.append(load_avoid(path, geography))
        except InputError as exc:
            problems.extend(exc.problems)
    if forbid is not None:
        try:
            sources.append(load_forbid(forbid, geography))
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    forbidden = frozenset(p for s in sources for p in s.pairs if p[0] != p[1])
    return TableInputs(base, TableProblem(names, size, forbidden), tuple(sources))


# -- odds ---------------------------------------------------------------------------------


def plan_odds(inputs: TableInputs) -> TableOdds:
    """The number of valid tables and each pair's chance; InfeasibleError when none."""
    odds = table_odds(inputs.problem)
    if odds.exact and odds.valid_tables == 0:
        raise InfeasibleError(diagnose(inputs))
    if not odds.exact and odds.accepted == 0:
        raise InfeasibleError(
            [
                _both("table.estimate_none", proposals=odds.proposals),
                *diagnose(inputs),
            ]
        )
    return odds


def diagnose(inputs: TableInputs) -> list[str]:
    """Which rules leave no valid table, in the plan's terms (zh first)."""
    problem = inputs.problem
    names, size = problem.prefectures, problem.size
    reasons = []
    for b in names:
        can = [a for a in names if a != b and (a, b) not in problem.forbidden]
        if len(can) < size:
            reasons.append(_few("table.inspected_by_few", inputs, b, can))
    for a in names:
        can = [b for b in names if b != a and (a, b) not in problem.forbidden]
        if len(can) < size:
            reasons.append(_few("table.inspects_few", inputs, a, can))
    if reasons:
        return reasons
    free = _empty(problem, with_forbidden=False)
    if free:
        return [_both("table.always_reciprocal", n=len(names), groups=len(names) // size)]
    return [_with_by("table.no_table", inputs)]


def _empty(problem: TableProblem, *, with_forbidden: bool) -> bool:
    """True when, as far as a small programme can tell, no table keeps P3 and P4."""
    pairs = problem.forbidden if with_forbidden else frozenset()
    index = {name: k for k, name in enumerate(problem.prefectures)}
    plan_pairs_ = {(index[a], index[b]) for a, b in pairs}
    order = processing_order(len(problem.prefectures), plan_pairs_)
    position = {p: k for k, p in enumerate(order)}
    programme = Programme(
        len(problem.prefectures),
        problem.size,
        frozenset((position[a], position[b]) for a, b in plan_pairs_),
        budget=DIAGNOSE_BUDGET,
    )
    try:
        return programme.count() == 0
    except BudgetExceeded:
        return False


def _by(inputs: TableInputs, lang: str) -> str:
    """Where the forbidden pairs came from, in `lang`."""
    sources = "、".join(
        text(f"table.source.{s.kind}", lang, path=s.path) for s in inputs.sources
    ) or text("table.by_none", lang)
    return text("table.by", lang, sources=sources)


def _with_by(key: str, inputs: TableInputs, **fields: object) -> str:
    return " / ".join(text(key, lang, by=_by(inputs, lang), **fields) for lang in ("zh", "en"))


def _few(key: str, inputs: TableInputs, name: str, can: Sequence[str]) -> str:
    return " / ".join(
        text(
            key,
            lang,
            name=name,
            n=len(can),
            can="、".join(can) or text("table.none_listed", lang),
            size=inputs.problem.size,
            by=_by(inputs, lang),
        )
        for lang in ("zh", "en")
    )


# -- the draw -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Witnessed:
    witness: str = ""
    drawer: str = ""
    place: str = ""


@dataclass(frozen=True)
class TableResult:
    record: TableRecord
    record_path: Path
    plan_path: Path
    draw: TableDraw
    line: Entry


def table_files(year: int) -> tuple[str, str]:
    """(record, plan) file names of the table of `year` in a draws folder."""
    return f"table-{year}.json", f"groups-{year}.yaml"


def plan_draw(
    inputs: TableInputs,
    *,
    year: int,
    seed: str,
    accept_short_seed: bool = False,
    out: Path,
    people: Witnessed = Witnessed(),
    drawn_at: str,
    sign_key: SigningKey | None = None,
) -> TableResult:
    """Draw the table of `year` and write the new plan, the record and the ledger line."""
    check_seed(seed, accept_short=accept_short_seed)  # the rules of `draw --seed` (issue 11)
    base = inputs.base.plan
    if not 1000 <= year <= 9999:
        raise InputError.one("--year", _both("table.bad_year", year=year))
    if out.exists() and not out.is_dir():
        raise InputError.one(str(out), _both("table.out_not_folder"))
    earlier = ledger.table_drawn(out, base.plan.title, year) if out.is_dir() else None
    if earlier is not None:  # refused before the count, as append_table would after it
        raise ledger.AlreadyDrawn.one(
            str(out / earlier.record), ledger.table_drawn_message(earlier)
        )
    space = table_space(inputs.problem)
    try:
        drawn = draw_table(space, seed)
    except ValueError:
        raise InfeasibleError(diagnose(inputs)) from None
    except TooManyRejections:
        raise InfeasibleError(
            [
                _both("table.too_many_rejections", n=MAX_PROPOSALS),
                *diagnose(inputs),
            ]
        ) from None
    record_name, plan_name = table_files(year)
    heading = [
        f"{base.plan.title} ({year}) — 交叉执法组安排, drawn by `crossdraw plan draw`.",
        f"Record {record_name} (crossdraw-table/1), seed {seed}.",
        "The first member of each group leads (P1). Dates are last year's moved by a year:",
        "待确认 (to be confirmed). 指导人员 (guide) is left empty for the provincial office.",
        "Keep this file as drawn (`crossdraw verify` checks it); edit a copy.",
    ]
    plan_text = render_plan(base, year, drawn.groups, heading)
    data = plan_text.encode("utf-8")
    _self_check(inputs, plan_text, plan_name, drawn)
    sources = tuple(Source(s.kind, s.path.name, s.sha256, s.year) for s in inputs.sources)
    ctx = TableContext(
        title=base.plan.title,
        year=year,
        base_year=base.plan.year,
        base_sha256=inputs.base.sha256,
        problem=inputs.problem,
        sources=sources,
        plan_file=plan_name,
        plan_sha256=sha256_hex(data),
        witness=people.witness,
        drawer=people.drawer,
        place=people.place,
        drawn_at=drawn_at,
    )
    record = build_table_record(ctx, drawn)
    if sign_key is not None:
        record = record.with_signature(sign_digest(sign_key, record.digest))
    line = ledger.append_table(
        out, record_name, record, [(plan_name, data)], at=drawn_at, sign_key=sign_key
    )
    return TableResult(record, out / record_name, out / plan_name, drawn, line)


def _self_check(inputs: TableInputs, plan_text: str, name: str, drawn: TableDraw) -> None:
    """One rule engine: the written plan loads and `plan check` finds no P1-P4 problem."""
    loaded = plan_from_text(plan_text, Path(name), "")
    findings = check_plan(loaded.plan, loaded.geography)
    bad = [
        f.message
        for f in findings
        if f.rule in ("P1", "P2", "P3", "P4") and f.severity in ("error", "warning")
    ]
    repeats = table_pairs(drawn.groups) & inputs.problem.forbidden
    if bad or repeats:  # pragma: no cover - the draw keeps these rules by construction
        raise AssertionError(f"drawn table failed its own check: {bad} {sorted(repeats)}")


def _both(key: str, **fields: object) -> str:
    """A message in Chinese, then English (RULES.md: Chinese first)."""
    return text(key, "zh", **fields) + " / " + text(key, "en", **fields)


def standing_table(folder: Path, title: str, year: int) -> TableRecord | None:
    """The table drawn for the plan (title, year) in a draws folder, if any (§18)."""
    found = read_account(folder).standing_table(title, year)
    return found.record if found is not None else None
