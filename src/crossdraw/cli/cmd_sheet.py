"""`crossdraw sheet`: the printable sign-off sheet (签字确认单) of one draw record."""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from crossdraw.cli.common import fail, guarded
from crossdraw.cli.exitcodes import MISMATCH
from crossdraw.domain.errors import InputError, Problem


class SheetFormat(str, Enum):
    html = "html"
    md = "md"


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
    record: Annotated[Path, typer.Argument(help="The draw record (JSON) to print.")],
    *,
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

    Example:  crossdraw sheet draws/group1-湘潭市-….json
    """
    from crossdraw.output.sheet import render_html, render_markdown
    from crossdraw.records.record import verify_record
    from crossdraw.store import ledger
    from crossdraw.store.storage import read_record, write_new

    data = read_record(record)
    render = render_html if fmt is SheetFormat.html else render_markdown
    try:
        mismatches = verify_record(data)
        drawn = ledger.logged_draw(record, data.digest)
        line = (drawn.line, drawn.sha256) if drawn is not None else None
        text = "" if mismatches else render(data.as_json(), sheet_lang(lang), line)
    except InputError as exc:
        raise InputError([Problem(str(record), str(p)) for p in exc.problems]) from None
    if mismatches:
        fail(
            MISMATCH,
            [
                f"{record}: the record does not reproduce from its own content, so no sheet "
                "is written (see crossdraw verify)",
                *(str(m) for m in mismatches),
            ],
        )
    target = out if out is not None else record.with_name(f"{record.stem}.sheet.{fmt.value}")
    try:
        write_new(target, text.encode("utf-8"))
    except FileExistsError:
        raise InputError.one(
            str(target), "exists; a sheet is never overwritten (move it away or give --out)"
        ) from None
    except OSError as exc:
        raise InputError.one(str(target), f"cannot write: {exc.strerror or exc}") from None
    typer.echo(str(target))
