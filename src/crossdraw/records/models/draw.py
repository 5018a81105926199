"""The draw record ("crossdraw-record/1"): one prefecture draw, self-contained (docs §11)."""

from __future__ import annotations

from fractions import Fraction
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, StrictBool, StrictStr, field_validator
from pydantic.dataclasses import dataclass
from pydantic.json_schema import SkipJsonSchema

from crossdraw.domain.errors import InputError
from crossdraw.domain.fraction import parse_fraction
from crossdraw.domain.models import Requirement, Rules
from crossdraw.domain.pool import Pool, PoolEntry
from crossdraw.lottery.draw import ALGORITHM
from crossdraw.records.jsonfile import read_json
from crossdraw.records.models.common import (
    AS_LIST,
    Count,
    DecimalText,
    FractionText,
    Model,
    RequirementInForce,
    Sha256,
    Signature,
    TargetKey,
    Texts,
    left_out_when_none,
)

SCHEMA = "crossdraw-record/1"
WHAT = "a crossdraw record"


class Tool(Model):
    """The program that made the record."""

    name: str = Field(description='Always "crossdraw".')
    version: str = Field(description="Its version, e.g. 0.1.0.")


class PlanRef(Model):
    """The plan the draw belongs to."""

    title: str = Field(description="The plan's title, as in groups.yaml.")
    year: Count = Field(description="The plan's year.")
    sha256: Sha256 = Field(description="SHA-256 of the plan file's bytes.")


class GroupRef(Model):
    """The inspection group the draw is for (P1, P2)."""

    id: Count = Field(description="The group's number (1 = 第一组).")
    name: str = Field(description="The group's name.")
    members: Texts = Field(description="Member prefectures, the leading one first.")
    targets: Texts = Field(description="Target prefectures, in the plan's order.")


class RequirementSpec(Model):
    """A category quota as the plan states it (Q3, Q4; `substitutes` is Q5)."""

    id: str = Field(description='The rule, e.g. "Q3".')
    name: str = Field(description="Its name in the plan.")
    any_of: Texts = Field(description="Categories that count towards it, as the plan lists them.")
    at_least: Count = Field(description="How many of the group's selection must be in them.")
    substitutes: dict[str, str] = Field(
        description="Q5: a missing category -> the category that stands in for it."
    )

    def requirement(self) -> Requirement:
        return Requirement(
            id=self.id,
            name=self.name,
            any_of=self.any_of,
            at_least=self.at_least,
            substitutes=dict(self.substitutes),
        )


class RulesSpec(Model):
    """The quota rules the draw applied (Q1-Q5)."""

    per_prefecture: Count = Field(description="Q1: enterprises drawn per target prefecture.")
    min_counties: Count = Field(description="Q2: distinct counties each target's selection spans.")
    requirements: Annotated[tuple[RequirementSpec, ...], AS_LIST] = Field(
        description="Q3, Q4: the group's category quotas."
    )

    def rules(self) -> Rules:
        """The plan's rule values; ValueError (a pydantic ValidationError) if they are not."""
        return Rules(
            per_prefecture=self.per_prefecture,
            min_counties=self.min_counties,
            requirements=tuple(r.requirement() for r in self.requirements),
        )


@dataclass(frozen=True, slots=True, config=ConfigDict(extra="forbid"))
class ListedEnterprise:
    """One enterprise of a pool listing (a slotted dataclass: listings run to a million)."""

    id: StrictStr = Field(description="The enterprise's USCC.")
    county: StrictStr = Field(description="Its county.")
    tags: tuple[StrictStr, ...] = Field(description="Its categories, sorted.")
    eligible: StrictBool = Field(description="Whether it can be drawn (E1-E3).")
    excluded: StrictStr | SkipJsonSchema[None] = left_out_when_none(
        'Why not, when not eligible: "E2: …" or "E3: …"; left out when eligible.'
    )

    @field_validator("excluded", mode="before")
    @classmethod
    def _check_excluded(cls, value: Any) -> Any:
        if value is None:
            raise ValueError("should be text, not null (leave the key out when eligible)")
        return value


class PoolListing(Model):
    """Every enterprise of a target prefecture, sorted by id: what the pool digest covers."""

    prefecture: str = Field(description="The target prefecture.")
    enterprises: Annotated[tuple[ListedEnterprise, ...], AS_LIST] = Field(
        description="Its enterprises, eligible or not, sorted by id."
    )

    def pool(self) -> Pool:
        """The pool this listing describes (to draw again from it, or to compare)."""
        return Pool(
            self.prefecture,
            tuple(
                PoolEntry(e.id, e.county, e.tags, None if e.eligible else (e.excluded or ""))
                for e in self.enterprises
            ),
        )


