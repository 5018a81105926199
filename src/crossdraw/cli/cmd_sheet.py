"""`crossdraw sheet`: the printed pages: the sign-off sheet (签字确认单) of a draw record,
the commitment sheet (抽签前承诺单) of a commitment file, the void statement (作废说明)."""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from crossdraw.cli.common import guarded, warn
from crossdraw.domain.errors import Problem
from crossdraw.output.messages import say


class SheetFormat(str, Enum):
    html = "html"
    md = "md"


class SheetPage(str, Enum):
    auto = "auto"
    signoff = "signoff"
    commitment = "commitment"
    void = "void"


class SheetLang(str, Enum):
    zh = "zh"
    en = "en"


def sheet_lang(option: SheetLang | None) -> str:
    """--lang, else CROSSDRAW_LANG (anything starting with "en" is English), else Chinese."""
    if option is not None:
        return option.value
    return "en" if os.environ.get("CROSSDRAW_LANG", "").lower().startswith("en") else "zh"


@guarded
def sheet(
    record: Annotated[Path, typer.Argument(help="help.sheet_record")],
    *,
    page: Annotated[
        SheetPage,
        typer.Option(
            "--page",
            help="help.sheet_page",
        ),
    ] = SheetPage.auto,
    fmt: Annotated[
        SheetFormat, typer.Option("--format", help="help.sheet_format")
    ] = SheetFormat.html,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="help.sheet_out"),
    ] = None,
    lang: Annotated[
        SheetLang | None,
        typer.Option("--lang", help="help.lang"),
    ] = None,
) -> None:
    """Write the sign-off sheet (签字确认单) of a draw record, for the Q6 signatures.

    One A4 page: plan, group, target, date and place, pool size and fingerprint, the seed,
    the counts, the drawn enterprises with their exact odds, any waiver in bold, Q7
    suggestions apart, the record digest with a QR code, and signature lines for the
    witness, drawer, target-bureau representative and group leader. The record is verified
    first; a sheet is never written for one that does not reproduce (exit 3), and an
    existing sheet is never overwritten (exit 2). Prints the path written.

    Given a ceremony's commitment file (draws/commitment-….json), it writes the commitment
    sheet (抽签前承诺单) witnesses sign before the seed: pool sizes and fingerprints, the rules
    in force, who is present, how the seed will be made. With --page void and a voided
    record, it writes the void statement (作废说明): which draw, why, its ledger lines.
    Pages made from the bundled fictional list carry the red sample-data banner.

    Example:  crossdraw sheet draws/group1-湘潭市-….json
    Example:  crossdraw sheet draws/group1-湘潭市-….json --page void
    """
    from crossdraw.services.filing import sheet as sheet_service
    from crossdraw.store.account import void_note

    outcome = sheet_service(record, fmt.value, out, sheet_lang(lang), page.value)
    warn(list(outcome.warnings))
    if outcome.void is not None and page is not SheetPage.void:
        warn(
            [
                Problem(
                    str(record),
                    say("out.sheet_voided", note=void_note(outcome.void)),
                )
            ]
        )
    typer.echo(str(outcome.path))
