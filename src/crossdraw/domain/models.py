"""The values crossdraw works on: the plan (strict pydantic models) and enterprises."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from typing_extensions import Self

from crossdraw.domain.errors import Worded
from crossdraw.domain.space import MAX_STEPS, rules_steps
from crossdraw.domain.vocab import TAGS

LARGEST_INT = 2**53 - 1  # what a record's JSON keeps exact (records/jsonfile.py)
MAX_DAYS = 36_600  # a century: more is a typo, and dates past it overflow


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False)


class PlanInfo(StrictModel):
    """P6: the plan's title, year and dates."""

    title: str
    year: int = Field(ge=1, le=9999)
    deadline: dt.date
    extended_deadline: dt.date | None = None
    roster_due: dt.date | None = None
    summary_due: dt.date | None = None


class Requirement(StrictModel):
    """A per-group category quota (Q3, Q4); `substitutes` is the Q5 stand-in rule."""

    id: str
    name: str
    any_of: tuple[str, ...] = Field(min_length=1)
    at_least: int = Field(default=1, ge=1, le=LARGEST_INT)
    substitutes: dict[str, str] = Field(default_factory=dict)

    @field_validator("any_of")
    @classmethod
    def _check_any_of(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [t for t in value if t not in TAGS]
        if unknown:
            raise ValueError(_unknown_category(unknown))
        return value

    @field_validator("substitutes")
    @classmethod
    def _check_substitutes(cls, value: dict[str, str]) -> dict[str, str]:
        unknown = [t for pair in value.items() for t in pair if t not in TAGS]
        if unknown:
            raise ValueError(_unknown_category(unknown))
        return value


def _unknown_category(unknown: list[str]) -> str:
    """A plan naming a category that is not one of the eight (load/planfile words it)."""
    english = f"unknown category {', '.join(unknown)}; known: {', '.join(TAGS)}"
    return Worded(english, "plan_unknown_category", names=tuple(unknown), known=tuple(TAGS))


class Rules(StrictModel):
    """The quota settings (P1, P2, Q1, Q2, Q3-Q5) with the 2021 plan's defaults."""

    members_per_group: int = Field(default=2, ge=1, le=LARGEST_INT)  # P1
    targets_per_group: int = Field(default=2, ge=1, le=LARGEST_INT)  # P2
    per_prefecture: int = Field(default=2, ge=1, le=LARGEST_INT)  # Q1
    min_counties: int = Field(default=2, ge=0, le=LARGEST_INT)  # Q2
    requirements: tuple[Requirement, ...] = ()
    # E3: leave out enterprises inspected this many days before the draw's --as-of date.
    exclude_inspected_within_days: int | None = Field(default=None, ge=1, le=MAX_DAYS)

    @model_validator(mode="after")
    def _check_state_space(self) -> Self:
        """Counting under these rules must be possible at all (issue 11: bounded)."""
        needed = rules_steps(
            self.per_prefecture, self.min_counties, [r.at_least for r in self.requirements]
        )
        if needed > MAX_STEPS:
            english = (
                f"counting the valid selections under these rules would take at least "
                f"{needed:,} steps, more than the {MAX_STEPS:,} crossdraw allows "
                "(per_prefecture, min_counties and the requirements' at_least multiply the "
                "states; no plan needs this many)"
            )
            fields = {"needed": f"{needed:,}", "limit": f"{MAX_STEPS:,}"}
            raise ValueError(Worded(english, "plan_too_many_steps", **fields))
        return self


class Person(StrictModel):
    name: str
    title: str = ""


class Officer(StrictModel):
    name: str
    certificate: str = ""
    prefecture: str = ""
    leader: bool = False


class Roster(StrictModel):
    """P5: the group's enforcement officers and experts."""

    officers: tuple[Officer, ...] = ()
    experts: tuple[Person, ...] = ()


class Group(StrictModel):
    id: int = Field(ge=1, le=LARGEST_INT)
    name: str
    members: tuple[str, ...]
    targets: tuple[str, ...]
    guide: Person | None = None
    roster: Roster | None = None

    @property
    def lead(self) -> str:
        """P1: the first member prefecture leads."""
        return self.members[0]


class PrefectureSpec(StrictModel):
    name: str
    aliases: tuple[str, ...] = ()
    counties: tuple[str, ...] = Field(min_length=1)


class Plan(StrictModel):
    """A whole cross-enforcement plan as `groups.yaml` gives it (names resolved)."""

    plan: PlanInfo
    rules: Rules = Rules()
    groups: tuple[Group, ...] = Field(min_length=1)
    prefectures: tuple[PrefectureSpec, ...] | None = None

    def group(self, group_id: int) -> Group:
        for g in self.groups:
            if g.id == group_id:
                return g
        raise KeyError(group_id)


@dataclass(frozen=True, slots=True)
class Enterprise:
    """One row of the enterprise list, validated; tags are canonical and sorted."""

    id: str
    name: str
    prefecture: str
    county: str
    sector: str
    tags: tuple[str, ...]
    provincial_direct: bool
    row: int  # 1-based line (CSV) or row (worksheet) of the source, for messages
    last_inspected: dt.date | None = None  # E3: excluded when inspected recently
    risk_grade: str = ""  # as the bureau grades it; shown, not judged
