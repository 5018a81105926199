"""`crossdraw plan odds` and `crossdraw plan draw` end to end (issue 14, §18)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.domain.canonical import canonical_json
from crossdraw.domain.rules import check_plan
from crossdraw.load.pairs import plan_pairs
from crossdraw.load.planfile import load_plan
from tests.test_cli import run

ROOT = Path(__file__).resolve().parents[1]
HUNAN = ROOT / "data" / "groups.yaml"
HUNAN_LIST = ROOT / "data" / "enterprises.csv"
SEED = "38201749561023847561"
SIX = """\
plan: {title: 乙省交叉执法方案, year: 2025, deadline: 2025-06-20, extended_deadline: 2025-07-01,
       roster_due: 2025-05-14, summary_due: 2025-06-25}
rules: {members_per_group: 2, targets_per_group: 2, per_prefecture: 2, min_counties: 2}
groups:
  - {id: 1, name: 第一组, members: [甲市, 乙市], targets: [丙市, 丁市], guide: {name: 王五, title: 处长}}
  - {id: 2, name: 第二组, members: [丙市, 丁市], targets: [戊市, 己市]}
  - {id: 3, name: 第三组, members: [戊市, 己市], targets: [甲市, 乙市]}
prefectures:
  - {name: 甲市, aliases: [甲], counties: [甲一区, 甲二县]}
  - {name: 乙市, counties: [乙一区, 乙二县]}
  - {name: 丙市, counties: [丙一区]}
  - {name: 丁市, counties: [丁一区]}
  - {name: 戊市, counties: [戊一区]}
  - {name: 己市, counties: [己一区]}
"""


@pytest.fixture(scope="module")
def hunan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled 2021 plan's table of 2022, drawn once for the module."""
    out = tmp_path_factory.mktemp("hunan") / "draws"
    code, stdout, stderr = run(
        CliRunner(),
        "plan", "draw", "--groups", str(HUNAN), "--year", "2022", "--seed", SEED,
        "--out", str(out), "--witness", "张三", "--drawer", "李四", "--place", "省应急管理厅",
    )  # fmt: skip
    assert code == exitcodes.OK, stdout + stderr
    return out


@pytest.fixture
def six(tmp_path: Path) -> Path:
    path = tmp_path / "six.yaml"
    path.write_text(SIX, encoding="utf-8")
    return path


def test_p3_p4_2022_plan_avoids_2021_and_has_no_reciprocal_pair(hunan: Path) -> None:
    loaded = load_plan(hunan / "groups-2022.yaml")
    assert loaded.plan.plan.year == 2022
    findings = check_plan(loaded.plan, loaded.geography)
    assert [f.message for f in findings if f.severity != "info"] == []
    old = set(plan_pairs(load_plan(HUNAN).plan))
    assert not set(plan_pairs(loaded.plan)) & old
    text = (hunan / "groups-2022.yaml").read_text(encoding="utf-8")
    assert "deadline: 2022-06-20  # 待确认 (to be confirmed)" in text
    assert text.count("guide: null") == 7


def test_written_plan_loads_in_every_command(
    runner: CliRunner, hunan: Path, tmp_path: Path
) -> None:
    plan = str(hunan / "groups-2022.yaml")
    code, out, err = run(runner, "plan", "check", "--groups", plan)
    assert code == exitcodes.OK, out + err
    assert "P4" not in out.replace("P4 warning", "")
    both = ["--groups", plan, "--enterprises", str(HUNAN_LIST)]
    for args in (["pool", "--group", "1"], ["odds", "--group", "2"]):
        code, out, err = run(runner, *args, *both)
        assert code == exitcodes.OK, out + err
    draws = tmp_path / "draws"
    code, out, err = run(runner, "draw", "--group", "3", "--seed", SEED, "--out", str(draws), *both)
    assert code in (exitcodes.OK, exitcodes.INFEASIBLE), out + err
    if code == exitcodes.OK:
        assert run(runner, "verify", str(draws))[0] == exitcodes.OK


