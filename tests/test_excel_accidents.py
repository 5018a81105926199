"""The accidents Excel and WPS make of a list (E1, E3, a LIST), in every workbook format.

Each accident gets a message naming the cell (or row) and what to do, Chinese first:
an id stored as a number or saved as 9.14303E+17, a code that lost its leading
characters, dates kept as numbers or as text, merged cells, hidden rows, empty rows and
columns after the list, a cover page before it; and a workbook that cannot be read
(password, WPS .et, damaged, too big) is refused saying what to do.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from crossdraw.domain import uscc
from crossdraw.domain.errors import InputError
from crossdraw.domain.geography import bundled_geography
from crossdraw.load import workbook
from crossdraw.load.enterprises import load_enterprises
from crossdraw.load.exclusions import load_exclusions
from crossdraw.load.listfile import load_list
from tests import workbooks
from tests.workbooks import Sheet

GEO = bundled_geography()
ZH = ["统一社会信用代码", "企业名称", "市州", "县市区", "行业"]
FORMATS = pytest.mark.parametrize("suffix", workbooks.SUFFIXES)
AS_TEXT = "请把该列设为“文本”格式，再重新输入或粘贴原始内容"


def code(division: str, serial: int) -> str:
    body = f"91{division}{serial:09d}"
    return body + uscc.check_character(body)


A = code("430302", 1)  # 湘潭市 雨湖区
B = code("430302", 2)
C = code("430321", 3)  # 湘潭市 湘潭县


def row(uscc_code: Any, name: str = "甲", county: str = "雨湖区") -> list[Any]:
    return [uscc_code, name, "湘潭市", county, "机械"]


def problems_of(call: Any, *args: Any, **kw: Any) -> list[str]:
    with pytest.raises(InputError) as exc:
        call(*args, **kw)
    return [str(p) for p in exc.value.problems]


# --- ids ---------------------------------------------------------------------------------


@FORMATS
def test_e1_a_uscc_stored_as_a_number_is_refused_naming_the_cell(
    tmp_path: Path, suffix: str
) -> None:
    path = workbooks.one(tmp_path / f"list{suffix}", [ZH, row(A), row(9.14303021234568e17)])
    assert problems_of(load_enterprises, path, GEO) == [
        f"{path}, sheet 企业名单, A3: 统一社会信用代码 (id) 存成了数字 9.14303021234568E+17："
        f"Excel 的数字只保留 15 位有效数字，18 位的代码已经变了。{AS_TEXT} (is stored as the "
        "number 9.14303021234568E+17: Excel keeps only 15 digits of a number, so the "
        "18-character code is lost; format the column as 文本 (text) and type it again)"
    ]


def test_e1_a_uscc_saved_from_excel_as_9_14e17_is_refused_in_a_csv(tmp_path: Path) -> None:
    # Excel shows a long number as 9.14303E+17 and saves a CSV as shown: the code is gone.
    path = tmp_path / "list.csv"
    path.write_text(
        "id,name,prefecture,county,sector\n"
        f"{A},甲,湘潭市,雨湖区,机械\n9.14303E+17,乙,湘潭市,雨湖区,机械\n",
        encoding="utf-8",
    )
    assert problems_of(load_enterprises, path, GEO) == [
        f"{path}, row 3: 统一社会信用代码 (id) 是科学计数法的数字 9.14303E+17：Excel 把代码当成"
        "数字显示成这样并照此保存，原来的代码已经丢失。请在原始表格中把该列设为“文本”格式，"
        "重新输入代码后再保存 (is the number 9.14303E+17 in scientific notation: Excel showed "
        "the code as a number and saved it so, and the code is lost; format the column as "
        "文本 (text), type the codes again and save)"
    ]


@FORMATS
def test_e1_a_uscc_kept_as_the_text_9_14e17_is_refused_naming_the_cell(
    tmp_path: Path, suffix: str
) -> None:
    path = workbooks.one(tmp_path / f"list{suffix}", [ZH, row(A), row("9.14303E+17")])
    (message,) = problems_of(load_enterprises, path, GEO)
    assert message.startswith(
        f"{path}, sheet 企业名单, A3: 统一社会信用代码 (id) 是科学计数法的数字 9.14303E+17："
    )


@FORMATS
def test_e1_a_short_code_stored_as_a_number_says_leading_zeros_are_dropped(
    tmp_path: Path, suffix: str
) -> None:
    path = workbooks.one(tmp_path / f"list{suffix}", [ZH, row(A), row(12345)])
    assert problems_of(load_enterprises, path, GEO) == [
        f"{path}, sheet 企业名单, A3: 统一社会信用代码 (id) 存成了数字 12345：数字会去掉开头的 0 "
        f"等字符，代码可能已经不完整。{AS_TEXT} (is stored as the number 12345: a number drops "
        "leading zeros, so the code may be cut short; format the column as 文本 (text) and "
        "type it again)"
    ]


def test_e1_a_code_that_lost_its_leading_character_is_named_in_the_warning(
    tmp_path: Path,
) -> None:
    path = workbooks.one(tmp_path / "list.xlsx", [ZH, row(A), row(B[1:], "乙")])
    listing = load_enterprises(path, GEO)
    assert [str(w) for w in listing.warnings] == [
        f"{path}, sheet 企业名单, A3: 统一社会信用代码 (id) {B[1:]} is not a valid USCC: a USCC "
        "has 18 characters, this one has 17；少了 1 位：开头的字符可能在存成数字或复制时丢了"
        "（数字会去掉开头的 0），请核对原始代码 (1 short: its leading characters may have been "
        "lost) (kept as typed)"
    ]


def test_e1_a_list_id_that_lost_its_leading_character_points_to_the_whole_one(
    tmp_path: Path,
) -> None:
    listing = load_enterprises(workbooks.one(tmp_path / "ents.xlsx", [ZH, row(A), row(C)]), GEO)
    header = ["市州", "统一社会信用代码", "来源"]
    path = workbooks.one(tmp_path / "list.xlsx", [header, ["湘潭市", C[1:], "抽签"]], "名单")
    assert problems_of(load_list, path, GEO, listing.by_id()) == [
        f"{path}, sheet 名单, B2: 统一社会信用代码 (id) {C[1:]} is not in the enterprise list；"
        f"名单中有 {C}：开头的字符可能在存成数字或复制时丢了，请核对 (the list has {C}: its "
        "leading characters may have been lost)"
    ]


# --- dates -------------------------------------------------------------------------------


@FORMATS
def test_e3_dates_as_serials_as_text_and_as_chinese_dates_are_read(
    tmp_path: Path, suffix: str
) -> None:
    header = [*ZH, "上次检查日期"]
    rows = [
        header,
        [*row(A), 44257],  # a date kept as Excel's number for it
        [*row(B, "乙"), "2021年3月2日"],
        [*row(C, "丙", "湘潭县"), dt.date(2021, 3, 2)],
        [*row(code("430302", 4), "丁"), "2021/3/2"],
        [*row(code("430302", 5), "戊"), "20210302"],
    ]
    path = workbooks.one(tmp_path / f"list{suffix}", rows)
    listing = load_enterprises(path, GEO)
    assert {e.last_inspected for e in listing.enterprises} == {dt.date(2021, 3, 2)}
    where = f"{path}, sheet 企业名单"
    assert [str(w) for w in listing.warnings] == [
        f"{where}, F2: 上次检查日期 (last_inspected) 存成了数字 44257，按 Excel 的日期读作 "
        "2021-03-02；请把该列设为“日期”格式 (was stored as the number 44257; read as the Excel "
        "date 2021-03-02. Format the column as a date (日期))",
        f"{where}, F6: 上次检查日期 (last_inspected) 写成了数字 20210302，读作 2021-03-02 (was "
        "typed as the number 20210302; read as 2021-03-02)",
    ]


def test_e3_a_serial_saved_into_a_csv_is_read_as_the_date_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "id,name,prefecture,county,sector,last_inspected\n"
        f"{A},甲,湘潭市,雨湖区,机械,44257\n{B},乙,湘潭市,雨湖区,机械,2021年3月2日\n",
        encoding="utf-8",
    )
    listing = load_enterprises(path, GEO)
    assert [e.last_inspected for e in listing.enterprises] == [dt.date(2021, 3, 2)] * 2
    (warning,) = [str(w) for w in listing.warnings]
    assert warning.startswith(f"{path}, row 2: 上次检查日期 (last_inspected) 存成了数字 44257，")


def test_a_lists_visit_dates_as_chinese_text_and_as_date_cells_are_read(tmp_path: Path) -> None:
    listing = load_enterprises(workbooks.one(tmp_path / "ents.xlsx", [ZH, row(A)]), GEO)
    header = ["市州", "统一社会信用代码", "来源", "开始日期", "结束日期"]
    path = workbooks.one(
        tmp_path / "list.ods",
        [header, ["湘潭市", A, "抽签", "2021年6月1日", dt.date(2021, 6, 2)]],
        "名单",
    )
    (entry,) = load_list(path, GEO, listing.by_id()).rows
    assert (entry.start, entry.end, entry.all_day) == (
        dt.datetime(2021, 6, 1),
        dt.datetime(2021, 6, 2),
        True,
    )


# --- merged cells, hidden rows, trailing rows and columns, cover pages ----------------------


@FORMATS
def test_e1_a_merged_title_above_the_header_is_passed_over(tmp_path: Path, suffix: str) -> None:
    rows = [["湘潭市工贸行业企业名单（2021年）", "", "", "", ""], ZH, row(A)]
    path = workbooks.one(tmp_path / f"list{suffix}", rows, merged=["A1:E1"])
    listing = load_enterprises(path, GEO)
    assert [(e.id, e.row) for e in listing.enterprises] == [(A, 3)]
    assert listing.warnings == ()


@FORMATS
def test_e1_merged_cells_in_the_list_are_refused_naming_them(tmp_path: Path, suffix: str) -> None:
    # A prefecture merged down its enterprises: only the first cell holds it.
    rows = [ZH, row(A), [B, "乙", "", "雨湖区", "机械"], row(C, "丙", "湘潭县")]
    path = workbooks.one(tmp_path / f"list{suffix}", rows, merged=["C2:C3"])
    assert problems_of(load_enterprises, path, GEO) == [
        f"{path}, sheet 企业名单, C2:C3: 是合并单元格：只有 C2 有内容，其余是空的。请选中这些"
        "单元格，点“合并后居中”取消合并，再把内容填进每一个单元格 (merged cells: only C2 holds "
        "the value; unmerge them and fill in every cell)"
    ]


def test_e1_merged_header_cells_are_named_beside_the_unnamed_column(tmp_path: Path) -> None:
    rows = [[*ZH[:3], "", ZH[4]], row(A)]
    path = workbooks.one(tmp_path / "list.xlsx", rows, merged=["C1:D1"])
    found = problems_of(load_enterprises, path, GEO)
    assert found[0].startswith(f"{path}, sheet 企业名单, C1:D1: 是合并单元格：只有 C1 有内容")
    assert f"{path}, sheet 企业名单, header (row 1): column D has no name in the header row" in (
        found
    )


@FORMATS
def test_e1_hidden_rows_are_refused_naming_them(tmp_path: Path, suffix: str) -> None:
    rows = [ZH, row(A), row(B, "乙"), row(C, "丙", "湘潭县")]
    path = workbooks.one(tmp_path / f"list{suffix}", rows, hidden=[3, 4])
    assert problems_of(load_enterprises, path, GEO) == [
        f"{path}, sheet 企业名单, rows 3, 4: 这些行在工作表中被隐藏或被筛选掉了，但隐藏的行同样会"
        "被读取、参加抽签：请取消隐藏（全选 → 右键 → 取消隐藏）并清除筛选，确认这些企业都应在"
        "名单中；不应在名单中的请删除这些行 (hidden or filtered-out rows are read like any "
        "other: unhide them and check them; delete the rows that are not to be in the list)"
    ]


@FORMATS
def test_e1_a_hidden_blank_row_or_a_hidden_note_above_the_header_is_no_matter(
    tmp_path: Path, suffix: str
) -> None:
    rows = [["填报说明"], ZH, row(A), [], row(B, "乙")]
    path = workbooks.one(tmp_path / f"list{suffix}", rows, hidden=[1, 4])
    assert [e.id for e in load_enterprises(path, GEO).enterprises] == [A, B]


@FORMATS
def test_e1_empty_trailing_rows_and_columns_are_no_matter(tmp_path: Path, suffix: str) -> None:
    blank = ["  ", "", "", "", "", "", "   "]
    rows = [[*ZH, "", " "], [*row(A), "", ""], blank, blank, ["", "", "", "", "", "", " "]]
    path = workbooks.one(tmp_path / f"list{suffix}", rows)
    listing = load_enterprises(path, GEO)
    assert [e.id for e in listing.enterprises] == [A]
    assert listing.warnings == ()


@FORMATS
def test_e1_a_value_beyond_the_named_columns_is_named_by_its_cell(
    tmp_path: Path, suffix: str
) -> None:
    rows = [ZH, row(A), [*row(B, "乙"), "", "", "备注：已停产"]]
    path = workbooks.one(tmp_path / f"list{suffix}", rows)
    assert problems_of(load_enterprises, path, GEO) == [
        f"{path}, sheet 企业名单, H3: H 列在表头中没有列名，但这里有内容 '备注：已停产'：请删除它，"
        "或在表头写上列名 (column H has no name in the header row; delete the value or name "
        "the column)"
    ]


@FORMATS
def test_e1_a_cover_page_is_passed_over_and_the_sheet_read_is_named(
    tmp_path: Path, suffix: str
) -> None:
    path = workbooks.write(
        tmp_path / f"list{suffix}",
        Sheet("封面", [["湘潭市工贸行业企业名单"], ["湘潭市应急管理局 2021年5月"]]),
        Sheet("名单", [["企业名单"], ZH, row(A)]),
        Sheet("统计", [["县市区", "家数"], ["雨湖区", 1]]),
    )
    listing = load_enterprises(path, GEO)
    assert [(e.id, e.row) for e in listing.enterprises] == [(A, 3)]
    assert [str(w) for w in listing.warnings] == [
        f"{path}: 读取的是工作表“名单”（第 2 个，共 3 个）；前面的工作表 封面 中没有表头 "
        "(no header row in 封面) (read sheet '名单', 2 of 3)"
    ]


def test_e1_a_workbook_with_no_header_anywhere_reports_on_its_first_sheet(
    tmp_path: Path,
) -> None:
    path = workbooks.write(
        tmp_path / "list.xlsx", Sheet("封面", [["名单见下页"]]), Sheet("其他", [["无关"]])
    )
    found = problems_of(load_enterprises, path, GEO)
    assert found[0].startswith(f"{path}, sheet 封面, header (row 1): unknown column A '名单见下页'")


# --- refusals: exit 2 and what to do ------------------------------------------------------


def test_a_wps_et_workbook_is_refused_saying_how_to_save_it(tmp_path: Path) -> None:
    path = tmp_path / "名单.et"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert problems_of(load_enterprises, path, GEO) == [
        f"{path}: 是 WPS 表格的 .et 文件，无法直接读取：请在 WPS 中选择 文件 → 另存为，文件类型选"
        "“Microsoft Excel 文件 (*.xlsx)”后再试 (a WPS .et workbook: save it from WPS as .xlsx)"
    ]


def test_a_zip_bomb_is_refused_by_its_declared_size_before_it_is_unpacked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workbook, "MAX_UNPACKED", 1 << 20)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"<" + b" " * (2 << 20) + b"/>")
    (message,) = problems_of(load_enterprises, path, GEO)
    assert message.startswith(f"{path}: 解压后有 2,097,155 字节，超过 1,048,576 字节的上限")
    assert message.endswith("(unpacks to 2,097,155 bytes, more than the 1,048,576 a list needs)")


def corner_cell(path: Path, cell: str) -> Path:
    """A two-cell workbook whose second cell is `cell` (XFD1048576: the last of the grid)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "统一社会信用代码"
    ws[cell] = " "
    wb.save(path)
    return path


