"""The bound on the counting's state space (docs §4), judged on a plan's rules alone or
on a group's pools: a plan or record beyond it is refused before any counting starts,
so a crafted file cannot keep a command busy for minutes (issue 11)."""

from __future__ import annotations

from collections.abc import Sequence
from math import prod

# The 2021 plan needs at most 12,344 steps for a group of data/enterprises.csv and at
# most 20,768 for any list (at most 12 counties x 4 masks a target): 240 times less.
MAX_STEPS = 5_000_000


def coverage_classes(at_least: Sequence[int]) -> int:
    """How many coverage vectors the requirements' quotas allow: each counted 0..at_least."""
    return prod(n + 1 for n in at_least)


def states_per_bin(per_prefecture: int, min_counties: int, at_least: Sequence[int]) -> int:
    """The most states one bin of the programme can hold: (taken, counties, coverage, used)."""
    return (per_prefecture + 1) * (min_counties + 1) * 2 * coverage_classes(at_least)


def rules_steps(per_prefecture: int, min_counties: int, at_least: Sequence[int]) -> int:
    """The fewest steps any pool could need under these rules (one bin, one target)."""
    per_bin = states_per_bin(per_prefecture, min_counties, at_least)
    return per_bin * (per_prefecture + 1) + coverage_classes(at_least) ** 2
