"""E3: enterprises inspected recently are left out, with a reason naming the dates."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.cli.app import app
from crossdraw.domain.errors import InputError
from crossdraw.domain.models import Enterprise
from crossdraw.load.exclusions import InspectedCutoff, inspected_cutoff, recently_inspected
from tests.conftest import HEADER, ROWS, Project, uscc

SEED = "38201749561023847561"


def ent(n: int, last: dt.date | None) -> Enterprise:
    return Enterprise(uscc(n), f"企业{n}", "丙市", "丙一区", "机械", (), False, n + 1, last)


def test_e3_since_leaves_out_inspections_on_or_after_the_day() -> None:
    cutoff = inspected_cutoff(None, None, dt.date(2021, 3, 1))
    assert cutoff == InspectedCutoff(dt.date(2021, 3, 1))
    ents = [ent(1, dt.date(2021, 2, 28)), ent(2, dt.date(2021, 3, 1)), ent(3, None)]
    assert recently_inspected(ents, cutoff) == {
        uscc(2): "上次检查 2021-03-01, on or after 2021-03-01"
    }


def test_e3_within_days_counts_back_from_as_of_inclusive() -> None:
    cutoff = inspected_cutoff(90, dt.date(2021, 5, 31), None)
    assert cutoff is not None and cutoff.since == dt.date(2021, 3, 2)
    ents = [ent(1, dt.date(2021, 3, 1)), ent(2, dt.date(2021, 3, 2)), ent(3, dt.date(2021, 6, 2))]
    assert recently_inspected(ents, cutoff) == {
        uscc(2): "上次检查 2021-03-02, within 90 days of 2021-05-31",
        uscc(3): "上次检查 2021-06-02, after the reference day 2021-05-31",
    }


def test_e3_within_days_needs_an_explicit_as_of_never_the_clock() -> None:
    with pytest.raises(InputError) as exc:
        inspected_cutoff(90, None, None)
    assert str(exc.value).startswith(
        "--as-of: the plan sets rules.exclude_inspected_within_days: 90"
    )


def test_e3_as_of_without_the_plan_setting_is_refused() -> None:
    with pytest.raises(InputError, match="applies only when the plan sets"):
        inspected_cutoff(None, dt.date(2021, 5, 31), None)


def test_e3_since_overrides_the_plan_setting() -> None:
    assert inspected_cutoff(90, None, dt.date(2021, 1, 1)) == InspectedCutoff(dt.date(2021, 1, 1))


# --- through the CLI ------------------------------------------------------------------------


def with_last_inspected(project: Project, dates: dict[int, str]) -> None:
    """Rewrite the project's enterprise list with a 上次检查日期 column."""
    with project.enterprises.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([*HEADER, "上次检查日期"])
        for n, (pref, county, sector, tags, direct) in enumerate(ROWS, start=1):
            row = [uscc(n), f"{county}企业{n}有限公司", pref, county, sector, tags, direct]
            writer.writerow([*row, dates.get(n, "")])


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_pool_lists_each_recent_inspection_with_its_reason(
    runner: CliRunner, project: Project
) -> None:
    with_last_inspected(project, {9: "2021-03-02", 10: "2020-11-30"})
    code, out, err = run(
        runner,
        "pool",
        "--group",
        "1",
        *project.args(),
        "--exclude-inspected-since",
        "2021-01-01",
        "--json",
    )
    assert code == exitcodes.OK, err
    丙 = json.loads(out)["pools"][0]
    assert {"id": uscc(9), "reason": "E3: 上次检查 2021-03-02, on or after 2021-01-01"} in 丙[
        "excluded"
    ]
    assert uscc(10) not in [e["id"] for e in 丙["excluded"]]


def test_plan_setting_needs_as_of_and_the_record_keeps_the_reason(
    runner: CliRunner, project: Project
) -> None:
    with_last_inspected(project, {9: "2021-03-02"})
    text = project.groups.read_text(encoding="utf-8")
    project.groups.write_text(
        text.replace(
            "  min_counties: 2\n", "  min_counties: 2\n  exclude_inspected_within_days: 90\n"
        ),
        encoding="utf-8",
    )
    draw = ["draw", "--group", "1", "--seed", SEED, *project.args(), "--out", str(project.out)]
    code, _, err = run(runner, *draw)
    assert code == exitcodes.BAD_INPUT
    assert "--as-of: the plan sets rules.exclude_inspected_within_days: 90" in err
    assert not project.out.exists()
    code, out, err = run(runner, *draw, "--as-of", "2021-05-20", "--json")
    assert code == exitcodes.OK, err
    records = [Path(d["record"]) for d in json.loads(out)["draws"]]
    record = json.loads(records[0].read_text(encoding="utf-8"))
    listing = record["pools"][0]["listing"]["enterprises"]
    excluded = {e["id"]: e.get("excluded") for e in listing if not e["eligible"]}
    assert excluded[uscc(9)] == "E3: 上次检查 2021-03-02, within 90 days of 2021-05-20"
    assert set(record["pools"][0]) == {"prefecture", "digest", "eligible", "listing"}
    code, out, _ = run(runner, "verify", *map(str, records), *project.args())
    assert code == exitcodes.OK, out


def test_since_over_a_plan_setting_is_said(runner: CliRunner, project: Project) -> None:
    with_last_inspected(project, {9: "2021-03-02"})
    text = project.groups.read_text(encoding="utf-8")
    project.groups.write_text(
        text.replace(
            "  min_counties: 2\n", "  min_counties: 2\n  exclude_inspected_within_days: 9\n"
        ),
        encoding="utf-8",
    )
    pool = ["pool", "--group", "1", *project.args(), "--exclude-inspected-since", "2021-01-01"]
    code, _, err = run(runner, *pool)
    assert code == exitcodes.OK, err
    assert "used instead of the plan's rules.exclude_inspected_within_days: 9" in err
