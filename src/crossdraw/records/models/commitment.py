"""The commitment ("crossdraw-commitment/1"): what witnesses sign before any seed exists."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, StrictStr, field_validator
from pydantic.json_schema import SkipJsonSchema

from crossdraw.records.models.common import (
    AS_LIST,
    Count,
    Model,
    RequirementInForce,
    Sha256,
    Texts,
    left_out_when_none,
    parse_file,
)
from crossdraw.records.models.ledger import Present

SCHEMA = "crossdraw-commitment/1"


class CommitmentPlan(Model):
    """The plan, by title and file digest."""

    title: str = Field(description="The plan's title.")
    sha256: Sha256 = Field(description="SHA-256 of the plan file's bytes.")


class CommitmentGroup(Model):
    """The group whose target is about to be drawn."""

    id: Count = Field(description="The group's number.")
    name: str = Field(description="The group's name.")
    targets: Texts = Field(description="Its target prefectures, in the plan's order.")


class ExcludedEnterprise(Model):
    """An enterprise of a pool that cannot be drawn, and why (E2, E3)."""

    id: str = Field(description="Its USCC.")
    reason: str = Field(description='"E2: …" or "E3: …".')


class CommittedPool(Model):
    """A target's pool as the witnesses saw it."""

    prefecture: str = Field(description="The target prefecture.")
    digest: Sha256 = Field(description="The pool digest (docs §4).")
    eligible: Count = Field(description="How many enterprises can be drawn.")
    total: Count = Field(description="How many the list has in the prefecture.")
    excluded: Annotated[tuple[ExcludedEnterprise, ...], AS_LIST] = Field(
        description="Those that cannot be drawn, by id."
    )


class Commitment(Model):
    """The commitment of one target's draw, written and logged before the seed is rolled."""

    schema_id: Literal["crossdraw-commitment/1"] = Field(
        alias="schema", description="The format: crossdraw-commitment/1."
    )
    plan: CommitmentPlan = Field(description="The plan, by title and file digest.")
    enterprises_sha256: Sha256 = Field(description="SHA-256 of the enterprise list's bytes.")
    enterprises_file: StrictStr | SkipJsonSchema[None] = left_out_when_none(
        "The enterprise list's file name (no folder); left out in older commitments."
    )
    sample_data: Literal[True] | SkipJsonSchema[None] = left_out_when_none(
        "true when the list was the bundled fictional sample; left out otherwise."
    )
    group: CommitmentGroup = Field(description="The group whose target is drawn.")
    target: str = Field(description="The target prefecture about to be drawn.")
    pools: Annotated[tuple[CommittedPool, ...], AS_LIST] = Field(
        description="The pool of each of the group's targets."
    )
    requirements_in_force: Annotated[tuple[RequirementInForce, ...], AS_LIST] = Field(
        description="The quotas as they apply to these pools."
    )
    present: Present = Field(description="Q6: who is present.")
    at: str = Field(description="When, ISO 8601 in UTC.")
    digest: Sha256 = Field(
        description="SHA-256 of the canonical JSON of the commitment without `digest`."
    )

    @field_validator("enterprises_file", "sample_data", mode="before")
    @classmethod
    def _check_optional(cls, value: Any) -> Any:
        if value is None:
            raise ValueError("should not be null (leave the key out)")
        return value

    @classmethod
    def parse(cls, data: bytes, where: str) -> Commitment:
        """A commitment file's bytes; InputError naming `where` and each problem's JSON path."""
        return parse_file(cls, data, where, schema=SCHEMA, what="a crossdraw commitment")
