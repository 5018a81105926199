"""Every command is documented in README, and the docs name the algorithm version in force."""

from __future__ import annotations

from pathlib import Path

import typer.main

from crossdraw.cli.app import app
from crossdraw.lottery.draw import ALGORITHM

ROOT = Path(__file__).resolve().parents[1]


def command_names() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in command_names() if f"crossdraw {name}" not in readme]
    assert missing == []


def test_algorithm_page_names_the_version_every_record_carries() -> None:
    page = (ROOT / "docs" / "ALGORITHM.md").read_text(encoding="utf-8")
    assert ALGORITHM in page.splitlines()[0]
