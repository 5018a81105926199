"""Records verify when fresh and fail on any edit; draws are uniform, order-free and valid."""

from __future__ import annotations

import copy
from collections import Counter
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossdraw.domain.errors import InputError
from crossdraw.domain.models import Group, Plan, PlanInfo
from crossdraw.domain.pool import Pool, PoolEntry
from crossdraw.domain.rules import Entry, judge_group
from crossdraw.lottery.draw import combine_seed, draw_prefecture, group_space
from crossdraw.output.messages import mismatch_text
from crossdraw.records.models import DrawRecord
from crossdraw.records.record import (
    DrawContext,
    Prior,
    Witnesses,
    build_record,
    check_pools_against_file,
    verify_record,
)
from tests.builders import RULES_2021

RULES = RULES_2021
GROUP = Group(id=1, name="第一组", members=("甲市", "乙市"), targets=("丙市", "丁市"))
PLAN = Plan(
    plan=PlanInfo(title="测试方案", year=2025, deadline="2025-06-20"),  # type: ignore[arg-type]
    rules=RULES,
    groups=(GROUP,),
)
BING = Pool(
    "丙市",
    (
        PoolEntry("C1", "丙一区", ("metal_smelting",), None),
        PoolEntry("C2", "丙一区", (), None),
        PoolEntry("C3", "丙二县", ("building_materials",), None),
        PoolEntry("C4", "丙三县", ("dust_explosion",), None),
        PoolEntry("C5", "丙三县", (), "E2: 省厅直接执法对象"),
    ),
)
DING = Pool(
    "丁市",
    (
        PoolEntry("D1", "丁一区", (), None),
        PoolEntry("D2", "丁二县", ("metal_smelting", "dust_explosion"), None),
        PoolEntry("D3", "丁二县", (), None),
    ),
)


def make_records(seed: str = "12345678901234567890") -> list[DrawRecord]:
    space = group_space(RULES, [BING, DING])
    ctx = DrawContext(
        plan=PLAN,
        plan_sha256="0" * 64,
        enterprises_sha256="1" * 64,
        group=GROUP,
        pools=(BING, DING),
        names={"C1": "丙一冶炼厂"},
        witnesses=Witnesses(witness="张三", place="丙市"),
        drawn_at="2025-05-20T08:00:00+00:00",
    )
    first = draw_prefecture(space, "丙市", {}, seed + "a")
    rec1 = build_record(ctx, first, space.quota.requirements)
    prior = {"丙市": first.selected}
    second = draw_prefecture(space, "丁市", prior, seed + "b")
    ctx2 = DrawContext(**{**ctx.__dict__, "prior": (Prior("丙市", rec1.digest, first.selected),)})
    rec2 = build_record(ctx2, second, space.quota.requirements)
    return [rec1, rec2]


def test_fresh_records_verify() -> None:
    for record in make_records():
        assert verify_record(record) == []


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _leaves(v, (*path, k))]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _leaves(v, (*path, i))]
    return [path]


