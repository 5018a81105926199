"""The ledger's `table` line (§18.8): its fields, one table per plan year, the files it names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crossdraw.domain.canonical import canonical_json
from crossdraw.records.chain import event_problems, parse
from crossdraw.services.plan_table import plan_draw, standing_table, table_inputs
from crossdraw.store import ledger
from crossdraw.store.account import read_account
from crossdraw.store.storage import read_table_record
from tests.test_plan_table import SIX


@pytest.fixture
def drawn(tmp_path: Path) -> Path:
    plan = tmp_path / "six.yaml"
    plan.write_text(SIX, encoding="utf-8")
    out = tmp_path / "draws"
    plan_draw(
        table_inputs(plan, [], None, avoid_base=False),
        year=2026,
        seed="38201749561023847561",
        out=out,
        drawn_at="2026-01-15T02:00:00+00:00",
    )
    return out


def test_table_line_logs_the_plan_year_record_and_groups(drawn: Path) -> None:
    entries = ledger.read(drawn)
    assert [e.type for e in entries] == ["table"]
    line = entries[0].data
    record = json.loads((drawn / "table-2026.json").read_text(encoding="utf-8"))
    assert sorted(line) == [
        "at", "groups", "plan", "prev", "record", "record_digest", "schema", "seq", "type"
    ]  # fmt: skip
    assert line["plan"] == {"title": "乙省交叉执法方案", "year": 2026}
    assert line["record"] == "table-2026.json" and line["record_digest"] == record["digest"]
    assert line["groups"] == [[g["members"], g["targets"]] for g in record["groups"]]
    assert entries[0].signed_by is None
    assert entries[0].key.group == 0 and entries[0].key.prefecture == ""  # of no target
    account = read_account(drawn)
    assert account.problems == () and account.counts()["table"] == 1
    assert [t.plan for t in account.tables] == [("乙省交叉执法方案", 2026)]


def test_the_standing_table_of_a_plan_year(drawn: Path) -> None:
    found = standing_table(drawn, "乙省交叉执法方案", 2026)
    assert found == read_table_record(drawn / "table-2026.json")
    assert standing_table(drawn, "乙省交叉执法方案", 2027) is None


def test_table_line_fields_are_checked(drawn: Path) -> None:
    line = ledger.read(drawn)[0].data
    broken = {k: v for k, v in line.items() if k != "groups"}
    _, problems = parse(canonical_json(broken) + b"\n", "ledger.jsonl")
    assert [(p.where, p.what) for p in problems] == [
        ("ledger.jsonl line 1, groups", "missing: a crossdraw-ledger/1 line always has this key")
    ]
    extra = {**line, "group": 1}
    _, problems = parse(canonical_json(extra) + b"\n", "ledger.jsonl")
    assert [p.where for p in problems] == ["ledger.jsonl line 1, group"]
    assert problems[0].what.startswith("unexpected key")


def test_a_second_table_of_the_year_in_the_ledger_is_a_problem(drawn: Path) -> None:
    entries = ledger.read(drawn)
    twice = [entries[0], entries[0]]
    problems = event_problems(twice, "ledger.jsonl", None)
    assert [p.what for p in problems] == [
        "a second table of 乙省交叉执法方案 2026 (the first is at line 1)",
        "names table-2026.json again (line 1)",
    ]


def test_a_second_table_of_the_year_is_refused(drawn: Path) -> None:
    record = read_table_record(drawn / "table-2026.json")
    with pytest.raises(ledger.AlreadyDrawn, match="already drawn"):
        ledger.append_table(drawn, "other.json", record, [], at="2026-01-15T03:00:00+00:00")
    with pytest.raises(ledger.InputError, match=r"plain \.json file name"):
        ledger.append_table(drawn, "../x.json", record, [], at="2026-01-15T03:00:00+00:00")
    assert len(ledger.read(drawn)) == 1


def test_the_account_finds_a_missing_or_edited_plan_file_or_record(drawn: Path) -> None:
    (drawn / "groups-2026.yaml").rename(drawn / "moved.yaml")
    account = read_account(drawn)
    assert [p.what for p in account.problems] == ["the plan file groups-2026.yaml is missing"]
    (drawn / "moved.yaml").write_text("# edited\n", encoding="utf-8")
    (drawn / "moved.yaml").rename(drawn / "groups-2026.yaml")
    account = read_account(drawn)
    assert "the plan was edited after the draw" in account.problems[0].what
    record = drawn / "table-2026.json"
    data = json.loads(record.read_text(encoding="utf-8"))
    record.write_text(json.dumps({**data, "place": "x"}, ensure_ascii=False), encoding="utf-8")
    account = read_account(drawn)
    assert "(the record was edited or replaced)" in account.problems[0].what
    assert [e.record for e in account.changed_tables] == ["table-2026.json"]
    record.unlink()
    account = read_account(drawn)
    assert [p.what for p in account.problems] == ["its record table-2026.json is missing"]


def test_a_table_record_without_its_line_is_reported(drawn: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "table-2026.json").write_bytes((drawn / "table-2026.json").read_bytes())
    account = read_account(other)
    assert not account.has_ledger and len(account.unlogged_tables) == 1
    (other / "ledger.jsonl").write_bytes(b"")
    account = read_account(other)
    assert [p.what for p in account.problems] == [
        "no ledger line: "
        + str(other / "ledger.jsonl")
        + " does not list this table record (not written by `crossdraw plan draw`, or the "
        "ledger was cut)"
    ]
