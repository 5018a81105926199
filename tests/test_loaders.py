"""Reading text files and the enterprise list (E1, E2): encodings, headers, every row check."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossdraw.domain import uscc
from crossdraw.domain.errors import InputError
from crossdraw.domain.geography import Geography, bundled_geography
from crossdraw.load.enterprises import EnterpriseList, load_enterprises
from crossdraw.load.textfile import normalize_header, read_csv_rows, read_text

GEO = bundled_geography()
HEADER = "id,name,prefecture,county,sector,tags,provincial_direct\n"
ZH_HEADER = "统一社会信用代码,企业名称,市州,县市区,行业,类别,省厅直接执法\n"


def code(division: str, serial: int) -> str:
    """A valid USCC registered in `division` (6 digits)."""
    body = f"91{division}{serial:09d}"
    return body + uscc.check_character(body)


A = code("430302", 1)  # 雨湖区, 湘潭市
B = code("431302", 2)  # 娄星区, 娄底市
C = code("430321", 3)  # 湘潭县, 湘潭市


def write(tmp_path: Path, text: str, name: str = "list.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def problems(exc: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [str(p) for p in exc.value.problems]


def only(exc: pytest.ExceptionInfo[InputError]) -> str:
    found = problems(exc)
    assert len(found) == 1, found
    return found[0]


def load(tmp_path: Path, rows: str, header: str = HEADER, **kw: bool) -> EnterpriseList:
    return load_enterprises(write(tmp_path, header + rows), GEO, **kw)


def load_err(tmp_path: Path, rows: str, header: str = HEADER) -> list[str]:
    with pytest.raises(InputError) as exc:
        load_enterprises(write(tmp_path, header + rows), GEO)
    return problems(exc)


# --- text files ------------------------------------------------------------------------


def test_read_text_utf8(tmp_path: Path) -> None:
    assert read_text(write(tmp_path, "市州\n湘潭\n")) == ("市州\n湘潭\n", "UTF-8")


def test_read_text_utf8_with_bom_drops_the_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "市州\n".encode())
    assert read_text(path) == ("市州\n", "UTF-8 with BOM")


def test_read_text_gb18030_as_excel_on_chinese_windows_saves(tmp_path: Path) -> None:
    assert read_text(write(tmp_path, "市州,县市区\n湘潭市,雨湖区\n", encoding="gb18030")) == (
        "市州,县市区\n湘潭市,雨湖区\n",
        "GB18030",
    )


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        read_text(tmp_path / "nope.csv")
    assert "nope.csv: cannot be read" in only(exc)


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        read_text(tmp_path)
    assert "is a folder, not a file" in only(exc)


@pytest.mark.parametrize("content", [b"", b"  \r\n\t\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n"])
def test_empty_file_is_rejected(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(InputError) as exc:
        read_text(path)
    assert only(exc) == f"{path}: is empty"


def test_nul_bytes_mean_a_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(b"id,name\n\x00\x01\x02 binary")
    with pytest.raises(InputError) as exc:
        read_text(path)
    assert "contains NUL bytes: binary file? save it" in only(exc)


def test_an_xlsx_workbook_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"PK\x03\x04\x14\x00\x00\x00rest")
    with pytest.raises(InputError) as exc:
        read_text(path)
    assert "Excel workbook (.xlsx)" in only(exc)


@pytest.mark.parametrize(("codec", "label"), [("utf-16", "UTF-16"), ("utf-32", "UTF-32")])
def test_utf16_and_utf32_are_refused_with_the_fix(tmp_path: Path, codec: str, label: str) -> None:
    path = write(tmp_path, "市州\n湘潭\n", encoding=codec)
    with pytest.raises(InputError) as exc:
        read_text(path)
    assert f"is {label}; save it from Excel as 'CSV UTF-8" in only(exc)


def test_bytes_neither_utf8_nor_gb18030_give_offset_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes("市州\n湘潭\n".encode() + b"ab\xff\xfe\n")
    with pytest.raises(InputError) as exc:
        read_text(path)
    message = only(exc)
    assert "line 3 (byte offset 16): bytes FF FE 0A are neither UTF-8 nor GB18030" in message


def test_bad_bytes_after_a_bom_are_reported_against_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(b"\xef\xbb\xbfid\n" + "湘".encode("gb18030") + b"\n")
    with pytest.raises(InputError) as exc:
        read_text(path)
    assert "line 2 (byte offset 6)" in only(exc)


# --- CSV parsing and headers -------------------------------------------------------------


def test_read_csv_rows_skips_blank_lines_and_keeps_line_numbers(tmp_path: Path) -> None:
    table = read_csv_rows(write(tmp_path, ' A , b \n\n1, 2\n,,\n"x\ny",3\n4,5\n'))
    assert table.header == ("A", "b")
    assert table.rows == [(3, ["1", "2"]), (5, ["x\ny", "3"]), (7, ["4", "5"])]
    assert table.encoding == "UTF-8"


def test_read_csv_rows_normalises_headers_and_cells_to_nfc(tmp_path: Path) -> None:
    decomposed = "Cafe\u0301"
    table = read_csv_rows(write(tmp_path, f"{decomposed}\n{decomposed}\n"))
    assert table.header == ("Café",)
    assert table.rows == [(2, ["Café"])]


def test_unbalanced_quote_names_the_row_it_opens_on(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        read_csv_rows(write(tmp_path, 'a,b\n1,2\n"3,4\n5,6\n'))
    assert 'list.csv, row 3: a double quote (") opened in this row is never closed' in only(exc)


def test_text_after_a_closing_quote_is_a_csv_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        read_csv_rows(write(tmp_path, 'a,b\n"1"x,2\n3,4\n"5"y,6\n'))
    found = problems(exc)
    assert [p.split(":")[0].rsplit(" ", 1)[1] for p in found] == ["2", "4"]
    assert "text follows a closing double quote" in found[0]


ALIASES = {"统一社会信用代码": "id", "原因": "reason"}


def test_normalize_header_maps_chinese_and_english_names() -> None:
    cols = normalize_header(["原因", "ID"], ALIASES, ["id", "reason"], [], "x.csv")
    assert cols == {"reason": 0, "id": 1}


def test_normalize_header_reports_missing_unknown_and_duplicate_columns_at_once() -> None:
    with pytest.raises(InputError) as exc:
        normalize_header(["id", "统一社会信用代码", "why"], ALIASES, ["id", "reason"], [], "x.csv")
    found = problems(exc)
    assert len(found) == 3
    assert "column 2 '统一社会信用代码' repeats column 1 'id'" in found[0]
    assert (
        "unknown column 3 'why'; accepted columns: id / 统一社会信用代码; reason / 原因" in found[1]
    )
    assert "missing column reason / 原因" in found[2]


def test_normalize_header_allows_trailing_empty_columns_but_not_inner_ones() -> None:
    assert normalize_header(["id", "原因", "", ""], ALIASES, ["id", "reason"], [], "x") == {
        "id": 0,
        "reason": 1,
    }
    with pytest.raises(InputError) as exc:
        normalize_header(["id", "", "原因"], ALIASES, ["id", "reason"], [], "x")
    assert "column 2 has no name" in only(exc)


def test_semicolon_separated_file_gets_a_hint() -> None:
    with pytest.raises(InputError) as exc:
        normalize_header(["id;原因"], ALIASES, ["id", "reason"], [], "x")
    assert "separated by semicolons; CSV needs ASCII commas" in problems(exc)[0]


# --- enterprise list: E1, E2 ---------------------------------------------------------------


def test_e1_enterprise_list_with_chinese_headers(tmp_path: Path) -> None:
    listing = load_enterprises(
        write(tmp_path, ZH_HEADER + f"{A},湘潭钢铁,湘潭,雨湖区,冶金,金属冶炼；粉尘涉爆,否\n"), GEO
    )
    (ent,) = listing.enterprises
    assert (ent.id, ent.name, ent.prefecture, ent.county, ent.sector) == (
        A,
        "湘潭钢铁",
        "湘潭市",
        "雨湖区",
        "冶金",
    )
    assert ent.tags == ("dust_explosion", "metal_smelting")
    assert ent.provincial_direct is False
    assert ent.row == 2
    assert listing.warnings == ()
    assert listing.encoding == "UTF-8"
    assert len(listing.sha256) == 64


def test_e1_enterprise_list_in_gb18030_with_bom_less_chinese(tmp_path: Path) -> None:
    path = write(
        tmp_path, ZH_HEADER + f"{B},娄底水泥,娄底市,娄星区,建材,水泥,\n", encoding="gb18030"
    )
    listing = load_enterprises(path, GEO)
    assert listing.encoding == "GB18030"
    assert listing.enterprises[0].tags == ("building_materials", "cement")


def test_e1_enterprise_list_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (HEADER + f"{A},甲,湘潭市,雨湖区,机械,,\n").encode())
    listing = load_enterprises(path, GEO)
    assert listing.encoding == "UTF-8 with BOM"
    assert listing.enterprises[0].name == "甲"


def test_e2_provincial_direct_parsed_from_chinese_yes(tmp_path: Path) -> None:
    listing = load(tmp_path, f"{A},甲,湘潭市,雨湖区,机械,,是\n{C},乙,湘潭市,湘潭县,机械,,\n")
    assert [e.provincial_direct for e in listing.enterprises] == [True, False]


def test_e2_unclear_provincial_direct_is_an_error(tmp_path: Path) -> None:
    (message,) = load_err(tmp_path, f"{A},甲,湘潭市,雨湖区,机械,,可能\n")
    assert message.endswith(
        "row 2: 省厅直接执法 (provincial_direct) '可能' is not yes or no; "
        "write 是 or 否 (empty means 否)"
    )


def test_optional_columns_may_be_left_out(tmp_path: Path) -> None:
    listing = load_enterprises(
        write(tmp_path, f"name,id,county,prefecture,sector\n甲,{A},雨湖区,湘潭市,轻工\n"), GEO
    )
    ent = listing.enterprises[0]
    assert (ent.tags, ent.provincial_direct) == ((), False)


def test_prefecture_aliases_resolve_to_the_official_name(tmp_path: Path) -> None:
    jishou = code("433101", 4)
    rows = f"{A},甲,湘潭,雨湖区,机械,,\n{jishou},乙,湘西,吉首市,机械,,\n"
    rows += f"{code('433101', 5)},丙,湘西州,吉首市,机械,,\n"
    listing = load(tmp_path, rows)
    assert [e.prefecture for e in listing.enterprises] == [
        "湘潭市",
        "湘西土家族苗族自治州",
        "湘西土家族苗族自治州",
    ]


def test_empty_required_cell_names_row_and_column(tmp_path: Path) -> None:
    found = load_err(tmp_path, f"{A},甲,湘潭市,雨湖区,机械,,\n{C},,湘潭市,湘潭县,机械,,\n")
    assert found == [f"{tmp_path / 'list.csv'}, row 3: empty 企业名称 (name)"]


def test_duplicate_id_names_both_rows(tmp_path: Path) -> None:
    found = load_err(tmp_path, f"{A},甲,湘潭市,雨湖区,机械,,\n\n{A},乙,湘潭市,雨湖区,机械,,\n")
    assert found == [f"{tmp_path / 'list.csv'}, row 4: 统一社会信用代码 (id) {A} is also on row 2"]


def test_unknown_prefecture_lists_known_ones_and_suggests(tmp_path: Path) -> None:
    (message,) = load_err(tmp_path, f"{A},甲,湘谭市,雨湖区,机械,,\n")
    assert "row 2: unknown 市州 (prefecture) '湘谭市'" in message
    assert "known: 长沙市, 株洲市, 湘潭市" in message


def test_county_must_belong_to_the_prefecture(tmp_path: Path) -> None:
    (message,) = load_err(tmp_path, f"{A},甲,湘潭市,雨湖,机械,,\n")
    assert (
        "row 2: 县市区 (county) '雨湖' is not a county of 湘潭市 (did you mean 雨湖区?)" in message
    )
    assert "its counties: 雨湖区, 岳塘区, 湘潭县, 湘乡市, 韶山市" in message


def test_county_of_another_prefecture_says_where_it_is(tmp_path: Path) -> None:
    (message,) = load_err(tmp_path, f"{A},甲,湘潭市,娄星区,机械,,\n")
    assert message.endswith("row 2: 县市区 (county) 娄星区 is in 娄底市, not 湘潭市")


def test_statistics_only_zone_is_not_a_county(tmp_path: Path) -> None:
    (message,) = load_err(tmp_path, f"{A},甲,湘潭市,湘潭高新区,机械,,\n")
    assert message.endswith(
        "row 2: 县市区 (county) 湘潭高新区 is a statistics-only zone, not a county-level "
        "division; give the county it lies in"
    )


def test_e1_sector_must_be_one_of_the_eight(tmp_path: Path) -> None:
    (message,) = load_err(tmp_path, f"{A},甲,湘潭市,雨湖区,化工,,\n")
    assert "row 2: unknown 行业 (sector) '化工'; the eight sectors are 冶金, 有色, 建材" in message


def test_tags_accept_every_separator_english_and_chinese_and_dedupe(tmp_path: Path) -> None:
    tags = '"cement；粉尘涉爆,水泥、 metal_smelting;;"'
    listing = load(tmp_path, f"{A},甲,湘潭市,雨湖区,冶金,{tags},\n")
    assert listing.enterprises[0].tags == (
        "cement",
        "dust_explosion",
        "metal_smelting",
    )


def test_q5_building_materials_tag_comes_from_the_sector(tmp_path: Path) -> None:
    listing = load(tmp_path, f"{A},甲,湘潭市,雨湖区,建材,,\n{C},乙,湘潭市,湘潭县,机械,,\n")
    assert [e.tags for e in listing.enterprises] == [("building_materials",), ()]


def test_unknown_tag_is_named_with_the_accepted_ones(tmp_path: Path) -> None:
    (message,) = load_err(tmp_path, f"{A},甲,湘潭市,雨湖区,冶金,金属冶炼;粉尘,\n")
    assert "row 2: unknown 类别 (tag" in message
    assert "'粉尘'; accepted: metal_smelting 金属冶炼, cement 水泥" in message


def test_invalid_uscc_is_a_warning_naming_the_row(tmp_path: Path) -> None:
    bad = A[:-1] + ("0" if A[-1] != "0" else "1")
    listing = load(tmp_path, f"{bad},甲,湘潭市,雨湖区,机械,,\n")
    (warning,) = listing.warnings
    assert warning.where.endswith("row 2")
    assert f"统一社会信用代码 (id) {bad} is not a valid USCC: check character is" in warning.what
    assert listing.enterprises[0].id == bad


def test_invalid_uscc_is_an_error_when_strict(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "12345,甲,湘潭市,雨湖区,机械,,\n")
    with pytest.raises(InputError) as exc:
        load_enterprises(path, GEO, strict=True)
    assert (
        "row 2: 统一社会信用代码 (id) 12345 is not a valid USCC: a USCC has 18 characters"
        in only(exc)
    )


def test_lowercase_uscc_is_kept_as_typed_with_a_hint(tmp_path: Path) -> None:
    lower = code("430302", 77)
    lower = lower[:-1] + lower[-1].lower()
    listing = load(tmp_path, f" {lower} ,甲,湘潭市,雨湖区,机械,,\n")
    ent = listing.enterprises[0]
    assert ent.id == lower
    if lower != lower.upper():
        assert "in capital letters it would be valid" in listing.warnings[0].what


def test_uscc_registered_in_another_county_is_a_warning(tmp_path: Path) -> None:
    listing = load(tmp_path, f"{B},甲,湘潭市,雨湖区,机械,,\n")
    (warning,) = listing.warnings
    assert warning.what == (
        f"统一社会信用代码 (id) {B} was registered in division 431302 (娄星区), "
        "not 雨湖区 (430302); check the county"
    )


@pytest.mark.parametrize("division", ["430300", "430000"])
def test_uscc_registered_at_prefecture_or_province_is_fine(tmp_path: Path, division: str) -> None:
    listing = load(tmp_path, f"{code(division, 9)},甲,湘潭市,雨湖区,机械,,\n")
    assert listing.warnings == ()


def test_uscc_division_not_checked_without_county_codes(tmp_path: Path) -> None:
    from crossdraw.domain.geography import County, Prefecture, custom_geography

    geo: Geography = custom_geography([Prefecture("甲市", (County("一区"),))], source="test")
    path = write(tmp_path, HEADER + f"{B},甲,甲市,一区,机械,,\n")
    assert load_enterprises(path, geo).warnings == ()


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    rows = f"{A},甲,湘潭市,雨湖区,化工,,\n{C},乙,湘谭,湘潭县,机械,,\n{B},,娄底市,娄星区,机械,x,\n"
    found = load_err(tmp_path, rows)
    assert len(found) == 4
    assert [f.split(": ")[0].rsplit(", ", 1)[1] for f in found] == [
        "row 2",
        "row 3",
        "row 4",
        "row 4",
    ]


def test_the_same_mistake_on_many_rows_is_one_line(tmp_path: Path) -> None:
    rows = "".join(f"{code('430302', i)},企业{i},湘潭市,雨湖区,化工,,\n" for i in range(300))
    (message,) = load_err(tmp_path, rows)
    assert "rows 2, 3, 4, 5, 6 and 295 more: unknown 行业 (sector) '化工'" in message


def test_problems_are_capped_at_200_lines(tmp_path: Path) -> None:
    rows = "".join(f"{code('430302', i)},企业{i},湘潭市,雨湖区,行业{i},,\n" for i in range(300))
    found = load_err(tmp_path, rows)
    assert len(found) == 201
    assert found[-1].endswith("… and 100 more")


def test_a_row_with_more_cells_than_columns_hints_at_quoting(tmp_path: Path) -> None:
    (message,) = load_err(tmp_path, f"{A},湘潭,钢铁,湘潭市,雨湖区,冶金,水泥,是\n")
    assert "row 2: has 8 cells but the header names 7 columns" in message


def test_a_header_only_list_is_empty(tmp_path: Path) -> None:
    (message,) = load_err(tmp_path, "")
    assert "lists no enterprises" in message


def test_header_problems_name_the_file_and_accepted_columns(tmp_path: Path) -> None:
    found = load_err(tmp_path, f"{A},甲\n", header="id,企业\n")
    assert any("header (row 1): unknown column 2 '企业'" in f for f in found)
    assert any("missing column name / 企业名称" in f for f in found)


def test_by_id(tmp_path: Path) -> None:
    listing = load(tmp_path, f"{A},甲,湘潭市,雨湖区,机械,,\n")
    assert list(listing.by_id()) == [A]


def test_E1_hidden_characters_are_refused_by_cell_and_spaces_are_not(tmp_path: Path) -> None:
    rows = (
        f"{A},甲\u3000厂\u00a0一,湘潭市,雨湖区,机械,,否\n"  # wide and no-break spaces: fine
        f"{B},乙\u200b厂,娄底市,娄星区,机械,,否\n"
        f"{C}\x1b[31m,丙厂,湘潭市,湘潭县,机械\u2066,,否\n"
    )
    found = load_err(tmp_path, rows)
    fix = (
        "retype the cell without it: hidden characters can change or hide what the screen "
        "and the sign-off sheet show"
    )
    where = tmp_path / "list.csv"
    assert found == [
        f"{where}, row 3: E1: 企业名称 (name) holds an invisible character (不可见字符) at "
        f"character 2: U+200B ZERO WIDTH SPACE; {fix}",
        f"{where}, row 4: E1: 统一社会信用代码 (id) holds an invisible character (不可见字符) "
        f"at character 19: U+001B a control character; {fix}",
        f"{where}, row 4: E1: 行业 (sector) holds an invisible character (不可见字符) at "
        f"character 3: U+2066 LEFT-TO-RIGHT ISOLATE; {fix}",
    ]
    assert (
        load(tmp_path, rows.splitlines(keepends=True)[0]).enterprises[0].name
        == "甲\u3000厂\u00a0一"
    )
