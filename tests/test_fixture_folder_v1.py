"""Old folders keep verifying: a folder written by crossdraw 0.1.0 before issue 10's
reorganisation (tests/fixtures/folder-v1/README.md says how it was made)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.cli.app import app

FIXTURE = Path(__file__).parent / "fixtures" / "folder-v1"


def _digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "folder-v1"
    shutil.copytree(FIXTURE, copy)
    return copy


def test_folder_v1_verifies_against_its_plan_and_list_and_changes_no_file(
    runner: CliRunner, folder: Path
) -> None:
    before = _digests(folder)
    result = runner.invoke(
        app,
        [
            "verify",
            str(folder / "draws"),
            "--enterprises",
            str(folder / "enterprises.csv"),
            "--groups",
            str(folder / "groups.yaml"),
        ],
    )
    assert result.exit_code == exitcodes.OK, result.output
    assert "4 draws, 1 void, 2 commitments" in result.output
    assert _digests(folder) == before


def test_folder_v1_records_keep_their_digests(folder: Path) -> None:
    """No record digest of an old folder may change (no silent algorithm change)."""
    names = sorted(p.name for p in (folder / "draws").glob("group*.json"))
    assert names == [
        "group1-丁市-4c6ada07e9e6.json",
        "group1-丙市-31a507c75115.json",
        "group1-丙市-c7ffd6859b17.json",
        "group2-甲市-b2e0447478d9.json",
    ]
