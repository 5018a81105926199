"""docs/schemas/ is derived from the models, never hand-kept: the committed files are what
the models give, every field is described, and the schemas accept every real file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from crossdraw.records.models import schema_files

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "docs" / "schemas"
DRAWS = ROOT / "tests" / "fixtures" / "folder-v1" / "draws"
LINES = (DRAWS / "ledger.jsonl").read_bytes().split(b"\n")[:-1]


def _validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / name).read_bytes())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.mark.parametrize("name", sorted(schema_files()))
def test_the_published_schema_is_what_the_models_give(name: str) -> None:
    """After changing a model: .venv/bin/python scripts/write_schemas.py"""
    assert (SCHEMAS / name).read_bytes() == schema_files()[name], (
        f"docs/schemas/{name} is out of date: run scripts/write_schemas.py"
    )


def test_no_other_file_is_in_docs_schemas() -> None:
    assert sorted(p.name for p in SCHEMAS.iterdir()) == sorted(schema_files())


def _undescribed(schema: dict[str, Any]) -> list[str]:
    defs = schema.get("$defs", {})
    out = []
    for owner, body in [("(top)", schema), *defs.items()]:
        if "description" not in body and "properties" in body:
            out.append(owner)
        for field, prop in body.get("properties", {}).items():
            target = defs.get(prop.get("$ref", "").rsplit("/", 1)[-1], {})
            if "description" not in prop and "description" not in target:
                out.append(f"{owner}.{field}")
    return out


@pytest.mark.parametrize("name", sorted(schema_files()))
def test_every_model_and_field_is_described(name: str) -> None:
    assert _undescribed(json.loads(schema_files()[name])) == []


def test_the_schemas_accept_every_file_of_folder_v1() -> None:
    record = _validator("crossdraw-record-1.schema.json")
    commitment = _validator("crossdraw-commitment-1.schema.json")
    line = _validator("crossdraw-ledger-2.schema.json")
    for path in sorted(DRAWS.glob("group*.json")):
        record.validate(json.loads(path.read_bytes()))
    for path in sorted(DRAWS.glob("commitment-*.json")):
        commitment.validate(json.loads(path.read_bytes()))
    for raw in LINES:
        line.validate(json.loads(raw))


def test_the_schemas_refuse_what_the_models_refuse() -> None:
    record = _validator("crossdraw-record-1.schema.json")
    value = json.loads(next(DRAWS.glob("group2-*.json")).read_bytes())
    for broken in (
        {**value, "extra": 1},
        {k: v for k, v in value.items() if k != "seed"},
        {**value, "signature": None},
        {**value, "digest": "ABC"},
        {**value, "counts": {**value["counts"], "this_draw": 2}},
    ):
        assert not record.is_valid(broken), broken
    line = _validator("crossdraw-ledger-2.schema.json")
    draw = json.loads(LINES[0])
    assert not line.is_valid({**draw, "type": "redraw"})
    assert not line.is_valid({**draw, "record": "../x.json"})
    assert not line.is_valid({**draw, "signature": json.loads(LINES[1]).get("signature", {})})
