"""Chinese first, the rest (issue 12): the export's 定额核对 sheet, the loaders' errors
(plan YAML, exclusion files, workbooks and tables), the store and the records read in
Chinese by default, naming the file, row, cell or key; English with CROSSDRAW_LANG=en."""

from __future__ import annotations

import json
import re
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.cli.app import app
from tests.conftest import Project, uscc

SEED = "38201749561023847561"
_LATIN = re.compile(r"[A-Za-z]{3,}")


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def draw_all(runner: CliRunner, project: Project) -> list[Path]:
    code, out, err = run(
        runner,
        "draw",
        "--all",
        "--seed",
        SEED,
        *project.args(),
        "--out",
        str(project.out),
        "--json",
    )
    assert code == exitcodes.OK, err
    return [Path(d["record"]) for d in json.loads(out)["draws"]]


def visits(project: Project, records: list[Path]) -> Path:
    """A LIST whose visits break T1 (a smelter visited for a few hours) and T2."""
    丙 = json.loads(records[0].read_text(encoding="utf-8"))
    smelter = next(s["id"] for s in 丙["selected"] if "metal_smelting" in s["tags"])
    other = next(s["id"] for s in 丙["selected"] if s["id"] != smelter)
    listing = project.root / "visits.csv"
    listing.write_text(
        "市州,统一社会信用代码,来源,开始日期,结束日期\n"
        f"丙市,{smelter},抽签,2025-06-10 09:00,2025-06-10 17:00\n"
        f"丙市,{other},抽签,2025-07-02,2025-07-02\n",
        encoding="utf-8",
    )
    return listing


def quota_notes(path: Path) -> dict[tuple[int, str, str], str]:
    book = load_workbook(path)
    rows = [[c.value for c in row] for row in book["定额核对"].iter_rows(min_row=2)]
    return {(r[0], r[2], r[3] or ""): r[8] or "" for r in rows}


def test_t1_t2_q3_quota_sheet_notes_read_in_chinese_by_default(
    zh_runner: CliRunner, project: Project
) -> None:
    listing = visits(project, draw_all(zh_runner, project))
    path = project.root / "export.xlsx"
    args = ("export", str(project.out), *project.args(), "--list", str(listing), "--out", str(path))
    code, _, err = run(zh_runner, *args)
    assert code == exitcodes.VIOLATIONS, err
    notes = quota_notes(path)
    assert notes[(1, "T1", "")].startswith("T1 金属冶炼检查时长：")
    assert notes[(1, "T2", "")].startswith("T2 完成期限：")
    assert notes[(1, "Q3", "")].startswith("Q3 ")
    assert "全组至少" in notes[(1, "Q3", "")]
    assert notes[(2, "T1", "")] == "未给出检查日期（需要含 检查开始、检查结束 的名单 LIST）"
    for note in notes.values():  # rule codes, ids and the LIST name only: no English words
        assert [w for w in _LATIN.findall(note) if w != "LIST"] == [], note


def test_t1_quota_sheet_notes_are_english_with_crossdraw_lang_en(
    runner: CliRunner, project: Project
) -> None:
    listing = visits(project, draw_all(runner, project))
    path = project.root / "export.xlsx"
    args = ("export", str(project.out), *project.args(), "--list", str(listing), "--out", str(path))
    assert run(runner, *args)[0] == exitcodes.VIOLATIONS
    notes = quota_notes(path)
    assert notes[(1, "T1", "")].startswith("T1 metal-smelter visit length: ")
    assert notes[(2, "T1", "")] == "no visit dates given (a LIST with start_date, end_date)"


def test_q7_a_list_row_marked_drawn_but_not_drawn_is_refused_in_chinese(
    zh_runner: CliRunner, project: Project
) -> None:
    draw_all(zh_runner, project)
    listing = project.root / "visits.csv"
    listing.write_text(f"市州,统一社会信用代码,来源\n丙市,{uscc(9)},抽签\n", encoding="utf-8")
    code, out, err = run(
        zh_runner, "export", str(project.out), *project.args(), "--list", str(listing)
    )
    assert code == exitcodes.BAD_INPUT, out
    assert err.strip().endswith(
        f"visits.csv，第 2 行：{uscc(9)} 标为“抽签”，但所给的抽签记录都没有抽中它；"
        "只有记录中抽中的企业才算“抽签”"
    ), err


# ------------------------------------------------------------ CSV files a clerk saves (load/)


def test_csv_an_unknown_column_names_the_header_row_and_the_fix_in_chinese(
    zh_runner: CliRunner, tmp_path: Path
) -> None:
    listing = tmp_path / "名单.csv"
    listing.write_text("市州;统一社会信用代码\n", encoding="utf-8")
    code, _, err = run(zh_runner, "validate", str(listing))
    assert code == exitcodes.BAD_INPUT
    first = err.splitlines()[0]
    assert first.startswith(
        f"错误 {listing}，表头（第 1 行）：第 1 列“市州;统一社会信用代码”不是可识别的列名"
        "（各列像是用分号分隔的；CSV 需要用英文逗号分隔）；可用的列："
    ), err
    assert f"错误 {listing}，表头（第 1 行）：缺少列 " in err


def test_csv_unknown_column_stays_english_under_crossdraw_lang_en(
    runner: CliRunner, tmp_path: Path
) -> None:
    listing = tmp_path / "list.csv"
    listing.write_text("市州;统一社会信用代码\n", encoding="utf-8")
    err = run(runner, "validate", str(listing))[2]
    assert err.startswith(
        f"error {listing}, header (row 1): unknown column 1 '市州;统一社会信用代码' "
        "(the columns seem separated by semicolons; CSV needs ASCII commas); accepted columns: "
    ), err


def test_csv_an_empty_file_and_a_row_with_an_unquoted_comma_read_in_chinese(
    zh_runner: CliRunner, tmp_path: Path
) -> None:
    empty = tmp_path / "空.csv"
    empty.write_text("", encoding="utf-8")
    assert run(zh_runner, "validate", str(empty))[2].strip() == f"错误 {empty}：是空文件"
    stray = tmp_path / "多列.csv"
    stray.write_text("市州,统一社会信用代码,来源\n湘潭市,914303813658594671,抽签,1,2\n", "utf-8")
    assert run(zh_runner, "validate", str(stray))[2].strip() == (
        f"错误 {stray}，第 2 行：有 5 个单元格，但表头只有 3 列；含逗号的内容必须用英文双引号括起来"
    )


def test_csv_a_workbook_saved_as_csv_is_named_in_chinese(
    zh_runner: CliRunner, tmp_path: Path
) -> None:
    fake = tmp_path / "名单.csv"
    fake.write_bytes(b"PK\x03\x04\x00\x00binary")
    err = run(zh_runner, "validate", str(fake))[2].strip()
    assert err == (
        f"错误 {fake}：含有 NUL 字节，像是Excel 工作簿（.xlsx）或其他压缩文件，不是 CSV 文本；"
        "请在 Excel 中“另存为”“CSV UTF-8(逗号分隔)”"
    )
