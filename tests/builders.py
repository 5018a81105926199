"""Plain values shared by the core tests."""

from __future__ import annotations

from crossdraw.domain.models import Requirement, Rules

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