class PoolRecord(Model):
    """A target's pool as drawn from."""

    prefecture: str = Field(description="The target prefecture.")
    digest: Sha256 = Field(description="SHA-256 of the canonical JSON of `listing`.")
    eligible: Count = Field(description="How many of its enterprises are eligible.")
    listing: PoolListing = Field(description="The pool in full.")


class PreviousDraw(Model):
    """An earlier draw of the same group that this draw was made given."""

    prefecture: str = Field(description="The target it drew.")
    record_digest: Sha256 = Field(description="The digest of its record.")
    selected: Texts = Field(description="The ids it drew, in order.")


class BeaconPart(Model):
    """A seed part that is a public number published after the commitment (docs §17)."""

    part: Annotated[int, Field(ge=1, le=64)] = Field(description="Which part, from 1.")
    name: str = Field(description="The number as named in the seed commitment.")


class Seed(Model):
    """The seed, and how it was made from what was rolled."""

    value: str = Field(description="The seed the random numbers come from.")
    derived_from: str | None = Field(
        description='The seed given to `draw`, when `value` is "SEED/GROUP/PREFECTURE"; else null.'
    )
    parts: Texts = Field(description="The parties' seed parts, when combined; else empty.")
    rule: str | None = Field(description="How `value` was made, in words; null when as entered.")
    parties: Texts | SkipJsonSchema[None] = left_out_when_none(
        "Who gave each part, in the order of `parts` (the ceremony asks); left out when not asked."
    )
    beacons: Annotated[tuple[BeaconPart, ...], AS_LIST] | SkipJsonSchema[None] = left_out_when_none(
        "The parts that are published public numbers (beacons); left out when none is."
    )


class Counts(Model):
    """How many selections the draw chose among."""

    group_valid_selections: DecimalText = Field(
        description="Valid selections of the whole group (Q1-Q5)."
    )
    this_draw: DecimalText = Field(
        description="Weighted selections of this target the random integer picks among."
    )


class RandomDraw(Model):
    """The random integer and where in the seed's stream it came from (docs §6)."""

    integer: DecimalText = Field(description="The integer drawn, 0 <= integer < bound.")
    bound: DecimalText = Field(description="The number of choices it was drawn among.")
    first_index: Count = Field(description="The stream's first block index used.")
    next_index: Count = Field(description="The block index after the last one used.")
    rejected: Count = Field(description="Candidates rejected to keep the draw exactly uniform.")


class SelectedItem(Model):
    """An enterprise drawn."""

    id: str = Field(description="Its USCC.")
    name: str = Field(description="Its name in the enterprise list.")
    county: str = Field(description="Its county.")
    tags: Texts = Field(description="Its categories, sorted.")
    probability: FractionText = Field(description="Its exact chance of being drawn, p/q.")

    @property
    def odds(self) -> Fraction:
        return parse_fraction(self.probability)


class WitnessNames(Model):
    """Q6: who was present, as typed; empty when not given."""

    witness: str = Field(description="见证人.")
    drawer: str = Field(description="抽签人.")
    bureau_rep: str = Field(description="被检查市州局代表.")
    leader: str | SkipJsonSchema[None] = left_out_when_none(
        "组长, the group leader; left out when not asked."
    )
    guide: str | SkipJsonSchema[None] = left_out_when_none(
        "The provincial guide (省厅指导), when the plan names one; left out otherwise."
    )


class WaivedRule(Model):
    """A rule the draw was made without, and why."""

    rule: str = Field(description='The rule, e.g. "Q3".')
    reason: str = Field(description="Why, as typed.")


DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
IsoDate = Annotated[str, Field(pattern=DATE_PATTERN, description="A day, ISO 8601: YYYY-MM-DD.")]


class InspectedCutoffSpec(Model):
    """E3: enterprises last inspected on or after `since` were left out (docs §5)."""

    since: IsoDate = Field(description="The first day an inspection leaves an enterprise out.")
    within_days: Count | SkipJsonSchema[None] = left_out_when_none(
        "The plan's rules.exclude_inspected_within_days, when `since` was counted back from "
        "`as_of`; left out when --exclude-inspected-since gave `since`."
    )
    as_of: IsoDate | SkipJsonSchema[None] = left_out_when_none(
        "--as-of: the day `within_days` count back from; left out with `within_days`."
    )


class RecordInputs(Model):
    """What decided the E3 exclusions besides the enterprise list (issue 11: bound inputs)."""

    exclusions_sha256: Sha256 | None = Field(
        description="SHA-256 of the bytes of the --exclude file; null when none was given."
    )
    inspected: InspectedCutoffSpec | None = Field(
        description="The recent-inspection rule in force; null when none was."
    )


