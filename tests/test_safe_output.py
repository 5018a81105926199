"""Nothing a plan, a list, an exclusion file or a record holds can rewrite the terminal:
control and invisible formatting characters are printed as \\uXXXX (E1, and every
command's output)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from crossdraw.cli.app import app
from crossdraw.cli.safe import escape, visible
from tests.builders import with_digest
from tests.conftest import PLAN_YAML, Project


def test_visible_writes_hidden_characters_as_escapes() -> None:
    assert visible("甲\u3000厂 a\tb\nc") == "甲\u3000厂 a\tb\nc"  # spaces, tab, newline kept
    assert visible("a\x1b[2Jb") == "a\\u001b[2Jb"
    assert visible("\u202eabc\u200d\U000e0001") == "\\u202eabc\\u200d\\U000e0001"
    assert escape("[bold]\x07") == "\\[bold]\\u0007"


def output(runner: CliRunner, args: list[str]) -> str:
    result = runner.invoke(app, args)
    assert "Traceback" not in result.stdout + result.stderr
    return result.stdout + result.stderr


def test_E1_plan_and_exclusion_text_is_printed_with_hidden_characters_visible(
    runner: CliRunner, project: Project
) -> None:
    project.groups.write_text(
        PLAN_YAML.replace("第一组", '"第一\\e[2J组\\u202e"'), encoding="utf-8"
    )
    out = output(runner, ["plan", "check", "--groups", str(project.groups)])
    assert (
        "groups[0].name (line 9): holds an invisible character (不可见字符) at character 3: " in out
    )
    assert "\x1b" not in out and "\u202e" not in out
    project.groups.write_text(PLAN_YAML, encoding="utf-8")
    exclude = project.root / "exclude.csv"
    first = next(
        line.split(",")[0]
        for line in project.enterprises.read_text(encoding="utf-8").splitlines()
        if "丙市" in line
    )
    exclude.write_text(f"id,reason\n{first},recently\x1b[31m fined\n", encoding="utf-8")
    out = output(runner, ["pool", "--group", "1", *project.args(), "--exclude", str(exclude)])
    assert "\x1b" not in out, out
    assert "E3: 原因 (reason) holds an invisible character" in out  # refused, row named


def crafted_record(
    runner: CliRunner, project: Project, folder: Path, edit: Callable[[dict[str, Any]], None]
) -> Path:
    """A drawn record edited by `edit`, its digest made again (a digest is not a
    signature: anyone can redo it), so that it verifies."""
    args = ["--seed", "12345678901234567890", *project.args(), "--out", str(folder)]
    output(runner, ["draw", "--group", "1", *args])
    record_path = next(  # the group's first draw: it depends on no other record
        p for p in sorted(folder.glob("*.json")) if not json.loads(p.read_bytes())["previous"]
    )
    record = json.loads(record_path.read_text(encoding="utf-8"))
    edit(record)
    record_path.write_text(json.dumps(with_digest(record), ensure_ascii=False), encoding="utf-8")
    (folder / "ledger.jsonl").unlink()  # a record on its own: its ledger would name the edit
    return record_path


def test_a_record_with_hidden_characters_is_reported_without_them(
    runner: CliRunner, project: Project, tmp_path: Path
) -> None:
    def edit(record: dict[str, Any]) -> None:
        record["witnesses"]["witness"] = "张三\x1b]0;owned\x07\u202e"
        record["group"]["name"] = "第一组\x1b[2J"

    record_path = crafted_record(runner, project, tmp_path / "draws", edit)
    out = output(runner, ["verify", str(record_path)])
    assert "第一组\\u001b[2J" in out, out  # printed, visibly
    sheet = tmp_path / "s.md"
    out = output(runner, ["sheet", str(record_path), "--format", "md", "--out", str(sheet)])
    for text in (out, sheet.read_text(encoding="utf-8")):
        assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text, text


def test_a_record_with_hidden_characters_makes_readable_workbooks(
    runner: CliRunner, project: Project, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    def edit(record: dict[str, Any]) -> None:
        record["selected"][0]["name"] = "甲\x1b[2J\x07厂"

    record_path = crafted_record(runner, project, tmp_path / "draws", edit)
    book = tmp_path / "c.xlsx"
    output(runner, ["checklist", str(record_path), "--format", "xlsx", "--out", str(book)])
    sheets = load_workbook(book).sheetnames  # XML 1.0 holds no escape character
    assert any("u001b" in title for title in sheets), sheets
    page = tmp_path / "c.html"
    output(runner, ["checklist", str(record_path), "--format", "html", "--out", str(page)])
    assert "甲\\u001b[2J\\u0007厂" in page.read_text(encoding="utf-8")
