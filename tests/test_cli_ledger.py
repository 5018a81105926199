"""The ledger through the commands: draw refuses a standing target, void, redraw, verify a folder."""

from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.store import ledger
from tests.conftest import Project
from tests.test_cli import run


def draw(
    runner: CliRunner, project: Project, prefecture: str, seed: str, *extra: str
) -> tuple[int, dict[str, Any], str]:
    code, out, err = run(
        runner, "draw", "--group", "1", "--prefecture", prefecture, "--seed", seed,
        *project.args(), "--out", str(project.out), "--json", *extra,
    )  # fmt: skip
    return code, (json.loads(out)["draws"][0] if code == 0 else {}), err


def record_of(result: dict[str, Any]) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(Path(result["record"]).read_text(encoding="utf-8"))
    return value


def test_a_second_draw_of_a_standing_target_is_refused_naming_the_record_and_void(
    runner: CliRunner, project: Project
) -> None:
    code, first, _ = draw(runner, project, "丙市", "1" * 20)
    assert code == exitcodes.OK and first["ledger_line"] == 1
    code, _, err = draw(runner, project, "丙市", "2" * 20)
    assert code == exitcodes.BAD_INPUT
    assert f"{first['record']}: 丙市 of group 1 was already drawn (ledger.jsonl line 1)" in err
    assert f"crossdraw void {first['record']} --reason TEXT" in err
    assert len(ledger.read(project.out)) == 1


def test_q6_void_then_redraw_keeps_both_records_and_all_lines_visible(
    runner: CliRunner, project: Project
) -> None:
    _, first, _ = draw(runner, project, "丙市", "1" * 20)
    code, out, err = run(runner, "void", first["record"], "--reason", "见证人未到场", "--json")
    assert code == exitcodes.OK, err
    voided = json.loads(out)
    assert (voided["ledger_line"], voided["voids_line"]) == (2, 1)
    code, again, err = draw(runner, project, "丙市", "2" * 20)
    assert code == exitcodes.OK, err
    assert again["record"] != first["record"] and Path(first["record"]).exists()
    assert [(e.type, e.record) for e in ledger.read(project.out)] == [
        ("draw", Path(first["record"]).name),
        ("void", Path(first["record"]).name),
        ("draw", Path(again["record"]).name),
    ]
    code, out, _ = run(runner, "verify", str(project.out))
    assert code == exitcodes.OK, out
    assert "3 lines (2 draws, 1 void), chain intact" in out
    assert "VOIDED (ledger line 2: 见证人未到场)" in out
    voided_line = next(x for x in out.splitlines() if Path(first["record"]).name in x)
    assert "✓" not in voided_line  # a voided draw is never shown as a verified standing one


def test_void_twice_without_reason_or_without_ledger_is_exit_2(
    runner: CliRunner, project: Project
) -> None:
    _, first, _ = draw(runner, project, "丙市", "1" * 20)
    assert run(runner, "void", first["record"])[0] == exitcodes.BAD_INPUT
    assert run(runner, "void", first["record"], "--reason", "重抽")[0] == exitcodes.OK
    code, _, err = run(runner, "void", first["record"], "--reason", "再次")
    assert code == exitcodes.BAD_INPUT
    assert "already voided (ledger.jsonl line 2: 重抽)" in err
    lone = project.root / "elsewhere" / Path(first["record"]).name
    lone.parent.mkdir()
    shutil.copy(first["record"], lone)
    code, _, err = run(runner, "void", str(lone), "--reason", "x")
    assert code == exitcodes.BAD_INPUT and "no ledger.jsonl" in err


def test_a_voided_draw_is_not_the_prior_of_the_groups_other_target(
    runner: CliRunner, project: Project
) -> None:
    _, first, _ = draw(runner, project, "丙市", "1" * 20)
    run(runner, "void", first["record"], "--reason", "重抽")
    code, ding, _ = draw(runner, project, "丁市", "3" * 20)
    assert code == exitcodes.OK
    assert record_of(ding)["previous"] == []
    code, bing, _ = draw(runner, project, "丙市", "4" * 20)
    assert code == exitcodes.OK
    assert [p["prefecture"] for p in record_of(bing)["previous"]] == ["丁市"]


