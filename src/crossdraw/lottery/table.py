"""Drawing next year's group table, exactly uniformly (docs/ALGORITHM.md §18).

The *proposal* is uniform over the tables that keep P1-P3 and avoid every
forbidden pair, leads included: one integer below their exact count is drawn
with the SHA-256 sampler and turned into a table (`unrank`). A proposal in which
two groups inspect each other (P4) is rejected and the next integer is drawn from
the next sampler values. Every valid table is thus exactly equally likely, and the
record states every sampler index used and how many proposals were rejected.
Pure functions over plain values: names in, groups out; no floats, no `random`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from crossdraw.lottery import rng
from crossdraw.lottery.table_space import NEW, START, Programme, State, Step, processing_order

ALGORITHM = "crossdraw-table-v1"
MAX_PROPOSALS = 10_000  # a draw that finds no P4-valid table among this many gives up


@dataclass(frozen=True)
class TableProblem:
    """What a table is drawn from: the prefectures in plan order, the group size (members
    per group = targets per group) and the forbidden (inspector, target) pairs."""

    prefectures: tuple[str, ...]
    size: int
    forbidden: frozenset[tuple[str, str]]

    @property
    def groups(self) -> int:
        return len(self.prefectures) // self.size


@dataclass(frozen=True)
class DrawnGroup:
    """One group of a table: the lead first, then the other members in plan order."""

    id: int
    members: tuple[str, ...]
    targets: tuple[str, ...]

    @property
    def lead(self) -> str:
        return self.members[0]


@dataclass(frozen=True)
class TableDraw:
    """The outcome of a table draw, with everything its record states."""

    seed: str
    order: tuple[str, ...]  # the processing order
    tables: int  # proposal tables without leads (P1-P3, no forbidden pair)
    proposals: int  # tables * size^groups: the bound of every random integer
    random: rng.Draw  # the accepted integer (its first index is that of the accepted value)
    rejected: int  # proposals rejected for P4 before it
    groups: tuple[DrawnGroup, ...]


class TableSpace:
    """One problem's counting programme (proposal: P4 not enforced), in processing order."""

    def __init__(self, problem: TableProblem) -> None:
        names = problem.prefectures
        if problem.size < 1 or len(names) % problem.size or len(names) < 2 * problem.size:
            raise ValueError("the prefectures cannot be split into groups of this size")
        index = {name: k for k, name in enumerate(names)}
        plan_pairs = {(index[a], index[b]) for a, b in problem.forbidden}
        order = processing_order(len(names), plan_pairs)
        position = {p: k for k, p in enumerate(order)}
        self.problem = problem
        self.order = tuple(names[p] for p in order)
        self.programme = Programme(
            len(names),
            problem.size,
            frozenset((position[a], position[b]) for a, b in plan_pairs),
            reciprocal=True,
        )

    @property
    def lead_choices(self) -> int:
        return int(self.problem.size**self.problem.groups)

    def tables(self) -> int:
        """Proposal tables without leads: P1-P3 kept, no forbidden pair."""
        return self.programme.count()

    def proposals(self) -> int:
        """Proposal tables with leads: the bound each random integer is drawn below."""
        return self.tables() * self.lead_choices

    def unrank(self, value: int) -> tuple[DrawnGroup, ...]:
        """The proposal table numbered `value` (0 <= value < proposals), groups numbered."""
        rank, lead_code = divmod(value, self.lead_choices)
        groups = self.table_at(rank)
        return number_groups(self.problem, groups, lead_code)

    def table_at(self, rank: int) -> list[tuple[list[str], list[str]]]:
        """The table numbered `rank` (without leads): at each prefecture of the processing
        order, the options in order (member group by creation, then a new one; for each,
        target group likewise), each standing for as many tables as it has completions."""
        programme = self.programme
        if not 0 <= rank < programme.count():
            raise ValueError("rank out of range")
        state: State = START
        # The open groups at their state positions: (creation number, members, targets).
        open_groups: list[_Open] = []
        done: list[tuple[list[str], list[str]]] = []
        created = 0
        for name in self.order:
            made = [g.created for g in open_groups]
            for x, y in sorted(
                programme.options(state),
                key=lambda o: (
                    made[o[0]] if o[0] != NEW else created,
                    made[o[1]] if o[1] != NEW else created,
                ),
            ):
                step = programme.step(state, x, y)
                if step is None:
                    continue
                completions = programme.count(step.child)
                if rank < completions:
                    break
                rank -= completions
            else:  # pragma: no cover - rank < count guarantees a branch
                raise AssertionError("unranking ran past the last option")
            if x == NEW:
                open_groups.append(_Open(created, [], []))
                created += 1
                x = len(open_groups) - 1
            if y == NEW:
                open_groups.append(_Open(created, [], []))
                created += 1
                y = len(open_groups) - 1
            open_groups[x].members.append(name)
            open_groups[y].targets.append(name)
            after: list[_Open | None] = [None] * len(step.child[1])
            for old, group in enumerate(open_groups):
                pos = _new_position(step, old, len(state[1]))
                if pos is None:
                    done.append((group.members, group.targets))
                else:
                    after[pos] = group
            open_groups = [g for g in after if g is not None]
            state = step.child
        if open_groups or rank:  # pragma: no cover - a complete path closes every group
            raise AssertionError("unranking did not close every group")
        return done


