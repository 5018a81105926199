"""The rule engine, rule by rule, on plain values (crossdraw.domain.rules)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

from crossdraw.domain.geography import (
    County,
    Geography,
    Prefecture,
    bundled_geography,
    custom_geography,
)
from crossdraw.domain.models import (
    Enterprise,
    Group,
    Officer,
    Person,
    Plan,
    PlanInfo,
    Roster,
    Rules,
)
from crossdraw.domain.pool import Pool, build_pool
from crossdraw.domain.rules import Entry, Finding, Verdict, check_plan, judge, judge_group
from tests.builders import RULES_2021

GROUPS_YAML = Path(__file__).resolve().parents[1] / "data" / "groups.yaml"

# ----------------------------------------------------------------------------- builders

COUNTIES = {
    "长沙市": ("芙蓉区", "天心区"),
    "岳阳市": ("岳阳楼区", "华容县"),
    "湘潭市": ("雨湖区", "岳塘区", "湘潭县", "韶山市"),
    "娄底市": ("娄星区", "冷水江市", "涟源市"),
    "常德市": ("武陵区", "鼎城区", "澧县"),
    "张家界市": ("永定区", "慈利县"),
}
# Three groups in a ring: 1 inspects 2's members, 2 inspects 3's, 3 inspects 1's (no P4).
RING = (
    ("第一组", ("长沙市", "岳阳市"), ("湘潭市", "娄底市")),
    ("第二组", ("湘潭市", "娄底市"), ("常德市", "张家界市")),
    ("第三组", ("常德市", "张家界市"), ("长沙市", "岳阳市")),
)
INFO_2021 = PlanInfo(
    title="交叉执法工作方案",
    year=2021,
    deadline=dt.date(2021, 6, 20),
    extended_deadline=dt.date(2021, 7, 1),
    roster_due=dt.date(2021, 5, 14),
    summary_due=dt.date(2021, 6, 25),
)


def geography() -> Geography:
    prefs = [Prefecture(name, tuple(County(c) for c in cs)) for name, cs in COUNTIES.items()]
    return custom_geography(prefs, source="test geography")


def group(
    gid: int,
    members: Sequence[str],
    targets: Sequence[str],
    *,
    name: str | None = None,
    roster: Roster | None = None,
    guide: Person | None = None,
) -> Group:
    return Group(
        id=gid,
        name=name or f"组{gid}",
        members=tuple(members),
        targets=tuple(targets),
        roster=roster,
        guide=guide,
    )


def plan(groups: Iterable[Group] | None = None, *, rules: Rules = RULES_2021, **info: Any) -> Plan:
    if groups is None:
        groups = [group(i, m, t, name=n) for i, (n, m, t) in enumerate(RING, start=1)]
    return Plan(plan=INFO_2021.model_copy(update=info), rules=rules, groups=tuple(groups))


def ent(
    eid: str, prefecture: str, county: str, *tags: str, direct: bool = False, name: str = ""
) -> Enterprise:
    return Enterprise(
        id=eid,
        name=name or f"{eid}公司",
        prefecture=prefecture,
        county=county,
        sector="冶金",
        tags=tuple(sorted(tags)),
        provincial_direct=direct,
        row=1,
    )


ENTERPRISES = (
    ent("XT1", "湘潭市", "雨湖区", "metal_smelting"),
    ent("XT2", "湘潭市", "岳塘区"),
    ent("XT3", "湘潭市", "雨湖区"),
    ent("XT4", "湘潭市", "湘潭县", "cement", "building_materials"),
    ent("XT5", "湘潭市", "韶山市", "metal_smelting", direct=True),
    ent("XT6", "湘潭市", "湘潭县", "dust_explosion"),
    ent("LD1", "娄底市", "娄星区", "dust_explosion"),
    ent("LD2", "娄底市", "冷水江市"),
    ent("LD3", "娄底市", "涟源市", "metal_smelting"),
    ent("CD1", "常德市", "武陵区", "metal_smelting"),
    ent("CD2", "常德市", "鼎城区", "building_materials"),
    ent("ZJ1", "张家界市", "永定区"),
    ent("ZJ2", "张家界市", "慈利县"),
    ent("CS1", "长沙市", "芙蓉区"),
)


def catalogue(extra: Iterable[Enterprise] = ()) -> dict[str, Enterprise]:
    return {e.id: e for e in (*ENTERPRISES, *extra)}


def pools(
    enterprises: Mapping[str, Enterprise], exclusions: Mapping[str, str] | None = None
) -> dict[str, Pool]:
    return {p: build_pool(p, enterprises.values(), exclusions) for p in COUNTIES}


def drawn(prefecture: str, *ids: str) -> list[Entry]:
    return [Entry(prefecture, i) for i in ids]


# Group 1's valid selection: 2 per target, 2 counties each, a smelter (XT1), dust (LD1).
GOOD_G1 = [*drawn("湘潭市", "XT1", "XT2"), *drawn("娄底市", "LD1", "LD2")]


def verdict(
    entries: Sequence[Entry],
    *,
    the_plan: Plan | None = None,
    extra: Iterable[Enterprise] = (),
    exclusions: Mapping[str, str] | None = None,
    **kw: Any,
) -> Verdict:
    ents = catalogue(extra)
    return judge(the_plan or plan(), pools(ents, exclusions), ents, entries, **kw)


def rules_of(findings: Iterable[Finding], severity: str = "error") -> list[str]:
    return [f.rule for f in findings if f.severity == severity]


def only(findings: Iterable[Finding], rule: str, severity: str = "error") -> Finding:
    found = [f for f in findings if f.rule == rule and f.severity == severity]
    assert len(found) == 1, found
    return found[0]


def roster(
    certified: int = 4, experts: int = 2, *, leader_from: str = "长沙市", **first: Any
) -> Roster:
    officers = [Officer(name="组长甲", certificate="LZ-0", prefecture=leader_from, leader=True)]
    officers += [
        Officer(name=f"队员{i}", certificate=f"ZF-{i}", prefecture="岳阳市")
        for i in range(1, certified)
    ]
    if first:
        officers[0] = officers[0].model_copy(update=first)
    return Roster(
        officers=tuple(officers), experts=tuple(Person(name=f"专家{i}") for i in range(experts))
    )


def rostered_plan(the_roster: Roster, guide: Person | None = Person(name="卢斌荣")) -> Plan:
    first = group(1, RING[0][1], RING[0][2], name="第一组", roster=the_roster, guide=guide)
    rest = [group(i, m, t, name=n) for i, (n, m, t) in enumerate(RING[1:], start=2)]
    return plan([first, *rest])


# ----------------------------------------------------------------------------- P: the plan


def test_ring_plan_has_no_errors_or_warnings() -> None:
    findings = check_plan(plan(), geography())
    assert rules_of(findings) == []
    assert rules_of(findings, "warning") == []


def test_p1_names_the_lead_prefecture() -> None:
    notes = [f for f in check_plan(plan(), geography()) if f.rule == "P1"]
    assert [f.severity for f in notes] == ["info"] * 3
    assert notes[0].message.startswith("P1: 第一组: led by 长沙市")
    assert (notes[0].group, notes[0].prefecture) == (1, "长沙市")


def test_p1_rejects_three_member_prefectures() -> None:
    bad = group(1, ["长沙市", "岳阳市", "常德市"], ["湘潭市", "娄底市"], name="第一组")
    findings = check_plan(plan([bad]), geography())
    f = next(f for f in findings if f.rule == "P1" and f.severity == "error")
    assert f.message == "P1: 第一组: 3 member prefectures (长沙市, 岳阳市, 常德市), need exactly 2"
    assert (f.group, f.need, f.have) == (1, 2, 3)


def test_p1_rejects_a_member_listed_twice() -> None:
    bad = group(1, ["长沙市", "长沙市"], ["湘潭市", "娄底市"], name="第一组")
    f = only(check_plan(plan([bad]), geography()), "P1")
    assert f.message == "P1: 第一组: 长沙市 is listed twice as a member"


def test_p1_follows_the_configured_member_count() -> None:
    solo = Rules(members_per_group=1, targets_per_group=1)
    groups = [group(1, ["长沙市"], ["岳阳市"]), group(2, ["岳阳市"], ["长沙市"])]
    geo = custom_geography([Prefecture(n, (County("x"),)) for n in ("长沙市", "岳阳市")], "t")
    assert rules_of(check_plan(plan(groups, rules=solo), geo)) == []


def test_p2_rejects_a_group_with_one_target() -> None:
    groups = list(plan().groups)
    groups[0] = group(1, ["长沙市", "岳阳市"], ["湘潭市"], name="第一组")
    findings = check_plan(plan(groups), geography())
    f = next(f for f in findings if f.rule == "P2" and f.group == 1)
    assert f.message == "P2: 第一组: inspects 1 target prefecture (湘潭市), need exactly 2"
    never = next(f for f in findings if f.rule == "P2" and f.prefecture == "娄底市")
    assert never.message == "P2: 娄底市: is a target of no group, need exactly 1"


def test_p2_rejects_a_prefecture_targeted_twice_and_one_never_targeted() -> None:
    groups = list(plan().groups)
    groups[2] = group(3, ["常德市", "张家界市"], ["长沙市", "湘潭市"], name="第三组")
    findings = [f for f in check_plan(plan(groups), geography()) if f.rule == "P2"]
    assert [(f.severity, f.message, f.need, f.have) for f in findings] == [
        ("error", "P2: 岳阳市: is a target of no group, need exactly 1", 1, 0),
        ("error", "P2: 湘潭市: is a target of 2 groups (第一组, 第三组), need exactly 1", 1, 2),
    ]


def test_p2_rejects_a_prefecture_that_is_member_of_two_groups() -> None:
    groups = list(plan().groups)
    groups[1] = group(2, ["湘潭市", "长沙市"], ["常德市", "张家界市"], name="第二组")
    messages = [f.message for f in check_plan(plan(groups), geography()) if f.rule == "P2"]
    assert "P2: 长沙市: is a member of 2 groups (第一组, 第二组), need exactly 1" in messages
    assert "P2: 娄底市: is a member of no group, need exactly 1" in messages


def test_p2_requires_all_14_hunan_prefectures_with_the_bundled_geography() -> None:
    findings = check_plan(plan(), bundled_geography())
    never = {f.prefecture for f in findings if f.rule == "P2" and "no group" in f.message}
    assert len(never) == 8  # the ring plan covers 6 of the 14


def test_p2_rejects_a_prefecture_the_geography_does_not_know() -> None:
    groups = list(plan().groups)
    groups[0] = group(1, ["长沙市", "岳阳市"], ["湘潭市", "益阳市"], name="第一组")
    messages = [f.message for f in check_plan(plan(groups), geography()) if f.rule == "P2"]
    assert "P2: 第一组: 益阳市 is not a prefecture of the test geography" in messages


def test_p3_rejects_a_group_inspecting_its_own_member() -> None:
    groups = list(plan().groups)
    groups[0] = group(1, ["长沙市", "岳阳市"], ["长沙市", "娄底市"], name="第一组")
    f = only(check_plan(plan(groups), geography()), "P3")
    assert f.message == "P3: 第一组: inspects 长沙市, one of its own member prefectures"
    assert (f.group, f.prefecture) == (1, "长沙市")


def test_p3_passes_the_ring_plan() -> None:
    assert "P3" not in rules_of(check_plan(plan(), geography()))


def test_p4_warns_of_groups_inspecting_each_other() -> None:
    groups = [
        group(1, ["长沙市", "岳阳市"], ["湘潭市", "娄底市"], name="第一组"),
        group(2, ["湘潭市", "娄底市"], ["长沙市", "岳阳市"], name="第二组"),
        group(3, ["常德市", "张家界市"], ["常德市", "张家界市"], name="第三组"),
    ]
    f = only(check_plan(plan(groups), geography()), "P4", "warning")
    assert f.message == (
        "P4: 第一组 and 第二组 inspect each other: 第一组 inspects 湘潭市, 娄底市 (of 第二组) "
        "while 第二组 inspects 长沙市, 岳阳市 (of 第一组)"
    )
    assert f.group == 1


def test_p4_the_2021_table_has_no_errors_and_one_reciprocal_pair() -> None:
    geo = bundled_geography()
    raw = yaml.safe_load(GROUPS_YAML.read_text(encoding="utf-8"))
    for g in raw["groups"]:
        g["members"] = [geo.resolve(n) for n in g["members"]]
        g["targets"] = [geo.resolve(n) for n in g["targets"]]
    findings = check_plan(Plan.model_validate(raw), geo)
    assert rules_of(findings) == []
    warning = only(findings, "P4", "warning")
    assert rules_of(findings, "warning") == ["P4"]
    assert warning.group == 5
    assert "第五组 and 第七组 inspect each other" in warning.message
    assert "第五组 inspects 常德市, 张家界市 (of 第七组)" in warning.message
    assert "第七组 inspects 怀化市 (of 第五组)" in warning.message


def test_p5_accepts_a_full_roster() -> None:
    findings = check_plan(rostered_plan(roster()), geography())
    assert [f for f in findings if f.rule == "P5"] == []


def test_p5_rejects_three_certified_officers() -> None:
    findings = check_plan(rostered_plan(roster(certified=3)), geography())
    f = only(findings, "P5")
    assert f.message == (
        "P5: 第一组: 3 certified officers (with a certificate number), "
        "need at least 4 including the leader"
    )
    assert (f.need, f.have) == (4, 3)


def test_p5_uncertified_officers_do_not_count() -> None:
    r = roster()
    r = r.model_copy(update={"officers": (*r.officers[:3], Officer(name="新人"))})
    findings = check_plan(rostered_plan(r), geography())
    assert only(findings, "P5").have == 3
    assert "新人 has no certificate number" in only(findings, "P5", "warning").message


def test_p5_requires_exactly_one_leader() -> None:
    findings = check_plan(rostered_plan(roster(leader=False)), geography())
    f = only(findings, "P5")
    assert f.message == "P5: 第一组: 0 officers marked leader (none), need exactly 1"


def test_p5_rejects_an_officer_from_outside_the_members() -> None:
    findings = check_plan(rostered_plan(roster(prefecture="湘潭")), geography())
    f = only(findings, "P5")
    assert (
        f.message
        == "P5: 第一组: officer 组长甲 is from 湘潭市, not a member prefecture (长沙市, 岳阳市)"
    )


def test_p5_warns_when_the_leader_is_not_from_the_lead_prefecture() -> None:
    findings = check_plan(rostered_plan(roster(leader_from="岳阳市")), geography())
    assert only(findings, "P1", "warning").message == (
        "P1: 第一组: leader 组长甲 is from 岳阳市, but 长沙市 leads the group"
    )


def test_p5_rejects_one_expert() -> None:
    f = only(check_plan(rostered_plan(roster(experts=1)), geography()), "P5")
    assert (f.message, f.need, f.have) == ("P5: 第一组: 1 expert, need at least 2", 2, 1)


def test_p5_warns_when_no_guide_is_named() -> None:
    findings = check_plan(rostered_plan(roster(), guide=None), geography())
    assert rules_of(findings) == []
    assert "no provincial guide" in only(findings, "P5", "warning").message


def test_p5_is_not_judged_without_a_roster() -> None:
    assert [f for f in check_plan(plan(), geography()) if f.rule == "P5"] == []


def test_p6_warns_when_the_summary_is_due_before_the_deadline() -> None:
    findings = check_plan(plan(summary_due=dt.date(2021, 6, 1)), geography())
    assert only(findings, "P6", "warning").message == (
        "P6: the summary is due 2021-06-01, not after the deadline 2021-06-20"
    )


def test_p6_warns_of_an_extension_before_the_deadline_and_late_names() -> None:
    late = plan(extended_deadline=dt.date(2021, 6, 1), roster_due=dt.date(2021, 6, 30))
    messages = [f.message for f in check_plan(late, geography()) if f.rule == "P6"]
    assert messages == [
        "P6: officers' names are due 2021-06-30, after the deadline 2021-06-20",
        "P6: the extended deadline 2021-06-01 is before 2021-06-20",
    ]


def test_p6_accepts_the_2021_dates() -> None:
    assert [f for f in check_plan(plan(), geography()) if f.rule == "P6"] == []


# ----------------------------------------------------------------------------- a valid selection


def test_a_valid_group_selection_has_no_findings() -> None:
    v = verdict(GOOD_G1)
    assert v.valid, v.errors()
    assert v.warnings() == ()
    assert [f.message for f in v.notes()] == [
        "Q1: 第二组: not yet listed (常德市, 张家界市); not judged",
        "Q1: 第三组: not yet listed (长沙市, 岳阳市); not judged",
    ]


def test_finding_to_json_has_every_field() -> None:
    f = only(verdict(GOOD_G1[:3]).findings, "Q1")
    assert f.to_json() == {
        "rule": "Q1",
        "severity": "error",
        "group": 1,
        "prefecture": "娄底市",
        "message": "Q1: 娄底市: 1 drawn enterprise, need at least 2",
        "need": 2,
        "have": 1,
        "enterprises": ["LD1"],
    }


def test_verdict_by_group_tables_findings_per_group_and_rule() -> None:
    table = verdict(GOOD_G1[:3]).by_group()
    assert set(table) == {1, 2, 3}
    assert set(table[1]) == {"Q1", "Q2"}
    assert table[2]["Q1"][0].severity == "info"


# ----------------------------------------------------------------------------- E: eligibility


def test_e1_rejects_an_enterprise_of_another_prefecture() -> None:
    v = verdict([*drawn("湘潭市", "XT1", "LD3"), *GOOD_G1[2:]])
    f = only(v.findings, "E1")
    assert f.message == "E1: 湘潭市: LD3公司 (LD3) is an enterprise of 娄底市, not of 湘潭市"
    assert (f.group, f.prefecture, f.enterprises) == (1, "湘潭市", ("LD3",))
    assert "Q1" in rules_of(v.findings)  # not counted


def test_e1_rejects_an_unknown_enterprise_and_gives_the_row() -> None:
    entries = [Entry("湘潭市", "NOPE", row=7), *GOOD_G1]
    f = only(verdict(entries).findings, "E1")
    assert (
        f.message == "E1: 湘潭市: NOPE [row 7] is not in 湘潭市's industry & trade enterprise list"
    )


def test_e1_accepts_enterprises_of_the_target_pool() -> None:
    assert "E1" not in rules_of(verdict(GOOD_G1).findings)


def test_e2_rejects_a_provincial_direct_enterprise() -> None:
    v = verdict([*GOOD_G1, *drawn("湘潭市", "XT5")])
    f = only(v.findings, "E2")
    assert f.message == (
        "E2: 湘潭市: XT5公司 (XT5) is excluded from cross-enforcement: "
        "省厅直接执法对象 (under the department's direct enforcement)"
    )


def test_e2_rejects_a_provincial_direct_enterprise_even_when_suggested() -> None:
    v = verdict([*GOOD_G1, Entry("湘潭市", "XT5", source="suggested")])
    assert rules_of(v.findings) == ["E2"]


def test_e3_rejects_an_excluded_enterprise_with_its_reason() -> None:
    v = verdict(GOOD_G1, exclusions={"XT2": "已停产 (closed)"})
    f = only(v.findings, "E3")
    assert (
        f.message == "E3: 湘潭市: XT2公司 (XT2) is excluded from cross-enforcement: 已停产 (closed)"
    )
    assert only(v.findings, "Q1").have == 1


# ----------------------------------------------------------------------------- Q: quotas


def test_q1_rejects_one_enterprise_for_a_target() -> None:
    f = only(verdict(GOOD_G1[:3]).findings, "Q1")
    assert f.message == "Q1: 娄底市: 1 drawn enterprise, need at least 2"


def test_q1_accepts_more_than_the_minimum() -> None:
    assert verdict([*GOOD_G1, *drawn("娄底市", "LD3")]).valid


def test_q1_exact_rejects_three_drawn() -> None:
    v = verdict([*GOOD_G1, *drawn("娄底市", "LD3")], exact=True)
    f = only(v.findings, "Q1")
    assert f.message == "Q1: 娄底市: 3 drawn enterprises, the draw takes exactly 2"
    assert (f.need, f.have, f.enterprises) == (2, 3, ("LD1", "LD2", "LD3"))


def test_q1_exact_accepts_exactly_two() -> None:
    assert verdict(GOOD_G1, exact=True).valid


def test_q1_rejects_an_enterprise_listed_twice() -> None:
    v = verdict([*GOOD_G1, *drawn("湘潭市", "XT2")])
    assert only(v.findings, "Q1").message == "Q1: 湘潭市: XT2公司 (XT2) is listed twice"


def test_q1_follows_the_configured_number() -> None:
    three = RULES_2021.model_copy(update={"per_prefecture": 3})
    v = verdict(GOOD_G1, the_plan=plan(rules=three))
    assert [(f.prefecture, f.need, f.have) for f in v.errors()] == [
        ("湘潭市", 3, 2),
        ("娄底市", 3, 2),
    ]


def test_q2_rejects_two_enterprises_in_one_county() -> None:
    v = verdict([*drawn("湘潭市", "XT1", "XT3"), *GOOD_G1[2:]])
    f = only(v.findings, "Q2")
    assert f.message == "Q2: 湘潭市: drawn enterprises lie in 1 county (雨湖区), need at least 2"
    assert (f.group, f.prefecture, f.need, f.have) == (1, "湘潭市", 2, 1)
    assert f.enterprises == ("XT1", "XT3")


def test_q2_accepts_two_counties() -> None:
    assert "Q2" not in rules_of(verdict(GOOD_G1).findings)


def test_q3_rejects_a_group_without_a_metal_smelter() -> None:
    v = verdict([*drawn("湘潭市", "XT2", "XT4"), *GOOD_G1[2:]])
    f = only(v.findings, "Q3")
    assert f.message == "Q3: 第一组: 0 drawn enterprises of 金属冶炼, need at least 1"
    assert (f.group, f.prefecture, f.need, f.have) == (1, None, 1, 0)


def test_q3_accepts_a_smelter_in_either_target() -> None:
    entries = [*drawn("湘潭市", "XT2", "XT6"), *drawn("娄底市", "LD2", "LD3")]
    assert verdict(entries).valid


def test_q4_rejects_a_group_without_cement_dust_or_ammonia() -> None:
    v = verdict([*drawn("湘潭市", "XT1", "XT2"), *drawn("娄底市", "LD2", "LD3")])
    f = only(v.findings, "Q4")
    assert (
        f.message == "Q4: 第一组: 0 drawn enterprises of 水泥、粉尘涉爆、涉氨制冷, need at least 1"
    )


def test_q4_accepts_cement_and_one_enterprise_may_count_for_q3_and_q4() -> None:
    assert verdict([*drawn("湘潭市", "XT1", "XT4"), *drawn("娄底市", "LD2", "LD3")]).valid
    smelter_with_dust = ent("LD9", "娄底市", "涟源市", "metal_smelting", "dust_explosion")
    entries = [*drawn("湘潭市", "XT2", "XT3"), *drawn("娄底市", "LD2", "LD9")]
    assert verdict(entries, extra=[smelter_with_dust]).valid


G2_WITH_BUILDING_MATERIALS = [*drawn("常德市", "CD1", "CD2"), *drawn("张家界市", "ZJ1", "ZJ2")]


def test_q5_building_materials_count_when_neither_target_has_cement() -> None:
    v = verdict(G2_WITH_BUILDING_MATERIALS)
    assert v.valid, v.errors()
    f = only(v.findings, "Q5", "info")
    assert f.message == (
        "Q5: neither 常德市 nor 张家界市 has an eligible 水泥 enterprise; "
        "建材 enterprises count for Q4"
    )
    assert f.group == 2


def test_q5_does_not_apply_when_one_target_has_cement() -> None:
    cement = ent("ZJ9", "张家界市", "永定区", "cement", "building_materials")
    v = verdict(G2_WITH_BUILDING_MATERIALS, extra=[cement])
    assert rules_of(v.findings) == ["Q4"]
    assert "Q5" not in {f.rule for f in v.findings}


def test_q5_a_provincial_direct_cement_firm_does_not_count_as_present() -> None:
    cement = ent("ZJ9", "张家界市", "永定区", "cement", "building_materials", direct=True)
    v = verdict(G2_WITH_BUILDING_MATERIALS, extra=[cement])
    assert v.valid
    assert only(v.findings, "Q5", "info").group == 2


def test_q5_an_excluded_cement_firm_does_not_count_as_present() -> None:
    cement = ent("ZJ9", "张家界市", "永定区", "cement", "building_materials")
    v = verdict(G2_WITH_BUILDING_MATERIALS, extra=[cement], exclusions={"ZJ9": "已关闭"})
    assert v.valid


def test_q5_substitution_is_named_in_a_failing_q4() -> None:
    entries = [*drawn("常德市", "CD1"), *drawn("张家界市", "ZJ1", "ZJ2")]
    f = only(verdict(entries).findings, "Q4")
    assert f.message == (
        "Q4: 第二组: 0 drawn enterprises of 水泥、粉尘涉爆、涉氨制冷 "
        "(建材 counting for 水泥 under Q5), need at least 1"
    )


def test_q7_suggested_entries_are_listed_but_not_counted() -> None:
    entries = [*GOOD_G1[:3], Entry("娄底市", "LD3", source="suggested")]
    v = verdict(entries)
    note = only(v.findings, "Q7", "info")
    assert note.message == (
        "Q7: 娄底市: LD3公司 (LD3) suggested by the target prefecture, listed but not counted"
    )
    assert only(v.findings, "Q1").have == 1


def test_q7_suggested_entries_beside_a_full_draw_are_fine() -> None:
    v = verdict([*GOOD_G1, Entry("娄底市", "LD3", source="suggested")], exact=True)
    assert v.valid
    assert rules_of(v.findings, "info").count("Q7") == 1


def test_q7_a_suggested_smelter_does_not_satisfy_q3() -> None:
    entries = [*drawn("湘潭市", "XT2", "XT6"), *drawn("娄底市", "LD1", "LD2")]
    v = verdict([*entries, Entry("湘潭市", "XT1", source="suggested")])
    assert rules_of(v.findings) == ["Q3"]


# ----------------------------------------------------------------------------- waivers, complete


def test_waived_q3_is_not_judged_and_the_waiver_is_named() -> None:
    entries = [*drawn("湘潭市", "XT2", "XT6"), *drawn("娄底市", "LD1", "LD2")]
    v = verdict(entries, waived={"Q3"})
    assert v.valid
    assert only(v.findings, "Q3", "warning").message == "Q3: 第一组: waived; not judged"


def test_waived_q2_is_not_judged() -> None:
    v = verdict([*drawn("湘潭市", "XT1", "XT3"), *GOOD_G1[2:]], waived=["Q2"])
    assert v.valid
    assert rules_of(v.findings, "warning") == ["Q2"]


def test_an_unknown_waiver_is_warned_about() -> None:
    v = verdict(GOOD_G1, waived={"Q9"})
    f = only(v.findings, "Q9", "warning")
    assert f.message == "Q9: waiver ignored: only Q1, Q2, Q3, Q4, T1, T2 can be waived"


def test_complete_judges_groups_not_yet_listed() -> None:
    v = verdict(GOOD_G1, complete=True)
    assert not v.valid
    g2 = v.by_group()[2]
    assert [f.message for f in g2["Q1"]] == [
        "Q1: 常德市: 0 drawn enterprises, need at least 2",
        "Q1: 张家界市: 0 drawn enterprises, need at least 2",
    ]
    assert set(g2) == {"Q1", "Q2", "Q3", "Q4", "Q5"}


def test_incomplete_selection_notes_unlisted_groups_without_failing() -> None:
    v = verdict([])
    assert v.valid
    assert rules_of(v.findings, "info") == ["Q1", "Q1", "Q1"]


def test_p2_an_entry_in_no_groups_target_prefecture_is_an_error() -> None:
    yiyang = ent("YY1", "益阳市", "赫山区")
    v = verdict([*GOOD_G1, Entry("益阳市", "YY1")], extra=[yiyang])
    f = only(v.findings, "P2")
    assert f.message == "P2: 益阳市: YY1公司 (YY1) is listed, but no group inspects 益阳市"
    assert (f.group, f.prefecture) == (None, "益阳市")


def test_judge_group_rejects_an_entry_of_another_groups_target() -> None:
    ents = catalogue()
    the_plan = plan()
    findings = judge_group(
        the_plan, the_plan.group(1), pools(ents), ents, [*GOOD_G1, Entry("常德市", "CD1")]
    )
    assert only(findings, "P2").message == (
        "P2: 常德市: CD1公司 (CD1) is listed for 第一组, which does not inspect 常德市"
    )


def test_a_missing_pool_counts_as_empty() -> None:
    ents = catalogue()
    the_plan = plan()
    findings = judge_group(the_plan, the_plan.group(1), {}, ents, GOOD_G1)
    assert rules_of(findings).count("E1") == 4


# ----------------------------------------------------------------------------- T: timing


def day(d: int, hour: int = 0, month: int = 6) -> dt.datetime:
    return dt.datetime(2021, month, d, hour)


def with_dates(entries: Sequence[Entry], **dates: Any) -> list[Entry]:
    return [Entry(e.prefecture, e.id, e.source, **dates) for e in entries]


def test_t1_rejects_a_smelter_visited_for_eight_hours() -> None:
    smelter = Entry("湘潭市", "XT1", start=day(10, 9), end=day(10, 17), all_day=False)
    v = verdict([smelter, *GOOD_G1[1:]])
    f = only(v.findings, "T1")
    assert f.message == (
        "T1: 湘潭市: XT1公司 (XT1) is a 金属冶炼 enterprise; its visit lasts 8 h "
        "(2021-06-10 09:00 to 2021-06-10 17:00), need at least one day (24 h)"
    )
    assert (f.need, f.have, f.enterprises) == (24, 8, ("XT1",))


def test_t1_accepts_a_whole_day_visit_given_by_date() -> None:
    v = verdict(with_dates(GOOD_G1, start=day(10), end=day(10)))
    assert v.valid


def test_t1_accepts_24_hours_and_ignores_short_visits_to_non_smelters() -> None:
    smelter = Entry("湘潭市", "XT1", start=day(10, 9), end=day(11, 9), all_day=False)
    other = Entry("湘潭市", "XT2", start=day(10, 9), end=day(10, 11), all_day=False)
    assert verdict([smelter, other, *GOOD_G1[2:]]).valid


def test_t1_applies_to_a_suggested_smelter_too() -> None:
    extra = Entry("娄底市", "LD3", "suggested", start=day(10, 9), end=day(10, 12), all_day=False)
    assert rules_of(verdict([*GOOD_G1, extra]).findings) == ["T1"]


def test_t2_rejects_a_visit_after_the_deadline_mentioning_the_extension() -> None:
    v = verdict(with_dates(GOOD_G1[:1], start=day(21), end=day(22)) + GOOD_G1[1:])
    f = only(v.findings, "T2")
    assert f.message == (
        "T2: 湘潭市: XT1公司 (XT1)'s visit ends 2021-06-22, after the deadline 2021-06-20 "
        "(special cases may extend to 2021-07-01 with approval)"
    )
    assert (f.group, f.prefecture, f.enterprises) == (1, "湘潭市", ("XT1",))


def test_t2_rejects_a_visit_after_the_extended_deadline() -> None:
    v = verdict(with_dates(GOOD_G1[:1], start=day(2, month=7)) + GOOD_G1[1:])
    assert only(v.findings, "T2").message == (
        "T2: 湘潭市: XT1公司 (XT1)'s visit ends 2021-07-02, "
        "after even the extended deadline 2021-07-01 (deadline 2021-06-20)"
    )


def test_t2_accepts_a_visit_ending_on_the_deadline() -> None:
    assert verdict(with_dates(GOOD_G1, start=day(19), end=day(20))).valid


def test_a_visit_ending_before_it_starts_never_reaches_the_rule_engine() -> None:
    # The LIST loader owns this check (test_t2_end_before_start); an Entry refuses it.
    with pytest.raises(ValueError, match="ends before it starts"):
        Entry("湘潭市", "XT1", start=day(12), end=day(10))
    with pytest.raises(ValueError, match="ends before it starts"):
        Entry("湘潭市", "XT1", start=day(10, 12), end=day(10, 9), all_day=False)
    assert Entry("湘潭市", "XT1", start=day(10, 12), end=day(10, 9)).all_day  # same day


def test_waived_t2_is_not_judged() -> None:
    v = verdict(with_dates(GOOD_G1, start=day(22)), waived={"T2"})
    assert v.valid


@pytest.mark.parametrize("rule", ["Q1", "Q2", "Q3", "Q4", "T1", "T2"])
def test_every_waivable_rule_is_named_when_waived(rule: str) -> None:
    v = verdict(GOOD_G1, waived={rule})
    assert v.valid
    assert only(v.findings, rule, "warning").group == 1
