"""`crossdraw recover`: finish or undo a write to a draws folder that was interrupted."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from crossdraw.cli.common import guarded, out_console
from crossdraw.cli.safe import escape


@guarded
def recover(
    folder: Annotated[Path, typer.Argument(help="help.recover_folder")],
    *,
    lang: Annotated[str | None, typer.Option("--lang", help="help.lang")] = None,
) -> None:
    """Finish or undo a write to a draws folder that a crash or a killed process interrupted.

    Reading commands (verify, validate, export, checklist, sheet, odds) never change a
    folder: they only report an interrupted write. This command settles it, as the next
    draw, void or ceremony in the folder would: a write whose ledger lines and records
    are all in place is completed; any other is undone, so the folder is as it was
    before. A journal that names anything but record files of this folder, or a ledger
    or journal that is a symbolic link, is refused (exit 2) and nothing is deleted.

    Example:  crossdraw recover draws
    """
    from crossdraw.output.messages import resolve_lang
    from crossdraw.services.recover import recover_folder, recovery_lines

    done = recover_folder(folder)
    console = out_console()
    for line in recovery_lines(folder, done, resolve_lang(lang)):
        console.print(escape(line), highlight=False, soft_wrap=True)
