"""`crossdraw verify`: re-derive draw records, check their ledger's chain, signatures and inputs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from crossdraw.cli import exitcodes
from crossdraw.cli.common import (
    ExcludeOpt,
    JsonOpt,
    SheetOpt,
    StrictOpt,
    guarded,
)
from crossdraw.cli.verify_render import print_report_json, print_report_text

if TYPE_CHECKING:  # the core loads in the commands that use it, not at start-up
    pass


@guarded
def verify(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="help.verify_paths"),
    ] = None,
    *,
    ledgers: Annotated[
        list[Path] | None,
        typer.Option("--ledger", help="help.verify_ledger"),
    ] = None,
    enterprises: Annotated[
        Path | None,
        typer.Option("--enterprises", help="help.verify_enterprises"),
    ] = None,
    groups: Annotated[
        Path | None,
        typer.Option("--groups", help="help.verify_groups"),
    ] = None,
    exclude: ExcludeOpt = None,
    sheet: SheetOpt = None,
    public_keys: Annotated[
        list[Path] | None,
        typer.Option(
            "--public-key",
            help="help.public_key",
        ),
    ] = None,
    trusted_keys: Annotated[
        Path | None,
        typer.Option(
            "--trusted-keys",
            help="help.trusted_keys",
        ),
    ] = None,
    heads: Annotated[
        list[str] | None,
        typer.Option(
            "--head",
            help="help.head",
        ),
    ] = None,
    digests: Annotated[
        list[str] | None,
        typer.Option(
            "--digest",
            help="help.digest",
        ),
    ] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="help.lang")] = None,
    strict: StrictOpt = False,
    json_out: JsonOpt = False,
) -> None:
    """Re-derive every record from its own pool listings, rules and seed; check the ledger.

    A folder (or --ledger FOLDER) checks its ledger.jsonl line by line (an edited, deleted,
    moved or cut line, by line number), that every draw line's record is there with the
    digest logged, and that every record in it has its line; each record is then verified.
    A record given by file is checked against the ledger beside it, if any. With
    --public-key or --trusted-keys every record and every ledger line must carry a good
    signature by a trusted key (a line's signature covers the line before it and its
    number, so no line can be replaced, removed, moved or grafted without the key). --head
    checks that a head written on a sign-off sheet is still a line of the ledger: neither
    the chain nor signatures can show lines cut from its end together with their records.
    --digest checks that the record printed on a sign-off sheet is still there.
    --groups, --enterprises and --exclude compare each record with its inputs: the
    plan's rules and group, each drawn enterprise's name, county and categories, and
    the E3 exclusions the draw's exclusion file and inspection rule give. Exit 0
    when all is well, 3 on any mismatch or tampering, 2 when a file cannot be read.

    Example:  crossdraw verify draws/ --head "3F2A 91BC 0D4E 7711" --public-key bureau.pub
    """
    from crossdraw.services.verifying import VerifyRequest
    from crossdraw.services.verifying import verify as verify_service

    del strict  # accepted for symmetry with the other commands
    report = verify_service(
        VerifyRequest(
            paths=tuple(paths or []),
            ledgers=tuple(ledgers or []),
            enterprises=enterprises,
            groups=groups,
            exclude=exclude,
            sheet=sheet,
            public_keys=tuple(public_keys or []),
            trusted_keys=trusted_keys,
            heads=tuple(heads or []),
            digests=tuple(digests or []),
        )
    )
    if json_out:
        print_report_json(report)
    else:
        from crossdraw.output.messages import resolve_lang

        print_report_text(report, resolve_lang(lang))
    raise typer.Exit(exitcodes.OK if report.ok else exitcodes.MISMATCH)
