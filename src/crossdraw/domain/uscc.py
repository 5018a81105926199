"""Unified Social Credit Code (统一社会信用代码, GB 32100-2015): format and check character."""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
WEIGHTS: tuple[int, ...] = tuple(pow(3, i, 31) for i in range(17))
LENGTH = 18


def check_character(first17: str) -> str:
    """The check character (position 18) for the first 17 characters."""
    if len(first17) != LENGTH - 1 or any(ch not in _VALUE for ch in first17):
        raise ValueError(f"need 17 characters from {ALPHABET}, got {first17!r}")
    total = sum(_VALUE[ch] * w for ch, w in zip(first17, WEIGHTS))
    return ALPHABET[(31 - total % 31) % 31]


def problem(code: str) -> str | None:
    """Why `code` is not a valid USCC, in a clerk's words; None when it is valid."""
    if len(code) != LENGTH:
        return f"a USCC has 18 characters, this one has {len(code)}"
    bad = sorted({ch for ch in code if ch not in _VALUE})
    if bad:
        return f"characters {''.join(bad)!r} are not used in a USCC (no I, O, S, V, Z)"
    if not code[2:8].isdigit():
        return "positions 3-8 must be the 6-digit division code"
    expected = check_character(code[:17])
    if code[17] != expected:
        return f"check character is {code[17]!r}, should be {expected!r}"
    return None


def is_valid(code: str) -> bool:
    return problem(code) is None


def division_code(code: str) -> str:
    """Positions 3-8: the GB/T 2260 code of the registering office."""
    return code[2:8]
