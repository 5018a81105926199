"""Loading the E3 exclusion list and the LIST that `crossdraw validate` judges (Q7, T1, T2)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crossdraw.domain import uscc
from crossdraw.domain.errors import InputError
from crossdraw.domain.geography import bundled_geography
from crossdraw.domain.models import Enterprise
from crossdraw.load.exclusions import load_exclusions
from crossdraw.load.listfile import ListFile, load_list, parse_when

GEO = bundled_geography()


def code(division: str, serial: int) -> str:
    body = f"91{division}{serial:09d}"
    return body + uscc.check_character(body)


A = code("430302", 1)  # 湘潭市 雨湖区
B = code("431302", 2)  # 娄底市 娄星区
C = code("430321", 3)  # 湘潭市 湘潭县
ENTERPRISES = {
    A: Enterprise(
        A, "湘潭钢铁（集团）有限公司", "湘潭市", "雨湖区", "冶金", ("metal_smelting",), False, 2
    ),
    B: Enterprise(B, "娄底水泥厂", "娄底市", "娄星区", "建材", ("building_materials",), False, 3),
    C: Enterprise(C, "湘潭县机械厂", "湘潭市", "湘潭县", "机械", (), False, 4),
}


def write(tmp_path: Path, text: str, name: str = "list.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def errors_of(call: object, *args: object) -> list[str]:
    with pytest.raises(InputError) as exc:
        call(*args)  # type: ignore[operator]
    return [str(p) for p in exc.value.problems]


# --- E3 exclusions -------------------------------------------------------------------------


def test_e3_exclusions_with_chinese_headers_keep_file_order(tmp_path: Path) -> None:
    path = write(tmp_path, f"统一社会信用代码,排除原因\n{C},已关闭\n{A},今年已检查\n")
    assert load_exclusions(path) == {C: "已关闭", A: "今年已检查"}
    assert list(load_exclusions(path)) == [C, A]


def test_e3_exclusions_accept_english_headers_and_an_ignored_name_column(tmp_path: Path) -> None:
    path = write(tmp_path, f"id,name,reason\n{A},湘潭钢铁,closed\n", encoding="gb18030")
    assert load_exclusions(path) == {A: "closed"}


def test_e3_a_reason_with_a_hidden_character_is_refused(tmp_path: Path) -> None:
    # the reason is written into the pool listing, the record and the sign-off sheet
    found = errors_of(load_exclusions, write(tmp_path, f"id,reason\n{A},closed\u202e\n"))
    assert found == [
        f"{tmp_path / 'list.csv'}, row 2: E3: 原因 (reason) holds an invisible character "
        "(不可见字符) at character 7: U+202E RIGHT-TO-LEFT OVERRIDE; retype the cell without "
        "it: hidden characters can change or hide what the screen and the sign-off sheet show"
    ]


def test_e3_every_exclusion_needs_a_reason(tmp_path: Path) -> None:
    found = errors_of(load_exclusions, write(tmp_path, f"id,理由\n{A},\n{C}, \n"))
    assert found == [
        f"{tmp_path / 'list.csv'}, rows 2, 3: empty 原因 (reason): E3 needs a reason for every "
        "exclusion"
    ]


def test_e3_duplicate_exclusion_names_both_rows(tmp_path: Path) -> None:
    found = errors_of(load_exclusions, write(tmp_path, f"id,原因\n{A},已关闭\n{A},停产\n"))
    assert found == [
        f"{tmp_path / 'list.csv'}, row 3: 统一社会信用代码 (id) {A} is also excluded on row 2"
    ]


def test_e3_empty_id_and_unknown_column(tmp_path: Path) -> None:
    assert errors_of(load_exclusions, write(tmp_path, "id,原因\n,已关闭\n"))[0].endswith(
        "row 2: empty 统一社会信用代码 (id)"
    )
    unknown, missing = errors_of(load_exclusions, write(tmp_path, "id,备注\n"))
    assert "header (row 1): unknown column 2 '备注'; accepted columns: id / " in unknown
    assert "header (row 1): missing column reason / 原因 / 排除原因 / 理由" in missing


def test_e3_header_only_exclusion_list_is_empty(tmp_path: Path) -> None:
    assert load_exclusions(write(tmp_path, "统一社会信用代码,原因\n")) == {}


# --- the LIST --------------------------------------------------------------------------------


def load(tmp_path: Path, text: str) -> ListFile:
    return load_list(write(tmp_path, text), GEO, ENTERPRISES)


def list_errors(tmp_path: Path, text: str) -> list[str]:
    return errors_of(load_list, write(tmp_path, text), GEO, ENTERPRISES)


def test_q7_list_with_chinese_headers_reads_drawn_and_suggested(tmp_path: Path) -> None:
    text = "市州,统一社会信用代码,来源,企业名称,开始日期,结束日期\n"
    text += f"湘潭,{A},抽签,湘潭钢铁(集团)有限公司,2021-06-01,2021/06/02\n"
    text += f"娄底市,{B},建议,,,\n"
    listing = load(tmp_path, text)
    first, second = listing.rows
    assert (first.row, first.prefecture, first.id, first.source) == (2, "湘潭市", A, "drawn")
    assert (first.start, first.end, first.all_day) == (
        dt.datetime(2021, 6, 1),
        dt.datetime(2021, 6, 2),
        True,
    )
    assert (second.prefecture, second.source, second.start, second.end) == (
        "娄底市",
        "suggested",
        None,
        None,
    )
    assert listing.warnings == ()  # full-width and half-width brackets are the same name
    assert listing.encoding == "UTF-8"


def test_list_in_gb18030_with_english_headers_and_times(tmp_path: Path) -> None:
    text = "prefecture,id,source,start_date,end_date\n"
    text += f"湘潭市,{A},drawn,2021-06-01 09:00,2021-06-02 09:30\n"
    listing = load_list(write(tmp_path, text, encoding="gb18030"), GEO, ENTERPRISES)
    (row,) = listing.rows
    assert (row.start, row.end, row.all_day) == (
        dt.datetime(2021, 6, 1, 9, 0),
        dt.datetime(2021, 6, 2, 9, 30),
        False,
    )
    assert listing.encoding == "GB18030"


def test_list_unknown_prefecture(tmp_path: Path) -> None:
    (message,) = list_errors(tmp_path, f"prefecture,id,source\n湘谭,{A},drawn\n")
    assert "row 2: unknown 市州 (prefecture) '湘谭'" in message
    assert "known: 长沙市" in message


def test_e1_list_id_must_be_in_the_enterprise_list(tmp_path: Path) -> None:
    missing = code("430302", 99)
    (message,) = list_errors(tmp_path, f"prefecture,id,source\n湘潭市,{missing},drawn\n")
    assert message.endswith(f"row 2: 统一社会信用代码 (id) {missing} is not in the enterprise list")


def test_list_enterprise_in_another_prefecture(tmp_path: Path) -> None:
    text = f"prefecture,id,source\n湘潭市,{A},drawn\n湘潭市,{C},drawn\n湘潭市,{B},drawn\n"
    (message,) = list_errors(tmp_path, text)
    assert message.endswith(f"row 4: {B} is in 娄底市 in the enterprise list (row 3), not 湘潭市")


def test_list_same_enterprise_twice_names_both_rows(tmp_path: Path) -> None:
    text = f"prefecture,id,source\n湘潭市,{A},drawn\n湘潭市,{A},suggested\n"
    (message,) = list_errors(tmp_path, text)
    assert message.endswith(f"row 3: 统一社会信用代码 (id) {A} is also listed on row 2")


def test_q7_bad_source_value(tmp_path: Path) -> None:
    (message,) = list_errors(tmp_path, f"prefecture,id,source\n湘潭市,{A},随机\n")
    assert message.endswith(
        "row 2: 来源 (source) '随机' is neither 抽签 (drawn) nor 建议 (suggested)"
    )


def test_t2_malformed_date(tmp_path: Path) -> None:
    text = f"prefecture,id,source,start_date\n湘潭市,{A},drawn,6月1日\n"
    (message,) = list_errors(tmp_path, text)
    assert message.endswith(
        "row 2: 开始日期 (start_date) '6月1日' is not a date; write it like 2021-06-01, "
        "2021/06/01 or 2021-06-01 09:00"
    )


def test_t2_impossible_date_is_malformed(tmp_path: Path) -> None:
    text = f"prefecture,id,source,end_date\n湘潭市,{A},drawn,2021-06-31\n"
    (message,) = list_errors(tmp_path, text)
    assert "结束日期 (end_date) '2021-06-31' is not a date" in message


def test_t2_end_before_start(tmp_path: Path) -> None:
    text = f"prefecture,id,source,start_date,end_date\n湘潭市,{A},drawn,2021-06-03,2021-06-02\n"
    (message,) = list_errors(tmp_path, text)
    assert message.endswith(
        "row 2: 结束日期 (end_date) 2021-06-02 is before 开始日期 (start_date) 2021-06-03"
    )


def test_t1_same_day_all_day_visit_is_not_backwards(tmp_path: Path) -> None:
    text = f"prefecture,id,source,start_date,end_date\n湘潭市,{A},drawn,2021-06-03,2021-06-03\n"
    (row,) = load(tmp_path, text).rows
    assert row.all_day and row.start == row.end


def test_t1_time_on_one_date_only_is_refused(tmp_path: Path) -> None:
    text = (
        f"prefecture,id,source,start_date,end_date\n湘潭市,{A},drawn,2021-06-03 09:00,2021-06-03\n"
    )
    (message,) = list_errors(tmp_path, text)
    assert "give both times or neither" in message


def test_list_name_differing_from_the_enterprise_list_is_a_warning(tmp_path: Path) -> None:
    text = f"prefecture,id,source,name\n湘潭市,{C},drawn,湘潭钢铁\n"
    listing = load(tmp_path, text)
    (warning,) = listing.warnings
    assert warning.where.endswith("row 2")
    assert "企业名称 (name) '湘潭钢铁' differs from '湘潭县机械厂'" in warning.what


def test_list_reports_every_problem_at_once(tmp_path: Path) -> None:
    text = "prefecture,id,source\n"
    text += f"湘谭,{A},drawn\n湘潭市,X,drawn\n湘潭市,{C},maybe\n,{B},\n"
    found = list_errors(tmp_path, text)
    assert len(found) == 5
    assert [f.split(": ")[0].rsplit(", ", 1)[1] for f in found] == [
        "row 2",
        "row 3",
        "row 4",
        "row 5",
        "row 5",
    ]


def test_list_missing_required_column(tmp_path: Path) -> None:
    (message,) = list_errors(tmp_path, f"市州,统一社会信用代码\n湘潭市,{A}\n")
    assert "header (row 1): missing column source / 来源" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-06-01", (dt.datetime(2021, 6, 1), False)),
        ("2021/6/1", (dt.datetime(2021, 6, 1), False)),
        ("2021-06-01 09:05", (dt.datetime(2021, 6, 1, 9, 5), True)),
        ("2021/06/01 9:05", (dt.datetime(2021, 6, 1, 9, 5), True)),
        ("2021年6月1日", (dt.datetime(2021, 6, 1), False)),
        ("2021-13-01", None),
        ("01/06/2021", None),
        ("2021-06-01 25:00", None),
    ],
)
def test_t2_date_forms(text: str, expected: tuple[dt.datetime, bool] | None) -> None:
    assert parse_when(text) == expected
