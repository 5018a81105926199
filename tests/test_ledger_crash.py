"""All or nothing: a full disk, a killed process or Ctrl-C at any step of a write.

Each test starts from a folder with one draw logged, then makes the next write (two
records and their lines, or one void line) fail at every call it makes to the operating
system, one call at a time: by raising ENOSPC (before or after the call), by SIGKILL of
a forked process, or by SIGINT. Afterwards the folder verifies, nothing is left half
written, and it holds either exactly the state before or exactly the state after.
"""

from __future__ import annotations

import errno
import os
import random
import shutil
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from crossdraw.cli.app import app
from crossdraw.domain.errors import InputError
from crossdraw.store import journal, ledger
from tests.conftest import PLAN_YAML, folder_problems, write_enterprises
from tests.test_ledger import AT, name
from tests.test_records import make_records

CALLS = ("open", "write", "fsync", "link", "rename", "unlink", "ftruncate")
posix_only = pytest.mark.skipif(os.name != "posix", reason="fork, SIGKILL and hard links")
Hook = Callable[[str, int, Callable[[], Any], tuple[Any, ...]], Any]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@contextmanager
def patched(hook: Hook) -> Iterator[Counter[str]]:
    """Route every os call in CALLS through `hook(name, call number, real, args)`."""
    counts: Counter[str] = Counter()
    real = {n: getattr(os, n) for n in CALLS}

    def wrap(n: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            counts[n] += 1
            return hook(n, counts[n], lambda: real[n](*args, **kwargs), args)

        return call

    for n in CALLS:
        setattr(os, n, wrap(n))
    try:
        yield counts
    finally:
        for n in CALLS:
            setattr(os, n, real[n])


class Scenario:
    """A folder with one draw logged, a template to copy it from, and the write to break."""

    def __init__(self, root: Path, kind: str) -> None:
        self.root = root
        self.kind = kind
        first, self.second = make_records()
        _, self.ding = make_records("another-seed-0000000000")
        other, _ = make_records("third-seed-00000000000")
        self.template = root / "template"
        ledger.append_draws(self.template, [(name(other), other)], at=AT)
        if kind == "draw":  # the group's two targets in one write, 丙市 voided first
            ledger.append_void(self.template, name(other), reason="重抽", at=AT)
            self.first = first
        self.before = snapshot(self.template)
        self.count = 0

    def fresh(self) -> Path:
        self.count += 1
        folder = self.root / f"case{self.count}"
        shutil.copytree(self.template, folder)
        return folder

    def write(self, folder: Path) -> None:
        if self.kind == "draw":
            ledger.append_draws(
                folder, [(name(self.first), self.first), (name(self.second), self.second)], at=AT
            )
        else:
            (entry,) = ledger.read(folder)
            ledger.append_void(folder, entry.record, reason="见证人未到场", at=AT)

    def after(self) -> dict[str, bytes]:
        folder = self.fresh()
        self.write(folder)
        return snapshot(folder)

    def calls(self) -> Counter[str]:
        folder = self.fresh()
        with patched(lambda n, k, real, args: real()) as counts:
            self.write(folder)
        return Counter(counts)

    def check(self, folder: Path, context: str) -> str:
        """Recover as the next command would; the folder verifies; 'before' or 'after'."""
        ledger.recover(folder)
        assert folder_problems(folder) == [], context
        state = snapshot(folder)
        assert not [n for n in state if n.startswith(".")], f"a leftover file: {context}"
        if state == self.before:
            return "before"
        assert state == self.after_state, context
        return "after"

    @property
    def after_state(self) -> dict[str, bytes]:
        if not hasattr(self, "_after"):
            self._after = self.after()
        return self._after


def trap(
    name: str, at: int, action: Callable[[], None], *, when: str, sticky: bool = False
) -> Hook:
    """A hook running `action` at call `at` of os.`name` (and each later one when sticky),
    before the call is made or after it."""

    def hook(n: str, k: int, real: Callable[[], Any], args: tuple[Any, ...]) -> Any:
        if n == name and (k == at or (sticky and k > at)):
            if when == "after":
                result = real()
                action()
                return result
            action()
        return real()

    return hook


def every_call(scenario: Scenario) -> list[tuple[str, int]]:
    counts = scenario.calls()
    return [(n, k) for n in CALLS for k in range(1, counts[n] + 1)]


@posix_only
@pytest.mark.parametrize("kind", ["draw", "void"])
@pytest.mark.parametrize("when", ["before", "after"])
@pytest.mark.parametrize("sticky", [False, True], ids=["once", "disk-stays-full"])
def test_a_failing_write_at_any_call_leaves_the_previous_state(
    tmp_path: Path, kind: str, when: str, sticky: bool
) -> None:
    scenario = Scenario(tmp_path, kind)
    points = every_call(scenario)
    assert len(points) > (12 if kind == "draw" else 6)
    for fail_name, fail_at in points:
        folder = scenario.fresh()

        def full() -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        failed = False
        with patched(trap(fail_name, fail_at, full, when=when, sticky=sticky)):
            try:
                scenario.write(folder)
            except InputError:
                failed = True
        context = f"{fail_name} call {fail_at} failing {when} the call"
        state = scenario.check(folder, context)
        if failed:
            assert state == "before", context  # a reported failure wrote nothing


@posix_only
@pytest.mark.parametrize("kind", ["draw", "void"])
@pytest.mark.parametrize("when", ["before", "after"])
def test_a_process_killed_at_any_call_leaves_before_or_after_never_between(
    tmp_path: Path, kind: str, when: str
) -> None:
    scenario = Scenario(tmp_path, kind)
    outcomes = Counter()
    for kill_name, kill_at in every_call(scenario):
        folder = scenario.fresh()
        pid = os.fork()
        if pid == 0:  # the child: write, and SIGKILL itself at the chosen call
            try:
                kill = trap(
                    kill_name, kill_at, lambda: os.kill(os.getpid(), signal.SIGKILL), when=when
                )
                with patched(kill):
                    scenario.write(folder)
            finally:
                os._exit(0)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        outcomes[scenario.check(folder, f"killed at {kill_name} call {kill_at} ({when})")] += 1
    assert outcomes["before"] > 0 and outcomes["after"] > 0  # both sides of the commit point


@posix_only
@pytest.mark.parametrize("kind", ["draw", "void"])
def test_ctrl_c_at_any_call_writes_all_or_nothing(tmp_path: Path, kind: str) -> None:
    """SIGINT is held back inside a write: before the records appear it undoes the write."""
    scenario = Scenario(tmp_path, kind)
    for stop_name, stop_at in every_call(scenario):
        folder = scenario.fresh()

        interrupted = False
        with patched(
            trap(stop_name, stop_at, lambda: os.kill(os.getpid(), signal.SIGINT), when="before")
        ):
            try:
                scenario.write(folder)
            except KeyboardInterrupt:
                interrupted = True
        context = f"SIGINT at {stop_name} call {stop_at}"
        state = scenario.check(folder, context)
        assert state == ("before" if interrupted else "after"), context


def test_pending_files_without_a_journal_are_reported_by_readers_removed_by_recover(
    tmp_path: Path,
) -> None:
    first, _ = make_records()
    ledger.append_draws(tmp_path, [(name(first), first)], at=AT)
    pending = tmp_path / journal.pending_name("group1-丁市-x.json")
    pending.write_bytes(b'{"schema"')
    (problem,) = folder_problems(tmp_path)
    assert problem.where == str(pending)
    assert f"crossdraw recover {tmp_path}" in problem.what
    assert pending.exists()  # reading never settles it
    done = ledger.recover(tmp_path)
    assert (done.outcome, done.removed) == ("leftovers", (pending.name,))
    assert folder_problems(tmp_path) == []
    assert not list(tmp_path.glob(".*"))


def test_a_journal_that_cannot_be_kept_or_undone_is_reported(tmp_path: Path) -> None:
    first, _ = make_records()
    ledger.append_draws(tmp_path, [(name(first), first)], at=AT)
    (tmp_path / journal.JOURNAL_NAME).write_text(
        '{"append":"something else\\n","files":[],"size_before":3}\n', encoding="utf-8"
    )
    with pytest.raises(InputError, match="can be neither kept nor undone"):
        ledger.recover(tmp_path)


@posix_only
def test_the_draw_command_killed_at_random_times_never_leaves_a_half_state(
    tmp_path: Path, runner: CliRunner
) -> None:
    """Real processes, SIGKILLed after random delays; `crossdraw verify` passes after each."""
    groups = tmp_path / "groups.yaml"
    groups.write_text(PLAN_YAML, encoding="utf-8")
    enterprises = write_enterprises(tmp_path / "enterprises.csv")
    inputs = ["--groups", str(groups), "--enterprises", str(enterprises)]
    template = tmp_path / "template"
    result = runner.invoke(
        app, ["draw", "--group", "2", "--seed", "7" * 20, *inputs, "--out", str(template)]
    )
    assert result.exit_code == 0, result.output
    before = snapshot(template)
    # "pause": stop inside the commit (lines appended, records not yet linked) and tell
    # the test, which kills it there; "random": kill after a random delay
    boot = (
        "import sys, time, crossdraw.store.journal as j\n"
        "real = j._link\n"
        "def paused(a, b):\n"
        "    print('paused', flush=True); time.sleep(30); real(a, b)\n"
        "if sys.argv.pop(1) == 'pause': j._link = paused\n"
        "from crossdraw.cli.app import main\n"
        "main()\n"
    )
    rng = random.Random(20250520)
    seen: Counter[str] = Counter()
    for attempt in range(8):
        out = tmp_path / f"draws{attempt}"
        shutil.copytree(template, out)
        mode = "pause" if attempt % 2 else "random"
        args = ["draw", "--group", "1", "--seed", f"{attempt:020d}", *inputs, "--out", str(out)]
        proc = subprocess.Popen(
            [sys.executable, "-c", boot, mode, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        try:
            if mode == "pause":
                assert proc.stdout.readline() == "paused\n"
                raise subprocess.TimeoutExpired(proc.args, 0)
            proc.wait(timeout=rng.uniform(0.05, 0.45))
            seen["finished"] += 1
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            seen["killed in the commit" if (out / journal.JOURNAL_NAME).exists() else "killed"] += 1
        finally:
            proc.stdout.close()
        left = snapshot(out)
        unfinished = any(n.startswith(".") for n in left)
        result = runner.invoke(app, ["verify", str(out)])  # reports, never settles
        assert result.exit_code == (3 if unfinished else 0), result.output
        assert snapshot(out) == left
        result = runner.invoke(app, ["recover", str(out)])
        assert result.exit_code == 0, result.output
        result = runner.invoke(app, ["verify", str(out)])
        assert result.exit_code == 0, result.output
        names = {p.name for p in out.iterdir()}
        assert not [n for n in names if n.startswith(".")]
        logged = {e.record for e in ledger.read(out) if e.type == "draw"}
        assert logged == names - {"ledger.jsonl"}  # every record has its line and vice versa
        assert snapshot(out) == before or len(logged) == len(before) - 1 + 2
    assert seen["killed in the commit"] == 4, seen
