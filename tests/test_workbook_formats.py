"""The bundled list as .xlsx, .xls and .ods draws exactly as the CSV (E1, Q1-Q5).

Whatever format a bureau keeps its list in, the pools, their digests, the odds and the
draw must not change: the same cells are the same list.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.cli.app import app
from tests import workbooks

ROOT = Path(__file__).resolve().parent.parent
GROUPS = ROOT / "data" / "groups.yaml"
BUNDLED = ROOT / "data" / "enterprises.csv"
SEED = "38201749561023847561"
# .xlsb too: no library writes one, tests/workbooks.py writes its few records itself.
FORMATS = (*workbooks.SUFFIXES, ".xlsb")


@pytest.fixture(scope="module")
def lists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("formats")
    made = {s: workbooks.from_csv(BUNDLED, folder / f"enterprises{s}") for s in FORMATS}
    return {".csv": BUNDLED, **made}


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def odds(runner: CliRunner, enterprises: Path) -> str:
    code, out, err = run(
        runner, "odds", "--group", "1", "--json", "--groups", str(GROUPS),
        "--enterprises", str(enterprises),
    )  # fmt: skip
    assert code == exitcodes.OK, err
    assert err == ""  # no warning: every cell read as the CSV's
    return out


def drawn(runner: CliRunner, enterprises: Path, out: Path) -> list[dict[str, Any]]:
    code, _, err = run(
        runner, "draw", "--group", "1", "--seed", SEED, "--witness", "见证人", "--drawer",
        "抽签人", "--groups", str(GROUPS), "--enterprises", str(enterprises), "--out", str(out),
    )  # fmt: skip
    assert code == exitcodes.OK, err
    kept = ("pools", "target", "seed", "counts", "random", "selected")
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.json"))]
    # A record names its list by the file's SHA-256, so its digest (and the next record's
    # link to it) differs by format; everything drawn must not.
    return [
        {
            **{k: r[k] for k in kept},
            "previous": [(p["prefecture"], p["selected"]) for p in r["previous"]],
        }
        for r in records
    ]


@pytest.mark.parametrize("suffix", FORMATS)
def test_e1_the_bundled_list_as_a_workbook_gives_the_csvs_odds(
    runner: CliRunner, lists: dict[str, Path], suffix: str
) -> None:
    assert odds(runner, lists[suffix]) == odds(runner, lists[".csv"])


@pytest.mark.parametrize("suffix", FORMATS)
def test_e1_the_bundled_list_as_a_workbook_draws_as_the_csv(
    runner: CliRunner, lists: dict[str, Path], suffix: str, tmp_path: Path
) -> None:
    from_csv = drawn(runner, lists[".csv"], tmp_path / "csv")
    from_book = drawn(runner, lists[suffix], tmp_path / "book")
    assert from_book == from_csv
    assert len(from_csv) == 2  # group 1 has two targets
    code, out, err = run(
        runner, "verify", str(tmp_path / "book"), "--enterprises", str(lists[suffix]),
        "--groups", str(GROUPS),
    )  # fmt: skip
    assert code == exitcodes.OK, out + err


def test_a_workbook_that_cannot_be_read_exits_2_saying_what_to_do(
    runner: CliRunner, tmp_path: Path
) -> None:
    wps = tmp_path / "名单.et"
    wps.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    code, _, err = run(
        runner, "pool", "--group", "1", "--groups", str(GROUPS), "--enterprises", str(wps)
    )
    assert code == exitcodes.BAD_INPUT
    assert "是 WPS 表格的 .et 文件，无法直接读取" in err
    assert "Traceback" not in err


def test_e3_an_exclusion_workbook_leaves_its_enterprises_out(
    runner: CliRunner, lists: dict[str, Path], tmp_path: Path
) -> None:
    first = "91430302020461162D"  # 湘潭市, the first of group 1's targets in the bundled list
    exclude = workbooks.one(
        tmp_path / "exclude.ods", [["统一社会信用代码", "原因"], [first, "已关闭"]], "排除"
    )
    code, out, err = run(
        runner, "pool", "--group", "1", "--json", "--groups", str(GROUPS),
        "--enterprises", str(lists[".xlsx"]), "--exclude", str(exclude),
    )  # fmt: skip
    assert code == exitcodes.OK, err
    pools = json.loads(out)["pools"]
    assert [e["reason"] for p in pools for e in p["excluded"] if e["id"] == first] == ["E3: 已关闭"]
