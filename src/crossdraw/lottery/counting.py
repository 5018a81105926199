"""Exact counting, unranking and inclusion odds of valid selections (docs/ALGORITHM.md §4-6).

One target prefecture's eligible pool is cut into *bins*: enterprises of the same
county that count for the same requirements (the same *mask*). A selection is a
choice of how many enterprises to take from each bin, bin by bin in canonical
order, and which ones. A dynamic programme over the bins with the state

    (taken so far, counties used (capped at Q2's minimum), coverage (per
     requirement, capped at its quota), whether the current county is used)

counts selections exactly with Python integers. A *terminal weight* on the
final coverage turns the count of one target into the count of whole-group
selections it can be completed to, which is what makes sequential per-target
draws exactly uniform over the group's valid selections.

Everything here is pure and deterministic: integers only, bins and states
visited in sorted order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from math import comb

from crossdraw.domain.errors import InputError
from crossdraw.domain.quota import ActiveRequirement
from crossdraw.domain.space import MAX_STEPS, coverage_classes, states_per_bin

Coverage = tuple[int, ...]
# (taken, counties used, coverage, current county used: 0/1)
State = tuple[int, int, Coverage, int]
Weight = Callable[[Coverage], int]


@dataclass(frozen=True)
class Quota:
    """The per-target and per-group numbers in force for one draw (Q1, Q2, Q3-Q5)."""

    per_prefecture: int  # Q1: exactly this many per target
    min_counties: int  # Q2: 0 when waived
    requirements: tuple[ActiveRequirement, ...]

    @property
    def caps(self) -> Coverage:
        return tuple(r.at_least for r in self.requirements)

    @property
    def full(self) -> Coverage:
        return self.caps

    def zero(self) -> Coverage:
        return tuple(0 for _ in self.requirements)

    def mask(self, tags: Iterable[str]) -> int:
        """Bit r set when an enterprise with these tags counts for requirement r."""
        tagset = tuple(tags)
        return sum(1 << r for r, req in enumerate(self.requirements) if req.counts(tagset))

    def add(self, a: Coverage, b: Coverage) -> Coverage:
        return tuple(min(x + y, cap) for x, y, cap in zip(a, b, self.caps))


@dataclass(frozen=True)
class Bin:
    county: str
    mask: int
    ids: tuple[str, ...]  # sorted


@dataclass(frozen=True)
class Candidate:
    """An eligible enterprise as the counting sees it."""

    id: str
    county: str
    tags: tuple[str, ...]


def make_bins(candidates: Iterable[Candidate], quota: Quota) -> tuple[Bin, ...]:
    """Bins in canonical order: by county name (code points), then mask; ids sorted."""
    grouped: dict[tuple[str, int], list[str]] = {}
    masks: dict[tuple[str, ...], int] = {}  # a pool has only a few distinct tag sets
    for cand in candidates:
        mask = masks.get(cand.tags)
        if mask is None:
            mask = masks[cand.tags] = quota.mask(cand.tags)
        grouped.setdefault((cand.county, mask), []).append(cand.id)
    return tuple(
        Bin(county, mask, tuple(sorted(ids))) for (county, mask), ids in sorted(grouped.items())
    )


def _step(quota: Quota, state: State, b: Bin, t: int, new_county: bool) -> State | None:
    """The state after taking t enterprises from bin b, or None when over Q1."""
    taken, counties, cover, used = state
    if new_county:
        used = 0
    taken += t
    if taken > quota.per_prefecture:
        return None
    if t:
        cover = tuple(
            min(c + (t if b.mask >> r & 1 else 0), cap)
            for r, (c, cap) in enumerate(zip(cover, quota.caps))
        )
        if not used:
            counties = min(counties + 1, quota.min_counties)
            used = 1
    return (taken, counties, cover, used)


@dataclass(frozen=True)
class TargetSpace:
    """All partial selections of one target: the forward half of the programme."""

    quota: Quota
    bins: tuple[Bin, ...]
    forward: tuple[Mapping[State, int], ...]  # forward[b]: ways to reach each state before bin b

    @property
    def size(self) -> int:
        return sum(len(b.ids) for b in self.bins)

    def new_county(self, index: int) -> bool:
        return index == 0 or self.bins[index - 1].county != self.bins[index].county

    def is_complete(self, state: State) -> bool:
        taken, counties, _, _ = state
        return taken == self.quota.per_prefecture and counties == self.quota.min_counties

    def classes(self) -> dict[Coverage, int]:
        """Number of complete selections of this target by their (capped) coverage."""
        out: dict[Coverage, int] = {}
        final = self.forward[-1]
        for state in sorted(final):
            if self.is_complete(state):
                out[state[2]] = out.get(state[2], 0) + final[state]
        return out

    def coverage_of(self, ids: Iterable[str]) -> Coverage:
        """Coverage of a given selection of this target (ids must be eligible)."""
        where = {i: b for b in self.bins for i in b.ids}
        cover = self.quota.zero()
        for i in ids:
            mask = where[i].mask
            cover = self.quota.add(cover, tuple(mask >> r & 1 for r in range(len(cover))))
        return cover


class TooLarge(InputError):
    """The counting would take more steps than MAX_STEPS: refused before it starts."""


def steps(quota: Quota, bins: Sequence[int]) -> int:
    """An upper bound of the programme's steps: per target, its bins times the states
    times the choices per bin, and the group's coverage classes paired up (docs §4)."""
    per_bin = states_per_bin(
        quota.per_prefecture, quota.min_counties, [r.at_least for r in quota.requirements]
    )
    classes = coverage_classes([r.at_least for r in quota.requirements])
    return sum(n * per_bin * (quota.per_prefecture + 1) for n in bins) + len(bins) * classes**2


