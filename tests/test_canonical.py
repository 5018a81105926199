"""Canonical JSON (docs/ALGORITHM.md): a listing whose text is already made is spliced in,
and the bytes are exactly those of encoding the whole value."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from crossdraw.domain.canonical import canonical_json, digest

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8))
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=4), inner, max_size=4)
    ),
    max_leaves=15,
)
MARK = "\x00crossdraw-known-0\x00"


def containers(value: Any) -> list[Any]:
    found = []
    if isinstance(value, dict | list):
        found.append(value)
        for item in value.values() if isinstance(value, dict) else value:
            found.extend(containers(item))
    return found


@settings(max_examples=300, deadline=None)
@given(value=VALUES, data=st.data())
def test_known_parts_never_change_the_bytes(value: Any, data: st.DataObject) -> None:
    inner = containers(value)
    picked = data.draw(st.lists(st.sampled_from(inner), max_size=2)) if inner else []
    known = [(obj, canonical_json(obj)) for obj in picked]
    assert canonical_json(value, known) == canonical_json(value)


def test_a_record_carrying_a_listing_gets_the_same_digest() -> None:
    listing = {"prefecture": "湘潭市", "enterprises": [{"id": str(i)} for i in range(5)]}
    record = {"pools": [{"listing": listing, "digest": digest(listing)}], "place": "会议室"}
    assert digest(record, [(listing, canonical_json(listing))]) == digest(record)


def test_data_holding_the_marker_text_is_encoded_in_full() -> None:
    listing = {"a": 1}
    for record in (
        {"listing": listing, "place": MARK},  # the marker twice: no shortcut
        {"place": MARK},  # the listing absent, its marker in the data: left as is
        {"listing": listing, "again": listing},  # the same listing twice
    ):
        assert canonical_json(record, [(listing, canonical_json(listing))]) == canonical_json(
            record
        )
