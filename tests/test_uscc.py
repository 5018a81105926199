"""The Unified Social Credit Code check character: published vectors (GB 32100-2015)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from crossdraw.domain import uscc

VECTORS = json.loads((Path(__file__).parent / "vectors" / "uscc.json").read_text(encoding="utf-8"))


def test_weights_match_the_published_table() -> None:
    assert list(uscc.WEIGHTS) == VECTORS["weights"]


@pytest.mark.parametrize("code", VECTORS["valid"])
def test_published_valid_codes_pass(code: str) -> None:
    assert uscc.problem(code) is None
    assert uscc.check_character(code[:17]) == code[17]


@pytest.mark.parametrize("code", VECTORS["invalid"])
def test_published_invalid_codes_fail_with_a_reason(code: str) -> None:
    reason = uscc.problem(code)
    assert reason is not None and reason


def test_check_character_refuses_letters_outside_the_alphabet() -> None:
    with pytest.raises(ValueError):
        uscc.check_character("91430111MA4L41YTI")


def test_division_code_is_positions_3_to_8() -> None:
    assert uscc.division_code("91430111MA4L41YT1U") == "430111"


def _samples(seed: int) -> list[str]:
    """Valid codes, codes with a wrong check character, and random strings near a code's shape."""
    rng = random.Random(seed)
    alphabet = uscc.ALPHABET + "IOSVZa-"
    valid = []
    for _ in range(300):
        body = f"9143{rng.randrange(10000):04d}{rng.randrange(10**9):09d}"
        valid.append(body + uscc.check_character(body))
    samples = valid + [s[:-1] + rng.choice(uscc.ALPHABET) for s in valid]
    samples += [
        "".join(rng.choice(alphabet) for _ in range(rng.choice([17, 18, 19]))) for _ in range(3000)
    ]
    return [*samples, "", "９１４３０３０２０００００００００１", VECTORS["valid"][0].lower()]


def test_is_valid_agrees_with_problem_on_random_input() -> None:
    for sample in _samples(2021):
        assert uscc.is_valid(sample) == (uscc.problem(sample) is None), sample


@pytest.mark.parametrize("seed", range(5))
def test_valid_codes_of_a_block_agree_with_is_valid_on_random_input(seed: int) -> None:
    rng = random.Random(seed)
    samples = _samples(seed)
    valid = [s for s in samples if uscc.is_valid(s)]
    blocks = [valid, valid[:1], [], samples]  # all valid, one, none, mixed shapes
    blocks += [rng.sample(samples, rng.randrange(1, 50)) for _ in range(200)]
    # Blocks of codes of the right shape only: the block computation, not the fallback.
    shaped = [s[:-1] + rng.choice(uscc.ALPHABET) for s in valid]
    blocks += [rng.sample(shaped, rng.randrange(1, 50)) for _ in range(200)]
    for block in blocks:
        expected = list(map(uscc.is_valid, block))
        assert uscc.valid_codes(block) == expected, block
        assert uscc.valid_codes(block, "".join(block)) == expected, block


@pytest.mark.parametrize("code", VECTORS["valid"])
def test_published_valid_codes_pass_every_checker(code: str) -> None:
    assert uscc.is_valid(code)
    assert uscc.valid_codes([code, code]) == [True, True]


@pytest.mark.parametrize("code", VECTORS["invalid"])
def test_published_invalid_codes_fail_every_checker(code: str) -> None:
    assert not uscc.is_valid(code)
    assert uscc.valid_codes([code]) == [False]
