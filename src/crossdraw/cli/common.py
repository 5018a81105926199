"""What every command shares: option types, consoles, input loading and the error edge."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console

from crossdraw.cli import exitcodes
from crossdraw.cli.safe import escape
from crossdraw.domain.errors import (
    CrossdrawError,
    InfeasibleError,
    InputError,
    Interrupted,
    Problem,
    RecordMismatch,
)

if TYPE_CHECKING:  # the core loads in the commands that use it, not at start-up
    from crossdraw.records.signing import SigningKey
    from crossdraw.services.inputs import InputSpec

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
        help="The enterprise list: CSV (UTF-8 or GB18030) or a workbook (.xlsx, .xls, .ods).",
        show_default=True,
    ),
]
ExcludeOpt = Annotated[
    Path | None,
    typer.Option(
        "--exclude", help="E3: CSV or workbook of id,reason rows to exclude from the pool."
    ),
]
SheetOpt = Annotated[
    str | None,
    typer.Option(
        "--sheet",
        help="Sheet of a workbook enterprise list (default: the first with a header row).",
    ),
]
InspectedSinceOpt = Annotated[
    str | None,
    typer.Option(
        "--exclude-inspected-since",
        help="E3: leave out enterprises whose 上次检查日期 is on or after DATE (2021-01-01).",
    ),
]
AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="E3: the day the plan's rules.exclude_inspected_within_days count back from; "
        "use one day for every draw of the plan.",
    ),
]
StrictOpt = Annotated[
    bool, typer.Option("--strict", help="Treat USCC check-character problems as errors.")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
OutOpt = Annotated[
    Path, typer.Option("--out", help="Folder of draw records (read for earlier draws, written to).")
]
SignKeyOpt = Annotated[
    Path | None,
    typer.Option("--sign-key", help="Sign with this private key (made by crossdraw keygen)."),
]

DEFAULT_GROUPS = Path("data/groups.yaml")
DEFAULT_ENTERPRISES = Path("data/enterprises.csv")


def input_spec(
    groups: Path,
    enterprises: Path,
    exclude: Path | None,
    strict: bool,
    sheet: str | None,
    inspected_since: str | None,
    as_of: str | None,
) -> InputSpec:
    """The inputs a command was given, for its service to load; a workbook list is
    read from now on, while the service is imported (call this before importing it)."""
    from crossdraw.load.workbook import read_ahead

    read_ahead(Path(enterprises), sheet)
    from crossdraw.services.inputs import InputSpec

    return InputSpec(
        Path(groups), Path(enterprises), exclude, strict, sheet, inspected_since, as_of
    )


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


def signing_key(path: Path | None) -> SigningKey | None:
    """The --sign-key, loaded before anything is drawn; a warning when others can read it."""
    from crossdraw.records.signing import key_file_warning, load_signing_key

    if path is None:
        return None
    key = load_signing_key(path)
    warning = key_file_warning(path)
    if warning:
        warn([Problem("", warning)])
    return key


def fail(code: int, lines: list[str] | tuple[str, ...], heading: str = "error") -> NoReturn:
    err = err_console()
    for line in lines:
        head = f"[red]{heading}[/red] " if heading else ""
        err.print(f"{head}{escape(line)}", markup=True, highlight=False)
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
    except RecordMismatch as exc:
        fail(exitcodes.MISMATCH, list(exc.lines))
    except Interrupted as exc:  # at a ceremony prompt: its own words say what is logged
        fail(exitcodes.INTERRUPTED, [exc.message], heading="")
    except CrossdrawError as exc:
        fail(exitcodes.BAD_INPUT, [str(exc)])
    except KeyboardInterrupt:  # writes are all or nothing (crossdraw.store.journal)
        fail(exitcodes.INTERRUPTED, ["interrupted (Ctrl-C): nothing was written"])


def guarded(func: Callable[..., None]) -> Callable[..., None]:
    """Decorate a command so domain errors never show a traceback."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        with user_errors():
            func(*args, **kwargs)

    return wrapper
