"""Hostile files are bounded (issue 11 §6): size, depth and integer limits on plans and on
every file of a draws folder, and a bound on the counting's state space, so that a crafted
plan or record is refused at once (exit 2 or 3), never a traceback nor minutes of work.

The bounds are asserted by their messages, never by a clock.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.domain.models import Requirement, Rules
from crossdraw.domain.pool import Pool, PoolEntry
from crossdraw.domain.space import MAX_STEPS
from crossdraw.domain.vocab import TAGS
from crossdraw.lottery.counting import TooLarge
from crossdraw.lottery.draw import group_space
from tests.conftest import Project
from tests.test_cli import run
from tests.test_insider import flat, forge, ledger_lines, rechain

SEED = "31415926535897932384"
BOUND = f"more than the {MAX_STEPS:,} crossdraw allows"


def plan_with(project: Project, old: str, new: str) -> Path:
    text = project.groups.read_text(encoding="utf-8")
    assert old in text
    project.groups.write_text(text.replace(old, new, 1), encoding="utf-8")
    return project.groups


def check_plan(runner: CliRunner, project: Project) -> tuple[int, str]:
    code, out, err = run(runner, "plan", "check", "--groups", str(project.groups))
    return code, flat(out + err)


def test_a_5000_digit_number_in_a_plan_is_refused_naming_its_key(
    runner: CliRunner, project: Project
) -> None:
    plan_with(project, "per_prefecture: 2", "per_prefecture: " + "9" * 5000)
    code, out = check_plan(runner, project)
    assert code == exitcodes.BAD_INPUT, out
    assert "rules.per_prefecture (line 3): a number of 5000 digits" in out
    assert "Traceback" not in out


@pytest.mark.parametrize(
    ("runner_name", "words"),
    [
        ("runner", ["counting the valid selections under these rules would take at least", BOUND]),
        (
            "zh_runner",
            ["按这些规则统计有效组合至少需要", f"超过 crossdraw 允许的 {MAX_STEPS:,} 步"],
        ),
    ],
)
def test_q1_rules_whose_counting_is_beyond_the_bound_are_refused_at_load(
    request: pytest.FixtureRequest, project: Project, runner_name: str, words: list[str]
) -> None:
    plan_with(project, "per_prefecture: 2", "per_prefecture: 100000000")
    code, out = check_plan(request.getfixturevalue(runner_name), project)
    assert code == exitcodes.BAD_INPUT, out
    assert all(w in out for w in words), out


def test_a_plan_larger_than_the_bound_is_not_read(
    runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("crossdraw.load.planfile.MAX_PLAN_BYTES", 100)
    code, out = check_plan(runner, project)
    assert code == exitcodes.BAD_INPUT, out
    assert "more than the 100 a plan may have; not read" in out


def test_a_plan_text_longer_than_the_bound_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from crossdraw.domain.errors import InputError
    from crossdraw.load.yamlfile import parse_yaml

    monkeypatch.setattr("crossdraw.load.yamlfile.MAX_CHARS", 10)
    with pytest.raises(InputError, match="more than the 10 a plan may have"):
        parse_yaml("plan: {title: 甲}\n", "p.yaml")


def test_a_folder_file_larger_than_the_bound_is_not_read(
    runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(
        runner, "draw", "--group", "1", "--seed", SEED, *project.args(), "--out", str(project.out)
    )
    assert code == exitcodes.OK, err
    monkeypatch.setattr("crossdraw.store.files.MAX_FILE_BYTES", 1000)
    code, out, err = run(runner, "verify", str(project.out))
    assert code in (exitcodes.BAD_INPUT, exitcodes.MISMATCH), out + err
    assert "more than the 1,000 any file of a draws folder may have" in flat(out + err)
    assert "Traceback" not in out + err


def test_a_ledger_line_longer_than_the_bound_is_reported(
    runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(
        runner, "draw", "--group", "1", "--seed", SEED, *project.args(), "--out", str(project.out)
    )
    assert code == exitcodes.OK, err
    monkeypatch.setattr("crossdraw.records.models.ledger.MAX_LINE_BYTES", 100)
    code, out, err = run(runner, "verify", str(project.out))
    assert code == exitcodes.MISMATCH, out + err
    assert "more than the 100 a ledger line may have" in flat(out + err)


def crafted_rules(record: dict[str, Any]) -> dict[str, Any]:
    """Seven one-category quotas: allowed by the rules bound on their own (few states)."""
    tags = sorted(TAGS)[:7]
    requirements = [
        {"id": f"Q{n}", "name": tag, "any_of": [tag], "at_least": 1, "substitutes": {}}
        for n, tag in enumerate(tags, start=3)
    ]
    return {**record["rules"], "requirements": requirements}


def crafted_listing(prefecture: str, size: int) -> dict[str, Any]:
    """`size` enterprises, each in a county of its own: as many bins as enterprises."""
    tags = sorted(TAGS)[:7]
    enterprises = [
        {
            "id": f"X{n:06d}",
            "county": f"县{n:06d}",
            "tags": [tags[n % 7]],
            "eligible": True,
        }
        for n in range(size)
    ]
    return {"prefecture": prefecture, "enterprises": enterprises}


def test_a_crafted_80kb_record_is_refused_by_the_counting_bound(
    runner: CliRunner, project: Project
) -> None:
    code, out, err = run(
        runner, "draw", "--group", "1", "--prefecture", "丙市", "--seed", SEED,
        *project.args(), "--out", str(project.out), "--json",
    )  # fmt: skip
    assert code == exitcodes.OK, err
    path = Path(json.loads(out)["draws"][0]["record"])
    record = json.loads(path.read_text(encoding="utf-8"))
    pools = [{**p, "listing": crafted_listing(p["prefecture"], 1000)} for p in record["pools"]]
    forged = forge(record, rules=crafted_rules(record), pools=pools)
    path.unlink()
    crafted = project.out / f"group1-丙市-{forged['digest'][:12]}.json"
    crafted.write_text(json.dumps(forged, ensure_ascii=False), encoding="utf-8")
    assert 50_000 < crafted.stat().st_size < 200_000
    lines = ledger_lines(project.out)
    lines[0].update(record=crafted.name, record_digest=forged["digest"])
    rechain(project.out, lines)
    code, out, err = run(runner, "verify", str(project.out))
    assert code == exitcodes.MISMATCH, out + err
    assert "rules: counting the valid selections would take about" in flat(out)
    assert BOUND in flat(out)


def test_the_counting_bound_is_judged_on_the_pools_before_any_counting() -> None:
    tags = sorted(TAGS)[:7]
    rules = Rules(
        requirements=tuple(Requirement(id=f"Q{n}", name=t, any_of=(t,)) for n, t in enumerate(tags))
    )
    small = [
        Pool(p, tuple(PoolEntry(f"{p}{n}", f"c{n}", (tags[n % 7],), None) for n in range(10)))
        for p in ("甲", "乙")
    ]
    assert group_space(rules, small).valid_selections() >= 0
    wide = [
        Pool(p, tuple(PoolEntry(f"{p}{n}", f"c{n}", (tags[n % 7],), None) for n in range(1000)))
        for p in ("甲", "乙")
    ]
    with pytest.raises(TooLarge, match="counting the valid selections would take about"):
        group_space(rules, wide)
