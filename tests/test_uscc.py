"""The Unified Social Credit Code check character: published vectors (GB 32100-2015)."""

from __future__ import annotations

import json
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