def check_steps(quota: Quota, bins: Sequence[int]) -> None:
    """TooLarge when counting these targets (their numbers of bins) is beyond MAX_STEPS."""
    needed = steps(quota, bins)
    if needed > MAX_STEPS:
        raise TooLarge.one(
            "rules",
            f"counting the valid selections would take about {needed:,} steps, more than the "
            f"{MAX_STEPS:,} crossdraw allows (per_prefecture, min_counties and the "
            "requirements' at_least multiply the states; no plan needs this many): refused",
        )


def target_space(candidates: Iterable[Candidate], quota: Quota) -> TargetSpace:
    return space_of_bins(make_bins(candidates, quota), quota)


def space_of_bins(bins: tuple[Bin, ...], quota: Quota) -> TargetSpace:
    """The forward half of the programme over bins already made (`make_bins`)."""
    init: State = (0, 0, quota.zero(), 0)
    forward: list[dict[State, int]] = [{init: 1}]
    for index, b in enumerate(bins):
        new_county = index == 0 or bins[index - 1].county != b.county
        nxt: dict[State, int] = {}
        current = forward[-1]
        for state in sorted(current):
            ways = current[state]
            for t in range(min(len(b.ids), quota.per_prefecture - state[0]) + 1):
                after = _step(quota, state, b, t, new_county)
                if after is not None:
                    nxt[after] = nxt.get(after, 0) + ways * comb(len(b.ids), t)
        forward.append(nxt)
    return TargetSpace(quota, bins, tuple(forward))


