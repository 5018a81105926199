"""Record files: their bytes (indented JSON), writing them new, reading them back."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

from crossdraw.domain.canonical import sha256_hex
from crossdraw.domain.errors import InputError, Problem, unreadable
from crossdraw.records.jsonfile import read_json
from crossdraw.records.models import Commitment, DrawRecord, TableRecord
from crossdraw.store.files import SymlinkRefused, cannot_read, read_bytes
from crossdraw.store.files import write_new as write_new  # the one atomic writer, for callers


def json_bytes(value: Mapping[str, Any]) -> bytes:
    """A record file's bytes: JSON indented by 2 in field order, UTF-8, non-ASCII as is."""
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_json_new(path: Path, value: Mapping[str, Any]) -> None:
    """Write `value` as indented JSON to a new file (see write_new and json_bytes)."""
    write_new(path, json_bytes(value))


def _read_bytes(path: Path) -> bytes:
    """A record or commitment file's bytes, never through a symbolic link (SymlinkRefused)."""
    try:
        return read_bytes(path)
    except OSError as exc:
        raise unreadable(str(path), exc, "cannot read the record") from None


def read_record(path: Path) -> DrawRecord:
    """A record file, strictly read and typed; InputError naming the file and the JSON path
    of each problem when it is not a crossdraw-record/1 record."""
    return DrawRecord.parse(_read_bytes(path), str(path))


def read_commitment(path: Path) -> Commitment:
    """A commitment file, strictly read and typed (see read_record)."""
    return Commitment.parse(_read_bytes(path), str(path))


def file_sha256(path: Path) -> str:
    """SHA-256 (hex) of a file's bytes; InputError naming the file when unreadable."""
    try:
        return sha256_hex(path.read_bytes())
    except OSError as exc:
        raise InputError.one(str(path), cannot_read(exc)) from None


_RECORD_MARK = b'"crossdraw-record/'


def records_in(folder: Path) -> list[tuple[Path, DrawRecord]]:
    """Every draw record in `folder`, in file-name order.

    Other .json files (commitments, anything else) are skipped; a file that says it is a
    draw record (its `schema` is crossdraw-record/…, or, damaged, it names that schema)
    but cannot be read as one is an InputError naming it, with each problem's JSON path.
    """
    found, problems = read_records_in(folder)
    if problems:
        raise InputError(problems)
    return found


def read_records_in(folder: Path) -> tuple[list[tuple[Path, DrawRecord]], list[Problem]]:
    """`records_in`, with each damaged record as a problem instead of an error (for an
    account of the folder, which reports them beside everything else)."""
    return _typed_in(folder, _RECORD_MARK, "crossdraw-record/", "a crossdraw record", DrawRecord)


_Typed = TypeVar("_Typed", DrawRecord, TableRecord)


def _typed_in(
    folder: Path, mark: bytes, prefix: str, what: str, model: type[_Typed]
) -> tuple[list[tuple[Path, _Typed]], list[Problem]]:
    """Every file of `folder` whose schema starts with `prefix`, in file-name order, typed
    by `model`; each damaged one as a problem. Files without `mark` are not looked at."""
    if not folder.is_dir():
        return [], []
    found = []
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.json")):
        try:
            raw = read_bytes(path)
        except SymlinkRefused:
            raise
        except OSError:
            continue  # vanished or not a file: not one of this folder's records
        if mark not in raw:
            continue
        try:
            value = read_json(raw, str(path), what=what)
            schema = value.get("schema") if isinstance(value, dict) else None
            if isinstance(schema, str) and schema.startswith(prefix):
                found.append((path, model.from_parsed(value, str(path))))
        except InputError as exc:
            problems.extend(exc.problems)
    return found, problems


def read_table_record(path: Path) -> TableRecord:
    """A table record file (`plan draw`), strictly read and typed (see read_record)."""
    return TableRecord.parse(_read_bytes(path), str(path))


def is_table_file(path: Path) -> bool:
    """Whether the file says it is a table record (so `sheet` and `verify` read it as one)."""
    try:
        return _TABLE_MARK in _read_bytes(path)
    except InputError:
        return False


_TABLE_MARK = b'"crossdraw-table/'


def read_table_records_in(folder: Path) -> tuple[list[tuple[Path, TableRecord]], list[Problem]]:
    """Every table record in `folder`, in file-name order, and each damaged one as a problem."""
    return _typed_in(
        folder, _TABLE_MARK, "crossdraw-table/", "a crossdraw table record", TableRecord
    )
