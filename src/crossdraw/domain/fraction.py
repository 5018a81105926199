"""Exact probabilities as a record writes them: "p/q" text, and the odds people read."""

from __future__ import annotations

import re
from fractions import Fraction

_FRACTION = re.compile(r"(0|[1-9][0-9]*)/([1-9][0-9]*)", re.ASCII)


def parse_fraction(text: str) -> Fraction:
    """The fraction a record's "p/q" text states: whole numbers, q > 0, in lowest terms.

    ValueError, naming the text, on anything else (a float, a sign, spaces, 2/4).
    """
    found = _FRACTION.fullmatch(text)
    if found is None:
        raise ValueError(f"{text!r} is not a fraction p/q of whole numbers, like 2/3")
    try:
        value = Fraction(int(found[1]), int(found[2]))
    except ValueError:  # more digits than Python converts
        raise ValueError(f"{text[:40]!r}… is too long for a fraction") from None
    if fraction_text(value) != text:
        raise ValueError(f"{text!r} is not in lowest terms: it is {fraction_text(value)}")
    return value


def fraction_text(value: Fraction) -> str:
    """ "p/q", as a record writes a probability (1 is 1/1, 0 is 0/1)."""
    return f"{value.numerator}/{value.denominator}"


def odds_text(p: Fraction) -> str:
    """A probability as its exact fraction and a rounded-down percentage: 2/3 (≈66.66%).

    Integer arithmetic only, no floats. ValueError when `p` is not between 0 and 1.
    """
    if not 0 <= p <= 1:
        raise ValueError(f"probability {fraction_text(p)} is not between 0 and 1")
    percent = p.numerator * 10000 // p.denominator  # integer basis points, no floats
    return f"{p.numerator}/{p.denominator} (≈{percent // 100}.{percent % 100:02d}%)"
