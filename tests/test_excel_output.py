"""What crossdraw writes for Excel: the template, the export, checklists; safe to open."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.cli.app import app
from crossdraw.load.textfile import UTF8_BOM
from crossdraw.output.checklist import items_for, render_html, sheets_for
from crossdraw.output.spreadsheet import (
    SheetSpec,
    column_widths,
    csv_bytes,
    neutralise,
    xlsx_bytes,
)
from crossdraw.records.models import DrawRecord
from tests.conftest import ROWS, Project, uscc

SEED = "38201749561023847561"


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def draw_all(runner: CliRunner, project: Project, *extra: str) -> list[Path]:
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
        *extra,
    )
    assert code == exitcodes.OK, err
    return [Path(d["record"]) for d in json.loads(out)["draws"]]


# --- formula injection and encodings ------------------------------------------------------


@pytest.mark.parametrize("text", ["=1+2", "+1", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starters_are_neutralised(text: str) -> None:
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", ["湘潭钢铁", "1+1", "a=b", "", "'already"])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert neutralise(text) == text


def test_csv_has_a_bom_crlf_and_neutralised_cells() -> None:
    data = csv_bytes(["名称", "=x"], [['=HYPERLINK("http://x")', 5, None], ["-1", "乙", "@a"]])
    assert data.startswith(UTF8_BOM)
    text = data[len(UTF8_BOM) :].decode("utf-8")
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows == [
        ["名称", "'=x"],
        ['\'=HYPERLINK("http://x")', "5", ""],
        ["'-1", "乙", "'@a"],
    ]


def test_xlsx_cells_are_text_never_formulas() -> None:
    data = xlsx_bytes(
        [SheetSpec("表", ("a", "b"), [["=cmd|' /C calc'!A0", "+SUM(1)"], ["@x", "正常"]])]
    )
    ws = load_workbook(io.BytesIO(data)).active
    assert ws is not None
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert values == [["'=cmd|' /C calc'!A0", "'+SUM(1)"], ["'@x", "正常"]]
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_chinese_counts_double_for_column_widths() -> None:
    spec = SheetSpec("t", header=("名称", "id"), rows=[["湘潭市", "abc"], ["第一行\nab", None]])
    assert column_widths(spec) == [6 + 2, 6]  # 湘潭市 is 6 wide, plus 2; at least 6


def test_a_hidden_character_widens_its_column_by_its_escape() -> None:
    spec = SheetSpec("t", header=("名",), rows=[["甲\u202e乙"]])
    assert column_widths(spec) == [len("甲\\u202e乙") + 2 + 2]  # shown as 甲\u202e乙


# --- template -------------------------------------------------------------------------------


def test_template_xlsx_has_chinese_headers_notes_and_drop_downs(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "t.xlsx"
    code, out, _ = run(runner, "template", "--format", "xlsx", "--out", str(path))
    assert code == exitcodes.OK, out
    ws = load_workbook(path).active
    assert ws is not None
    header = [c.value for c in ws[2]]
    assert header == [
        "统一社会信用代码",
        "企业名称",
        "市州",
        "县市区",
        "行业",
        "类别",
        "省厅直接执法",
        "上次检查日期",
        "风险等级",
    ]
    assert all(c.comment is not None and c.comment.text for c in ws[2])
    lists = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    assert lists["E3"] == '"冶金,有色,建材,机械,轻工,纺织,烟草,商贸"'
    assert "金属冶炼" in lists["F3"] and "粉尘涉爆" in lists["F3"]
    assert lists["G3"] == '"是,否"'
    assert ws["A3"].number_format == "@"  # Excel keeps all 18 characters of a code
    assert ws["H3"].number_format == "yyyy-mm-dd"
    assert ws.freeze_panes == "A3"
    code, _, err = run(runner, "template", "--out", str(path))
    assert code == exitcodes.BAD_INPUT
    assert "already exists; crossdraw never overwrites" in err


def test_template_csv_is_the_header_with_a_bom(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    code, _, _ = run(runner, "template", "--format", "csv", "--out", str(path))
    assert code == exitcodes.OK
    data = path.read_bytes()
    assert data.startswith(UTF8_BOM)
    assert data[3:].decode("utf-8").startswith("统一社会信用代码,企业名称,市州,县市区,行业,类别")


def fill_template(template: Path, filled: Path, rows: list[list[Any]]) -> Path:
    book = load_workbook(template)
    ws = book.active
    assert ws is not None
    for offset, row in enumerate(rows, start=3):
        for column, value in enumerate(row, start=1):
            ws.cell(offset, column, value)
    book.save(filled)
    return filled


def template_rows(names: dict[int, str] | None = None) -> list[list[Any]]:
    labels = {"metal_smelting": "金属冶炼", "dust_explosion": "粉尘涉爆", "cement": "水泥"}
    labels |= {"ammonia_refrigeration": "涉氨制冷", "confined_space": "有限空间"}
    out = []
    for n, (pref, county, sector, tags, direct) in enumerate(ROWS, start=1):
        zh_tags = "；".join(labels[t] for t in tags.split(";") if t)
        name = (names or {}).get(n, f"{county}企业{n}有限公司")
        out.append(
            [uscc(n), name, pref, county, sector, zh_tags, "是" if direct == "true" else "否"]
        )
    return out


def test_round_trip_template_filled_draw_export(runner: CliRunner, project: Project) -> None:
    template = project.root / "template.xlsx"
    assert run(runner, "template", "--out", str(template))[0] == exitcodes.OK
    filled = fill_template(template, project.root / "filled.xlsx", template_rows())
    project.enterprises = filled
    code, out, err = run(runner, "pool", "--group", "1", *project.args(), "--json")
    assert code == exitcodes.OK, err
    from_xlsx = [p["digest"] for p in json.loads(out)["pools"]]
    csv_args = [
        "--groups",
        str(project.groups),
        "--enterprises",
        str(project.root / "enterprises.csv"),
    ]
    code, out, _ = run(runner, "pool", "--group", "1", *csv_args, "--json")
    assert [p["digest"] for p in json.loads(out)["pools"]] == from_xlsx  # same pools as the CSV
    records = draw_all(runner, project)
    exported = project.root / "export.xlsx"
    code, out, err = run(
        runner, "export", str(project.out), *project.args(), "--out", str(exported)
    )
    assert code == exitcodes.OK, err + out
    book = load_workbook(exported)
    assert book.sheetnames == ["执法对象", "定额核对", "排除名单"]
    targets = book["执法对象"]
    assert targets.freeze_panes == "A2"
    rows = [[c.value for c in row] for row in targets.iter_rows(min_row=2)]
    assert len(rows) == 8
    assert [(r[0], r[3]) for r in rows] == [(1, "丙市")] * 2 + [(1, "丁市")] * 2 + [
        (2, "甲市")
    ] * 2 + [(2, "乙市")] * 2
    digests = {json.loads(p.read_text(encoding="utf-8"))["digest"] for p in records}
    assert {r[11] for r in rows} == digests
    assert all(r[7] for r in rows)  # sector from the enterprise list
    assert all(r[9] == "抽签" for r in rows)
    assert targets.column_dimensions["E"].width >= 2 * len("丙一区企业10有限公司") - 4
    quotas = [[c.value for c in row] for row in book["定额核对"].iter_rows(min_row=2)]
    group1 = {(r[2], r[3] or ""): r[4] for r in quotas if r[0] == 1}
    assert group1[("Q1", "丙市")] == "✓ 满足" and group1[("Q2", "丁市")] == "✓ 满足"
    assert group1[("Q3", "")] == "✓ 满足" and group1[("Q4", "")] == "✓ 满足"
    assert ("Q5", "") in group1 and group1[("T1", "")] == "未判定"
    excluded = [[c.value for c in row] for row in book["排除名单"].iter_rows(min_row=2)]
    assert [(r[0], r[3]) for r in excluded] == [(1, uscc(12)), (2, uscc(7))]


def test_export_neutralises_a_hostile_enterprise_name(runner: CliRunner, project: Project) -> None:
    hostile = {n: '=HYPERLINK("http://evil","点我")' for n in range(1, 16)}
    rows = template_rows(hostile)
    with project.enterprises.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(
            ["id", "name", "prefecture", "county", "sector", "tags", "provincial_direct"]
        )
        writer.writerows(rows)
    draw_all(runner, project)
    for fmt in ("csv", "xlsx"):
        path = project.root / f"export.{fmt}"
        code, _, err = run(
            runner, "export", str(project.out), *project.args(), "--format", fmt, "--out", str(path)
        )
        assert code == exitcodes.OK, err
        if fmt == "csv":
            text = path.read_bytes()[3:].decode("utf-8")
            names = [r[4] for r in list(csv.reader(io.StringIO(text, newline="")))[1:]]
        else:
            ws = load_workbook(path)["执法对象"]
            names = [c.value for c in ws["E"][1:]]
        assert names and all(n == "'" + hostile[1] for n in names)


def test_export_judges_t1_and_t2_from_a_list_and_shows_suggested(
    runner: CliRunner, project: Project
) -> None:
    records = draw_all(runner, project)
    丙 = json.loads(records[0].read_text(encoding="utf-8"))
    smelter = next(s["id"] for s in 丙["selected"] if "metal_smelting" in s["tags"])
    other = next(s["id"] for s in 丙["selected"] if s["id"] != smelter)
    spare = uscc(9)  # 丙市 丙一区 machinery, not drawn
    listing = project.root / "visits.csv"
    listing.write_text(
        "市州,统一社会信用代码,来源,开始日期,结束日期\n"
        f"丙市,{smelter},抽签,2025-06-10 09:00,2025-06-10 17:00\n"
        f"丙市,{other},抽签,2025-07-02,2025-07-02\n"
        f"丙市,{spare},建议,2025-06-11,2025-06-11\n",
        encoding="utf-8",
    )
    path = project.root / "export.json"
    code, out, err = run(
        runner,
        "export",
        str(project.out),
        *project.args(),
        "--list",
        str(listing),
        "--format",
        "json",
        "--out",
        str(path),
    )
    assert code == exitcodes.VIOLATIONS, err
    assert "T1" in out and "T2" in out
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["valid"] is False
    verdicts = {(q["group"], q["rule"]): q["verdict"] for q in doc["quotas"]}
    assert verdicts[(1, "T1")] == "not met" and verdicts[(1, "T2")] == "not met"
    assert verdicts[(2, "T1")] == "not judged"
    suggested = [t for t in doc["targets"] if t["source"] == "suggested"]
    assert [(t["id"], t["probability"], t["record_digest"]) for t in suggested] == [
        (spare, None, None)
    ]
    q7 = next(q for q in doc["quotas"] if q["rule"] == "Q7")
    assert q7["have"] == 1


def test_export_of_a_tampered_record_is_exit_3_and_writes_nothing(
    runner: CliRunner, project: Project
) -> None:
    records = draw_all(runner, project)
    record = json.loads(records[0].read_text(encoding="utf-8"))
    record["selected"][0]["name"] = "改过的名字"
    records[0].write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    out = project.root / "export.xlsx"
    code, _, err = run(runner, "export", str(project.out), *project.args(), "--out", str(out))
    assert code == exitcodes.MISMATCH
    assert "digest" in err
    assert not out.exists()


def test_export_without_an_enterprise_list_leaves_sector_blank(
    runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    draw_all(runner, project)
    monkeypatch.chdir(project.root)  # no data/enterprises.csv here
    path = project.root / "t.json"
    code, out, err = run(
        runner,
        "export",
        str(project.out),
        "--group",
        "2",
        "--groups",
        str(project.groups),
        "--format",
        "json",
        "--out",
        str(path),
    )
    assert code == exitcodes.OK, err
    assert "sector left blank" in out
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert {t["group"] for t in doc["targets"]} == {2}
    assert all(t["sector"] == "" and t["name"] for t in doc["targets"])


# --- checklist ------------------------------------------------------------------------------


def ids(tags: list[str]) -> list[str]:
    return [item.id for item in items_for(tags)]


GENERAL = ["C3", "C4", "C5", "C6", "C8", "C9", "C11", "C12", "C13", "C14", "C15", "C16"]
GENERAL += ["C17", "C18", "C19"]


def test_checklist_general_items_apply_to_every_enterprise() -> None:
    assert ids([]) == GENERAL


def test_checklist_c1_and_c7_for_metal_smelters() -> None:
    found = ids(["metal_smelting"])
    assert found[:5] == ["C1", "C3", "C4", "C5", "C6"] and "C7" in found
    assert set(found) - set(GENERAL) == {"C1", "C7"}


@pytest.mark.parametrize(
    ("tag", "extra"),
    [
        ("hazardous_chemicals", "C2"),
        ("major_hazard_source", "C10"),
        ("dust_explosion", "粉尘涉爆专项"),
        ("ammonia_refrigeration", "涉氨制冷专项"),
    ],
)
def test_checklist_special_items_follow_the_tags(tag: str, extra: str) -> None:
    assert set(ids([tag])) - set(GENERAL) == {extra}


def test_checklist_items_are_in_the_plans_order_for_several_tags() -> None:
    found = ids(["metal_smelting", "major_hazard_source", "dust_explosion"])
    assert found.index("C1") < found.index("C3") < found.index("C10") < found.index("C11")
    assert found[-1] == "粉尘涉爆专项"


def record_with(name: str, tags: list[str]) -> DrawRecord:
    """A real record (folder-v1's redraw of 丙市) whose one drawn enterprise has this name
    and these categories."""
    path = Path(__file__).parent / "fixtures/folder-v1/draws/group1-丙市-c7ffd6859b17.json"
    record = DrawRecord.parse(path.read_bytes(), path.name)
    item = record.selected[0].model_copy(update={"name": name, "tags": tuple(tags)})
    return record.model_copy(update={"selected": (item,)})


def test_checklist_html_is_self_contained_and_escaped() -> None:
    page = render_html(sheets_for([record_with("<script>alert(1)</script>厂", ["metal_smelting"])]))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;厂" in page
    for external in ("http:", "https:", "src=", "<link", "@import", "url("):
        assert external not in page
    assert "T1：金属冶炼企业，检查时间一般不少于1天" in page
    assert "金属冶炼建设项目依法履行安全设施“三同时”" in page
    for evidence in ("拍照", "复制", "取样", "勘察", "书面记载"):
        assert evidence in page
    assert "分类分级执法" in page


def test_checklist_not_a_smelter_has_no_t1_mark() -> None:
    page = render_html(sheets_for([record_with("乙厂", [])]))
    assert "T1" not in page and "C1<" not in page and '<td class="no">C3</td>' in page


def test_checklist_command_writes_html_and_xlsx(runner: CliRunner, project: Project) -> None:
    records = draw_all(runner, project)
    html_path = project.root / "c.html"
    code, out, err = run(runner, "checklist", str(records[0]), "--out", str(html_path))
    assert code == exitcodes.OK, err
    assert "checklists of 2 enterprises" in out
    assert html_path.read_text(encoding="utf-8").count("<section>") == 2
    xlsx_path = project.root / "c.xlsx"
    code, _, err = run(
        runner, "checklist", str(project.out), "--format", "xlsx", "--out", str(xlsx_path)
    )
    assert code == exitcodes.OK, err
    book = load_workbook(xlsx_path)
    assert len(book.sheetnames) == 8
    first = book.worksheets[0]
    assert first["A1"].value.startswith("交叉执法检查表：")
    english = project.root / "en.html"
    assert run(runner, "checklist", str(records[0]), "--lang", "en", "--out", str(english))[0] == 0
    assert "Evidence fixed" in english.read_text(encoding="utf-8")


# --- start-up stays free of openpyxl -----------------------------------------------------


def test_importing_the_cli_does_not_import_openpyxl() -> None:
    code = "import sys, crossdraw.cli.app; print('openpyxl' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- workbooks as inputs through the CLI ---------------------------------------------------


def test_enterprise_sheet_and_list_sheet_options(runner: CliRunner, project: Project) -> None:
    from openpyxl import Workbook

    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "说明"
    notes.append(["请在“名单”表填写"])
    sheet = book.create_sheet("名单")
    sheet.append(["统一社会信用代码", "企业名称", "市州", "县市区", "行业", "类别", "省厅直接执法"])
    for row in template_rows():
        sheet.append(row)
    workbook = project.root / "ents.xlsx"
    book.save(workbook)
    project.enterprises = workbook
    code, _, err = run(runner, "pool", "--group", "1", *project.args())
    assert code == exitcodes.OK, err  # the cover page is passed over, and the sheet read named
    assert f"{workbook}: 读取的是工作表“名单”（第 2 个，共 2 个）" in err
    code, _, err = run(runner, "pool", "--group", "1", *project.args(), "--sheet", "说明")
    assert code == exitcodes.BAD_INPUT
    assert f"{workbook}, sheet 说明, header (row 1): missing column" in err
    code, _, err = run(runner, "pool", "--group", "1", *project.args(), "--sheet", "名单")
    assert code == exitcodes.OK, err

    visits = Workbook()
    cover = visits.active
    assert cover is not None
    cover.title = "封面"
    page = visits.create_sheet("检查安排")
    page.append(["第一组检查安排"])
    page.merge_cells("A1:E1")
    page.append(["市州", "统一社会信用代码", "来源", "开始日期", "结束日期"])
    page.append(["丙市", uscc(8), "抽签", "2025-06-10 09:00", "2025-06-10 12:00"])
    page.append(["丙市", uscc(10), "抽签", None, None])
    listing = project.root / "visits.xlsx"
    visits.save(listing)
    code, out, err = run(
        runner,
        "validate",
        str(listing),
        *project.args(),
        "--sheet",
        "名单",
        "--list-sheet",
        "检查安排",
        "--json",
    )
    assert code == exitcodes.VIOLATIONS, err
    rules = {v["rule"] for v in json.loads(out)["violations"]}
    assert "T1" in rules and "Q1" in rules  # 丁市 not listed: the group's Q1 fails


def test_control_characters_in_cells_and_titles_are_shown_and_the_workbook_opens() -> None:
    spec = SheetSpec(title="名单\x1b", header=("企业名称",), rows=[("甲\x01厂\u202e",)])
    book = load_workbook(io.BytesIO(xlsx_bytes([spec])))  # XML 1.0 holds no \x01 or \x1b
    assert book.sheetnames == ["名单_u001b"]  # a sheet name cannot hold a backslash
    assert book.active["A2"].value == "甲\\u0001厂\\u202e"
    assert csv_bytes(("企业名称",), [("甲\x01厂",)]).decode("utf-8-sig").splitlines()[1] == (
        "甲\\u0001厂"
    )


# --- print setup ---------------------------------------------------------------------------


def assert_prints_landscape_fit_to_width(ws: Any, header_row: int) -> None:
    assert int(ws.page_setup.paperSize) == 9  # A4 (ECMA-376 paper size 9)
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.print_title_rows == f"${header_row}:${header_row}"


def test_checklist_and_export_workbooks_print_on_a4_landscape_with_the_header_repeated(
    runner: CliRunner, project: Project
) -> None:
    draw_all(runner, project)
    checklist = project.root / "c.xlsx"
    code, _, err = run(
        runner, "checklist", str(project.out), "--format", "xlsx", "--out", str(checklist)
    )
    assert code == exitcodes.OK, err
    for ws in load_workbook(checklist).worksheets:
        header_row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "序号")
        assert_prints_landscape_fit_to_width(ws, header_row)
    exported = project.root / "e.xlsx"
    code, _, err = run(runner, "export", str(project.out), *project.args(), "--out", str(exported))
    assert code == exitcodes.OK, err
    book = load_workbook(exported)
    assert_prints_landscape_fit_to_width(book.worksheets[0], 1)
    for ws in book.worksheets:
        assert ws.page_setup.orientation == "landscape"