def _edit(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if value is None:
        return "x"
    return str(value) + "x"


@pytest.mark.parametrize("which", [0, 1])
def test_verify_fails_on_any_edited_field(which: int) -> None:
    assert_every_edit_is_noticed(make_records()[which])


def noticed(value: dict[str, Any]) -> bool:
    """An edited record is either refused when read, or read and found not to verify."""
    try:
        record = DrawRecord.from_parsed(value, "edited.json")
    except InputError:
        return True
    return bool(verify_record(record))


def assert_every_edit_is_noticed(record: DrawRecord) -> None:
    value = record.as_json()
    leaves = [p for p in _leaves(value) if p[:1] not in (("schema",), ("algorithm",))]
    assert len(leaves) > 50
    for path in leaves:
        edited = copy.deepcopy(value)
        target = edited
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = _edit(target[path[-1]])
        assert noticed(edited), f"editing {path} went unnoticed"


def test_record_from_a_newer_schema_is_refused_as_unreadable() -> None:
    value = {**make_records()[0].as_json(), "schema": "crossdraw-record/99"}
    with pytest.raises(InputError, match="newer crossdraw"):
        DrawRecord.from_parsed(value, "newer.json")


def test_chi_square_sequential_draws_are_uniform_over_group_selections() -> None:
    """Seeded, so deterministic: 4,000 two-target draws over every valid selection."""
    space = group_space(RULES, [BING, DING])
    total = space.valid_selections()
    counts: Counter[tuple[tuple[str, ...], tuple[str, ...]]] = Counter()
    draws = 4000
    for k in range(draws):
        first = draw_prefecture(space, "丙市", {}, f"chi-{k}-a")
        second = draw_prefecture(space, "丁市", {"丙市": first.selected}, f"chi-{k}-b")
        counts[(first.selected, second.selected)] += 1
    assert len(counts) == total  # every valid selection occurs
    expected = draws / total
    chi2 = sum((c - expected) ** 2 / expected for c in counts.values())
    # 99.9th percentile of chi-square with total-1 degrees of freedom (Wilson-Hilferty bound)
    df = total - 1
    critical = df * (1 - 2 / (9 * df) + 3.09 * (2 / (9 * df)) ** 0.5) ** 3
    assert chi2 < critical, (chi2, critical, total)


@settings(max_examples=40, deadline=None)
@given(seed=st.text(min_size=1, max_size=30), order=st.permutations(range(5)))
def test_any_seed_draws_a_valid_selection_independent_of_row_order(
    seed: str, order: list[int]
) -> None:
    """Same seed -> same draw; shuffled rows -> same draw; every draw passes the rule engine."""
    shuffled = Pool("丙市", tuple(BING.entries[i] for i in order))
    a = group_space(RULES, [BING, DING])
    b = group_space(RULES, [shuffled, DING])
    first_a = draw_prefecture(a, "丙市", {}, seed)
    first_b = draw_prefecture(b, "丙市", {}, seed)
    assert first_a.selected == first_b.selected
    second = draw_prefecture(a, "丁市", {"丙市": first_a.selected}, seed + "/2")
    entries = [Entry("丙市", i) for i in first_a.selected] + [
        Entry("丁市", i) for i in second.selected
    ]
    findings = judge_group(PLAN, GROUP, {"丙市": BING, "丁市": DING}, {}, entries, exact=True)
    assert [f for f in findings if f.severity == "error"] == []


def test_seed_from_several_parties_is_their_parts_joined_and_verified() -> None:
    parts = ("3820174956", "1023847561")
    space = group_space(RULES, [BING, DING])
    ctx = DrawContext(
        plan=PLAN,
        plan_sha256="0" * 64,
        enterprises_sha256="1" * 64,
        group=GROUP,
        pools=(BING, DING),
        names={},
        seed_parts=parts,
    )
    result = draw_prefecture(space, "丙市", {}, combine_seed(parts))
    record = build_record(ctx, result, space.quota.requirements)
    assert record.seed.value == "3820174956-1023847561"
    assert record.seed.parts == parts
    assert verify_record(record) == []
    edited = record.model_copy(
        update={"seed": record.seed.model_copy(update={"parts": (parts[0], "1023847562")})}
    )
    assert "seed.value" in {m.field for m in verify_record(edited)}


def test_e1_pools_rebuilt_from_another_list_are_reported_by_enterprise() -> None:
    record = make_records()[0]
    moved = Pool(
        "丙市",
        (
            *BING.entries[:1],
            PoolEntry("C2", "丙二县", (), None),  # moved county
            *BING.entries[2:],
            PoolEntry("C6", "丙一区", (), None),  # new
        ),
    )
    assert check_pools_against_file(record, [BING, DING]) == []
    (found,) = check_pools_against_file(record, [moved, DING])
    assert str(found) == (
        "pools[0].listing: 丙市 in the enterprise file differs from the record for 2 "
        "enterprises: C2, C6"
    )
    assert (
        mismatch_text(found, "zh")
        == "pools[0].listing：企业名单中的丙市与记录有 2 家企业不同：C2、C6"
    )
    many = Pool("丙市", tuple(PoolEntry(f"X{i}", "丙一区", (), None) for i in range(8)))
    (found,) = check_pools_against_file(record, [many, DING])
    assert mismatch_text(found, "zh").endswith("C1、C2、C3、C4、C5等（另有 8 处）")
    assert str(found).endswith("C1, C2, C3, C4, C5 and 8 more")


def test_q1_a_previous_draw_that_is_no_valid_selection_is_reported_in_either_language() -> None:
    from crossdraw.records.models.draw import PreviousDraw

    record = make_records()[0]
    other = next(t for t in record.group.targets if t != record.target)
    bad = PreviousDraw(prefecture=other, record_digest="0" * 64, selected=("NOPE1", "NOPE2"))
    found = [m for m in verify_record(record.model_copy(update={"previous": (bad,)}))]
    (prior,) = [m for m in found if m.field == "previous"]
    assert str(prior) == (
        f"previous: the earlier draw of {other} (NOPE1, NOPE2) is not a valid selection of "
        "its eligible pool under these rules"
    )
    assert mismatch_text(prior, "zh") == (
        f"previous：{other}先前的抽签结果（NOPE1、NOPE2）按这些规则不是其可抽企业中的有效组合"
    )
    again = PreviousDraw(prefecture=record.target, record_digest="0" * 64, selected=("A", "B"))
    found = verify_record(record.model_copy(update={"previous": (again,)}))
    (prior,) = [m for m in found if m.field == "previous"]
    assert mismatch_text(prior, "zh").endswith(f"{record.target}已经抽过签了")
    assert str(prior).endswith(f"{record.target} has already been drawn")
