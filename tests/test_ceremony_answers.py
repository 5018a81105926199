"""Q6: the ceremony understands the usual answers, asks again after a slip, and stops cleanly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossdraw.cli import cmd_ceremony, exitcodes
from crossdraw.cli.app import app
from crossdraw.domain.answers import dice_digits, grouped, read_group, read_number, read_yes_no
from crossdraw.domain.errors import InputError, Interrupted
from crossdraw.lottery.draw import combine_seed
from crossdraw.services.ceremony import CeremonyRequest, run_ceremony
from crossdraw.services.inputs import InputSpec
from crossdraw.store import ledger
from tests.conftest import Project

DATA = Path(__file__).resolve().parents[1] / "data"
GROUPS = [(1, "第一组"), (2, "第二组")]


class ScriptedIO:
    """The ceremony's input protocol answered from a script; a script that runs out is
    the person pressing Ctrl-D (end of input)."""

    def __init__(self, answers: list[str]) -> None:
        self.lang = "zh"
        self.interactive = True
        self.answers = answers
        self.said: list[str] = []

    def show(self, text: str, *, strong: bool = False) -> None:
        self.said.append(text)

    def ask(self, prompt: str, *, default: str | None = None) -> str:
        self.said.append(prompt)
        if not self.answers:
            raise EOFError
        answer = self.answers.pop(0)
        return answer if answer or default is None else default

    def ask_hidden(self, prompt: str) -> str:
        self.said.append(prompt)
        if not self.answers:
            raise EOFError
        return self.answers.pop(0)


@pytest.mark.parametrize("answer", ["1", "１", "一", "第一组", "1组", "第1组", "一组", " 第１组 "])
def test_q6_group_answer_in_every_usual_form(answer: str) -> None:
    assert read_group(answer, GROUPS) == 1


@pytest.mark.parametrize("answer", ["0", "9", "第三组", "组", "甲", ""])
def test_q6_unknown_group_answer_is_not_a_group(answer: str) -> None:
    assert read_group(answer, GROUPS) is None


def test_q6_group_answer_by_name() -> None:
    assert read_group("第二组", GROUPS) == 2


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        *[("是", True), ("好", True), ("对", True), ("Y", True), ("yes", True), ("否", False)],
        *[("不", False), ("n", False), ("No", False), ("", None), ("嗯", "ask again")],
    ],
)
def test_q6_yes_no_answers(answer: str, expected: object) -> None:
    read = read_yes_no(answer, default=True)
    if expected is None:
        assert read is True  # Enter: the default
    elif expected == "ask again":
        assert read is None
    else:
        assert read is expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        *[("2", 2), ("２", 2), ("二", 2), ("两", 2), ("十", 10), ("十二", 12), ("二十", 20)],
        *[("三十五", 35), ("x", None), ("十x", None), ("", None), ("-1", None)],
    ],
)
def test_q6_number_of_parties_in_every_usual_form(answer: str, expected: int | None) -> None:
    assert read_number(answer) == expected


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("38201749", "38201749"),
        ("０１２３", "0123"),
        ("３８２０ １７４９", "38201749"),
        ("3820\u30001749", "38201749"),  # the ideographic space of a Chinese input method
        ("3820-1749", "38201749"),
        ("3820 17x9", None),
        ("   ", None),
        ("一二三", None),
    ],
)
def test_q6_dice_digits_are_normalised_to_ascii(typed: str, digits: str | None) -> None:
    assert dice_digits(typed) == digits


def test_q6_ascii_dice_digits_draw_exactly_as_before() -> None:
    parts = ["3820174956", "1023847561"]
    normalised = [dice_digits(p) or "" for p in parts]
    assert combine_seed(normalised) == combine_seed(parts) == "3820174956-1023847561"
    assert grouped("38201749561") == "3820 1749 561"


# 组长, the plan's guide (Enter), no beacon (Enter), 1 party, hidden (Enter), default name
LEADER_AND_ONE_HIDDEN_PART = ["赵组长", "", "", "1", "", ""]


def bundled() -> InputSpec:
    return InputSpec(DATA / "groups.yaml", DATA / "enterprises.csv")


def test_q6_ceremony_asks_again_after_every_usual_slip(tmp_path: Path) -> None:
    io = ScriptedIO(
        [
            *("0", "9", "第一组"),  # unknown groups, then the group by name
            *("娄低", "长沙市", "娄底"),  # a typo, a prefecture of another group, then right
            *("张三", "李四", "王五", "", "赵组长", "", ""),  # people, 组长, guide; no beacon
            *("零", "二", "否"),  # parties: not a count, then 二; typed openly
            "",  # party 1's default name
            *("３８２０ １７４９ ５６１０", "嗯", "是"),  # full-width, spaced; a mumble, then 是
            "",  # party 2's default name
            *("3x", "2384-7561", ""),  # not digits; then hyphenated, Enter confirms
            "",  # reveal
        ]
    )
    outcome = run_ceremony(io, bundled().load(), CeremonyRequest(out=tmp_path / "draws"))
    record = outcome.planned.record
    assert record.target == "娄底市"
    assert record.seed.parts == ("382017495610", "23847561")
    assert record.seed.value == "382017495610-23847561"
    said = "\n".join(io.said)
    assert "没有“0”这个组。请输入组号，例如 1、一 或 第一组（可选：1 第一组、2 第二组、" in said
    assert "没有“9”这个组" in said
    assert "“娄低”不是第一组的被检查市州（可选：湘潭市、娄底市）。" in said
    assert "您是不是要输入“娄底市”？" in said
    assert "“长沙市”不是第一组的被检查市州" in said
    assert "请输入参与的方数，例如 2 或 二。" in said
    assert "第1方输入的是 3820 1749 5610（12 位数字），确认吗？（是/否，直接回车 = 是）" in said
    assert "请回答“是”或“否”（也可输入 好、对、不、y、n；直接回车 = 是）。" in said
    assert "只能输入数字 0-9（全角数字、空格均可），请重新输入。" in said
    assert "Error" not in said


def test_q6_ceremony_offers_a_drawn_target_no_more(tmp_path: Path) -> None:
    out = tmp_path / "draws"
    first = [
        "1",
        "湘潭",
        "张三",
        "李四",
        "王五",
        "",
        *LEADER_AND_ONE_HIDDEN_PART,
        "1" * 20,
        "1" * 20,
    ]
    first.append("")  # reveal
    run_ceremony(ScriptedIO(first), bundled().load(), CeremonyRequest(out=out))
    io = ScriptedIO(
        [
            "1",
            "湘潭",
            "娄底市",
            "张三",
            "李四",
            "王五",
            "",
            *LEADER_AND_ONE_HIDDEN_PART,
            "2" * 20,
            "2" * 20,
            "",
        ]
    )
    outcome = run_ceremony(io, bundled().load(), CeremonyRequest(out=out))
    assert outcome.planned.record.target == "娄底市"
    assert "湘潭市已抽签，不能再抽（尚未抽签：娄底市）。" in io.said


def test_q6_a_slip_given_as_an_option_is_asked_again_at_a_terminal(tmp_path: Path) -> None:
    io = ScriptedIO(
        [
            "1",
            "湘潭",
            "张三",
            "李四",
            "王五",
            "",
            *LEADER_AND_ONE_HIDDEN_PART,
            "1" * 20,
            "1" * 20,
            "",
        ]
    )
    request = CeremonyRequest(out=tmp_path / "draws", group=9, prefecture="娄低")
    outcome = run_ceremony(io, bundled().load(), request)
    assert outcome.planned.record.target == "湘潭市"
    assert any(line.startswith("没有“9”这个组。") for line in io.said)
    assert "您是不是要输入“娄底市”？" in io.said


@pytest.mark.parametrize(
    ("group", "prefecture", "flag", "message"),
    [
        (9, "湘潭", "--group", "没有“9”这个组。请输入组号，例如 1、一 或 第一组（可选：1 第一组、"),
        (1, "娄低", "--prefecture", "“娄低”不是第一组的被检查市州（可选：湘潭市、娄底市）。"),
        (1, "娄低", "--prefecture", "您是不是要输入“娄底市”？"),
    ],
)
def test_q6_a_slip_without_a_terminal_is_bad_input_in_chinese(
    tmp_path: Path, group: int, prefecture: str, flag: str, message: str
) -> None:
    io = ScriptedIO([])
    io.interactive = False
    request = CeremonyRequest(out=tmp_path / "draws", group=group, prefecture=prefecture)
    with pytest.raises(InputError) as caught:
        run_ceremony(io, bundled().load(), request)
    (problem,) = caught.value.problems
    assert problem.where == flag and message in problem.what
    assert list(ledger.read(tmp_path / "draws")) == []


def test_q6_end_of_input_before_the_commitment_logs_nothing(tmp_path: Path) -> None:
    out = tmp_path / "draws"
    with pytest.raises(Interrupted) as caught:
        run_ceremony(ScriptedIO(["1", "湘潭", "张三"]), bundled().load(), CeremonyRequest(out=out))
    assert caught.value.message == "中断：未写入任何记录，账本中没有新增内容。"
    assert list(ledger.read(out)) == []


def test_q6_ctrl_c_after_the_commitment_names_it(tmp_path: Path) -> None:
    out = tmp_path / "draws"
    io = ScriptedIO(["1", "湘潭", "张三", "李四", "王五", "", "赵组长", "", "", "2", "1" * 10])
    with pytest.raises(Interrupted) as caught:
        run_ceremony(io, bundled().load(), CeremonyRequest(out=out))
    (commitment,) = out.glob("commitment-*.json")
    assert caught.value.message == (
        "已取消，未保存抽签记录。账本中已记下：承诺（第 1 行）"
        f"（承诺单 {commitment}）。这些记录会在 verify 和 export 中列为“未完成抽签”，重新开始即可。"
    )
    assert [e.type for e in ledger.read(out)] == ["commitment"]
    assert not list(out.glob("group*.json"))


def test_q6_dice_given_as_options_are_normalised_too(tmp_path: Path) -> None:
    request = CeremonyRequest(
        out=tmp_path / "draws",
        group=1,
        prefecture="湘潭",
        witness="张三",
        drawer="李四",
        bureau_rep="王五",
        place="",
        seed_parts=("３８２０１７４９５６", "1023 8475 61"),
    )
    io = ScriptedIO([""])
    io.interactive = False
    outcome = run_ceremony(io, bundled().load(), request)
    assert outcome.planned.record.seed.parts == ("3820174956", "1023847561")


PEOPLE = ["张三", "李四", "王五", ""]


def invoke(runner: CliRunner, args: list[str], answers: list[str]) -> tuple[int, str, str]:
    result = runner.invoke(app, args, input="\n".join(answers) + "\n")
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def at_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cmd_ceremony, "is_terminal", lambda: True)


@pytest.mark.usefixtures("at_terminal")
def test_q6_cli_ceremony_in_chinese_answers(runner: CliRunner, project: Project) -> None:
    answers = [
        "第一组",
        "丙市",
        *PEOPLE,
        *("赵组长", "", "否"),  # 组长, the plan's guide, no beacon
        "二",
        "否",  # typed openly
        "",
        "１２３４５ ６７８９０",
        "是",
        "",
        "0987654321",
        "对",
        "",
    ]
    code, out, err = invoke(
        runner, ["ceremony", *project.args(), "--out", str(project.out)], answers
    )
    assert code == exitcodes.OK, out + err
    assert "Error" not in out + err
    record = json.loads(next(project.out.glob("group1-丙市-*.json")).read_text(encoding="utf-8"))
    assert record["seed"]["parts"] == ["1234567890", "0987654321"]


@pytest.mark.usefixtures("at_terminal")
def test_q6_cli_ceremony_end_of_input_exits_130_in_chinese(
    runner: CliRunner, project: Project
) -> None:
    answers = ["1", "丙市", *PEOPLE, "赵组长", ""]
    code, out, err = invoke(
        runner, ["ceremony", *project.args(), "--out", str(project.out)], answers
    )
    assert code == exitcodes.INTERRUPTED, out + err
    assert err.startswith("已取消，未保存抽签记录。账本中已记下：承诺（第 1 行）")
    assert "Aborted" not in out + err
    assert not list(project.out.glob("group*.json"))


@pytest.mark.usefixtures("at_terminal")
def test_q6_cli_draw_in_a_terminal_end_of_input_exits_130(
    runner: CliRunner, project: Project
) -> None:
    args = ["draw", "--group", "1", *project.args(), "--out", str(project.out)]
    code, out, err = invoke(runner, args, ["丙市"])
    assert code == exitcodes.INTERRUPTED, out + err
    assert "中断：未写入任何记录，账本中没有新增内容。" in err


@pytest.mark.usefixtures("at_terminal")
def test_q6_cli_ctrl_c_at_a_prompt_exits_130(
    runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    def ctrl_c(*args: object, **kwargs: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(cmd_ceremony.typer, "prompt", ctrl_c)
    code, out, err = invoke(runner, ["ceremony", *project.args(), "--out", str(project.out)], [])
    assert code == exitcodes.INTERRUPTED, out + err
    assert "中断：未写入任何记录" in err


def test_q6_unknown_group_without_input_still_exits_2(runner: CliRunner, project: Project) -> None:
    args = ["ceremony", "--no-input", "--group", "9", *project.args(), "--out", str(project.out)]
    code, _, err = invoke(runner, args, [])
    assert code == exitcodes.BAD_INPUT
    assert "9" in err


@pytest.mark.usefixtures("at_terminal")
def test_q6_parties_option_takes_chinese_numerals(runner: CliRunner, project: Project) -> None:
    args = ["ceremony", "--group", "1", "--prefecture", "丙市", "--parties", "二"]
    answers = [*PEOPLE, "赵组长", "", "", "否", "", "1234567890", "", "", "0987654321", "", ""]
    code, out, err = invoke(runner, [*args, *project.args(), "--out", str(project.out)], answers)
    assert code == exitcodes.OK, out + err
    code, _, err = invoke(runner, [*args[:-1], "许多", *project.args()], [])
    assert code == exitcodes.BAD_INPUT
    assert "请输入参与的方数，例如 2 或 二。" in err


@pytest.fixture
def runner(zh_runner: CliRunner) -> CliRunner:
    """As a Chinese user runs it: Chinese by default."""
    return zh_runner