def test_a_stray_cell_far_away_is_refused_before_it_exhausts_memory(tmp_path: Path) -> None:
    # calamine would hold 1,048,576 x 16,384 cells (550 GB) and abort the process.
    path = corner_cell(tmp_path / "list.xlsx", "XFD1048576")
    assert problems_of(load_enterprises, path, GEO) == [
        f"{path}, sheet Sheet: 的已用区域是 A1:XFD1048576（1,048,576 行 × 16,384 列），太大，"
        "无法读取：通常是远处的单元格（如 XFD1048576）里有空格或内容。请选中数据右侧的空列和下方"
        "的空行，右键“删除”，保存后再试 (its used range A1:XFD1048576 is too big; delete the "
        "empty columns and rows beyond the list)"
    ]


def test_a_long_but_narrow_used_range_is_within_bounds(tmp_path: Path) -> None:
    path = corner_cell(tmp_path / "list.xlsx", "E3000")
    found = problems_of(load_enterprises, path, GEO)
    assert found[0].startswith(f"{path}, sheet Sheet, header (row 1): missing column")


def test_a_password_protected_workbook_is_refused_saying_how_to_clear_it(
    tmp_path: Path,
) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = workbooks.one(tmp_path / "plain.xlsx", [ZH, row(A)])
    locked = io.BytesIO()
    with plain.open("rb") as fh:
        OOXMLFile(fh).encrypt("123456", locked)
    path = tmp_path / "locked.xlsx"
    path.write_bytes(locked.getvalue())
    assert problems_of(load_enterprises, path, GEO) == [
        f"{path}: 设置了打开密码（已加密），无法读取：请在 Excel 中选择 文件 → 信息 → 保护工作簿 → "
        "用密码进行加密，清除密码后保存；WPS 中为 文件 → 文档加密 → 密码加密 (is "
        "password-protected: clear the password and save it again)"
    ]


