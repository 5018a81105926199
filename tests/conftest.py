"""Shared fixtures: a small non-Hunan plan and enterprise list, and a stable CLI runner."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from crossdraw.domain.uscc import check_character

PLAN_YAML = """\
plan: {title: 甲省交叉执法方案, year: 2025, deadline: 2025-06-20, extended_deadline: 2025-07-01}
rules:
  per_prefecture: 2
  min_counties: 2
  requirements:
    - {id: Q3, name: 金属冶炼, any_of: [metal_smelting], at_least: 1}
    - {id: Q4, name: 水泥、粉尘涉爆、涉氨制冷, any_of: [cement, dust_explosion, ammonia_refrigeration], at_least: 1, substitutes: {cement: building_materials}}
groups:
  - {id: 1, name: 第一组, members: [甲市, 乙市], targets: [丙市, 丁市], guide: {name: 王五, title: 处长}}
  - {id: 2, name: 第二组, members: [丙市, 丁市], targets: [甲市, 乙市], guide: {name: 赵六, title: 副处长}}
prefectures:
  - {name: 甲市, aliases: [甲], counties: [甲一区, 甲二县]}
  - {name: 乙市, counties: [乙一区, 乙二县]}
  - {name: 丙市, counties: [丙一区, 丙二县, 丙三县]}
  - {name: 丁市, counties: [丁一区, 丁二县]}
"""

HEADER = ["id", "name", "prefecture", "county", "sector", "tags", "provincial_direct"]


def uscc(n: int) -> str:
    body = f"91999999{n:09d}"
    return body + check_character(body)


# (prefecture, county, sector, tags, provincial_direct)
ROWS = [
    ("甲市", "甲一区", "冶金", "metal_smelting", "false"),
    ("甲市", "甲一区", "机械", "", "false"),
    ("甲市", "甲二县", "轻工", "dust_explosion", "false"),
    ("甲市", "甲二县", "建材", "cement", "false"),
    ("乙市", "乙一区", "商贸", "ammonia_refrigeration", "false"),
    ("乙市", "乙二县", "机械", "", "false"),
    ("乙市", "乙二县", "有色", "metal_smelting", "true"),
    ("丙市", "丙一区", "冶金", "metal_smelting", "false"),
    ("丙市", "丙一区", "机械", "", "false"),
    ("丙市", "丙二县", "建材", "", "false"),
    ("丙市", "丙三县", "轻工", "dust_explosion;confined_space", "false"),
    ("丙市", "丙三县", "纺织", "", "true"),
    ("丁市", "丁一区", "机械", "", "false"),
    ("丁市", "丁二县", "建材", "", "false"),
    ("丁市", "丁二县", "有色", "metal_smelting", "false"),
]


def write_enterprises(path: Path, rows: list[tuple[str, str, str, str, str]] = ROWS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for n, (pref, county, sector, tags, direct) in enumerate(rows, start=1):
            writer.writerow(
                [uscc(n), f"{county}企业{n}有限公司", pref, county, sector, tags, direct]
            )
    return path


@dataclass
class Project:
    root: Path
    groups: Path
    enterprises: Path
    out: Path

    def args(self) -> list[str]:
        return ["--groups", str(self.groups), "--enterprises", str(self.enterprises)]


@pytest.fixture
def project(tmp_path: Path) -> Project:
    groups = tmp_path / "groups.yaml"
    groups.write_text(PLAN_YAML, encoding="utf-8")
    enterprises = write_enterprises(tmp_path / "enterprises.csv")
    return Project(tmp_path, groups, enterprises, tmp_path / "draws")


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests read crossdraw's English texts unless they ask for Chinese (`zh_runner`,
    or CROSSDRAW_LANG / --lang zh): what a person sees by default, Chinese, is asserted
    in tests/test_zh.py and the ceremony's tests."""
    monkeypatch.setenv("CROSSDRAW_LANG", "en")


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    """The CLI in English (CROSSDRAW_LANG=en), for tests that assert its English texts;
    `zh_runner` runs it as a Chinese user does."""
    monkeypatch.setenv("CROSSDRAW_LANG", "en")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    yield CliRunner()


@pytest.fixture
def zh_runner(monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    """The CLI as a Chinese user runs it: no language asked for, so Chinese."""
    for var in ("CROSSDRAW_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    yield CliRunner()


def folder_problems(folder: Path, *, trust: Any = None) -> list[Any]:
    """Everything the folder's account finds wrong (what `verify` reports of a ledger)."""
    from crossdraw.store.account import read_account

    return list(read_account(folder, trust=trust).problems)


def standing_line(folder: Path, key: Any) -> Any:
    """The draw line of `key` that stands in the folder, or None."""
    from crossdraw.store.account import read_account

    return next((d.line for d in read_account(folder).standing if d.key == key), None)
