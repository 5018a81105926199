"""Make docs/commitment-sample.png and docs/void-sample.png: the commitment sheet (抽签前承诺单)
and the void statement (作废说明) of a real ceremony, printed by headless Chromium.

The ceremony is group 1 of the bundled 2021 Hunan plan (data/groups.yaml) drawing 湘潭市 from
the bundled FICTIONAL list (data/enterprises.csv), so both pages carry the red sample-data
banner. Needs Debian's chromium, fonts-noto-cjk and poppler-utils.

    .venv/bin/python scripts/render_paper_samples.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from chromium_pdf import print_pdf

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def crossdraw(*args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "crossdraw", *args],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return out.stdout


def png(page: Path, name: str, work: Path) -> None:
    pdf = work / f"{name}.pdf"
    print_pdf(page, pdf, work / "profile")
    # 150 dpi: one A4 page is 1240 x 1754 pixels; the first page only
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(DOCS / name)],
        check=True,
    )
    print(DOCS / f"{name}.png")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        draws = work / "draws"
        crossdraw(
            "ceremony",
            "--no-input",
            "--group",
            "1",
            "--prefecture",
            "湘潭",
            "--witness",
            "张三",
            "--drawer",
            "李四",
            "--bureau-rep",
            "王五",
            "--place",
            "湘潭市应急管理局",
            "--seed-part",
            "3820174956",
            "--seed-part",
            "1023847561",
            "--out",
            str(draws),
        )
        commitment = next(draws.glob("commitment-*.json"))
        record = next(draws.glob("group1-*.json"))
        # the ceremony wrote the commitment sheet beside its commitment file
        png(commitment.with_name(f"{commitment.stem}.sheet.html"), "commitment-sample", work)
        crossdraw("void", str(record), "--reason", "见证人未到场，经双方同意重抽")
        png(Path(crossdraw("sheet", str(record), "--page", "void").strip()), "void-sample", work)


if __name__ == "__main__":
    main()