def test_void_warns_when_a_standing_draw_was_made_given_the_voided_one(
    runner: CliRunner, project: Project
) -> None:
    _, first, _ = draw(runner, project, "丙市", "1" * 20)
    _, second, _ = draw(runner, project, "丁市", "2" * 20)
    code, _, err = run(runner, "void", first["record"], "--reason", "重抽")
    assert code == exitcodes.OK
    assert f"{second['record']}: the draw of 丁市 (ledger.jsonl line 2) was made given" in err


def test_a_record_not_in_the_ledger_is_never_a_prior_and_verify_reports_it(
    runner: CliRunner, project: Project
) -> None:
    elsewhere = Project(project.root, project.groups, project.enterprises, project.root / "other")
    _, stray, _ = draw(runner, elsewhere, "丙市", "1" * 20)
    project.out.mkdir()
    shutil.copy(stray["record"], project.out)
    (project.out / "ledger.jsonl").write_bytes(b"")
    code, ding, _ = draw(runner, project, "丁市", "3" * 20)
    assert code == exitcodes.OK
    assert record_of(ding)["previous"] == []
    code, out, _ = run(runner, "verify", str(project.out))
    assert code == exitcodes.MISMATCH
    assert f"{project.out / Path(stray['record']).name}: no ledger line" in out


def test_q6_witness_names_and_places_are_stored_nfc_normalised(
    runner: CliRunner, project: Project
) -> None:
    typed = "Zoe\u0301"
    code, result, _ = draw(
        runner, project, "丙市", "1" * 20, "--witness", typed, "--place", f"{typed}楼"
    )
    assert code == exitcodes.OK
    record = record_of(result)
    assert record["witnesses"]["witness"] == "Zo\u00e9" and record["place"] == "Zo\u00e9楼"


