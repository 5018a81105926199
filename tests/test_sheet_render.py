"""The sign-off sheet as printed: real headless Chromium, then poppler reads the PDF back.

Needs Debian's chromium, fonts-noto-cjk, poppler-utils and zbar-tools (.ci/run installs
them). Skips only when chromium is missing outside CI; on CI (env CI set) a missing
chromium fails, and so does any other missing tool wherever chromium is there.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import struct
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from crossdraw.cli.app import app
from crossdraw.output.sheet import render_html
from tests.builders import with_digest
from tests.conftest import PLAN_YAML, write_enterprises

SEED = "38201749561023847561"
TIMEOUT = 180


INSTALL = "apt-get install chromium fonts-noto-cjk poppler-utils zbar-tools"


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if name == "chromium" and not os.environ.get("CI"):
            pytest.skip(f"chromium is not installed ({INSTALL})")
        pytest.fail(f"{name} is not installed ({INSTALL}; .ci/run does this on CI)")
    return path


def chromium(html_file: Path, work: Path, *output: str) -> None:
    """One headless Chromium run with no network and a throw-away profile."""
    profile = work / f"profile-{len(list(work.glob('profile-*')))}"
    subprocess.run(
        [
            tool("chromium"),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            *output,
            html_file.resolve().as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=TIMEOUT,
    )


def print_pdf(html_file: Path, work: Path) -> Path:
    pdf = html_file.with_suffix(".pdf")
    chromium(html_file, work, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    assert pdf.stat().st_size > 0
    return pdf


def output_of(name: str, *args: str) -> str:
    out = subprocess.run(
        [tool(name), *args], check=True, capture_output=True, text=True, timeout=TIMEOUT
    )
    return out.stdout


@dataclass(frozen=True)
class Printed:
    record: dict[str, Any]
    html: Path
    pdf: Path
    work: Path


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Printed:
    tool("chromium")
    work = tmp_path_factory.mktemp("sheet-render")
    (work / "groups.yaml").write_text(PLAN_YAML, encoding="utf-8")
    write_enterprises(work / "enterprises.csv")
    runner = CliRunner()
    base = ["--groups", str(work / "groups.yaml"), "--enterprises", str(work / "enterprises.csv")]
    people = ["--witness", "张三", "--drawer", "李四", "--bureau-rep", "王五"]
    result = runner.invoke(
        app,
        [
            "draw",
            "--group",
            "1",
            "--seed",
            SEED,
            *base,
            *people,
            "--out",
            str(work / "draws"),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    record_path = Path(json.loads(result.stdout)["draws"][0]["record"])
    result = runner.invoke(app, ["sheet", str(record_path)])
    assert result.exit_code == 0, result.output
    html_file = Path(result.stdout.strip())
    record = json.loads(record_path.read_text(encoding="utf-8"))
    return Printed(record, html_file, print_pdf(html_file, work), work)


def test_sheet_prints_on_one_a4_page(printed: Printed) -> None:
    info = output_of("pdfinfo", str(printed.pdf))
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE), info
    assert re.search(r"^Page size:.*\(A4\)", info, re.MULTILINE), info


def test_printed_text_has_the_target_the_signature_roles_and_the_digest(
    printed: Printed,
) -> None:
    text = output_of("pdftotext", "-enc", "UTF-8", str(printed.pdf), "-")
    assert printed.record["target"] == "丙市"
    for words in ("丙市", "见证人", "抽签人", "被检查市州局代表", "组长", "签字确认单"):
        assert words in text
    # a digest may wrap at the edge of its cell; the characters must all be there in order
    assert printed.record["digest"] in re.sub(r"\s+", "", text)


def test_a_font_of_the_sheets_stack_covers_the_chinese() -> None:
    tool("chromium")
    # Chromium embeds CJK faces as nameless Type 3 fonts, so the PDF cannot say which face
    # drew the text; without a covering font (fontconfig) it would draw empty boxes (tofu).
    text = "".join(sorted({ch for ch in "签字确认单见证人抽签人被检查市州局代表组长丙市"}))
    charset = " ".join(f"{ord(ch):x}" for ch in text)
    families = output_of("fc-list", f":charset={charset}", "family")
    assert re.search(r"Noto Sans CJK SC|Source Han Sans SC|Microsoft YaHei|SimSun", families), (
        families
    )


def test_printed_qr_code_reads_back_as_the_record_digest(printed: Printed) -> None:
    prefix = printed.work / "page"
    output_of("pdftoppm", "-r", "200", "-png", "-singlefile", str(printed.pdf), str(prefix))
    out = subprocess.run(
        [tool("zbarimg"), "--quiet", "--raw", f"{prefix}.png"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert out.stdout.split() == [printed.record["digest"]], out.stderr


def test_screenshot_at_a4_150_dpi(printed: Printed) -> None:
    png = printed.work / "screen.png"
    chromium(printed.html, printed.work, f"--screenshot={png}", "--window-size=1240,1754")
    head = png.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", head[16:24]) == (1240, 1754)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_waiver_q7_and_seed_parts_still_fit_one_page(printed: Printed, lang: str) -> None:
    rec: dict[str, Any] = copy.deepcopy(printed.record)
    rec["waivers"] = [{"rule": "Q3", "reason": "两市均无金属冶炼企业，经省厅同意豁免"}]
    rec["seed"]["parts"] = ["38201749561023847561", "90417265530918273645", "11223344556677889900"]
    rec["suggested"] = [
        {"id": f"9143030000000000{n}X", "name": f"建议检查企业{n}有限责任公司", "county": "丙二县"}
        for n in range(3)
    ]
    rec["place"] = "丙市应急管理局三楼会议室"
    rec = with_digest(rec)
    html_file = printed.work / f"full-{lang}.html"
    ledger_line = (123, "ab" * 32)  # with the ledger row, the fullest sheet there is
    html_file.write_text(render_html(rec, lang, ledger_line), encoding="utf-8")
    info = output_of("pdfinfo", str(print_pdf(html_file, printed.work)))
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE), info


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_voided_sheet_is_stamped_and_still_one_page(printed: Printed, lang: str) -> None:
    """Issue 10: a voided record's sheet says so in large type, with the reason and line."""
    rec: dict[str, Any] = copy.deepcopy(printed.record)
    rec["waivers"] = [{"rule": "Q3", "reason": "两市均无金属冶炼企业，经省厅同意豁免"}]
    rec["seed"]["parts"] = ["38201749561023847561", "90417265530918273645"]
    rec = with_digest(rec)
    html_file = printed.work / f"voided-{lang}.html"
    void = (7, "见证人未到场，经双方同意重抽")
    html_file.write_text(render_html(rec, lang, (6, "cd" * 32), void), encoding="utf-8")
    pdf = print_pdf(html_file, printed.work)
    info = output_of("pdfinfo", str(pdf))
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE), info
    text = re.sub(r"\s+", "", output_of("pdftotext", "-enc", "UTF-8", str(pdf), "-"))
    assert ("已作废" if lang == "zh" else "VOIDED") in text
    assert "见证人未到场，经双方同意重抽" in text
    png = printed.work / f"voided-{lang}.png"
    chromium(html_file, printed.work, f"--screenshot={png}", "--window-size=1240,1754")
    assert png.stat().st_size > 0
