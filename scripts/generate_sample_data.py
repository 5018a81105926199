"""Write the bundled FICTIONAL enterprise list, data/enterprises.csv, from a fixed seed.

Every enterprise, name and credit code is invented. The randomness is a SHA-256
counter stream defined here (not Python's `random`), so the file is byte-identical on
every Python version. Run from the repository root:

    python scripts/generate_sample_data.py [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from crossdraw.domain.geography import Geography, Prefecture, bundled_geography
from crossdraw.domain.uscc import ALPHABET, check_character
from crossdraw.domain.vocab import SECTORS

SEED = "crossdraw-sample-data-2021"
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "data" / "enterprises.csv"
HEADER = ("id", "name", "prefecture", "county", "sector", "tags", "provincial_direct")
# The tags a list may give, in the order written (building_materials comes from the sector).
TAG_ORDER = (
    "metal_smelting",
    "cement",
    "dust_explosion",
    "ammonia_refrigeration",
    "confined_space",
    "hazardous_chemicals",
    "major_hazard_source",
)
SMELTING_SECTORS = ("冶金", "有色")
NO_CEMENT = ("常德市", "张家界市")  # no cement enterprise on purpose: exercises Q5
ZHANGJIAJIE = "张家界市"
ZHANGJIAJIE_SMELTER_COUNTY = "慈利县"  # its only two smelters, both here
MIN_SMELTERS = 2
# The 2021 annex's target pairs (data/groups.yaml), to check the plan is drawable.
TARGET_PAIRS = (
    ("湘潭市", "娄底市"),
    ("衡阳市", "郴州市"),
    ("长沙市", "株洲市"),
    ("岳阳市", "益阳市"),
    ("常德市", "张家界市"),
    ("湘西土家族苗族自治州", "永州市"),
    ("邵阳市", "怀化市"),
)

ENTERPRISES_PER_PREFECTURE = {
    "长沙市": 470,
    "株洲市": 290,
    "湘潭市": 210,
    "衡阳市": 350,
    "邵阳市": 260,
    "岳阳市": 280,
    "常德市": 250,
    "张家界市": 85,
    "益阳市": 190,
    "郴州市": 270,
    "永州市": 210,
    "怀化市": 180,
    "娄底市": 200,
    "湘西土家族苗族自治州": 105,
}

# Share of each sector in a typical prefecture, per mille.
SECTOR_BASE = {
    "冶金": 50,
    "有色": 55,
    "建材": 180,
    "机械": 220,
    "轻工": 205,
    "纺织": 70,
    "烟草": 4,
    "商贸": 216,
}
# Local industry, in percent of the base share (100 = typical).
PREFECTURE_TILT: dict[str, dict[str, int]] = {
    "长沙市": {"机械": 150, "有色": 60, "冶金": 50},
    "株洲市": {"有色": 200, "机械": 130},
    "湘潭市": {"冶金": 300},
    "衡阳市": {"有色": 200, "冶金": 150},
    "邵阳市": {"轻工": 130},
    "岳阳市": {"轻工": 120},
    "常德市": {"烟草": 300, "轻工": 120},
    "张家界市": {"冶金": 20, "有色": 30, "商贸": 150, "轻工": 120},
    "益阳市": {"轻工": 130, "纺织": 130},
    "郴州市": {"有色": 400},
    "永州市": {"有色": 130},
    "怀化市": {"有色": 150},
    "娄底市": {"冶金": 400, "有色": 250},
    "湘西土家族苗族自治州": {"有色": 180, "冶金": 150},
}
COUNTY_TILT: dict[str, dict[str, int]] = {
    "醴陵市": {"建材": 250},
    "芦淞区": {"纺织": 300},
    "冷水江市": {"有色": 300, "冶金": 200},
    "常宁市": {"有色": 250},
    "永兴县": {"有色": 250},
    "桂阳县": {"有色": 200},
    "花垣县": {"冶金": 300},
    "邵东市": {"轻工": 150},
    "岳塘区": {"冶金": 250},
    "娄星区": {"冶金": 200},
}
# How many enterprises a county holds relative to others in its prefecture (default 10).
COUNTY_WEIGHT = {
    "芙蓉区": 3,
    "天心区": 4,
    "开福区": 6,
    "岳麓区": 9,
    "雨花区": 10,
    "望城区": 18,
    "长沙县": 30,
    "浏阳市": 28,
    "宁乡市": 26,
    "石峰区": 14,
    "醴陵市": 22,
    "炎陵县": 5,
    "岳塘区": 16,
    "湘潭县": 16,
    "湘乡市": 16,
    "韶山市": 3,
    "南岳区": 2,
    "耒阳市": 16,
    "常宁市": 15,
    "邵东市": 20,
    "城步苗族自治县": 5,
    "云溪区": 14,
    "汨罗市": 16,
    "临湘市": 12,
    "武陵区": 8,
    "鼎城区": 14,
    "津市市": 8,
    "永定区": 12,
    "武陵源区": 3,
    "慈利县": 14,
    "桑植县": 7,
    "赫山区": 14,
    "桂阳县": 14,
    "永兴县": 14,
    "资兴市": 12,
    "汝城县": 5,
    "桂东县": 4,
    "冷水滩区": 14,
    "祁阳市": 14,
    "双牌县": 5,
    "江永县": 5,
    "鹤城区": 14,
    "通道侗族自治县": 4,
    "冷水江市": 16,
    "涟源市": 14,
    "娄星区": 14,
    "吉首市": 14,
    "古丈县": 4,
    "花垣县": 12,
}

# Chance of each tag given the sector, per mille.
SMELTING = {"冶金": 220, "有色": 140}
CEMENT = {"建材": 150}
DUST = {"机械": 200, "轻工": 170, "有色": 120, "建材": 60}
AMMONIA = {"轻工": 110, "商贸": 90}
CONFINED = {
    "冶金": 350,
    "有色": 300,
    "建材": 250,
    "机械": 120,
    "轻工": 250,
    "纺织": 150,
    "烟草": 200,
    "商贸": 100,
}
HAZCHEM = {
    "冶金": 200,
    "有色": 250,
    "建材": 60,
    "机械": 60,
    "轻工": 80,
    "纺织": 60,
    "烟草": 50,
    "商贸": 50,
}
MAJOR_HAZARD_IF_STORING = 150  # hazardous chemicals or liquid ammonia on site
MAJOR_HAZARD_IF_SMELTING = 100  # gas holders, molten metal
# Chance of being under the department's direct enforcement (E2), per mille.
DIRECT_IF_SMELTING_AND_MAJOR = 700
DIRECT_IF_SMELTING = 180
DIRECT_IF_MAJOR = 150

TRADE_NAMES = (
    "恒达", "宏远", "鑫源", "华鑫", "金泰", "兴旺", "瑞丰", "长盛", "永盛", "福瑞",
    "德润", "联创", "众诚", "中南", "华宇", "天成", "天宇", "金鼎", "金鑫", "鼎盛",
    "宏达", "宏盛", "隆鑫", "顺发", "盛达", "佳和", "嘉诚", "康达", "凯旋", "科达",
    "利民", "龙腾", "茂源", "明达", "强盛", "荣昌", "润丰", "三友", "胜利", "泰和",
    "通达", "伟业", "祥和", "信达", "鑫达", "星辉", "亚泰", "银河", "永安", "永康",
    "友谊", "裕丰", "元亨", "振华", "致远", "卓越", "安泰", "百盛", "宝丰", "昌隆",
    "诚信", "达丰", "东方", "丰源", "富民", "光明", "国泰", "海达", "和顺", "恒丰",
    "恒信", "弘毅", "华美", "华泰", "汇通", "吉祥", "佳乐", "建华", "金辉", "金利",
    "锦程", "景泰", "聚丰", "凯达", "坤元", "蓝天", "隆泰", "美华", "南方", "鹏程",
    "启明", "千禧", "庆丰", "日升", "瑞达", "森源", "尚品", "盛世", "顺达", "天祥",
    "拓新", "万隆", "万顺", "威达", "鑫隆", "旭日", "亚华", "雅达", "益丰", "银丰",
    "永达", "裕华", "远航", "云峰", "振兴", "正和", "志诚", "众鑫", "卓达", "湘运",
    "湘达", "湘丰", "湘江", "潇湘", "楚天", "三湘", "九鼎", "金瑞", "博达", "德鑫",
    "鼎力", "飞达", "福星", "广源", "恒通", "宏泰", "华兴", "佳盛", "金桥", "金穗",
    "凯丰", "隆昌", "绿源", "荣达", "瑞鑫", "盛鑫", "顺鑫", "泰丰", "天润", "同心",
    "旺达", "祥瑞", "新源", "兴达", "鑫旺", "一鸣", "银鹰", "永丰", "源丰", "兆丰",
)  # fmt: skip
SMELTER_TRADES = {
    "冶金": ("钢铁", "特钢", "铁合金", "炼铁", "冶炼", "锰业"),
    "有色": ("锑业", "铅锌冶炼", "锌业", "铜业", "有色金属冶炼", "铋业", "稀土冶炼", "锡业"),
}
# Where a metal is mined and smelted locally, its smelters are mostly named after it.
LOCAL_SMELTER_TRADES = {
    ("冷水江市", "有色"): ("锑业",),
    ("常宁市", "有色"): ("铅锌冶炼",),
    ("永兴县", "有色"): ("贵金属冶炼", "银业"),
    ("桂阳县", "有色"): ("铅锌冶炼",),
    ("花垣县", "冶金"): ("锰业",),
}
TRADES = {
    "冶金": ("轧钢", "钢管", "焊管", "金属材料", "钢材加工", "冶金炉料", "铸管"),
    "有色": ("铝型材", "铜材", "合金材料", "有色金属加工", "硬质合金", "钨制品", "铝业"),
    "建材": (
        "新型建材", "陶瓷", "玻璃", "石材", "新型墙体材料", "商品混凝土", "管桩",
        "防水材料", "耐火材料", "石膏制品", "保温材料", "砂石", "预拌砂浆",
    ),
    "机械": (
        "机械制造", "机械", "重工", "汽车零部件", "电机", "阀门", "泵业", "五金制品",
        "机电设备", "农业机械", "轴承", "精密铸造", "液压设备", "电气设备", "钢结构",
    ),
    "轻工": (
        "纸业", "家具", "塑料制品", "日用品", "茶业", "酒业", "印刷包装", "皮革制品",
        "日用陶瓷", "竹木制品", "电池", "饮料", "粮油", "食品",
    ),
    "纺织": ("纺织", "棉纺", "麻纺", "服饰", "针织", "印染", "织造", "家纺", "制衣"),
    "烟草": ("烟叶复烤", "卷烟材料", "烟用材料"),
    "商贸": ("商贸", "物流", "仓储", "超市", "贸易", "百货", "供应链", "农贸市场"),
}  # fmt: skip
CEMENT_TRADES = ("水泥",)
AMMONIA_TRADES = {
    "轻工": ("食品", "肉类食品", "冷冻食品", "乳业", "啤酒", "水产食品", "肉食品加工"),
    "商贸": ("冷链物流", "冷冻仓储", "冷库", "农产品冷链"),
}
DUST_TRADES = {
    "轻工": ("木业", "家具", "米业", "面粉", "竹业", "饲料", "淀粉"),
    "机械": ("五金制品", "铝制品", "精密铸造", "机械制造", "抛光"),
}
SUFFIXES = ("有限公司", "有限责任公司", "股份有限公司")
SUFFIX_WEIGHTS = (80, 12, 8)
DIRECT_SUFFIX_WEIGHTS = (40, 30, 30)  # the department's own targets are mostly large firms

T = TypeVar("T")


class Stream:
    """Integers from SHA-256(f"{seed},{i}") for i = 1, 2, …: the same on every platform.

    Reducing a 256-bit value mod n < 10^6 is biased by < 2^-230, i.e. not at all.
    """

    def __init__(self, seed: str) -> None:
        self.seed = seed
        self.counter = 0

    def below(self, n: int) -> int:
        self.counter += 1
        digest = hashlib.sha256(f"{self.seed},{self.counter}".encode()).digest()
        return int.from_bytes(digest, "big") % n

    def chance(self, per_mille: int) -> bool:
        return self.below(1000) < per_mille

    def choice(self, items: Sequence[T]) -> T:
        return items[self.below(len(items))]

    def weighted(self, items: Sequence[T], weights: Sequence[int]) -> T:
        point = self.below(sum(weights))
        for item, weight in zip(items, weights):
            if point < weight:
                return item
            point -= weight
        raise AssertionError("unreachable")


@dataclass
class Row:
    prefecture: str
    county: str
    county_code: str
    sector: str
    tags: list[str]
    direct: bool = False
    name: str = ""
    id: str = ""

    @property
    def smelter(self) -> bool:
        return "metal_smelting" in self.tags


def roll_tags(s: Stream, prefecture: str, sector: str, *, smelter: bool | None = None) -> list[str]:
    """Tags for a firm of `sector`; `smelter` forces metal_smelting on or off."""
    tags: set[str] = set()
    if smelter is None:
        smelter = prefecture != ZHANGJIAJIE and s.chance(SMELTING.get(sector, 0))
    if smelter:
        tags.add("metal_smelting")
    if prefecture not in NO_CEMENT and s.chance(CEMENT.get(sector, 0)):
        tags.add("cement")
    if s.chance(DUST.get(sector, 0)):
        tags.add("dust_explosion")
    if s.chance(AMMONIA.get(sector, 0)):
        tags.add("ammonia_refrigeration")
    if s.chance(CONFINED[sector]):
        tags.add("confined_space")
    if s.chance(HAZCHEM[sector]):
        tags.add("hazardous_chemicals")
    storing = "hazardous_chemicals" in tags or "ammonia_refrigeration" in tags
    if (storing and s.chance(MAJOR_HAZARD_IF_STORING)) or (
        smelter and s.chance(MAJOR_HAZARD_IF_SMELTING)
    ):
        tags.add("major_hazard_source")
    return [t for t in TAG_ORDER if t in tags]


def sector_weights(prefecture: str, county: str) -> list[int]:
    pref_tilt = PREFECTURE_TILT.get(prefecture, {})
    county_tilt = COUNTY_TILT.get(county, {})
    return [
        SECTOR_BASE[sector] * pref_tilt.get(sector, 100) * county_tilt.get(sector, 100)
        for sector in SECTORS
    ]


def draw_rows(s: Stream, geo: Geography) -> list[Row]:
    rows: list[Row] = []
    for pref in geo.prefectures:
        counties = pref.counties  # never the statistics-only zones
        weights = [COUNTY_WEIGHT.get(c.name, 10) for c in counties]
        for _ in range(ENTERPRISES_PER_PREFECTURE[pref.name]):
            county = s.weighted(counties, weights)
            assert county.code is not None
            sector = s.weighted(SECTORS, sector_weights(pref.name, county.name))
            tags = roll_tags(s, pref.name, sector)
            rows.append(Row(pref.name, county.name, county.code, sector, tags))
    return rows


def make_smelter(s: Stream, row: Row) -> None:
    if row.sector not in SMELTING_SECTORS:
        row.sector = "有色"
    row.tags = roll_tags(s, row.prefecture, row.sector, smelter=True)


def ensure_smelters(s: Stream, rows: list[Row], geo: Geography) -> None:
    """Each prefecture gets ≥ 2 smelters (Q3 drawable); Zhangjiajie exactly 2, in one county."""
    for pref in geo.prefectures:
        mine = [r for r in rows if r.prefecture == pref.name]
        if pref.name == ZHANGJIAJIE:
            mine = [r for r in mine if r.county == ZHANGJIAJIE_SMELTER_COUNTY]
        have = sum(r.smelter for r in mine)
        # Prefer firms already in a metal sector, then machinery (foundries), in file order.
        candidates = [r for r in mine if r.sector in SMELTING_SECTORS and not r.smelter]
        candidates += [r for r in mine if r.sector == "机械"]
        for row in candidates[: max(0, MIN_SMELTERS - have)]:
            make_smelter(s, row)


def assign_direct(s: Stream, rows: list[Row], geo: Geography) -> None:
    """E2: mark the department's direct targets, keeping a drawable smelter in each prefecture."""
    free_smelters = Counter(r.prefecture for r in rows if r.smelter)
    for row in rows:
        major = "major_hazard_source" in row.tags
        if row.smelter and major:
            per_mille = DIRECT_IF_SMELTING_AND_MAJOR
        elif row.smelter:
            per_mille = DIRECT_IF_SMELTING
        elif major:
            per_mille = DIRECT_IF_MAJOR
        else:
            continue
        if not s.chance(per_mille):
            continue
        if row.smelter:
            if free_smelters[row.prefecture] <= 1:
                continue
            free_smelters[row.prefecture] -= 1
        row.direct = True


