"""Make docs/checklist-sample.png: the first page of the checklists of a real draw, printed
by headless Chromium on A4.

The draw is group 1 of the bundled 2021 Hunan plan (data/groups.yaml) drawing both its
targets (湘潭市, 娄底市; four enterprises), over the small FICTIONAL enterprise list of
scripts/render_sheet_sample.py. Needs Debian's chromium, fonts-noto-cjk and poppler-utils.

    .venv/bin/python scripts/render_checklist_sample.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chromium_pdf import print_pdf
from render_sheet_sample import crossdraw, write_enterprises

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "checklist-sample.png"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        enterprises = work / "enterprises.csv"
        write_enterprises(enterprises)
        base = ["--groups", str(ROOT / "data" / "groups.yaml"), "--enterprises", str(enterprises)]
        people = ["--witness", "张三", "--drawer", "李四", "--bureau-rep", "王五"]
        draws = work / "draws"
        crossdraw(
            "draw",
            "--group",
            "1",
            "--seed",
            "38201749561023847561",
            *base,
            *people,
            "--out",
            str(draws),
        )
        page = work / "checklist.html"
        crossdraw("checklist", str(draws), "--out", str(page))
        pdf = work / "checklist.pdf"
        print_pdf(page, pdf, work / "profile")
        print(
            subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
        )
        # the first page at 150 dpi: 1240 x 1754 pixels
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "150",
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(OUT.with_suffix("")),
            ],
            check=True,
        )
    print(OUT)


if __name__ == "__main__":
    main()
