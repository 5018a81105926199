"""The one NFC normaliser and the keys built on it (domain/text.py)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from crossdraw.domain.text import char_width, display_width, loose_key, nfc, one_line, trimmed

DECOMPOSED = "湘潭市 Cafe\u0301 "  # é typed as e + combining acute
COMPOSED = "湘潭市 Café "


def test_nfc_composes_and_keeps_everything_else_as_typed() -> None:
    assert nfc(DECOMPOSED) == COMPOSED  # the trailing space stays: records keep text as typed
    assert nfc(" 甲\u3000厂\n") == " 甲\u3000厂\n"


def test_trimmed_is_nfc_without_surrounding_space() -> None:
    assert trimmed(DECOMPOSED) == "湘潭市 Café"
    assert trimmed("\u3000雨湖区 \t") == "雨湖区"


def test_one_line_makes_every_run_of_white_space_one_space() -> None:
    assert one_line(" 甲厂\n\n乙\t丙 ") == "甲厂 乙 丙"
    assert one_line(DECOMPOSED) == "湘潭市 Café"


def test_loose_key_matches_full_and_half_width_forms_and_ignores_spaces() -> None:
    assert loose_key("湘潭（雨湖）机械厂 ") == loose_key("湘潭(雨湖) 机械厂")
    assert loose_key("ＡＢＣ１") == "ABC1"
    assert loose_key("甲厂") != loose_key("乙厂")


@given(st.text())
def test_every_key_is_built_on_nfc(text: str) -> None:
    assert nfc(text) == unicodedata.normalize("NFC", text)
    assert trimmed(text) == nfc(text).strip()
    assert one_line(text) == one_line(nfc(text))
    assert loose_key(text) == loose_key(nfc(text))


def test_display_width_counts_cjk_and_full_width_forms_two_cells() -> None:
    assert display_width("湘潭市") == 6
    assert display_width("abc") == 3
    assert display_width("Ａ（1）") == 7
    assert display_width("") == 0


def test_display_width_is_the_widest_line() -> None:
    assert display_width("第一行\nab") == 6
    assert display_width("ab\n第一行\n") == 6


def test_combining_marks_and_invisible_characters_take_no_cell() -> None:
    assert display_width("Cafe\u0301") == 4  # é as e + combining acute
    assert display_width("甲\u200b乙") == 4  # zero-width space
    assert [char_width(c) for c in "a湘\u0301\u200d"] == [1, 2, 0, 0]


@given(st.text(), st.text())
def test_display_width_adds_along_a_line_and_takes_the_widest_line(a: str, b: str) -> None:
    a, b = a.replace("\n", ""), b.replace("\n", "")
    assert display_width(a + b) == display_width(a) + display_width(b)
    assert display_width(f"{a}\n{b}") == max(display_width(a), display_width(b))
