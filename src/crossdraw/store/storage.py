"""Record files: their bytes (indented JSON), writing them new, reading them back."""

from __future__ import annotations

import itertools
import json
import operator
from collections.abc import Mapping
from json.encoder import encode_basestring  # the C version where there is one
from pathlib import Path
from typing import Any

from crossdraw.domain.canonical import sha256_hex
from crossdraw.domain.errors import InputError, Problem
from crossdraw.records.jsonfile import read_json
from crossdraw.records.models import Commitment, DrawRecord
from crossdraw.store.files import SymlinkRefused, read_bytes
from crossdraw.store.files import write_new as write_new  # the one atomic writer, for callers

Memo = dict[tuple[int, str], tuple[Any, str]]  # (id, indentation) -> (container, text)
_MEMO_MIN = 256  # containers at least this long are remembered in a memo


def json_bytes(value: Mapping[str, Any], *, memo: Memo | None = None) -> bytes:
    """A record file's bytes: indented JSON in field order, UTF-8, non-ASCII as is
    (the same bytes as json.dumps(indent=2), see indented_json)."""
    return (indented_json(value, memo) + "\n").encode("utf-8")


def write_json_new(path: Path, value: Mapping[str, Any], *, memo: Memo | None = None) -> None:
    """Write `value` as indented JSON to a new file (see write_new and indented_json)."""
    write_new(path, json_bytes(value, memo=memo))


class _NotPlain(Exception):
    """A value indented_json leaves to the json module (not a plain JSON tree)."""


def indented_json(value: Any, memo: Memo | None = None) -> str:
    """Exactly `json.dumps(value, ensure_ascii=False, indent=2)`, several times faster.

    The json module has no C encoder for indented output; a record of a million-row
    list holds hundreds of thousands of pool entries. Anything but dicts with string
    keys, lists, tuples, strings, ints, booleans and None goes to json.dumps itself.
    With a `memo`, a long list or dict met again (the same object, at the same depth:
    the pool listings every record of a group carries) is written from the text of
    its first time; the values must not change between the calls sharing the memo.
    """
    chunks: list[str] = []
    try:
        _indented(value, "\n", chunks, {}, memo)
    except (_NotPlain, RecursionError):
        return json.dumps(value, ensure_ascii=False, indent=2)
    return "".join(chunks)


def _indented(
    value: Any, newline: str, out: list[str], keys: dict[str, str], memo: Memo | None
) -> None:
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif kind is dict or kind is list or kind is tuple:
        if not value:
            out.append("{}" if kind is dict else "[]")
        elif memo is None or len(value) < _MEMO_MIN:
            _container(value, newline, out, keys, memo)
        else:
            seen = memo.get((id(value), newline))
            if seen is not None and seen[0] is value:
                out.append(seen[1])
                return
            start = len(out)
            _container(value, newline, out, keys, memo)
            text = "".join(out[start:])
            del out[start:]
            out.append(text)
            memo[id(value), newline] = (value, text)
    elif kind is bool:
        out.append("true" if value else "false")
    elif value is None:
        out.append("null")
    elif kind is int:
        out.append(int.__repr__(value))
    else:
        raise _NotPlain


def _container(
    value: Any, newline: str, out: list[str], keys: dict[str, str], memo: Memo | None
) -> None:
    """A non-empty dict, list or tuple; strings among its items are written in place."""
    inner = newline + "  "
    append = out.append
    if type(value) is dict:
        sep = "{" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _NotPlain
            quoted = keys.get(key)
            if quoted is None:
                quoted = keys[key] = encode_basestring(key) + ": "
            append(sep)
            append(quoted)
            if type(item) is str:
                append(encode_basestring(item))
            else:
                _indented(item, inner, out, keys, memo)
            sep = "," + inner
        append(newline + "}")
    else:
        if len(value) >= _ROWS_MIN and type(value[0]) is dict:
            rows = _dict_rows(value, newline)
            if rows is not None:
                append(rows)
                return
        sep = "[" + inner
        for item in value:
            append(sep)
            if type(item) is str:
                append(encode_basestring(item))
            else:
                _indented(item, inner, out, keys, memo)
            sep = "," + inner
        append(newline + "]")