def place_words(pref: Prefecture, county: str) -> tuple[list[str], list[int]]:
    """Place words a name may begin with, and their weights; a county's own come first."""
    pref_stem = pref.name[:-1] if pref.name.endswith("市") else "湘西"
    if county.endswith("族自治县"):
        stem = county[:2]
    elif len(county) > 2:
        stem = county[:-1]
    else:
        stem = county  # 攸县, 南县, 道县, 澧县
    if county.endswith("区"):
        return [pref_stem, "湖南", stem], [55, 30, 15]  # few firms name an urban district
    return [county, stem, pref_stem, "湖南"], [35, 30, 15, 20]


def trade_words(s: Stream, row: Row) -> tuple[str, ...]:
    if row.smelter:
        local = LOCAL_SMELTER_TRADES.get((row.county, row.sector))
        if local and s.chance(700):
            return local
        return SMELTER_TRADES[row.sector]
    if "cement" in row.tags:
        return CEMENT_TRADES
    if "ammonia_refrigeration" in row.tags and row.sector in AMMONIA_TRADES:
        return AMMONIA_TRADES[row.sector]
    if "dust_explosion" in row.tags and row.sector in DUST_TRADES:
        return DUST_TRADES[row.sector]
    return TRADES[row.sector]


def assign_names(s: Stream, rows: list[Row], geo: Geography) -> None:
    taken: set[str] = set()
    prefs = {p.name: p for p in geo.prefectures}
    for row in rows:
        places, weights = place_words(prefs[row.prefecture], row.county)
        local = () if row.county.endswith("区") else places[:2]
        trades = trade_words(s, row)
        suffix_weights = DIRECT_SUFFIX_WEIGHTS if row.direct else SUFFIX_WEIGHTS
        while True:
            place = s.weighted(places, weights)
            # Now and then a firm has no brand name of its own: 冷水江锑业有限责任公司.
            brand = "" if place in local and s.chance(25) else s.choice(TRADE_NAMES)
            name = place + brand + s.choice(trades) + s.weighted(SUFFIXES, suffix_weights)
            if name not in taken:
                break
        taken.add(name)
        row.name = name


