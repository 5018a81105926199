"""The table record ("crossdraw-table/1"): one drawn group table, self-contained (docs §18.8)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, field_validator
from pydantic.json_schema import SkipJsonSchema

from crossdraw.domain.errors import InputError
from crossdraw.lottery.table import ALGORITHM
from crossdraw.records.jsonfile import read_json
from crossdraw.records.models.common import (
    AS_LIST,
    Count,
    DecimalText,
    Model,
    Pair,
    Sha256,
    Signature,
    Texts,
    left_out_when_none,
)
from crossdraw.records.models.draw import Tool

SCHEMA = "crossdraw-table/1"
WHAT = "a crossdraw table record"


class TablePlan(Model):
    """The new plan the table is drawn for."""

    title: str = Field(description="The plan's title, carried over from the --groups plan.")
    year: Count = Field(description="The new plan's year (--year).")


class BasePlan(Model):
    """The --groups plan (last year's table) the prefectures and rules come from."""

    year: Count = Field(description="Its year.")
    sha256: Sha256 = Field(description="SHA-256 of its file's bytes.")


class TableRules(Model):
    """P1, P2: the group sizes, carried over from the --groups plan."""

    members_per_group: Count = Field(description="Member prefectures per group.")
    targets_per_group: Count = Field(description="Target prefectures per group.")


class PairSourceRef(Model):
    """A file the forbidden pairs came from."""

    kind: Literal["base", "avoid", "forbid"] = Field(
        description="base: the --groups plan; avoid: an --avoid plan; forbid: the --forbid CSV."
    )
    file: str = Field(description="The file's name (without its folder).")
    sha256: Sha256 = Field(description="SHA-256 of the file's bytes.")
    year: Count | None = Field(description="The plan's year; null for a --forbid file.")


class Forbidden(Model):
    """The (inspector, target) pairs no table may hold, and where they came from."""

    sources: Annotated[tuple[PairSourceRef, ...], AS_LIST] = Field(
        description="The files, in the order given."
    )
    pairs: Annotated[tuple[Pair, ...], AS_LIST] = Field(
        description="[inspector, target], sorted by the plan's order of inspector, then target."
    )


class TableSeed(Model):
    """The seed, as entered: parties' parts joined with '-' (docs §3)."""

    value: str = Field(description="The seed the random numbers come from.")
    parts: Texts = Field(description="The parties' parts when `value` joins several; else empty.")
    rule: str | None = Field(description="How `value` was made from `parts`; null when one part.")


class TableCounts(Model):
    """The proposal the random integer is drawn below (§18.3)."""

    proposal_tables: DecimalText = Field(
        description="Tables keeping P1-P3 and no forbidden pair, leads included: the bound."
    )
    proposal_tables_without_leads: DecimalText = Field(
        description="The same tables, without the choice of leads."
    )


class TableRandom(Model):
    """The accepted random integer and every sampler index used (§18.4)."""

    integer: DecimalText = Field(description="The accepted integer, 0 <= integer < bound.")
    bound: DecimalText = Field(description="The number of proposal tables (leads included).")
    first_index: Count = Field(description="The sampler index of the first value used: 1.")
    accepted_index: Count = Field(description="The sampler index of the accepted integer.")
    next_index: Count = Field(description="The index after the last one used.")
    rejected: Count = Field(
        description="Proposals (and out-of-range values) rejected before the accepted one."
    )


class TableGroup(Model):
    """One group of the drawn table, numbered in the canonical order (§18.5)."""

    id: Count = Field(description="The group's number (1 = 第一组).")
    name: str = Field(description="第一组, 第二组, …")
    lead: str = Field(description="The leading prefecture: the first member.")
    members: Texts = Field(description="Member prefectures, the lead first.")
    targets: Texts = Field(description="Target prefectures, in the plan's order.")


class PlanFile(Model):
    """The new plan (YAML) written beside the record."""

    name: str = Field(description="Its file name in the same folder.")
    sha256: Sha256 = Field(description="SHA-256 of its bytes as written.")


class TableWitnesses(Model):
    """Who was present, as typed; empty when not given."""

    witness: str = Field(description="见证人.")
    drawer: str = Field(description="抽签人.")


class TableRecord(Model):
    """The record of one table draw: everything needed to re-derive it (docs §18.8)."""

    schema_id: Literal["crossdraw-table/1"] = Field(
        alias="schema", description="The record format: crossdraw-table/1."
    )
    algorithm: Literal["crossdraw-table-v1"] = Field(description="The table draw (docs §18).")
    tool: Tool = Field(description="The program that made the record.")
    plan: TablePlan = Field(description="The new plan, by title and year.")
    base_plan: BasePlan = Field(description="The --groups plan, by year and file digest.")
    prefectures: Texts = Field(description="The prefectures, in the --groups plan's order.")
    rules: TableRules = Field(description="The group sizes.")
    forbidden: Forbidden = Field(description="The inspections no table may repeat.")
    order: Texts = Field(description="The processing order of the counting programme.")
    seed: TableSeed = Field(description="The seed.")
    counts: TableCounts = Field(description="The proposal's size.")
    random: TableRandom = Field(description="The random integer that picked the table.")
    groups: Annotated[tuple[TableGroup, ...], AS_LIST] = Field(description="The table drawn.")
    plan_file: PlanFile = Field(description="The new plan written with the record.")
    witnesses: TableWitnesses = Field(description="Who was present.")
    place: str = Field(description="Where the draw took place.")
    drawn_at: str = Field(description="When, ISO 8601 in UTC.")
    digest: Sha256 = Field(
        description="SHA-256 of the canonical JSON of the record without `digest` and `signature`."
    )
    signature: Signature | SkipJsonSchema[None] = left_out_when_none(
        "A signature of `digest`; left out when the draw was not signed."
    )

    @field_validator("signature", mode="before")
    @classmethod
    def _check_signature(cls, value: Any) -> Any:
        if value is None:
            raise ValueError("should be an object { }, not null (leave the key out when unsigned)")
        return value

    @classmethod
    def parse(cls, data: bytes, where: str) -> TableRecord:
        """A table record file's bytes; InputError naming `where` and each JSON path."""
        return cls.from_parsed(read_json(data, where, what=WHAT), where)

    @classmethod
    def from_parsed(cls, value: Any, where: str) -> TableRecord:
        """The record of a file's value as the strict reader gave it (see `parse`)."""
        if not isinstance(value, dict) or "schema" not in value:
            raise InputError.one(where, f"not {WHAT} (no 'schema' field)")
        schema, algorithm = value.get("schema"), value.get("algorithm")
        if schema != SCHEMA or algorithm != ALGORITHM:
            raise InputError.one(
                where,
                f"table record schema {schema!r} / algorithm {algorithm!r} is not one this "
                f"crossdraw reads ({SCHEMA}, {ALGORITHM}); a newer crossdraw may have written it",
            )
        return cls.from_value(value, where, kind=f"a {SCHEMA} record")

    @property
    def signed_by(self) -> str | None:
        return self.signature.fingerprint if self.signature is not None else None

    def with_signature(self, signature: Signature) -> TableRecord:
        signed = self.model_copy(update={"signature": signature})
        if self._json is not None:
            signed._json = {**self._json, "signature": signature.as_json()}
        return signed
