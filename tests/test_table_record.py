"""Table records (crossdraw-table/1): built from a draw, re-derived field by field (§18.7)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from crossdraw.domain.canonical import canonical_json, digest
from crossdraw.domain.errors import InputError
from crossdraw.lottery.table import TableProblem, TableSpace, draw_table
from crossdraw.records.models import TableRecord
from crossdraw.records.signing import generate_key, sign_digest
from crossdraw.records.table_record import (
    Source,
    TableContext,
    build_table_record,
    group_name,
    verify_table_record,
)

NAMES = ("甲市", "乙市", "丙市", "丁市", "戊市", "己市")
PROBLEM = TableProblem(
    NAMES, 2, frozenset({("甲市", "丙市"), ("甲市", "丁市"), ("乙市", "丙市"), ("乙市", "丁市")})
)


def record(seed: str = "20220000") -> TableRecord:
    drawn = draw_table(TableSpace(PROBLEM), seed)
    ctx = TableContext(
        title="甲省交叉执法方案",
        year=2026,
        base_year=2025,
        base_sha256="0" * 64,
        problem=PROBLEM,
        sources=(Source("forbid", "forbid.csv", "1" * 64),),
        plan_file="groups-2026.yaml",
        plan_sha256="2" * 64,
        witness="张三",
        drawn_at="2026-01-15T02:00:00+00:00",
    )
    return build_table_record(ctx, drawn)


def as_dict(data: TableRecord) -> dict[str, Any]:
    return copy.deepcopy(data.as_json())


def typed(data: dict[str, Any]) -> TableRecord:
    return TableRecord.from_parsed(data, "table.json")


def redigest(data: dict[str, Any]) -> TableRecord:
    body = {k: v for k, v in data.items() if k not in ("digest", "signature")}
    return typed({**data, "digest": digest(body)})


def test_table_record_verifies_and_holds_the_draw() -> None:
    built = record()
    assert verify_table_record(built) == []
    data = built.as_json()
    assert data["random"] == {
        "integer": "23",
        "bound": "72",
        "first_index": 1,
        "accepted_index": 2,
        "next_index": 3,
        "rejected": 1,
    }
    assert [(g["name"], g["lead"], g["targets"]) for g in data["groups"]] == [
        ("第一组", "乙市", ["戊市", "己市"]),
        ("第二组", "丁市", ["甲市", "乙市"]),
        ("第三组", "己市", ["丙市", "丁市"]),
    ]


def test_p4_edited_groups_are_a_mismatch_even_with_a_new_digest() -> None:
    data = as_dict(record())
    data["groups"][0]["targets"] = ["丙市", "丁市"]
    fields = [m.field for m in verify_table_record(redigest(data))]
    assert fields == ["groups"]


def test_edited_seed_or_pairs_do_not_reproduce() -> None:
    data = as_dict(record())
    data["seed"]["value"] = "20220001"
    fields = [m.field for m in verify_table_record(redigest(data))]
    assert "groups" in fields
    data = as_dict(record())
    data["forbidden"]["pairs"] = data["forbidden"]["pairs"][:2]
    fields = [m.field for m in verify_table_record(redigest(data))]
    assert "counts" in fields
    placed = typed({**as_dict(record()), "place": "x"})
    assert [m.field for m in verify_table_record(placed)] == ["digest"]


def test_seed_parts_joined_with_a_dash_are_recorded_and_must_match() -> None:
    data = record("2022-0000")
    assert data.seed.parts == ("2022", "0000")
    assert verify_table_record(data) == []
    edited = as_dict(data)
    edited["seed"]["parts"] = ["2022", "0001"]
    assert [m.field for m in verify_table_record(redigest(edited))] == ["seed"]


def test_malformed_or_unknown_table_records() -> None:
    data = as_dict(record())
    del data["rules"]
    with pytest.raises(InputError, match="rules"):
        typed(data)
    with pytest.raises(InputError, match="crossdraw-table/9"):
        typed({**as_dict(record()), "schema": "crossdraw-table/9"})
    with pytest.raises(InputError, match="no 'schema' field"):
        TableRecord.parse(b"{}", "table.json")
    data = as_dict(record())
    data["forbidden"]["pairs"].append(["甲市", "癸市"])
    assert "record" in [m.field for m in verify_table_record(redigest(data))]
    data = as_dict(record())
    data["rules"]["targets_per_group"] = 3
    assert "record" in [m.field for m in verify_table_record(redigest(data))]


def test_table_record_reads_back_byte_for_byte() -> None:
    built = record()
    again = TableRecord.parse(canonical_json(built.as_json()), "table.json")
    assert again == built and again.as_json() == built.as_json()


def test_signed_table_record_verifies_and_a_forged_signature_does_not() -> None:
    built = record()
    signed = built.with_signature(sign_digest(generate_key(), built.digest))
    assert signed.signed_by is not None
    assert verify_table_record(signed) == []
    data = as_dict(signed)
    data["signature"]["value"] = "AAAA"
    assert [m.field for m in verify_table_record(typed(data))] == ["signature"]
    with pytest.raises(InputError, match="not null"):
        typed({**as_dict(built), "signature": None})


@pytest.mark.parametrize(
    ("number", "name"),
    [
        (1, "第一组"),
        (7, "第七组"),
        (10, "第十组"),
        (12, "第十二组"),
        (20, "第二十组"),
        (21, "第二十一组"),
    ],
)
def test_p1_group_names_in_chinese_numerals(number: int, name: str) -> None:
    assert group_name(number) == name
