"""End-to-end CLI behaviour: exit codes, messages, records, verify and validate."""

from __future__ import annotations

import json
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossdraw import __version__
from crossdraw.cli import exitcodes
from crossdraw.cli.app import app
from tests.conftest import ROWS, Project, write_enterprises

COMMANDS = [
    ["plan"],
    ["plan", "check"],
    ["ceremony"],
    ["pool"],
    ["validate"],
    ["draw"],
    ["odds"],
    ["verify"],
    ["void"],
    ["keygen"],
]
COMMANDS += [["template"], ["export"], ["checklist"]]
SEED = "38201749561023847561"


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_version_and_module_entry_point() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "crossdraw", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"crossdraw {__version__}"


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_ending_in_an_example(runner: CliRunner, command: list[str]) -> None:
    code, out, _ = run(runner, *command, "--help")
    assert code == 0
    assert "Example:" in out
    assert "crossdraw " + command[0] in out.split("Example:")[1]


def test_p_rules_hold_for_a_second_non_hunan_plan(runner: CliRunner, project: Project) -> None:
    code, out, _ = run(runner, "plan", "check", "--groups", str(project.groups), "--json")
    assert code == exitcodes.OK, out
    doc = json.loads(out)
    assert doc["valid"] is True
    assert [g["lead"] for g in doc["groups"]] == ["甲市", "丙市"]


def test_p3_plan_where_a_group_inspects_itself_fails(runner: CliRunner, project: Project) -> None:
    text = project.groups.read_text(encoding="utf-8").replace(
        "targets: [丙市, 丁市]", "targets: [甲市, 丁市]"
    )
    project.groups.write_text(text, encoding="utf-8")
    code, out, _ = run(runner, "plan", "check", "--groups", str(project.groups), "--json")
    assert code == exitcodes.VIOLATIONS
    assert any(f["rule"] == "P3" for f in json.loads(out)["findings"])


def test_pool_digest_does_not_depend_on_row_order(runner: CliRunner, project: Project) -> None:
    code, out, _ = run(runner, "pool", "--group", "1", *project.args(), "--json")
    assert code == 0, out
    shuffled = write_enterprises(project.root / "shuffled.csv", list(reversed(ROWS)))
    # ids are numbered by row, so renumber back: same enterprises, reversed rows
    lines = project.enterprises.read_text(encoding="utf-8").splitlines()
    shuffled.write_text("\n".join([lines[0], *reversed(lines[1:])]) + "\n", encoding="utf-8")
    code2, out2, _ = run(
        runner,
        "pool",
        "--group",
        "1",
        "--groups",
        str(project.groups),
        "--enterprises",
        str(shuffled),
        "--json",
    )
    assert code2 == 0
    digests = [p["digest"] for p in json.loads(out)["pools"]]
    assert digests == [p["digest"] for p in json.loads(out2)["pools"]]
    丙 = json.loads(out)["pools"][0]
    assert 丙["eligible"] == 4 and 丙["excluded"][0]["reason"].startswith("E2")


def test_draw_refuses_to_invent_a_seed(runner: CliRunner, project: Project) -> None:
    code, _, err = run(runner, "draw", "--group", "1", *project.args(), "--out", str(project.out))
    assert code == exitcodes.BAD_INPUT
    assert "--seed" in err and "never invents" in err
    assert not project.out.exists()


def test_draw_group_writes_records_that_verify(runner: CliRunner, project: Project) -> None:
    code, out, err = run(
        runner,
        "draw",
        "--group",
        "1",
        "--seed",
        SEED,
        *project.args(),
        "--out",
        str(project.out),
        "--witness",
        "张三",
        "--json",
    )
    assert code == 0, err
    draws = json.loads(out)["draws"]
    assert [d["prefecture"] for d in draws] == ["丙市", "丁市"]
    assert draws[0]["seed"] == f"{SEED}/1/丙市"
    records = [Path(d["record"]) for d in draws]
    assert all(p.exists() for p in records)
    second = json.loads(records[1].read_text(encoding="utf-8"))
    assert second["previous"][0]["selected"] == draws[0]["selected"]
    assert second["witnesses"]["witness"] == "张三"
    code, out, _ = run(
        runner,
        "verify",
        *map(str, records),
        "--enterprises",
        str(project.enterprises),
        "--groups",
        str(project.groups),
    )
    assert code == exitcodes.OK, out
    assert out.count("verified") == 2
    # every draw passes validate (one rule engine)
    code, out, _ = run(runner, "validate", *map(str, records), *project.args(), "--json")
    assert code == exitcodes.OK, out
    assert json.loads(out)["valid"] is True


def test_same_seed_gives_the_same_selection(runner: CliRunner, project: Project) -> None:
    selections = []
    for out_dir in ("a", "b"):
        code, out, _ = run(
            runner,
            "draw",
            "--group",
            "1",
            "--seed",
            SEED,
            *project.args(),
            "--out",
            str(project.root / out_dir),
            "--json",
        )
        assert code == 0
        selections.append([d["selected"] for d in json.loads(out)["draws"]])
    assert selections[0] == selections[1]


