"""Issue 12, paper: the sample-data guard, the commitment and void sheets, the sign-off sheet's
gaps (组长, odds, missing Q6 names, balanced columns), and exports read back as a LIST."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.cli.app import app
from crossdraw.domain.canonical import fingerprint
from crossdraw.domain.sample import SAMPLE_SHA256, is_sample
from crossdraw.output.messages import text
from crossdraw.output.sheet import render_html, render_markdown
from tests.builders import with_digest
from tests.conftest import Project


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Overrides conftest's `english`: this module checks what a Chinese user sees by
    default, so no language is set (nor an English locale)."""
    for var in ("CROSSDRAW_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def runner(zh_runner: CliRunner) -> CliRunner:
    """The CLI as a Chinese user runs it (conftest's `runner` is the English one)."""
    return zh_runner


ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "enterprises.csv"
PLAN_2021 = ROOT / "data" / "groups.yaml"
SEED = "38201749561023847561"
PEOPLE = [
    "--witness",
    "张三",
    "--drawer",
    "李四",
    "--bureau-rep",
    "王五",
    "--place",
    "丙市应急管理局",
]
BANNER = "示例数据，仅供演示，不得用于正式抽签"


def run(runner: CliRunner, *args: str, cwd: Path | None = None) -> Any:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def draw(runner: CliRunner, project: Project, *extra: str) -> Path:
    result = run(
        runner,
        "draw",
        "--group",
        "1",
        "--seed",
        SEED,
        *project.args(),
        "--out",
        str(project.out),
        "--json",
        *extra,
    )
    assert result.exit_code == exitcodes.OK, result.output
    return Path(json.loads(result.stdout)["draws"][0]["record"])


# --- the sample-data guard ---------------------------------------------------------------


def test_the_bundled_list_is_known_as_sample_data_by_its_bytes() -> None:
    digest = hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    assert digest in SAMPLE_SHA256, "data/enterprises.csv changed: add its SHA-256 to SAMPLE_SHA256"
    assert is_sample(digest.upper())
    assert not is_sample(hashlib.sha256(b"id,name\n").hexdigest())


def test_a_draw_from_the_sample_shows_the_red_banner_and_records_it(
    runner: CliRunner, tmp_path: Path
) -> None:
    out = tmp_path / "draws"
    base = ["--groups", str(PLAN_2021), "--enterprises", str(SAMPLE), "--out", str(out)]
    result = run(runner, "draw", "--group", "1", "--prefecture", "湘潭市", "--seed", SEED, *base)
    assert result.exit_code == exitcodes.OK, result.output
    assert result.stdout.count(BANNER) == 2  # at the top and where the eye ends up
    fp = fingerprint(hashlib.sha256(SAMPLE.read_bytes()).hexdigest())
    assert f"企业名单：enterprises.csv（SHA-256 指纹 {fp}）" in result.stdout
    record = json.loads(next(out.glob("group1-*.json")).read_text(encoding="utf-8"))
    assert record["sample_data"] is True
    assert record["enterprises_file"] == "enterprises.csv"
    # every printed page of it carries the banner
    sheet = Path(run(runner, "sheet", str(next(out.glob("group1-*.json")))).stdout.strip())
    assert BANNER in sheet.read_text(encoding="utf-8")
    checklist = tmp_path / "c.html"
    assert run(runner, "checklist", str(out), "--out", str(checklist)).exit_code == 0
    assert checklist.read_text(encoding="utf-8").count(BANNER) == 2  # one a drawn enterprise


def test_a_real_list_gets_no_banner_and_no_sample_key(runner: CliRunner, project: Project) -> None:
    record_path = draw(runner, project, *PEOPLE)
    record = json.loads(record_path.read_text(encoding="utf-8"))
    assert "sample_data" not in record  # left out, never false: old records keep their bytes
    assert record["enterprises_file"] == "enterprises.csv"
    result = run(
        runner, "draw", "--group", "2", "--seed", SEED, *project.args(), "--out", str(project.out)
    )
    assert BANNER not in result.stdout
    assert "企业名单：enterprises.csv" in result.stdout


def test_the_ceremony_names_the_list_and_flags_the_sample(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = run(
        runner,
        "ceremony",
        "--no-input",
        "--group",
        "1",
        "--prefecture",
        "湘潭",
        *PEOPLE,
        "--seed-part",
        "3820174956",
        "--seed-part",
        "1023847561",
        "--groups",
        str(PLAN_2021),
        "--enterprises",
        str(SAMPLE),
        "--out",
        str(tmp_path / "draws"),
    )
    assert result.exit_code == exitcodes.OK, result.output
    assert "抽签前承诺单（请打印，掷骰子之前签字）：" in result.stdout
    lines = result.stdout.splitlines()
    assert BANNER in lines[1]  # right under the title, before step 1
    assert lines[3].startswith("企业名单：enterprises.csv（SHA-256 指纹 ")
    commitment = json.loads(
        next((tmp_path / "draws").glob("commitment-*.json")).read_text(encoding="utf-8")
    )
    assert commitment["sample_data"] is True
    assert commitment["enterprises_file"] == "enterprises.csv"


# --- the sign-off sheet --------------------------------------------------------------------


@pytest.fixture
def record(runner: CliRunner, project: Project) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(draw(runner, project, *PEOPLE).read_text(encoding="utf-8"))
    return data


def test_q6_sheet_warns_where_a_name_or_the_place_is_missing(record: dict[str, Any]) -> None:
    assert "以下未登记" not in render_html(record)
    rec = dict(record, witnesses={**record["witnesses"], "bureau_rep": ""}, place="")
    rec = with_digest(rec)
    warning = "注意：以下未登记（Q6）：被检查市州局代表、抽签地点。请当场手写补填并签字。"
    page = render_html(rec)
    assert f'签字确认<span class="q6">{warning}</span></h2>' in page
    # and where the name goes: under the bureau representative's line, in red
    assert page.count('<span class="missing">未登记姓名（Q6）：请手写姓名</span>') == 1
    assert warning in render_markdown(rec)
    assert (
        "Note: not recorded (Q6): Target prefecture bureau representative, the place of the draw."
        in render_html(rec, "en")
    )


def test_sheet_shows_the_leader_when_the_record_names_one(record: dict[str, Any]) -> None:
    assert "登记姓名：赵组长" not in render_html(record)
    rec = with_digest(dict(record, present={"leader": "赵组长"}))
    page = render_html(rec)
    assert "登记姓名：赵组长" in page
    assert page.index("组长</div>") < page.index("登记姓名：赵组长")


def test_sheet_explains_the_weighted_odds_and_names_the_list(record: dict[str, Any]) -> None:
    page = render_html(record)
    assert text("paper.odds_note", "zh") in page
    assert "<th>企业名单</th><td>enterprises.csv</td>" in page
    assert fingerprint(record["enterprises_sha256"]) in page
    old = {k: v for k, v in record.items() if k != "enterprises_file"}
    assert "（记录未载文件名）" in render_html(with_digest(old))  # a record made before


def test_sheet_columns_keep_codes_counties_and_odds_whole(record: dict[str, Any]) -> None:
    page = render_html(record)
    item = record["selected"][0]
    assert f'<td class="nb id">{item["id"]}</td>' in page
    assert f'<td class="nb">{item["county"]}</td>' in page
    assert ".drawn td.nb, .drawn th.nb { white-space: nowrap; width: 1%; }" in page


# --- the commitment sheet and the void statement ---------------------------------------


@pytest.fixture
def ceremony(runner: CliRunner, project: Project) -> Project:
    result = run(
        runner,
        "ceremony",
        "--no-input",
        "--group",
        "1",
        "--prefecture",
        "丙市",
        *PEOPLE,
        "--seed-part",
        "3820174956",
        "--seed-part",
        "1023847561",
        *project.args(),
        "--out",
        str(project.out),
    )
    assert result.exit_code == exitcodes.OK, result.output
    return project


def test_the_ceremony_writes_the_commitment_sheet_before_the_seed(ceremony: Project) -> None:
    path = next(ceremony.out.glob("commitment-*.json"))
    page = path.with_name(f"{path.stem}.sheet.html").read_text(encoding="utf-8")
    assert "交叉执法抽签前承诺单" in page and json.loads(path.read_text())["digest"] in page


def test_commitment_sheet_has_pools_rules_people_and_seed_making(
    runner: CliRunner, ceremony: Project
) -> None:
    path = next(ceremony.out.glob("commitment-*.json"))
    path.with_name(f"{path.stem}.sheet.html").unlink()  # the ceremony's; sheet writes it again
    result = run(runner, "sheet", str(path))
    assert result.exit_code == exitcodes.OK, result.output
    page_path = Path(result.stdout.strip())
    assert page_path == path.with_name(f"{path.stem}.sheet.html")
    page = page_path.read_text(encoding="utf-8")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert "交叉执法抽签前承诺单" in page
    for pool in doc["pools"]:
        assert pool["digest"] in page and fingerprint(pool["digest"]) in page
    assert "丙市（本次）" in page
    assert "Q3：全组至少 1 家属于 金属冶炼" in page
    assert "随机种子如何产生" in page and "合计至少 20 位数字" in page
    assert "登记姓名：张三" in page and "登记姓名：王五" in page
    assert doc["digest"] in page and fingerprint(doc["digest"]) in page
    assert BANNER not in page  # the project's list is not the sample
    assert "以下未登记" not in page
    md = run(runner, "sheet", str(path), "--format", "md", "--out", str(path.with_suffix(".md")))
    assert md.exit_code == exitcodes.OK, md.output
    assert "# 交叉执法抽签前承诺单" in path.with_suffix(".md").read_text(encoding="utf-8")


def test_a_commitment_changed_after_it_was_written_gets_no_sheet(
    runner: CliRunner, ceremony: Project
) -> None:
    path = next(ceremony.out.glob("commitment-*.json"))
    path.with_name(f"{path.stem}.sheet.html").unlink()  # the ceremony's own
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["present"]["witness"] = "李鬼"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = run(runner, "sheet", str(path))
    assert result.exit_code == exitcodes.MISMATCH, result.output
    assert "承诺写好后被改过，因此不生成承诺单" in result.stderr  # in Chinese under zh
    assert not path.with_name(f"{path.stem}.sheet.html").exists()


def test_void_statement_names_the_draw_the_reason_and_the_ledger_line(
    runner: CliRunner, ceremony: Project
) -> None:
    record = next(ceremony.out.glob("group1-丙市-*.json"))
    refused = run(runner, "sheet", str(record), "--page", "void")
    assert refused.exit_code == exitcodes.BAD_INPUT
    assert "这次抽签没有作废" in refused.stderr
    reason = "见证人未到场，经双方同意重抽"
    assert run(runner, "void", str(record), "--reason", reason).exit_code == exitcodes.OK
    result = run(runner, "sheet", str(record), "--page", "void")
    assert result.exit_code == exitcodes.OK, result.output
    page = Path(result.stdout.strip()).read_text(encoding="utf-8")
    assert Path(result.stdout.strip()).name == f"{record.stem}.void.html"
    assert "交叉执法抽签作废说明" in page and reason in page
    # the ledger: commitment line 1, seed commitment 2, seed 3, draw line 4, void line 5
    assert "ledger.jsonl 第 5 行，指纹 " in page and "ledger.jsonl 第 4 行" in page
    assert record.name in page
    assert "作废经办人" in page and "登记姓名：张三" in page
    assert "stamped 已作废" not in result.stderr  # the void page is meant for a voided draw
    md = record.with_suffix(".void.md")
    args = ["sheet", str(record), "--page", "void", "--format", "md", "--lang", "en"]
    assert run(runner, *args, "--out", str(md)).exit_code == exitcodes.OK
    assert "# Cross-enforcement draw: void statement" in md.read_text(encoding="utf-8")


def test_a_commitment_the_ledger_does_not_hold_is_printed_with_a_warning(
    runner: CliRunner, ceremony: Project
) -> None:
    path = next(ceremony.out.glob("commitment-*.json"))
    elsewhere = ceremony.root / "copy" / path.name
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(path.read_bytes())
    result = run(runner, "sheet", str(elsewhere))
    assert result.exit_code == exitcodes.OK, result.output
    assert "账本（同一文件夹的 ledger.jsonl）中没有这份承诺的记录行" in result.stderr


# --- exports read back as a LIST -------------------------------------------------------


def test_export_workbook_filled_in_by_a_clerk_is_accepted_as_a_list(
    runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    draw(runner, project, *PEOPLE)
    monkeypatch.chdir(project.root)
    result = run(runner, "export", str(project.out), *project.args())
    assert result.exit_code == exitcodes.OK, result.output
    book = project.root / "交叉执法对象-第一组.xlsx"  # the default name says what it holds
    assert book.exists()
    wb = openpyxl.load_workbook(book)
    sheet = wb["执法对象"]
    header = [c.value for c in sheet[1]]
    start, end = header.index("检查开始") + 1, header.index("检查结束") + 1
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row, start).value = dt.datetime(2025, 5, 12)
        sheet.cell(row, end).value = dt.datetime(2025, 5, 13)
    sheet.cell(1, len(header) + 1).value = "备注"
    sheet.cell(2, len(header) + 1).value = "已电话通知企业"
    wb.save(book)
    checked = run(runner, "validate", str(book), *project.args())
    assert checked.exit_code == exitcodes.OK, checked.output
    notes = [line for line in checked.stderr.splitlines() if "已忽略" in line]
    assert len(notes) == 1, checked.stderr  # ONE note, not one per column or row
    assert "'抽签记录摘要'" in notes[0] and "'备注'" in notes[0] and "检查开始" not in notes[0]
    again = run(
        runner, "export", str(project.out), *project.args(), "--list", str(book), "--out", "x.xlsx"
    )
    assert again.exit_code == exitcodes.OK, again.output
    rows = list(openpyxl.load_workbook(project.root / "x.xlsx")["执法对象"].values)
    assert rows[1][-2:] == ("2025-05-12", "2025-05-13")


def test_export_csv_is_accepted_as_a_list(runner: CliRunner, project: Project) -> None:
    draw(runner, project, *PEOPLE)
    out = project.root / "t.csv"
    assert (
        run(
            runner,
            "export",
            str(project.out),
            *project.args(),
            "--format",
            "csv",
            "--out",
            str(out),
        ).exit_code
        == 0
    )
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    rows[1][-2:] = ["2025-05-12", "2025-05-13"]
    with out.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    checked = run(runner, "validate", str(out), *project.args())
    assert checked.exit_code == exitcodes.OK, checked.output
    assert checked.stderr.count("已忽略") == 1


def test_unknown_columns_stay_errors_when_a_required_one_is_missing(
    runner: CliRunner, project: Project
) -> None:
    path = project.root / "list.csv"
    path.write_text("市州,信用代码X,来源\n丙市,x,抽签\n", encoding="utf-8")
    result = run(runner, "validate", str(path), *project.args())
    assert result.exit_code == exitcodes.BAD_INPUT
    assert "第 2 列“信用代码X”不是可识别的列名" in result.stderr  # perhaps its typo: said so


def test_checklist_default_name_says_which_group(
    runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    draw(runner, project, *PEOPLE)
    monkeypatch.chdir(project.root)
    result = run(runner, "checklist", str(project.out))
    assert result.exit_code == exitcodes.OK, result.output
    assert (project.root / "检查表-第一组.html").exists()


def test_a_record_with_a_repeated_key_and_a_control_character_is_refused_not_crashed() -> None:
    """Found by test_fuzz once records grew: the locator of a repeated key met a key holding
    a raw control character that json.loads had not reached yet."""
    from crossdraw.domain.errors import InputError
    from crossdraw.records.jsonfile import read_json

    data = b'{"x": {"a": 1, "a": 2}, "b\x1c": 3}'  # the repeat is met first
    with pytest.raises(InputError) as caught:
        read_json(data, "r.json", what="a crossdraw record")
    assert "this key appears twice" in str(caught.value.problems[0])


def test_the_xlsx_checklist_of_a_sample_draw_starts_with_the_banner(
    runner: CliRunner, tmp_path: Path
) -> None:
    out = tmp_path / "draws"
    base = ["--groups", str(PLAN_2021), "--enterprises", str(SAMPLE), "--out", str(out)]
    assert run(runner, "draw", "--group", "1", "--seed", SEED, *base).exit_code == 0
    book = tmp_path / "c.xlsx"
    result = run(runner, "checklist", str(out), "--format", "xlsx", "--out", str(book))
    assert result.exit_code == exitcodes.OK, result.output
    for sheet in openpyxl.load_workbook(book).worksheets:
        assert sheet["A1"].value == BANNER
