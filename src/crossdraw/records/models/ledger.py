"""Ledger lines ("crossdraw-ledger/1"): draws, voids, commitments and tables, chained (docs §13)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, TypeAdapter, ValidationError, field_validator
from pydantic.json_schema import SkipJsonSchema
from typing_extensions import Self

from crossdraw.domain.errors import InputError
from crossdraw.records.jsonfile import read_json
from crossdraw.records.models.common import (
    AS_LIST,
    RECORD_NAME_PATTERN,
    Count,
    Model,
    Sha256,
    Signature,
    TargetKey,
    Texts,
    left_out_when_none,
    problems,
)

SCHEMA = "crossdraw-ledger/1"

Seq = Annotated[int, Field(ge=1, le=2**53 - 1)]
RecordName = Annotated[
    str,
    Field(
        pattern=RECORD_NAME_PATTERN,
        description="The record's file name in the ledger's own folder (never a path).",
    ),
]


class LinePlan(Model):
    """The plan a line belongs to."""

    title: str = Field(description="The plan's title.")
    year: Count = Field(description="The plan's year.")


class PoolDigest(Model):
    """A target's pool digest, as committed to."""

    prefecture: str = Field(description="The target prefecture.")
    digest: Sha256 = Field(description="Its pool digest.")


class Present(Model):
    """Q6: who was present, as typed; empty when not given."""

    witness: str = Field(description="见证人.")
    drawer: str = Field(description="抽签人.")
    bureau_rep: str = Field(description="被检查市州局代表.")
    place: str = Field(description="Where.")


class _Chained(Model):
    """What every line states: its place in the chain and the plan it belongs to."""

    schema_id: Literal["crossdraw-ledger/1"] = Field(
        alias="schema", description="The line format: crossdraw-ledger/1."
    )
    seq: Seq = Field(description="The line's number in the chain: 1, 2, 3, …")
    prev: Sha256 = Field(
        description="SHA-256 of the line before (without its newline); 64 zeros on line 1."
    )
    at: str = Field(description="When, ISO 8601 in UTC.")
    plan: LinePlan = Field(description="The plan, by title and year.")


class _Line(_Chained):
    """A line about one target of a group: a draw, a void or a commitment."""

    group: Count = Field(description="The group's number.")
    prefecture: str = Field(description="The target prefecture.")

    @property
    def key(self) -> TargetKey:
        return TargetKey(self.plan.title, self.plan.year, self.group, self.prefecture)


class _Signable(_Line):
    signature: Signature | SkipJsonSchema[None] = left_out_when_none(
        "A signature of the SHA-256 of the canonical JSON of the line without `signature`; "
        "left out when not signed."
    )

    @field_validator("signature", mode="before")
    @classmethod
    def _check_signature(cls, value: Any) -> Any:
        if value is None:
            raise ValueError("should be an object { }, not null (leave the key out when unsigned)")
        return value

    @property
    def signed_by(self) -> str | None:
        return self.signature.fingerprint if self.signature is not None else None

    def with_signature(self, signature: Signature) -> Self:
        signed = self.model_copy(update={"signature": signature})
        if self._json is not None:
            signed._json = {**self._json, "signature": signature.as_json()}
        return signed


class DrawLine(_Line):
    """A draw: its record file, written with the line, and what it drew."""

    type: Literal["draw"] = Field(description="A draw line.")
    record: RecordName
    record_digest: Sha256 = Field(description="The record's digest.")
    selected: Texts = Field(description="The ids drawn, in order.")


class VoidLine(_Signable):
    """The withdrawal of a standing draw; its record stays."""

    type: Literal["void"] = Field(description="A void line.")
    record: RecordName
    record_digest: Sha256 = Field(description="The withdrawn record's digest.")
    voids: Seq = Field(description="The seq of the draw line withdrawn.")
    reason: str = Field(description="Why, as typed.")


class CommitmentLine(_Signable):
    """What the witnesses signed before any seed existed: the pools, the quotas, who."""

    type: Literal["commitment"] = Field(description="A commitment line.")
    pool_digests: Annotated[tuple[PoolDigest, ...], AS_LIST] = Field(
        description="The pool digest of each of the group's targets, in the plan's order."
    )
    rules_digest: Sha256 = Field(
        description="SHA-256 of the canonical JSON of the quotas in force "
        "(a record's `requirements_in_force`)."
    )
    present: Present = Field(description="Q6: who was present when it was signed.")
    commitment_digest: Sha256 | None = Field(
        description="The digest of the commitment file written with it; null when none was."
    )


class TableLine(_Chained):
    """A drawn group table (`crossdraw plan draw`, §15): of a whole new plan, no target."""

    type: Literal["table"] = Field(description="A table line.")
    record: RecordName
    record_digest: Sha256 = Field(description="The table record's digest.")
    groups: Annotated[tuple[Annotated[tuple[Texts, Texts], AS_LIST], ...], AS_LIST] = Field(
        description="The table drawn: [members (the lead first), targets] of each group, in order."
    )


LedgerLine = Annotated[
    DrawLine | VoidLine | CommitmentLine | TableLine, Field(discriminator="type")
]
LINE = TypeAdapter[LedgerLine](LedgerLine)


def line_from_value(value: dict[str, Any], where: str) -> LedgerLine:
    """The model of a line's parsed object; InputError naming `where` and each JSON path."""
    try:
        line = LINE.validate_python(value)
    except ValidationError as exc:
        raise InputError(problems(exc, where, kind=f"a {SCHEMA} line", tagged=True)) from None
    line._json = value
    return line


def parse_line(raw: bytes, where: str) -> LedgerLine:
    """One line's bytes (without its newline); InputError naming `where` and each JSON path."""
    value = read_json(raw, where, what="a ledger line")
    if not isinstance(value, dict):
        raise InputError.one(where, "not a JSON object")
    if value.get("schema") != SCHEMA:
        raise InputError.one(
            where, f"schema {value.get('schema')!r} is not {SCHEMA} (a newer crossdraw wrote it?)"
        )
    return line_from_value(value, where)
