"""New files and ledger lines written together, all or nothing, across a crash, a full disk or Ctrl-C.

A commit, with the folder's ledger locked (docs/ALGORITHM.md §13.4):

1. each new file is written to `.NAME.pending` and flushed to disk;
2. the journal `.ledger.journal` is written and flushed: the ledger's size before,
   the exact bytes to append, and each new file's name and SHA-256;
3. the lines are appended to `ledger.jsonl` (O_APPEND) and flushed;
4. each pending file is linked to its name (never replacing a file), and the folder flushed;
5. the journal is removed: this is the commit point; then the pending twins.

Any failure before step 5 undoes the commit at once: the ledger is cut back to its size
before, the files linked by it are removed, then the journal. Whoever next locks the
folder runs `recover`: a journal whose lines are all in the ledger and whose files are all
in place only lacked tidying up and is kept; any other is undone. So a ledger line never
stands without its record, nor a record without its line, and a command that did not
finish leaves nothing. Ctrl-C is held back until step 4 begins: before it, the commit is
undone; after it, the commit completes.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import lock_descriptor, unlock_descriptor

from crossdraw.domain.canonical import canonical_json, sha256_hex
from crossdraw.domain.errors import InputError

JOURNAL_NAME = ".ledger.journal"
PENDING_SUFFIX = ".pending"
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
# os.link fails with these where the file system has no hard links (FAT, exFAT, some shares)
_NO_HARD_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL}


def pending_name(name: str) -> str:
    return f".{name}{PENDING_SUFFIX}"


@contextmanager
def locked(ledger: Path) -> Iterator[int]:
    """Open (creating) the ledger for appending, holding an exclusive lock while inside.

    The lock is filelock's on the ledger's own descriptor: flock on POSIX, LockFileEx
    on Windows (where it also keeps other handles from reading the ledger meanwhile,
    so whoever holds it reads the ledger through this descriptor).
    """
    fd = os.open(ledger, os.O_RDWR | os.O_CREAT | os.O_APPEND | _BINARY, 0o644)
    try:
        lock_descriptor(fd)
        try:
            yield fd
        finally:
            with suppress(OSError):
                unlock_descriptor(fd)
    finally:
        os.close(fd)


def read_ledger(fd: int) -> bytes:
    """The whole ledger, through the locked descriptor."""
    os.lseek(fd, 0, os.SEEK_SET)
    return _read_fd(fd)


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


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _create(path: Path, data: bytes) -> None:
    """A new file with `data`, flushed to disk; fails if `path` exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o644)
    try:
        _write_all(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


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
    try:
        os.link(pending, final)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
        if final.exists():  # rename would replace it on POSIX; we hold the lock
            raise FileExistsError(str(final)) from None
        os.rename(pending, final)


def _unlink(path: Path) -> None:
    with suppress(FileNotFoundError):
        os.unlink(path)


def _file_sha256(path: Path) -> str | None:
    try:
        return sha256_hex(path.read_bytes())
    except OSError:
        return None


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

    @classmethod
    def decode(cls, data: bytes) -> _Plan | None:
        """The journal's plan, or None when it was not completely written."""
        try:
            value: Any = json.loads(data.decode("utf-8"))
            return cls(
                int(value["size_before"]),
                str(value["append"]).encode("utf-8"),
                tuple((str(f["name"]), str(f["sha256"])) for f in value["files"]),
            )
        except (ValueError, KeyError, TypeError):
            return None


def commit(folder: Path, ledger_fd: int, files: Sequence[tuple[str, bytes]], append: bytes) -> None:
    """Steps 1-5 above. `ledger_fd` comes from `locked`; `recover` must have run under it."""
    for name, _ in files:
        if (folder / name).exists() or (folder / pending_name(name)).exists():
            raise FileExistsError(str(folder / name))
    plan = _Plan(os.fstat(ledger_fd).st_size, append, tuple((n, sha256_hex(d)) for n, d in files))
    with interrupts_held() as interrupted:
        try:
            for name, data in files:
                _create(folder / pending_name(name), data)
            _create(folder / JOURNAL_NAME, plan.encode())
            fsync_dir(folder)
            if interrupted():
                raise KeyboardInterrupt
            _write_all(ledger_fd, append)
            os.fsync(ledger_fd)
            if interrupted():
                raise KeyboardInterrupt
            for name, _ in files:
                _link(folder / pending_name(name), folder / name)
            fsync_dir(folder)
            _unlink_journal(folder)  # the commit point
        except BaseException as exc:
            if not _undo(folder, ledger_fd, plan) and isinstance(exc, OSError):
                raise InputError.one(
                    str(folder / JOURNAL_NAME),
                    f"writing failed ({exc.strerror or exc}) and could not be undone at once; "
                    f"the next crossdraw command on {folder} undoes it (e.g. crossdraw verify "
                    f"{folder})",
                ) from None
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
        if (folder / JOURNAL_NAME).exists():
            raise


def _remove_pending(folder: Path, plan: _Plan) -> None:
    for name, _ in plan.files:
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


def recover(folder: Path, ledger_fd: int) -> list[str]:
    """Finish or undo an interrupted commit (under the lock); what was done, for the user.

    A commit whose lines are all in the ledger and whose files are all in place only
    lacked tidying up, and is kept; any other is undone, so a command that did not
    finish leaves nothing behind.
    """
    journal = folder / JOURNAL_NAME
    pendings = sorted(p for p in folder.glob(f".*{PENDING_SUFFIX}") if p.is_file())
    if not journal.exists():  # staged copies of a commit not begun, or twins of linked files
        for path in pendings:
            _unlink(path)
        if pendings:
            fsync_dir(folder)
        return []
    with interrupts_held():
        plan = _Plan.decode(journal.read_bytes())
        if plan is None:  # the journal is flushed before the ledger is touched
            for path in pendings:
                _unlink(path)
            _unlink(journal)
            fsync_dir(folder)
            return ["undid a write interrupted before it reached ledger.jsonl"]
        ledger = read_ledger(ledger_fd)
        tail = ledger[plan.size_before :]
        in_place = all(_file_sha256(folder / name) == sha for name, sha in plan.files)
        names = ", ".join(n for n, _ in plan.files) or "ledger lines only"
        if tail == plan.append and in_place:
            _unlink(journal)
            _remove_pending(folder, plan)
            return [f"completed the tidying-up of an interrupted write ({names})"]
        if len(ledger) >= plan.size_before and plan.append.startswith(tail):
            if not _undo(folder, ledger_fd, plan):
                raise InputError.one(str(journal), "cannot undo an interrupted write")
            return [f"undid a write interrupted before it was complete ({names})"]
    raise InputError.one(
        str(journal),
        "an interrupted write can be neither kept nor undone: ledger.jsonl was changed "
        "since; keep the folder as it is and run `crossdraw verify` on it",
    )


def _read_fd(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    return b"".join(chunks)
