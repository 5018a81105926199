"""New files and ledger lines written together, all or nothing, across a crash, a full disk or Ctrl-C.

A commit, with the folder's ledger locked (docs/ALGORITHM.md §13.4):

1. each new file is written to `.NAME.pending` and flushed to disk;
2. the journal `.ledger.journal` is written and flushed: the ledger's size before,
   the exact bytes to append, and each new file's name and SHA-256;
3. the lines are appended to `ledger.jsonl` (O_APPEND) and flushed;
4. each pending file is linked to its name (never replacing a file), and the folder flushed;
5. the journal is removed: this is the commit point; then the pending twins.

Any failure before step 5 undoes the commit at once: the ledger is cut back to its size
before, the files linked by it are removed, then the journal. The next writer of the
folder (or `crossdraw recover`) runs `recover` under the lock: a journal whose lines are
all in the ledger and whose files are all in place only lacked tidying up and is kept; any
other is undone. Readers never run it: they report the unfinished write (`unfinished`).

A journal is read as untrusted input, since a folder may come from anyone: it may name
only plain record file names of its own folder (`ledger.jsonl` is never among them), and
none of the folder's files is opened through a symbolic link; any other journal is
refused and nothing is deleted. So a ledger line never
stands without its record, nor a record without its line, and a command that did not
finish leaves nothing. Ctrl-C is held back until step 4 begins: before it, the commit is
undone; after it, the commit completes.
"""

from __future__ import annotations

import json
import os
import re
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from filelock import lock_descriptor, unlock_descriptor

from crossdraw.domain.canonical import canonical_json, sha256_hex
from crossdraw.domain.errors import InputError, Problem, Worded
from crossdraw.records.chain import is_record_name
from crossdraw.store.files import (
    FILE_MODE,
    SymlinkRefused,
    cannot_read,
    create,
    lexists,
    link_new,
    open_nofollow,
    read_bytes,
    read_fd,
    write_all,
)

JOURNAL_NAME = ".ledger.journal"
PENDING_SUFFIX = ".pending"
_SHA256 = re.compile(r"[0-9a-f]{64}")
_TABLE_PLAN = re.compile(r"groups-[0-9]{4}\.yaml")  # the plan written by `plan draw`

PLAIN_NAME = Worded("a record's name must be a plain .json file name", "plain_name")


def pending_name(name: str) -> str:
    return f".{name}{PENDING_SUFFIX}"


@contextmanager
def locked(ledger: Path) -> Iterator[int]:
    """Open (creating) the ledger for appending, holding an exclusive lock while inside.

    The lock is filelock's on the ledger's own descriptor: flock on POSIX, LockFileEx
    on Windows (where it also keeps other handles from reading the ledger meanwhile,
    so whoever holds it reads the ledger through this descriptor).
    """
    fd = open_nofollow(ledger, os.O_RDWR | os.O_CREAT | os.O_APPEND, FILE_MODE)
    try:
        lock_descriptor(fd)
        try:
            yield fd
        finally:
            with suppress(OSError):
                unlock_descriptor(fd)
    finally:
        os.close(fd)


@contextmanager
def interrupts_held() -> Iterator[Callable[[], bool]]:
    """Hold SIGINT (Ctrl-C) back; yields a function telling whether one arrived meanwhile."""
    if threading.current_thread() is not threading.main_thread():
        yield lambda: False
        return
    arrived: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: arrived.append(signum))
    try:
        yield lambda: bool(arrived)
    finally:
        signal.signal(signal.SIGINT, previous)


