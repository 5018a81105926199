"""The published SHA-256 sampler and unbiased integers below N (docs/ALGORITHM.md §2)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

BITS = 256


def value(seed: str, i: int) -> int:
    """Value i (i = 1, 2, …): SHA-256 of UTF-8(seed + "," + decimal(i)), big-endian."""
    if i < 1:
        raise ValueError("sampler values are numbered from 1")
    data = f"{seed},{i}".encode()
    return int.from_bytes(hashlib.sha256(data).digest(), "big")


def sampler_pick(seed: str, i: int, n: int) -> int:
    """The election-audit sampler's published output: (value i mod n) + 1."""
    return value(seed, i) % n + 1


@dataclass(frozen=True)
class Draw:
    """An integer drawn below `bound`, with the sampler values it used."""

    integer: int
    bound: int
    first_index: int  # index of the first value used
    next_index: int  # the next unused index
    rejected: int  # how many candidates were rejected for bias


def words_for(bound: int) -> int:
    """k: how many 256-bit values make one candidate, the least k with 2^(256k) >= bound."""
    k = 1
    while (1 << (BITS * k)) < bound:
        k += 1
    return k


def below(seed: str, bound: int, start: int = 1) -> Draw:
    """A uniform integer in [0, bound) from the values of `seed` starting at index `start`.

    A candidate is k consecutive values concatenated big-endian (k = 1 whenever
    bound <= 2^256). Candidates at or above the largest multiple of `bound` not
    exceeding 2^(256k) are rejected and the next k values are taken.
    """
    if bound < 1:
        raise ValueError("cannot draw below a bound smaller than 1")
    k = words_for(bound)
    span = 1 << (BITS * k)
    limit = span - span % bound
    i = start
    rejected = 0
    while True:
        candidate = 0
        for offset in range(k):
            candidate = (candidate << BITS) | value(seed, i + offset)
        i += k
        if candidate < limit:
            return Draw(candidate % bound, bound, start, i, rejected)
        rejected += 1
