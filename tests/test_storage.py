"""indented_json writes exactly what json.dumps(indent=2) writes; records_in skips non-records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossdraw.errors import InputError
from crossdraw.storage import Memo, file_sha256, indented_json, read_record, records_in

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
    (tmp_path / "a.json").write_text('{"schema": "crossdraw-record/1"}', encoding="utf-8")
    (tmp_path / "b.json").write_text("not json", encoding="utf-8")
    (tmp_path / "c.json").write_text('{"other": 1}', encoding="utf-8")
    assert [p.name for p, _ in records_in(tmp_path)] == ["a.json"]
    assert list(records_in(tmp_path / "missing")) == []


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
