"""Write a Hunan-shaped FICTIONAL provincial enterprise list of any size, for benchmarks.

Deterministic: the randomness is a SHA-256 counter stream (one digest per row, read as
bytes), not Python's `random`, so a size and seed give the same file on every machine.
Every enterprise, name and credit code is invented; ids are valid, unique USCCs
registered in their county, scattered so that file order is not id order.

    python benchmarks/generate.py 1000000 /tmp/enterprises-1m.csv
    python benchmarks/generate.py 200000 /tmp/one-smelter.csv --one-smelter

`--one-smelter` writes the adversarial list: group 1's targets (湘潭市, 娄底市) hold
every row, and exactly one of them is a metal smelter (Q3 rests on it alone).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from crossdraw.domain.geography import County, bundled_geography
from crossdraw.domain.uscc import check_character

SEED = "crossdraw-benchmark-2021"
HEADER = ("id", "name", "prefecture", "county", "sector", "tags", "provincial_direct")
# Relative sizes of the prefectures: the bundled sample's counts, from its generator.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from generate_sample_data import ENTERPRISES_PER_PREFECTURE as PREFECTURE_WEIGHT  # noqa: E402

ONE_SMELTER_TARGETS = ("湘潭市", "娄底市")  # group 1 of data/groups.yaml
# Sector shares per mille, and the chance (per 256) of each tag given the sector.
SECTORS = (
    ("冶金", 50),
    ("有色", 55),
    ("建材", 180),
    ("机械", 220),
    ("轻工", 205),
    ("纺织", 70),
    ("烟草", 4),
    ("商贸", 216),
)
TAG_CHANCE: dict[str, dict[str, int]] = {
    "metal_smelting": {"冶金": 56, "有色": 36},
    "cement": {"建材": 38},
    "dust_explosion": {"机械": 51, "轻工": 44, "有色": 31, "建材": 15},
    "ammonia_refrigeration": {"轻工": 28, "商贸": 23},
    "confined_space": {"冶金": 90, "有色": 77, "建材": 64, "轻工": 64, "机械": 31},
    "hazardous_chemicals": {"冶金": 51, "有色": 64, "建材": 15, "机械": 15, "轻工": 20},
}
TRADES = ("恒达", "宏远", "鑫源", "华鑫", "金泰", "兴旺", "瑞丰", "长盛", "永盛", "福瑞")
KINDS = ("机械制造", "新型建材", "冶炼", "食品", "纺织", "商贸", "材料", "制品")
ORG_SPACE = 10**9  # the 9 organisation-code digits of a USCC
ORG_STEP = 982_451_653  # prime, coprime to 10^9: n -> n * step mod 10^9 is a bijection


def _expand(items: Sequence[tuple[str, int]]) -> list[str]:
    """A lookup table so that one byte-ish integer picks an item with its weight."""
    return [name for name, weight in items for _ in range(weight)]


def rows(count: int, *, one_smelter: bool = False, seed: str = SEED) -> Iterator[list[str]]:
    """`count` CSV rows (without the header), deterministic for a count, flag and seed."""
    geo = bundled_geography()
    if one_smelter:
        prefs = [geo.get(name) for name in ONE_SMELTER_TARGETS]
        pref_table = [p.name for p in prefs]
    else:
        prefs = list(geo.prefectures)
        pref_table = _expand([(p.name, PREFECTURE_WEIGHT[p.name]) for p in prefs])
    counties: dict[str, tuple[County, ...]] = {p.name: p.counties for p in prefs}
    sector_table = _expand(SECTORS)
    for n in range(count):
        h = hashlib.sha256(f"{seed},{n}".encode()).digest()
        pref = pref_table[int.from_bytes(h[0:4], "big") % len(pref_table)]
        county = counties[pref][int.from_bytes(h[4:8], "big") % len(counties[pref])]
        sector = sector_table[int.from_bytes(h[8:12], "big") % len(sector_table)]
        tags = [
            tag
            for i, (tag, chance) in enumerate(TAG_CHANCE.items())
            if h[12 + i] < chance.get(sector, 0)
        ]
        if one_smelter:
            tags = [t for t in tags if t != "metal_smelting"]
            if n == count // 2:
                sector, tags = "冶金", ["metal_smelting"]
        direct = "true" if h[20] < 3 and "metal_smelting" not in tags else "false"
        body = f"91{county.code}{n * ORG_STEP % ORG_SPACE:09d}"
        name = f"{county.name}{TRADES[h[21] % len(TRADES)]}{KINDS[h[22] % len(KINDS)]}{n}有限公司"
        yield [
            body + check_character(body),
            name,
            pref,
            county.name,
            sector,
            ";".join(tags),
            direct,
        ]


def write(path: Path, count: int, *, one_smelter: bool = False) -> Path:
    """Write the list to `path` (UTF-8, header first) and return it."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows(count, one_smelter=one_smelter))
    return path


def write_xlsx(path: Path, csv_path: Path) -> Path:
    """The CSV list as an .xlsx workbook, every cell text, written as Excel writes one
    (a shared-strings table, not inline strings) by xlsxwriter (a test-only dependency)."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    sheet = book.add_worksheet("企业名单")
    with csv_path.open(encoding="utf-8", newline="") as fh:
        for index, row in enumerate(csv.reader(fh)):
            sheet.write_row(index, 0, row)
    book.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="number of enterprises")
    parser.add_argument("out", type=Path, help="CSV file to write")
    parser.add_argument("--one-smelter", action="store_true", help="the adversarial list")
    args = parser.parse_args()
    write(args.out, args.count, one_smelter=args.one_smelter)


if __name__ == "__main__":
    main()
