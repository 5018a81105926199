"""What `crossdraw verify` prints: its report as JSON for scripts, or as text for people."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from crossdraw.cli.common import out_console, print_json
from crossdraw.cli.render import print_whole
from crossdraw.cli.safe import escape
from crossdraw.output.messages import CATALOG, current_lang, mismatch_text, problem_text, say

if TYPE_CHECKING:  # the core loads in the commands that use it, not at start-up
    from crossdraw.records.chain import Entry
    from crossdraw.services.verifying import VerifyReport


def _void_json(void: Entry | None) -> dict[str, Any] | None:
    return {"line": void.line, "reason": void.reason} if void else None


def print_report_json(report: VerifyReport) -> None:
    from crossdraw.output.openlines import open_line_json, seed_json

    print_json(
        {
            "verified": report.ok,
            "records": [
                {
                    "record": str(r.path),
                    "digest": r.record.digest,
                    "verified": r.verified,
                    "signed_by": r.record.signed_by,
                    "seed": seed_json(r.record),
                    "voided": _void_json(r.void),
                    "mismatches": [{"field": x.field, "message": x.message} for x in r.mismatches],
                }
                for r in report.records
            ],
            "tables": [
                {
                    "record": str(t.path),
                    "digest": t.record.digest,
                    "verified": t.verified,
                    "signed_by": t.record.signed_by,
                    "mismatches": [{"field": x.field, "message": x.message} for x in t.mismatches],
                }
                for t in report.tables
            ],
            "ledgers": [
                {
                    "ledger": str(r.path),
                    "verified": not r.problems,
                    "lines": len(r.lines),
                    "head": r.lines[-1].sha256 if r.lines else None,
                    "open_commitments": [e.line for e in r.account.open_commitments],
                    "signed_lines": r.signed_lines,
                    "lines_checked_against_keys": r.trusted,
                    "head_found": r.head_found.line if r.head_found else None,
                    "open_lines": [open_line_json(e) for e in r.account.open_commitments],
                    "problems": [{"where": p.where, "what": p.what} for p in r.problems],
                }
                for r in report.ledgers
            ],
            "digests": [
                {
                    "given": d.given,
                    "record": str(d.result.path) if d.result else None,
                    "digest": d.result.record.digest if d.result else None,
                }
                for d in report.digests
            ],
        }
    )


def print_report_text(report: VerifyReport, lang: str) -> None:
    _print_ledgers(report, lang)
    _print_records(report, lang)
    _print_tables(report)
    _print_paper(report, lang)


def _print_ledgers(report: VerifyReport, lang: str) -> None:
    from crossdraw.domain.canonical import fingerprint
    from crossdraw.output.messages import text
    from crossdraw.output.openlines import open_line_texts

    console = out_console()
    for ledger in report.ledgers:
        if ledger.problems:
            console.print(f"[red]{say('out.ledger_bad')}[/red] {escape(str(ledger.path))}")
            for p in ledger.problems:
                console.print(f"    {escape(problem_text(p))}")
            continue
        counts = ledger.account.counts()
        sep = "、" if current_lang() == "zh" else ", "
        kinds = sep.join(_kind(k, n) for k, n in counts.items() if n)
        head = ledger.lines[-1] if ledger.lines else None
        tail = say("out.ledger_kinds", kinds=kinds, fp=fingerprint(head.sha256)) if head else ""
        shown = say("out.ledger_ok", path=escape(str(ledger.path)), n=len(ledger.lines), kinds=tail)
        print_whole(console, f"[green]{shown}[/green]", fingerprint(head.sha256) if head else "")
        for note in open_line_texts(ledger.account.open_commitments, lang):
            console.print(f"    [yellow]{escape(note)}[/yellow]")
        if not head:
            continue
        n, signed = len(ledger.lines), ledger.signed_lines
        if ledger.trusted:
            note = text("verify.lines_trusted", lang, n=n)
        elif signed:
            note = text("verify.lines_signed", lang, n=n, signed=signed)
        else:
            note = text("verify.unsigned", lang)
        console.print(f"    {escape(note)}")
        if ledger.head_found is not None:
            found = text(
                "verify.head_found",
                lang,
                head=fingerprint(ledger.head_found.sha256),
                line=ledger.head_found.line,
            )
            console.print(f"    {escape(found)}")
        elif not report.heads_given:
            unchecked = text("verify.end_unchecked", lang, head=fingerprint(head.sha256))
            console.print(f"    {escape(unchecked)}")


def _print_records(report: VerifyReport, lang: str) -> None:
    from crossdraw.domain.canonical import fingerprint
    from crossdraw.output.openlines import seed_text

    console = out_console()
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
            console.print(escape(seed_text(record, lang)))
            continue
        voided = say("out.mismatch_voided", void=void) if r.void else ""
        console.print(f"[red]{say('out.mismatch', path=path, signer=signer, voided=voided)}[/red]")
        for x in r.mismatches:
            console.print(f"    {escape(mismatch_text(x))}")


def _print_tables(report: VerifyReport) -> None:
    from crossdraw.domain.canonical import fingerprint

    console = out_console()
    for t in report.tables:
        table = t.record
        signer = say("out.signer", key=table.signed_by) if table.signed_by else ""
        signer += say("out.record_fp_short", fp=fingerprint(table.digest))
        path = escape(str(t.path))
        if t.verified:
            shown = say(
                "out.table_verified",
                path=path,
                plan=escape(table.plan.title),
                year=table.plan.year,
                n=len(table.groups),
                signer=signer,
            )
            print_whole(console, f"[green]{shown}[/green]", fingerprint(table.digest))
            continue
        console.print(f"[red]{say('out.mismatch', path=path, signer=signer, voided='')}[/red]")
        for x in t.mismatches:
            console.print(f"    {escape(mismatch_text(x))}")


def _print_paper(report: VerifyReport, lang: str) -> None:
    from crossdraw.domain.canonical import fingerprint
    from crossdraw.output.messages import text

    console = out_console()
    for d in report.digests:
        if d.result is None:
            missing = text("verify.digest_missing", lang, given=d.given)
            console.print(f"[red]✗[/red] --digest: {escape(missing)}")
            continue
        state = text("verify.voided_state", lang) if d.result.void else ""
        found = text(
            "verify.digest_found",
            lang,
            given=fingerprint(d.result.record.digest),
            path=d.result.path,
            state=state,
        )
        console.print(f"[green]✓[/green] {escape(found)}")


def _kind(kind: str, n: int) -> str:
    """How many ledger lines of a kind (draw, void, commitment …), in words."""
    key = f"out.kind.{kind}"
    name = say(key) if key in CATALOG else kind
    plural = "s" if n > 1 and current_lang() == "en" else ""
    return say("out.kind", kind=name, n=n, s=plural)
