"""The library API: what a script needs, as plain functions (re-exported by `crossdraw`).

import crossdraw
plan = crossdraw.load_plan("data/groups.yaml")
outcome = crossdraw.draw_target("data/groups.yaml", "data/enterprises.csv",
                                group=1, prefecture="湘潭", seed="38201749561023847561")
report = crossdraw.verify_folder("draws")
verdict = crossdraw.judge_list("data/groups.yaml", "data/enterprises.csv", ["proposed.csv"])
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from crossdraw.domain.rules import Verdict
from crossdraw.load.enterprises import EnterpriseList, load_enterprises
from crossdraw.load.planfile import LoadedPlan
from crossdraw.load.planfile import load_plan as _load_plan
from crossdraw.records.record import Witnesses
from crossdraw.services.drawing import DrawOutcome, DrawRequest, draw
from crossdraw.services.inputs import InputSpec
from crossdraw.services.validating import ValidateRequest, validate
from crossdraw.services.verifying import VerifyReport, VerifyRequest, verify
from crossdraw.store.account import FolderAccount, read_account

__all__ = [
    "draw_target",
    "judge_list",
    "load_enterprise_list",
    "load_plan",
    "read_folder",
    "verify_folder",
]


def load_plan(groups: str | Path) -> LoadedPlan:
    """The plan file (groups.yaml), checked; InputError listing every problem."""
    return _load_plan(Path(groups))


def load_enterprise_list(
    enterprises: str | Path, groups: str | Path, *, sheet: str | None = None
) -> EnterpriseList:
    """The enterprise list (CSV or .xlsx), read against the plan's geography."""
    return load_enterprises(Path(enterprises), load_plan(groups).geography, sheet=sheet)


def draw_target(
    groups: str | Path,
    enterprises: str | Path,
    *,
    group: int,
    prefecture: str,
    seed: str,
    out: str | Path = "draws",
    witness: str = "",
    drawer: str = "",
    bureau_rep: str = "",
    place: str = "",
) -> DrawOutcome:
    """Draw one target of a group with the seed as rolled; writes its record and ledger line."""
    return draw(
        DrawRequest(
            inputs=InputSpec(Path(groups), Path(enterprises)),
            seed=seed,
            out=Path(out),
            group=group,
            prefecture=prefecture,
            witnesses=Witnesses(witness, drawer, bureau_rep, place),
        )
    )


def read_folder(folder: str | Path) -> FolderAccount:
    """What a draws folder says: standing and voided draws, open commitments, problems."""
    return read_account(Path(folder))


def verify_folder(
    folder: str | Path,
    *,
    enterprises: str | Path | None = None,
    groups: str | Path | None = None,
) -> VerifyReport:
    """Re-derive every record of the folder and check its ledger; `.ok` says it all holds."""
    return verify(
        VerifyRequest(
            paths=(Path(folder),),
            enterprises=Path(enterprises) if enterprises is not None else None,
            groups=Path(groups) if groups is not None else None,
        )
    )


def judge_list(
    groups: str | Path,
    enterprises: str | Path,
    lists: Sequence[str | Path],
    *,
    complete: bool = False,
) -> Verdict:
    """Judge proposed LIST files (or draw records) against E1-E3, Q1-Q5, Q7, T1-T2."""
    spec = InputSpec(Path(groups), Path(enterprises))
    return validate(ValidateRequest(spec, tuple(Path(p) for p in lists), complete=complete)).verdict
