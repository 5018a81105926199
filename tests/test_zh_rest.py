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


# ------------------------------------------------------------ enterprise list cells, plan YAML

ENTERPRISES_HEADER = "id,name,prefecture,county,sector,tags,provincial_direct\n"
ROW = "91430302020461162D,湘潭汇通预拌砂浆有限公司,{pref},{county},建材,{tags},false\n"


def test_e1_enterprise_list_typos_name_the_row_and_the_nearest_name_in_chinese(
    zh_runner: CliRunner, tmp_path: Path
) -> None:
    listing = tmp_path / "企业.csv"
    listing.write_text(
        ENTERPRISES_HEADER
        + ROW.format(pref="湘潭市", county="雨糊区", tags="")
        + ROW.format(pref="湘谭市", county="雨湖区", tags="").replace("2D,", "3E,", 1)
        + ROW.format(pref="湘潭市", county="雨湖区", tags="metal").replace("2D,", "4F,", 1),
        encoding="utf-8",
    )
    code, _, err = run(zh_runner, "pool", "--group", "1", "--enterprises", str(listing))
    assert code == exitcodes.BAD_INPUT
    lines = err.splitlines()
    assert lines[0] == (
        f"错误 {listing}，第 2 行：县市区“雨糊区”不是湘潭市的县市区，您是不是要输入“雨湖区”；"
        "湘潭市的县市区有：雨湖区、岳塘区、湘潭县、湘乡市、韶山市"
    )
    assert lines[1].startswith(
        f"错误 {listing}，第 3 行：未知的市州“湘谭市”，您是不是要输入“湘潭市”；已知的市州：长沙市、"
    )
    assert lines[2].startswith(f"错误 {listing}，第 4 行：未知的类别“metal”；可以填写：")


def test_e1_enterprise_list_typo_keeps_its_english_under_crossdraw_lang_en(
    runner: CliRunner, tmp_path: Path
) -> None:
    listing = tmp_path / "e.csv"
    listing.write_text(ENTERPRISES_HEADER + ROW.format(pref="湘潭市", county="雨糊区", tags=""))
    err = run(runner, "pool", "--group", "1", "--enterprises", str(listing))[2]
    assert err.splitlines()[0] == (
        f"error {listing}, row 2: 县市区 (county) '雨糊区' is not a county of 湘潭市 "
        "(did you mean 雨湖区?); its counties: 雨湖区, 岳塘区, 湘潭县, 湘乡市, 韶山市"
    )


def test_p1_plan_yaml_key_typos_and_tabs_read_in_chinese(
    zh_runner: CliRunner, tmp_path: Path
) -> None:
    plan = tmp_path / "方案.yaml"
    text = (Path(__file__).resolve().parent.parent / "data" / "groups.yaml").read_text("utf-8")
    text = text.replace("  min_counties: 2 ", "  min_countes: 2 ", 1)
    text = text.replace("  per_prefecture: 2 ", "  per_prefecture: two ", 1)
    plan.write_text(text, encoding="utf-8")
    code, _, err = run(zh_runner, "plan", "check", "--groups", str(plan))
    assert code == exitcodes.BAD_INPUT
    lines = err.splitlines()
    assert lines[0] == f"错误 {plan}，rules.per_prefecture（第 14 行）：必须是整数，不能是 'two'"
    assert lines[1].startswith(
        f"错误 {plan}，rules.min_countes（第 15 行）：未知的键“min_countes”："
        "不允许多余的键（是不是写错了？）；这里可以用：members_per_group, "
    )
    tabs = tmp_path / "tabs.yaml"
    tabs.write_text("plan:\n\ttitle: x\n", encoding="utf-8")
    err = run(zh_runner, "plan", "check", "--groups", str(tabs))[2]
    assert err.startswith(
        f"错误 {tabs}，第 2 行第 1 列：不是有效的 YAML：缩进用了制表符（Tab 键），请改用空格缩进"
    ), err


def test_p2_plan_unknown_prefecture_suggests_the_nearest_in_chinese(
    zh_runner: CliRunner, tmp_path: Path
) -> None:
    plan = tmp_path / "方案.yaml"
    text = (Path(__file__).resolve().parent.parent / "data" / "groups.yaml").read_text("utf-8")
    plan.write_text(text.replace("targets: [湘潭市", "targets: [湘谭市", 1), encoding="utf-8")
    code, _, err = run(zh_runner, "plan", "check", "--groups", str(plan))
    assert code == exitcodes.BAD_INPUT
    assert "：未知的市州“湘谭市”，您是不是要输入“湘潭市”；已知的市州（来自内置的湖南省" in err, err


