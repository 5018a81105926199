"""`crossdraw void`: withdraw a standing draw; its record and ledger lines stay for good."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from crossdraw.cli.common import (
    JsonOpt,
    SignKeyOpt,
    guarded,
    out_console,
    print_json,
    signing_key,
    warn,
)
from crossdraw.cli.render import print_whole
from crossdraw.cli.safe import escape
from crossdraw.output.messages import say

if TYPE_CHECKING:
    from rich.text import Text

    from crossdraw.services.voiding import VoidOutcome


@guarded
def void(
    record: Annotated[Path, typer.Argument(help="help.void_record")],
    *,
    reason: Annotated[str | None, typer.Option("--reason", help="help.void_reason")] = None,
    sign_key: SignKeyOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Withdraw a standing draw: appends a void line to the ledger beside the record.

    The record is neither changed nor deleted; its draw line and the void line stay in
    ledger.jsonl for good, so every redraw can be seen. Afterwards the target may be drawn
    again, and the voided selection is no longer used as the group's earlier draw. Exit 2
    when the record is not a standing draw of its folder's ledger (e.g. already voided).

    Example:  crossdraw void draws/group1-湘潭市-3f2a91bc0d4e.json --reason "见证人未到场，经双方同意重抽"
    """
    from crossdraw.services.voiding import commit, prepare

    outcome = prepare(record, reason, signing_key(sign_key))
    shown = _rendered(outcome, json_out)  # before anything is written: a failure writes nothing
    commit(outcome)
    warn(list(outcome.warnings))
    if isinstance(shown, dict):
        print_json(shown)
        return
    from crossdraw.domain.canonical import fingerprint

    console = out_console()
    head = fingerprint(outcome.line.sha256)
    for line in shown:
        print_whole(console, line.markup, head)  # the head is read aloud: never split


def _rendered(outcome: VoidOutcome, json_out: bool) -> dict[str, Any] | list[Text]:
    """The command's output for the void line as it will be written."""
    from rich.text import Text

    from crossdraw.domain.canonical import fingerprint

    entry, record = outcome.line, outcome.record
    if json_out:
        return {
            "voided": str(record),
            "group": entry.key.group,
            "prefecture": entry.key.prefecture,
            "reason": entry.reason,
            "ledger_line": entry.line,
            "voids_line": entry.voids,
            "head": entry.sha256,
            "signed_by": entry.signed_by,
        }
    return [
        Text.from_markup(text)
        for text in (
            say(
                "out.voided",
                pref=escape(entry.key.prefecture),
                group=entry.key.group,
                voids=entry.voids,
                line=entry.line,
                reason=escape(entry.reason),
            ),
            say("out.void_record", path=escape(str(record))),
            say("out.void_again", pref=escape(entry.key.prefecture)),
            "  "
            + say(
                "out.ledger_head", line=entry.line, fp=f"[bold]{fingerprint(entry.sha256)}[/bold]"
            ),
        )
    ]
