"""A catalog entry: one text in Chinese and in English (the languages crossdraw speaks)."""

from __future__ import annotations

from typing import Literal, NamedTuple

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")


class Text(NamedTuple):
    zh: str
    en: str