def organisation_code(s: Stream) -> str:
    """Nine characters: eight body characters and the GB 11714 check character."""
    if s.chance(450):  # codes issued since 2015 begin with MA
        body = "MA" + "".join(s.choice(ALPHABET) for _ in range(6))
    else:
        body = "".join(s.choice("0123456789") for _ in range(8))
    values = [int(ch, 36) for ch in body]  # GB 11714: A = 10 … Z = 35
    check = 11 - sum(v * w for v, w in zip(values, (3, 7, 9, 10, 5, 8, 4, 2))) % 11
    return body + {10: "X", 11: "0"}.get(check, str(check))


def assign_ids(s: Stream, rows: list[Row]) -> None:
    taken: set[str] = set()
    for row in rows:
        while True:
            first17 = "91" + row.county_code + organisation_code(s)
            code = first17 + check_character(first17)
            if code not in taken:
                break
        taken.add(code)
        row.id = code


def generate(geo: Geography) -> list[Row]:
    s = Stream(SEED)
    rows = draw_rows(s, geo)
    ensure_smelters(s, rows, geo)
    assign_direct(s, rows, geo)
    assign_names(s, rows, geo)
    assign_ids(s, rows)
    rows.sort(key=lambda r: r.id)  # ids begin with the county code: grouped by place
    return rows


