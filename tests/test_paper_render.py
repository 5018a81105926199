"""The commitment sheet and the void statement as printed: real headless Chromium, then
poppler reads the PDF back (needs what tests/test_sheet_render.py needs; skips or fails
the same way when it is missing)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossdraw.cli.app import app
from tests.test_sheet_render import output_of, print_pdf, tool

ROOT = Path(__file__).resolve().parent.parent
REASON = "见证人未到场，经双方同意重抽"


@dataclass(frozen=True)
class Folder:
    commitment: Path
    record: Path
    work: Path


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Folder:
    """A ceremony of 湘潭市 over the bundled sample (the banner makes the fullest page),
    then its draw voided."""
    tool("chromium")
    work = tmp_path_factory.mktemp("paper-render")
    runner = CliRunner()
    result = runner.invoke(
        app,
        [
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
            "--seed-part",
            "3820174956",
            "--seed-part",
            "1023847561",
            "--groups",
            str(ROOT / "data" / "groups.yaml"),
            "--enterprises",
            str(ROOT / "data" / "enterprises.csv"),
            "--out",
            str(work / "draws"),
        ],
    )
    assert result.exit_code == 0, result.output
    record = next((work / "draws").glob("group1-*.json"))
    assert runner.invoke(app, ["void", str(record), "--reason", REASON]).exit_code == 0
    return Folder(next((work / "draws").glob("commitment-*.json")), record, work)


def printed(folder: Folder, args: list[str], name: str) -> str:
    page = folder.work / f"{name}.html"
    result = CliRunner().invoke(app, ["sheet", *args, "--out", str(page)])
    assert result.exit_code == 0, result.output
    info = output_of("pdfinfo", str(print_pdf(page, folder.work)))
    assert re.search(r"^Page size:.*\(A4\)", info, re.MULTILINE), info
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE), info  # one sheet to sign
    return output_of("pdftotext", "-enc", "UTF-8", str(page.with_suffix(".pdf")), "-")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_q6_commitment_sheet_prints_on_one_a4_page(folder: Folder, lang: str) -> None:
    words = printed(folder, [str(folder.commitment), "--lang", lang], f"commitment-{lang}")
    if lang == "zh":
        for expected in ("抽签前承诺单", "示例数据", "湘潭市", "随机种子如何产生", "组长"):
            assert expected in words
    else:
        assert "commitment sheet" in words and "SAMPLE DATA" in words


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_void_statement_prints_on_one_a4_page(folder: Folder, lang: str) -> None:
    words = printed(folder, [str(folder.record), "--page", "void", "--lang", lang], f"void-{lang}")
    flat = re.sub(r"\s+", "", words)
    assert re.sub(r"\s+", "", REASON) in flat
    assert ("作废说明" if lang == "zh" else "void statement") in words
