"""`crossdraw void`: withdraw a standing draw; its record and ledger lines stay for good."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

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
from crossdraw.cli.safe import escape
from crossdraw.domain.errors import InputError, Problem

if TYPE_CHECKING:  # the core loads in the commands that use it, not at start-up
    from crossdraw.records.chain import Entry


def _dependents(folder: Path, voided: Entry) -> list[Problem]:
    """Standing draws of the group that were drawn given the voided one (its `previous`)."""
    from crossdraw.store import ledger
    from crossdraw.store.storage import read_record

    out = []
    for key, entry in ledger.standing_draws(folder).items():
        if (key.plan_title, key.plan_year, key.group) != (
            voided.key.plan_title,
            voided.key.plan_year,
            voided.key.group,
        ):
            continue
        record = read_record(folder / entry.record)
        if any(p.record_digest == voided.record_digest for p in record.previous):
            out.append(
                Problem(
                    str(folder / entry.record),
                    f"the draw of {key.prefecture} (ledger.jsonl line {entry.line}) was made "
                    f"given the voided one; it stands unless voided too, and a new draw of "
                    f"{voided.key.prefecture} will be made given it",
                )
            )
    return out


@guarded
def void(
    record: Annotated[Path, typer.Argument(help="The record file of the draw to withdraw.")],
    *,
    reason: Annotated[
        str | None, typer.Option("--reason", help="Why the draw is withdrawn (required).")
    ] = None,
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
    from crossdraw.domain.canonical import fingerprint
    from crossdraw.store import ledger

    if reason is None or not reason.strip():
        raise InputError.one(
            "--reason", "a void needs --reason TEXT saying why, for the ledger and the witnesses"
        )
    key = signing_key(sign_key)
    folder = record.parent
    if not ledger.exists(folder):
        raise InputError.one(
            str(record),
            f"no ledger.jsonl in {folder}: only a draw logged in the ledger beside its record "
            "can be voided",
        )
    at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    entry = ledger.append_void(folder, record.name, reason=reason, at=at, sign_key=key)
    warn(_dependents(folder, entry))
    if json_out:
        print_json(
            {
                "voided": str(record),
                "group": entry.key.group,
                "prefecture": entry.key.prefecture,
                "reason": entry.data["reason"],
                "ledger_line": entry.line,
                "voids_line": entry.data["voids"],
                "head": entry.sha256,
                "signed_by": (entry.data.get("signature") or {}).get("fingerprint"),
            }
        )
        return
    console = out_console()
    console.print(
        f"[bold]voided[/bold] the draw of {entry.key.prefecture} of group {entry.key.group} "
        f"(ledger.jsonl line {entry.data['voids']}) at line {entry.line}: "
        f"{escape(entry.data['reason'])}"
    )
    console.print(f"  the record stays: {escape(str(record))}")
    console.print(f"  {entry.key.prefecture} may now be drawn again")
    console.print(
        f"  ledger head (line {entry.line}) [bold]{fingerprint(entry.sha256)}[/bold]: "
        "note it on the sign-off sheet"
    )
