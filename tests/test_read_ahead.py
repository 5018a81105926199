"""A workbook list read ahead in a thread (figure 6 of `make bench`): the same answers
as reading it when asked for, and nothing stale or half-read is ever used (E1)."""

from __future__ import annotations

import gc
import os
import threading
from pathlib import Path

import pytest

from crossdraw.domain.errors import InputError
from crossdraw.domain.geography import bundled_geography
from crossdraw.load import collector, workbook
from crossdraw.load.enterprises import load_enterprises
from tests import workbooks
from tests.test_excel_accidents import ZH, A, B, C, outcome, row

GEO = bundled_geography()


def rows() -> list[list[object]]:
    return [["名单"], ZH, row(A), row(B, "乙"), row(C, "丙", "湘潭县")]


@pytest.mark.parametrize("suffix", workbooks.SUFFIXES)
def test_e1_a_list_read_ahead_gives_the_same_list_as_one_read_when_asked(
    tmp_path: Path, suffix: str
) -> None:
    path = workbooks.one(tmp_path / f"list{suffix}", rows())
    plain = outcome(lambda: load_enterprises(path, GEO))
    workbook.read_ahead(path)
    early = workbook._AHEAD[path.absolute()]
    early.thread.join()
    assert early.read is not None  # the sheet was read in the thread
    assert outcome(lambda: load_enterprises(path, GEO)) == plain
    assert path.absolute() not in workbook._AHEAD  # taken once, never again


def test_e1_a_named_sheet_is_read_ahead_and_another_is_read_when_asked(tmp_path: Path) -> None:
    path = workbooks.write(
        tmp_path / "list.xlsx",
        workbooks.Sheet("封面", [["2024 年检查名单"]]),
        workbooks.Sheet("企业名单", rows()),
    )
    workbook.read_ahead(path, "企业名单")
    assert [e.id for e in load_enterprises(path, GEO, sheet="企业名单").enterprises] == [A, B, C]
    workbook.read_ahead(path)  # the cover page is read ahead; the list is read when asked
    assert [e.id for e in load_enterprises(path, GEO).enterprises] == [A, B, C]


def test_e1_a_list_changed_after_it_was_read_ahead_is_read_again(tmp_path: Path) -> None:
    path = workbooks.one(tmp_path / "list.xlsx", rows())
    workbook.read_ahead(path)
    workbook._AHEAD[path.absolute()].thread.join()
    workbooks.one(path, [ZH, row(A)])
    status = path.stat()
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000_000))
    assert [e.id for e in load_enterprises(path, GEO).enterprises] == [A]


@pytest.mark.parametrize("suffix", workbooks.SUFFIXES)
def test_e1_hidden_rows_of_a_list_read_ahead_are_refused_as_when_read_when_asked(
    tmp_path: Path, suffix: str
) -> None:
    """The hidden rows are looked for by the thread that asks for the list, while the
    reading thread parses the sheet: they are found all the same."""
    path = workbooks.one(tmp_path / f"list{suffix}", rows(), hidden=[4])
    plain = outcome(lambda: load_enterprises(path, GEO))
    assert "rows 4" in str(plain) or "row 4" in str(plain)
    workbook.read_ahead(path)
    assert outcome(lambda: load_enterprises(path, GEO)) == plain


def test_e1_merged_cells_of_an_ods_list_read_ahead_are_refused_as_when_read_when_asked(
    tmp_path: Path,
) -> None:
    sheet = workbooks.Sheet("企业名单", [ZH, row(A), row(B, "乙")], merged=["C2:D2"])
    path = workbooks.write(tmp_path / "list.ods", sheet)
    plain = outcome(lambda: load_enterprises(path, GEO))
    assert "C2:D2" in str(plain)
    workbook.read_ahead(path)
    assert outcome(lambda: load_enterprises(path, GEO)) == plain


def test_e1_a_damaged_list_read_ahead_is_refused_as_when_read_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"PK\x03\x04 not a workbook")
    with pytest.raises(InputError) as plain:
        load_enterprises(path, GEO)
    workbook.read_ahead(path)
    with pytest.raises(InputError) as early:
        load_enterprises(path, GEO)
    assert [str(p) for p in early.value.problems] == [str(p) for p in plain.value.problems]


def test_nothing_is_read_ahead_for_a_csv_a_wps_file_or_a_missing_file(tmp_path: Path) -> None:
    for name in ("list.csv", "list.et", "missing.xlsx"):
        path = tmp_path / name
        if name != "missing.xlsx":
            path.write_bytes(b"x")
        workbook.read_ahead(path)
        assert workbook.taken(path) is None


def test_the_collector_runs_again_when_the_last_of_two_threads_pauses_ends() -> None:
    assert gc.isenabled()
    started, release = threading.Event(), threading.Event()

    def other() -> None:
        with collector.paused():
            started.set()
            release.wait()

    thread = threading.Thread(target=other)
    thread.start()
    started.wait()
    with collector.paused():
        assert not gc.isenabled()
        release.set()
        thread.join()
        assert not gc.isenabled()  # the main thread's pause still holds
    assert gc.isenabled()


def test_the_launcher_finds_the_list_as_typer_reads_the_options() -> None:
    from crossdraw.cli.launch import option

    assert option(["odds", "--enterprises", "a.xlsx", "--sheet", "名单"], "--enterprises") == (
        "a.xlsx"
    )
    assert option(["odds", "--enterprises=a.xlsx"], "--enterprises") == "a.xlsx"
    assert option(["odds", "--sheet=名单"], "--sheet") == "名单"
    assert option(["odds", "--enterprises"], "--enterprises") is None
    assert option(["validate", "--", "--enterprises", "a.xlsx"], "--enterprises") is None


def test_e1_the_command_line_reads_a_workbook_list_ahead_with_the_same_odds(
    tmp_path: Path,
) -> None:
    import subprocess
    import sys

    from tests.workbooks import from_csv

    root = Path(__file__).resolve().parents[1]
    listing = from_csv(root / "data" / "enterprises.csv", tmp_path / "list.xlsx")

    def odds(enterprises: Path) -> str:
        argv = [sys.executable, "-m", "crossdraw", "odds", "--group", "1", "--json"]
        argv += ["--groups", str(root / "data" / "groups.yaml"), "--out", str(tmp_path / "d")]
        argv += ["--enterprises", str(enterprises)]
        done = subprocess.run(argv, capture_output=True, text=True, check=True, cwd=tmp_path)
        return done.stdout

    assert odds(listing) == odds(root / "data" / "enterprises.csv")


def test_a_read_ahead_started_twice_reads_once(tmp_path: Path) -> None:
    from crossdraw.cli.launch import _read_ahead

    path = workbooks.one(tmp_path / "list.xlsx", rows())
    _read_ahead(["odds", "--enterprises", str(path)])
    first = workbook._AHEAD[path.absolute()]
    workbook.read_ahead(path)  # as input_spec does once the command runs
    assert workbook._AHEAD[path.absolute()] is first
    assert [e.id for e in load_enterprises(path, GEO).enterprises] == [A, B, C]
