"""Crash safety: a draw killed at any moment leaves whole records or none, never part of one."""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crossdraw.records.models import DrawRecord
from crossdraw.records.record import verify_record
from crossdraw.store.storage import write_new
from tests.conftest import Project, write_enterprises

SEED = "38201749561023847561"
KILLS = 10
COUNTIES = {"丙市": ("丙一区", "丙二县", "丙三县"), "丁市": ("丁一区", "丁二县")}


def big_list(project: Project, rows: int = 24_000) -> None:
    """Group 1's targets with many enterprises, so each record takes a while to write."""
    table = []
    for n in range(rows):
        pref = "丙市" if n % 2 else "丁市"
        county = COUNTIES[pref][(n // 2) % len(COUNTIES[pref])]
        tags = "metal_smelting" if n % 997 == 0 else ("dust_explosion" if n % 13 == 0 else "")
        table.append((pref, county, "机械", tags, "false"))
    write_enterprises(project.enterprises, table)


def draw_command(project: Project) -> list[str]:
    return [
        sys.executable,
        "-m",
        "crossdraw",
        "draw",
        "--group",
        "1",
        "--seed",
        SEED,
        *project.args(),
        "--out",
        str(project.out),
        "--json",
    ]


def assert_only_whole_records(folder: Path) -> list[str]:
    """Every record in the folder is complete and verifies; returns their names."""
    names = []
    for path in sorted(folder.glob("group*.json")) if folder.exists() else []:
        record = DrawRecord.parse(path.read_bytes(), str(path))  # a partial file fails here
        assert verify_record(record) == [], path
        names.append(path.name)
    return names


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_draw_killed_at_random_moments_leaves_whole_records_or_none(project: Project) -> None:
    big_list(project)
    start = time.perf_counter()
    subprocess.run(draw_command(project), check=True, capture_output=True)
    full = time.perf_counter() - start
    assert len(assert_only_whole_records(project.out)) == 2
    rng = random.Random(2021)  # test timing only; draws use the SHA-256 sampler
    outcomes = set()
    for kill in range(KILLS):
        for path in project.out.iterdir():
            if path.is_file():
                path.unlink()
        proc = subprocess.Popen(
            draw_command(project), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        # Spread the kills over the whole run, most of them late: where records are written.
        time.sleep(full * (0.5 + 0.6 * rng.random()) if kill else full * 0.2)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        outcomes.add(len(assert_only_whole_records(project.out)))
        # A temporary file may stay behind, hidden; never a visible partial one.
        partial = [p.name for p in project.out.iterdir() if p.name.endswith(".tmp")]
        assert all(name.startswith(".") for name in partial), partial
    assert outcomes <= {0, 1, 2}


def test_write_new_never_replaces_and_cleans_up(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "record.json"
    write_new(target, b"first")
    with pytest.raises(FileExistsError):
        write_new(target, b"second")
    assert target.read_bytes() == b"first"
    assert [p.name for p in target.parent.iterdir()] == ["record.json"]


def test_write_new_without_hard_links_still_refuses_to_replace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: str, dst: str) -> None:
        raise OSError(errno.EPERM, "hard links not supported")  # as FAT and exFAT say

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "record.json"
    write_new(target, b"first")
    assert target.read_bytes() == b"first"
    with pytest.raises(FileExistsError):
        write_new(target, b"second")
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["record.json"]
