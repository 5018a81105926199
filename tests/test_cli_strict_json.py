"""A record with a key twice, nested 10,000 deep or holding a 5,000-digit number is refused
by every command that reads records (exit 2, the file and the JSON path named), never a
traceback, and nothing is written."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.cli.app import app

FIXTURE = Path(__file__).parent / "fixtures" / "folder-v1"
RECORD = "group2-甲市-b2e0447478d9.json"


def _duplicate_key(data: bytes) -> bytes:
    return data.replace(b'"target": ', b'"target": "\xe4\xb9\x99\xe5\xb8\x82", "target": ', 1)


def _deep(data: bytes) -> bytes:
    return data.replace(b'"previous": []', b'"previous": ' + b"[" * 10_000 + b"]" * 10_000, 1)


def _big_number(data: bytes) -> bytes:
    return data.replace(b'"rejected": 0', b'"rejected": ' + b"7" * 5000, 1)


BROKEN = {
    "duplicate key": (_duplicate_key, "target: this key appears twice in its object"),
    "depth 10,000": (_deep, "previous[0][0][0][0][0][0][0]…: nested deeper than 32 levels"),
    "5,000 digits": (_big_number, "random.rejected: a number of 5000 digits"),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "folder-v1"
    shutil.copytree(FIXTURE, copy)
    return copy


def _files(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _commands(folder: Path, record: Path) -> dict[str, list[str]]:
    inputs = [
        "--groups",
        str(folder / "groups.yaml"),
        "--enterprises",
        str(folder / "enterprises.csv"),
    ]
    return {
        "verify": ["verify", str(record)],
        "verify folder": ["verify", str(record.parent)],
        "sheet": ["sheet", str(record), "--out", str(folder / "sheet.html")],
        "export": ["export", str(record), *inputs, "--format", "csv", "--out", str(folder / "t.csv")],
        "validate": ["validate", str(record), *inputs],
    }  # fmt: skip


@pytest.mark.parametrize("broken", list(BROKEN))
@pytest.mark.parametrize("command", ["verify", "verify folder", "sheet", "export", "validate"])
def test_a_record_the_strict_reader_refuses_is_bad_input_to_every_command(
    runner: CliRunner, folder: Path, broken: str, command: str
) -> None:
    edit, message = BROKEN[broken]
    loose = folder / "loose"  # no ledger: only the record is judged
    loose.mkdir()
    record = loose / RECORD
    record.write_bytes(edit((folder / "draws" / RECORD).read_bytes()))
    before = _files(folder)
    result = runner.invoke(app, _commands(folder, record)[command])
    out = result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), out
    assert "Traceback" not in out
    # a folder's account reports a damaged record beside everything else (tampering: 3)
    expected = exitcodes.MISMATCH if command == "verify folder" else exitcodes.BAD_INPUT
    assert result.exit_code == expected, out
    assert f"{record}, {message}" in " ".join(out.split()), out
    assert _files(folder) == before


def test_a_damaged_record_in_a_ledger_folder_is_named_by_verify(
    runner: CliRunner, folder: Path
) -> None:
    record = folder / "draws" / RECORD
    record.write_bytes(_duplicate_key(record.read_bytes()))
    result = runner.invoke(app, ["verify", str(folder / "draws")])
    out = " ".join((result.stdout + result.stderr).split())
    assert result.exit_code == exitcodes.MISMATCH, out
    assert f"{record}, target: this key appears twice in its object" in out
