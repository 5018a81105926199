"""Typed records, ledger lines and commitments: every file of folder-v1 reads and gives back
exactly what is stored; anything else is refused, naming the file and the JSON path."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from crossdraw.domain.canonical import canonical_json
from crossdraw.domain.errors import InputError
from crossdraw.domain.fraction import fraction_text, parse_fraction
from crossdraw.records import jsonfile
from crossdraw.records.chain import encode
from crossdraw.records.models import (
    Commitment,
    CommitmentLine,
    DrawLine,
    DrawRecord,
    TargetKey,
    VoidLine,
    parse_line,
)
from crossdraw.store.storage import json_bytes

DRAWS = Path(__file__).parent / "fixtures" / "folder-v1" / "draws"
RECORDS = sorted(DRAWS.glob("group*.json"))
COMMITMENTS = sorted(DRAWS.glob("commitment-*.json"))
LINES = (DRAWS / "ledger.jsonl").read_bytes().split(b"\n")[:-1]
SIGNED = DRAWS / "group1-丁市-4c6ada07e9e6.json"


def test_folder_v1_has_records_commitments_and_lines_of_every_kind() -> None:
    assert len(RECORDS) == 4 and len(COMMITMENTS) == 2
    kinds = {type(parse_line(raw, "ledger.jsonl")) for raw in LINES}
    assert kinds == {DrawLine, VoidLine, CommitmentLine}


@pytest.mark.parametrize("path", RECORDS, ids=lambda p: p.name)
def test_every_record_of_folder_v1_reads_and_gives_back_its_bytes(path: Path) -> None:
    data = path.read_bytes()
    record = DrawRecord.parse(data, str(path))
    assert canonical_json(record.as_json()) == canonical_json(json.loads(data))
    assert json_bytes(record.as_json()) == data  # the file, byte for byte
    dumped = DrawRecord.model_validate_json(data)  # no stored object: from the fields
    assert json_bytes(dumped.as_json()) == data
    assert dumped == record


@pytest.mark.parametrize("path", COMMITMENTS, ids=lambda p: p.name)
def test_every_commitment_of_folder_v1_reads_and_gives_back_its_bytes(path: Path) -> None:
    data = path.read_bytes()
    commitment = Commitment.parse(data, str(path))
    assert canonical_json(commitment.as_json()) == canonical_json(json.loads(data))
    assert json_bytes(commitment.as_json()) == data
    assert json_bytes(Commitment.model_validate_json(data).as_json()) == data


@pytest.mark.parametrize("number", range(1, len(LINES) + 1))
def test_every_ledger_line_of_folder_v1_reads_and_gives_back_its_bytes(number: int) -> None:
    raw = LINES[number - 1]
    line = parse_line(raw, f"ledger.jsonl line {number}")
    assert canonical_json(line.as_json()) == canonical_json(json.loads(raw)) == raw
    assert encode(line) == raw + b"\n"
    assert canonical_json(type(line).model_validate_json(raw).as_json()) == raw


def test_a_record_says_what_it_is_of_and_what_it_drew() -> None:
    record = DrawRecord.parse(SIGNED.read_bytes(), SIGNED.name)
    assert record.key == TargetKey("甲省交叉执法方案", 2025, 1, "丁市")
    assert record.selected_ids == ("91999999000000013T", "919999990000000151")
    assert record.signed_by == "BF19 0501 9E29 17AD"
    assert [s.odds for s in record.selected] == [
        parse_fraction(s.probability) for s in record.selected
    ]
    assert all(isinstance(s.odds, Fraction) and 0 < s.odds <= 1 for s in record.selected)
    unsigned = DrawRecord.parse(RECORDS[1].read_bytes(), RECORDS[1].name)
    assert unsigned.signature is None and unsigned.signed_by is None
    assert "signature" not in unsigned.as_json()
    assert "signature" not in unsigned.model_dump(mode="json")


def test_fractions_are_written_and_read_as_p_over_q() -> None:
    assert fraction_text(Fraction(2, 4)) == "1/2"
    assert fraction_text(Fraction(1)) == "1/1"
    assert parse_fraction("2/3") == Fraction(2, 3)
    for bad in ("2/0", "1.5/2", "-1/2", "2", " 1/2", "01/2"):
        with pytest.raises(ValueError, match="is not a fraction p/q of whole numbers"):
            parse_fraction(bad)


# --- what is refused, and how it is said ------------------------------------------------


def _value() -> dict[str, Any]:
    value: dict[str, Any] = json.loads(SIGNED.read_bytes())
    return value


def _refusal(data: bytes) -> list[str]:
    with pytest.raises(InputError) as caught:
        DrawRecord.parse(data, "x.json")
    return [str(p) for p in caught.value.problems]


def _bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")


def test_a_record_with_an_extra_key_is_refused_naming_its_path() -> None:
    value = _value()
    value["pools"][1]["listing"]["enterprises"][0]["note"] = "x"
    value["comment"] = "x"
    assert _refusal(_bytes(value)) == [
        "x.json, pools[1].listing.enterprises[0].note: unexpected key: not part of a "
        "crossdraw-record/1 record (a typo, or written by a newer crossdraw?)",
        "x.json, comment: unexpected key: not part of a crossdraw-record/1 record (a typo, "
        "or written by a newer crossdraw?)",
    ]


def test_a_record_with_a_missing_key_is_refused_naming_its_path() -> None:
    value = _value()
    del value["seed"]["rule"]
    del value["selected"][1]["probability"]
    assert _refusal(_bytes(value)) == [
        "x.json, seed.rule: missing: a crossdraw-record/1 record always has this key",
        "x.json, selected[1].probability: missing: a crossdraw-record/1 record always has this key",
    ]


def test_a_record_with_a_wrong_type_is_refused_naming_its_path() -> None:
    value = _value()
    value["plan"]["year"] = "2025"
    value["group"]["id"] = True  # a bool is not a number, however JSON readers see it
    value["selected"][0]["tags"] = "metal_smelting"
    value["pools"][0]["eligible"] = 4.0
    value["pools"][0]["listing"]["enterprises"][0]["eligible"] = 1
    value["signature"] = None
    assert _refusal(_bytes(value)) == [
        'x.json, plan.year: should be a whole number, not the text "2025"',
        "x.json, group.id: should be a whole number, not true",
        "x.json, pools[0].eligible: should be a whole number, not the number 4.0",
        "x.json, pools[0].listing.enterprises[0].eligible: should be true or false, not the "
        "number 1",
        'x.json, selected[0].tags: should be a list [ ], not the text "metal_smelting"',
        "x.json, signature: should be an object { }, not null (leave the key out when unsigned)",
    ]


def test_a_record_with_malformed_text_is_refused_naming_its_path() -> None:
    value = _value()
    value["digest"] = value["digest"].upper()
    value["counts"]["this_draw"] = "2.0"
    value["selected"][0]["probability"] = "0.5"
    assert _refusal(_bytes(value)) == [
        'x.json, counts.this_draw: should be a whole number written as text, e.g. "12", not '
        'the text "2.0"',
        'x.json, selected[0].probability: should be a fraction written as text, e.g. "2/3", '
        'not the text "0.5"',
        f"x.json, digest: should be a SHA-256 digest (64 lower-case hex digits), not the text "
        f'"{value["digest"][:40]}…"',
    ]


def test_a_record_with_a_key_twice_is_refused_naming_each_path() -> None:
    data = SIGNED.read_bytes()
    data = data.replace(b'"target": ', b'"target": "\xe4\xb9\x99\xe5\xb8\x82", "target": ', 1)
    data = data.replace(b'"county": ', b'"county": "x", "county": ', 1)
    assert _refusal(data) == [
        "x.json, pools[0].listing.enterprises[0].county: this key appears twice in its object; "
        "a crossdraw file has each key once (edited by hand?)",
        "x.json, target: this key appears twice in its object; a crossdraw file has each key "
        "once (edited by hand?)",
    ]


def test_a_record_nested_ten_thousand_deep_is_refused_naming_where() -> None:
    data = b'{"schema": "crossdraw-record/1", "previous": ' + b"[" * 10_000 + b"]" * 10_000 + b"}"
    assert _refusal(data) == [
        "x.json, previous[0][0][0][0][0][0][0]…: nested deeper than 32 levels of [ ] and { }; "
        "no crossdraw file nests more than 7 (damaged, or not written by crossdraw)"
    ]


def test_a_record_with_a_five_thousand_digit_number_is_refused_naming_its_path() -> None:
    value = _value()
    value["random"]["rejected"] = 0
    data = _bytes(value).replace(b'"rejected": 0', b'"rejected": ' + b"9" * 5000)
    assert _refusal(data) == [
        "x.json, random.rejected: a number of 5000 digits; no field of a crossdraw file holds "
        "more than 16 (counts too big for that are written as text)"
    ]


def test_a_number_one_past_what_a_field_holds_is_refused_naming_its_path() -> None:
    value = _value()
    value["random"]["next_index"] = 2**53
    value["random"]["first_index"] = -1
    assert _refusal(_bytes(value)) == [
        "x.json, random.first_index: should be at least 0, not the number -1",
        "x.json, random.next_index: should be at most 9007199254740991, not the number "
        "9007199254740992",
    ]


def test_a_record_that_is_not_json_or_not_a_record_says_so() -> None:
    assert _refusal(b"\xff\xfe") == [
        "x.json: not a crossdraw record (invalid JSON: not UTF-8 text, byte 1)"
    ]
    assert _refusal(b"[1, 2]") == ["x.json: not a crossdraw record (no 'schema' field)"]
    assert _refusal(_bytes({**_value(), "schema": "crossdraw-record/2"})) == [
        "x.json: record schema 'crossdraw-record/2' / algorithm 'crossdraw-draw-v1' is not one "
        "this crossdraw reads (crossdraw-record/1, crossdraw-draw-v1); a newer crossdraw may "
        "have written it"
    ]
    assert _refusal(b'{"schema": "crossdraw-record/1", "a": 1}')[0].startswith(
        "x.json: record schema"
    )


def test_a_commitment_is_refused_naming_the_file_and_path() -> None:
    value = json.loads(COMMITMENTS[0].read_bytes())
    value["pools"][1]["excluded"][0]["reason"] = 2
    value["present"]["clerk"] = "x"
    with pytest.raises(InputError) as caught:
        Commitment.parse(_bytes(value), "c.json")
    assert [str(p) for p in caught.value.problems] == [
        "c.json, pools[1].excluded[0].reason: should be text, not the number 2",
        "c.json, present.clerk: unexpected key: not part of crossdraw-commitment/1 (a typo, "
        "or written by a newer crossdraw?)",
    ]
    with pytest.raises(InputError, match="a newer crossdraw may have written it"):
        Commitment.parse(_bytes({**value, "schema": "crossdraw-commitment/2"}), "c.json")


def test_a_ledger_line_is_refused_naming_the_line_and_path() -> None:
    value = json.loads(LINES[1])
    value["voids"] = "1"
    value["record"] = "../elsewhere.json"
    del value["reason"]
    with pytest.raises(InputError) as caught:
        parse_line(canonical_json(value), "ledger.jsonl line 2")
    assert [str(p) for p in caught.value.problems] == [
        "ledger.jsonl line 2, record: should be the name of a .json file in the ledger's own "
        'folder (no folders), not the text "../elsewhere.json"',
        'ledger.jsonl line 2, voids: should be a whole number, not the text "1"',
        "ledger.jsonl line 2, reason: missing: a crossdraw-ledger/1 line always has this key",
    ]
    with pytest.raises(InputError) as caught:
        parse_line(canonical_json({**value, "type": "redraw"}), "L")
    assert [str(p) for p in caught.value.problems] == [
        "L, type: should be one of 'draw', 'void', 'commitment', 'seed-commit', 'seed', 'table', "
        'not the text "redraw"'
    ]
    with pytest.raises(InputError, match=r"^L, seq: this key appears twice"):
        parse_line(b'{"schema":"crossdraw-ledger/1","seq":1,"seq":2}', "L")
    with pytest.raises(InputError, match=r"^L: not a ledger line \(invalid JSON"):
        parse_line(b'{"schema"', "L")


def test_the_reader_names_every_problem_of_a_file_at_once() -> None:
    text = '{"a": 1, "b": {"c": 2, "c": 3}, "d": [1, 12345678901234567], "a": 0}'
    assert jsonfile.locate(text) == [
        ("b.c", "this key appears twice in its object; a crossdraw file has each key once "
         "(edited by hand?)"),
        ("d[1]", "a number of 17 digits; no field of a crossdraw file holds more than 16 "
         "(counts too big for that are written as text)"),
        ("a", "this key appears twice in its object; a crossdraw file has each key once "
         "(edited by hand?)"),
    ]  # fmt: skip
    assert jsonfile.json_path(["pools", 0, "名 称", "x"]) == 'pools[0]["名 称"].x'
    assert jsonfile.read_json(b'{"n": -1234567890123456, "x": 1.5}', "f", what="it") == {
        "n": -1234567890123456,
        "x": 1.5,
    }


def test_odd_shapes_are_each_named_in_words() -> None:
    value = _value()
    value["pools"][0]["listing"]["enterprises"][0]["excluded"] = None
    value["counts"]["group_valid_selections"] = "9" * 1001
    assert _refusal(_bytes(value)) == [
        "x.json, pools[0].listing.enterprises[0].excluded: should be text, not null (leave the "
        "key out when eligible)",
        "x.json, counts.group_valid_selections: too long: at most 1000 characters",
    ]
    line = {k: v for k, v in json.loads(LINES[0]).items() if k != "type"}
    with pytest.raises(InputError) as caught:
        parse_line(canonical_json(line), "L")
    assert [str(p) for p in caught.value.problems] == [
        "L, type: missing: every ledger line says its type (draw, void, commitment or table)"
    ]
    with pytest.raises(InputError) as caught:
        DrawLine.from_value({**json.loads(LINES[0]), "type": "void"}, "L", kind="a line")
    assert [str(p) for p in caught.value.problems] == [
        "L, type: should be 'draw', not the text \"void\""
    ]
    with pytest.raises(InputError, match=r"^c.json: not a crossdraw commitment \(no 'schema'"):
        Commitment.parse(b"{}", "c.json")
    with pytest.raises(InputError, match=r"^L: not a JSON object"):
        parse_line(b"[]", "L")
