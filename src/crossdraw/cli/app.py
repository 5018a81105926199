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
    cmd_odds,
    cmd_plan,
    cmd_pool,
    cmd_recover,
    cmd_sheet,
    cmd_template,
    cmd_validate,
    cmd_verify,
    cmd_void,
)
from crossdraw.cli.words import CrossdrawCommand, CrossdrawGroup

app = typer.Typer(
    name="crossdraw",
    help="cmd.root",
    cls=CrossdrawGroup,
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
        typer.Option("--version", callback=_version, is_eager=True, help="help.version"),
    ] = False,
    lang: Annotated[  # read (and taken off the line) by CrossdrawGroup.main
        str | None, typer.Option("--lang", help="help.lang")
    ] = None,
) -> None:
    """Witnessed, exactly fair and verifiable lottery of a cross-enforcement plan."""


app.add_typer(cmd_plan.app, name="plan", help="cmd.plan", cls=CrossdrawGroup)
app.command("pool", help="cmd.pool", cls=CrossdrawCommand)(cmd_pool.pool)
app.command("validate", help="cmd.validate", cls=CrossdrawCommand)(cmd_validate.validate)
app.command("ceremony", help="cmd.ceremony", cls=CrossdrawCommand)(cmd_ceremony.ceremony)
app.command("draw", help="cmd.draw", cls=CrossdrawCommand)(cmd_draw.draw)
app.command("odds", help="cmd.odds", cls=CrossdrawCommand)(cmd_odds.odds)
app.command("verify", help="cmd.verify", cls=CrossdrawCommand)(cmd_verify.verify)
app.command("sheet", help="cmd.sheet", cls=CrossdrawCommand)(cmd_sheet.sheet)
app.command("template", help="cmd.template", cls=CrossdrawCommand)(cmd_template.template)
app.command("export", help="cmd.export", cls=CrossdrawCommand)(cmd_export.export)
app.command("checklist", help="cmd.checklist", cls=CrossdrawCommand)(cmd_checklist.checklist)
app.command("void", help="cmd.void", cls=CrossdrawCommand)(cmd_void.void)
app.command("recover", help="cmd.recover", cls=CrossdrawCommand)(cmd_recover.recover)
app.command("keygen", help="cmd.keygen", cls=CrossdrawCommand)(cmd_keys.keygen)


def main() -> None:
    # A command lives for seconds and builds large acyclic data (a million-row list is
    # millions of objects); the cyclic collector would rescan it again and again, which
    # was half the run time of a draw. Memory is still freed by reference counting.
    gc.disable()
    app()