def test_verify_rederives_the_table_and_refuses_an_edited_plan(
    runner: CliRunner, hunan: Path, tmp_path: Path
) -> None:
    code, out, err = run(runner, "verify", str(hunan))
    assert code == exitcodes.OK, out + err
    assert "1 table" in out and "7 groups drawn" in out
    copy = tmp_path / "copy"
    copy.mkdir()
    for path in hunan.iterdir():
        (copy / path.name).write_bytes(path.read_bytes())
    plan = copy / "groups-2022.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("guide: null", "guide: {name: 卢斌荣}", 1),
        encoding="utf-8",
    )
    code, out, _ = run(runner, "verify", str(copy))
    assert code == exitcodes.MISMATCH
    assert "the plan was edited after the draw" in out
    record = copy / "table-2022.json"
    data = json.loads(record.read_text(encoding="utf-8"))
    data["groups"][0]["lead"] = data["groups"][0]["members"][1]
    record.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    code, out, _ = run(runner, "verify", str(copy))
    assert code == exitcodes.MISMATCH
    assert "✗ MISMATCH" in out and "groups:" in out


def test_same_seed_same_table_byte_for_byte(runner: CliRunner, hunan: Path, tmp_path: Path) -> None:
    out = tmp_path / "again"
    code, stdout, stderr = run(
        runner, "plan", "draw", "--groups", str(HUNAN), "--year", "2022", "--seed", SEED,
        "--out", str(out), "--json",
    )  # fmt: skip
    assert code == exitcodes.OK, stdout + stderr
    assert (out / "groups-2022.yaml").read_bytes() == (hunan / "groups-2022.yaml").read_bytes()
    first = json.loads((hunan / "table-2022.json").read_text(encoding="utf-8"))
    doc = json.loads(stdout)
    assert doc["groups"] == first["groups"]
    assert doc["ledger_line"] == 1


def test_second_table_of_the_year_is_refused(runner: CliRunner, hunan: Path) -> None:
    before = sorted(p.name for p in hunan.iterdir())
    code, _, err = run(
        runner, "plan", "draw", "--groups", str(HUNAN), "--year", "2022",
        "--seed", "11111111111111111111", "--out", str(hunan),
    )  # fmt: skip
    assert code == exitcodes.BAD_INPUT
    assert "was already drawn (ledger.jsonl line 1); a second table is refused" in err
    assert sorted(p.name for p in hunan.iterdir()) == before


def test_sheet_of_a_table_draw(zh_runner: CliRunner, hunan: Path, tmp_path: Path) -> None:
    runner = zh_runner  # the sheet as a Chinese user prints it by default
    target = tmp_path / "sheet.html"
    code, out, err = run(runner, "sheet", str(hunan / "table-2022.json"), "--out", str(target))
    assert code == exitcodes.OK, out + err
    page = target.read_text(encoding="utf-8")
    assert "交叉执法组安排抽签签字确认单" in page and "第七组" in page and "张三" in page
    md = tmp_path / "sheet.md"
    code, *_ = run(
        runner, "sheet", str(hunan / "table-2022.json"), "--format", "md", "--lang", "en",
        "--out", str(md),
    )  # fmt: skip
    assert code == exitcodes.OK
    assert "Group table draw: sign-off sheet" in md.read_text(encoding="utf-8")


def test_plan_odds_exact_for_a_small_province(runner: CliRunner, six: Path) -> None:
    code, out, err = run(runner, "plan", "odds", "--groups", str(six), "--json")
    assert code == exitcodes.OK, out + err
    doc = json.loads(out)
    assert doc["valid_tables"] == "8" and doc["exact"] is True
    assert len(doc["pairs"]) == 30
    odds = {(p["inspector"], p["target"]): p["probability"] for p in doc["pairs"]}
    assert odds["甲市", "戊市"] == "1/1" and odds["甲市", "丙市"] == "0/1"
    code, out, err = run(runner, "plan", "odds", "--groups", str(six), "--no-avoid-base")
    assert code == exitcodes.OK, out + err
    assert out.startswith("240 valid tables (leads included; P1-P4, no repeated inspection)")
    assert "甲市 inspects → 乙市 " in out


def test_p4_plan_odds_names_the_conflict(runner: CliRunner, project: object) -> None:
    groups = str(project.groups)  # type: ignore[attr-defined]
    code, _, err = run(runner, "plan", "odds", "--groups", groups, "--no-avoid-base")
    assert code == exitcodes.INFEASIBLE
    assert "every table has two groups inspecting each other (P3, P4)" in err
    code, _, err = run(runner, "plan", "draw", "--groups", groups, "--year", "2026", "--seed",
                       SEED, "--out", str(Path(groups).parent / "d"))  # fmt: skip
    assert code == exitcodes.INFEASIBLE
    assert not (Path(groups).parent / "d").exists()


