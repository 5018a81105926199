"""Run a crossdraw command as shipped, or with one speed workaround replaced by its plain path.

    python benchmarks/variant.py shipped odds --group 1 ...   # the command as it is
    python benchmarks/variant.py plain-table odds --group 1 ...

The benchmark times both side by side (figure 5), so a workaround's gain is measured
on the command a user runs. Both variants import the same modules before the command.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence

from rich.console import Console

import crossdraw.cli.render as render
import crossdraw.load.bulk as bulk
import crossdraw.store.storage as storage
from crossdraw.cli.app import main
from crossdraw.cli.safe import visible


def plain_bulk() -> None:
    """Every CSV list through csv.reader and the row checker (enterprises._check)."""
    bulk.read_clean = lambda *args, **kwargs: None


def plain_json() -> None:
    """Records written by json.dumps(indent=2) alone."""
    storage.indented_json = lambda value, memo=None: json.dumps(value, ensure_ascii=False, indent=2)


def plain_table() -> None:
    """A plain Rich table for the odds tables."""

    def print_table(
        console: Console, title: str, columns: Sequence[str], rows: Sequence[Sequence[str]]
    ) -> None:
        shown = [[visible(cell) for cell in row] for row in rows]
        console.print(render._table(title, columns, shown))

    render.print_table = print_table
    import crossdraw.cli.cmd_draw as cmd_draw

    cmd_draw.print_table = print_table  # type: ignore[attr-defined]


VARIANTS: dict[str, Callable[[], None]] = {
    "shipped": lambda: None,
    "plain-bulk": plain_bulk,
    "plain-json": plain_json,
    "plain-table": plain_table,
}


if __name__ == "__main__":
    variant, *args = sys.argv[1:]
    VARIANTS[variant]()
    sys.argv = ["crossdraw", *args]
    main()
