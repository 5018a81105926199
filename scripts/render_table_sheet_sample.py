"""Make docs/table-sheet-sample.png: the sign-off sheet of a table draw, printed by headless
Chromium.

The table is the 2022 table drawn from the bundled 2021 Hunan plan (data/groups.yaml), its
pairs avoided. Needs Debian's chromium, fonts-noto-cjk and poppler-utils.

    .venv/bin/python scripts/render_table_sheet_sample.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from chromium_pdf import print_pdf

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "table-sheet-sample.png"


def crossdraw(*args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "crossdraw", *args], check=True, capture_output=True, text=True
    )
    return out.stdout


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        drawn = crossdraw(
            "plan",
            "draw",
            "--groups",
            str(ROOT / "data" / "groups.yaml"),
            "--year",
            "2022",
            "--seed",
            "38201749561023847561",
            "--witness",
            "张三",
            "--drawer",
            "李四",
            "--place",
            "湖南省应急管理厅",
            "--out",
            str(work / "tables"),
            "--json",
        )
        sheet = Path(crossdraw("sheet", json.loads(drawn)["record"]).strip())
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
