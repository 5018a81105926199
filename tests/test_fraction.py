"""The one "p/q" parser and formatter, and the odds text (domain/fraction.py)."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossdraw.domain.fraction import fraction_text, odds_text, parse_fraction


def test_fraction_text_is_p_slash_q() -> None:
    assert fraction_text(Fraction(2, 3)) == "2/3"
    assert fraction_text(Fraction(1)) == "1/1"
    assert fraction_text(Fraction(0)) == "0/1"


@given(st.fractions(min_value=0))
def test_parse_fraction_reads_what_fraction_text_writes(value: Fraction) -> None:
    assert parse_fraction(fraction_text(value)) == value


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0.5", "'0.5' is not a fraction p/q of whole numbers, like 2/3"),
        ("1", "'1' is not a fraction p/q of whole numbers, like 2/3"),
        ("-1/3", "'-1/3' is not a fraction p/q of whole numbers, like 2/3"),
        (" 1/3", "' 1/3' is not a fraction p/q of whole numbers, like 2/3"),
        ("1/0", "'1/0' is not a fraction p/q of whole numbers, like 2/3"),
        ("01/3", "'01/3' is not a fraction p/q of whole numbers, like 2/3"),
        ("１/３", "'１/３' is not a fraction p/q of whole numbers, like 2/3"),
        ("1/3/4", "'1/3/4' is not a fraction p/q of whole numbers, like 2/3"),
        ("", "'' is not a fraction p/q of whole numbers, like 2/3"),
        ("2/4", "'2/4' is not in lowest terms: it is 1/2"),
    ],
)
def test_parse_fraction_refuses_anything_but_a_records_p_slash_q(text: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_fraction(text)
    assert str(caught.value) == message


def test_parse_fraction_refuses_more_digits_than_python_converts() -> None:
    with pytest.raises(ValueError, match="too long for a fraction"):
        parse_fraction("1/" + "7" * 5000)


def test_odds_are_the_exact_fraction_and_an_integer_percentage() -> None:
    assert odds_text(Fraction(1, 3)) == "1/3 (≈33.33%)"
    assert odds_text(Fraction(2, 3)) == "2/3 (≈66.66%)"  # rounded down like `draw`, no floats
    assert odds_text(Fraction(1)) == "1/1 (≈100.00%)"
    assert odds_text(Fraction(0)) == "0/1 (≈0.00%)"
    assert odds_text(Fraction(1, 30000)) == "1/30000 (≈0.00%)"


@pytest.mark.parametrize("p", [Fraction(3, 2), Fraction(-1, 3)])
def test_odds_text_refuses_a_probability_outside_0_to_1(p: Fraction) -> None:
    with pytest.raises(ValueError, match=f"probability {p.numerator}/{p.denominator} is not"):
        odds_text(p)
