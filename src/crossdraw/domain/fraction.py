"""Exact probabilities as records state them: "p/q" text, and p/q with a percentage."""

from __future__ import annotations

from fractions import Fraction


def fraction_text(value: Fraction) -> str:
    """A fraction as a record states it: "p/q" in lowest terms."""
    return f"{value.numerator}/{value.denominator}"


def parse_fraction(text: str) -> Fraction:
    """The "p/q" text of a record (decimal digits, q > 0); ValueError on anything else."""
    num, sep, den = text.partition("/")
    if not (sep and num.isascii() and num.isdigit() and den.isascii() and den.isdigit()):
        raise ValueError(f"{text!r} is not a fraction p/q")
    if int(den) == 0:
        raise ValueError(f"{text!r} has a zero denominator")
    return Fraction(int(num), int(den))


def odds_text(p: Fraction) -> str:
    """A probability as its exact fraction and a rounded-down percentage: 2/3 (≈66.66%)."""
    percent = p.numerator * 10000 // p.denominator  # integer basis points, no floats
    return f"{p.numerator}/{p.denominator} (≈{percent // 100}.{percent % 100:02d}%)"
