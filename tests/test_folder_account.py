"""One account of a draws folder (issue 10): standing and voided draws, open commitments,
and every command that consumes records taking them from it."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.cli.app import app
from crossdraw.services.ceremony import CeremonyRequest, run_ceremony
from crossdraw.services.inputs import InputSpec
from crossdraw.store.account import read_account
from tests.test_ceremony_answers import ScriptedIO

FIXTURE = Path(__file__).parent / "fixtures" / "folder-v1"
VOIDED = "group1-丙市-31a507c75115.json"
REDRAW = "group1-丙市-c7ffd6859b17.json"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "folder-v1"
    shutil.copytree(FIXTURE, copy)
    return copy


def _args(folder: Path) -> list[str]:
    return [
        "--groups",
        str(folder / "groups.yaml"),
        "--enterprises",
        str(folder / "enterprises.csv"),
    ]


def _hashes(root: Path) -> dict[str, str]:
    return {
        str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()
    }


def test_account_tells_standing_voided_and_open_commitments(folder: Path) -> None:
    account = read_account(folder / "draws")
    assert account.problems == ()
    assert [d.path.name for d in account.voided] == [VOIDED]
    (voided,) = account.voided
    assert voided.void is not None and voided.void.line == 2
    assert voided.void_note() == "ledger.jsonl line 2: 见证人未到场，经双方同意重抽"
    assert REDRAW in [d.path.name for d in account.standing]
    assert VOIDED not in [d.path.name for d in account.standing]
    assert [(e.line, e.key.prefecture) for e in account.open_commitments] == [(7, "乙市")]


def test_export_of_a_folder_with_a_void_and_redraw_files_the_redraw_only(
    runner: CliRunner, folder: Path
) -> None:
    out = folder / "targets.json"
    result = runner.invoke(
        app,
        [
            "export",
            str(folder / "draws"),
            "--group",
            "1",
            "--format",
            "json",
            "--out",
            str(out),
            *_args(folder),
        ],
    )
    assert result.exit_code == exitcodes.OK, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    text = json.dumps(doc, ensure_ascii=False)
    assert "c7ffd6859b17" in text and "31a507c75115" not in text
    assert "was voided (ledger.jsonl line 2" in result.stderr


def test_export_of_a_voided_record_by_name_is_refused_with_its_void_line(
    runner: CliRunner, folder: Path
) -> None:
    out = folder / "targets.xlsx"
    result = runner.invoke(
        app, ["export", str(folder / "draws" / VOIDED), "--out", str(out), *_args(folder)]
    )
    assert result.exit_code == exitcodes.BAD_INPUT
    assert (
        "this draw was voided (ledger.jsonl line 2: 见证人未到场，经双方同意重抽)" in result.stderr
    )
    assert not out.exists()


def test_checklist_leaves_the_voided_draw_out(runner: CliRunner, folder: Path) -> None:
    out = folder / "checklist.xlsx"
    result = runner.invoke(
        app, ["checklist", str(folder / "draws"), "--format", "xlsx", "--out", str(out)]
    )
    assert result.exit_code == exitcodes.OK, result.output
    book = load_workbook(out)
    cells = " ".join(str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row)
    assert "91999999000000010H" not in cells  # drawn only by the voided draw
    assert "91999999000000011L" in cells  # drawn by the redraw


def test_sheet_of_a_voided_record_is_stamped_with_the_reason_and_void_line(
    zh_runner: CliRunner, folder: Path
) -> None:
    runner = zh_runner  # the sheet in its default language, Chinese
    out = folder / "voided.html"
    result = runner.invoke(app, ["sheet", str(folder / "draws" / VOIDED), "--out", str(out)])
    assert result.exit_code == exitcodes.OK, result.output
    page = out.read_text(encoding="utf-8")
    assert '<span class="stamp">已作废</span>' in page
    assert "账本 ledger.jsonl 第 2 行" in page and "见证人未到场，经双方同意重抽" in page
    standing = folder / "standing.html"
    runner.invoke(app, ["sheet", str(folder / "draws" / REDRAW), "--out", str(standing)])
    assert "已作废" not in standing.read_text(encoding="utf-8")


def test_verify_json_carries_the_void_and_the_open_commitment(
    runner: CliRunner, folder: Path
) -> None:
    result = runner.invoke(app, ["verify", str(folder / "draws"), "--json"])
    assert result.exit_code == exitcodes.OK, result.output
    doc = json.loads(result.stdout)
    voided = {r["record"].rsplit("/", 1)[-1]: r["voided"] for r in doc["records"]}
    assert voided[VOIDED] == {"line": 2, "reason": "见证人未到场，经双方同意重抽"}
    assert voided[REDRAW] is None
    assert doc["ledgers"][0]["open_commitments"] == [7]


def test_read_only_commands_change_no_file_of_a_received_folder(
    runner: CliRunner, folder: Path
) -> None:
    before = _hashes(folder)
    for args in (
        ["verify", str(folder / "draws")],
        ["validate", str(folder / "draws" / REDRAW), *_args(folder)],
        ["odds", "--group", "1", "--out", str(folder / "draws"), *_args(folder)],
        ["pool", "--group", "1", *_args(folder)],
        ["plan", "check", "--groups", str(folder / "groups.yaml")],
    ):
        runner.invoke(app, args)
    assert _hashes(folder) == before


def test_q6_ceremony_service_runs_without_a_terminal(folder: Path) -> None:
    spec = InputSpec(folder / "groups.yaml", folder / "enterprises.csv")
    out = folder / "draws"
    io = ScriptedIO(
        [
            *("2", "乙市", "周八", "吴九", "郑十", "乙市应急管理局"),
            *("钱组长", "", "", "2", "否"),  # 组长, the plan's guide, no beacon, 2 open parts
            *("", "3820174956", "", "", "1023847561", ""),  # name, part, Enter to confirm it
            "",
        ]
    )
    outcome = run_ceremony(io, spec.load(), CeremonyRequest(out=out))
    assert outcome.planned.record.target == "乙市"
    assert outcome.planned.record.seed.parts == ("3820174956", "1023847561")
    assert any("第1步" in line for line in io.said)
    account = read_account(out)
    assert account.problems == ()
    assert [e.line for e in account.open_commitments] == [7]  # the abandoned one stays open
    types = [e.type for e in account.lines[-4:]]
    assert types == ["commitment", "seed-commit", "seed", "draw"]


# --- found by a stranger's review: a voided draw is known by its digest, not its file name ---


def test_a_voided_record_renamed_or_copied_is_still_voided_everywhere(
    runner: CliRunner, folder: Path
) -> None:
    draws = folder / "draws"
    renamed = draws / "renamed.json"
    (draws / VOIDED).rename(renamed)
    copy = folder / "elsewhere" / "copy.json"
    copy.parent.mkdir()
    copy.write_bytes(renamed.read_bytes())
    result = runner.invoke(app, ["export", str(renamed), "--out", str(folder / "t.xlsx")])
    assert result.exit_code in (exitcodes.BAD_INPUT, exitcodes.MISMATCH), result.output
    assert not (folder / "t.xlsx").exists()
    result = runner.invoke(app, ["verify", str(draws), "--json"])
    doc = json.loads(result.stdout)
    (entry,) = [r for r in doc["records"] if r["record"].endswith("renamed.json")]
    assert entry["voided"] == {"line": 2, "reason": "见证人未到场，经双方同意重抽"}
    assert (
        result.exit_code == exitcodes.MISMATCH
    )  # the logged file is missing, and renamed.json unlogged
    # a copy outside the folder is no prior of a new draw: the --out ledger knows its void
    result = runner.invoke(
        app,
        ["odds", "--group", "1", "--after", str(copy), "--out", str(draws), *_args(folder)],
    )
    assert result.exit_code == exitcodes.BAD_INPUT
    assert "--after: this draw was voided (ledger.jsonl line 2" in result.stderr


def test_a_voided_record_moved_out_with_its_ledger_is_no_prior_of_a_new_folder(
    runner: CliRunner, folder: Path
) -> None:
    result = runner.invoke(
        app,
        [
            "draw",
            "--group",
            "1",
            "--prefecture",
            "丁市",
            "--seed",
            "1" * 20,
            "--after",
            str(folder / "draws" / VOIDED),
            "--out",
            str(folder / "new"),
            *_args(folder),
        ],
    )
    assert result.exit_code == exitcodes.BAD_INPUT
    assert "this draw was voided" in result.stderr
    assert not (folder / "new").exists() or not list((folder / "new").glob("*.json"))


def test_nothing_is_filed_by_name_from_a_folder_whose_ledger_does_not_verify(
    runner: CliRunner, folder: Path
) -> None:
    ledger_file = folder / "draws" / "ledger.jsonl"
    lines = ledger_file.read_bytes().splitlines(keepends=True)
    ledger_file.write_bytes(b"".join(lines[:1]) + lines[1][:-20])  # cut inside the void line
    for args in (
        ["checklist", str(folder / "draws" / VOIDED), "--out", str(folder / "c.html")],
        ["sheet", str(folder / "draws" / VOIDED), "--out", str(folder / "s.html")],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == exitcodes.MISMATCH, result.output
        assert "run `crossdraw verify" in result.stderr
    assert not (folder / "c.html").exists() and not (folder / "s.html").exists()


def test_verify_of_a_record_beside_a_dangling_ledger_link_is_not_verified(
    runner: CliRunner, folder: Path
) -> None:
    ledger_file = folder / "draws" / "ledger.jsonl"
    ledger_file.unlink()
    ledger_file.symlink_to(folder / "nonexistent")
    result = runner.invoke(app, ["verify", str(folder / "draws" / VOIDED)])
    assert result.exit_code != exitcodes.OK
    assert "✓ verified" not in result.output


def test_odds_reports_an_interrupted_write_and_changes_nothing(
    runner: CliRunner, folder: Path
) -> None:
    (folder / "draws" / ".ledger.journal").write_text("{}", encoding="utf-8")
    before = _hashes(folder)
    result = runner.invoke(
        app, ["odds", "--group", "1", "--out", str(folder / "draws"), *_args(folder)]
    )
    assert "interrupted write" in result.stderr and ".ledger.journal" in result.stderr
    assert _hashes(folder) == before


def test_a_damaged_record_in_the_folder_is_a_problem_verify_reports_with_exit_3(
    runner: CliRunner, folder: Path
) -> None:
    (folder / "draws" / "group9-x-000000000000.json").write_text(
        '{"schema": "crossdraw-record/1", "schema": "crossdraw-record/1"}', encoding="utf-8"
    )
    result = runner.invoke(app, ["verify", str(folder / "draws")])
    assert result.exit_code == exitcodes.MISMATCH, result.output
    assert "group9-x-000000000000.json" in result.output
