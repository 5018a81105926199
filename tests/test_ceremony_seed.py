"""Q6 and issue 11: parties commit to their seed parts (salted hashes) before any is shown,
the seed is logged before the result exists, beacons, and every line that led to no draw."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.cli.app import app
from crossdraw.domain.errors import Interrupted
from crossdraw.records.chain import (
    GENESIS,
    TargetKey,
    part_hash,
    reveal_problems,
    seed_commit_line,
    seed_line,
)
from crossdraw.records.commitment import commitment_file_name
from crossdraw.records.models import SeedCommitLine, SeedLine
from crossdraw.services.ceremony import (
    CeremonyOutcome,
    CeremonyPaused,
    CeremonyRequest,
    run_ceremony,
)
from crossdraw.services.inputs import InputSpec
from crossdraw.store import ledger
from crossdraw.store.account import read_account
from tests.conftest import Project
from tests.test_ceremony_answers import ScriptedIO


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


KEY = TargetKey("计划", 2026, 1, "丙市")
A, B = "38201749561023847561", "11112222333344445555"
BEACON = "福彩3D 2026年第321期开奖号码，2026-12-01"


def spec(project: Project) -> InputSpec:
    return InputSpec(project.groups, project.enterprises)


def people(**more: object) -> CeremonyRequest:
    fields: dict[str, object] = {
        "group": 1,
        "prefecture": "丙市",
        "witness": "张三",
        "drawer": "李四",
        "bureau_rep": "王五",
        "place": "丙市应急管理局",
        "leader": "赵组长",
        **more,
    }
    return CeremonyRequest(**fields)  # type: ignore[arg-type]


def hidden_answers(*parts: str) -> list[str]:
    """At a terminal: the plan's guide, no beacon, N parties, hidden; each a name, the
    digits twice; reveal."""
    out = ["", "", str(len(parts)), ""]
    for i, digits in enumerate(parts, start=1):
        out += [f"第{i}方代表", digits, digits]
    return [*out, ""]


def drawn(io: ScriptedIO, project: Project, request: CeremonyRequest) -> CeremonyOutcome:
    outcome = run_ceremony(io, spec(project).load(), request)
    assert isinstance(outcome, CeremonyOutcome)
    return outcome


def test_q6_hidden_parts_are_committed_by_salted_hash_before_any_is_shown(
    project: Project,
) -> None:
    out = project.out
    io = ScriptedIO(hidden_answers(A, B))
    outcome = drawn(io, project, people(out=out))
    types = [e.type for e in ledger.read(out)]
    assert types == ["commitment", "seed-commit", "seed", "draw"]
    _, committed, revealed, _ = ledger.read(out)
    assert isinstance(committed.line_model, SeedCommitLine)
    assert isinstance(revealed.line_model, SeedLine)
    for c, r in zip(committed.line_model.parts, revealed.line_model.parts, strict=True):
        assert r.salt is not None and len(r.salt) == 32
        assert c.sha256 == part_hash(r.salt, r.digits)
        assert c.digits is None and r.digits not in committed.raw.decode()
    assert revealed.line_model.seed == f"{A}-{B}" == outcome.planned.record.seed.value
    assert outcome.planned.record.seed.parties == ("第1方代表", "第2方代表")
    said = "\n".join(io.said)
    committed_at = said.index("个种子部分的承诺已记入账本第 2 行")
    assert "3820" not in said[:committed_at]  # no digit of a hidden part before the commit
    assert (
        said.index("公布第1方（第1方代表）：3820 1749 5610 2384 7561（20 位数字）") > committed_at
    )
    seed_at = said.index("种子已记入账本第 3 行（计算结果之前）。")
    assert said.index("抽中") > seed_at
    assert "种子：3820 1749 5610 2384 7561 - 1111 2222 3333 4444 5555（40 位数字）" in said
    assert read_account(out).problems == ()


def test_q6_hidden_part_typed_differently_twice_is_asked_again(project: Project) -> None:
    io = ScriptedIO(["", "", "1", "", "", A, "1" + A, A, A, ""])
    outcome = drawn(io, project, people(out=project.out))
    assert outcome.planned.record.seed.parts == (A,)
    assert "两次输入不一致，请重新输入。" in io.said


def test_q6_abort_after_the_seed_exists_leaves_a_trace_and_verify_lists_it(
    project: Project, runner: CliRunner
) -> None:
    out = project.out
    io = ScriptedIO(hidden_answers(A)[:-1])  # Ctrl-D at "按回车键揭晓": the seed is logged
    with pytest.raises(Interrupted) as caught:
        run_ceremony(io, spec(project).load(), people(out=out))
    assert "承诺（第 1 行）、种子承诺（第 2 行）、种子（第 3 行）" in caught.value.message
    assert [e.type for e in ledger.read(out)] == ["commitment", "seed-commit", "seed"]
    assert not list(out.glob("group*.json"))
    # a second ceremony, nothing changed: the commitment is re-used, a new seed is rolled
    again = ScriptedIO(hidden_answers(B))
    drawn(again, project, people(out=out))
    assert any("沿用本目标尚未完成的承诺（账本第 1 行" in s for s in again.said)
    account = read_account(out)
    assert [e.type for e in account.lines] == [
        *("commitment", "seed-commit", "seed", "seed-commit", "seed", "draw")
    ]
    assert [(e.line, e.type) for e in account.open_commitments] == [(2, "seed-commit"), (3, "seed")]
    assert account.problems == ()
    result = runner.invoke(app, ["verify", str(out)])
    assert result.exit_code == exitcodes.OK, result.output
    assert "以下账本记录没有产生抽签（中断或重来，请核实原因）：" in result.output
    assert "第 3 行 种子" in result.output and "丙市（第1组）各方：第1方代表" in result.output
    assert "3820 1749 5610 2384 7561 (20)" in result.output
    # the ledger keeps UTC; people read Beijing time, as on every printed page
    stored = dt.datetime.fromisoformat(account.lines[2].line_model.at.replace("Z", "+00:00"))
    local = stored.astimezone(dt.timezone(dt.timedelta(hours=8))).strftime("%Y-%m-%d %H:%M")
    assert f"第 3 行 种子 {local}（北京时间）" in result.output, result.output
    result = runner.invoke(app, ["verify", str(out), "--json"])
    doc = json.loads(result.stdout)
    (opened, seeded) = doc["ledgers"][0]["open_lines"]
    assert opened["type"] == "seed-commit" and opened["who"] == ["第1方代表"]
    assert seeded == {
        "line": 3,
        "type": "seed",
        "at": seeded["at"],
        "group": 1,
        "prefecture": "丙市",
        "who": ["第1方代表"],
        "seed": A,
    }
    assert doc["records"][0]["seed"]["grouped"] == "1111 2222 3333 4444 5555 (20)"


def test_q6_export_lists_the_lines_that_led_to_no_draw(project: Project, runner: CliRunner) -> None:
    out = project.out
    with pytest.raises(Interrupted):
        run_ceremony(ScriptedIO(hidden_answers(A)[:-1]), spec(project).load(), people(out=out))
    drawn(ScriptedIO(hidden_answers(B)), project, people(out=out))
    target = project.root / "t.csv"
    args = ["export", str(out), "--format", "csv", "--out", str(target), *project.args()]
    result = runner.invoke(app, args)
    assert "以下账本记录没有产生抽签" in result.output, result.output
    assert "第 2 行 种子承诺" in result.output


def test_q6_restart_with_other_people_logs_a_new_commitment(project: Project) -> None:
    out = project.out
    with pytest.raises(Interrupted):
        run_ceremony(ScriptedIO(["", "", "1"]), spec(project).load(), people(out=out))
    drawn(ScriptedIO(hidden_answers(A)), project, people(out=out, witness="孙七"))
    account = read_account(out)
    assert [e.type for e in account.lines][:2] == ["commitment", "commitment"]
    assert [e.line for e in account.open_commitments] == [1]


def test_q6_leader_and_guide_are_recorded_and_left_out_when_not_asked(project: Project) -> None:
    outcome = drawn(ScriptedIO(hidden_answers(A)), project, people(out=project.out))
    record = outcome.planned.record.as_json()
    assert record["witnesses"]["leader"] == "赵组长"
    assert record["witnesses"]["guide"] == "王五"  # the plan's guide, Enter accepted
    doc = json.loads(outcome.commitment.read_text(encoding="utf-8"))
    assert doc["present"]["leader"] == "赵组长"
    assert outcome.commitment.name == commitment_file_name(1, "丙市", doc["digest"])


def test_q6_commitment_file_is_named_by_its_digest_and_never_a_path() -> None:
    assert (
        commitment_file_name(1, "../../x", "ab" * 32)
        == "commitment-group1-.._.._x-abababababab.json"
    )


def test_q6_beacon_part_waits_for_its_publication_then_verify_names_it(
    project: Project, runner: CliRunner
) -> None:
    out = project.out
    io = ScriptedIO([])
    io.interactive = False
    request = people(out=out, seed_parts=(A,), party_names=("甲方",), beacon=BEACON)
    paused = run_ceremony(io, spec(project).load(), request)
    assert isinstance(paused, CeremonyPaused)
    (line,) = [e for e in ledger.read(out) if e.type == "seed-commit"]
    parts = line.line_model.parts  # type: ignore[union-attr]
    assert [(p.party, p.digits, p.beacon, p.sha256) for p in parts] == [
        ("甲方", A, None, None),  # open beside a beacon: the beacon is what nobody knows
        ("公开数字（信标）", None, BEACON, None),
    ]
    assert any("尚未公布" in s for s in io.said)
    # later, once published: the same target goes on from the logged commitments
    later = ScriptedIO([])
    later.interactive = False
    outcome = run_ceremony(later, spec(project).load(), people(out=out, beacon_value="４１７"))
    assert isinstance(outcome, CeremonyOutcome)
    seed = outcome.planned.record.seed
    assert seed.parts == (A, "417") and seed.value == f"{A}-417"
    assert [(b.part, b.name) for b in seed.beacons or ()] == [(2, BEACON)]
    assert [e.type for e in ledger.read(out)] == ["commitment", "seed-commit", "seed", "draw"]
    result = runner.invoke(app, ["verify", str(out)])
    assert result.exit_code == exitcodes.OK, result.output
    assert f"第2部分来自信标“{BEACON}”" in result.output.replace("\n", "")


def test_q6_a_revealed_part_that_does_not_match_its_hash_is_found() -> None:
    salt = "0" * 32
    committed = seed_commit_line(
        2, GENESIS, "t", KEY, commitment=1, parts=[{"party": "甲", "sha256": part_hash(salt, A)}]
    )
    honest = seed_line(
        3, GENESIS, "t", KEY, commits=2, parts=[{"party": "甲", "digits": A, "salt": salt}]
    )
    assert reveal_problems(committed, honest) == []
    ground = seed_line(
        3, GENESIS, "t", KEY, commits=2, parts=[{"party": "甲", "digits": B, "salt": salt}]
    )
    assert reveal_problems(committed, ground) == [
        "part 1 (甲) does not match its committed SHA-256"
    ]
    posed = seed_line(
        3,
        GENESIS,
        "t",
        KEY,
        commits=2,
        parts=[{"party": "乙", "digits": A, "salt": salt, "beacon": "x"}],
    )
    assert reveal_problems(committed, posed) == [
        "part 1 was committed by '甲', revealed as '乙'",
        "part 1 claims to be a beacon; it was not committed as one",
    ]


def test_q6_a_draw_with_another_seed_than_the_one_logged_is_found(project: Project) -> None:
    out = project.out
    drawn(ScriptedIO(hidden_answers(A)), project, people(out=out))
    lines = (out / "ledger.jsonl").read_bytes().split(b"\n")
    seed_value = json.loads(lines[2])
    # a rewrite: the seed line names another seed; the chain is re-made by hand from there
    from crossdraw.domain.canonical import canonical_json, sha256_hex

    seed_value["parts"][0]["digits"] = B
    seed_value["seed"] = B
    lines[2] = canonical_json(seed_value)
    draw = json.loads(lines[3])
    draw["prev"] = sha256_hex(lines[2])
    lines[3] = canonical_json(draw)
    (out / "ledger.jsonl").write_bytes(b"\n".join(lines))
    account = read_account(out)
    assert [p.what for p in account.problems] == [
        "part 1 (第1方代表) does not match its committed SHA-256"
    ]
    assert [(e.line, e.type) for e in account.open_commitments] == [(2, "seed-commit"), (3, "seed")]


def test_q6_a_seed_revealed_then_replaced_by_a_plain_draw_is_listed(
    project: Project, runner: CliRunner
) -> None:
    out = project.out
    with pytest.raises(Interrupted):  # Ctrl-D at "按回车键揭晓": the seed is logged
        run_ceremony(ScriptedIO(hidden_answers(A)[:-1]), spec(project).load(), people(out=out))
    args = ["draw", "--group", "1", "--prefecture", "丙市", "--seed", B, "--witness", "张三"]
    result = runner.invoke(app, [*args, *project.args(), "--out", str(out)])
    assert result.exit_code == exitcodes.OK, result.output
    account = read_account(out)
    assert account.problems == ()
    assert [(e.line, e.type) for e in account.open_commitments] == [(2, "seed-commit"), (3, "seed")]


def test_q6_committed_parts_never_revealed_stay_open_after_a_plain_draw(
    project: Project, runner: CliRunner
) -> None:
    out = project.out
    io = ScriptedIO([])
    io.interactive = False  # a beacon's ceremony paused: its parts committed, not revealed
    paused = people(out=out, seed_parts=(A,), beacon=BEACON)
    assert isinstance(run_ceremony(io, spec(project).load(), paused), CeremonyPaused)
    assert [e.type for e in ledger.read(out)] == ["commitment", "seed-commit"]
    args = ["draw", "--group", "1", "--prefecture", "丙市", "--seed", B, "--witness", "张三"]
    result = runner.invoke(app, [*args, *project.args(), "--out", str(out)])
    assert result.exit_code == exitcodes.OK, result.output
    account = read_account(out)
    assert [(e.line, e.type) for e in account.open_commitments] == [(2, "seed-commit")]


def test_q6_seed_lines_naming_the_wrong_lines_are_found(project: Project) -> None:
    out = project.out
    drawn(ScriptedIO(hidden_answers(A)), project, people(out=out))
    entries = ledger.read(out)
    key = entries[0].key
    other = TargetKey(key.plan_title, key.plan_year, 1, "丁市")
    wrong_commit = seed_commit_line(
        5, entries[-1].sha256, "t", other, commitment=1, parts=[{"party": "甲", "digits": A}]
    )
    from crossdraw.records.chain import encode

    (out / "ledger.jsonl").write_bytes((out / "ledger.jsonl").read_bytes() + encode(wrong_commit))
    prev = ledger.read(out)[-1].sha256
    wrong_seed = seed_line(6, prev, "t", other, commits=3, parts=[{"party": "甲", "digits": A}])
    (out / "ledger.jsonl").write_bytes((out / "ledger.jsonl").read_bytes() + encode(wrong_seed))
    what = {str(p) for p in read_account(out).problems}
    ledger_file = out / "ledger.jsonl"
    assert f"{ledger_file} line 5: names commitment seq 1, not one of its target" in what
    assert f"{ledger_file} line 6: reveals seq 3, not a seed commitment of its target" in what


def test_q6_beacon_asked_at_the_terminal_pauses_then_goes_on(project: Project) -> None:
    out = project.out
    first = ScriptedIO(["", "是", BEACON, "1", "", A, "", ""])  # Enter: not published yet
    paused = run_ceremony(first, spec(project).load(), people(out=out))
    assert isinstance(paused, CeremonyPaused)
    assert (
        f"信标“{BEACON}”尚未公布：承诺已记入账本。公布后请再次运行 ceremony，选同一目标继续。"
        in (first.said)
    )
    later = ScriptedIO(["", "4x", "４１７", "", ""])  # not digits, then full-width; reveal
    outcome = drawn(later, project, people(out=out))
    assert outcome.planned.record.seed.value == f"{A}-417"
    assert "继续账本第 2 行的种子承诺：只差信标数字。" in later.said
    assert read_account(out).open_commitments == ()
