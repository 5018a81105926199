"""Make docs/sheet-sample.png: a sign-off sheet of a real draw, printed by headless Chromium.

The draw is group 1 of the bundled 2021 Hunan plan (data/groups.yaml) drawing 湘潭市, over a
small FICTIONAL enterprise list written here (real counties, invented enterprises). Needs
Debian's chromium, fonts-noto-cjk and poppler-utils.

    .venv/bin/python scripts/render_sheet_sample.py
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from chromium_pdf import print_pdf

from crossdraw.domain.uscc import check_character

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "sheet-sample.png"

# (prefecture, county, GB/T 2260 code, name, sector, tags, provincial_direct)
ROWS = [
    ("湘潭市", "岳塘区", "430304", "湘潭示例钢铁有限公司", "冶金", "metal_smelting", "否"),
    ("湘潭市", "岳塘区", "430304", "湘潭示例锰业有限公司", "有色", "metal_smelting", "否"),
    ("湘潭市", "雨湖区", "430302", "湘潭示例电机制造有限公司", "机械", "", "否"),
    ("湘潭市", "雨湖区", "430302", "湘潭示例铝材有限公司", "有色", "dust_explosion", "是"),
    ("湘潭市", "湘潭县", "430321", "湘潭示例水泥有限公司", "建材", "cement", "否"),
    ("湘潭市", "湘潭县", "430321", "湘潭示例纺织有限公司", "纺织", "", "否"),
    ("湘潭市", "湘乡市", "430381", "湘乡示例皮革制品有限公司", "轻工", "dust_explosion", "否"),
    (
        "湘潭市",
        "韶山市",
        "430382",
        "韶山示例食品冷链有限公司",
        "商贸",
        "ammonia_refrigeration",
        "否",
    ),
    ("娄底市", "冷水江市", "431381", "冷水江示例锑品有限公司", "有色", "metal_smelting", "否"),
    ("娄底市", "涟源市", "431382", "涟源示例钢铁有限公司", "冶金", "metal_smelting", "否"),
    ("娄底市", "涟源市", "431382", "涟源示例冷库有限公司", "商贸", "ammonia_refrigeration", "否"),
    ("娄底市", "娄星区", "431302", "娄底示例机械有限公司", "机械", "", "否"),
    ("娄底市", "新化县", "431322", "新化示例水泥有限公司", "建材", "cement", "否"),
    ("娄底市", "双峰县", "431321", "双峰示例农机有限公司", "机械", "dust_explosion", "否"),
]


def write_enterprises(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(
            ["统一社会信用代码", "企业名称", "市州", "县市区", "行业", "类别", "省厅直接执法"]
        )
        for n, (pref, county, code, name, sector, tags, direct) in enumerate(ROWS, start=1):
            body = f"91{code}MA4L{n:05d}"
            writer.writerow(
                [body + check_character(body), name, pref, county, sector, tags, direct]
            )


def crossdraw(*args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "crossdraw", *args], check=True, capture_output=True, text=True
    )
    return out.stdout


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        enterprises = work / "enterprises.csv"
        write_enterprises(enterprises)
        drawn = crossdraw(
            "draw",
            "--group",
            "1",
            "--prefecture",
            "湘潭",
            "--seed",
            "38201749561023847561",
            "--witness",
            "张三",
            "--drawer",
            "李四",
            "--bureau-rep",
            "王五",
            "--place",
            "湘潭市应急管理局",
            "--groups",
            str(ROOT / "data" / "groups.yaml"),
            "--enterprises",
            str(enterprises),
            "--out",
            str(work / "draws"),
            "--json",
        )
        record = json.loads(drawn)["draws"][0]["record"]
        sheet = Path(crossdraw("sheet", record).strip())
        pdf = work / "sheet.pdf"
        print_pdf(sheet, pdf, work / "profile")
        # 150 dpi: one A4 page is 1240 x 1754 pixels
        subprocess.run(
            ["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(OUT.with_suffix(""))],
            check=True,
        )
    print(OUT)


if __name__ == "__main__":
    main()