@dataclass(frozen=True)
class Weighted:
    """A target's selections, each weighted by its terminal weight: the backward half."""

    space: TargetSpace
    backward: tuple[Mapping[State, int], ...]  # backward[b][s]: weighted completions from s

    @property
    def total(self) -> int:
        return self.backward[0][(0, 0, self.space.quota.zero(), 0)]

    def unrank(self, x: int) -> tuple[str, ...]:
        """The selection at position x in canonical order (0 <= x < total); ids sorted."""
        if not 0 <= x < self.total:
            raise ValueError("rank out of range")
        space = self.space
        state: State = (0, 0, space.quota.zero(), 0)
        chosen: list[str] = []
        for index, b in enumerate(space.bins):
            new_county = space.new_county(index)
            following = self.backward[index + 1]
            for t in range(min(len(b.ids), space.quota.per_prefecture - state[0]) + 1):
                after = _step(space.quota, state, b, t, new_county)
                if after is None:
                    continue
                rest = following.get(after, 0)
                block = comb(len(b.ids), t) * rest
                if x < block:
                    which, x = divmod(x, rest)
                    chosen.extend(unrank_combination(b.ids, t, which))
                    state = after
                    break
                x -= block
            else:  # pragma: no cover - the blocks of a state always sum to its count
                raise AssertionError("unranking ran past the last block")
        return tuple(sorted(chosen))

    def inclusion(self) -> dict[str, int]:
        """For each eligible enterprise, the weighted number of selections containing it."""
        space = self.space
        out: dict[str, int] = {}
        for index, b in enumerate(space.bins):
            new_county = space.new_county(index)
            here, following = space.forward[index], self.backward[index + 1]
            n = len(b.ids)
            total = 0
            for state in sorted(here):
                for t in range(1, min(n, space.quota.per_prefecture - state[0]) + 1):
                    after = _step(space.quota, state, b, t, new_county)
                    if after is not None:
                        total += here[state] * comb(n - 1, t - 1) * following.get(after, 0)
            for i in b.ids:
                out[i] = total
        return out


def weigh(space: TargetSpace, weight: Weight) -> Weighted:
    """The backward programme: completions of each state, weighted at the end by `weight`."""
    final = space.forward[-1]
    backward: list[dict[State, int]] = [
        {s: (weight(s[2]) if space.is_complete(s) else 0) for s in sorted(final)}
    ]
    for index in range(len(space.bins) - 1, -1, -1):
        b = space.bins[index]
        new_county = space.new_county(index)
        following = backward[0]
        here: dict[State, int] = {}
        for state in sorted(space.forward[index]):
            total = 0
            for t in range(min(len(b.ids), space.quota.per_prefecture - state[0]) + 1):
                after = _step(space.quota, state, b, t, new_county)
                if after is not None:
                    total += comb(len(b.ids), t) * following.get(after, 0)
            here[state] = total
        backward.insert(0, here)
    return Weighted(space, tuple(backward))


def completions(quota: Quota, spaces: Sequence[TargetSpace], start: Coverage) -> int:
    """Selections of all `spaces` together that bring coverage `start` up to every quota."""
    dist: dict[Coverage, int] = {start: 1}
    for space in spaces:
        table = space.classes()
        nxt: dict[Coverage, int] = {}
        for have in sorted(dist):
            for own in sorted(table):
                key = quota.add(have, own)
                nxt[key] = nxt.get(key, 0) + dist[have] * table[own]
        dist = nxt
    return dist.get(quota.full, 0)


def completion_weight(quota: Quota, others: Sequence[TargetSpace], before: Coverage) -> Weight:
    """Terminal weight of a target: valid completions in the undrawn `others`."""
    memo: dict[Coverage, int] = {}

    def weight(own: Coverage) -> int:
        key = quota.add(before, own)
        if key not in memo:
            memo[key] = completions(quota, others, key)
        return memo[key]

    return weight


def unrank_combination(items: Sequence[str], t: int, rank: int) -> list[str]:
    """The t-subset of `items` at position `rank` in lexicographic order of index tuples."""
    chosen: list[str] = []
    start = 0
    m = len(items)
    while t:
        for i in range(start, m):
            count = comb(m - i - 1, t - 1)
            if rank < count:
                chosen.append(items[i])
                start = i + 1
                t -= 1
                break
            rank -= count
        else:
            raise ValueError("combination rank out of range")
    return chosen


def probabilities(counts: Mapping[str, int], total: int) -> dict[str, Fraction]:
    """Exact inclusion probabilities; Fraction keeps them reduced and float-free."""
    reduced: dict[int, Fraction] = {}  # the enterprises of a bin share their count
    out: dict[str, Fraction] = {}
    for i, c in sorted(counts.items()):
        p = reduced.get(c)
        if p is None:
            p = reduced[c] = Fraction(c, total)
        out[i] = p
    return out
