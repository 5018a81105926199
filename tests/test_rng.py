"""The published SHA-256 election-audit sampler vectors and unbiased integers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crossdraw.lottery import rng

VECTORS = json.loads(
    (Path(__file__).parent / "vectors" / "sha256-sampler.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", VECTORS["with_replacement"], ids=lambda c: f"{c['seed']}-{c['N']}")
def test_sampler_reproduces_published_vectors_with_replacement(case: dict) -> None:
    got = [rng.sampler_pick(case["seed"], i, case["N"]) for i in range(1, len(case["first"]) + 1)]
    assert got == case["first"]


@pytest.mark.parametrize("case", VECTORS["with_replacement"], ids=lambda c: f"{c['seed']}-{c['N']}")
def test_below_agrees_with_sampler_when_nothing_is_rejected(case: dict) -> None:
    got = []
    index = 1
    for _ in case["first"]:
        draw = rng.below(case["seed"], case["N"], index)
        assert draw.rejected == 0
        got.append(draw.integer + 1)
        index = draw.next_index
    assert got == case["first"]


@pytest.mark.parametrize("case", VECTORS["without_replacement_skip_duplicates"])
def test_sampler_reproduces_published_vectors_without_replacement(case: dict) -> None:
    picked: list[int] = []
    i = 1
    while len(picked) < len(case["first"]):
        pick = rng.sampler_pick(case["seed"], i, case["N"])
        if pick not in picked:
            picked.append(pick)
        i += 1
    assert picked == case["first"]


def test_seed_is_used_exactly_as_entered() -> None:
    assert rng.value("007", 1) != rng.value("7", 1)
    assert rng.value(" 7", 1) != rng.value("7", 1)


def test_below_rejects_values_at_or_above_the_largest_multiple() -> None:
    # A bound just above 2^255 rejects about half the candidates; find a seed that does.
    bound = (1 << 255) + 1
    limit = (1 << 256) - (1 << 256) % bound
    seed = next(s for s in (str(n) for n in range(100)) if rng.value(s, 1) >= limit)
    draw = rng.below(seed, bound)
    assert draw.rejected >= 1
    assert draw.first_index == 1
    assert draw.next_index == draw.rejected + 2
    assert draw.integer == rng.value(seed, draw.next_index - 1) % bound


def test_below_concatenates_values_for_bounds_beyond_two_to_the_256() -> None:
    bound = (1 << 300) + 7
    assert rng.words_for(bound) == 2
    draw = rng.below("abc", bound)
    candidate = (rng.value("abc", 1) << 256) | rng.value("abc", 2)
    if draw.rejected == 0:
        assert draw.integer == candidate % bound
    assert 0 <= draw.integer < bound
    assert draw.next_index == 3 + 2 * draw.rejected


def test_below_one_is_always_zero_and_uses_one_value() -> None:
    draw = rng.below("x", 1)
    assert (draw.integer, draw.next_index) == (0, 2)


def test_below_refuses_an_empty_range() -> None:
    with pytest.raises(ValueError):
        rng.below("x", 0)
