"""`crossdraw`: the command-line entry point."""

from __future__ import annotations

import gc
from typing import Annotated

import typer

from crossdraw import __version__
from crossdraw.cli import (
    cmd_ceremony,
    cmd_checklist,
    cmd_draw,
    cmd_export,
    cmd_keys,
    cmd_plan,
    cmd_pool,
    cmd_recover,
    cmd_sheet,
    cmd_template,
    cmd_validate,
    cmd_verify,
    cmd_void,
)

app = typer.Typer(
    name="crossdraw",
    help=(
        "Witnessed, exactly fair and verifiable lottery of a cross-enforcement plan "
        "(交叉执法抽签), and checks of proposed enterprise lists against its quotas.\n\n"
        "Example:  crossdraw pool --group 1"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"crossdraw {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Witnessed, exactly fair and verifiable lottery of a cross-enforcement plan."""


app.add_typer(cmd_plan.app, name="plan")
app.command("pool")(cmd_pool.pool)
app.command("validate")(cmd_validate.validate)
app.command("ceremony")(cmd_ceremony.ceremony)
app.command("draw")(cmd_draw.draw)
app.command("odds")(cmd_draw.odds)
app.command("verify")(cmd_verify.verify)
app.command("sheet")(cmd_sheet.sheet)
app.command("template")(cmd_template.template)
app.command("export")(cmd_export.export)
app.command("checklist")(cmd_checklist.checklist)
app.command("void")(cmd_void.void)
app.command("recover")(cmd_recover.recover)
app.command("keygen")(cmd_keys.keygen)


def main() -> None:
    # A command lives for seconds and builds large acyclic data (a million-row list is
    # millions of objects); the cyclic collector would rescan it again and again, which
    # was half the run time of a draw. Memory is still freed by reference counting.
    gc.disable()
    app()
