"""Text as people type and read it: the one NFC normaliser, the keys built on it, display width.

`nfc` is what every stored text goes through: a record keeps names, places and
reasons as typed, NFC-normalised and never trimmed, so its digest is the same
whichever way an editor composed 县 or é. The keys below are for matching and
showing, never for storing in a record.
"""

from __future__ import annotations

import unicodedata


def nfc(text: str) -> str:
    """`text` in Unicode normal form C (composed), otherwise as typed."""
    return unicodedata.normalize("NFC", text)


def trimmed(text: str) -> str:
    """NFC without surrounding white space: how a typed name, county, tag or answer is read."""
    return nfc(text).strip()


def one_line(text: str) -> str:
    """NFC with every run of white space (line breaks too) made one space: a name on a
    printed sheet cannot break a table or a signature line."""
    return " ".join(nfc(text).split())


def loose_key(text: str) -> str:
    """A key under which full-width and half-width forms (（）/(), Ａ/A) and spaces do not
    count: NFKC, the compatibility form of NFC, without white space. Matching only."""
    return "".join(unicodedata.normalize("NFKC", text).split())


_WIDE = frozenset(("W", "F"))  # East Asian Wide and Fullwidth: two cells
_ZERO = frozenset(("Mn", "Me", "Cf"))  # combining marks and invisible format characters


def char_width(character: str) -> int:
    """Cells one character takes: 2 for CJK and full-width forms, 0 for combining marks
    and invisible format characters, else 1."""
    if unicodedata.east_asian_width(character) in _WIDE:
        return 2
    return 0 if unicodedata.category(character) in _ZERO else 1


def display_width(text: str) -> int:
    """Cells the widest line of `text` takes in a monospaced grid (a spreadsheet column)."""
    if text.isascii():
        return max(map(len, text.split("\n")))
    return max(sum(map(char_width, line)) for line in text.split("\n"))