class DrawRecord(Model):
    """The record of one prefecture draw: everything needed to re-derive it (docs §11)."""

    schema_id: Literal["crossdraw-record/1"] = Field(
        alias="schema", description="The record format: crossdraw-record/1."
    )
    algorithm: Literal["crossdraw-draw-v1"] = Field(description="The draw algorithm (docs §6).")
    waivers: Annotated[tuple[WaivedRule, ...], AS_LIST] = Field(
        description="Rules waived for this draw."
    )
    tool: Tool = Field(description="The program that made the record.")
    plan: PlanRef = Field(description="The plan, by title, year and file digest.")
    group: GroupRef = Field(description="The group the target belongs to.")
    enterprises_sha256: Sha256 = Field(description="SHA-256 of the enterprise list's bytes.")
    enterprises_file: StrictStr | SkipJsonSchema[None] = left_out_when_none(
        "The enterprise list's file name (no folder), as the draw read it; left out in "
        "records made before crossdraw recorded it."
    )
    sample_data: Literal[True] | SkipJsonSchema[None] = left_out_when_none(
        "true when the list was the bundled fictional sample (示例数据，不得用于正式抽签); "
        "left out otherwise."
    )
    inputs: RecordInputs | SkipJsonSchema[None] = left_out_when_none(
        "The exclusion file and recent-inspection rule the draw used (E3); left out only "
        "in records written before crossdraw recorded them."
    )
    rules: RulesSpec = Field(description="The quota rules applied (Q1-Q5).")
    requirements_in_force: Annotated[tuple[RequirementInForce, ...], AS_LIST] = Field(
        description="The quotas as they applied to these pools."
    )
    pools: Annotated[tuple[PoolRecord, ...], AS_LIST] = Field(
        description="The pool of each of the group's targets, in the plan's order."
    )
    target: str = Field(description="The target prefecture drawn.")
    previous: Annotated[tuple[PreviousDraw, ...], AS_LIST] = Field(
        description="The group's earlier draws this one was made given."
    )
    seed: Seed = Field(description="The seed and how it was made.")
    counts: Counts = Field(description="How many selections the draw chose among.")
    random: RandomDraw = Field(description="The random integer that picked the selection.")
    selected: Annotated[tuple[SelectedItem, ...], AS_LIST] = Field(
        description="The enterprises drawn, in the order drawn."
    )
    witnesses: WitnessNames = Field(description="Q6: who was present.")
    place: str = Field(description="Where the draw took place.")
    drawn_at: str = Field(description="When, ISO 8601 in UTC.")
    digest: Sha256 = Field(
        description="SHA-256 of the canonical JSON of the record without `digest` and `signature`."
    )
    signature: Signature | SkipJsonSchema[None] = left_out_when_none(
        "A signature of `digest`; left out when the draw was not signed."
    )

    @field_validator("enterprises_file", "sample_data", mode="before")
    @classmethod
    def _check_optional(cls, value: Any) -> Any:
        if value is None:
            raise ValueError("should not be null (leave the key out)")
        return value

    @field_validator("signature", mode="before")
    @classmethod
    def _check_signature(cls, value: Any) -> Any:
        if value is None:
            raise ValueError("should be an object { }, not null (leave the key out when unsigned)")
        return value

    @field_validator("inputs", mode="before")
    @classmethod
    def _check_inputs(cls, value: Any) -> Any:
        if value is None:
            raise ValueError("should be an object { }, not null (leave the key out when absent)")
        return value

    @classmethod
    def parse(cls, data: bytes, where: str) -> DrawRecord:
        """A record file's bytes; InputError naming `where` and each problem's JSON path."""
        return cls.from_parsed(read_json(data, where, what=WHAT), where)

    @classmethod
    def from_parsed(cls, value: Any, where: str) -> DrawRecord:
        """The record of a file's value as the strict reader gave it (see `parse`)."""
        what = WHAT
        if not isinstance(value, dict) or "schema" not in value:
            raise InputError.one(where, f"not {what} (no 'schema' field)")
        schema, algorithm = value.get("schema"), value.get("algorithm")
        if schema != SCHEMA or algorithm != ALGORITHM:
            raise InputError.one(
                where,
                f"record schema {schema!r} / algorithm {algorithm!r} is not one this crossdraw "
                f"reads ({SCHEMA}, {ALGORITHM}); a newer crossdraw may have written it",
            )
        return cls.from_value(value, where, kind=f"a {SCHEMA} record")

    @property
    def key(self) -> TargetKey:
        return TargetKey(self.plan.title, self.plan.year, self.group.id, self.target)

    @property
    def selected_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.selected)

    @property
    def signed_by(self) -> str | None:
        """The fingerprint of the key that signed the record, or None when unsigned."""
        return self.signature.fingerprint if self.signature is not None else None

    def with_signature(self, signature: Signature) -> DrawRecord:
        """The record with `signature` added (its digest leaves the signature out)."""
        signed = self.model_copy(update={"signature": signature})
        if self._json is not None:
            signed._json = {**self._json, "signature": signature.as_json()}
        return signed
