"""The commitment sheet: what witnesses sign before any seed exists (pools, rules, people)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from crossdraw.domain.canonical import digest
from crossdraw.domain.models import Group
from crossdraw.domain.pool import Pool
from crossdraw.lottery.counting import Quota
from crossdraw.records.models import COMMITMENT_SCHEMA, Commitment
from crossdraw.records.record import Witnesses, file_part, in_force_json

SCHEMA = COMMITMENT_SCHEMA


def commitment_document(
    *,
    plan_title: str,
    plan_sha256: str,
    enterprises_sha256: str,
    group: Group,
    target: str,
    pools: Sequence[Pool],
    quota: Quota,
    witnesses: Witnesses,
    at: str,
    enterprises_file: str | None = None,
    sample: bool = False,
) -> Commitment:
    """The commitment of one target's draw, with its digest (canonical JSON, docs §4).

    `enterprises_file` (the list's file name) and `sample` (the bundled fictional list)
    are left out when absent, so a commitment made without them keeps its digest."""
    body: dict[str, Any] = {
        "schema": SCHEMA,
        "plan": {"title": plan_title, "sha256": plan_sha256},
        "enterprises_sha256": enterprises_sha256,
        **({"enterprises_file": enterprises_file} if enterprises_file is not None else {}),
        **({"sample_data": True} if sample else {}),
        "group": {"id": group.id, "name": group.name, "targets": list(group.targets)},
        "target": target,
        "pools": [
            {
                "prefecture": p.prefecture,
                "digest": p.digest,
                "eligible": len(p.eligible),
                "total": len(p.entries),
                "excluded": [{"id": e.id, "reason": e.excluded} for e in p.excluded],
            }
            for p in pools
        ],
        "requirements_in_force": in_force_json(quota.requirements),
        "present": {
            "witness": witnesses.witness,
            "drawer": witnesses.drawer,
            "bureau_rep": witnesses.bureau_rep,
            "place": witnesses.place,
            **({"leader": witnesses.leader} if witnesses.leader else {}),
            **({"guide": witnesses.guide} if witnesses.guide else {}),
        },
        "at": at,
    }
    return Commitment.from_value({**body, "digest": digest(body)}, "the new commitment")


def commitment_file_name(group: int, prefecture: str, commitment_digest: str) -> str:
    """The file name of a commitment, like a record's (records/record.py record_file_name):
    commitment-groupN-PREF-<first 12 hex of its digest>.json; never a path out of the folder."""
    return f"commitment-group{group}-{file_part(prefecture)}-{commitment_digest[:12]}.json"