@FORMATS
def test_a_truncated_workbook_is_refused_saying_to_save_it_again(
    tmp_path: Path, suffix: str
) -> None:
    whole = workbooks.one(tmp_path / f"whole{suffix}", [ZH, row(A)]).read_bytes()
    path = tmp_path / f"cut{suffix}"
    path.write_bytes(whole[: len(whole) // 2])
    (message,) = problems_of(load_enterprises, path, GEO)
    assert message.startswith(f"{path}")
    assert "无法读取，文件已损坏或不完整 (damaged or incomplete: " in message
    assert message.endswith(
        "请在 Excel 或 WPS 中打开，另存为“Excel 工作簿 (*.xlsx)”后再试 (open it and save it "
        "again as .xlsx)"
    )


# --- exclusion files (E3) go through the same reader ---------------------------------------


@FORMATS
def test_e3_an_exclusion_workbook_is_read_like_a_csv(tmp_path: Path, suffix: str) -> None:
    rows = [["排除名单"], ["统一社会信用代码", "企业名称", "原因"], [A, "甲", "已关闭"]]
    path = workbooks.one(tmp_path / f"exclude{suffix}", rows, "排除", merged=["A1:C1"])
    assert load_exclusions(path) == {A: "已关闭"}
    bad = workbooks.one(
        tmp_path / f"bad{suffix}",
        [["统一社会信用代码", "原因"], [9.14303021234568e17, "已关闭"], [B, ""]],
        "排除",
    )
    found = problems_of(load_exclusions, bad)
    assert found[0].startswith(f"{bad}, sheet 排除, A2: 统一社会信用代码 (id) 存成了数字")
    assert found[1] == (
        f"{bad}, sheet 排除, B3: empty 原因 (reason): E3 needs a reason for every exclusion"
    )


# --- a text-only sheet takes the CSV's fast path, with the row checker's answers ------------


def by_rows(path: Path) -> Any:
    """The row checker alone on the sheet's cells (the bulk reader is given nothing)."""
    from crossdraw.load import enterprises
    from crossdraw.load.table import open_table

    table = open_table(path, known=enterprises.KNOWN_HEADERS)
    table.grid = None  # `typed` then makes no text columns
    return enterprises._check(table, GEO, False)


def outcome(read: Any) -> tuple[object, ...]:
    try:
        listing = read()
    except InputError as exc:
        return ("refused", tuple(str(p) for p in exc.problems))
    return ("read", listing.enterprises, tuple(str(w) for w in listing.warnings))


TRICKY = [
    ' 甲 "厂" ',  # quotes
    "甲,乙厂",  # a comma
    "甲厂\n二车间",  # a line break (Alt+Enter)
    "=甲厂",
    "",  # an empty name
    "甲厂\r",
]


@pytest.mark.parametrize("name", TRICKY)
@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_e1_a_text_sheet_read_as_csv_text_gives_the_row_checkers_answers(
    tmp_path: Path, suffix: str, name: str
) -> None:
    rows = [
        ["名单"],
        [*ZH, "类别"],
        [*row(A), "金属冶炼"],
        [*row(B, name), ""],
        row(C, "丙", "湘潭县"),
    ]
    path = workbooks.one(tmp_path / f"list{suffix}", rows)
    fast = outcome(lambda: load_enterprises(path, GEO))
    assert fast == outcome(lambda: by_rows(path))


def test_e1_a_clean_text_sheet_is_read_in_bulk(tmp_path: Path) -> None:
    from crossdraw.load import bulk

    path = workbooks.one(tmp_path / "list.xlsx", [["名单"], ZH, row(A), row(C, "丙", "湘潭县")])
    listing = load_enterprises(path, GEO)
    assert isinstance(listing.rows, bulk.ColumnRows)
    assert [(e.id, e.row) for e in listing.enterprises] == [(A, 3), (C, 4)]
    assert outcome(lambda: listing) == outcome(lambda: by_rows(path))


@pytest.mark.parametrize("suffix", workbooks.SUFFIXES)
def test_e1_a_sheet_with_date_and_yes_no_cells_is_read_in_bulk_too(
    tmp_path: Path, suffix: str
) -> None:
    from crossdraw.load import bulk

    header = [*ZH, "省厅直接执法", "上次检查日期"]
    rows = [
        header,
        [*row(A), False, dt.date(2021, 3, 2)],
        [*row(B, "乙"), "否", 44257],  # a serial: read with a warning
        [*row(C, "丙", "湘潭县"), True, ""],
    ]
    path = workbooks.one(tmp_path / f"list{suffix}", rows)
    listing = load_enterprises(path, GEO)
    assert isinstance(listing.rows, bulk.ColumnRows)
    assert [(e.provincial_direct, e.last_inspected) for e in listing.enterprises] == [
        (False, dt.date(2021, 3, 2)),
        (False, dt.date(2021, 3, 2)),
        (True, None),
    ]
    assert outcome(lambda: listing) == outcome(lambda: by_rows(path))
    (warning,) = [str(w) for w in listing.warnings]
    assert warning.startswith(
        f"{path}, sheet 企业名单, G3: 上次检查日期 (last_inspected) 存成了数字"
    )


@pytest.mark.parametrize("bad", [9.14303021234568e17, dt.time(9, 30)])
def test_e1_a_typed_cell_that_cannot_be_text_leaves_the_sheet_to_the_row_checker(
    tmp_path: Path, bad: Any
) -> None:
    header = [*ZH, "上次检查日期"]
    rows = [header, [*row(A), dt.date(2021, 3, 2)], [*row(B, "乙"), bad]]
    if isinstance(bad, float):
        rows[2][0] = bad
    path = workbooks.one(tmp_path / "list.xlsx", rows)
    fast = outcome(lambda: load_enterprises(path, GEO))
    assert fast[0] == "refused"
    assert fast == outcome(lambda: by_rows(path))


def test_e1_an_xlsm_workbook_is_read_as_an_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsm"
    path.write_bytes(workbooks.one(tmp_path / "list.xlsx", [ZH, row(A)]).read_bytes())
    listing = load_enterprises(path, GEO)
    assert ([e.id for e in listing.enterprises], listing.encoding) == ([A], "xlsm")


def test_e1_a_text_sheet_not_in_nfc_is_read_in_bulk_as_nfc(tmp_path: Path) -> None:
    from crossdraw.load import bulk

    decomposed = "Cafe\u0301 甲厂"  # é typed as e + a combining accent
    path = workbooks.one(tmp_path / "list.xlsx", [ZH, row(A, decomposed), row(C, "丙", "湘潭县")])
    listing = load_enterprises(path, GEO)
    assert isinstance(listing.rows, bulk.ColumnRows)
    assert listing.enterprises[0].name == "Caf\u00e9 甲厂"
    assert outcome(lambda: listing) == outcome(lambda: by_rows(path))


def test_e1_an_id_with_e_and_digits_inside_is_no_scientific_number(tmp_path: Path) -> None:
    body = "91430302MA4E12345"  # a valid USCC may hold an E followed by digits
    lettered = body + uscc.check_character(body)
    path = workbooks.one(tmp_path / "list.xlsx", [ZH, row(lettered), row(C, "丙", "湘潭县")])
    listing = load_enterprises(path, GEO)
    assert [e.id for e in listing.enterprises] == [lettered, C]
    assert outcome(lambda: listing) == outcome(lambda: by_rows(path))


# --- .xlsb: the same guards as .xlsx, read from its binary records ------------------------


def test_e1_hidden_rows_in_an_xlsb_are_refused_naming_them(tmp_path: Path) -> None:
    rows = [["名单"], ZH, row(A), row(B, "乙"), row(C, "丙", "湘潭县")]
    path = workbooks.one(tmp_path / "list.xlsb", rows, hidden=[1, 4])
    assert problems_of(load_enterprises, path, GEO) == [
        f"{path}, sheet 企业名单, row 4: 这些行在工作表中被隐藏或被筛选掉了，但隐藏的行同样会"
        "被读取、参加抽签：请取消隐藏（全选 → 右键 → 取消隐藏）并清除筛选，确认这些企业都应在"
        "名单中；不应在名单中的请删除这些行 (hidden or filtered-out rows are read like any "
        "other: unhide them and check them; delete the rows that are not to be in the list)"
    ]


def test_e1_an_xlsb_list_gives_the_same_enterprises_as_the_xlsx(tmp_path: Path) -> None:
    rows = [["名单"], ZH, row(A), row(B, "乙"), row(C, "丙", "湘潭县")]
    xlsb = load_enterprises(workbooks.one(tmp_path / "list.xlsb", rows), GEO)
    xlsx = load_enterprises(workbooks.one(tmp_path / "list.xlsx", rows), GEO)
    assert xlsb.enterprises == xlsx.enterprises


def test_a_stray_cell_far_away_in_an_xlsb_is_refused_before_it_exhausts_memory(
    tmp_path: Path,
) -> None:
    far = {"dimension": (0, 1_048_575, 0, 16_383)}  # BrtWsDim: A1:XFD1048576
    path = workbooks.one(tmp_path / "list.xlsb", [ZH, row(A)], extra=far)
    assert problems_of(load_enterprises, path, GEO) == [
        f"{path}, sheet 企业名单: 的已用区域是 A1:XFD1048576（1,048,576 行 × 16,384 列），太大，"
        "无法读取：通常是远处的单元格（如 XFD1048576）里有空格或内容。请选中数据右侧的空列和下方"
        "的空行，右键“删除”，保存后再试 (its used range A1:XFD1048576 is too big; delete the "
        "empty columns and rows beyond the list)"
    ]


def test_an_xlsb_sheet_whose_records_are_cut_short_is_read_without_its_marks() -> None:
    assert list(workbook._xlsb_records(b"\x94\x01\x10\x00\x00")) == []  # 16 bytes promised
    with pytest.raises(ValueError):
        list(workbook._xlsb_records(b"\x94"))
