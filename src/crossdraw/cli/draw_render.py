"""What `crossdraw draw` prints: the drawn targets as JSON for scripts, or as text for
people, with the sample-data banner when the list was the bundled sample."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crossdraw.cli.common import out_console, print_json
from crossdraw.cli.render import enterprise_table, pool_summary, print_whole, selection_rows
from crossdraw.cli.safe import escape
from crossdraw.domain.canonical import fingerprint
from crossdraw.output.messages import say, text

if TYPE_CHECKING:  # the core loads in the commands that use it, not at start-up
    from rich.console import Console

    from crossdraw.records.models import DrawRecord
    from crossdraw.services.drawing import DrawOutcome


def _banner(console: Console, lang: str) -> None:
    """The sample-data banner, white on red (domain/sample.py)."""
    shown = escape(text("paper.sample_banner", lang))
    console.print(f"[bold white on red] {shown} [/bold white on red]")


def _list_lines(console: Console, record: DrawRecord, lang: str) -> None:
    """The sample-data banner and note when the list was the bundled sample, and the
    list's file name and fingerprint."""
    if record.sample_data:
        _banner(console, lang)
        console.print(f"[red]{escape(text('paper.sample_note', lang))}[/red]")
    name = record.enterprises_file or text("paper.list_unnamed", lang)
    fp = fingerprint(record.enterprises_sha256)
    console.print(escape(text("paper.list_line", lang, name=name, fp=fp)))


def report(outcome: DrawOutcome, json_out: bool, lang: str = "zh") -> None:
    """The drawn targets as JSON for scripts, or as text for people."""
    planned, lines = outcome.planned, outcome.lines

    head = lines[-1].sha256 if lines else None
    if json_out:
        print_json(
            {
                "draws": [
                    {
                        "group": p.record.group.id,
                        "prefecture": p.record.target,
                        "seed": p.record.seed.value,
                        "selected": list(p.selected),
                        "record": str(p.path),
                        "digest": p.record.digest,
                        "signed_by": p.record.signed_by,
                        "ledger_line": line.line,
                    }
                    for p, line in zip(planned, lines)
                ],
                "ledger": {"head": head, "lines": lines[-1].line if lines else 0},
                "enterprises": {
                    "file": planned[0].record.enterprises_file if planned else None,
                    "sha256": planned[0].record.enterprises_sha256 if planned else None,
                    "sample_data": any(p.record.sample_data for p in planned),
                },
            }
        )
        return
    console = out_console()
    if planned:
        _list_lines(console, planned[0].record, lang)
    for p, line in zip(planned, lines):
        rec = p.record
        console.print()
        for w in rec.waivers:
            waiver = say("out.waiver", rule=w.rule, reason=escape(w.reason))
            console.print(f"[bold red]{waiver}[/bold red]")
        group = f"[bold]{escape(rec.group.name)}[/bold]"
        console.print(say("out.draw_head", group=group, id=rec.group.id, target=escape(rec.target)))
        pool_summary(console, p.pool)
        console.print(say("out.seed", seed=escape(rec.seed.value)))
        console.print(
            say(
                "out.counts",
                group=rec.counts.group_valid_selections,
                draw=rec.counts.this_draw,
                integer=rec.random.integer,
            )
        )
        names = {s.id: s.name for s in rec.selected}
        odds = {s.id: s.odds for s in rec.selected}
        title = say("out.drawn_title", pref=escape(rec.target))
        enterprise_table(console, title, selection_rows(p.selected, p.pool, names, odds))
        console.print(say("out.record", path=escape(str(p.path))))
        console.print(say("out.record_digest", digest=rec.digest))
        fp = fingerprint(rec.digest)
        print_whole(console, say("out.record_fp", fp=f"[bold]{fp}[/bold]"), fp)
        if rec.signed_by:
            console.print(say("out.signed_by", key=rec.signed_by))
        console.print(say("out.ledger_line", line=line.line))
    if lines:
        fp = fingerprint(lines[-1].sha256)
        console.print()
        shown = say("out.ledger_head", line=lines[-1].line, fp=f"[bold]{fp}[/bold]")
        print_whole(console, shown, fp)
    if any(p.record.sample_data for p in planned):  # said again where the eye ends up
        _banner(console, lang)
