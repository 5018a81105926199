"""Gathering a command's inputs: the plan, the enterprise list and exclusions, loaded once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crossdraw.domain.errors import InputError, Problem
from crossdraw.domain.models import Enterprise, Group
from crossdraw.domain.pool import Pool, build_pool
from crossdraw.load.enterprises import EnterpriseList, load_enterprises
from crossdraw.load.exclusions import (
    InspectedCutoff,
    cutoff_json,
    inspected_cutoff,
    load_exclusions,
    recently_inspected,
)
from crossdraw.load.planfile import LoadedPlan, load_plan
from crossdraw.load.textfile import parse_when
from crossdraw.output.messages import say
from crossdraw.store.storage import file_sha256


@dataclass(frozen=True)
class Inputs:
    plan: LoadedPlan
    enterprises: EnterpriseList
    exclusions: Mapping[str, str]
    warnings: tuple[Problem, ...] = ()
    exclusions_sha256: str | None = None  # of the --exclude file's bytes, when given
    cutoff: InspectedCutoff | None = None  # E3's recent-inspection rule, when in force

    def record_inputs(self) -> dict[str, Any]:
        """The record's `inputs`: what decided E3 besides the list (verify checks it)."""
        return {
            "exclusions_sha256": self.exclusions_sha256,
            "inspected": cutoff_json(self.cutoff) if self.cutoff is not None else None,
        }

    def of_group(self, group: Group) -> dict[str, Enterprise]:
        """The enterprises of the group's targets by id: all a draw of the group looks up."""
        return {e.id: e for t in group.targets for e in self.enterprises.in_prefecture(t)}

    def group(self, group_id: int) -> Group:
        try:
            return self.plan.plan.group(group_id)
        except KeyError:
            known = ", ".join(str(g.id) for g in self.plan.plan.groups)
            raise InputError.one(
                "--group", say("input.no_group", plan=self.plan.path, id=group_id, known=known)
            ) from None

    def pool(self, prefecture: str) -> Pool:
        return build_pool(prefecture, self.enterprises.in_prefecture(prefecture), self.exclusions)

    def pools(self, group: Group) -> tuple[Pool, ...]:
        return tuple(self.pool(t) for t in group.targets)

    def target(self, group: Group, name: str) -> str:
        """The canonical name of one of the group's targets, as a user typed it."""
        canonical = self.plan.geography.resolve(name)
        if canonical is None or canonical not in group.targets:
            targets = "、".join(group.targets)
            raise InputError.one(
                "--prefecture",
                say("input.not_target", name=name, group=group.name, targets=targets),
            )
        return canonical


def load_inputs(
    groups: Path,
    enterprises: Path,
    exclude: Path | None = None,
    *,
    strict: bool = False,
    sheet: str | None = None,
    inspected_since: dt.date | None = None,
    as_of: dt.date | None = None,
) -> Inputs:
    """Load and cross-check every input, reporting all problems of all files at once.

    E3 exclusions come from the `exclude` file and from recent inspections
    (`inspected_since`, or the plan's rules.exclude_inspected_within_days counted
    back from `as_of`); an enterprise in both keeps the file's reason.
    """
    problems: list[Problem] = []
    plan = load_plan(groups)
    cutoff: InspectedCutoff | None = None
    try:
        cutoff = inspected_cutoff(
            plan.plan.rules.exclude_inspected_within_days, as_of, inspected_since
        )
    except InputError as exc:
        problems.extend(exc.problems)
    try:
        listing = load_enterprises(enterprises, plan.geography, strict=strict, sheet=sheet)
    except InputError as exc:
        problems.extend(exc.problems)
    exclusions: dict[str, str] = {}
    exclusions_sha256: str | None = None
    if exclude is not None:
        try:
            exclusions_sha256 = file_sha256(exclude)
            exclusions = load_exclusions(exclude)
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    warnings = list(listing.warnings)
    if exclusions:
        known = listing.by_id()
        warnings.extend(
            Problem(str(exclude), say("input.excluded_unknown", id=i, list=enterprises))
            for i in exclusions
            if i not in known
        )
    within = plan.plan.rules.exclude_inspected_within_days
    if inspected_since is not None and within is not None:
        warnings.append(
            Problem(
                "--exclude-inspected-since",
                say("input.since_instead", within=within),
            )
        )
    if cutoff is not None:
        if all(e.last_inspected is None for e in listing.enterprises):
            warnings.append(
                Problem(
                    str(enterprises),
                    say("input.no_last_inspected"),
                )
            )
        exclusions = {**recently_inspected(listing.enterprises, cutoff), **exclusions}
    return Inputs(plan, listing, exclusions, tuple(warnings), exclusions_sha256, cutoff)


def option_date(option: str, text: str | None) -> dt.date | None:
    """A date option as typed (2021-03-02, 2021/3/2, 2021年3月2日); InputError otherwise."""
    if text is None:
        return None
    parsed = parse_when(text.strip())
    if parsed is None or parsed[1]:
        raise InputError.one(option, say("input.not_date", text=text))
    return parsed[0].date()


@dataclass(frozen=True)
class InputSpec:
    """Where a command's inputs are, as given on its command line."""

    groups: Path
    enterprises: Path
    exclude: Path | None = None
    strict: bool = False
    sheet: str | None = None
    inspected_since: str | None = None
    as_of: str | None = None

    def load(self) -> Inputs:
        return load_inputs(
            Path(self.groups),
            Path(self.enterprises),
            self.exclude,
            strict=self.strict,
            sheet=self.sheet,
            inspected_since=option_date("--exclude-inspected-since", self.inspected_since),
            as_of=option_date("--as-of", self.as_of),
        )
