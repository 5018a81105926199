"""Canonical JSON serialization and digests (see docs/ALGORITHM.md, "Canonical JSON")."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical_json(value: Any) -> bytes:
    """UTF-8 JSON with keys sorted by code point, no spaces, non-ASCII kept as is.

    Values are only objects, arrays, strings, integers, booleans and null; big
    counts are stored as decimal strings so every JSON reader keeps them exact.
    """
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def digest(value: Any) -> str:
    """SHA-256 (hex) of the canonical JSON of `value`."""
    return sha256_hex(canonical_json(value))


def fingerprint(hex_digest: str) -> str:
    """A short form a person can read aloud: the first 16 hex digits in groups of four."""
    head = hex_digest[:16].upper()
    return " ".join(head[i : i + 4] for i in range(0, 16, 4))