def problems(rows: list[Row], geo: Geography) -> list[str]:
    """The promises the sample makes (data/README.md); empty when all hold."""
    found: list[str] = []
    for pref in geo.prefectures:
        mine = [r for r in rows if r.prefecture == pref.name]
        eligible = [r for r in mine if not r.direct]
        smelters = [r for r in mine if r.smelter]
        if len(smelters) < MIN_SMELTERS:
            found.append(f"{pref.name}: {len(smelters)} metal smelters")
        if not any(r.smelter for r in eligible):
            found.append(f"{pref.name}: every metal smelter is under direct enforcement")
        if len({r.county for r in eligible}) < 2:
            found.append(f"{pref.name}: eligible firms in fewer than 2 counties")
        if not any(r.sector == "建材" for r in mine):
            found.append(f"{pref.name}: no building-materials firm")
    for name in NO_CEMENT:
        if any("cement" in r.tags for r in rows if r.prefecture == name):
            found.append(f"{name}: has a cement firm (Q5 must be exercised)")
    zjj = {r.county for r in rows if r.prefecture == ZHANGJIAJIE and r.smelter}
    if zjj != {ZHANGJIAJIE_SMELTER_COUNTY}:
        found.append(f"{ZHANGJIAJIE}: smelters in {sorted(zjj)}")
    q4 = ("cement", "dust_explosion", "ammonia_refrigeration")
    for pair in TARGET_PAIRS:
        pool = [r for r in rows if r.prefecture in pair and not r.direct]
        if not any(set(q4) & set(r.tags) for r in pool):
            found.append(f"{'、'.join(pair)}: no eligible Q4 firm")
    direct = sum(r.direct for r in rows)
    if not 20 <= direct <= 60:
        found.append(f"{direct} firms under direct enforcement, want 20-60")
    if len({r.name for r in rows}) != len(rows) or len({r.id for r in rows}) != len(rows):
        found.append("names or ids repeat")
    return found


