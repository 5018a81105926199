"""Issue 11: a stranger's checker, written from docs/ALGORITHM.md and docs/schemas alone
(tests/stranger/checker.py), agrees bit for bit with crossdraw on every kind of folder:
record digests, selections, ledger line hashes, open lines (§2-§18)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.domain.errors import Interrupted
from crossdraw.records.signing import generate_key
from crossdraw.services.ceremony import CeremonyOutcome, CeremonyPaused, run_ceremony
from crossdraw.store import ledger
from crossdraw.store.account import read_account
from tests.conftest import Project, folder_problems
from tests.stranger import checker
from tests.test_ceremony_answers import ScriptedIO
from tests.test_ceremony_seed import BEACON, hidden_answers, people, spec
from tests.test_cli import run
from tests.test_plan_table import SIX

FIXTURE = Path(__file__).parent / "fixtures" / "folder-v1" / "draws"
SEED = "38201749561023847561"
WHO = ["--witness", "张三", "--drawer", "李四", "--bureau-rep", "王五", "--place", "会议室"]


def agrees(folder: Path) -> checker.Report:
    """The checker finds nothing wrong, and derives what crossdraw wrote and reads."""
    report = checker.check_folder(folder)
    assert report.problems == []
    assert folder_problems(folder) == []
    for name, derived in report.records.items():
        stored = json.loads((folder / name).read_text(encoding="utf-8"))
        assert derived.digest == stored["digest"]
        assert derived.selected == [s["id"] for s in stored["selected"]]
        assert derived.random == stored["random"]
        assert derived.counts == stored["counts"]
    assert report.line_hashes == [e.sha256 for e in ledger.read(folder)]
    assert report.open_lines == [e.line for e in read_account(folder).open_commitments]
    return report


def draw(runner: CliRunner, project: Project, *args: str) -> None:
    code, out, err = run(runner, "draw", *project.args(), "--out", str(project.out), *WHO, *args)
    assert code == exitcodes.OK, out + err


def test_e1_q1_stranger_verifies_the_folder_of_crossdraw_0_1_0() -> None:
    report = agrees(FIXTURE)
    assert len(report.records) == 4
    assert report.open_lines == [7]  # the refused ceremony's commitment (README)


def test_q1_q6_stranger_rederives_plain_signed_voided_and_derived_draws(
    runner: CliRunner, project: Project
) -> None:
    keys = project.root / "keys"
    assert run(runner, "keygen", "--out", str(keys))[0] == exitcodes.OK
    draw(runner, project, "--group", "1", "--prefecture", "丙市", "--seed", SEED)
    (first,) = project.out.glob("group1-丙市-*.json")
    code, out, err = run(
        runner,
        "void",
        str(first),
        "--reason",
        "重抽",
        "--sign-key",
        str(keys / "crossdraw-signing.key"),
    )
    assert code == exitcodes.OK, out + err
    draw(runner, project, "--group", "1", "--prefecture", "丙市", "--seed", "90417265530918273645")
    draw(runner, project, "--group", "1", "--prefecture", "丁市", "--seed", "55555123456789012345",
         "--sign-key", str(keys / "crossdraw-signing.key"))  # fmt: skip
    draw(runner, project, "--group", "2", "--seed", SEED)  # both targets, derived seeds (§3)
    report = agrees(project.out)
    schemas = [
        json.loads(line)["schema"]
        for line in (project.out / "ledger.jsonl").read_text().splitlines()
    ]
    assert schemas == ["crossdraw-ledger/1", "crossdraw-ledger/2", "crossdraw-ledger/1", "crossdraw-ledger/2",
                       "crossdraw-ledger/1", "crossdraw-ledger/1"]  # fmt: skip
    assert len(report.records) == 5


def test_q6_stranger_checks_hidden_parts_beacons_and_open_lines(project: Project) -> None:
    out = project.out
    with pytest.raises(Interrupted):  # Ctrl-D at the reveal: the seed is logged, no draw
        run_ceremony(ScriptedIO(hidden_answers(SEED)[:-1]), spec(project).load(), people(out=out))
    done = run_ceremony(
        ScriptedIO(hidden_answers("3820174956", "1023847561")),
        spec(project).load(),
        people(out=out),
    )
    assert isinstance(done, CeremonyOutcome)
    io = ScriptedIO([])
    io.interactive = False
    request = people(
        out=out, prefecture="丁市", seed_parts=(SEED,), party_names=("甲方",), beacon=BEACON
    )
    assert isinstance(run_ceremony(io, spec(project).load(), request), CeremonyPaused)
    later = ScriptedIO([])
    later.interactive = False
    beacon = people(out=out, prefecture="丁市", beacon_value="417")
    assert isinstance(run_ceremony(later, spec(project).load(), beacon), CeremonyOutcome)
    report = agrees(out)
    kinds = [json.loads(line)["type"] for line in (out / "ledger.jsonl").read_text().splitlines()]
    assert kinds.count("seed") == 3
    assert report.open_lines == [2, 3]  # the abandoned roll's seed commitment and seed
    assert len(report.commitments) == 2


def test_p3_p4_stranger_checks_a_table_record_and_its_line(
    runner: CliRunner, tmp_path: Path
) -> None:
    plan = tmp_path / "six.yaml"
    plan.write_text(SIX, encoding="utf-8")
    out = tmp_path / "draws"
    code, stdout, err = run(
        runner, "plan", "draw", "--groups", str(plan), "--year", "2026", "--seed", SEED,
        "--out", str(out), "--witness", "张三", "--drawer", "李四", "--place", "厅",
    )  # fmt: skip
    assert code == exitcodes.OK, stdout + err
    report = agrees(out)
    assert list(report.tables) == ["table-2026.json"]


def test_e1_stranger_sees_an_edited_line(tmp_path: Path) -> None:
    folder = tmp_path / "draws"
    shutil.copytree(FIXTURE, folder)
    lines = (folder / "ledger.jsonl").read_bytes().split(b"\n")
    lines[1] = lines[1].replace("重抽".encode(), "重来".encode())
    (folder / "ledger.jsonl").write_bytes(b"\n".join(lines))
    assert checker.check_folder(folder).problems == [
        "ledger.jsonl line 3: seq or prev breaks the chain"
    ]


def test_q2_q3_q5_e3_stranger_rederives_waivers_exclusions_and_draw_all(
    runner: CliRunner, project: Project
) -> None:
    exclude = project.root / "exclude.csv"
    exclude.write_text("统一社会信用代码,原因\n91999999000000001K,测试排除\n", encoding="utf-8")
    draw(runner, project, "--all", "--seed", SEED, "--exclude", str(exclude),
         "--waive", "Q2", "--waive", "Q3", "--reason", "测试")  # fmt: skip
    report = agrees(project.out)
    forced = [r.requirements_in_force for r in report.records.values()]
    assert [len(r) for r in forced] == [1, 1, 1, 1]  # Q3 waived; Q4 with or without Q5


def ceremony_folder(project: Project) -> Path:
    done = run_ceremony(
        ScriptedIO(hidden_answers("3820174956", "1023847561")),
        spec(project).load(),
        people(out=project.out),
    )
    assert isinstance(done, CeremonyOutcome)
    return project.out


def rewrite_line(folder: Path, number: int, change: dict[str, object]) -> None:
    """Replace line `number` by its object with `change`, in canonical form, and re-chain
    every later line (what a forger without a key can do to an unsigned ledger)."""
    lines = [
        json.loads(x) for x in (folder / "ledger.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    lines[number - 1].update(change)
    prev = checker.GENESIS
    out = b""
    for line in lines:
        line["prev"] = prev
        raw = checker.canonical(line)
        prev = checker.hashlib.sha256(raw).hexdigest()
        out += raw + b"\n"
    (folder / "ledger.jsonl").write_bytes(out)


def test_q6_stranger_sees_a_revealed_part_that_is_not_the_committed_one(project: Project) -> None:
    out = ceremony_folder(project)
    seed = json.loads((out / "ledger.jsonl").read_text(encoding="utf-8").splitlines()[2])
    parts = [{**seed["parts"][0], "digits": "3820174957"}, seed["parts"][1]]
    rewrite_line(out, 3, {"parts": parts, "seed": "3820174957-1023847561"})
    assert checker.check_folder(out).problems == [
        "ledger.jsonl line 3: part 1 does not match its hash",
    ]  # and the draw with the logged seed no longer closes the seed line
    assert checker.check_folder(out).open_lines == [2, 3]


def test_q1_stranger_sees_a_record_whose_seed_was_changed(project: Project) -> None:
    out = ceremony_folder(project)
    (name,) = [p for p in out.glob("group*.json")]
    record = json.loads(name.read_text(encoding="utf-8"))
    record["seed"] = {
        **record["seed"],
        "value": "3820174956-1023847562",
        "parts": ["3820174956", "1023847562"],
    }
    record["digest"] = checker.digest(checker.without(record, "digest", "signature"))
    name.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    problems = checker.check_folder(out).problems
    assert f"{name.name}: random differs" in problems
    assert "ledger.jsonl line 4: record digest differs" in problems


def test_q6_stranger_checks_signed_seed_lines_and_a_signed_table(
    runner: CliRunner, project: Project, tmp_path: Path
) -> None:
    done = run_ceremony(
        ScriptedIO(hidden_answers("3820174956", "1023847561")),
        spec(project).load(),
        people(out=project.out, sign_key=generate_key()),
    )
    assert isinstance(done, CeremonyOutcome)
    lines = [json.loads(x) for x in (project.out / "ledger.jsonl").read_text().splitlines()]
    assert [(x["type"], x["schema"]) for x in lines] == [
        ("commitment", "crossdraw-ledger/2"),
        ("seed-commit", "crossdraw-ledger/2"),
        ("seed", "crossdraw-ledger/2"),
        ("draw", "crossdraw-ledger/2"),
    ]
    agrees(project.out)
    keys = tmp_path / "keys"
    assert run(runner, "keygen", "--out", str(keys))[0] == exitcodes.OK
    plan = tmp_path / "six.yaml"
    plan.write_text(SIX, encoding="utf-8")
    out = tmp_path / "tables"
    code, stdout, err = run(
        runner, "plan", "draw", "--groups", str(plan), "--year", "2026", "--seed", SEED,
        "--out", str(out), "--sign-key", str(keys / "crossdraw-signing.key"),
    )  # fmt: skip
    assert code == exitcodes.OK, stdout + err
    assert "signature" in json.loads((out / "table-2026.json").read_text(encoding="utf-8"))
    agrees(out)
