"""Checklists as printed on A4: real headless Chromium, then poppler reads the PDF back.

Needs what tests/test_sheet_render.py needs (chromium, fonts-noto-cjk, poppler-utils), and
skips or fails the same way when they are missing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crossdraw.output.checklist import render_html, sheets_for
from crossdraw.records.models import DrawRecord
from tests.test_sheet_render import output_of, print_pdf, tool

V1 = Path(__file__).parent / "fixtures/folder-v1/draws/group1-丙市-c7ffd6859b17.json"


def record_of(tags: list[list[str]]) -> DrawRecord:
    """folder-v1's record of 丙市, its drawn enterprises replaced by one per tag list."""
    record = DrawRecord.parse(V1.read_bytes(), V1.name)
    first = record.selected[0]
    selected = tuple(
        first.model_copy(update={"name": f"湘潭示例第{n}金属冶炼有限公司", "tags": tuple(t)})
        for n, t in enumerate(tags, start=1)
    )
    return record.model_copy(update={"selected": selected})


def printed(tmp_path: Path, tags: list[list[str]], lang: str = "zh") -> tuple[str, Path]:
    tool("chromium")
    page = tmp_path / "checklist.html"
    page.write_text(render_html(sheets_for([record_of(tags)]), lang), encoding="utf-8")  # type: ignore[arg-type]
    pdf = print_pdf(page, tmp_path)
    return output_of("pdfinfo", str(pdf)), pdf


def pages(info: str) -> int:
    found = re.search(r"^Pages:\s+(\d+)$", info, re.MULTILINE)
    assert found, info
    return int(found.group(1))


# The heaviest usual sheets: metal smelters (C1, C7, T1) that are also dust-explosion works.
HEAVY = [["metal_smelting", "dust_explosion"]] * 2 + [["metal_smelting"], ["cement"]]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_four_enterprises_print_on_at_most_four_a4_pages(tmp_path: Path, lang: str) -> None:
    info, _ = printed(tmp_path, HEAVY, lang)
    assert pages(info) <= 4, info
    assert re.search(r"^Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)$", info, re.MULTILINE), info


def test_a_sheet_too_long_for_a_page_repeats_the_header_and_splits_no_item(
    tmp_path: Path,
) -> None:
    every = ["metal_smelting", "hazardous_chemicals", "major_hazard_source"]
    every += ["dust_explosion", "ammonia_refrigeration"]
    info, pdf = printed(tmp_path, [every, every])
    assert pages(info) == 4, info  # each sheet starts on a page of its own
    for number in (2, 4):
        overflow = output_of("pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-")
        assert "检查情况（发现的问题）、证据固定、移交" in overflow  # the header row, repeated
        assert overflow.count("证据：") >= 1


def test_checklist_page_is_a4_with_rows_kept_whole_and_the_header_repeated() -> None:
    page = render_html(sheets_for([record_of([["metal_smelting"]])]))
    for rule in (
        "@page { size: A4;",
        "thead { display: table-header-group; }",
        "tr { break-inside: avoid; page-break-inside: avoid; }",
        "<thead><tr><th>序号</th><th>检查事项</th><th>检查情况（发现的问题）、证据固定、移交</th>",
    ):
        assert rule in page
