"""Records bind their inputs (issue 11 §4): the exclusion file, the recent-inspection rule,
the plan's rules and group, and each drawn enterprise's name, county and categories.

Each attack is done as an insider would (same seed, digest recomputed, ledger re-chained)
and `verify --enterprises LIST --groups PLAN` must report it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.domain.canonical import sha256_hex
from tests.conftest import Project, uscc
from tests.test_cli import run
from tests.test_insider import flat, forge, ledger_lines, rechain
from tests.test_recent_inspections import with_last_inspected

SEED = "31415926535897932384"


def draw_one(
    runner: CliRunner, project: Project, *extra: str, out: Path | None = None
) -> dict[str, Any]:
    code, text, err = run(
        runner, "draw", "--group", "1", "--prefecture", "丙市", "--seed", SEED,
        "--out", str(out or project.out), "--json", *extra,
    )  # fmt: skip
    assert code == exitcodes.OK, err
    drawn: dict[str, Any] = json.loads(text)["draws"][0]
    return drawn


def swap_in(project: Project, forged: dict[str, Any]) -> None:
    """Put `forged` in place of the folder's first record and re-chain the ledger."""
    lines = ledger_lines(project.out)
    (project.out / lines[0]["record"]).unlink()
    name = f"group1-丙市-{forged['digest'][:12]}.json"
    (project.out / name).write_text(json.dumps(forged, ensure_ascii=False), encoding="utf-8")
    lines[0].update(
        record=name, record_digest=forged["digest"], selected=[s["id"] for s in forged["selected"]]
    )
    rechain(project.out, lines)


def verify(runner: CliRunner, project: Project, *extra: str) -> tuple[int, str]:
    code, out, err = run(runner, "verify", str(project.out), *project.args(), *extra)
    return code, flat(out + err)


def record(drawn: dict[str, Any]) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(Path(drawn["record"]).read_text(encoding="utf-8"))
    return value


def exclusion_file(project: Project, n: int) -> Path:
    path = project.root / "exclude.csv"
    path.write_text(f"统一社会信用代码,原因\n{uscc(n)},停产整顿\n", encoding="utf-8")
    return path


def test_e3_a_new_record_states_its_exclusion_file_and_inspection_rule(
    runner: CliRunner, project: Project
) -> None:
    with_last_inspected(project, {9: "2021-03-02"})
    exclude = exclusion_file(project, 10)
    drawn = draw_one(
        runner, project, *project.args(), "--exclude", str(exclude),
        "--exclude-inspected-since", "2021-01-01",
    )  # fmt: skip
    assert record(drawn)["inputs"] == {
        "exclusions_sha256": sha256_hex(exclude.read_bytes()),
        "inspected": {"since": "2021-01-01"},
    }
    code, out = verify(runner, project, "--exclude", str(exclude))
    assert code == exitcodes.OK, out


def test_e3_verify_needs_the_exclusion_file_the_draw_used_and_refuses_another(
    runner: CliRunner, project: Project
) -> None:
    exclude = exclusion_file(project, 10)
    draw_one(runner, project, *project.args(), "--exclude", str(exclude))
    code, out = verify(runner, project)
    assert code == exitcodes.MISMATCH, out
    assert "inputs.exclusions_sha256: the draw left out enterprises listed in an exclusion" in out
    assert "give it with --exclude FILE to check them" in out
    other = project.root / "other.csv"
    other.write_text(f"统一社会信用代码,原因\n{uscc(9)},停产整顿\n", encoding="utf-8")
    code, out = verify(runner, project, "--exclude", str(other))
    assert code == exitcodes.MISMATCH, out
    assert f"inputs.exclusions_sha256: {other} has sha256" in out


def test_e3_an_added_exclusion_under_the_same_seed_fails_verify_enterprises(
    runner: CliRunner, project: Project
) -> None:
    draw_one(runner, project, *project.args())
    scratch = project.root / "scratch"
    loosened = draw_one(
        runner, project, *project.args(), "--exclude", str(exclusion_file(project, 9)),
        out=scratch,
    )  # fmt: skip
    value = record(loosened)
    swap_in(project, forge(value, inputs={"exclusions_sha256": None, "inspected": None}))
    code, out = verify(runner, project)
    assert code == exitcodes.MISMATCH, out
    assert "pools[0].listing: 丙市 in the enterprise file differs from the record" in out
    assert uscc(9) in out


