"""Answers as a person types them at the ceremony's prompts (Q6): read kindly, or not at all.

Each reader returns the value or None; the ceremony asks again on None. Input methods
give full-width digits (１２３) and Chinese numerals (一、二、第一组), so both count.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

_NUMERALS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_NUMERALS |= {"六": 6, "七": 7, "八": 8, "九": 9}
_YES = frozenset(("是", "是的", "好", "好的", "对", "确认", "确定", "y", "yes", "ok"))
_NO = frozenset(("否", "不", "不是", "不对", "取消", "n", "no"))
_SEPARATORS = frozenset(" -")  # after NFKC: spaces (full-width too) and hyphens between digits


def _folded(text: str) -> str:
    """NFKC (full-width to half-width), trimmed, lower case."""
    return unicodedata.normalize("NFKC", text).strip().lower()


def read_number(text: str) -> int | None:
    """A small whole number typed as `2`, `２`, `二`, `两`, `十二` or `二十`; else None."""
    folded = _folded(text)
    if folded.isascii() and folded.isdigit():
        return int(folded)
    if folded in _NUMERALS:
        return _NUMERALS[folded]
    tens, ten, units = folded.partition("十")
    if not ten or (tens and tens not in _NUMERALS) or (units and units not in _NUMERALS):
        return None
    return _NUMERALS.get(tens, 1) * 10 + _NUMERALS.get(units, 0)


def read_group(text: str, groups: Sequence[tuple[int, str]]) -> int | None:
    """The group meant by `1`, `１`, `一`, `第一组`, `1组`, `第1组`, `一组` or its name; else None."""
    folded = _folded(text)
    for group_id, name in groups:
        if folded == _folded(name):
            return group_id
    core = folded.removeprefix("第").removesuffix("组")
    number = read_number(core) if core else None
    known = {group_id for group_id, _ in groups}
    return number if number in known else None


def read_yes_no(text: str, *, default: bool) -> bool | None:
    """是/好/对/y/yes → True, 否/不/n/no → False, an empty answer → `default`; else None."""
    folded = _folded(text)
    if not folded:
        return default
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    return None


def dice_digits(text: str) -> str | None:
    """ASCII digits of a dice part typed with full-width digits, spaces or hyphens; else None.

    ASCII digits alone come back unchanged, so no seed typed that way draws differently.
    """
    folded = unicodedata.normalize("NFKC", text).strip()
    digits = "".join(c for c in folded if c not in _SEPARATORS)
    if not digits or not (digits.isascii() and digits.isdigit()):
        return None
    return digits


def grouped(digits: str, size: int = 4) -> str:
    """`38201749` as `3820 1749`: easier to read aloud and compare with the dice."""
    return " ".join(digits[i : i + size] for i in range(0, len(digits), size))


def grouped_seed(seed: str) -> tuple[str, int] | None:
    """A seed of digit parts joined with `-` as it is shown everywhere (issue 11): each
    part in groups of four, parts apart, and its digit count; None for any other seed
    (e.g. a derived SEED/GROUP/PREFECTURE), which is shown exactly as it is."""
    parts = seed.split("-")
    if not all(p and p.isascii() and p.isdigit() for p in parts):
        return None
    return " - ".join(grouped(p) for p in parts), sum(len(p) for p in parts)
