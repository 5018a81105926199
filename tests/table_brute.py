"""Brute force over every group table of a small province, for the tests of lottery/table*."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import permutations


def matchings(items: Sequence[str], size: int) -> Iterator[list[tuple[str, ...]]]:
    """Every split of `items` into blocks of `size` (blocks keep the items' order)."""
    if not items:
        yield []
        return
    first, rest = items[0], items[1:]
    for others in _choose(rest, size - 1):
        block = (first, *others)
        remaining = [x for x in rest if x not in others]
        for tail in matchings(remaining, size):
            yield [block, *tail]


def _choose(items: Sequence[str], k: int) -> Iterator[tuple[str, ...]]:
    if k == 0:
        yield ()
        return
    for i, x in enumerate(items):
        for tail in _choose(items[i + 1 :], k - 1):
            yield (x, *tail)


def tables(
    prefectures: Sequence[str],
    size: int,
    forbidden: set[tuple[str, str]],
    *,
    reciprocal: bool = False,
) -> Iterator[frozenset[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """Every valid table without leads, as a set of (members, targets) groups."""
    for members in matchings(list(prefectures), size):
        for targets in matchings(list(prefectures), size):
            for chosen in permutations(targets):
                groups = list(zip(members, chosen))
                if any(set(m) & set(t) for m, t in groups):
                    continue  # P3
                if any((a, b) in forbidden for m, t in groups for a in m for b in t):
                    continue
                if not reciprocal and any(
                    set(tx) & set(my) and set(ty) & set(mx)
                    for i, (mx, tx) in enumerate(groups)
                    for my, ty in groups[i + 1 :]
                ):
                    continue  # P4
                yield frozenset(groups)
