"""Enterprise lists and LISTs as real .xlsx workbooks: title rows, typed cells, bad files."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from crossdraw.domain import uscc
from crossdraw.domain.errors import InputError
from crossdraw.domain.geography import bundled_geography
from crossdraw.load.enterprises import load_enterprises
from crossdraw.load.listfile import load_list
from crossdraw.load.table import excel_serial

GEO = bundled_geography()
ZH = ["统一社会信用代码", "企业名称", "市州", "县市区", "行业", "类别", "省厅直接执法"]


def code(division: str, serial: int) -> str:
    body = f"91{division}{serial:09d}"
    return body + uscc.check_character(body)


A = code("430302", 1)  # 湘潭市 雨湖区
C = code("430321", 3)  # 湘潭市 湘潭县


def book(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    title: str | None = None,
    sheet: str = "企业名单",
    extra_sheets: Sequence[str] = (),
) -> Path:
    """A workbook whose first sheet has an optional merged title row, then `rows`."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    if title is not None:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
    for row in rows:
        ws.append(list(row))
    for name in extra_sheets:
        wb.create_sheet(name)
    wb.save(path)
    return path


def set_raw_number(path: Path, cell: str, digits: str) -> None:
    """Store `digits` as the number XML of `cell`, as programs other than openpyxl can."""
    with zipfile.ZipFile(path) as zin:
        items = {n: zin.read(n) for n in zin.namelist()}
    xml = items["xl/worksheets/sheet1.xml"].decode()
    xml, n = re.subn(
        rf'<c r="{cell}"[^>]*?(/>|>.*?</c>)', f'<c r="{cell}" t="n"><v>{digits}</v></c>', xml
    )
    assert n == 1
    items["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as zout:
        for name, data in items.items():
            zout.writestr(name, data)


def problems_of(call: Any, *args: Any, **kw: Any) -> list[str]:
    with pytest.raises(InputError) as exc:
        call(*args, **kw)
    return [str(p) for p in exc.value.problems]


def test_header_below_a_merged_title_row_is_found(tmp_path: Path) -> None:
    path = book(
        tmp_path / "list.xlsx",
        [ZH, [A, "湘潭钢铁", "湘潭市", "雨湖区", "冶金", "金属冶炼；粉尘涉爆", "否"]],
        title="湘潭市工贸行业企业名单（2021年）",
    )
    listing = load_enterprises(path, GEO)
    (ent,) = listing.enterprises
    assert (ent.id, ent.prefecture, ent.tags, ent.row) == (
        A,
        "湘潭市",
        ("dust_explosion", "metal_smelting"),
        3,
    )
    assert listing.encoding == "xlsx"
    assert listing.warnings == ()


def test_header_below_title_and_note_rows_with_blank_rows_between(tmp_path: Path) -> None:
    path = book(
        tmp_path / "list.xlsx",
        [
            ["填报单位：湘潭市应急管理局", None, None, "填报日期：2021年5月"],
            [],
            ZH,
            [],
            [A, "湘潭钢铁", "湘潭市", "雨湖区", "冶金", None, None],
        ],
        title="湘潭市工贸行业企业名单",
    )
    (ent,) = load_enterprises(path, GEO).enterprises
    assert ent.row == 6


def test_a_cover_page_is_passed_over_and_a_sheet_can_be_named(tmp_path: Path) -> None:
    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = "说明"
    first.append(["本表填写说明"])
    second = wb.create_sheet("名单")
    second.append(ZH)
    second.append([A, "湘潭钢铁", "湘潭市", "雨湖区", "冶金", None, None])
    path = tmp_path / "two.xlsx"
    wb.save(path)
    assert [e.id for e in load_enterprises(path, GEO, sheet="名单").enterprises] == [A]
    listing = load_enterprises(path, GEO)
    assert [e.id for e in listing.enterprises] == [A]
    assert [str(w) for w in listing.warnings] == [
        f"{path}: 读取的是工作表“名单”（第 2 个，共 2 个）；前面的工作表 说明 中没有表头 "
        "(no header row in 说明) (read sheet '名单', 2 of 2)"
    ]
    found = problems_of(load_enterprises, path, GEO, sheet="说明")
    assert any(f.startswith(f"{path}, sheet 说明, header (row 1): missing column") for f in found)
    (missing,) = problems_of(load_enterprises, path, GEO, sheet="企业")
    assert missing == (
        f"{path}: 没有名为 '企业' 的工作表 (has no sheet '企业'); its sheets: '说明', '名单'"
    )


def test_sheet_option_on_a_csv_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(",".join(ZH) + "\n", encoding="utf-8")
    (message,) = problems_of(load_enterprises, path, GEO, sheet="名单")
    assert message.startswith("--sheet: ")


def test_an_18_digit_number_id_is_refused_as_excel_would_show_it(tmp_path: Path) -> None:
    # Excel holds a number as a double: 18 digits written by a program are rounded too.
    numeric = next(c for c in (code("430302", n) for n in range(1, 100)) if c.isdigit())
    path = book(tmp_path / "list.xlsx", [ZH, ["placeholder", "甲", "湘潭市", "雨湖区", "机械"]])
    set_raw_number(path, "A2", numeric)
    (message,) = problems_of(load_enterprises, path, GEO)
    shown = f"{float(numeric):.15G}"
    assert message.startswith(
        f"{path}, sheet 企业名单, A2: 统一社会信用代码 (id) 存成了数字 {shown}："
    )


def test_an_id_excel_turned_into_a_number_is_an_error_naming_the_cell(tmp_path: Path) -> None:
    path = book(
        tmp_path / "list.xlsx",
        [
            ZH,
            [A, "甲", "湘潭市", "雨湖区", "机械"],
            [914303021234567890, "乙", "湘潭市", "湘潭县", "机械"],
        ],
    )
    found = problems_of(load_enterprises, path, GEO)
    assert found == [
        f"{path}, sheet 企业名单, A3: 统一社会信用代码 (id) 存成了数字 9.14303021234568E+17："
        "Excel 的数字只保留 15 位有效数字，18 位的代码已经变了。请把该列设为“文本”格式，"
        "再重新输入或粘贴原始内容 (is stored as the number 9.14303021234568E+17: Excel keeps "
        "only 15 digits of a number, so the 18-character code is lost; format the column as "
        "文本 (text) and type it again)"
    ]


def test_row_errors_name_sheet_and_cell(tmp_path: Path) -> None:
    path = book(
        tmp_path / "list.xlsx",
        [ZH, [A, "甲", "湘谭市", "雨湖区", "机械"], [C, None, "湘潭市", "湘潭县", "化工"]],
        title="名单",
    )
    found = problems_of(load_enterprises, path, GEO)
    where = f"{path}, sheet 企业名单"
    assert found[0].startswith(f"{where}, C3: unknown 市州 (prefecture) '湘谭市'")
    assert f"{where}, B4: empty 企业名称 (name)" in found
    assert any(f.startswith(f"{where}, E4: unknown 行业 (sector) '化工'") for f in found)


def test_date_serial_in_a_date_column_is_recovered_with_a_warning(tmp_path: Path) -> None:
    header = [*ZH, "上次检查日期", "风险等级"]
    path = book(
        tmp_path / "list.xlsx",
        [
            header,
            [A, "甲", "湘潭市", "雨湖区", "机械", None, None, 44257, "较大风险"],
            [C, "乙", "湘潭市", "湘潭县", "机械", None, None, dt.datetime(2021, 1, 5), None],
            [code("430302", 9), "丙", "湘潭市", "雨湖区", "机械", None, None, "2020/12/1", None],
            [code("430302", 10), "丁", "湘潭市", "雨湖区", "机械", None, None, 20210302, None],
        ],
    )
    listing = load_enterprises(path, GEO)
    assert [e.last_inspected for e in listing.enterprises] == [
        dt.date(2021, 3, 2),
        dt.date(2021, 1, 5),
        dt.date(2020, 12, 1),
        dt.date(2021, 3, 2),
    ]
    assert listing.enterprises[0].risk_grade == "较大风险"
    warnings = [str(w) for w in listing.warnings]
    assert warnings == [
        f"{path}, sheet 企业名单, H2: 上次检查日期 (last_inspected) 存成了数字 44257，按 Excel "
        "的日期读作 2021-03-02；请把该列设为“日期”格式 (was stored as the number 44257; read "
        "as the Excel date 2021-03-02. Format the column as a date (日期))",
        f"{path}, sheet 企业名单, H5: 上次检查日期 (last_inspected) 写成了数字 20210302，读作 "
        "2021-03-02 (was typed as the number 20210302; read as 2021-03-02)",
    ]


def test_a_date_in_a_text_column_is_an_error(tmp_path: Path) -> None:
    path = book(tmp_path / "list.xlsx", [ZH, [A, "甲", "湘潭市", dt.datetime(2021, 3, 5), "机械"]])
    (message,) = problems_of(load_enterprises, path, GEO)
    assert message == (
        f"{path}, sheet 企业名单, D2: 县市区 (county) 被 Excel 变成了日期 2021-03-05：请把该列设为"
        "“文本”格式，再重新输入或粘贴原始内容 (holds the date 2021-03-05: Excel turned it into "
        "one; format the column as 文本 (text) and type it again)"
    )


def test_a_number_that_is_no_date_is_an_error(tmp_path: Path) -> None:
    path = book(
        tmp_path / "list.xlsx",
        [[*ZH, "上次检查日期"], [A, "甲", "湘潭市", "雨湖区", "机械", None, None, -3]],
    )
    (message,) = problems_of(load_enterprises, path, GEO)
    assert message == (
        f"{path}, sheet 企业名单, H2: 上次检查日期 (last_inspected) 是数字 -3，不是日期：请写成 "
        "2021-06-01 这样的日期 (is the number -3, not a date; write it like 2021-06-01, "
        "2021/06/01 or 2021-06-01 09:00)"
    )


def test_yes_no_as_excel_booleans_and_numbers_in_text_columns(tmp_path: Path) -> None:
    path = book(
        tmp_path / "list.xlsx",
        [
            ZH,
            [A, 12345, "湘潭市", "雨湖区", "机械", None, True],
            [C, "乙", "湘潭市", "湘潭县", "机械", None, False],
        ],
    )
    listing = load_enterprises(path, GEO)
    assert [(e.name, e.provincial_direct) for e in listing.enterprises] == [
        ("12345", True),
        ("乙", False),
    ]


def test_excel_serials_follow_excels_calendar() -> None:
    epoch_1900, epoch_1904 = dt.datetime(1899, 12, 30), dt.datetime(1904, 1, 1)
    assert excel_serial(1, epoch_1900) == dt.datetime(1900, 1, 1)
    assert excel_serial(61, epoch_1900) == dt.datetime(1900, 3, 1)
    assert excel_serial(44257.375, epoch_1900) == dt.datetime(2021, 3, 2, 9, 0)
    assert excel_serial(0, epoch_1904) is None
    assert excel_serial(1, epoch_1904) == dt.datetime(1904, 1, 2)


def test_an_empty_sheet_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    wb = Workbook()
    wb.save(path)
    (message,) = problems_of(load_enterprises, path, GEO)
    assert (
        message
        == f"{path}, sheet Sheet: 是空的：没有表头，也没有数据 (is empty: no header row and no data)"
    )


def test_a_header_only_sheet_lists_no_enterprises(tmp_path: Path) -> None:
    path = book(tmp_path / "list.xlsx", [ZH], title="名单")
    (message,) = problems_of(load_enterprises, path, GEO)
    assert message == f"{path}, sheet 企业名单: lists no enterprises (only a header row)"


def test_a_password_protected_workbook_is_a_clear_error(tmp_path: Path) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = book(tmp_path / "plain.xlsx", [ZH, [A, "甲", "湘潭市", "雨湖区", "机械"]])
    encrypted = io.BytesIO()
    with plain.open("rb") as fh:
        OOXMLFile(fh).encrypt("123456", encrypted)
    path = tmp_path / "locked.xlsx"
    path.write_bytes(encrypted.getvalue())
    (message,) = problems_of(load_enterprises, path, GEO)
    assert message.startswith(f"{path}: 设置了打开密码（已加密），无法读取：")
    assert message.endswith("(is password-protected: clear the password and save it again)")


DAMAGED = "无法读取，文件已损坏或不完整 (damaged or incomplete"
RESAVE = "请在 Excel 或 WPS 中打开，另存为“Excel 工作簿 (*.xlsx)”后再试 (open it and save it again as .xlsx)"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"PK\x03\x04 truncated", DAMAGED),
        (b"id,name\n1,2\n", "不是 Excel 或 WPS 工作簿 (it does not start like one)"),
        (b"", "是空文件 (is empty)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, DAMAGED),
    ],
    ids=["truncated zip", "csv renamed", "empty", "broken compound file"],
)
def test_a_damaged_or_foreign_file_is_a_clear_error(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    (message,) = problems_of(load_enterprises, path, GEO)
    assert message.startswith(f"{path}: {expected}")
    assert message.endswith(RESAVE)


def test_a_zip_that_is_no_workbook_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    (message,) = problems_of(load_enterprises, path, GEO)
    assert message.startswith(f"{path}: {DAMAGED}")


def test_damaged_sheet_xml_is_reported_not_raised(tmp_path: Path) -> None:
    path = book(tmp_path / "list.xlsx", [ZH, [A, "甲", "湘潭市", "雨湖区", "机械"]])
    with zipfile.ZipFile(path) as zin:
        items = {n: zin.read(n) for n in zin.namelist()}
    items["xl/worksheets/sheet1.xml"] = items["xl/worksheets/sheet1.xml"][:-40]
    with zipfile.ZipFile(path, "w") as zout:
        for name, data in items.items():
            zout.writestr(name, data)
    (message,) = problems_of(load_enterprises, path, GEO)
    assert message.startswith(f"{path}, sheet 企业名单: {DAMAGED}")


# --- a LIST as a workbook ---------------------------------------------------------------


def test_list_workbook_with_title_dates_and_cell_errors(tmp_path: Path) -> None:
    listing = load_enterprises(
        book(
            tmp_path / "ents.xlsx",
            [
                ZH,
                [A, "湘潭钢铁", "湘潭市", "雨湖区", "冶金", "金属冶炼"],
                [C, "乙", "湘潭市", "湘潭县", "机械"],
            ],
        ),
        GEO,
    )
    header = ["市州", "统一社会信用代码", "来源", "开始日期", "结束日期"]
    good = book(
        tmp_path / "list.xlsx",
        [
            header,
            ["湘潭市", A, "抽签", dt.datetime(2021, 6, 1), 44349],
            ["湘潭市", C, "建议", None, None],
        ],
        title="第一组检查名单",
        sheet="名单",
    )
    loaded = load_list(good, GEO, listing.by_id())
    first, second = loaded.rows
    assert (first.row, first.start, first.end, first.all_day) == (
        3,
        dt.datetime(2021, 6, 1),
        dt.datetime(2021, 6, 2),
        True,
    )
    assert second.source == "suggested"
    assert [str(w).split(": ")[0] for w in loaded.warnings] == [f"{good}, sheet 名单, E3"]

    bad = book(
        tmp_path / "bad.xlsx",
        [header, ["湘潭市", A, "抽签", "2021-06-03", "2021-06-01"], ["湘潭市", 4.3e17, "抽签"]],
        sheet="名单",
    )
    found = problems_of(load_list, bad, GEO, listing.by_id(), sheet="名单")
    assert found[0] == (
        f"{bad}, sheet 名单, E2: 结束日期 (end_date) 2021-06-01 is before 开始日期 (start_date) "
        "2021-06-03"
    )
    assert found[1].startswith(f"{bad}, sheet 名单, B3: 统一社会信用代码 (id) 存成了数字 4.3E+17")
