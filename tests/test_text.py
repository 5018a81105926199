"""The one NFC normaliser and the keys built on it (domain/text.py)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from crossdraw.domain.text import loose_key, nfc, one_line, trimmed

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
