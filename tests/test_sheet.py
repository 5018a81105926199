"""The sign-off sheet (签字确认单): the pure renderer, and `crossdraw sheet` end to end."""

from __future__ import annotations

import copy
import html
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.cli.app import app
from crossdraw.domain.canonical import fingerprint
from crossdraw.domain.errors import InputError
from crossdraw.domain.fraction import odds_text, parse_fraction
from crossdraw.domain.hidden import visible
from crossdraw.output.sheet import clean, render_html, render_markdown
from tests.builders import with_digest
from tests.conftest import Project

SEED = "38201749561023847561"


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def draw_records(runner: CliRunner, project: Project, *extra: str) -> list[Path]:
    """Group 1 drawn with the real CLI: one record per target (丙市, then 丁市)."""
    code, out, err = run(
        runner,
        "draw",
        "--group",
        "1",
        "--seed",
        SEED,
        *project.args(),
        "--out",
        str(project.out),
        "--witness",
        "张三",
        "--drawer",
        "李四",
        "--bureau-rep",
        "王五",
        "--place",
        "丙市应急管理局",
        "--json",
        *extra,
    )
    assert code == 0, err
    return [Path(d["record"]) for d in json.loads(out)["draws"]]


@pytest.fixture
def record_path(runner: CliRunner, project: Project) -> Path:
    return draw_records(runner, project)[0]


@pytest.fixture
def record(record_path: Path) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(record_path.read_text(encoding="utf-8"))
    return value


