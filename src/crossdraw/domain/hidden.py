"""Control and invisible formatting characters: refused in input, made visible in output.

Zero-width joiners, bidirectional overrides and terminal escape sequences make one
name look like another, reverse text on a printed sheet, or rewrite the screen a
group leader and a witness read at a draw (E1). Loaders refuse them in enterprise
lists; everything printed or written for people shows any that a plan or a record
still holds as \\u001b, \\u202e, … Spaces of any width, newlines and tabs are kept.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

_HIDDEN = frozenset(("Cc", "Cf"))  # control and invisible formatting characters
HIDDEN_FIX = (
    "retype the cell without it: hidden characters can change or hide what the screen "
    "and the sign-off sheet show"
)


def hidden_character(text: str) -> str | None:
    """The first control or invisible formatting character of `text`, described, or None.

    Zero-width joiners, bidirectional overrides, escape sequences and the like make a
    name look like another or rewrite the terminal at the draw. Spaces of any width
    are fine.
    """
    if text.isprintable():
        return None
    for position, character in enumerate(text, 1):
        if unicodedata.category(character) in _HIDDEN:
            name = unicodedata.name(character, "a control character")
            return (
                f"an invisible character (不可见字符) at character {position}: "
                f"U+{ord(character):04X} {name}"
            )
    return None


def hidden_cells(
    cells: Sequence[str], label: Callable[[int], str], rule: str
) -> list[tuple[int, str]]:
    """(column, message) for each cell of a row holding a hidden character, by `rule`."""
    if "".join(cells).isprintable():
        return []
    return [
        (i, f"{rule}: {label(i)} holds {what}; {HIDDEN_FIX}")
        for i, cell in enumerate(cells)
        if (what := hidden_character(cell))
    ]


def visible(text: str) -> str:
    """`text` with its control and invisible formatting characters written as \\uXXXX."""
    if text.isprintable():
        return text
    return "".join(map(_shown, text))


def _shown(character: str) -> str:
    if character in "\n\t" or unicodedata.category(character) not in _HIDDEN:
        return character
    code = ord(character)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