def fsync_dir(folder: Path) -> None:
    """Make created, linked and removed names durable (POSIX; Windows cannot open folders)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _link(pending: Path, final: Path) -> None:
    link_new(pending, final)


def _unlink(path: Path) -> None:
    with suppress(FileNotFoundError):
        os.unlink(path)


def _file_sha256(path: Path) -> str | None:
    """SHA-256 of the file itself; None when missing, unreadable or a symbolic link."""
    try:
        return sha256_hex(read_bytes(path))
    except (OSError, SymlinkRefused):
        return None


def read_ledger(fd: int) -> bytes:
    """The whole ledger, through the locked descriptor."""
    os.lseek(fd, 0, os.SEEK_SET)
    return read_fd(fd)


@dataclass(frozen=True)
class _Plan:
    size_before: int
    append: bytes
    files: tuple[tuple[str, str], ...]  # (name, sha256)

    def encode(self) -> bytes:
        return (
            canonical_json(
                {
                    "size_before": self.size_before,
                    "append": self.append.decode("utf-8"),
                    "files": [{"name": n, "sha256": h} for n, h in self.files],
                }
            )
            + b"\n"
        )

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n, _ in self.files)


def _decode(data: bytes, where: str) -> _Plan | None:
    """The journal's plan; None when it was not completely written (a torn write is
    cut-off JSON). InputError for a journal no crossdraw wrote (docs/ALGORITHM.md §13.4)."""
    try:
        value: Any = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    except RecursionError:
        value = None
    problem = _plan_problem(value)
    if problem is not None:
        raise InputError.one(
            where,
            Worded(
                f"not a journal crossdraw writes: {problem}. Nothing was changed or deleted; "
                "keep the folder as it is and check it with crossdraw verify",
                "journal_foreign",
                problem=problem,
            ),
        )
    return _Plan(
        value["size_before"],
        value["append"].encode("utf-8"),
        tuple((f["name"], f["sha256"]) for f in value["files"]),
    )


def _plan_problem(value: Any) -> str | None:
    if not isinstance(value, dict) or set(value) != {"size_before", "append", "files"}:
        return "it must hold exactly size_before, append and files"
    size, append, files = value["size_before"], value["append"], value["files"]
    if type(size) is not int or size < 0:
        return "size_before must be a whole number of bytes"
    if not isinstance(append, str) or not append.endswith("\n"):
        return "append must be whole ledger lines"
    if not isinstance(files, list):
        return "files must be a list"
    names: set[str] = set()
    for item in files:
        if not isinstance(item, dict) or set(item) != {"name", "sha256"}:
            return "each of files must hold exactly name and sha256"
        name, sha = item["name"], item["sha256"]
        if not plain_record_name(name):
            return (
                f"it names {json.dumps(name, ensure_ascii=False)}, which is not a record "
                "file of its own folder (a plain name ending .json)"
            )
        if name in names:
            return f"it names {name} twice"
        names.add(name)
        if not isinstance(sha, str) or not _SHA256.fullmatch(sha):
            return f"the sha256 of {name} is not 64 hex digits"
    return None


def plain_record_name(name: Any) -> bool:
    """A record's file name in its own folder: no folder part, no drive, not hidden; or
    the new plan a table draw writes beside its record (`groups-YEAR.yaml`, §18)."""
    if isinstance(name, str) and _TABLE_PLAN.fullmatch(name):
        return True
    return is_record_name(name) and ":" not in name and "\x00" not in name


def commit(folder: Path, ledger_fd: int, files: Sequence[tuple[str, bytes]], append: bytes) -> None:
    """Steps 1-5 above. `ledger_fd` comes from `locked`; `recover` must have run under it."""
    for name, _ in files:
        if not plain_record_name(name):
            raise InputError.one(name, PLAIN_NAME)
        if lexists(folder / name) or lexists(folder / pending_name(name)):
            raise FileExistsError(str(folder / name))
    plan = _Plan(os.fstat(ledger_fd).st_size, append, tuple((n, sha256_hex(d)) for n, d in files))
    with interrupts_held() as interrupted:
        try:
            for name, data in files:
                create(folder / pending_name(name), data)
            create(folder / JOURNAL_NAME, plan.encode())
            fsync_dir(folder)
            if interrupted():
                raise KeyboardInterrupt
            write_all(ledger_fd, append)
            os.fsync(ledger_fd)
            if interrupted():
                raise KeyboardInterrupt
            for name, _ in files:
                _link(folder / pending_name(name), folder / name)
            fsync_dir(folder)
            _unlink_journal(folder)  # the commit point
        except BaseException as exc:
            if not _undo(folder, ledger_fd, plan) and isinstance(exc, OSError):
                reason = str(exc.strerror or exc)
                english = (
                    f"writing failed ({reason}) and could not be undone at once; "
                    f"undo it with: crossdraw recover {folder}"
                )
                failed = Worded(english, "write_failed", reason=reason, folder=str(folder))
                raise InputError.one(str(folder / JOURNAL_NAME), failed) from None
            raise
        # Committed: the records are linked and flushed. What is left is tidying up,
        # which the next `recover` also does (pending twins without a journal are removed).
        with suppress(OSError):
            fsync_dir(folder)
            _remove_pending(folder, plan)


def _unlink_journal(folder: Path) -> None:
    """Remove the journal; an error counts only if the journal is still there."""
    try:
        os.unlink(folder / JOURNAL_NAME)
    except OSError:
        if lexists(folder / JOURNAL_NAME):
            raise


def _remove_pending(folder: Path, plan: _Plan) -> None:
    for name in plan.names:
        _unlink(folder / pending_name(name))
    fsync_dir(folder)


def _undo(folder: Path, ledger_fd: int, plan: _Plan) -> bool:
    """Roll back, ledger first, the journal last: a failure here leaves it to `recover`."""
    try:
        if os.fstat(ledger_fd).st_size != plan.size_before:
            os.ftruncate(ledger_fd, plan.size_before)
            os.fsync(ledger_fd)
        for name, sha in plan.files:
            # a commit never starts when one of its names exists, so a file of that name
            # and content was put there by this commit
            if _file_sha256(folder / name) == sha:
                _unlink(folder / name)
            _unlink(folder / pending_name(name))
        fsync_dir(folder)
        _unlink(folder / JOURNAL_NAME)
        fsync_dir(folder)
    except OSError:
        return False
    return True


Outcome = Literal["nothing", "leftovers", "completed", "undone"]


@dataclass(frozen=True)
class Recovery:
    """What `recover` did to a folder.

    nothing: no interrupted write. leftovers: the staged files (and torn journal) of a
    write that never reached the ledger were removed. completed: the write had reached the ledger and put its files in
    place; only tidying up was left. undone: the write was undone, the ledger cut back
    from `size` to `size_before` bytes (`lines` whole lines) and `files` removed.
    """

    outcome: Outcome
    files: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()  # staged (pending) files removed
    lines: int = 0
    size_before: int = 0
    size: int = 0

    def summary(self) -> str:
        names = ", ".join(self.files) or "ledger lines only"
        if self.outcome == "completed":
            return f"completed an interrupted write ({names})"
        if self.outcome == "undone" and self.size != self.size_before:
            return (
                f"undid an interrupted write ({names}): ledger.jsonl cut back from "
                f"{self.size} to {self.size_before} bytes ({self.lines} line(s) removed)"
            )
        if self.outcome == "undone":
            return f"undid an interrupted write ({names}); ledger.jsonl was not changed"
        if self.outcome == "leftovers":
            return f"removed files left by a write that never began ({', '.join(self.removed)})"
        return "no interrupted write"


def _pending_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob(f".*{PENDING_SUFFIX}") if p.is_file() or p.is_symlink())


def refuse_untrusted(folder: Path) -> None:
    """InputError when the folder's journal is one `recover` refuses (a symbolic link, or
    not what crossdraw writes): checked before the ledger is opened for writing."""
    path = folder / JOURNAL_NAME
    if lexists(path):
        try:
            _decode(read_bytes(path), str(path))
        except OSError as exc:
            raise InputError.one(str(path), cannot_read(exc)) from None


def recover(folder: Path, ledger_fd: int) -> Recovery:
    """Finish or undo an interrupted commit (under the lock), and say what was done.

    A commit whose lines are all in the ledger and whose files are all in place only
    lacked tidying up, and is kept; any other is undone, so a command that did not
    finish leaves nothing behind. A journal that names anything but record files of
    this folder, or is a symbolic link, is refused (InputError) with nothing deleted.
    """
    journal = folder / JOURNAL_NAME
    pendings = _pending_files(folder)
    if not lexists(journal):  # staged copies of a commit not begun, or twins of linked files
        for path in pendings:
            _unlink(path)
        if pendings:
            fsync_dir(folder)
            return Recovery("leftovers", removed=tuple(p.name for p in pendings))
        return Recovery("nothing")
    try:
        data = read_bytes(journal)
    except OSError as exc:
        raise InputError.one(str(journal), cannot_read(exc)) from None
    plan = _decode(data, str(journal))
    with interrupts_held():
        if plan is None:  # the journal is flushed before the ledger is touched
            for path in pendings:
                _unlink(path)
            _unlink(journal)
            fsync_dir(folder)
            return Recovery("leftovers", removed=(*(p.name for p in pendings), JOURNAL_NAME))
        ledger = read_ledger(ledger_fd)
        tail = ledger[plan.size_before :]
        in_place = all(_file_sha256(folder / name) == sha for name, sha in plan.files)
        if tail == plan.append and in_place:
            _unlink(journal)
            _remove_pending(folder, plan)
            return Recovery("completed", plan.names, lines=tail.count(b"\n"))
        on_a_line = (
            plan.size_before == 0 or ledger[plan.size_before - 1 : plan.size_before] == b"\n"
        )
        if len(ledger) >= plan.size_before and on_a_line and plan.append.startswith(tail):
            if not _undo(folder, ledger_fd, plan):
                stuck = Worded("cannot undo an interrupted write", "undo_failed")
                raise InputError.one(str(journal), stuck)
            return Recovery(
                "undone",
                plan.names,
                lines=tail.count(b"\n"),
                size_before=plan.size_before,
                size=len(ledger),
            )
    english = (
        "an interrupted write can be neither kept nor undone: ledger.jsonl was changed "
        "since; keep the folder as it is and run `crossdraw verify` on it"
    )
    raise InputError.one(str(journal), Worded(english, "write_stuck"))


def unfinished(folder: Path) -> Problem | None:
    """What a reader says about an interrupted write in `folder` (None when there is none).

    Read-only: the journal is read, never acted on. The reader goes on with the ledger
    as it stands, which is not yet the folder's settled state.
    """
    journal = folder / JOURNAL_NAME
    fix = Worded(
        f"finish or undo it with `crossdraw recover {folder}` (or the next crossdraw "
        "draw, void or ceremony in this folder does it)",
        "recover_fix",
        folder=str(folder),
    )
    if lexists(journal):
        try:
            _decode(read_bytes(journal), str(journal))
        except InputError as exc:
            return Problem(
                str(journal),
                Worded(
                    f"an interrupted write's journal that crossdraw refuses: "
                    f"{'; '.join(p.what for p in exc.problems)}",
                    "journal_refused",
                    problems=tuple(p.what for p in exc.problems),
                ),
            )
        except OSError as exc:
            return Problem(str(journal), cannot_read(exc))
        return Problem(
            str(journal),
            Worded(
                "a write to this folder was interrupted (or is running now): the ledger and "
                f"records are shown as they stand, not as that write leaves them; {fix}",
                "write_interrupted",
                fix=fix,
            ),
        )
    pendings = _pending_files(folder)
    if pendings:
        return Problem(
            str(pendings[0]),
            Worded(
                f"staged file(s) of a write that never began ({len(pendings)}): {fix}",
                "write_staged",
                n=len(pendings),
                fix=fix,
            ),
        )
    return None
