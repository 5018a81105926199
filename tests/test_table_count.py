"""Next year's group table (issue 14, docs/ALGORITHM.md §18): exact counts, odds and the draw.

Every count and probability is compared with brute force over every table of small
fictional provinces (4, 6 and 8 prefectures), with and without avoided years.
"""

from __future__ import annotations

from collections import Counter
from fractions import Fraction

import pytest

from crossdraw.lottery.table import (
    TableProblem,
    TableSpace,
    TooManyRejections,
    draw_table,
    number_groups,
    reciprocal_pairs,
    table_pairs,
)
from crossdraw.lottery.table_odds import estimate, margin, pair_counts, table_odds
from crossdraw.lottery.table_space import Programme, processing_order
from tests.table_brute import tables

SEED = "38201749561023847561"
NAMES = ("甲市", "乙市", "丙市", "丁市", "戊市", "己市", "庚市", "辛市")


def cyclic_year(names: tuple[str, ...], step: int) -> set[tuple[str, str]]:
    """An earlier year's inspections: group k (members 2k, 2k+1) inspects group k+step's."""
    n = len(names)
    out = set()
    for k in range(0, n, 2):
        for a in names[k : k + 2]:
            for d in (0, 1):
                out.add((a, names[(k + 2 * step + d) % n]))
    return out


def province(n: int, years: int) -> TableProblem:
    names = NAMES[:n]
    forbidden: set[tuple[str, str]] = set()
    for step in range(1, years + 1):
        forbidden |= cyclic_year(names, step)
    return TableProblem(names, 2, frozenset(forbidden))


CASES = [(n, years) for n in (4, 6, 8) for years in (0, 1, 2) if not (n == 4 and years == 2)]


def _programme(problem: TableProblem, *, reciprocal: bool) -> Programme:
    index = {name: k for k, name in enumerate(problem.prefectures)}
    pairs = {(index[a], index[b]) for a, b in problem.forbidden}
    order = processing_order(len(index), pairs)
    position = {p: k for k, p in enumerate(order)}
    return Programme(
        len(index),
        problem.size,
        frozenset((position[a], position[b]) for a, b in pairs),
        reciprocal=reciprocal,
    )


