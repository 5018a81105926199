"""indented_json writes exactly what json.dumps(indent=2) writes; records_in skips non-records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossdraw.domain.errors import InputError
from crossdraw.store.storage import (
    Memo,
    file_sha256,
    indented_json,
    json_bytes,
    read_record,
    records_in,
)
from tests.test_records import make_records

VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=True),
        st.text(),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.tuples(inner, inner),
        st.dictionaries(st.one_of(st.text(max_size=5), st.integers()), inner, max_size=4),
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(value=VALUES)
def test_indented_json_is_json_dumps_with_indent_2(value: Any) -> None:
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_indented_json_hands_unusual_values_to_json() -> None:
    with pytest.raises(TypeError):
        indented_json({"when": object()})
    nested: list[Any] = []
    for _ in range(5000):
        nested = [nested]
    with pytest.raises(RecursionError):
        json.dumps(nested, indent=2)
    with pytest.raises(RecursionError):
        indented_json(nested)


def test_records_in_skips_what_is_not_a_record(tmp_path: Path) -> None:
    record = make_records()[0]
    (tmp_path / "a.json").write_bytes(json_bytes(record.as_json()))
    (tmp_path / "b.json").write_text("not json", encoding="utf-8")
    (tmp_path / "c.json").write_text('{"other": 1}', encoding="utf-8")
    (tmp_path / "d.json").write_text('{"schema": "crossdraw-commitment/1"}', encoding="utf-8")
    assert [(p.name, r) for p, r in records_in(tmp_path)] == [("a.json", record)]
    assert list(records_in(tmp_path / "missing")) == []


def test_records_in_refuses_every_damaged_record_at_once(tmp_path: Path) -> None:
    """A file that says it is a draw record is never skipped for being damaged."""
    (tmp_path / "a.json").write_text('{"schema": "crossdraw-record/1"}', encoding="utf-8")
    (tmp_path / "b.json").write_text('{"schema": "crossdraw-record/1", "x', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        records_in(tmp_path)
    wheres = {p.where.split(",")[0] for p in caught.value.problems}
    assert wheres == {str(tmp_path / "a.json"), str(tmp_path / "b.json")}


def test_unreadable_files_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"missing\.json: cannot read the record"):
        read_record(tmp_path / "missing.json")
    with pytest.raises(InputError, match=r"missing\.yaml: cannot read"):
        file_sha256(tmp_path / "missing.yaml")


def test_a_memo_writes_shared_listings_once_with_the_same_text() -> None:
    shared = [{"id": str(i), "tags": ["a", "b"], "eligible": i % 2 == 0} for i in range(300)]
    first = {"pools": [{"listing": shared}], "again": {"listing": shared}}
    second = {"pools": [{"listing": shared}]}
    memo: Memo = {}
    for value in (first, second, first):
        assert indented_json(value, memo) == json.dumps(value, ensure_ascii=False, indent=2)
    assert len(memo) == 2  # the shared list at two depths


CELL = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=6),
    st.lists(st.text(max_size=4), max_size=3),
    st.tuples(st.text(max_size=3)),
    st.lists(st.integers(), max_size=2),  # not strings: written item by item
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    st.floats(allow_nan=False),
)


@st.composite
def listings(draw: st.DrawFn) -> Any:
    keys = draw(st.lists(st.text(max_size=4), min_size=1, max_size=4, unique=True))
    rows = [
        {k: draw(CELL) for k in keys} for _ in range(draw(st.integers(min_value=1, max_value=8)))
    ]
    if draw(st.booleans()):
        rows.append(draw(st.dictionaries(st.text(max_size=2), CELL, max_size=2)))
    return draw(st.sampled_from([rows, {"listing": rows}, [{"deep": [rows]}], tuple(rows)]))


@settings(max_examples=400, deadline=None)
@given(value=listings())
def test_long_lists_of_dicts_are_written_as_json_dumps_writes_them(value: Any) -> None:
    import crossdraw.store.storage as storage

    saved = storage._ROWS_MIN
    storage._ROWS_MIN = 1  # every list of dicts takes the column-by-column writer
    try:
        assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)
    finally:
        storage._ROWS_MIN = saved


def test_a_pool_listing_is_written_column_by_column() -> None:
    import crossdraw.store.storage as storage

    rows = [
        {"id": f"9143{i:014d}", "county": "雨湖区", "tags": ["cement"] * (i % 3), "eligible": True}
        for i in range(200)
    ]
    for i in range(0, 200, 7):  # excluded entries carry one more key
        rows[i] = {**rows[i], "eligible": False, "excluded": "E2 省厅直接执法"}
    value = {"pools": [{"listing": {"enterprises": rows}}], "%s": "50%"}
    assert storage._dict_rows(rows, "\n") is not None
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)
