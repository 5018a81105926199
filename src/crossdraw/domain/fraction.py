"""Exact probabilities as records write them: "p/q", a reduced fraction in decimal digits."""

from __future__ import annotations

import re
from fractions import Fraction

_FRACTION = re.compile(r"(0|[1-9][0-9]*)/([1-9][0-9]*)")


def fraction_text(value: Fraction) -> str:
    """2/3 as "2/3"; a whole number as "1/1" (records always write both parts)."""
    return f"{value.numerator}/{value.denominator}"


def parse_fraction(text: str) -> Fraction:
    """The Fraction of a "p/q" text; ValueError naming the text when it is not one."""
    match = _FRACTION.fullmatch(text)
    if match is None:
        raise ValueError(f"{text!r} is not a fraction written as p/q, e.g. 2/3")
    return Fraction(int(match[1]), int(match[2]))