def test_per_prefecture_draws_chain_and_refuse_a_second_draw(
    runner: CliRunner, project: Project
) -> None:
    base = ["draw", "--group", "1", *project.args(), "--out", str(project.out), "--json"]
    code, out, _ = run(runner, *base, "--prefecture", "丁市", "--seed", "1" * 20)
    assert code == 0
    first = json.loads(out)["draws"][0]
    assert first["seed"] == "1" * 20
    code, out, _ = run(runner, *base, "--prefecture", "丙市", "--seed", "2" * 20)
    assert code == 0
    second = json.loads(Path(json.loads(out)["draws"][0]["record"]).read_text(encoding="utf-8"))
    assert second["previous"][0]["prefecture"] == "丁市"
    assert second["previous"][0]["selected"] == first["selected"]
    code, _, err = run(runner, *base, "--prefecture", "丙市", "--seed", "3" * 20)
    assert code == exitcodes.BAD_INPUT
    assert "already drawn" in err


def test_a_short_seed_is_refused_unless_accepted(runner: CliRunner, project: Project) -> None:
    base = ["draw", "--group", "1", "--seed", "007", *project.args(), "--out", str(project.out)]
    code, _, err = run(runner, *base)
    assert code == exitcodes.BAD_INPUT
    assert "--accept-short-seed" in err and not project.out.exists()
    code, _, err = run(runner, *base, "--accept-short-seed")
    assert code == exitcodes.OK, err


def test_verify_reports_an_edited_field_with_exit_3(runner: CliRunner, project: Project) -> None:
    code, out, _ = run(
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
    )
    path = Path(json.loads(out)["draws"][0]["record"])
    record = json.loads(path.read_text(encoding="utf-8"))
    record["seed"]["value"] = record["seed"]["value"] + "x"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(runner, "verify", str(path), "--json")
    assert code == exitcodes.MISMATCH
    fields = {m["field"] for m in json.loads(out)["records"][0]["mismatches"]}
    assert "digest" in fields and "seed.value" in fields


def test_verify_unreadable_record_is_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    code, _, err = run(runner, "verify", str(bad))
    assert code == exitcodes.BAD_INPUT
    assert "bad.json" in err


def test_q3_infeasible_group_exits_1_writes_nothing_and_can_be_waived(
    runner: CliRunner, project: Project
) -> None:
    rows = [r for r in ROWS if not (r[0] in ("丙市", "丁市") and "metal_smelting" in r[3])]
    write_enterprises(project.enterprises, rows)
    code, _, err = run(
        runner, "draw", "--group", "1", "--seed", SEED, *project.args(), "--out", str(project.out)
    )
    assert code == exitcodes.INFEASIBLE
    assert "Q3 metal smelting: no eligible 金属冶炼 enterprise in 丙市, 丁市 (0 of 5)" in err
    assert not project.out.exists()
    code, out, err = run(
        runner,
        "draw",
        "--group",
        "1",
        "--seed",
        SEED,
        *project.args(),
        "--out",
        str(project.out),
        "--waive",
        "Q3",
        "--reason",
        "两市均无冶炼企业",
        "--json",
    )
    assert code == 0, err
    record = json.loads(Path(json.loads(out)["draws"][0]["record"]).read_text(encoding="utf-8"))
    assert record["waivers"] == [{"rule": "Q3", "reason": "两市均无冶炼企业"}]
    assert list(record)[2] == "waivers"


def test_odds_are_exact_and_sum_to_the_quota_per_target(
    runner: CliRunner, project: Project
) -> None:
    code, out, _ = run(runner, "odds", "--group", "1", *project.args(), "--json")
    assert code == 0, out
    doc = json.loads(out)
    assert doc["group"] == 1 and doc["valid_selections"] > 0
    for target in ("丙市", "丁市"):
        total = sum(
            Fraction(e["probability"]) for e in doc["enterprises"] if e["prefecture"] == target
        )
        assert total == 2  # Q1: every selection has exactly 2 enterprises per target


def test_validate_list_reports_q2_violation_with_exit_1(
    runner: CliRunner, project: Project
) -> None:
    lines = project.enterprises.read_text(encoding="utf-8").splitlines()[1:]
    same_county = [line.split(",")[0] for line in lines if ",丙一区," in line]
    listing = project.root / "list.csv"
    listing.write_text(
        "prefecture,id,source\n" + "".join(f"丙市,{i},drawn\n" for i in same_county),
        encoding="utf-8",
    )
    code, out, _ = run(runner, "validate", str(listing), *project.args(), "--json")
    assert code == exitcodes.VIOLATIONS, out
    rules = {v["rule"] for v in json.loads(out)["violations"]}
    assert "Q2" in rules


def test_bad_enterprise_file_is_exit_2_without_traceback(
    runner: CliRunner, project: Project
) -> None:
    project.enterprises.write_bytes(b"\x00\x01binary")
    code, out, err = run(runner, "pool", "--group", "1", *project.args())
    assert code == exitcodes.BAD_INPUT
    assert "Traceback" not in out + err
    assert str(project.enterprises) in err


def test_validate_refuses_a_voided_record(runner: CliRunner, project: Project) -> None:
    code, out, _ = run(
        runner,
        "draw",
        "--group",
        "1",
        "--prefecture",
        "丙市",
        "--seed",
        SEED,
        *project.args(),
        "--out",
        str(project.out),
        "--json",
    )
    assert code == 0
    record = json.loads(out)["draws"][0]["record"]
    code, _, err = run(runner, "void", record, "--reason", "见证人未到场")
    assert code == 0, err
    code, _, err = run(runner, "validate", record, *project.args())
    assert code == exitcodes.BAD_INPUT
    assert "voided" in err and "见证人未到场" in err
