"""The draw of one target prefecture, and a group's odds: pure functions over loaded values."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from crossdraw.domain.errors import Worded
from crossdraw.domain.models import Rules
from crossdraw.domain.pool import Pool
from crossdraw.domain.quota import active_requirements
from crossdraw.lottery import rng
from crossdraw.lottery.counting import (
    Candidate,
    Coverage,
    Quota,
    TargetSpace,
    Weighted,
    check_steps,
    completion_weight,
    completions,
    make_bins,
    probabilities,
    space_of_bins,
    weigh,
)

ALGORITHM = "crossdraw-draw-v1"


def waivable(rules: Rules) -> tuple[str, ...]:
    """Rules a draw may be made without (Q1 is the draw's size and cannot be waived)."""
    return ("Q2", *(r.id for r in rules.requirements))


def quota_for(rules: Rules, pools: Sequence[Pool], waived: Collection[str] = ()) -> Quota:
    """The numbers in force for a group whose target pools are `pools` (Q5 judged on them)."""
    return Quota(
        per_prefecture=rules.per_prefecture,
        min_counties=0 if "Q2" in waived else rules.min_counties,
        requirements=active_requirements(rules, pools, waived),
    )


def candidates(pool: Pool) -> list[Candidate]:
    return [Candidate(e.id, e.county, e.tags) for e in pool.eligible]


class PriorSelectionError(ValueError):
    """An earlier draw's selection is not a complete, eligible selection of its target;
    its argument is the Worded text (`said`)."""

    @property
    def said(self) -> str:
        said: str = self.args[0]
        return said


@dataclass(frozen=True)
class GroupSpace:
    """Every target of a group with its counting programme, in the plan's target order."""

    quota: Quota
    targets: tuple[str, ...]
    spaces: tuple[TargetSpace, ...]

    def space(self, target: str) -> TargetSpace:
        return self.spaces[self.targets.index(target)]

    def valid_selections(self) -> int:
        """Q1-Q5: how many whole-group selections are valid."""
        return completions(self.quota, self.spaces, self.quota.zero())

    def prior_coverage(self, prior: Mapping[str, Sequence[str]]) -> Coverage:
        """Coverage of earlier draws of this group; checks each is complete and eligible."""
        cover = self.quota.zero()
        for target in self.targets:
            if target not in prior:
                continue
            ids = list(prior[target])
            space = self.space(target)
            eligible = {i for b in space.bins for i in b.ids}
            counties = {b.county for b in space.bins for i in b.ids if i in ids}
            if (
                len(set(ids)) != len(ids)
                or not set(ids) <= eligible
                or len(ids) != self.quota.per_prefecture
                or len(counties) < self.quota.min_counties
            ):
                english = (
                    f"the earlier draw of {target} ({', '.join(ids)}) is not a valid selection "
                    "of its eligible pool under these rules"
                )
                said = Worded(english, "prior_invalid", target=target, ids=tuple(ids))
                raise PriorSelectionError(said)
            cover = self.quota.add(cover, space.coverage_of(ids))
        return cover

    def weighted(self, target: str, prior: Mapping[str, Sequence[str]]) -> Weighted:
        """Selections of `target`, weighted by their valid completions in undrawn targets."""
        if target in prior:
            said = Worded(f"{target} has already been drawn", "prior_drawn", target=target)
            raise PriorSelectionError(said)
        before = self.prior_coverage(prior)
        others = [s for t, s in zip(self.targets, self.spaces) if t != target and t not in prior]
        return weigh(self.space(target), completion_weight(self.quota, others, before))


def group_space(rules: Rules, pools: Sequence[Pool], waived: Collection[str] = ()) -> GroupSpace:
    quota = quota_for(rules, pools, waived)
    bins = [make_bins(candidates(p), quota) for p in pools]
    check_steps(quota, [len(b) for b in bins])  # a crafted plan or record: refused at once
    return GroupSpace(
        quota=quota,
        targets=tuple(p.prefecture for p in pools),
        spaces=tuple(space_of_bins(b, quota) for b in bins),
    )


@dataclass(frozen=True)
class PrefectureDraw:
    """The outcome of drawing one target: count, random integer, selection and odds."""

    target: str
    seed: str
    valid_selections: int  # of the whole group, before anything was drawn
    bound: int  # selections (weighted by completions) this draw chose among
    random: rng.Draw
    selected: tuple[str, ...]  # sorted ids
    odds: Mapping[str, Fraction]  # every eligible enterprise of the target, given earlier draws


def draw_prefecture(
    space: GroupSpace, target: str, prior: Mapping[str, Sequence[str]], seed: str
) -> PrefectureDraw:
    """Draw `target` uniformly among the group's valid selections consistent with `prior`.

    Raises ZeroDivisionError-free: callers check feasibility first (bound 0 -> ValueError).
    """
    weighted = space.weighted(target, prior)
    bound = weighted.total
    if bound == 0:
        raise ValueError("no valid selection")
    drawn = rng.below(seed, bound)
    return PrefectureDraw(
        target=target,
        seed=seed,
        valid_selections=space.valid_selections(),
        bound=bound,
        random=drawn,
        selected=weighted.unrank(drawn.integer),
        odds=probabilities(weighted.inclusion(), bound),
    )


@dataclass(frozen=True)
class TargetOdds:
    target: str
    bound: int
    odds: Mapping[str, Fraction]
    conditional: bool  # True when computed given earlier draws of the group


def group_odds(space: GroupSpace, prior: Mapping[str, Sequence[str]]) -> tuple[TargetOdds, ...]:
    """Each undrawn target's inclusion probabilities, given the targets already drawn."""
    out = []
    for target in space.targets:
        if target in prior:
            continue
        weighted = space.weighted(target, prior)
        total = weighted.total
        odds = probabilities(weighted.inclusion(), total) if total else {}
        out.append(TargetOdds(target, total, odds, conditional=bool(prior)))
    return tuple(out)


DERIVED_SEED_RULE = "base + '/' + group id + '/' + prefecture"
COMBINED_SEED_RULE = "parts joined with '-' in the order entered"


def derive_seed(base: str, group: int, target: str) -> str:
    """Seed of one draw when a command draws several from one seed (docs §3)."""
    return f"{base}/{group}/{target}"


def combine_seed(parts: Sequence[str]) -> str:
    """One seed from several parties' parts, each exactly as entered (docs §3)."""
    return "-".join(parts)
