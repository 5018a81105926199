"""Start-up stays quick: `crossdraw --version` and help load no core or heavy modules."""

from __future__ import annotations

import subprocess
import sys

import pytest

# What a command loads only when it runs: the core (pydantic models, counting, rules,
# loaders), Rich's tables, and the heavy optional libraries (Excel, signing, HTML).
HEAVY = (
    "crossdraw.models",
    "crossdraw.counting",
    "crossdraw.rules",
    "crossdraw.planfile",
    "crossdraw.enterprises",
    "pydantic.main",
    "rich.table",
    "openpyxl",
    "cryptography",
    "jinja2",
)
PROBE = """
import sys
from crossdraw.cli.app import app
try:
    app({args!r})
except SystemExit:
    pass
print(" ".join(sorted(sys.modules)))
"""


@pytest.mark.parametrize("args", [["--version"], ["--help"]], ids=" ".join)
def test_start_up_loads_no_heavy_module(args: list[str]) -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=args)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    loaded = set(out.splitlines()[-1].split())
    assert not [m for m in HEAVY if m in loaded]
