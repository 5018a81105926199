"""Start-up stays quick: `crossdraw --version` and help load none of the heavy libraries."""

from __future__ import annotations

import subprocess
import sys

import pytest

# The heavy optional libraries load only in the commands that need them: Excel
# (openpyxl), signatures (cryptography) and the sign-off sheet's QR code (segno).
# Nor does the core: the command modules import it inside the commands (issue 6).
HEAVY = (
    "openpyxl",
    "cryptography",
    "segno",
    "jinja2",
    "crossdraw.domain.models",
    "crossdraw.lottery.counting",
    "crossdraw.domain.rules",
    "crossdraw.load.planfile",
    "crossdraw.load.enterprises",
    "pydantic.main",
    "rich.table",
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
