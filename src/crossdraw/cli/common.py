"""What every command shares: option types, consoles, input loading and the error edge."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from crossdraw import exitcodes
from crossdraw.errors import CrossdrawError, InfeasibleError, InputError, Problem

GroupsOpt = Annotated[
    Path,
    typer.Option(
        "--groups",
        envvar="CROSSDRAW_GROUPS",
        help="The plan: groups, targets and quota rules (YAML).",
        show_default=True,
    ),
]
EnterprisesOpt = Annotated[
    Path,
    typer.Option(
        "--enterprises",
        envvar="CROSSDRAW_ENTERPRISES",
        help="The enterprise list (CSV, UTF-8 or GB18030).",
        show_default=True,
    ),
]
ExcludeOpt = Annotated[
    Path | None,
    typer.Option("--exclude", help="E3: CSV of id,reason rows to exclude from the pool."),
]
StrictOpt = Annotated[
    bool, typer.Option("--strict", help="Treat USCC check-character problems as errors.")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]

DEFAULT_GROUPS = Path("data/groups.yaml")
DEFAULT_ENTERPRISES = Path("data/enterprises.csv")


def out_console() -> Console:
    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)


def err_console() -> Console:
    return Console(stderr=True, soft_wrap=True, width=None if sys.stderr.isatty() else 160)


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def warn(problems: tuple[Problem, ...] | list[Problem], *, limit: int = 10) -> None:
    if not problems:
        return
    err = err_console()
    for p in problems[:limit]:
        err.print(f"[yellow]warning[/yellow] {escape(str(p))}", markup=True, highlight=False)
    if len(problems) > limit:
        err.print(f"[yellow]warning[/yellow] … and {len(problems) - limit} more", markup=True)


def fail(code: int, lines: list[str] | tuple[str, ...], heading: str = "error") -> NoReturn:
    err = err_console()
    for line in lines:
        err.print(f"[red]{heading}[/red] {escape(line)}", markup=True, highlight=False)
    raise typer.Exit(code=code)


@contextmanager
def user_errors() -> Iterator[None]:
    """The CLI edge: domain errors become a message on stderr and an exit code."""
    try:
        yield
    except InputError as exc:
        fail(exitcodes.BAD_INPUT, [str(p) for p in exc.problems])
    except InfeasibleError as exc:
        fail(
            exitcodes.INFEASIBLE,
            [*exc.reasons, "nothing was drawn or written"],
            heading="infeasible",
        )
    except CrossdrawError as exc:
        fail(exitcodes.BAD_INPUT, [str(exc)])


def guarded(func: Callable[..., None]) -> Callable[..., None]:
    """Decorate a command so domain errors never show a traceback."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        with user_errors():
            func(*args, **kwargs)

    return wrapper
