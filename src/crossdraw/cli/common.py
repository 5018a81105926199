"""What every command shares: option types, consoles, input loading and the error edge."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TextIO

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
from crossdraw.output.messages import problem_text, say

if TYPE_CHECKING:  # the core loads in the commands that use it, not at start-up
    from crossdraw.records.signing import SigningKey
    from crossdraw.services.inputs import InputSpec

GroupsOpt = Annotated[
    Path,
    typer.Option(
        "--groups",
        envvar="CROSSDRAW_GROUPS",
        help="help.groups",
        show_default=True,
    ),
]
EnterprisesOpt = Annotated[
    Path,
    typer.Option(
        "--enterprises",
        envvar="CROSSDRAW_ENTERPRISES",
        help="help.enterprises",
        show_default=True,
    ),
]
ExcludeOpt = Annotated[
    Path | None,
    typer.Option("--exclude", help="help.exclude"),
]
SheetOpt = Annotated[
    str | None,
    typer.Option(
        "--sheet",
        help="help.sheet_of_list",
    ),
]
InspectedSinceOpt = Annotated[
    str | None,
    typer.Option(
        "--exclude-inspected-since",
        help="help.inspected_since",
    ),
]
AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="help.as_of",
    ),
]
StrictOpt = Annotated[bool, typer.Option("--strict", help="help.strict")]
JsonOpt = Annotated[bool, typer.Option("--json", help="help.json")]
OutOpt = Annotated[Path, typer.Option("--out", help="help.out_folder")]
SignKeyOpt = Annotated[
    Path | None,
    typer.Option("--sign-key", help="help.sign_key"),
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


def _width(stream: TextIO) -> int | None:
    """The width to print at: the terminal's, else COLUMNS (also in a pipe), else 160."""
    if stream.isatty() or os.environ.get("COLUMNS", "").strip().isdigit():
        return None  # Rich reads the terminal, or COLUMNS
    return 160


def out_console() -> Console:
    return Console(soft_wrap=False, width=_width(sys.stdout))


def err_console() -> Console:
    return Console(stderr=True, soft_wrap=True, width=_width(sys.stderr))


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def warn(problems: tuple[Problem, ...] | list[Problem], *, limit: int = 10) -> None:
    if not problems:
        return
    err = err_console()
    head = f"[yellow]{say('cli.warning')}[/yellow]"
    for p in problems[:limit]:
        err.print(f"{head} {escape(problem_text(p))}", markup=True, highlight=False)
    if len(problems) > limit:
        err.print(f"{head} {say('cli.more', n=len(problems) - limit)}", markup=True)


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


def fail(code: int, lines: list[str] | tuple[str, ...], heading: str | None = None) -> NoReturn:
    """Report `lines` and exit with `code`: on stderr, or as JSON on stdout with --json."""
    from crossdraw.cli.words import report, wants_json

    if wants_json():  # for scripts: the same errors as JSON on stdout
        report(code, [str(line) for line in lines], True, silent=True)
    heading = say("cli.error") if heading is None else heading
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
        fail(exitcodes.BAD_INPUT, [problem_text(p) for p in exc.problems])
    except InfeasibleError as exc:
        fail(
            exitcodes.INFEASIBLE,
            [*exc.reasons, say("cli.nothing_written")],
            heading=say("cli.infeasible"),
        )
    except RecordMismatch as exc:
        fail(exitcodes.MISMATCH, list(exc.lines))
    except Interrupted as exc:  # at a ceremony prompt: its own words say what is logged
        fail(exitcodes.INTERRUPTED, [exc.message], heading="")
    except CrossdrawError as exc:
        fail(exitcodes.BAD_INPUT, [str(exc)])
    except KeyboardInterrupt:  # writes are all or nothing (crossdraw.store.journal)
        fail(exitcodes.INTERRUPTED, [say("cli.interrupted")], heading="")


def guarded(func: Callable[..., None]) -> Callable[..., None]:
    """Decorate a command so domain errors never show a traceback."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        with user_errors():
            func(*args, **kwargs)

    return wrapper
