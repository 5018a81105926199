"""A CSV table's header is found in its first lines; its rows are exactly csv_rows'."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossdraw.domain.errors import Problem
from crossdraw.load import table
from crossdraw.load.textfile import csv_rows

TEXT = st.text(st.sampled_from(["a", "b", ",", '"', "\n", "\r", " ", "湘"]), max_size=80)


def both(text: str, prefix: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table, "_HEADER_PREFIX", prefix)
    expected: list[Problem] = []
    rows = list(csv_rows(text, "f.csv", expected))
    found: list[Problem] = []
    got = list(table._records_after_header(text, "f.csv", found))
    assert got == rows
    assert [str(p) for p in found] == [str(p) for p in expected]


@settings(max_examples=500, deadline=None)
@given(text=TEXT, prefix=st.integers(min_value=0, max_value=40))
def test_E1_rows_and_problems_are_csv_rows_whatever_the_prefix(text: str, prefix: int) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        both(text, prefix, monkeypatch)


def test_E1_header_below_blank_lines_and_errors_after_it(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ["", "  ", "id,name", *[f"{i},x" for i in range(50)], 'bad,"x"y', "1,2"]
    both("\n".join(lines) + "\n", 8, monkeypatch)
    both("\r\n".join(lines), 3, monkeypatch)


def test_E1_an_open_quote_above_the_header_runs_past_the_first_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    both('"never closed\n\n\nid,name\n1,x\n', 2, monkeypatch)


def test_E1_a_title_row_above_the_header_is_skipped_as_in_a_worksheet(tmp_path: Path) -> None:
    from crossdraw.load.enterprises import KNOWN_HEADERS

    text = "某市工贸企业名单,,\n\n制表单位：某局\nid,name,prefecture\n1,x,甲\n"
    found: list[Problem] = []
    records = list(table._records_after_header(text, "f.csv", found, KNOWN_HEADERS))
    assert records == [(4, ["id", "name", "prefecture"]), (5, ["1", "x", "甲"])]
    assert found == []
    # without known columns (or when no row names two of them) the first record is the header
    assert next(table._records_after_header(text, "f.csv", [], ()))[0] == 1
    path = tmp_path / "list.csv"
    path.write_text("名单\n" + "no,known,columns\n" * 3, encoding="utf-8")
    assert table.open_table(path, known=KNOWN_HEADERS).header == ("名单",)
