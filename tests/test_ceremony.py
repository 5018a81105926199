"""The guided ceremony (Q6): commitment before the seed, parties' seed parts, no hanging prompts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossdraw.cli import cmd_ceremony, exitcodes
from crossdraw.cli.app import app
from crossdraw.domain.canonical import fingerprint
from crossdraw.output.messages import resolve_lang
from crossdraw.store import ledger
from tests.conftest import Project

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


def invoke(runner: CliRunner, args: list[str], text: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, args, input=text)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_q6_unnamed_parties_are_written_by_their_chinese_default_in_either_language(
    runner: CliRunner, project: Project, lang: str
) -> None:
    """The ledger and the record hold the same bytes whatever language the screen speaks."""
    args = ["ceremony", "--no-input", "--group", "1", "--prefecture", "丙市", *PEOPLE]
    args += ["--seed-part", "3820174956", "--seed-part", "1023847561", *project.args()]
    code, _, err = invoke(runner, [*args, "--out", str(project.out), "--lang", lang])
    assert code == 0, err
    record = json.loads(next(project.out.glob("group1-丙市-*.json")).read_text(encoding="utf-8"))
    assert record["seed"]["parties"] == ["第1方", "第2方"]
    seed_line = next(e for e in ledger.read(project.out) if e.type == "seed")
    assert [part.party for part in seed_line.line_model.parts] == ["第1方", "第2方"]


def test_q6_ceremony_without_a_terminal_takes_every_answer_from_flags(
    runner: CliRunner, project: Project
) -> None:
    args = [
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
    ]
    code, out, err = invoke(runner, args)
    assert code == 0, err
    assert "第1步" in out and "企业库指纹" in out
    assert "Q3 金属冶炼：全组至少 1 家" in out
    assert "Q4（Q5）：两个被检查市州均无可抽的水泥企业，建材企业可以代替" in out
    commitment = next(project.out.glob("commitment-*.json"))
    record_path = next(p for p in project.out.glob("group1-丙市-*.json"))
    assert record_path.with_suffix(".sheet.html").exists()
    drawn = next(e for e in ledger.read(project.out) if e.type == "draw")
    page = record_path.with_suffix(".sheet.html").read_text(encoding="utf-8")
    assert f"第 {drawn.line} 行，账本头 {fingerprint(drawn.sha256)}" in page  # for verify --head
    assert "签字确认单" in out
    record = json.loads(record_path.read_text(encoding="utf-8"))
    assert record["seed"]["parts"] == ["3820174956", "1023847561"]
    assert record["seed"]["value"] == "3820174956-1023847561"
    # without a terminal the 组长 is left out; the guide is the plan's (Q6, issue 12)
    assert record["witnesses"] == {
        "witness": "张三",
        "drawer": "李四",
        "bureau_rep": "王五",
        "guide": "王五",
    }
    doc = json.loads(commitment.read_text(encoding="utf-8"))
    assert doc["present"]["witness"] == "张三"
    assert [p["digest"] for p in doc["pools"]] == [p["digest"] for p in record["pools"]]
    # the second target is offered next, and the first is not offered again
    code, _, err = invoke(runner, args)
    assert code == exitcodes.BAD_INPUT and "已抽签" in err


def test_ceremony_without_a_terminal_never_prompts_for_a_missing_answer(
    runner: CliRunner, project: Project
) -> None:
    code, _, err = invoke(
        runner,
        [
            "ceremony",
            "--no-input",
            "--group",
            "1",
            "--prefecture",
            "丙市",
            "--seed-part",
            "1" * 20,
            *project.args(),
            "--out",
            str(project.out),
        ],
    )
    assert code == exitcodes.BAD_INPUT
    assert "--witness" in err
    assert not list(project.out.glob("group*.json"))


def test_short_seed_needs_explicit_confirmation(runner: CliRunner, project: Project) -> None:
    base = [
        "ceremony",
        "--no-input",
        "--group",
        "1",
        "--prefecture",
        "丙市",
        *PEOPLE,
        "--lang",
        "en",
        *project.args(),
        "--out",
        str(project.out),
    ]
    code, _, err = invoke(runner, [*base, "--seed-part", "12345"])
    assert code == exitcodes.BAD_INPUT and "--accept-short-seed" in err
    assert not list(project.out.glob("group*.json"))
    code, out, err = invoke(runner, [*base, "--seed-part", "12345", "--accept-short-seed"])
    assert code == 0, err
    assert "Step 1" in out


def test_interactive_ceremony_shows_each_part_back_and_reveals(
    runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cmd_ceremony, "is_terminal", lambda: True)
    answers = (
        "\n".join(
            [
                "1",  # group
                "丁市",  # target
                "张三",
                "李四",
                "王五",
                "丁市应急管理局",
                "赵组长",  # 组长
                "",  # the plan's guide
                "",  # no beacon
                "2",  # parties
                "否",  # typed openly
                "甲方",  # who rolls for party 1
                "12345x",
                "1234567890",
                "n",
                "1234567891",
                "y",  # party 1: typo, then correction
                "",  # party 2 keeps its default name
                "0987654321",
                "y",  # party 2
                "",  # press Enter to reveal
            ]
        )
        + "\n"
    )
    code, out, err = invoke(
        runner, ["ceremony", *project.args(), "--out", str(project.out)], answers
    )
    assert code == 0, out + err
    assert "只能输入数字" in out
    record = json.loads(next(project.out.glob("group1-丁市-*.json")).read_text(encoding="utf-8"))
    assert record["seed"]["parts"] == ["1234567891", "0987654321"]
    assert record["seed"]["parties"] == ["甲方", "第2方"]
    assert record["witnesses"]["leader"] == "赵组长"
    assert "抽中" in out


def test_draw_in_a_terminal_without_seed_starts_the_ceremony(
    runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cmd_ceremony, "is_terminal", lambda: True)
    answers = "\n".join(
        ["丙市", "张三", "李四", "王五", "", "赵组长", "", "", "1", "", "", "1" * 20, "1" * 20, ""]
    )
    answers += "\n"
    code, out, err = invoke(
        runner, ["draw", "--group", "1", *project.args(), "--out", str(project.out)], answers
    )
    assert code == 0, out + err
    assert list(project.out.glob("group1-丙市-*.json"))


def test_ctrl_c_before_the_seed_leaves_no_record(
    runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cmd_ceremony, "is_terminal", lambda: True)
    # input ends after the names: the prompt for parties hits end of input (as Ctrl-D/Ctrl-C)
    answers = "\n".join(["1", "丙市", "张三", "李四", "王五", ""]) + "\n"
    code, _, _ = invoke(runner, ["ceremony", *project.args(), "--out", str(project.out)], answers)
    assert code != 0
    assert not list(project.out.glob("group*.json"))
    assert not [p for p in project.out.glob("*") if p.name.endswith(".tmp")]


@pytest.mark.parametrize(
    ("option", "env", "expected"),
    [
        (None, {}, "zh"),
        ("en", {}, "en"),
        (None, {"CROSSDRAW_LANG": "en"}, "en"),
        (None, {"LANG": "en_US.UTF-8"}, "en"),
        (None, {"LANG": "zh_CN.UTF-8"}, "zh"),
    ],
)
def test_language_from_option_env_or_locale(
    monkeypatch: pytest.MonkeyPatch, option: str | None, env: dict[str, str], expected: str
) -> None:
    for var in ("CROSSDRAW_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert resolve_lang(option) == expected


def test_commitment_is_written_before_any_seed_exists(
    runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cmd_ceremony, "is_terminal", lambda: True)
    answers = "\n".join(["1", "丙市", "张三", "李四", "王五", "", "赵组长", ""]) + "\n"
    invoke(runner, ["ceremony", *project.args(), "--out", str(project.out)], answers)
    (commitment,) = list(Path(project.out).glob("commitment-*.json"))
    assert "seed" not in json.loads(commitment.read_text(encoding="utf-8"))


def test_a_commitment_alone_does_not_count_as_a_draw(runner: CliRunner, project: Project) -> None:
    base = [
        "ceremony",
        "--no-input",
        "--group",
        "1",
        "--prefecture",
        "丙市",
        *PEOPLE,
        *project.args(),
        "--out",
        str(project.out),
    ]
    code, _, _ = invoke(runner, [*base, "--seed-part", "123"])  # refused: short seed
    assert code == exitcodes.BAD_INPUT
    assert list(project.out.glob("commitment-*.json"))
    code, _, err = invoke(runner, [*base, "--seed-part", "1" * 20])
    assert code == 0, err


def test_ceremony_logs_commitment_then_draw_in_the_ledger_and_the_folder_verifies(
    runner: CliRunner, project: Project
) -> None:
    code, _, err = invoke(
        runner,
        [
            "ceremony",
            "--no-input",
            "--group",
            "1",
            "--prefecture",
            "丙市",
            *PEOPLE,
            "--seed-part",
            "1" * 20,
            *project.args(),
            "--out",
            str(project.out),
        ],
    )
    assert code == 0, err
    lines = [
        json.loads(x)
        for x in (project.out / "ledger.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert [x["type"] for x in lines] == ["commitment", "seed-commit", "seed", "draw"]
    code, out, _ = invoke(runner, ["verify", str(project.out)])
    assert code == exitcodes.OK, out


@pytest.fixture
def runner(zh_runner: CliRunner) -> CliRunner:
    """The ceremony as a Chinese user runs it: Chinese by default."""
    return zh_runner
