"""Canonical JSON serialization and digests (see docs/ALGORITHM.md, "Canonical JSON")."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

Known = Sequence[tuple[Any, bytes]]  # (an object, its canonical JSON already made)


def canonical_json(value: Any, known: Known = ()) -> bytes:
    """UTF-8 JSON with keys sorted by code point, no spaces, non-ASCII kept as is.

    Values are only objects, arrays, strings, integers, booleans and null; big
    counts are stored as decimal strings so every JSON reader keeps them exact.

    `known` saves work, never changes the bytes: an object of `value` that is one of
    them (the same object) is written from the canonical JSON given with it (a pool
    listing a record carries, whose digest is already made).
    """
    if known:
        spliced = _spliced(value, known)
        if spliced is not None:
            return spliced
    return _dumps(value).encode("utf-8")


def _dumps(value: Any) -> str:
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )


def _spliced(value: Any, known: Known) -> bytes | None:
    """`value` encoded with each known object replaced by a marker string, then each
    marker replaced by the object's text; None if a marker's text is not met exactly
    as often as it was placed (the data itself holds it: no shortcut then)."""
    marks = {id(obj): f"\x00crossdraw-known-{k}\x00" for k, (obj, _) in enumerate(known)}
    placed: dict[str, int] = {}
    data = _dumps(_marked(value, marks, placed)).encode("utf-8")
    for obj, text in known:
        mark = _dumps(marks[id(obj)]).encode("utf-8")
        if data.count(mark) != placed.get(marks[id(obj)], 0):
            return None
        data = data.replace(mark, text)
    return data


def _marked(value: Any, marks: dict[int, str], placed: dict[str, int]) -> Any:
    mark = marks.get(id(value))
    if mark is not None:
        placed[mark] = placed.get(mark, 0) + 1
        return mark
    if type(value) is dict:
        return {key: _marked(item, marks, placed) for key, item in value.items()}
    if type(value) is list or type(value) is tuple:
        return [_marked(item, marks, placed) for item in value]
    return value


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def digest(value: Any, known: Known = ()) -> str:
    """SHA-256 (hex) of the canonical JSON of `value` (see canonical_json for `known`)."""
    return sha256_hex(canonical_json(value, known))


def fingerprint(hex_digest: str) -> str:
    """A short form a person can read aloud: the first 16 hex digits in groups of four."""
    head = hex_digest[:16].upper()
    return " ".join(head[i : i + 4] for i in range(0, 16, 4))
