"""Looking at a plan before any draw: `plan check` (P1-P6) and each target's pool (E1-E3, Q5)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crossdraw.domain.errors import Problem
from crossdraw.domain.models import Group
from crossdraw.domain.pool import Pool
from crossdraw.domain.rules import Finding, check_plan
from crossdraw.load.planfile import LoadedPlan, load_plan
from crossdraw.lottery.counting import Quota
from crossdraw.lottery.draw import quota_for
from crossdraw.services.inputs import Inputs, InputSpec


@dataclass(frozen=True)
class PlanCheck:
    loaded: LoadedPlan
    findings: tuple[Finding, ...]

    @property
    def valid(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)


def check(groups: Path) -> PlanCheck:
    """The plan file's groups and the verdict on P1-P6."""
    loaded = load_plan(Path(groups))
    return PlanCheck(loaded, tuple(check_plan(loaded.plan, loaded.geography)))


@dataclass(frozen=True)
class PoolsOutcome:
    inputs: Inputs
    group: Group
    quota: Quota
    shown: tuple[Pool, ...]
    warnings: tuple[Problem, ...]


def pools(spec: InputSpec, group: int, prefecture: str | None = None) -> PoolsOutcome:
    """The eligible pool of each of the group's targets (or of one), and the quotas in force."""
    inputs = spec.load()
    grp = inputs.group(group)
    all_pools = inputs.pools(grp)
    quota = quota_for(inputs.plan.plan.rules, all_pools)
    shown = all_pools if prefecture is None else (inputs.pool(inputs.target(grp, prefecture)),)
    return PoolsOutcome(inputs, grp, quota, shown, tuple(inputs.warnings))