# ------------------------------------------------------------ Excel accidents, exclusion files


def test_e1_merged_cells_and_the_sheet_read_are_named_in_chinese_only(
    zh_runner: CliRunner, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "封面"
    sheet = book.create_sheet("名单")
    sheet.append(["市州", "统一社会信用代码", "来源"])
    sheet.append(["湘潭市", "91430302MALJBE5W4L", "抽签"])
    sheet.append(["湘潭市", "914303813658594671", None])
    sheet.merge_cells("C2:C3")
    path = tmp_path / "名单.xlsx"
    book.save(path)
    code, _, err = run(zh_runner, "validate", str(path))
    assert code == exitcodes.BAD_INPUT
    assert (
        f"错误 {path}，工作表“名单”，单元格 C2:C3：是合并单元格：只有 C2 有内容，其余是空的。"
        "请选中这些单元格，点“合并后居中”取消合并，再把内容填进每一个单元格\n"
    ) in err
    assert "merged cells" not in err
    sheet.unmerge_cells("C2:C3")
    sheet["C3"] = "抽签"
    book.save(path)
    err = run(zh_runner, "validate", str(path))[2]
    assert (
        f"提示 {path}：读取的是工作表“名单”（第 2 个，共 2 个）；前面的工作表 封面 中没有表头\n"
        in err
    )
    assert "read sheet" not in err


def test_e3_an_exclusion_without_a_reason_and_twice_read_in_chinese(
    zh_runner: CliRunner, tmp_path: Path
) -> None:
    exclude = tmp_path / "排除.csv"
    exclude.write_text(
        "统一社会信用代码,原因\n914303813658594671,\n914303813658594671,重复\n", encoding="utf-8"
    )
    code, _, err = run(zh_runner, "pool", "--group", "1", "--exclude", str(exclude))
    assert code == exitcodes.BAD_INPUT
    assert err.splitlines() == [
        f"错误 {exclude}，第 2 行：原因为空：E3 每一条排除都必须写明原因",
        f"错误 {exclude}，第 3 行：统一社会信用代码 914303813658594671 在第 2 行已经排除过",
    ]


# ------------------------------------------------------------ verify: the ledger and the records


def test_c1_an_edited_record_reads_in_chinese_in_verify(
    zh_runner: CliRunner, project: Project
) -> None:
    records = draw_all(zh_runner, project)
    record = json.loads(records[0].read_text(encoding="utf-8"))
    logged = record["digest"]
    record["selected"][0]["name"] = "改过的名字"
    records[0].write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(zh_runner, "verify", str(project.out))
    assert code == exitcodes.MISMATCH
    assert f"：它记载的抽签记录 {records[0].name} 摘要是 " in out
    assert f"，账本中是 {logged}（记录被修改或替换了）" in out.replace("\n", "")
    assert f"    digest：记录中写的是 '{logged}'，重新推算得到 '" in out
    assert "the ledger says" not in out and "recomputed" not in out


def test_c1_a_ledger_cut_and_an_unlogged_record_read_in_chinese(
    zh_runner: CliRunner, project: Project
) -> None:
    records = draw_all(zh_runner, project)
    ledger = project.out / "ledger.jsonl"
    data = ledger.read_bytes()
    ledger.write_bytes(data[:-1])  # the last line loses its newline: the file was cut
    out = run(zh_runner, "verify", str(project.out))[1]
    assert "行：不完整：末尾没有换行（文件被截断了）" in out, out
    assert f"{records[-1].name}：账本 " in out.replace("\n", "")
    assert "中没有这份记录（不是 crossdraw draw 写的，或账本被截断了）" in out.replace("\n", "")


def test_c1_verify_keeps_its_english_under_crossdraw_lang_en(
    runner: CliRunner, project: Project
) -> None:
    records = draw_all(runner, project)
    record = json.loads(records[0].read_text(encoding="utf-8"))
    record["selected"][0]["name"] = "改过的名字"
    records[0].write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    out = run(runner, "verify", str(project.out))[1]
    assert f"    digest: record says '{record['digest']}', recomputed '" in out
    assert "(the record was edited or replaced)" in out.replace("\n", "")


def test_c1_voiding_a_draw_twice_is_refused_in_chinese(
    zh_runner: CliRunner, project: Project
) -> None:
    records = draw_all(zh_runner, project)
    args = ("void", str(records[0]), "--reason", "见证人未到场")
    assert run(zh_runner, *args)[0] == exitcodes.OK
    code, _, err = run(zh_runner, *args)
    assert code == exitcodes.BAD_INPUT
    assert err.strip().endswith("：已经作废过（ledger.jsonl 第 5 行：见证人未到场）"), err


def test_e1_a_code_excel_stored_as_a_number_names_the_cell_and_the_fix_in_chinese(
    zh_runner: CliRunner, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "名单"
    sheet.append(["市州", "统一社会信用代码", "来源"])
    sheet.append(["湘潭市", 914303813658594671, "抽签"])
    path = tmp_path / "名单.xlsx"
    book.save(path)
    code, _, err = run(zh_runner, "validate", str(path))
    assert code == exitcodes.BAD_INPUT
    assert err.strip() == (
        f"错误 {path}，工作表“名单”，单元格 B2：统一社会信用代码 (id) 存成了数字 "
        "9.14303813658595E+17：Excel 的数字只保留 15 位有效数字，18 位的代码已经变了。"
        "请把该列设为“文本”格式，再重新输入或粘贴原始内容"
    )


def test_c1_a_damaged_record_file_reads_in_chinese(zh_runner: CliRunner, tmp_path: Path) -> None:
    damaged = tmp_path / "record.json"
    damaged.write_text('{"a":\n', encoding="utf-8")
    code, _, err = run(zh_runner, "verify", str(damaged))
    assert code == exitcodes.BAD_INPUT
    assert err.strip() == (
        f"错误 {damaged}：不是抽签记录（JSON 无效：第 2 行第 1 列：Expecting value；"
        "文件可能被改坏或截断了）"
    )


def test_c1_verify_against_another_plan_reads_in_chinese(
    zh_runner: CliRunner, project: Project
) -> None:
    draw_all(zh_runner, project)
    other = project.root / "other.yaml"
    other.write_text(
        project.groups.read_text(encoding="utf-8").replace("第一组", "第九组", 1), encoding="utf-8"
    )
    code, out, _ = run(zh_runner, "verify", str(project.out), "--groups", str(other))
    assert code == exitcodes.MISMATCH
    flat = out.replace("\n", "")
    assert f"    plan.sha256：{other} 的 SHA-256 是 " in out
    assert "（不是抽签时用的那个文件）" in flat
    assert f"    group.name：记录中是 '第一组'，{other} 中是 '第九组'" in out


def test_q3_a_plan_naming_an_unknown_category_reads_in_chinese(
    zh_runner: CliRunner, tmp_path: Path
) -> None:
    plan = tmp_path / "方案.yaml"
    text = (Path(__file__).resolve().parent.parent / "data" / "groups.yaml").read_text("utf-8")
    plan.write_text(text.replace("any_of: [metal_smelting]", "any_of: [metal]", 1), "utf-8")
    code, _, err = run(zh_runner, "plan", "check", "--groups", str(plan))
    assert code == exitcodes.BAD_INPUT
    assert err.startswith(
        f"错误 {plan}，rules.requirements[0].any_of（第 17 行）：未知的类别 metal；"
        "可用的类别：metal_smelting、cement、"
    ), err


def test_c1_export_of_records_from_another_plan_year_reads_in_chinese(
    zh_runner: CliRunner, project: Project
) -> None:
    draw_all(zh_runner, project)
    other = project.root / "other.yaml"
    other.write_text(
        project.groups.read_text(encoding="utf-8").replace("year: 2025", "year: 2026", 1),
        encoding="utf-8",
    )
    args = [str(project.out), "--groups", str(other), "--enterprises", str(project.enterprises)]
    code, out, err = run(zh_runner, "export", *args, "--out", str(project.root / "x.xlsx"))
    assert code == exitcodes.BAD_INPUT, out
    assert "的抽签记录，不是《甲省交叉执法方案》（2026 年）的" in err, err
    assert "是《甲省交叉执法方案》（2025 年）" in err
    assert not _LATIN.search(err.split("：", 1)[1]), err
