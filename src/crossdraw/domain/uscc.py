"""Unified Social Credit Code (统一社会信用代码, GB 32100-2015): format and check character.

The one USCC checker. `is_valid` answers for one code; `valid_codes` answers for a
block of codes at once (the bulk reader's million rows) and gives the same answers
(tests/test_uscc.py compares them on random input). `problem` says why a code fails.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from itertools import repeat

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
WEIGHTS: tuple[int, ...] = tuple(pow(3, i, 31) for i in range(17))
LENGTH = 18
_DIVISION = slice(2, 8)


def _check_value(values: Sequence[int]) -> int:
    """The check character's value for the values of the first 17 characters."""
    total: int = sum(map(operator.mul, values, WEIGHTS))
    return (31 - total % 31) % 31


def check_character(first17: str) -> str:
    """The check character (position 18) for the first 17 characters."""
    if len(first17) != LENGTH - 1 or any(ch not in _VALUE for ch in first17):
        raise ValueError(f"need 17 characters from {ALPHABET}, got {first17!r}")
    return ALPHABET[_check_value([_VALUE[ch] for ch in first17])]


def problem(code: str) -> str | None:
    """Why `code` is not a valid USCC, in a clerk's words; None when it is valid."""
    if len(code) != LENGTH:
        return f"a USCC has 18 characters, this one has {len(code)}"
    bad = sorted({ch for ch in code if ch not in _VALUE})
    if bad:
        return f"characters {''.join(bad)!r} are not used in a USCC (no I, O, S, V, Z)"
    if not code[_DIVISION].isdigit():
        return "positions 3-8 must be the 6-digit division code"
    expected = check_character(code[:17])
    if code[17] != expected:
        return f"check character is {code[17]!r}, should be {expected!r}"
    return None


def is_valid(code: str) -> bool:
    """Whether `code` is a valid USCC: `problem(code) is None`, without the words."""
    if len(code) != LENGTH or not code[_DIVISION].isdigit():
        return False
    try:
        values = list(map(_VALUE.__getitem__, code))
    except KeyError:
        return False
    return values[17] == _check_value(values)


def division_code(code: str) -> str:
    """Positions 3-8: the GB/T 2260 code of the registering office."""
    return code[_DIVISION]


# A USCC's first 17 characters, reversed and read as a base-34 number, are congruent
# modulo 31 to the GB 32100 weighted sum (34 ≡ 3 and the weights are 3^i mod 31).
_ALPHABET_BYTES = ALPHABET.encode("ascii")
_BASE34 = bytes.maketrans(_ALPHABET_BYTES, b"0123456789abcdefghijklmnopqrstu")
_CHECK_BYTE = [ord(ALPHABET[(31 - r) % 31]) for r in range(31)]  # sum mod 31 -> check byte


def valid_codes(codes: Sequence[str], joined: str | None = None) -> list[bool]:
    """`is_valid` of each code, computed on the whole block at once.

    `joined` is "".join(codes) when the caller has it already. A block holding a code
    of another length, a character outside the alphabet or a non-digit division code
    is judged one code at a time.
    """
    count = len(codes)
    raw = ("".join(codes) if joined is None else joined).encode("ascii", errors="replace")
    if (
        set(map(len, codes)) != {LENGTH}
        or raw.translate(None, _ALPHABET_BYTES)  # a character outside the alphabet
        or not all(raw[p::LENGTH].isdigit() for p in range(_DIVISION.start, _DIVISION.stop))
    ):
        return list(map(is_valid, codes))
    # Reversed, the block starts with the last code's check character, then its first 17
    # characters from the 17th to the 1st: a base-34 number congruent to its weighted sum.
    digits = raw[::-1].translate(_BASE34)
    numbers = map(
        int,
        map(
            digits.__getitem__,
            map(slice, range(1, LENGTH * count, LENGTH), range(LENGTH, LENGTH * count + 1, LENGTH)),
        ),
        repeat(34),
    )
    expected = bytes(map(_CHECK_BYTE.__getitem__, map(operator.mod, numbers, repeat(31))))[::-1]
    actual = raw[LENGTH - 1 :: LENGTH]
    if expected == actual:
        return [True] * count
    return list(map(operator.eq, expected, actual))
