"""docs/ALGORITHM.md §18.10: the table draw's worked example, pinned so the page cannot drift."""

from __future__ import annotations

from crossdraw.lottery import rng
from crossdraw.lottery.table import TableProblem, TableSpace, draw_table, reciprocal_pairs
from crossdraw.lottery.table_odds import table_odds

NAMES = ("甲市", "乙市", "丙市", "丁市", "戊市", "己市")
PROBLEM = TableProblem(
    NAMES, 2, frozenset({("甲市", "丙市"), ("甲市", "丁市"), ("乙市", "丙市"), ("乙市", "丁市")})
)
RANKS = [
    "甲丙→乙戊, 乙丁→甲己, 戊己→丙丁",
    "甲丙→乙己, 乙丁→甲戊, 戊己→丙丁",
    "甲乙→戊己, 丙丁→甲乙, 戊己→丙丁",
    "甲乙→戊己, 丙戊→甲丁, 丁己→乙丙",
    "甲乙→戊己, 丙己→甲丁, 丁戊→乙丙",
    "甲丁→乙戊, 乙丙→甲己, 戊己→丙丁",
    "甲丁→乙己, 乙丙→甲戊, 戊己→丙丁",
    "甲乙→戊己, 丙己→乙丁, 丁戊→甲丙",
    "甲乙→戊己, 丙戊→乙丁, 丁己→甲丙",
]


def short(names: tuple[str, ...]) -> str:
    return "".join(n[0] for n in names)


def test_worked_example_order_counts_ranks_and_draw() -> None:
    space = TableSpace(PROBLEM)
    assert space.order == ("甲市", "丙市", "乙市", "丁市", "戊市", "己市")
    assert (space.tables(), space.proposals()) == (9, 72)
    listed = [
        ", ".join(f"{short(g.members)}→{short(g.targets)}" for g in space.unrank(rank * 8))
        for rank in range(9)
    ]
    assert listed == RANKS
    assert [not reciprocal_pairs(space.unrank(rank * 8)) for rank in range(9)] == [
        rank == 2 for rank in range(9)
    ]
    assert table_odds(PROBLEM).valid_tables == 8
    assert rng.value("20220000", 1) % 72 == 55
    assert rng.value("20220000", 2) % 72 == 23
    drawn = draw_table(space, "20220000")
    assert (drawn.rejected, drawn.random.integer, drawn.random.next_index) == (1, 23, 3)
    assert [(g.id, g.members, g.targets) for g in drawn.groups] == [
        (1, ("乙市", "甲市"), ("戊市", "己市")),
        (2, ("丁市", "丙市"), ("甲市", "乙市")),
        (3, ("己市", "戊市"), ("丙市", "丁市")),
    ]