@pytest.mark.parametrize(("n", "years"), CASES)
def test_p1_p4_count_agrees_with_brute_force(n: int, years: int) -> None:
    problem = province(n, years)
    brute = list(tables(problem.prefectures, 2, set(problem.forbidden)))
    proposals = list(tables(problem.prefectures, 2, set(problem.forbidden), reciprocal=True))
    assert _programme(problem, reciprocal=False).count() == len(brute)
    assert TableSpace(problem).tables() == len(proposals)
    assert TableSpace(problem).proposals() == len(proposals) * 2 ** (n // 2)


@pytest.mark.parametrize(("n", "years"), CASES)
def test_p1_p4_pair_odds_agree_with_brute_force(n: int, years: int) -> None:
    problem = province(n, years)
    brute = list(tables(problem.prefectures, 2, set(problem.forbidden)))
    seen: Counter[tuple[str, str]] = Counter()
    for table in brute:
        seen.update((a, b) for members, targets in table for a in members for b in targets)
    odds = table_odds(problem)
    assert odds.exact
    assert odds.valid_tables == len(brute) * 2 ** (n // 2)
    assert odds.pairs == {pair: Fraction(k, len(brute)) for pair, k in seen.items()}


def test_p4_four_prefectures_have_no_valid_table() -> None:
    """Two groups of 2 must inspect each other's members: P4 rules out every table."""
    odds = table_odds(province(4, 0))
    assert (odds.exact, odds.valid_tables, odds.pairs) == (True, 0, {})


@pytest.mark.parametrize(("n", "years"), [(6, 0), (6, 1), (8, 1)])
def test_unrank_lists_every_proposal_exactly_once(n: int, years: int) -> None:
    problem = province(n, years)
    space = TableSpace(problem)
    listed = {
        frozenset((tuple(sorted(m)), tuple(sorted(t))) for m, t in space.table_at(r))
        for r in range(space.tables())
    }
    brute = {
        frozenset((tuple(sorted(m)), tuple(sorted(t))) for m, t in table)
        for table in tables(problem.prefectures, 2, set(problem.forbidden), reciprocal=True)
    }
    assert listed == brute
    assert space.tables() == len(brute)


def test_p1_leads_every_member_leads_once_over_the_lead_codes() -> None:
    problem = province(6, 1)
    space = TableSpace(problem)
    groups = space.table_at(0)
    leads = {tuple(g.lead for g in number_groups(problem, groups, code)) for code in range(8)}
    assert len(leads) == 8
    numbered = number_groups(problem, groups, 5)
    assert [g.id for g in numbered] == [1, 2, 3]
    plan = {name: k for k, name in enumerate(problem.prefectures)}
    assert [plan[g.lead] for g in numbered] == sorted(plan[g.lead] for g in numbered)


def test_processing_order_is_a_deterministic_permutation() -> None:
    pairs = {(0, 3), (3, 5), (5, 0), (1, 2)}
    order = processing_order(6, pairs)
    assert sorted(order) == list(range(6))
    assert processing_order(6, pairs) == order
    assert processing_order(4, set()) == (0, 1, 2, 3)


def test_same_seed_same_table() -> None:
    space = TableSpace(province(8, 1))
    first = draw_table(space, "38201749561023847561")
    again = draw_table(TableSpace(province(8, 1)), "38201749561023847561")
    assert first == again
    others = {draw_table(space, f"{k:020d}").groups for k in range(20)}
    assert len(others) > 1


def test_p3_p4_every_drawn_table_keeps_the_rules() -> None:
    problem = province(8, 2)
    space = TableSpace(problem)
    for k in range(40):
        drawn = draw_table(space, f"9{k:019d}")
        groups = drawn.groups
        members = sorted(m for g in groups for m in g.members)
        targets = sorted(t for g in groups for t in g.targets)
        assert members == targets == sorted(problem.prefectures)  # P1, P2
        assert all(not set(g.members) & set(g.targets) for g in groups)  # P3
        assert reciprocal_pairs(groups) == []  # P4
        assert not table_pairs(groups) & problem.forbidden  # no repeats
        assert drawn.random.bound == space.proposals()


def test_chi_square_uniform_over_many_seeds() -> None:
    """Every valid table (leads included) equally likely: 1120 draws over 56 tables."""
    problem = TableProblem(
        NAMES[:6], 2, frozenset({("甲市", "丙市"), ("乙市", "丁市"), ("戊市", "甲市")})
    )
    space = TableSpace(problem)
    valid = table_odds(problem).valid_tables
    assert valid == 56
    draws = 20 * valid
    seen = Counter(draw_table(space, f"{k:020d}").groups for k in range(draws))
    assert len(seen) == valid  # every table drawn at least once
    expected = Fraction(draws, valid)
    chi2 = sum((Fraction(seen[t]) - expected) ** 2 / expected for t in seen)
    # 55 degrees of freedom: P(chi2 > 93.2) = 0.001 (Wilson-Hilferty)
    assert chi2 < 93


def test_estimate_is_labelled_and_covers_the_exact_odds() -> None:
    problem = province(8, 0)
    exact = table_odds(problem)
    guess = table_odds(problem, budget=1)
    assert guess.exact is False and guess.margins is not None
    assert guess.proposals > 0 and 0 < guess.accepted <= guess.proposals
    assert abs(guess.valid_tables - exact.valid_tables) <= guess.tables_margin
    inside = sum(
        abs(guess.pairs.get(pair, Fraction(0)) - p) <= guess.margins.get(pair, Fraction(0))
        for pair, p in exact.pairs.items()
    )
    assert inside >= 0.9 * len(exact.pairs)


def test_estimate_of_an_empty_province_accepts_nothing() -> None:
    guess = estimate(province(4, 0), 50)
    assert (guess.accepted, guess.valid_tables, guess.pairs) == (0, 0, {})


def test_margin_is_a_rounded_up_95_percent_half_width() -> None:
    assert margin(Fraction(1, 2), 100) == Fraction(98, 1000)  # 1.96 * 0.05
    assert margin(Fraction(0), 100) == margin(Fraction(1), 100) == Fraction(3, 100)
    assert margin(Fraction(1, 2), 0) == Fraction(1)


def test_pair_counts_sum_to_four_pairs_per_group() -> None:
    problem = province(8, 1)
    programme = _programme(problem, reciprocal=False)
    total = programme.count()
    counts = pair_counts(programme)
    assert sum(counts.values()) == total * 4 * 4  # 4 groups, 2 x 2 pairs each


@pytest.mark.parametrize(("size", "n"), [(1, 4), (1, 5), (3, 6)])
def test_other_group_sizes_agree_with_brute_force(size: int, n: int) -> None:
    names = NAMES[:n]
    problem = TableProblem(names, size, frozenset({(names[0], names[-1])}))
    brute = list(tables(names, size, set(problem.forbidden)))
    proposals = list(tables(names, size, set(problem.forbidden), reciprocal=True))
    assert _programme(problem, reciprocal=False).count() == len(brute)
    assert TableSpace(problem).tables() == len(proposals) > 0
    assert table_odds(problem).valid_tables == len(brute) * size ** (n // size)


def test_p4_a_draw_gives_up_when_no_proposal_keeps_p4() -> None:
    """Four prefectures: 3 proposals, none without two groups inspecting each other."""
    space = TableSpace(province(4, 0))
    assert space.tables() == 3
    with pytest.raises(TooManyRejections):
        draw_table(space, SEED)
    empty = TableProblem(NAMES[:4], 2, frozenset(cyclic_year(NAMES[:4], 1) | {("甲市", "乙市")}))
    with pytest.raises(ValueError, match="no table keeps P1-P3"):
        draw_table(TableSpace(empty), SEED)


def test_table_space_refuses_a_province_that_cannot_be_split() -> None:
    with pytest.raises(ValueError, match="cannot be split"):
        TableSpace(TableProblem(NAMES[:5], 2, frozenset()))


def test_every_pair_choice_of_small_brute_force_is_a_table() -> None:
    """The brute force itself: 6 prefectures, no rules but P3, 15 x 15 x 6 candidates."""
    count = sum(1 for _ in tables(NAMES[:6], 2, set(), reciprocal=True))
    assert count == 150
