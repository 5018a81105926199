"""print_table prints exactly what Rich prints for the same table, only faster."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from crossdraw.cli.render import print_table

COLUMNS = ("USCC", "name 企业名称", "county 县市区", "categories 类别", "odds 概率")
# Narrow and wide (CJK) characters, spaces to break words at, and Rich's markup, emoji
# and control characters, which make print_table hand the whole table to Rich.
CHARS = st.sampled_from(
    [*"abcXYZ019 /()≈%、湘潭市企业有限公司金属冶炼[]:\\\t", "é", "👍", "\u0301"]
)
CELL = st.text(CHARS, max_size=40)
TITLE = st.text(st.sampled_from(list("ab 0湘潭市odds入选概率")), min_size=1, max_size=30)


def rich_text(title: str, rows: list[list[str]], width: int) -> str:
    console = Console(file=io.StringIO(), width=width)
    table = Table(title=title)
    for col in COLUMNS:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(escape(c) for c in row))
    console.print(table)
    assert isinstance(console.file, io.StringIO)
    return console.file.getvalue()


def fast_text(title: str, rows: list[list[str]], width: int) -> str:
    console = Console(file=io.StringIO(), width=width)
    print_table(console, title, COLUMNS, rows)
    assert isinstance(console.file, io.StringIO)
    return console.file.getvalue()


@settings(max_examples=500, deadline=None)
@given(
    title=TITLE,
    rows=st.lists(st.lists(CELL, min_size=5, max_size=5), max_size=8),
    width=st.integers(min_value=16, max_value=200),
)
def test_print_table_prints_what_rich_prints(title: str, rows: list[list[str]], width: int) -> None:
    assert fast_text(title, rows, width) == rich_text(title, rows, width)


def test_print_table_with_rows_that_wrap_and_rows_that_fit() -> None:
    rows = [
        [
            "914301024696917342",
            "湘潭市岳塘区金属冶炼有限公司" * 3,
            "岳塘区",
            "金属冶炼",
            "1/3 (≈33.33%)",
        ],
        ["91430102MA779PE10R", "短名", "雨湖区", "", "2/3 (≈66.66%)"],
    ]
    assert fast_text("湘潭市 odds 入选概率", rows, 100) == rich_text(
        "湘潭市 odds 入选概率", rows, 100
    )


def test_print_table_with_no_rows_prints_the_header() -> None:
    assert fast_text("t", [], 80) == rich_text("t", [], 80)