def test_ctrl_c_during_a_draw_exits_130_and_writes_nothing(
    runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(ledger.journal, "_link", interrupted)
    code, _, err = draw(runner, project, "丙市", "1" * 20)
    assert code == exitcodes.INTERRUPTED
    assert err == "Cancelled (Ctrl-C): no draw record was saved and nothing was written.\n"
    assert [p.name for p in project.out.iterdir()] == ["ledger.jsonl"]
    assert ledger.read(project.out) == []


def test_a_full_disk_during_a_draw_is_exit_2_and_leaves_the_previous_state(
    runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    draw(runner, project, "丙市", "1" * 20)
    before = {p.name: p.read_bytes() for p in project.out.iterdir()}
    real = os.write

    def full(fd: int, data: Any) -> int:
        if len(data) > 200:  # the record, not the terminal
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd, data)

    monkeypatch.setattr(os, "write", full)
    code, _, err = draw(runner, project, "丁市", "2" * 20)
    monkeypatch.setattr(os, "write", real)
    assert code == exitcodes.BAD_INPUT
    assert "cannot write: No space left on device; nothing was written" in err
    assert {p.name: p.read_bytes() for p in project.out.iterdir()} == before


def test_verify_of_a_folder_reports_an_edited_ledger_line_with_exit_3(
    runner: CliRunner, project: Project
) -> None:
    draw(runner, project, "丙市", "1" * 20)
    draw(runner, project, "丁市", "2" * 20)
    path = project.out / "ledger.jsonl"
    lines = path.read_bytes().split(b"\n")
    lines[0] = lines[0].replace(b'"selected":["', b'"selected":["X')
    path.write_bytes(b"\n".join(lines))
    for args in ([str(project.out)], ["--ledger", str(project.out)]):
        code, out, _ = run(runner, "verify", *args, "--json")
        assert code == exitcodes.MISMATCH
        problems = json.loads(out)["ledgers"][0]["problems"]
        assert {
            "where": f"{path} line 1",
            "what": "edited (its hash does not match line 2's prev)",
        } in problems


def test_verify_needs_something_to_verify(runner: CliRunner, tmp_path: Path) -> None:
    assert run(runner, "verify")[0] == exitcodes.BAD_INPUT
    code, _, err = run(runner, "verify", str(tmp_path))
    assert code == exitcodes.BAD_INPUT and "neither ledger.jsonl nor draw records" in err


def test_a_group_draw_of_both_targets_is_one_write(
    runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = ledger.journal.commit

    def counted(*args: Any, **kwargs: Any) -> None:
        calls.append(len(args[2]))
        real(*args, **kwargs)

    monkeypatch.setattr(ledger.journal, "commit", counted)
    code, _, _ = run(
        runner,
        "draw",
        "--group",
        "1",
        "--seed",
        "5" * 20,
        *project.args(),
        "--out",
        str(project.out),
    )
    assert code == exitcodes.OK and calls == [2]


def test_a_standing_record_changed_since_its_line_blocks_the_next_draw(
    runner: CliRunner, project: Project
) -> None:
    _, first, _ = draw(runner, project, "丙市", "1" * 20)
    path = Path(first["record"])
    record = json.loads(path.read_text(encoding="utf-8"))
    record["selected"] = list(reversed(record["selected"]))
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    code, _, err = draw(runner, project, "丁市", "2" * 20)
    assert code == exitcodes.BAD_INPUT
    assert f"{path}: this record is not the one logged at ledger.jsonl line 1" in err


def test_verify_head_shows_a_draw_cut_from_the_end_with_its_record(
    runner: CliRunner, project: Project
) -> None:
    from crossdraw.domain.canonical import fingerprint

    draw(runner, project, "丙市", "1" * 20)
    draw(runner, project, "丁市", "2" * 20)
    lines = ledger.read(project.out)
    first, last = (fingerprint(e.sha256) for e in lines)
    # Cut the last draw: its line and its record. The chain that is left is intact.
    ledger_file = project.out / "ledger.jsonl"
    ledger_file.write_bytes(ledger_file.read_bytes().splitlines(keepends=True)[0])
    (project.out / lines[-1].record).unlink()
    code, out, err = run(runner, "verify", str(project.out))
    assert code == exitcodes.OK, out + err
    code, out, err = run(runner, "verify", str(project.out), "--head", last)
    assert code == exitcodes.MISMATCH
    assert f"holds no line with head {last}" in out
    code, out, err = run(
        runner, "verify", str(project.out), "--head", first.lower().replace(" ", "")
    )
    assert code == exitcodes.OK, out + err
    code, out, err = run(runner, "verify", str(project.out), "--head", "not a head")
    assert code == exitcodes.BAD_INPUT and "is not a ledger head" in err


def test_the_sheet_of_a_logged_record_prints_its_ledger_line_and_head(
    runner: CliRunner, project: Project, tmp_path: Path
) -> None:
    from crossdraw.domain.canonical import fingerprint

    _, first, _ = draw(runner, project, "丙市", "1" * 20)
    (entry,) = ledger.read(project.out)
    code, out, err = run(runner, "sheet", first["record"], "--format", "md", "--lang", "zh")
    assert code == exitcodes.OK, err
    text = Path(out.strip()).read_text(encoding="utf-8")
    assert f"第 {entry.line} 行，账本头 {fingerprint(entry.sha256)}" in text
    alone = tmp_path / Path(first["record"]).name  # a copy away from its ledger: no such row
    shutil.copy(first["record"], alone)
    code, out, err = run(runner, "sheet", str(alone), "--format", "md", "--lang", "zh")
    assert code == exitcodes.OK, err
    assert "账本行" not in Path(out.strip()).read_text(encoding="utf-8")
