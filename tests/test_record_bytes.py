"""Records of large pools keep the digests and bytes the code before issue 10 gave them.

The pinned values were computed by commit bf20be5, which spliced pool listings into
record digests and wrote listings of 64 or more entries a column at a time; the plain
`digest(body)` and `json.dumps(indent=2)` that replaced them must give the same.
"""

from __future__ import annotations

import hashlib
import json

from crossdraw.domain.models import Group, Plan, PlanInfo
from crossdraw.domain.pool import Pool, PoolEntry
from crossdraw.lottery.draw import draw_prefecture, group_space
from crossdraw.records.models import DrawRecord
from crossdraw.records.record import DrawContext, Prior, Witnesses, build_record, verify_record
from crossdraw.store.storage import json_bytes
from tests.builders import RULES_2021

GROUP = Group(id=1, name="第一组", members=("甲市", "乙市"), targets=("丙市", "丁市"))
PLAN = Plan(
    plan=PlanInfo(title="测试方案", year=2025, deadline="2025-06-20"),  # type: ignore[arg-type]
    rules=RULES_2021,
    groups=(GROUP,),
)
TAGS: tuple[tuple[str, ...], ...] = (
    (),
    ("metal_smelting",),
    ("cement", "building_materials"),
    ("dust_explosion",),
    ("ammonia_refrigeration", "dust_explosion"),
    ("building_materials",),
)


def big_pool(prefecture: str, prefix: str, size: int) -> Pool:
    entries = []
    for i in range(size):
        excluded = None
        if i % 11 == 3:
            excluded = "E2: 省厅直接执法对象 (under the department's direct enforcement)"
        elif i % 13 == 5:
            excluded = f'E3: 2025年已检查 "第{i}号"\n\\ 复查'  # quotes, a line end, a backslash
        entries.append(
            PoolEntry(f"{prefix}{i:05d}", f"{prefecture}{i % 4}区", TAGS[i % len(TAGS)], excluded)
        )
    return Pool(prefecture, tuple(entries))


def records() -> list[DrawRecord]:
    bing, ding = big_pool("丙市", "C", 300), big_pool("丁市", "D", 180)
    space = group_space(RULES_2021, [bing, ding])
    ctx = DrawContext(
        plan=PLAN,
        plan_sha256="0" * 64,
        enterprises_sha256="1" * 64,
        group=GROUP,
        pools=(bing, ding),
        names={"C00001": "丙一冶炼厂"},
        witnesses=Witnesses(witness="张三", place="丙市"),
        drawn_at="2025-05-20T08:00:00+00:00",
    )
    first = draw_prefecture(space, "丙市", {}, "38201749561023847561a")
    rec1 = build_record(ctx, first, space.quota.requirements)
    second = draw_prefecture(space, "丁市", {"丙市": first.selected}, "38201749561023847561b")
    ctx2 = DrawContext(**{**ctx.__dict__, "prior": (Prior("丙市", rec1.digest, first.selected),)})
    return [rec1, build_record(ctx2, second, space.quota.requirements)]


def test_records_of_large_pools_keep_their_digests() -> None:
    drawn = records()
    assert [r.digest for r in drawn] == PINNED_DIGESTS
    assert all(verify_record(r) == [] for r in drawn)


def test_records_of_large_pools_keep_their_file_bytes() -> None:
    written = [json_bytes(r.as_json()) for r in records()]
    assert [hashlib.sha256(b).hexdigest() for b in written] == PINNED_FILES
    for data in written:  # and a record read back is written again byte for byte
        assert json_bytes(json.loads(data)) == data


PINNED_DIGESTS = [
    "4800a064626150a60e0df7061325785fd30b79f8dfbc6d024201ce6a7ab00cd9",
    "975cac005f276b8e8ceb68f844b54b6bc173bc5ac9fbfaf53fdc93f9450e68d2",
]
PINNED_FILES = [  # SHA-256 of each record file's bytes
    "7bef578616839169b39024cab7d4904017e68a7c56013f58770bbe670c4610c3",
    "b733276b1cc696ff9c98c03912f1cf0cf47a500cd0fee7bb1490720a17db8491",
]
