"""The one strict JSON reader for records, commitments and ledger lines.

`json.loads` alone takes the last of two equal keys, recurses until Python's stack
gives out, and turns a 5,000-digit number into an error it does not name. Here a key
twice in one object, nesting deeper than MAX_DEPTH and an integer longer than
MAX_INT_DIGITS are each refused, all at once, with the JSON path where they are
(e.g. `pools[0].listing.enterprises[3].tags`). The fast path is the C parser with
two checks added; only when one of them fires is the text walked again, token by
token, to say where.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from crossdraw.domain.errors import InputError, Problem, Worded

MAX_DEPTH = 32  # a draw record nests 7 levels deep, a commitment 5, a ledger line 3
MAX_INT_DIGITS = 16  # 2**53 - 1, the largest integer every JSON reader keeps exact
MAX_BYTES = 256 * 2**20  # a record of a 1,000,000-row list is about 30 MB


class _Refused(Exception):
    """A key twice in one object, or an integer too long: walk the text to say where."""


# What a JSON file should have been, as read_json's callers name it: its catalog key.
_KINDS = {
    "a ledger line": "ledger_line",
    "a crossdraw commitment": "commitment",
    "a crossdraw record": "record",
    "a crossdraw table record": "table_record",
}


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise _Refused
    return obj


def _bounded_int(text: str) -> int:
    if len(text) > MAX_INT_DIGITS + (text[0] == "-"):
        raise _Refused
    return int(text)


def read_json(data: bytes, where: str, *, what: str) -> Any:
    """The value of a JSON file's bytes; InputError naming `where` and each problem's path.

    `what` names the kind of file in the message for text that is not JSON at all
    ("a crossdraw record", "a JSON line").
    """
    kind = Worded(what, f"json_kind_{_KINDS.get(what, 'file')}")
    if len(data) > MAX_BYTES:
        english = f"not {what}: {len(data):,} bytes, more than the {MAX_BYTES:,} crossdraw reads"
        sizes = {"size": f"{len(data):,}", "limit": f"{MAX_BYTES:,}"}
        raise InputError.one(where, Worded(english, "json_too_big", kind=kind, **sizes))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        english = f"not {what} (invalid JSON: not UTF-8 text, byte {exc.start + 1})"
        not_utf8 = Worded(english, "json_not_utf8", kind=kind, byte=exc.start + 1)
        raise InputError.one(where, not_utf8) from None
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_int=_bounded_int)
    except json.JSONDecodeError as exc:
        english = f"not {what} (invalid JSON: {exc})"
        at = {"line": exc.lineno, "column": exc.colno, "detail": exc.msg}
        raise InputError.one(where, Worded(english, "json_invalid", kind=kind, **at)) from None
    except (_Refused, RecursionError):
        pass
    found = locate(text)
    if not found:  # pragma: no cover - locate finds what the hooks refused
        found = [("", "holds a key twice, a number too long or nesting too deep")]
    raise InputError([Problem(f"{where}, {path}" if path else where, why) for path, why in found])


_TOKEN = re.compile(
    r"""\s*(?:
        (?P<string>"[^"\\]*(?:\\.[^"\\]*)*")
      | (?P<number>-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)
      | (?P<punct>[\[\]{}:,])
      | (?P<word>[A-Za-z]+)
    )""",
    re.VERBOSE | re.DOTALL,
)
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass
class _Frame:
    """An object or array being read: where in it the walk is."""

    is_object: bool
    index: int = 0
    key: str | None = None
    expect_key: bool = True
    keys: set[str] = field(default_factory=set)


def json_path(parts: list[str | int]) -> str:
    """`pools[0].listing.enterprises[3]` for ["pools", 0, "listing", "enterprises", 3]."""
    out = []
    for part in parts:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif _PLAIN_KEY.fullmatch(part):
            out.append(f".{part}" if out else part)
        else:
            out.append(f"[{json.dumps(part, ensure_ascii=False)}]")
    return "".join(out)


def _parts(frames: list[_Frame], limit: int | None = None) -> list[str | int]:
    parts: list[str | int] = []
    for frame in frames[:limit]:
        if frame.is_object:
            if frame.key is not None:
                parts.append(frame.key)
        else:
            parts.append(frame.index)
    return parts


def locate(text: str) -> list[tuple[str, str]]:
    """(JSON path, problem) of every repeated key and too-long integer, and of nesting
    deeper than MAX_DEPTH (where the walk stops); the text is read as far as it is JSON."""
    found: list[tuple[str, str]] = []
    frames: list[_Frame] = []
    pos = 0
    while match := _TOKEN.match(text, pos):
        pos = match.end()
        top = frames[-1] if frames else None
        punct, string, number = match["punct"], match["string"], match["number"]
        if punct in ("[", "{"):
            if len(frames) >= MAX_DEPTH:
                shown = json_path(_parts(frames, 8)) + ("…" if len(frames) > 8 else "")
                found.append(
                    (
                        shown,
                        f"nested deeper than {MAX_DEPTH} levels of [ ] and {{ }}; no crossdraw "
                        "file nests more than 7 (damaged, or not written by crossdraw)",
                    )
                )
                break
            frames.append(_Frame(is_object=punct == "{"))
        elif punct in ("]", "}"):
            if not frames:
                break
            frames.pop()
        elif punct == "," and top is not None:
            top.expect_key = top.is_object
            top.index += not top.is_object
        elif punct == ":" and top is not None:
            top.expect_key = False
        elif string is not None and top is not None and top.is_object and top.expect_key:
            # strict=False: a control character in a key is reported by json.loads only when
            # it is reached; a repeated key before it stopped the parse first (fuzz, issue 12)
            key = json.loads(string, strict=False)
            top.key = key
            if key in top.keys:
                found.append(
                    (
                        json_path(_parts(frames)),
                        "this key appears twice in its object; a crossdraw file has each key "
                        "once (edited by hand?)",
                    )
                )
            top.keys.add(key)
        elif number is not None:
            digits = number.lstrip("-")
            if digits.isdigit() and len(digits) > MAX_INT_DIGITS:
                found.append(
                    (
                        json_path(_parts(frames)),
                        f"a number of {len(digits)} digits; no field of a crossdraw file holds "
                        f"more than {MAX_INT_DIGITS} (counts too big for that are written as text)",
                    )
                )
    return found
