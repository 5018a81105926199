"""Infeasible groups are explained in the plan's terms, rule by rule (Q1-Q4 and combinations)."""

from __future__ import annotations

from crossdraw.domain.models import Requirement
from crossdraw.domain.pool import Pool, PoolEntry
from crossdraw.lottery.feasibility import diagnose
from tests.builders import RULES_2021

RULES = RULES_2021


def e(i: str, county: str, *tags: str) -> PoolEntry:
    return PoolEntry(i, county, tuple(sorted(tags)), None)


FINE = Pool("丁市", (e("D1", "丁一区", "dust_explosion"), e("D2", "丁二县")))


def test_feasible_group_has_no_reasons() -> None:
    bing = Pool("丙市", (e("C1", "丙一区", "metal_smelting"), e("C2", "丙二县")))
    assert diagnose(RULES, [bing, FINE]) == []


def test_q1_reports_a_target_with_too_few_eligible_enterprises() -> None:
    bing = Pool(
        "丙市", (e("C1", "丙一区", "metal_smelting"), PoolEntry("C2", "丙二县", (), "E2: x"))
    )
    assert diagnose(RULES, [bing, FINE]) == ["Q1: 丙市 has 1 eligible enterprises (of 2), needs 2"]


def test_q2_reports_a_target_whose_pool_lies_in_one_county() -> None:
    bing = Pool("丙市", (e("C1", "丙一区", "metal_smelting"), e("C2", "丙一区")))
    (reason,) = diagnose(RULES, [bing, FINE])
    assert reason.startswith("Q2: all 2 eligible enterprises of 丙市 lie in 1 county (丙一区)")
    assert reason.endswith("need at least 2 counties")


def test_q3_names_both_targets_and_the_pool_size_when_no_smelter_exists() -> None:
    bing = Pool("丙市", (e("C1", "丙一区"), e("C2", "丙二县")))
    assert diagnose(RULES, [bing, FINE]) == [
        "Q3: neither 丙市 nor 丁市 has an eligible 金属冶炼 enterprise (0 of 4)"
    ]


def test_q4_without_any_qualifying_enterprise() -> None:
    bing = Pool("丙市", (e("C1", "丙一区", "metal_smelting"), e("C2", "丙二县")))
    ding = Pool("丁市", (e("D1", "丁一区"), e("D2", "丁二县")))
    (reason,) = diagnose(RULES, [bing, ding])
    assert reason.startswith("Q4: neither 丙市 nor 丁市 has an eligible")
    assert "(0 of 4)" in reason


def test_q3_needing_more_than_can_be_drawn_states_the_room() -> None:
    rules = RULES.model_copy(
        update={
            "requirements": (
                Requirement(id="Q3", name="金属冶炼", any_of=("metal_smelting",), at_least=3),
            )
        }
    )
    bing = Pool("丙市", (e("C1", "丙一区", "metal_smelting"), e("C2", "丙二县")))
    ding = Pool("丁市", (e("D1", "丁一区", "metal_smelting"), e("D2", "丁二县")))
    assert diagnose(rules, [bing, ding]) == [
        "Q3: needs 3 金属冶炼 enterprises but at most 2 can be drawn "
        "(丙市: 1, 丁市: 1 eligible; Q1 draws 2 per prefecture)"
    ]


def test_q2_with_q3_conflict_when_every_smelter_shares_a_county_with_the_only_others() -> None:
    # 丙市's only smelter and its other enterprises: two counties overall, but the smelter
    # and dust firm are both in 丙一区, and 丁市 has neither category.
    bing = Pool(
        "丙市",
        (
            e("C1", "丙一区", "metal_smelting"),
            e("C2", "丙一区", "dust_explosion"),
            e("C3", "丙二县"),
        ),
    )
    ding = Pool("丁市", (e("D1", "丁一区"), e("D2", "丁二县")))
    assert diagnose(RULES, [bing, ding]) == [
        "Q2 with Q3 with Q4: any smaller set of these can be met, but no selection meets them "
        "together (金属冶炼 in 丙市: 丙一区, 丁市: none; "
        "涉氨制冷/建材/水泥/粉尘涉爆 in 丙市: 丙一区, 丁市: none)"
    ]


def test_waived_rule_is_not_blamed() -> None:
    bing = Pool("丙市", (e("C1", "丙一区"), e("C2", "丙二县")))
    assert diagnose(RULES, [bing, FINE], waived=["Q3"]) == []
