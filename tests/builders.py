"""Plain values shared by the core tests."""

from __future__ import annotations

from typing import Any

from crossdraw.domain.canonical import digest
from crossdraw.domain.models import Requirement, Rules
from crossdraw.records.record import UNDIGESTED

# The 2021 plan's quota rules (Q1 2 per target, Q2 2 counties, Q3, Q4 with the Q5 stand-in).
RULES_2021 = Rules(
    requirements=(
        Requirement(id="Q3", name="金属冶炼", any_of=("metal_smelting",)),
        Requirement(
            id="Q4",
            name="水泥、粉尘涉爆、涉氨制冷",
            any_of=("cement", "dust_explosion", "ammonia_refrigeration"),
            substitutes={"cement": "building_materials"},
        ),
    )
)


def with_digest(value: dict[str, Any]) -> dict[str, Any]:
    """A record's object (as stored) edited by a test, with its digest recomputed: what
    someone who edits a record file can always do (only a signature stops them)."""
    return {**value, "digest": digest({k: v for k, v in value.items() if k not in UNDIGESTED})}
