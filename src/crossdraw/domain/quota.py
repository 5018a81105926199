"""The category quotas in force for one group (Q3, Q4), with the Q5 substitution applied."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from crossdraw.domain.models import Requirement, Rules
from crossdraw.domain.pool import Pool
from crossdraw.domain.vocab import tag_label


@dataclass(frozen=True)
class ActiveRequirement:
    """A requirement as judged for one group: its categories after any substitution."""

    id: str
    name: str
    categories: tuple[str, ...]  # sorted canonical tags; an enterprise with any of them counts
    at_least: int
    substituted: tuple[tuple[str, str], ...] = ()  # (missing category, stand-in) pairs

    def counts(self, tags: Iterable[str]) -> bool:
        return any(t in self.categories for t in tags)

    def describe(self) -> str:
        cats = "、".join(tag_label(c) for c in self.categories)
        text = f"{self.id} {self.name}: ≥{self.at_least} of [{cats}]"
        for missing, stand_in in self.substituted:
            text += f" (Q5: no eligible {tag_label(missing)} enterprise in any target, "
            text += f"{tag_label(stand_in)} counts instead)"
        return text


def activate(requirement: Requirement, pools: Sequence[Pool]) -> ActiveRequirement:
    """Q5: a category no target pool has at all may be stood in for; judged on eligible pools."""
    present = {t for pool in pools for e in pool.eligible for t in e.tags}
    categories = set(requirement.any_of)
    substituted = []
    for missing, stand_in in sorted(requirement.substitutes.items()):
        if missing not in present:
            categories.add(stand_in)
            substituted.append((missing, stand_in))
    return ActiveRequirement(
        id=requirement.id,
        name=requirement.name,
        categories=tuple(sorted(categories)),
        at_least=requirement.at_least,
        substituted=tuple(substituted),
    )


def active_requirements(
    rules: Rules, pools: Sequence[Pool], waived: Collection[str] = ()
) -> tuple[ActiveRequirement, ...]:
    """The group's requirements in plan order, less any waived by rule ID."""
    return tuple(activate(r, pools) for r in rules.requirements if r.id not in waived)
