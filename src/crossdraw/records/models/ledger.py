"""Ledger lines: draws, voids, commitments, seeds and tables, chained (docs §13).

"crossdraw-ledger/1" lines are as crossdraw wrote them before lines were signed; a
"crossdraw-ledger/2" line is one written with a key and always carries a `signature`
of the line (so of its `seq` and `prev` too), whatever its kind.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic.config import JsonDict
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

SCHEMA_V1 = "crossdraw-ledger/1"
SCHEMA = "crossdraw-ledger/2"  # a signed line; the one written with a key
SCHEMAS = (SCHEMA_V1, SCHEMA)
UNSIGNED_IN_V1 = frozenset({"draw"})  # kinds a /1 line never signed

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
    leader: str | SkipJsonSchema[None] = left_out_when_none(
        "组长, the group leader (Q6); left out when not asked (written before it was)."
    )
    guide: str | SkipJsonSchema[None] = left_out_when_none(
        "The provincial guide (省厅指导), when the plan names one; left out otherwise."
    )


_SIGNED_V2: JsonDict = {
    "if": {"properties": {"schema": {"const": "crossdraw-ledger/2"}}},
    "then": {"required": ["signature"]},
}
_UNSIGNED_V1: JsonDict = {
    "if": {"properties": {"schema": {"const": "crossdraw-ledger/1"}}},
    "then": {"not": {"required": ["signature"]}},
}


class _Chained(Model):
    """What every line states: its place in the chain, the plan it belongs to, and,
    when written with a key, a signature of all the rest."""

    model_config = ConfigDict(json_schema_extra={"allOf": [_SIGNED_V2]})

    schema_id: Literal["crossdraw-ledger/1", "crossdraw-ledger/2"] = Field(
        alias="schema",
        description="The line format: crossdraw-ledger/2 for a signed line (its `signature` "
        "is required), crossdraw-ledger/1 for a line written without a key (a /1 draw line "
        "is never signed).",
    )
    seq: Seq = Field(description="The line's number in the chain: 1, 2, 3, …")
    prev: Sha256 = Field(
        description="SHA-256 of the line before (without its newline); 64 zeros on line 1."
    )
    at: str = Field(description="When, ISO 8601 in UTC.")
    plan: LinePlan = Field(description="The plan, by title and year.")
    signature: Signature | SkipJsonSchema[None] = left_out_when_none(
        "An Ed25519 signature of the SHA-256 of the canonical JSON of the line without "
        "`signature` (so of its `seq` and `prev` too): required on a crossdraw-ledger/2 line, "
        "left out when not signed."
    )

    @field_validator("signature", mode="before")
    @classmethod
    def _check_signature(cls, value: Any) -> Any:
        if value is None:
            raise ValueError("should be an object { }, not null (leave the key out when unsigned)")
        return value

    @model_validator(mode="after")
    def _check_signed_schema(self) -> Self:
        kind = getattr(self, "type", "")
        if self.schema_id == SCHEMA and self.signature is None:
            raise ValueError(f"a {SCHEMA} line is signed: its `signature` is missing")
        if self.schema_id == SCHEMA_V1 and kind in UNSIGNED_IN_V1 and self.signature is not None:
            raise ValueError(
                f"a {SCHEMA_V1} {kind} line is never signed (a signed line is {SCHEMA})"
            )
        return self

    @property
    def signed_by(self) -> str | None:
        return self.signature.fingerprint if self.signature is not None else None

    def unsigned_json(self) -> dict[str, Any]:
        """The line as it is signed: as stored, without `signature`."""
        return {k: v for k, v in self.as_json().items() if k != "signature"}


class _Line(_Chained):
    """A line about one target of a group: a draw, a void or a commitment."""

    group: Count = Field(description="The group's number.")
    prefecture: str = Field(description="The target prefecture.")

    @property
    def key(self) -> TargetKey:
        return TargetKey(self.plan.title, self.plan.year, self.group, self.prefecture)


LineBase = _Chained  # what every kind of line is: new kinds subclass it and are signed alike


class DrawLine(_Line):
    """A draw: its record file, written with the line, and what it drew."""

    model_config = ConfigDict(json_schema_extra={"allOf": [_SIGNED_V2, _UNSIGNED_V1]})

    type: Literal["draw"] = Field(description="A draw line.")
    record: RecordName
    record_digest: Sha256 = Field(description="The record's digest.")
    selected: Texts = Field(description="The ids drawn, in order.")


class VoidLine(_Line):
    """The withdrawal of a standing draw; its record stays."""

    type: Literal["void"] = Field(description="A void line.")
    record: RecordName
    record_digest: Sha256 = Field(description="The withdrawn record's digest.")
    voids: Seq = Field(description="The seq of the draw line withdrawn.")
    reason: str = Field(description="Why, as typed.")


class CommitmentLine(_Line):
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


Digits = Annotated[str, Field(pattern=r"^[0-9]+$", min_length=1, max_length=4096)]
Hex32 = Annotated[str, Field(pattern=r"^[0-9a-f]{32}$")]


class CommittedPart(Model):
    """One party's seed part as committed before any part is shown: exactly one of
    `sha256` (dice digits, typed hidden or openly, committed by salted hash), `digits`
    (dice digits logged as they are, only beside a beacon) or `beacon` (a public number
    to be published later)."""

    party: str = Field(description="Who gives the part (who rolled the dice), as typed.")
    sha256: Sha256 | SkipJsonSchema[None] = left_out_when_none(
        'SHA-256 of the UTF-8 bytes of "crossdraw-seed-part/1:" + salt + ":" + digits '
        "(docs §17.2), for dice digits typed hidden or openly; left out for dice digits "
        "logged beside a beacon and for the beacon part."
    )
    digits: Digits | SkipJsonSchema[None] = left_out_when_none(
        "The dice digits, given openly (only when the seed also has a beacon part); "
        "left out otherwise."
    )
    beacon: str | SkipJsonSchema[None] = left_out_when_none(
        "The public number this part will be, named with its source and date before it is "
        "published (e.g. 中国福利彩票3D 2026年第321期开奖号码, 2026-12-01); left out otherwise."
    )

    @model_validator(mode="after")
    def _check_one_kind(self) -> Self:
        if sum(v is not None for v in (self.sha256, self.digits, self.beacon)) != 1:
            raise ValueError("a part has exactly one of sha256, digits or beacon")
        return self


class SeedCommitLine(_Line):
    """The parties' seed parts, committed (hashed or named) before any part is shown."""

    type: Literal["seed-commit"] = Field(description="A seed commitment line.")
    commitment: Seq = Field(description="The seq of the commitment line of this draw.")
    parts: Annotated[tuple[CommittedPart, ...], AS_LIST] = Field(
        min_length=1, description="The parts, in the order they are combined."
    )