_ROWS_MIN = 64  # a list of at least this many dicts is tried column by column
_PLAIN_SCALARS = frozenset((str, int, bool, type(None)))
_SHAPES_MAX = 8  # distinct key sets a list may have and still be written by columns


def _dict_rows(rows: list[Any] | tuple[Any, ...], newline: str) -> str | None:
    """A long list of dicts with a few sets of keys (a pool listing), as json.dumps(indent=2)
    writes it, encoding a column at a time in C; None if the rows are not that plain."""
    if set(map(type, rows)) != {dict}:
        return None
    shapes = list(map(tuple, rows))
    kinds = dict.fromkeys(shapes)
    if len(kinds) > _SHAPES_MAX:
        return None
    inner = newline + "  "
    if len(kinds) == 1:
        texts = _same_keys(rows, shapes[0], inner)
    else:
        texts = [""] * len(rows)
        for keys in kinds:
            picked = list(itertools.compress(range(len(rows)), map(keys.__eq__, shapes)))
            part = _same_keys([rows[i] for i in picked], keys, inner)
            if part is None:
                return None
            for i, text in zip(picked, part):
                texts[i] = text
    if texts is None:
        return None
    return "[" + inner + ("," + inner).join(texts) + newline + "]"


def _same_keys(
    rows: list[Any] | tuple[Any, ...], keys: tuple[Any, ...], inner: str
) -> list[str] | None:
    """The texts of dicts that all have `keys` in that order.

    Scalar columns are encoded by one compact json.dumps each, split on NUL (which no
    JSON encoding contains: control characters in strings are escaped); columns of
    lists of strings are written once per distinct list.
    """
    if not keys:
        return ["{}"] * len(rows)
    if not all(type(k) is str for k in keys):
        return None
    field = inner + "  "
    columns: list[list[str]] = []
    for key in keys:
        column = list(map(operator.itemgetter(key), rows))
        kinds = set(map(type, column))
        if kinds <= _PLAIN_SCALARS:
            compact = json.dumps(column, ensure_ascii=False, separators=("\x00", ":"))
            columns.append(compact[1:-1].split("\x00"))
        elif kinds <= {list, tuple}:
            if not set(map(type, itertools.chain.from_iterable(column))) <= {str}:
                return None
            lists = list(map(tuple, column))
            element = field + "  "
            written = {
                distinct: (
                    "["
                    + element
                    + ("," + element).join(map(encode_basestring, distinct))
                    + field
                    + "]"
                    if distinct
                    else "[]"
                )
                for distinct in dict.fromkeys(lists)
            }
            columns.append(list(map(written.__getitem__, lists)))
        else:
            return None
    template = (
        "{"
        + field
        + ("," + field).join(encode_basestring(k).replace("%", "%%") + ": %s" for k in keys)
        + inner
        + "}"
    )
    return list(map(template.__mod__, zip(*columns)))


def _read_bytes(path: Path) -> bytes:
    """A record or commitment file's bytes, never through a symbolic link (SymlinkRefused)."""
    try:
        return read_bytes(path)
    except OSError as exc:
        raise InputError.one(str(path), f"cannot read the record: {exc.strerror or exc}") from None


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
        raise InputError.one(str(path), f"cannot read: {exc.strerror or exc}") from None


_RECORD_MARK = b'"crossdraw-record/'


def records_in(folder: Path) -> list[tuple[Path, DrawRecord]]:
    """Every draw record in `folder`, in file-name order.

    Other .json files (commitments, anything else) are skipped; a file that says it is a
    draw record (its `schema` is crossdraw-record/…, or, damaged, it names that schema)
    but cannot be read as one is an InputError naming it, with each problem's JSON path.
    """
    if not folder.is_dir():
        return []
    found = []
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.json")):
        try:
            raw = read_bytes(path)
        except SymlinkRefused:
            raise
        except OSError:
            continue  # vanished or not a file: not one of this folder's records
        if _RECORD_MARK not in raw:
            continue
        try:
            value = read_json(raw, str(path), what="a crossdraw record")
            schema = value.get("schema") if isinstance(value, dict) else None
            if isinstance(schema, str) and schema.startswith("crossdraw-record/"):
                found.append((path, DrawRecord.from_parsed(value, str(path))))
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    return found