def edited(record: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A copy of `record` with fields replaced and its digest recomputed."""
    value = copy.deepcopy(record)
    value.update(changes)
    return with_digest(value)


# --- the renderer (record in, text out) -------------------------------------------------


def test_witness_name_is_escaped_in_html_and_markdown(record: dict[str, Any]) -> None:
    rec = edited(record, witnesses={"witness": "<script>alert(1)</script>", "drawer": "李四"})
    page = render_html(rec)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>" not in render_markdown(rec)


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.text(min_size=1, max_size=30))
def test_no_name_can_inject_markup(record: dict[str, Any], name: str) -> None:
    rec = edited(record, witnesses={"witness": name, "drawer": "", "bureau_rep": ""})
    page = render_html(rec)
    assert f"登记姓名：{html.escape(visible(clean(name)))}</span>" in page or not clean(name)
    assert page.count("<div") == page.count("</div>")
    assert visible(page) == page  # no control or invisible formatting character is left


def test_names_are_nfc_normalised(record: dict[str, Any]) -> None:
    rec = edited(record, place="Cafe\u0301 会议室", witnesses={"witness": "Jose\u0301"})
    page = render_html(rec)
    assert "Café 会议室" in page and "José" in page
    assert "e\u0301" not in page


def test_waiver_is_bold_at_the_top(record: dict[str, Any]) -> None:
    rec = edited(record, waivers=[{"rule": "Q3", "reason": "两市均无冶炼企业"}])
    page = render_html(rec)
    bold = "<strong>本次抽签未执行规则 Q3（豁免），理由：两市均无冶炼企业</strong>"
    assert bold in page
    assert page.index(bold) < page.index("交叉执法组") < page.index("抽签结果")
    text = render_markdown(rec)
    assert "**本次抽签未执行规则 Q3（豁免），理由：两市均无冶炼企业**" in text
    assert text.index("Q3（豁免）") < text.index("| 交叉执法组 |")


def test_no_waiver_no_waiver_box(record: dict[str, Any]) -> None:
    assert "豁免" not in render_html(record)


def test_q7_suggestions_are_listed_apart_as_not_counted(record: dict[str, Any]) -> None:
    suggested = [{"id": "91430300MA4L000001", "name": "建议企业甲有限公司", "county": "丙二县"}]
    page = render_html(edited(record, suggested=suggested))
    heading = "被检查市州建议的检查对象（非抽签确定，不计入规定数量，Q7）"
    assert heading in page
    drawn_table = page[page.index("抽签结果") : page.index(heading)]
    assert "建议企业甲有限公司" not in drawn_table
    assert page.index("建议企业甲有限公司") > page.index(heading)
    assert heading in render_markdown(edited(record, suggested=suggested))
    assert "Q7" not in render_html(record)


def test_chinese_labels_by_default(record: dict[str, Any]) -> None:
    page = render_html(record)
    assert '<html lang="zh-CN">' in page
    for label in ("交叉执法抽签签字确认单", "见证人", "抽签人", "被检查市州局代表", "组长"):
        assert label in page
    assert "第一组（牵头市州：甲市）" in page
    assert "登记姓名：张三" in page and "登记姓名：王五" in page
    assert "甲省交叉执法方案（2025年）" in page
    assert "丙市应急管理局" in page


def test_english_labels_with_lang_en(record: dict[str, Any]) -> None:
    page = render_html(record, "en")
    assert '<html lang="en">' in page
    for label in ("sign-off sheet", "Witness", "Drawer", "bureau representative", "Group leader"):
        assert label in page
    assert "见证人" not in page
    assert "Witness" in render_markdown(record, "en")


def test_categories_are_chinese_labels(record: dict[str, Any]) -> None:
    rec = copy.deepcopy(record)
    rec["selected"][0]["tags"] = ["metal_smelting", "dust_explosion"]
    # each category word is kept whole on paper: a line may break only between them
    words = '<span class="tag">金属冶炼</span>、<span class="tag">粉尘涉爆</span>'
    assert words in render_html(rec)
    assert words in render_html(rec, "en")
    assert "金属冶炼、粉尘涉爆" in render_markdown(rec)


def test_digests_fingerprints_seed_and_counts_are_on_the_sheet(record: dict[str, Any]) -> None:
    pool = next(p for p in record["pools"] if p["prefecture"] == record["target"])
    for page in (render_html(record), render_markdown(record)):
        assert record["digest"] in page
        assert fingerprint(record["digest"]) in page
        assert pool["digest"] in page
        assert fingerprint(pool["digest"]) in page
        assert f"可抽企业 {pool['eligible']} 家" in page
        assert record["seed"]["value"] in page
        assert record["seed"]["derived_from"] in page
        assert f"全组 {record['counts']['group_valid_selections']} 种" in page
        assert record["tool"]["version"] in page and record["algorithm"] in page
        for item in record["selected"]:
            assert item["id"] in page and item["name"] in page


def test_seed_parts_are_shown_when_the_record_has_them(record: dict[str, Any]) -> None:
    seed = {**record["seed"], "parts": ["1234567890", "0987654321"]}
    page = render_html(edited(record, seed=seed))
    assert "种子各方输入" in page and "1. 1234 5678 90（10 位数字）" in page
    assert "2. 0987 6543 21（10 位数字）" in page
    assert "种子各方输入" not in render_html(record)
    empty = {**record["seed"], "parts": []}
    assert "种子各方输入" not in render_html(edited(record, seed=empty))


def test_a_digit_seed_is_shown_grouped_with_its_digit_count(record: dict[str, Any]) -> None:
    dice = edited(record, seed={**record["seed"], "value": "38201749561-0234"})
    assert "3820 1749 561 - 0234（15 位数字）" in render_html(dice)
    assert "3820 1749 561 - 0234 (15 digits)" in render_html(dice, "en")


def test_seed_is_shown_exactly_as_entered(record: dict[str, Any]) -> None:
    entered = "  3820 1749\u00a0e\u0301 "  # spaces and a decomposed é: the draw hashed these
    page = render_html(edited(record, seed={**record["seed"], "value": entered}))
    assert f'<td class="mono" colspan="3">{entered}</td>' in page


def test_date_is_beijing_time(record: dict[str, Any]) -> None:
    page = render_html(edited(record, drawn_at="2025-05-20T23:30:00+00:00"))
    assert "2025-05-21 07:30（北京时间）" in page


def test_html_loads_nothing_from_the_network(record: dict[str, Any]) -> None:
    page = render_html(
        edited(record, waivers=[{"rule": "Q3", "reason": "x"}], suggested=[{"id": "x"}])
    )
    assert "http" not in page.lower()
    assert not re.search(r"\b(src|href)\s*=|url\(|@import|<link|<script|<img", page)
    assert "@page { size: A4; margin: 15mm; }" in page
    assert '"Noto Sans CJK SC"' in page
    assert re.search(r'<svg viewBox="[0-9 ]+" class="qr"><path ', page)  # inline QR code


def test_odds_are_the_exact_fraction_and_an_integer_percentage(record: dict[str, Any]) -> None:
    page = render_markdown(record)
    for item in record["selected"]:
        assert odds_text(parse_fraction(item["probability"])) in page  # as `crossdraw draw` prints


@pytest.mark.parametrize("probability", ["3/2", "2/4", "0.5"])
def test_a_probability_that_is_not_a_records_fraction_is_malformed(
    record: dict[str, Any], probability: str
) -> None:
    broken = copy.deepcopy(record)
    broken["selected"][0]["probability"] = probability
    with pytest.raises(InputError, match=r"抽签记录内容不完整或已损坏（ValueError: "):
        render_html(broken)


def test_malformed_record_is_an_input_error(record: dict[str, Any]) -> None:
    broken = copy.deepcopy(record)
    del broken["counts"]
    with pytest.raises(InputError, match="抽签记录内容不完整或已损坏"):
        render_html(broken)
    with pytest.raises(InputError, match="schema"):
        render_html({**record, "schema": "crossdraw-record/99"})


# --- `crossdraw sheet` -------------------------------------------------------------------


def test_sheet_help_ends_in_an_example(runner: CliRunner) -> None:
    code, out, _ = run(runner, "sheet", "--help")
    assert code == 0
    assert "示例：crossdraw sheet draws/group1-湘潭市-….json" in out


def test_sheet_writes_html_beside_the_record_and_prints_the_path(
    runner: CliRunner, record_path: Path
) -> None:
    code, out, err = run(runner, "sheet", str(record_path))
    assert code == exitcodes.OK, err
    expected = record_path.with_name(record_path.stem + ".sheet.html")
    assert out.strip() == str(expected)
    page = expected.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "签字确认单" in page


def test_sheet_markdown_english_and_out(runner: CliRunner, record_path: Path) -> None:
    target = record_path.parent / "sheets" / "one.md"
    code, out, err = run(
        runner, "sheet", str(record_path), "--format", "md", "--lang", "en", "--out", str(target)
    )
    assert code == exitcodes.OK, err
    assert out.strip() == str(target)
    assert target.read_text(encoding="utf-8").startswith("# Cross-enforcement draw")


def test_sheet_honours_crossdraw_lang(
    runner: CliRunner, record_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CROSSDRAW_LANG", "en_GB.UTF-8")
    code, out, _ = run(runner, "sheet", str(record_path), "--format", "md")
    assert code == exitcodes.OK
    assert "Witness" in Path(out.strip()).read_text(encoding="utf-8")


def test_sheet_refuses_to_overwrite(runner: CliRunner, record_path: Path) -> None:
    code, out, _ = run(runner, "sheet", str(record_path))
    assert code == exitcodes.OK
    sheet = Path(out.strip())
    sheet.write_text("signed copy", encoding="utf-8")
    code, _, err = run(runner, "sheet", str(record_path))
    assert code == exitcodes.BAD_INPUT
    assert f"{sheet}：文件已存在；确认单从不覆盖" in err
    assert sheet.read_text(encoding="utf-8") == "signed copy"


@pytest.mark.parametrize("content", [None, "{not json", '{"no": "schema"}'])
def test_sheet_of_a_bad_record_is_exit_2(
    runner: CliRunner, tmp_path: Path, content: str | None
) -> None:
    bad = tmp_path / "bad.json"
    if content is not None:
        bad.write_text(content, encoding="utf-8")
    code, out, err = run(runner, "sheet", str(bad))
    assert code == exitcodes.BAD_INPUT
    assert "bad.json" in err and "Traceback" not in out + err
    assert list(tmp_path.glob("*.sheet.*")) == []


def test_sheet_of_a_tampered_record_is_exit_3(runner: CliRunner, record_path: Path) -> None:
    rec = json.loads(record_path.read_text(encoding="utf-8"))
    rec["selected"][0]["name"] = "另一家企业"
    record_path.write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(runner, "sheet", str(record_path))
    assert code == exitcodes.MISMATCH
    assert "推算不出原结果" in err and "digest" in err  # C1, in Chinese under zh
    assert list(record_path.parent.glob("*.sheet.*")) == []


@pytest.fixture
def runner(zh_runner: CliRunner) -> CliRunner:
    """As a Chinese user runs it: Chinese by default."""
    return zh_runner
