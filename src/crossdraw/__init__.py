"""crossdraw: the witnessed, exactly fair lottery of a cross-enforcement plan.

The library API (`crossdraw.services.api`), loaded on first use so that the command
line starts fast: `load_plan`, `load_enterprise_list`, `draw_target`, `read_folder`,
`verify_folder`, `judge_list`.
"""

from __future__ import annotations

from typing import Any

from crossdraw.domain.version import __version__

_API = (
    "draw_target",
    "judge_list",
    "load_enterprise_list",
    "load_plan",
    "read_folder",
    "verify_folder",
)
__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    if name in _API:
        from crossdraw.services import api

        return getattr(api, name)
    raise AttributeError(f"module 'crossdraw' has no attribute {name!r}")
