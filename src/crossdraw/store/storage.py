"""Writing files so that nothing is half-written or overwritten, and reading records back."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from crossdraw.domain.canonical import sha256_hex
from crossdraw.domain.errors import InputError


def write_new(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write `data` to a new file atomically; refuse if `path` exists.

    The bytes go to a temporary file in the same folder, are flushed to disk,
    and are then linked to `path` (which fails if it exists) — so a crash
    leaves either no file or the whole file, and an existing file is never
    replaced. The file has `mode` from its creation (owner-only by default).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if mode != 0o600 and hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:  # file systems without hard links: rename refuses to replace on Windows
            if path.exists():
                raise FileExistsError(str(path)) from None
            os.replace(tmp, path)
            tmp = ""
    finally:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)


def json_bytes(value: Mapping[str, Any]) -> bytes:
    """A record file's bytes: JSON indented by 2 in field order, UTF-8, non-ASCII as is."""
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_json_new(path: Path, value: Mapping[str, Any]) -> None:
    """Write `value` as indented JSON to a new file (see write_new and json_bytes)."""
    write_new(path, json_bytes(value))


def read_record(path: Path) -> dict[str, Any]:
    """A record file as a dict; InputError naming the file when it is not one."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError.one(str(path), f"cannot read the record: {exc.strerror or exc}") from None
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError.one(str(path), f"not a crossdraw record (invalid JSON: {exc})") from None
    if not isinstance(value, dict) or "schema" not in value:
        raise InputError.one(str(path), "not a crossdraw record (no 'schema' field)")
    return value


def file_sha256(path: Path) -> str:
    """SHA-256 (hex) of a file's bytes; InputError naming the file when unreadable."""
    try:
        return sha256_hex(path.read_bytes())
    except OSError as exc:
        raise InputError.one(str(path), f"cannot read: {exc.strerror or exc}") from None


def records_in(folder: Path) -> Iterable[tuple[Path, dict[str, Any]]]:
    """Every readable crossdraw record in `folder`, in file-name order."""
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.json")):
        try:
            record = read_record(path)
        except InputError:
            continue
        if str(record.get("schema", "")).startswith("crossdraw-record/"):  # not commitments
            found.append((path, record))
    return found