def test_p2_forbidden_pairs_leave_a_prefecture_uninspected(
    runner: CliRunner, six: Path, tmp_path: Path
) -> None:
    forbid = tmp_path / "forbid.csv"
    forbid.write_text(
        "inspector,target\n甲市,戊市\n乙市,戊市\n丙市,戊市\n丁市,戊市\n", encoding="utf-8"
    )
    code, _, err = run(
        runner, "plan", "odds", "--groups", str(six), "--forbid", str(forbid), "--no-avoid-base"
    )
    assert code == exitcodes.INFEASIBLE
    assert "P2：戊市 只能被 1 个市州检查（己市），而每组有 2 个组建市州（禁止来源：--forbid" in err
    assert "P2: 戊市 can be inspected by only 1 prefecture(s) (己市)" in " ".join(err.split())


def test_q6_plan_draw_with_forbid_avoid_and_seed_parts(
    runner: CliRunner, six: Path, tmp_path: Path
) -> None:
    forbid = tmp_path / "forbid.csv"
    forbid.write_text("检查市州,被检查市州,原因\n甲,乙市,邻市\n", encoding="utf-8")
    avoid = tmp_path / "2024.yaml"
    avoid.write_text(SIX.replace("year: 2025", "year: 2024"), encoding="utf-8")
    out = tmp_path / "draws"
    code, stdout, err = run(
        runner, "plan", "draw", "--groups", str(six), "--no-avoid-base", "--avoid", str(avoid),
        "--forbid", str(forbid), "--year", "2026", "--seed", "1234567890-0987654321",
        "--out", str(out), "--json",
    )  # fmt: skip
    assert code == exitcodes.OK, stdout + err
    record = json.loads((out / "table-2026.json").read_text(encoding="utf-8"))
    assert record["seed"] == {
        "value": "1234567890-0987654321",
        "parts": ["1234567890", "0987654321"],
        "rule": "parts joined with '-' in the order entered",
    }
    assert [s["kind"] for s in record["forbidden"]["sources"]] == ["avoid", "forbid"]
    assert ["甲市", "乙市"] in record["forbidden"]["pairs"]
    new = load_plan(out / "groups-2026.yaml")
    assert new.geography.names() == load_plan(six).geography.names()
    assert run(runner, "verify", str(out))[0] == exitcodes.OK


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--seed", "12345abc901234567890"], "character 6 is U+0061 'a'"),
        (["--seed", "1234567890 1234567890"], "U+0020 ' '"),
        (["--seed", "1234567890--1234567890"], "U+002D '-'"),
        (["--seed", "１２３４５６７８９０１２３４５６７８９０"], "U+FF11"),
        (["--seed", "1234"], "the seed has only 4 digits, at least 20 are needed"),
        (["--seed", "1234-5678"], "the seed has only 8 digits"),
        (["--seed", ""], "the seed is empty"),
        ([], "Missing option '--seed'"),
    ],
)
def test_q6_seed_rules_as_for_enterprise_draws(
    runner: CliRunner, six: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    code, _, err = run(
        runner, "plan", "draw", "--groups", str(six), "--year", "2026", "--out",
        str(tmp_path / "d"), *args,
    )  # fmt: skip
    assert code == exitcodes.BAD_INPUT
    assert message in err
    assert not (tmp_path / "d").exists()


def test_short_seed_accepted_when_asked(runner: CliRunner, six: Path, tmp_path: Path) -> None:
    code, out, err = run(
        runner, "plan", "draw", "--groups", str(six), "--year", "2026", "--out",
        str(tmp_path / "d"), "--seed", "7", "--accept-short-seed",
    )  # fmt: skip
    assert code == exitcodes.OK, out + err


@pytest.mark.parametrize(
    ("csv_text", "message"),
    [
        ("inspector,target\n甲市,庚市\n", "row 2: unknown prefecture '庚市'"),
        ("inspector,target\n甲市,\n", "row 2: empty 被检查市州 (target)"),
        ("inspector,target\n甲市,甲\n", "row 2: 甲市 is both inspector and target (P3"),
        ("inspector,target\n甲市,乙市\n甲,乙市\n", "row 3: 甲市 → 乙市 is also on row 2"),
        ("from,to\n甲市,乙市\n", "unknown column 1 'from'"),
        ("inspector,target\n甲市,乙\u200b市\n", "holds an invisible character"),
        ("inspector,target\n甲市,乙市,丙市\n", "has 3 cells but the header names 2 columns"),
    ],
)
def test_forbid_file_is_validated_like_every_input(
    runner: CliRunner, six: Path, tmp_path: Path, csv_text: str, message: str
) -> None:
    forbid = tmp_path / "forbid.csv"
    forbid.write_text(csv_text, encoding="utf-8")
    code, _, err = run(runner, "plan", "odds", "--groups", str(six), "--forbid", str(forbid))
    assert code == exitcodes.BAD_INPUT
    assert str(forbid) in err and message in " ".join(err.split())


def test_avoid_plan_of_another_province_is_refused(
    runner: CliRunner, six: Path, tmp_path: Path
) -> None:
    code, _, err = run(runner, "plan", "odds", "--groups", str(six), "--avoid", str(HUNAN))
    assert code == exitcodes.BAD_INPUT
    assert "groups[0].members[0]: 长沙市 is not a prefecture of the --groups plan" in err


def test_p1_sizes_that_cannot_form_a_table(runner: CliRunner, six: Path) -> None:
    six.write_text(SIX.replace("targets_per_group: 2", "targets_per_group: 3"), encoding="utf-8")
    code, _, err = run(runner, "plan", "odds", "--groups", str(six))
    assert code == exitcodes.INFEASIBLE
    assert "they must be equal" in err
    six.write_text(SIX.replace("members_per_group: 2, targets_per_group: 2",
                               "members_per_group: 4, targets_per_group: 4"), encoding="utf-8")  # fmt: skip
    code, _, err = run(runner, "plan", "odds", "--groups", str(six))
    assert code == exitcodes.INFEASIBLE
    assert "cannot form groups of 4 members" in err


@pytest.mark.parametrize("command", ["odds", "draw"])
def test_plan_table_commands_have_help_ending_in_an_example(
    runner: CliRunner, command: str
) -> None:
    code, out, _ = run(runner, "plan", command, "--help")
    assert code == exitcodes.OK
    assert f"crossdraw plan {command}" in out.split("Example:")[1]


def test_plan_odds_estimates_are_labelled_with_method_and_margin(
    runner: CliRunner, six: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crossdraw.lottery import table_odds
    from crossdraw.services import plan_table

    monkeypatch.setattr(plan_table, "table_odds", lambda problem: table_odds.estimate(problem, 400))
    code, out, err = run(runner, "plan", "odds", "--groups", str(six), "--json")
    assert code == exitcodes.OK, out + err
    doc = json.loads(out)
    assert doc["exact"] is False
    assert doc["estimate"]["proposals"] == 400
    assert "crossdraw-plan-odds-v1" in doc["estimate"]["method"]
    assert all("margin" in p for p in doc["pairs"])
    code, out, err = run(runner, "plan", "odds", "--groups", str(six))
    assert code == exitcodes.OK, out + err
    assert "ESTIMATE, not exact" in " ".join(out.split())
    assert all("±" in line for line in out.splitlines() if "inspects →" in line)
    code, out, err = run(runner, "plan", "odds", "--groups", str(six), "--lang", "zh")
    assert code == exitcodes.OK, out + err
    assert "估计值，非精确" in out
    assert all("±" in line for line in out.splitlines() if "检查 →" in line)


def test_signed_table_line_needs_the_key_like_every_line(tmp_path: Path, six: Path) -> None:
    """Issue 11 on the table line: drawn with --sign-key, the line is crossdraw-ledger/2 and
    signed, so verify --public-key checks it; a line stripped of its signature fails."""
    keys = tmp_path / "keys"
    assert run(CliRunner(), "keygen", "--out", str(keys))[0] == exitcodes.OK
    out = tmp_path / "draws"
    code, stdout, stderr = run(
        CliRunner(),
        "plan", "draw", "--groups", str(six), "--year", "2026", "--seed", SEED,
        "--out", str(out), "--sign-key", str(keys / "crossdraw-signing.key"),
    )  # fmt: skip
    assert code == exitcodes.OK, stdout + stderr
    ledger = out / "ledger.jsonl"
    line = json.loads(ledger.read_text(encoding="utf-8"))
    assert line["type"] == "table" and line["schema"] == "crossdraw-ledger/2"
    assert "signature" in line
    pub = str(keys / "crossdraw-signing.pub")
    assert run(CliRunner(), "verify", str(out), "--public-key", pub)[0] == exitcodes.OK
    unsigned = {k: v for k, v in line.items() if k != "signature"}
    ledger.write_bytes(canonical_json({**unsigned, "schema": "crossdraw-ledger/1"}) + b"\n")
    assert run(CliRunner(), "verify", str(out))[0] == exitcodes.OK  # a sound unsigned line
    assert run(CliRunner(), "verify", str(out), "--public-key", pub)[0] == exitcodes.MISMATCH