@dataclass
class _Open:
    created: int
    members: list[str]
    targets: list[str]


@lru_cache(maxsize=4)
def table_space(problem: TableProblem) -> TableSpace:
    """The problem's space, counted once per process (a draw, then its verify or sheet)."""
    return TableSpace(problem)


def _new_position(step: Step, old: int, before: int) -> int | None:
    """Where the group at position `old` went (the groups beyond `before` are the new ones,
    the member group first)."""
    if old < before:
        return step.moved[old]
    if old == before and step.member == NEW:
        return step.new_member
    return step.new_target


def number_groups(
    problem: TableProblem, groups: Sequence[tuple[Sequence[str], Sequence[str]]], lead_code: int
) -> tuple[DrawnGroup, ...]:
    """Leads from `lead_code`, then the groups numbered by their lead's plan position.

    `lead_code` is read in base `size`, most significant digit first, one digit per group,
    the groups taken by their first member in plan order; digit d makes the member at
    plan-order position d of the group its lead.
    """
    plan = {name: k for k, name in enumerate(problem.prefectures)}
    in_plan_order = sorted(
        (
            (
                sorted(members, key=plan.__getitem__),
                sorted(targets, key=plan.__getitem__),
            )
            for members, targets in groups
        ),
        key=lambda g: plan[g[0][0]],
    )
    digits = []
    for _ in in_plan_order:
        lead_code, digit = divmod(lead_code, problem.size)
        digits.append(digit)
    digits.reverse()
    led = []
    for (members, targets), digit in zip(in_plan_order, digits):
        lead = members[digit]
        led.append(((lead, *(m for m in members if m != lead)), tuple(targets)))
    led.sort(key=lambda g: plan[g[0][0]])
    return tuple(DrawnGroup(k, m, t) for k, (m, t) in enumerate(led, start=1))


def reciprocal_pairs(groups: Sequence[DrawnGroup]) -> list[tuple[DrawnGroup, DrawnGroup]]:
    """P4: pairs of groups that inspect each other."""
    return [
        (x, y)
        for k, x in enumerate(groups)
        for y in groups[k + 1 :]
        if set(x.targets) & set(y.members) and set(y.targets) & set(x.members)
    ]


def draw_table(space: TableSpace, seed: str) -> TableDraw:
    """The first proposal without reciprocal groups (P4), drawn with `seed`.

    Raises ValueError when there is no proposal at all, and TooManyRejections when
    MAX_PROPOSALS proposals all break P4.
    """
    bound = space.proposals()
    if bound == 0:
        raise ValueError("no table keeps P1-P3 and avoids every forbidden pair")
    start = 1
    for rejected in range(MAX_PROPOSALS):
        drawn = rng.below(seed, bound, start)
        groups = space.unrank(drawn.integer)
        if not reciprocal_pairs(groups):
            return TableDraw(seed, space.order, space.tables(), bound, drawn, rejected, groups)
        start = drawn.next_index
    raise TooManyRejections(MAX_PROPOSALS)


class TooManyRejections(Exception):
    """Every one of MAX_PROPOSALS proposals had two groups inspecting each other (P4)."""


def table_pairs(groups: Collection[DrawnGroup]) -> set[tuple[str, str]]:
    """Every (inspector, target) pair of a table."""
    return {(m, t) for g in groups for m in g.members for t in g.targets}
