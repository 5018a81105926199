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
    record: Annotated[
        Path, typer.Argument(help="The draw record or commitment file (JSON) to print.")
    ],
    *,
    page: Annotated[
        SheetPage,
        typer.Option(
            "--page",
            help="auto (by the file), signoff (签字确认单), commitment (抽签前承诺单) "
            "or void (作废说明 of a voided record).",
        ),
    ] = SheetPage.auto,
    fmt: Annotated[
        SheetFormat, typer.Option("--format", help="html (print-ready A4) or md (Markdown).")
    ] = SheetFormat.html,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Where to write (default: beside the record, RECORD.sheet.*)."),
    ] = None,
    lang: Annotated[
        SheetLang | None,
        typer.Option("--lang", help="Label language: zh (default) or en; env CROSSDRAW_LANG."),
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
                    f"voided ({void_note(outcome.void)}): the sheet is stamped 已作废",
                )
            ]
        )
    typer.echo(str(outcome.path))
