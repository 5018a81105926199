"""Opening and creating files: never through a symbolic link, one mode for every output.

A draws folder may come from someone else. A `ledger.jsonl`, record or journal that is
a symbolic link could make crossdraw read, cut or delete a file outside the folder, so
the files of a folder are opened with O_NOFOLLOW (an lstat check where the system has
none, as on Windows) and a link is refused with a message naming it.

Every file crossdraw writes (records, the journal, exports, sheets, checklists) is
created by `create` with FILE_MODE less the umask, as other programs create files
people share; only the private signing key is written owner-only (SECRET_MODE).
"""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

from crossdraw.domain.errors import InputError, Problem, Worded

MAX_FILE_BYTES = 256 * 2**20  # no file of a draws folder is near this (issue 11: bounded)
FILE_MODE = 0o644
SECRET_MODE = 0o600
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
# os.link fails with these where the file system has no hard links (FAT, exFAT, some shares)
NO_HARD_LINKS = frozenset(
    {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL}
)


class SymlinkRefused(InputError):
    """A folder's ledger, record or journal is a symbolic link; it is never followed."""

    @classmethod
    def at(cls, path: Path) -> SymlinkRefused:
        return cls(
            [
                Problem(
                    str(path),
                    Worded(
                        "is a symbolic link; crossdraw never reads or writes a draws folder's "
                        "files through one (it could point outside the folder): put the file "
                        "itself there",
                        "symlink",
                    ),
                )
            ]
        )


def cannot_read(exc: OSError) -> str:
    """Why a draws folder's file cannot be read, worded in the run's language."""
    reason = str(exc.strerror or exc)
    return Worded(f"cannot read: {reason}", "cannot_read", reason=reason)


def is_link(path: Path) -> bool:
    return os.path.islink(path)


def lexists(path: Path) -> bool:
    """Whether anything has this name, a symbolic link (even a broken one) included."""
    return os.path.lexists(path)


def open_nofollow(path: Path, flags: int, mode: int = FILE_MODE) -> int:
    """os.open that refuses (SymlinkRefused) when `path` itself is a symbolic link."""
    if not _NOFOLLOW and is_link(path):
        raise SymlinkRefused.at(path)
    try:
        return os.open(path, flags | _NOFOLLOW | _BINARY, mode)
    except FileExistsError:
        raise
    except OSError:
        if is_link(path):  # ELOOP on Linux and macOS, EMLINK on FreeBSD
            raise SymlinkRefused.at(path) from None
        raise


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def read_fd(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    return b"".join(chunks)


def read_bytes(path: Path) -> bytes:
    """A file's bytes, never through a symbolic link (SymlinkRefused; OSError otherwise);
    InputError, before reading it, when it is larger than MAX_FILE_BYTES."""
    fd = open_nofollow(path, os.O_RDONLY)
    try:
        size = os.fstat(fd).st_size
        if size > MAX_FILE_BYTES:
            english = (
                f"{size:,} bytes, more than the {MAX_FILE_BYTES:,} any file of a draws "
                "folder may have (not written by crossdraw); not read"
            )
            sizes = {"size": f"{size:,}", "limit": f"{MAX_FILE_BYTES:,}"}
            raise InputError.one(str(path), Worded(english, "file_too_big", **sizes))
        return read_fd(fd)
    finally:
        os.close(fd)


def create(path: Path, data: bytes, *, mode: int = FILE_MODE) -> None:
    """A new file with `data`, flushed to disk; FileExistsError if the name is taken."""
    fd = open_nofollow(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        write_all(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def link_new(source: Path, target: Path) -> None:
    """Give `source` the name `target` too, never replacing anything of that name.

    Where the file system has no hard links, `source` is renamed instead (after a
    check that `target` is free: the callers hold the folder's lock or own the name).
    """
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in NO_HARD_LINKS:
            raise
        if lexists(target):  # rename would replace it on POSIX
            raise FileExistsError(str(target)) from None
        os.rename(source, target)


def write_new(path: Path, data: bytes, *, mode: int = FILE_MODE) -> None:
    """Write `data` to a new file atomically; FileExistsError if `path` exists.

    The bytes go to a temporary file in the same folder, are flushed to disk, and are
    then linked to `path` (which fails if anything has that name): a crash leaves no
    file or the whole file, and an existing file is never replaced. The file has `mode`
    less the umask from its creation.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            create(tmp, data, mode=mode)
            break
        except FileExistsError:
            continue
    try:
        link_new(tmp, path)
    finally:
        if lexists(tmp):
            os.unlink(tmp)
