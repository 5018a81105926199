"""Counting, unranking and odds agree exactly with brute-force enumeration (Q1-Q5)."""

from __future__ import annotations

from collections import Counter
from fractions import Fraction
from itertools import combinations, product

from hypothesis import given, settings
from hypothesis import strategies as st

from crossdraw.domain.models import Requirement, Rules
from crossdraw.domain.pool import Pool, PoolEntry
from crossdraw.lottery.counting import unrank_combination
from crossdraw.lottery.draw import group_odds, group_space

TAGS = ("metal_smelting", "cement", "dust_explosion", "building_materials")
RULES = Rules(
    per_prefecture=2,
    min_counties=2,
    requirements=(
        Requirement(id="Q3", name="金属冶炼", any_of=("metal_smelting",)),
        Requirement(
            id="Q4",
            name="水泥、粉尘涉爆",
            any_of=("cement", "dust_explosion"),
            substitutes={"cement": "building_materials"},
        ),
    ),
)


def entry_strategy(prefix: str, index: int) -> st.SearchStrategy[PoolEntry]:
    return st.builds(
        PoolEntry,
        id=st.just(f"{prefix}{index:02d}"),
        county=st.sampled_from(["一区", "二县", "三市"]),
        tags=st.lists(st.sampled_from(TAGS), max_size=2, unique=True).map(
            lambda t: tuple(sorted(t))
        ),
        excluded=st.sampled_from([None, None, None, None, "E2: 省厅直接执法"]),
    )


@st.composite
def pools(draw: st.DrawFn, prefix: str, name: str) -> Pool:
    size = draw(st.integers(min_value=0, max_value=7))
    entries = [draw(entry_strategy(prefix, i)) for i in range(size)]
    return Pool(name, tuple(entries))


@st.composite
def rules_strategy(draw: st.DrawFn) -> Rules:
    return RULES.model_copy(
        update={
            "per_prefecture": draw(st.integers(1, 3)),
            "min_counties": draw(st.integers(0, 3)),
        }
    )


def brute_force(rules: Rules, targets: list[Pool]) -> tuple[int, Counter[str], list[tuple]]:
    space = group_space(rules, targets)
    quota = space.quota
    per_target = []
    for pool in targets:
        eligible = pool.eligible
        ok = [
            c
            for c in combinations(eligible, rules.per_prefecture)
            if len({e.county for e in c}) >= quota.min_counties
        ]
        per_target.append(ok)
    valid = []
    for combo in product(*per_target):
        chosen = [e for part in combo for e in part]
        if all(
            sum(1 for e in chosen if r.counts(e.tags)) >= r.at_least for r in quota.requirements
        ):
            valid.append(tuple(tuple(sorted(e.id for e in part)) for part in combo))
    inclusion: Counter[str] = Counter(i for sel in valid for part in sel for i in part)
    return len(valid), inclusion, valid


@settings(max_examples=150, deadline=None)
@given(rules=rules_strategy(), a=pools("A", "甲市"), b=pools("B", "乙市"))
def test_q1_to_q5_counts_and_odds_match_brute_force(rules: Rules, a: Pool, b: Pool) -> None:
    total, inclusion, _ = brute_force(rules, [a, b])
    space = group_space(rules, [a, b])
    assert space.valid_selections() == total
    if total == 0:
        return
    for target_odds in group_odds(space, {}):
        assert target_odds.bound == total
        for entry in (a if target_odds.target == "甲市" else b).eligible:
            assert target_odds.odds[entry.id] == Fraction(inclusion[entry.id], total)


@settings(max_examples=60, deadline=None)
@given(rules=rules_strategy(), a=pools("A", "甲市"), b=pools("B", "乙市"))
def test_sequential_draw_is_exactly_uniform_over_group_selections(
    rules: Rules, a: Pool, b: Pool
) -> None:
    """First target by its exact marginal, second uniform given the first: every pair once."""
    total, _, valid = brute_force(rules, [a, b])
    if not 0 < total <= 400:
        return
    space = group_space(rules, [a, b])
    for first, second in (("甲市", "乙市"), ("乙市", "甲市")):
        first_draw = space.weighted(first, {})
        assert first_draw.total == total
        marginal = Counter(first_draw.unrank(x) for x in range(total))
        pairs: Counter[tuple[str, tuple[str, ...], tuple[str, ...]]] = Counter()
        for sel, weight in marginal.items():
            second_draw = space.weighted(second, {first: sel})
            assert second_draw.total == weight
            for y in range(second_draw.total):
                pairs[(first, sel, second_draw.unrank(y))] += 1
        as_group = sorted((sel, other) if f == "甲市" else (other, sel) for f, sel, other in pairs)
        assert sorted(pairs.values()) == [1] * total
        assert as_group == sorted(valid)


def test_unrank_combination_lists_subsets_in_lexicographic_order() -> None:
    items = ["a", "b", "c", "d", "e"]
    got = [tuple(unrank_combination(items, 3, r)) for r in range(10)]
    assert got == list(combinations(items, 3))


def test_q5_building_materials_stand_in_only_when_no_target_has_cement() -> None:
    bm = PoolEntry("A1", "一区", ("building_materials",), None)
    smelter = PoolEntry("A2", "二县", ("metal_smelting",), None)
    plain = PoolEntry("B1", "一区", (), None)
    plain2 = PoolEntry("B2", "二县", (), None)
    no_cement = [Pool("甲市", (bm, smelter)), Pool("乙市", (plain, plain2))]
    assert group_space(RULES, no_cement).valid_selections() == 1
    cement = PoolEntry("B3", "三市", ("cement",), "E2: 省厅直接执法")
    excluded_cement = [Pool("甲市", (bm, smelter)), Pool("乙市", (plain, plain2, cement))]
    assert group_space(RULES, excluded_cement).valid_selections() == 1
    eligible_cement = PoolEntry("B3", "三市", ("cement",), None)
    with_cement = [Pool("甲市", (bm, smelter)), Pool("乙市", (plain, plain2, eligible_cement))]
    # building materials no longer count: the group must take the cement firm
    assert group_space(RULES, with_cement).valid_selections() == 2
