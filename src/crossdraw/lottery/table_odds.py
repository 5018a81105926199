"""How likely each prefecture is to inspect each other one in a drawn table (§18.6).

Exact when the counting programme with P4 fits in `EXACT_BUDGET` states: the
number of valid tables, and for every ordered pair (a, b) the number of valid
tables in which a inspects b, by one forward pass over the programme that carries,
for each open group, how many partial tables put each earlier prefecture among its
members or targets. Otherwise an estimate, always labelled so: the table draw
itself, repeated from a public seed, with a 95% margin.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from fractions import Fraction
from math import isqrt

from crossdraw.lottery import rng
from crossdraw.lottery.table import TableProblem, reciprocal_pairs, table_space
from crossdraw.lottery.table_space import (
    NEW,
    START,
    BudgetExceeded,
    Programme,
    State,
    processing_order,
)

EXACT_BUDGET = 60_000  # most states of the programme with P4 for exact odds
ESTIMATE_SEED = "crossdraw-plan-odds-v1"
ESTIMATE_PROPOSALS = 20_000

Pair = tuple[str, str]


@dataclass(frozen=True)
class TableOdds:
    """Valid tables (leads included) and each ordered pair's probability.

    `exact` False: `valid_tables` and the probabilities are estimates from `proposals`
    proposals, `accepted` of them valid; `margins` are 95% half-widths (probability
    units) and `tables_margin` that of `valid_tables`.
    """

    exact: bool
    valid_tables: int
    pairs: dict[Pair, Fraction]
    proposals: int = 0
    accepted: int = 0
    margins: dict[Pair, Fraction] | None = None
    tables_margin: int = 0
    proposal_tables: int = 0


@dataclass(frozen=True)
class ExactCount:
    """The exact count of valid tables (P1-P4, no forbidden pair) without leads, and for
    each ordered pair (inspector, target) the number of those tables where it occurs."""

    tables: int
    pairs: dict[Pair, int]


def exact_count(
    prefectures: Sequence[str],
    size: int,
    forbidden: Collection[Pair],
    *,
    budget: int | None = None,
) -> ExactCount:
    """The one entry point of exact counting: prefectures (plan order), members and
    targets per group, forbidden (inspector, target) pairs -> the exact count and pair
    counts. BudgetExceeded when the programme needs more than `budget` states. Another
    exact counter (a faster one) replaces this function and nothing else."""
    names = tuple(prefectures)
    index = {name: k for k, name in enumerate(names)}
    plan_pairs = {(index[a], index[b]) for a, b in forbidden}
    order = processing_order(len(names), plan_pairs)
    position = {p: k for k, p in enumerate(order)}
    programme = Programme(
        len(names),
        size,
        frozenset((position[a], position[b]) for a, b in plan_pairs),
        budget=budget,
    )
    total = programme.count()
    named = [names[p] for p in order]
    counts = pair_counts(programme) if total else {}
    return ExactCount(total, {(named[a], named[b]): c for (a, b), c in sorted(counts.items()) if c})


def table_odds(problem: TableProblem, *, budget: int = EXACT_BUDGET) -> TableOdds:
    """Exact odds when the counting fits in `budget` states, else a labelled estimate."""
    try:
        exact = exact_count(problem.prefectures, problem.size, problem.forbidden, budget=budget)
    except BudgetExceeded:
        return estimate(problem)
    leads = problem.size**problem.groups
    total = exact.tables
    return TableOdds(
        exact=True,
        valid_tables=total * leads,
        pairs={pair: Fraction(c, total) for pair, c in exact.pairs.items()},
    )


def pair_counts(programme: Programme) -> dict[tuple[int, int], int]:
    """For each (a, b) in processing positions, the valid tables where a inspects b."""
    n = programme.n
    counts: dict[tuple[int, int], int] = {}
    # state -> [partial tables reaching it, per group: members count vector, targets vector]
    layer: dict[State, _Reach] = {START: _Reach(1, [], [])}
    for i in range(n):
        nxt: dict[State, _Reach] = {}
        for state, reach in layer.items():
            for x, y in programme.options(state):
                step = programme.step(state, x, y)
                if step is None:
                    continue
                after = programme.count(step.child)
                if not after:
                    continue
                if x != NEW:  # i joins x's members: it inspects x's earlier targets
                    for b, c in enumerate(reach.targets[x]):
                        if c:
                            counts[i, b] = counts.get((i, b), 0) + c * after
                if y != NEW:  # y inspects i: y's earlier members inspect i
                    for a, c in enumerate(reach.members[y]):
                        if c:
                            counts[a, i] = counts.get((a, i), 0) + c * after
                child = nxt.get(step.child)
                size = len(step.child[1])
                if child is None:
                    child = nxt[step.child] = _Reach(
                        0, [[0] * n for _ in range(size)], [[0] * n for _ in range(size)]
                    )
                child.tables += reach.tables
                for old, pos in enumerate(step.moved):
                    if pos is not None:
                        _add(child.members[pos], reach.members[old])
                        _add(child.targets[pos], reach.targets[old])
                member = step.new_member if x == NEW else step.moved[x]
                target = step.new_target if y == NEW else step.moved[y]
                if member is not None:
                    child.members[member][i] += reach.tables
                if target is not None:
                    child.targets[target][i] += reach.tables
        layer = nxt
    return counts


@dataclass
class _Reach:
    tables: int
    members: list[list[int]]
    targets: list[list[int]]


def _add(into: list[int], values: list[int]) -> None:
    for k, v in enumerate(values):
        if v:
            into[k] += v


def estimate(problem: TableProblem, proposals: int = ESTIMATE_PROPOSALS) -> TableOdds:
    """The draw repeated `proposals` times from ESTIMATE_SEED, consecutive sampler values."""
    space = table_space(problem)
    bound = space.proposals()
    seen: dict[Pair, int] = {}
    accepted = 0
    start = 1
    if bound:
        for _ in range(proposals):
            drawn = rng.below(ESTIMATE_SEED, bound, start)
            start = drawn.next_index
            groups = space.unrank(drawn.integer)
            if reciprocal_pairs(groups):
                continue
            accepted += 1
            for g in groups:
                for a in g.members:
                    for b in g.targets:
                        seen[a, b] = seen.get((a, b), 0) + 1
    share = Fraction(accepted, proposals)
    pairs = {pair: Fraction(k, accepted) for pair, k in sorted(seen.items())}
    return TableOdds(
        exact=False,
        valid_tables=bound * accepted // proposals,
        pairs=pairs,
        proposals=proposals,
        accepted=accepted,
        margins={pair: margin(p, accepted) for pair, p in pairs.items()},
        tables_margin=int(margin(share, proposals) * bound),
        proposal_tables=bound,
    )


def margin(p: Fraction, samples: int) -> Fraction:
    """95% half-width of a proportion p from `samples` samples: 1.96·√(p(1−p)/samples),
    as a fraction with denominator 10^6, rounded up; 3/samples when p is 0 or 1 (the
    rule of three: a pair never or always seen)."""
    if samples == 0:
        return Fraction(1)
    if p in (0, 1):
        return Fraction(3, samples)
    variance = p * (1 - p) / samples  # exact
    scaled = -(-variance.numerator * 10**24 // variance.denominator)
    root = isqrt(scaled)
    root += root * root < scaled  # √variance · 10^12, rounded up
    return Fraction(-(-196 * root // 10**8), 10**6)
