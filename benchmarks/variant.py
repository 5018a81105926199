"""Run a crossdraw command as shipped, or with one speed workaround replaced by its plain path.

    python benchmarks/variant.py shipped odds --group 1 ...   # the command as it is
    python benchmarks/variant.py plain-table odds --group 1 ...

The benchmark times both side by side (figure 5), so a workaround's gain is measured
on the command a user runs. Both variants import the same modules before the command.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from rich.console import Console

import crossdraw.cli.render as render
import crossdraw.load.bulk as bulk
import crossdraw.load.workbook as workbook
from crossdraw.cli.app import main
from crossdraw.cli.safe import visible


def plain_bulk() -> None:
    """Every CSV list through csv.reader and the row checker (enterprises._check)."""
    bulk.read_clean = lambda *args, **kwargs: None


def plain_table() -> None:
    """A plain Rich table for the odds tables."""

    def print_table(
        console: Console,
        title: str,
        columns: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        unsplit: Sequence[bool] = (),
    ) -> None:
        del unsplit  # the shipped table keeps those columns whole; the plain one folds all
        shown = [[visible(cell) for cell in row] for row in rows]
        console.print(render._table(title, columns, shown))

    shipped = render.print_table
    for name, module in list(sys.modules.items()):  # wherever a command imported it from
        if name.startswith("crossdraw.") and getattr(module, "print_table", None) is shipped:
            module.print_table = print_table  # type: ignore[attr-defined]


def no_read_ahead() -> None:
    """A workbook list read when the command asks for it, not while it imports."""
    workbook.read_ahead = lambda path, sheet=None: None


VARIANTS: dict[str, Callable[[], None]] = {
    "shipped": lambda: None,
    "plain-bulk": plain_bulk,
    "plain-table": plain_table,
    "no-read-ahead": no_read_ahead,
}


if __name__ == "__main__":
    variant, *args = sys.argv[1:]
    VARIANTS[variant]()
    sys.argv = ["crossdraw", *args]
    main()
