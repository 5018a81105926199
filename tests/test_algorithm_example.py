"""docs/ALGORITHM.md §12: the worked example's numbers, pinned so the page cannot drift."""

from __future__ import annotations

from fractions import Fraction

from crossdraw.domain.models import Requirement, Rules
from crossdraw.domain.pool import Pool, PoolEntry
from crossdraw.lottery import rng
from crossdraw.lottery.draw import draw_prefecture, group_space

RULES = Rules(
    per_prefecture=2,
    min_counties=2,
    requirements=(Requirement(id="Q3", name="金属冶炼", any_of=("metal_smelting",)),),
)
JIA = Pool(
    "甲市",
    (
        PoolEntry("A1", "一区", ("metal_smelting",), None),
        PoolEntry("A2", "一区", (), None),
        PoolEntry("A3", "二县", (), None),
    ),
)
YI = Pool(
    "乙市",
    (
        PoolEntry("B1", "一区", (), None),
        PoolEntry("B2", "二县", ("metal_smelting",), None),
        PoolEntry("B3", "二县", (), None),
    ),
)


def test_worked_example_counts_order_and_odds() -> None:
    space = group_space(RULES, [JIA, YI])
    assert space.valid_selections() == 3
    weighted = space.weighted("甲市", {})
    assert weighted.total == 3
    assert [weighted.unrank(x) for x in range(3)] == [("A1", "A3"), ("A1", "A3"), ("A2", "A3")]
    first = draw_prefecture(space, "甲市", {}, "20211120")
    assert rng.value("20211120", 1) % 3 == first.random.integer == 1
    assert first.selected == ("A1", "A3")
    assert first.odds == {"A1": Fraction(2, 3), "A2": Fraction(1, 3), "A3": Fraction(1)}
    second = draw_prefecture(space, "乙市", {"甲市": first.selected}, "20211121")
    assert second.bound == 2
    assert rng.value("20211121", 1) % 2 == second.random.integer == 0
    assert second.selected == ("B1", "B2")
