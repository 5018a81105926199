"""Chinese first (issue 12): Click's own words, help, errors, findings, --json errors,
Ctrl-C, and terminals of any width; English with --lang en, CROSSDRAW_LANG or the locale."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.cli.app import app
from crossdraw.output.messages import CATALOG, current_lang, finding_text
from tests.conftest import Project, uscc

ROOT = Path(__file__).resolve().parent.parent
SEED = "38201749561023847561"
COMMANDS = [
    [],
    ["plan"],
    ["plan", "check"],
    *[[c] for c in ("pool", "validate", "ceremony", "draw", "odds", "verify", "sheet")],
    *[[c] for c in ("template", "export", "checklist", "void", "recover", "keygen")],
]


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_help_page_is_chinese_by_default(zh_runner: CliRunner, command: list[str]) -> None:
    code, out, _ = run(zh_runner, *command, "--help")
    assert code == 0
    assert out.startswith("用法：crossdraw")
    assert "选项：" in out and "显示本帮助并退出。" in out and "示例：" in out
    for english in ("Usage", "Options", "Arguments", "Commands", "Show this message", "help."):
        assert english not in out


def test_help_names_arguments_and_types_in_chinese(zh_runner: CliRunner) -> None:
    out = run(zh_runner, "verify", "--help")[1]
    assert "用法：crossdraw verify [选项] [记录或文件夹]..." in out
    assert "参数：" in out and "记录或文件夹 <路径>…" in out
    assert "[必填]" in run(zh_runner, "pool", "--help")[1]


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--lang", "en", "pool", "--help"], {}),
        (["pool", "--help", "--lang", "en"], {}),
        (["pool", "--help"], {"CROSSDRAW_LANG": "en"}),
        (["pool", "--help"], {"LANG": "en_US.UTF-8"}),
    ],
)
def test_english_with_lang_env_or_locale(
    zh_runner: CliRunner, monkeypatch: pytest.MonkeyPatch, args: list[str], env: dict[str, str]
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    code, out, _ = run(zh_runner, *args)
    assert code == 0
    assert out.startswith("Usage: crossdraw pool [OPTIONS]")
    assert "Group number (1 = 第一组).  [required]" in out
    assert "Show this message and exit." in out


def test_the_language_of_one_run_does_not_leak_into_the_next(zh_runner: CliRunner) -> None:
    run(zh_runner, "--lang", "en", "pool", "--help")
    assert current_lang() == "zh"
    assert run(zh_runner, "pool", "--help")[1].startswith("用法：")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["pool"], "错误：缺少选项 '--group'。"),
        (["pool", "--group", "x"], "错误：'--group' 的值无效：应为整数"),
        (["pool", "--grop", "1"], "错误：没有选项 --grop。（您是不是要输入：--group、--groups）"),
        (["pool", "--group"], "错误：选项 '--group' 后面需要一个值。"),
        (["validate"], "错误：缺少参数 '名单文件'。"),
    ],
)
def test_click_usage_errors_are_worded_in_chinese(
    zh_runner: CliRunner, args: list[str], message: str
) -> None:
    code, out, err = run(zh_runner, *args)
    assert code == 2 and out == ""
    assert err.splitlines()[-1] == message
    assert "Usage" not in err and "Error" not in err


def test_a_usage_error_shows_the_usage_and_where_to_get_help(zh_runner: CliRunner) -> None:
    err = run(zh_runner, "pool")[2]
    assert err.splitlines()[:2] == [
        "用法：crossdraw pool [选项]",
        "输入“crossdraw pool --help”查看帮助。",
    ]


def test_an_unknown_command_names_the_commands_and_the_nearest(zh_runner: CliRunner) -> None:
    err = run(zh_runner, "poo")[2]
    assert err.splitlines()[-1].startswith("错误：没有“poo”这个命令（可用命令：ceremony、")
    assert err.rstrip().endswith("您是不是要输入“pool”？")


def test_json_usage_errors_are_json_on_stdout(zh_runner: CliRunner) -> None:
    code, out, _ = run(zh_runner, "pool", "--grop", "1", "--json")
    assert code == exitcodes.BAD_INPUT
    assert json.loads(out) == {
        "exit": 2,
        "errors": [{"message": "没有选项 --grop。（您是不是要输入：--group、--groups）"}],
    }


def test_json_input_errors_are_json_on_stdout_and_words_on_stderr(
    zh_runner: CliRunner, project: Project
) -> None:
    args = ["draw", "--group", "1", "--seed", "12", *project.args(), "--out", str(project.out)]
    code, out, err = run(zh_runner, *args, "--json")
    assert code == exitcodes.BAD_INPUT
    doc = json.loads(out)
    assert doc["exit"] == 2
    assert doc["errors"] == [
        {
            "message": "--seed：种子只有 2 位数字，至少需要 20 位：请再掷十面骰子补足位数，"
            "或加 --accept-short-seed 明确确认使用短种子"
        }
    ]
    assert "种子只有 2 位数字" in err


def test_ctrl_c_outside_the_ceremony_exits_130_in_chinese(
    zh_runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    import crossdraw.services.planning as planning

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(planning, "pools", interrupted)
    code, _, err = run(zh_runner, "pool", "--group", "1", *project.args())
    assert code == exitcodes.INTERRUPTED
    assert err == "已取消（Ctrl-C），未保存抽签记录，未写入任何文件。\n"
    assert "Aborted" not in err and "Traceback" not in err


def test_ctrl_c_while_click_parses_exits_130_not_aborted(
    zh_runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.core import TyperGroup

    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(TyperGroup, "main", interrupted)
    code, _, err = run(zh_runner, "pool", "--group", "1")
    assert code == exitcodes.INTERRUPTED
    assert err == "已取消（Ctrl-C），未保存抽签记录，未写入任何文件。\n"


def _list(project: Project, *ids: str) -> Path:
    path = project.root / "proposed.csv"
    rows = "".join(f"丙市,{i},drawn\n" for i in ids)
    path.write_text("prefecture,id,source\n" + rows, encoding="utf-8")
    return path


def test_q2_finding_says_the_rule_in_words(zh_runner: CliRunner, project: Project) -> None:
    listed = _list(project, uscc(8), uscc(9))
    code, out, _ = run(zh_runner, "validate", str(listed), *project.args())
    assert code == exitcodes.VIOLATIONS
    flat = "".join(line.strip(" │┃") for line in out.splitlines())
    assert "Q2 县市区分布：丙市抽中的企业只在1个县市区（丙一区），至少需要2个" in flat
    assert "不符合" in out and "核对结果" in out


def test_q2_finding_in_english(runner: CliRunner, project: Project) -> None:
    listed = _list(project, uscc(8), uscc(9))
    out = run(runner, "validate", str(listed), *project.args(), "--json")[1]
    from crossdraw.domain.rules import Finding

    doc = json.loads(out)
    q2 = next(f for f in doc["violations"] if f["rule"] == "Q2")
    # The engine's message (JSON, records) is as it always was.
    assert q2["message"] == "Q2: 丙市: drawn enterprises lie in 1 county (丙一区), need at least 2"
    worded = Finding(
        "Q2", "error", q2["message"], 1, "丙市", 2, 1, (), "q2",
        (("have", 1), ("names", ("丙一区",)), ("need", 2)), "丙市",
    )  # fmt: skip
    assert finding_text(worded, "en") == (
        "Q2 county spread: 丙市: drawn enterprises lie in 1 of the counties (丙一区), "
        "need at least 2"
    )
    assert finding_text(worded, "zh") == (
        "Q2 县市区分布：丙市抽中的企业只在1个县市区（丙一区），至少需要2个"
    )


def test_every_finding_the_engine_makes_is_worded_in_both_languages() -> None:
    source = (ROOT / "src" / "crossdraw" / "domain" / "rules.py").read_text("utf-8")
    keys = set(re.findall(r'key="(\w+)"', source))
    keys |= set(re.findall(r'kind = "(\w+)"', source))
    keys |= {"p2_target_of", "p2_member_of", "p2_target_of_none", "p2_member_of_none"}
    keys |= {"q1_exact", "q1_count", "q2", "q2_none"}
    assert len(keys) > 30
    assert sorted(k for k in keys if f"finding.{k}" not in CATALOG) == []
    for rule in ("P1", "P2", "P3", "P4", "P5", "P6", "E1", "E2", "E3"):
        assert f"rule.{rule}" in CATALOG
    for rule in ("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "T1", "T2"):
        assert f"rule.{rule}" in CATALOG


def test_plan_check_findings_are_chinese(zh_runner: CliRunner, project: Project) -> None:
    out = run(zh_runner, "plan", "check", "--groups", str(project.groups))[1]
    assert "P1 分组构成：" in "".join(line.strip(" │┃") for line in out.splitlines())
    assert "方案符合 P 规则" in out


# ------------------------------------------------------------------ terminals of any width

FINGERPRINT = re.compile(r"[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}")
FRACTION = re.compile(r"\d+/\d+ \(≈[\d.]+%\)")


def _draw(runner: CliRunner, project: Project, columns: int, mp: pytest.MonkeyPatch) -> str:
    mp.setenv("COLUMNS", str(columns))
    args = ["draw", "--group", "1", "--seed", SEED, "--witness", "甲", "--drawer", "乙"]
    code, out, _ = run(runner, *args, *project.args(), "--out", str(project.out), "--no-input")
    assert code == 0
    return out


@pytest.mark.parametrize("columns", [60, 80, 200])
def test_uscc_fraction_and_fingerprint_are_never_split(
    zh_runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    out = _draw(zh_runner, project, columns, monkeypatch)
    record = json.loads(next(project.out.glob("group1-丙市-*.json")).read_text("utf-8"))
    for selected in record["selected"]:
        assert selected["id"] in out  # the USCC whole, on one line
    assert len(FRACTION.findall(out)) == 4  # two per target, each whole
    assert len(FINGERPRINT.findall(out)) >= 5  # 2 pools, 2 records, the ledger head
    assert all(cell_len(line) <= columns for line in out.splitlines() if "摘要" not in line)


def test_a_narrow_terminal_gets_one_enterprise_per_block(
    zh_runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    narrow = _draw(zh_runner, project, 60, monkeypatch)
    assert "┃" not in narrow and "│" not in narrow
    assert re.search(r"^统一社会信用代码  91999999\w{10}$", narrow, re.MULTILINE)
    assert re.search(r"^概率              \d+/\d+ \(≈", narrow, re.MULTILINE)


def test_a_wide_terminal_gets_the_table(
    zh_runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    wide = _draw(zh_runner, project, 200, monkeypatch)
    assert "┃ 统一社会信用代码" in wide


def test_columns_is_respected_in_a_pipe(
    zh_runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # CliRunner's output is not a terminal: without COLUMNS, 160 columns; with it, COLUMNS.
    monkeypatch.delenv("COLUMNS")
    code, out, _ = run(zh_runner, "pool", "--group", "1", "--prefecture", "丙市", *project.args())
    assert code == 0 and max(map(cell_len, out.splitlines())) <= 160
    monkeypatch.setenv("COLUMNS", "40")
    out = run(zh_runner, "pool", "--group", "1", "--prefecture", "丙市", *project.args())[1]
    assert max(map(cell_len, out.splitlines())) <= 40


# ------------------------------------------------------------------ the share of Chinese


def test_at_least_95_percent_of_what_the_commands_print_is_chinese() -> None:
    spec = importlib.util.spec_from_file_location(
        "chinese_share", ROOT / "scripts" / "chinese_share.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["chinese_share"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    samples = module.measure()
    assert len(samples) > 30
    assert module.share(samples) >= module.TARGET


def test_the_measure_counts_letters_of_words_and_leaves_names_out() -> None:
    spec = importlib.util.spec_from_file_location(
        "chinese_share", ROOT / "scripts" / "chinese_share.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["chinese_share"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    assert module.count("错误：缺少选项 '--group'。") == (6, 0)
    assert module.count("Missing option '--group'.") == (0, 13)
    assert module.count("指纹 3F2A 91BC 0D4E 7711，见 data/groups.yaml，Q2") == (3, 0)


def test_q3_infeasible_says_why_in_chinese(zh_runner: CliRunner, project: Project) -> None:
    from tests.conftest import ROWS, write_enterprises

    rows = [r for r in ROWS if not (r[0] in ("丙市", "丁市") and "metal_smelting" in r[3])]
    write_enterprises(project.enterprises, rows)
    args = ["draw", "--group", "1", "--seed", SEED, *project.args(), "--out", str(project.out)]
    code, _, err = run(zh_runner, *args)
    assert code == exitcodes.INFEASIBLE
    assert err.splitlines() == [
        "无法抽签 第一组（第 1 组）：Q3 金属冶炼：丙市、丁市都没有可抽的金属冶炼企业（可抽企业5家中0家）",
        "无法抽签 未抽签，未写入任何文件",
    ]
    assert not project.out.exists()


def test_e1_list_mistakes_name_the_row_in_chinese(zh_runner: CliRunner, project: Project) -> None:
    path = project.root / "proposed.csv"
    path.write_text(
        f"prefecture,id,source\n丙巿,{uscc(8)},随机\n丙市,,drawn\n丙市,{uscc(99)},drawn\n",
        encoding="utf-8",
    )
    code, _, err = run(zh_runner, "validate", str(path), *project.args())
    assert code == exitcodes.BAD_INPUT
    assert [line.removeprefix(f"错误 {path}，") for line in err.splitlines()] == [
        "第 2 行：未知的市州“丙巿”，您是不是要输入“丙市”（已知：甲市、乙市、丙市、丁市）",
        "第 2 行：来源“随机”既不是“抽签”也不是“建议”",
        "第 3 行：统一社会信用代码 (id)为空",
        f"第 4 行：统一社会信用代码 {uscc(99)} 不在企业名单中",
    ]


def test_a_missing_file_is_named_in_chinese(zh_runner: CliRunner, project: Project) -> None:
    code, _, err = run(zh_runner, "validate", str(project.root / "无.csv"), *project.args())
    assert code == exitcodes.BAD_INPUT
    assert err == f"错误 {project.root / '无.csv'}：无法读取：文件不存在\n"


def test_e1_enterprise_list_mistakes_in_chinese(zh_runner: CliRunner, project: Project) -> None:
    project.enterprises.write_text(
        "id,name,prefecture,county,sector,tags,provincial_direct\n"
        f"{uscc(1)},某公司,甲市,甲一区,钢铁,,也许\n",
        encoding="utf-8",
    )
    code, _, err = run(zh_runner, "pool", "--group", "2", *project.args())
    assert code == exitcodes.BAD_INPUT
    assert [line.removeprefix(f"错误 {project.enterprises}，") for line in err.splitlines()] == [
        "第 2 行：未知的行业“钢铁”；八个行业是：冶金、有色、建材、机械、轻工、纺织、烟草、商贸",
        "第 2 行：省厅直接执法“也许”不是“是”或“否”；请填写 是 或 否（空白表示 否）",
    ]
