"""Typed draw records, ledger lines and commitments: read once, strictly, into frozen models.

`DrawRecord.parse`, `Commitment.parse` and `parse_line` read a file's (or a line's)
bytes through the one strict JSON reader (`crossdraw.records.jsonfile`) and validate
them; every problem is an InputError naming the file and the JSON path. `.as_json()`
gives back exactly the object stored, so canonical JSON and digests never change.
The JSON Schemas in docs/schemas/ are generated from these models (`schemas()`).
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter

from crossdraw.records.models.commitment import SCHEMA as COMMITMENT_SCHEMA
from crossdraw.records.models.commitment import (
    Commitment,
    CommitmentGroup,
    CommitmentPlan,
    CommittedPool,
    ExcludedEnterprise,
)
from crossdraw.records.models.common import (
    Model,
    RequirementInForce,
    Signature,
    TargetKey,
)
from crossdraw.records.models.draw import SCHEMA as RECORD_SCHEMA
from crossdraw.records.models.draw import (
    Counts,
    DrawRecord,
    GroupRef,
    InspectedCutoffSpec,
    ListedEnterprise,
    PlanRef,
    PoolListing,
    PoolRecord,
    PreviousDraw,
    RandomDraw,
    RecordInputs,
    RequirementSpec,
    RulesSpec,
    Seed,
    SelectedItem,
    Tool,
    WaivedRule,
    WitnessNames,
)
from crossdraw.records.models.ledger import SCHEMA as LEDGER_SCHEMA
from crossdraw.records.models.ledger import (
    CommitmentLine,
    CommittedPart,
    DrawLine,
    LedgerLine,
    LineBase,
    LinePlan,
    PoolDigest,
    Present,
    RevealedPart,
    SeedCommitLine,
    SeedLine,
    TableLine,
    VoidLine,
    line_from_value,
    parse_line,
)
from crossdraw.records.models.table import SCHEMA as TABLE_SCHEMA
from crossdraw.records.models.table import TableGroup, TableRecord

__all__ = [
    "COMMITMENT_SCHEMA",
    "LEDGER_SCHEMA",
    "RECORD_SCHEMA",
    "TABLE_SCHEMA",
    "Commitment",
    "CommitmentGroup",
    "CommitmentLine",
    "CommitmentPlan",
    "CommittedPart",
    "CommittedPool",
    "Counts",
    "DrawLine",
    "DrawRecord",
    "ExcludedEnterprise",
    "GroupRef",
    "InspectedCutoffSpec",
    "LedgerLine",
    "LineBase",
    "LinePlan",
    "ListedEnterprise",
    "Model",
    "PlanRef",
    "PoolDigest",
    "PoolListing",
    "PoolRecord",
    "Present",
    "PreviousDraw",
    "RandomDraw",
    "RecordInputs",
    "RequirementInForce",
    "RequirementSpec",
    "RevealedPart",
    "RulesSpec",
    "Seed",
    "SeedCommitLine",
    "SeedLine",
    "SelectedItem",
    "Signature",
    "TableGroup",
    "TableLine",
    "TableRecord",
    "TargetKey",
    "Tool",
    "VoidLine",
    "WaivedRule",
    "WitnessNames",
    "line_from_value",
    "parse_line",
    "schema_files",
    "schemas",
]


def schemas() -> dict[str, dict[str, Any]]:
    """The published JSON Schemas (docs/schemas/), by file name, derived from the models."""
    line = TypeAdapter(LedgerLine).json_schema(by_alias=True, mode="validation")
    return {
        "crossdraw-record-1.schema.json": _published(
            DrawRecord.model_json_schema(by_alias=True, mode="validation"), RECORD_SCHEMA
        ),
        "crossdraw-ledger-2.schema.json": _published(
            {
                "title": "LedgerLine",
                "description": "One line of ledger.jsonl: a draw, a void, a commitment, a seed "
                "commitment, a seed or a table, told "
                "apart by `type`. Each line is the canonical JSON of its object (docs §13). "
                "A ledger may hold crossdraw-ledger/1 lines (written without a key) and "
                "crossdraw-ledger/2 lines (signed) side by side.",
                **line,
            },
            LEDGER_SCHEMA,
        ),
        "crossdraw-commitment-1.schema.json": _published(
            Commitment.model_json_schema(by_alias=True, mode="validation"), COMMITMENT_SCHEMA
        ),
        "crossdraw-table-1.schema.json": _published(
            TableRecord.model_json_schema(by_alias=True, mode="validation"), TABLE_SCHEMA
        ),
    }


def schema_files() -> dict[str, bytes]:
    """The bytes of each published schema file (scripts/write_schemas.py writes them)."""
    return {
        name: (json.dumps(schema, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        for name, schema in schemas().items()
    }


def _published(schema: dict[str, Any], name: str) -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{name.replace('/', '-')}.schema.json",
        **schema,
    }
