"""Withdrawing a standing draw (`crossdraw void`): a void line; the record stays for good."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crossdraw.domain.errors import InputError, Problem
from crossdraw.output.messages import say
from crossdraw.records.chain import Entry
from crossdraw.records.signing import SigningKey
from crossdraw.services.drawing import now_utc
from crossdraw.store import ledger
from crossdraw.store.account import read_account


@dataclass(frozen=True)
class VoidOutcome:
    """A void, checked and ready (`prepare`), or written (`commit` returns the same line)."""

    record: Path
    line: Entry
    warnings: tuple[Problem, ...]
    prepared: ledger.PreparedVoid | None = None


def _dependents(folder: Path, voided: Entry) -> list[Problem]:
    """Standing draws of the group that were drawn given the voided one (its `previous`)."""
    account = read_account(folder)
    if account.damaged:  # a damaged record may be one of them: nothing is voided past it
        raise InputError(account.damaged)
    out = []
    for draw in account.standing:
        key = draw.key
        if (key.plan_title, key.plan_year, key.group) != (
            voided.key.plan_title,
            voided.key.plan_year,
            voided.key.group,
        ):
            continue
        if any(p.record_digest == voided.record_digest for p in draw.record.previous):
            out.append(
                Problem(
                    str(draw.path),
                    say(
                        "input.void_dependent",
                        pref=key.prefecture,
                        line=draw.line.line,
                        voided=voided.key.prefecture,
                    ),
                )
            )
    return out


def prepare(record: Path, reason: str | None, sign_key: SigningKey | None = None) -> VoidOutcome:
    """Everything a void needs, checked, with nothing written: the record and its draw
    line, the void line as it will be, and the standing draws made given this one. The
    caller renders its message from this before `commit`, so a failure writes nothing."""
    if reason is None or not reason.strip():
        raise InputError.one("--reason", say("input.void_reason"))
    folder = record.parent
    if not ledger.exists(folder):  # a symbolic link counts: append_void refuses it
        raise InputError.one(
            str(record),
            say("input.void_no_ledger", folder=folder),
        )
    notes = ledger.settle(folder)  # finish an interrupted write first, as every writer does
    prepared = ledger.prepare_void(
        folder, record.name, reason=reason, at=now_utc(), sign_key=sign_key
    )
    warnings = (*notes, *_dependents(folder, prepared.entry))
    return VoidOutcome(record, prepared.entry, warnings, prepared)


def commit(outcome: VoidOutcome) -> VoidOutcome:
    """Append the prepared void line; refused, writing nothing, if the ledger moved on."""
    if outcome.prepared is None:
        return outcome
    return VoidOutcome(outcome.record, ledger.append_prepared(outcome.prepared), outcome.warnings)


def void(record: Path, reason: str | None, sign_key: SigningKey | None = None) -> VoidOutcome:
    """Append a void line for the standing draw of `record` to the ledger beside it."""
    return commit(prepare(record, reason, sign_key))