def test_e3_a_recent_inspection_rule_is_applied_again_from_the_record(
    runner: CliRunner, project: Project
) -> None:
    with_last_inspected(project, {9: "2021-03-02"})
    drawn = draw_one(runner, project, *project.args(), "--exclude-inspected-since", "2021-01-01")
    value = record(drawn)
    assert verify(runner, project)[0] == exitcodes.OK
    # the cutoff moved later, so that enterprise 9 stays in: the list gives it back
    swap_in(project, forge(value, inputs={"exclusions_sha256": None, "inspected": {"since": "2021-06-01"}}))  # fmt: skip
    code, out = verify(runner, project)
    assert code == exitcodes.MISMATCH, out
    assert "pools[0].listing: 丙市 in the enterprise file differs from the record" in out


def test_q2_relaxed_rules_under_the_genuine_plan_digest_fail_verify_groups(
    runner: CliRunner, project: Project
) -> None:
    genuine = draw_one(runner, project, *project.args())
    relaxed_plan = project.root / "relaxed.yaml"
    text = project.groups.read_text(encoding="utf-8")
    q4 = next(line for line in text.splitlines() if "id: Q4" in line)
    relaxed_plan.write_text(
        text.replace("min_counties: 2", "min_counties: 1").replace(q4 + "\n", ""),
        encoding="utf-8",
    )
    loosened = draw_one(
        runner, project, "--groups", str(relaxed_plan), "--enterprises", str(project.enterprises),
        out=project.root / "scratch",
    )  # fmt: skip
    value = record(loosened)
    plan = {**value["plan"], "sha256": record(genuine)["plan"]["sha256"]}
    swap_in(project, forge(value, plan=plan))
    code, out = verify(runner, project)
    assert code == exitcodes.MISMATCH, out
    assert "rules.min_counties: the record says 1" in out
    assert "rules.requirements: the record says" in out
    assert "a rule may only be waived, with its reason" in out


def test_p1_a_group_renamed_under_the_genuine_plan_digest_fails_verify_groups(
    runner: CliRunner, project: Project
) -> None:
    value = record(draw_one(runner, project, *project.args()))
    swap_in(project, forge(value, group={**value["group"], "name": "第九组"}))
    code, out = verify(runner, project)
    assert code == exitcodes.MISMATCH, out
    assert "group.name: the record says '第九组'" in out


def test_a_renamed_drawn_enterprise_fails_verify_enterprises(
    runner: CliRunner, project: Project
) -> None:
    value = record(draw_one(runner, project, *project.args()))
    selected = [dict(s) for s in value["selected"]]
    selected[0]["name"] = "某某假冒企业有限公司"
    swap_in(project, forge(value, selected=selected))
    code, out = verify(runner, project)
    assert code == exitcodes.MISMATCH, out
    assert "selected[0].name: the record says '某某假冒企业有限公司', the list (row" in out


def test_p6_a_record_of_another_plan_or_group_under_the_genuine_digest_fails_verify_groups(
    runner: CliRunner, project: Project
) -> None:
    value = record(draw_one(runner, project, *project.args()))
    loose = project.root / "loose"
    loose.mkdir()
    for name, forged in (
        ("title", forge(value, plan={**value["plan"], "title": "乙省方案"})),
        ("group", forge(value, group={**value["group"], "id": 9})),
    ):
        path = loose / f"{name}.json"
        path.write_text(json.dumps(forged, ensure_ascii=False), encoding="utf-8")
        code, out, err = run(runner, "verify", str(path), *project.args())
        assert code == exitcodes.MISMATCH, out + err
        expected = "plan: the record is of 乙省方案 2025" if name == "title" else "group.id: "
        assert expected in flat(out), out


def test_e3_the_exclusion_file_not_given_and_a_renamed_enterprise_read_in_chinese(
    zh_runner: CliRunner, project: Project
) -> None:
    exclude = exclusion_file(project, 10)
    value = record(draw_one(zh_runner, project, *project.args(), "--exclude", str(exclude)))
    code, out = verify(zh_runner, project)
    assert code == exitcodes.MISMATCH, out
    assert "抽签时排除了排除名单（SHA-256 " in out
    assert "请用 --exclude 文件 给出该名单以便核对" in out
    selected = [dict(s) for s in value["selected"]]
    selected[0]["name"] = "某某假冒企业有限公司"
    swap_in(project, forge(value, selected=selected))
    code, out = verify(zh_runner, project, "--exclude", str(exclude))
    assert code == exitcodes.MISMATCH, out
    assert "selected[0].name：记录中是 '某某假冒企业有限公司'，企业名单（第 " in out, out
    assert "the record says" not in out and "the list (row" not in out
