"""Counting group tables exactly: a transfer over prefectures (docs/ALGORITHM.md §18).

A *table* splits the n prefectures into n/m groups; each group has m member
prefectures and m target prefectures, so every prefecture is a member of exactly
one group and a target of exactly one (P1, P2). P3: no group inspects its own
member. A *forbidden pair* (a, b) says a may not inspect b (a repeat of an
avoided year, or a --forbid row). With `reciprocal=False`, P4 is enforced too:
no two groups inspect each other.

Prefectures are taken one at a time in the *processing order* (`processing_order`).
At prefecture i the programme decides which group i joins as a member and which
group inspects it; a group is either *open* (it already holds an earlier
prefecture and still has a free slot) or new. Everything the rest of the table
depends on is kept in a *state*, the same for every partial table with the same
future:

* for each open group: its free member slots, its free target slots, the later
  prefectures it may not inspect (forbidden for one of its members) and the later
  prefectures it may not take as members (they may not inspect one of its targets);
* with P4: the pairs (u, v) of open groups where u inspects a member of v, as
  long as v could still inspect a member of u.

Open groups are kept sorted, so states that differ only in the order of their
groups are one state. The number of completions of a state is computed once
(memoised), with Python integers.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

# A group's descriptor packs (free members, free targets, no-targets mask, no-members mask):
# bits 0-3 free members, 4-7 free targets, then one n-bit mask, then the other.
_SLOT = 15
_T_SHIFT = 4
_MASK_SHIFT = 8
_W = 16  # edge bit (u, v) is u * _W + v; at most 15 open groups
NEW = -1  # the option "a new group"

State = tuple[int, tuple[int, ...], int]  # (step, sorted open-group descriptors, edges)
START: State = (0, (), 0)


class BudgetExceeded(Exception):
    """The counting programme needed more states than it was allowed."""


@dataclass(frozen=True)
class Step:
    """One option at a step: the groups chosen (positions in the state, or NEW), the next
    state, and where each group of the state went (None: it closed) plus the new groups."""

    member: int
    target: int
    child: State
    moved: tuple[int | None, ...]  # old position -> new position
    new_member: int | None  # position of the new member group, if one was opened
    new_target: int | None


def processing_order(n: int, forbidden: Collection[tuple[int, int]]) -> tuple[int, ...]:
    """The order prefectures are taken in: keeps forbidden pairs close together.

    For a set S of prefectures, cut(S) is the number of forbidden pairs with exactly
    one prefecture in S. The order minimises the sum over its proper prefixes S of
    4^cut(S); among equally good orders, the lexicographically smallest sequence of
    plan positions. (A dynamic programme over the 2^n subsets.)
    """
    pairs = sorted((a, b) for a, b in forbidden if a != b)
    full = (1 << n) - 1
    cut = [0] * (1 << n)
    for subset in range(1, 1 << n):
        low = (subset & -subset).bit_length() - 1
        rest = subset ^ (1 << low)
        value = cut[rest]
        for a, b in pairs:
            if low in (a, b):
                other = b if a == low else a
                value += -1 if rest >> other & 1 else 1
        cut[subset] = value

    def weight(subset: int) -> int:
        return 0 if subset == full else 4 ** cut[subset]

    best = [0] * (1 << n)
    for subset in range(full - 1, -1, -1):
        best[subset] = min(
            weight(subset | 1 << p) + best[subset | 1 << p] for p in range(n) if not subset >> p & 1
        )
    order: list[int] = []
    subset = 0
    while subset != full:
        p = next(
            p
            for p in range(n)
            if not subset >> p & 1
            and weight(subset | 1 << p) + best[subset | 1 << p] == best[subset]
        )
        order.append(p)
        subset |= 1 << p
    return tuple(order)


@dataclass
class Programme:
    """The counting programme of one problem, in processing positions 0..n-1."""

    n: int
    size: int  # m: members and targets per group
    forbidden: frozenset[tuple[int, int]]  # (inspector, target), processing positions
    reciprocal: bool = False  # True: P4 is not enforced (the draw's proposal)
    budget: int | None = None  # most states to count before BudgetExceeded
    memo: dict[State, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        n = self.n
        if not 1 <= self.size <= _SLOT or n % self.size or n // self.size >= _W:
            raise ValueError("unsupported table size")
        self._no_t = [0] * n
        self._no_m = [0] * n
        for a, b in self.forbidden:
            self._no_t[a] |= 1 << b
            self._no_m[b] |= 1 << a
        self._fresh = self.size | self.size << _T_SHIFT
        self._all_m = ((1 << n) - 1) << (_MASK_SHIFT + n)
        self._all_t = ((1 << n) - 1) << _MASK_SHIFT
        self._consts: list[tuple[int, int, int]] = []
        for i in range(n):
            later = (1 << n) - (2 << i)
            self._consts.append(
                (
                    ~(1 << (i + _MASK_SHIFT) | 1 << (i + _MASK_SHIFT + n)),
                    (self._no_t[i] & later) << _MASK_SHIFT,
                    (self._no_m[i] & later) << (_MASK_SHIFT + n),
                )
            )

    # -- one step ------------------------------------------------------------------------

    def options(self, state: State) -> list[tuple[int, int]]:
        """The (member group, target group) choices open to prefecture `state[0]`, in order:
        member groups by position then NEW, and for each, target groups likewise."""
        i, groups, edges = state
        bit_m = 1 << (i + _MASK_SHIFT + self.n)
        bit_t = 1 << (i + _MASK_SHIFT)
        members = [k for k, d in enumerate(groups) if d & _SLOT and not d & bit_m]
        targets = [k for k, d in enumerate(groups) if d >> _T_SHIFT & _SLOT and not d & bit_t]
        members.append(NEW)
        targets.append(NEW)
        out = []
        for x in members:
            for y in targets:
                if x == y and x != NEW:
                    continue  # P3: i would inspect itself
                if not self.reciprocal and x != NEW and y != NEW and edges >> (x * _W + y) & 1:
                    continue  # P4: x inspects a member of y, and y would inspect i of x
                out.append((x, y))
        return out

    def step(self, state: State, x: int, y: int) -> Step | None:
        """Prefecture i joins group x as a member and group y inspects it; None when the
        open slots outnumber the prefectures left to fill them."""
        i, groups, _ = state
        free_m = sum(d & _SLOT for d in groups)
        free_t = sum(d >> _T_SHIFT & _SLOT for d in groups)
        if not self._fits(i, free_m, free_t, x, y):
            return None
        child, moved = self._advance(state, x, y)
        old = len(groups)
        return Step(
            x,
            y,
            child,
            tuple(p if p >= 0 else None for p in moved[:old]),
            moved[old] if x == NEW else None,
            moved[len(moved) - 1] if y == NEW else None,
        )

    def _fits(self, i: int, free_m: int, free_t: int, x: int, y: int) -> bool:
        opened = (self.size if x == NEW else 0) + (self.size if y == NEW else 0)
        left = self.n - i - 1
        return free_m - 1 + opened <= left and free_t - 1 + opened <= left

    def _advance(self, state: State, x: int, y: int) -> tuple[State, list[int]]:
        """The next state, and where each group went (-1: closed); new groups come last,
        the member group before the target group."""
        i, groups, edges = state
        clear, add_t, add_m = self._consts[i]
        work = [d & clear for d in groups]
        if x == NEW:
            x = len(work)
            work.append(self._fresh)
        if y == NEW:
            y = len(work)
            work.append(self._fresh)
        work[x] = _tidy((work[x] - 1) | add_t, self._all_m, self._all_t) & clear
        work[y] = _tidy((work[y] - (1 << _T_SHIFT)) | add_m, self._all_m, self._all_t) & clear
        kept = sorted((d, k) for k, d in enumerate(work) if d & 0xFF)
        moved = [-1] * len(work)
        for p, (_, k) in enumerate(kept):
            moved[k] = p
        new_edges = 0
        if not self.reciprocal:
            pending = edges | 1 << (y * _W + x)  # y inspects i, a member of x
            while pending:
                low = pending & -pending
                u, v = divmod(low.bit_length() - 1, _W)
                pending ^= low
                pu, pv = moved[u], moved[v]
                # u inspects a member of v: it matters while v may still inspect one of u's
                if pu >= 0 and pv >= 0 and kept[pu][0] & _SLOT and kept[pv][0] >> _T_SHIFT & _SLOT:
                    new_edges |= 1 << (pu * _W + pv)
        return (i + 1, tuple(d for d, _ in kept), new_edges), moved

    # -- counting ------------------------------------------------------------------------

    def count(self, state: State = START) -> int:
        """Completions of `state`: the number of tables (without leads) from the start."""
        i, groups, _ = state
        if i == self.n:
            return 0 if groups else 1
        known = self.memo.get(state)
        if known is not None:
            return known
        if self.budget is not None and len(self.memo) >= self.budget:
            raise BudgetExceeded
        free_m = sum(d & _SLOT for d in groups)
        free_t = sum(d >> _T_SHIFT & _SLOT for d in groups)
        total = 0
        for x, y in self.options(state):
            if not self._fits(i, free_m, free_t, x, y):
                continue
            if self.reciprocal:
                total += self.count(self._proposal_child(state, x, y))
            else:
                total += self.count(self._advance(state, x, y)[0])
        self.memo[state] = total
        return total

    def _proposal_child(self, state: State, x: int, y: int) -> State:
        """`_advance(...)[0]` without P4: no edges, so no group needs following."""
        i, groups, _ = state
        clear, add_t, add_m = self._consts[i]
        all_m, all_t = self._all_m, self._all_t
        work = [d & clear for d in groups]
        if x == NEW:
            x = len(work)
            work.append(self._fresh)
        if y == NEW:
            y = len(work)
            work.append(self._fresh)
        d = (work[x] - 1) | add_t
        if not d & _SLOT:
            d &= ~all_m
        if not d & _SLOT << _T_SHIFT:
            d &= ~all_t
        work[x] = d & clear
        d = (work[y] - (1 << _T_SHIFT)) | add_m
        if not d & _SLOT:
            d &= ~all_m
        if not d & _SLOT << _T_SHIFT:
            d &= ~all_t
        work[y] = d & clear
        work.sort()
        while work and not work[0]:  # a closed group is 0 and sorts first
            del work[0]
        return (i + 1, tuple(work), 0)


def _tidy(d: int, mask_m: int, mask_t: int) -> int:
    """A group's masks are kept only while it has a free slot of that kind."""
    if not d & _SLOT:
        d &= ~mask_m
    if not d >> _T_SHIFT & _SLOT:
        d &= ~mask_t
    return d
