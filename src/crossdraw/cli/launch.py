"""`crossdraw`'s entry point: start reading a workbook list, then run the command.

calamine parses a workbook's sheet with Python's lock released (about half a second
for 100,000 rows); started before the command line's modules are imported, the parse
runs beside the imports instead of after them (figure 6 of `make bench`). The list's
path is looked for in the arguments as Typer reads them (`--enterprises PATH` or
`--enterprises=PATH`, and `--sheet NAME`); Typer still parses the command line, and a
read nobody asks for costs only its thread (`crossdraw.load.workbook.read_ahead`).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence


def main() -> None:
    # The collector stays off for the whole command (see cli.app.main), from before the
    # read-ahead's pause begins: its end would otherwise turn it back on.
    gc.disable()
    _read_ahead(sys.argv[1:])
    from crossdraw.cli.app import main as run

    run()


def option(args: Sequence[str], name: str) -> str | None:
    """The value given to the option `name` (`--name VALUE` or `--name=VALUE`), or None."""
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == name and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith(name + "="):
            return arg[len(name) + 1 :]
    return None


def _read_ahead(args: Sequence[str]) -> None:
    path = option(args, "--enterprises")
    if path is None:
        return
    from pathlib import Path

    from crossdraw.load.workbook import read_ahead

    read_ahead(Path(path), option(args, "--sheet"))
