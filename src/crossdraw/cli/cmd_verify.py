"""`crossdraw verify`: re-derive draw records, check their ledger's chain, signatures and inputs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from crossdraw.cli import exitcodes
from crossdraw.cli.common import JsonOpt, SheetOpt, StrictOpt, guarded, out_console, print_json
from crossdraw.cli.render import print_whole
from crossdraw.cli.safe import escape
from crossdraw.output.messages import CATALOG, current_lang, say

if TYPE_CHECKING:  # the core loads in the commands that use it, not at start-up
    from crossdraw.records.chain import Entry
    from crossdraw.services.verifying import VerifyReport


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
            help=("help.head"),
        ),
    ] = None,
    strict: StrictOpt = False,
    json_out: JsonOpt = False,
) -> None:
    """Re-derive every record from its own pool listings, rules and seed; check the ledger.

    A folder (or --ledger FOLDER) checks its ledger.jsonl line by line (an edited, deleted,
    moved or cut line, by line number), that every draw line's record is there with the
    digest logged, and that every record in it has its line; each record is then verified.
    A record given by file is checked against the ledger beside it, if any. With
    --public-key or --trusted-keys every record (and void) must carry a good signature by
    a trusted key. --head checks that a head written on a sign-off sheet is still a line
    of the ledger: the chain alone cannot show lines cut from its end together with their
    records. Exit 0 when all is well, 3 on any mismatch or tampering, 2 when a file
    cannot be read.

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
            sheet=sheet,
            public_keys=tuple(public_keys or []),
            trusted_keys=trusted_keys,
            heads=tuple(heads or []),
        )
    )
    if json_out:
        _print_json(report)
    else:
        _print_text(report)
    raise typer.Exit(exitcodes.OK if report.ok else exitcodes.MISMATCH)


def _void_json(void: Entry | None) -> dict[str, Any] | None:
    return {"line": void.line, "reason": void.reason} if void else None


def _print_json(report: VerifyReport) -> None:
    print_json(
        {
            "verified": report.ok,
            "records": [
                {
                    "record": str(r.path),
                    "digest": r.record.digest,
                    "verified": r.verified,
                    "signed_by": r.record.signed_by,
                    "voided": _void_json(r.void),
                    "mismatches": [{"field": x.field, "message": x.message} for x in r.mismatches],
                }
                for r in report.records
            ],
            "ledgers": [
                {
                    "ledger": str(r.path),
                    "verified": not r.problems,
                    "lines": len(r.lines),
                    "head": r.lines[-1].sha256 if r.lines else None,
                    "open_commitments": [e.line for e in r.account.open_commitments],
                    "problems": [{"where": p.where, "what": p.what} for p in r.problems],
                }
                for r in report.ledgers
            ],
        }
    )


def _print_text(report: VerifyReport) -> None:
    from crossdraw.domain.canonical import fingerprint

    console = out_console()
    for ledger in report.ledgers:
        if ledger.problems:
            console.print(f"[red]{say('out.ledger_bad')}[/red] {escape(str(ledger.path))}")
            for p in ledger.problems:
                console.print(f"    {escape(str(p))}")
            continue
        counts = ledger.account.counts()
        kinds = ", ".join(_kind(k, n) for k, n in counts.items() if n)
        head = ledger.lines[-1] if ledger.lines else None
        tail = say("out.ledger_kinds", kinds=kinds, fp=fingerprint(head.sha256)) if head else ""
        shown = say("out.ledger_ok", path=escape(str(ledger.path)), n=len(ledger.lines), kinds=tail)
        print_whole(console, f"[green]{shown}[/green]", fingerprint(head.sha256) if head else "")
        for entry in ledger.account.open_commitments:
            console.print(
                say(
                    "out.open_commitment",
                    line=entry.line,
                    pref=escape(entry.key.prefecture),
                    group=entry.key.group,
                )
            )
    for r in report.records:
        record = r.record
        signer = say("out.signer", key=record.signed_by) if record.signed_by else ""
        signer += say("out.record_fp_short", fp=fingerprint(record.digest))
        void = say("out.void_of", line=r.void.line, reason=escape(r.void.reason)) if r.void else ""
        path = escape(str(r.path))
        if r.verified and r.void is not None:
            shown = say("out.verified_void", void=void, path=path, signer=signer)
            console.print(f"[yellow]{shown}[/yellow]")
            continue
        if r.verified:
            selected = escape(", ".join(record.selected_ids))
            group, target = escape(record.group.name), escape(record.target)
            shown = say(
                "out.verified",
                path=path,
                group=group,
                target=target,
                selected=selected,
                signer=signer,
            )
            print_whole(console, f"[green]{shown}[/green]", fingerprint(record.digest))
            continue
        voided = say("out.mismatch_voided", void=void) if r.void else ""
        console.print(f"[red]{say('out.mismatch', path=path, signer=signer, voided=voided)}[/red]")
        for x in r.mismatches:
            console.print(f"    {escape(str(x))}")


def _kind(kind: str, n: int) -> str:
    """How many ledger lines of a kind (draw, void, commitment …), in words."""
    key = f"out.kind.{kind}"
    name = say(key) if key in CATALOG else kind
    plural = "s" if n > 1 and current_lang() == "en" else ""
    return say("out.kind", kind=name, n=n, s=plural)