class RevealedPart(Model):
    """One party's seed part as revealed, with what checks it against its commitment."""

    party: str = Field(description="Who gave it, as committed.")
    digits: Digits = Field(description="The part's ASCII digits.")
    salt: Hex32 | SkipJsonSchema[None] = left_out_when_none(
        "The 32 hex digits (16 random bytes) hashed with a part committed by `sha256`; left "
        "out for dice digits logged beside a beacon and for the beacon part."
    )
    beacon: str | SkipJsonSchema[None] = left_out_when_none(
        "The public number's name, as committed, when the part is one; left out otherwise."
    )


class SeedLine(_Line):
    """The revealed parts and the seed they combine to, logged before the draw is computed."""

    type: Literal["seed"] = Field(description="A seed line.")
    commits: Seq = Field(description="The seq of the seed commitment line it reveals.")
    parts: Annotated[tuple[RevealedPart, ...], AS_LIST] = Field(
        min_length=1, description="The parts, in the committed order."
    )
    seed: str = Field(description="The combined seed: the parts' digits joined with -.")


class TableLine(_Chained):
    """A drawn group table (`crossdraw plan draw`, §18): of a whole new plan, no target."""

    type: Literal["table"] = Field(description="A table line.")
    record: RecordName
    record_digest: Sha256 = Field(description="The table record's digest.")
    groups: Annotated[tuple[Annotated[tuple[Texts, Texts], AS_LIST], ...], AS_LIST] = Field(
        description="The table drawn: [members (the lead first), targets] of each group, in order."
    )


LedgerLine = Annotated[
    DrawLine | VoidLine | CommitmentLine | SeedCommitLine | SeedLine | TableLine,
    Field(discriminator="type"),
]
LINE = TypeAdapter[LedgerLine](LedgerLine)


def line_from_value(value: dict[str, Any], where: str) -> LedgerLine:
    """The model of a line's parsed object; InputError naming `where` and each JSON path."""
    try:
        line = LINE.validate_python(value)
    except ValidationError as exc:
        raise InputError(
            problems(exc, where, kind=f"a {value.get('schema')} line", tagged=True)
        ) from None
    line._json = value
    return line


MAX_LINE_BYTES = 2**20  # a line names a record and a few ids; far less than this


def parse_line(raw: bytes, where: str) -> LedgerLine:
    """One line's bytes (without its newline); InputError naming `where` and each JSON path."""
    if len(raw) > MAX_LINE_BYTES:
        raise InputError.one(
            where, f"{len(raw):,} bytes, more than the {MAX_LINE_BYTES:,} a ledger line may have"
        )
    value = read_json(raw, where, what="a ledger line")
    if not isinstance(value, dict):
        raise InputError.one(where, "not a JSON object")
    if value.get("schema") not in SCHEMAS:
        raise InputError.one(
            where,
            f"schema {value.get('schema')!r} is neither {SCHEMA_V1} nor {SCHEMA} "
            "(a newer crossdraw wrote it?)",
        )
    return line_from_value(value, where)
