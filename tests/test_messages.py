"""The one zh/en catalog (output/messages.py): every text in both languages, one lookup."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from crossdraw.output import checklist, sheet
from crossdraw.output.messages import CATALOG, LANGS, text

SRC = Path(__file__).resolve().parent.parent / "src" / "crossdraw"


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_every_entry_has_chinese_and_english_with_the_same_fields(key: str) -> None:
    entry = CATALOG[key]
    assert entry.zh and entry.en, key
    assert fields(entry.zh) == fields(entry.en), key
    assert all(name.isidentifier() for name in fields(entry.zh)), key


def test_chinese_is_the_default_and_english_the_second_language() -> None:
    assert LANGS == ("zh", "en")
    assert text("sheet.title") == "交叉执法抽签签字确认单"
    assert text("sheet.title", "en") == "Cross-enforcement draw: sign-off sheet"
    assert text("ceremony.step", "zh", n=2, what="抽签") == "第2步：抽签"


def test_an_unknown_language_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="unknown language 'fr' \\(one of zh, en\\)"):
        text("sheet.title", "fr")


def test_every_key_the_code_names_is_in_the_catalog() -> None:
    named = set()
    for path in SRC.rglob("*.py"):
        named |= set(re.findall(r"""\btext\(\s*["'](\w+\.\w+)["']""", path.read_text("utf-8")))
    assert named, "no lookups found: the pattern is out of date"
    assert sorted(named - set(CATALOG)) == []


def test_keys_built_from_names_are_in_the_catalog() -> None:
    for role in sheet.ROLES:
        assert f"sheet.{role}" in CATALOG
    for item in checklist.ITEMS:
        assert f"checklist.item.{item.id}" in CATALOG
    questions = ("choose_group", "choose_target", "witness", "drawer", "bureau_rep", "place")
    for key in questions:  # what the ceremony asks (Asker.text)
        assert f"ceremony.{key}" in CATALOG