def write_csv(rows: list[Row], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(HEADER)
        for r in rows:
            direct = "true" if r.direct else "false"
            writer.writerow(
                (r.id, r.name, r.prefecture, r.county, r.sector, ";".join(r.tags), direct)
            )


def summary(rows: list[Row], geo: Geography) -> list[str]:
    """Markdown tables of the counts, as quoted in data/README.md."""
    lines = [
        f"Total: {len(rows)} enterprises, "
        f"{sum(r.direct for r in rows)} under direct enforcement (provincial_direct).",
        "",
        "| prefecture | counties | enterprises | 冶金+有色 | metal_smelting | 建材 | cement "
        "| provincial_direct |",
        "|---|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for pref in geo.prefectures:
        mine = [r for r in rows if r.prefecture == pref.name]
        metal = sum(r.sector in SMELTING_SECTORS for r in mine)
        cells = (
            len({r.county for r in mine}),
            len(mine),
            metal,
            sum(r.smelter for r in mine),
            sum(r.sector == "建材" for r in mine),
            sum("cement" in r.tags for r in mine),
            sum(r.direct for r in mine),
        )
        lines.append(f"| {pref.name} | " + " | ".join(str(c) for c in cells) + " |")
    lines += ["", "| tag | enterprises | share |", "|---|--:|--:|"]
    tags = Counter(t for r in rows for t in r.tags)
    for tag in TAG_ORDER:
        lines.append(f"| {tag} | {tags[tag]} | {100 * tags[tag] / len(rows):.1f}% |")
    untagged = sum(not r.tags for r in rows)
    lines.append(f"| (none) | {untagged} | {100 * untagged / len(rows):.1f}% |")
    lines += ["", "| sector | enterprises | share |", "|---|--:|--:|"]
    sectors = Counter(r.sector for r in rows)
    for sector in SECTORS:
        lines.append(f"| {sector} | {sectors[sector]} | {100 * sectors[sector] / len(rows):.1f}% |")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the bundled fictional enterprise list.")
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="where to write (default data/enterprises.csv)",
    )
    args = parser.parse_args(argv)
    geo = bundled_geography()
    rows = generate(geo)
    broken = problems(rows, geo)
    if broken:
        print("the sample breaks its promises:", *broken, sep="\n  ", file=sys.stderr)
        return 1
    write_csv(rows, args.out)
    print(f"wrote {args.out}")
    print("\n".join(summary(rows, geo)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
