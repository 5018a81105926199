"""`ledger.jsonl`: the append-only, hash-chained log of a folder's draws, voids and commitments.

A second draw of a target is refused while an earlier one stands; `append_void`
withdraws one, and both stay in the ledger and the folder for good. Every write goes
through `crossdraw.store.journal` with the ledger locked, so a record never exists without
its line nor a line without its record, across a crash, a full disk or Ctrl-C. The
line format and the checks of the chain are in `crossdraw.records.chain` (docs/ALGORITHM.md §13).

Reading never writes: `read` and the folder account (`store/account.py`) take the ledger as it stands, and an
interrupted write is reported (`unfinished_write`), finished only by a writer or `recover`.
No file of the folder is opened through a symbolic link (`crossdraw.store.files`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeVar

from crossdraw.domain.canonical import sha256_hex
from crossdraw.domain.errors import InputError, Problem, Worded
from crossdraw.domain.text import nfc
from crossdraw.records.chain import (
    GENESIS,
    Entry,
    Head,
    TargetKey,
    chain_problems,
    commitment_line,
    draw_line,
    draw_of,
    encode,
    head_of,
    parse,
    seed_commit_line,
    seed_line,
    sign_line,
    standing,
    table_line,
    table_of,
    void_line,
    voids_of,
)
from crossdraw.records.models import (
    DrawRecord,
    LedgerLine,
    LineBase,
    Present,
    SeedCommitLine,
    SeedLine,
    TableRecord,
    VoidLine,
)
from crossdraw.records.record import record_digest
from crossdraw.records.signing import SigningKey
from crossdraw.store import journal
from crossdraw.store.files import cannot_read, is_link, read_bytes
from crossdraw.store.journal import Recovery
from crossdraw.store.storage import json_bytes, read_record

LEDGER_NAME = "ledger.jsonl"
__all__ = [  # what a caller (the commands, a ceremony) uses; Entry, Head, TargetKey from chain
    "LEDGER_NAME",
    "AlreadyDrawn",
    "Entry",
    "Head",
    "LedgerChanged",
    "Recovery",
    "TargetKey",
    "append_commitment",
    "append_draws",
    "append_seed",
    "append_seed_commit",
    "append_table",
    "append_void",
    "exists",
    "head",
    "read",
    "recover",
    "settle",
    "unfinished_write",
    "unfinished_writes",
]

_NO_REASON = Worded("a void needs --reason TEXT saying why, for the ledger", "void_no_reason")


def ledger_path(folder: Path) -> Path:
    return folder / LEDGER_NAME


def exists(folder: Path) -> bool:
    """Whether the folder has a ledger (a symbolic link counts, to be refused when read)."""
    path = ledger_path(folder)
    return path.is_file() or is_link(path)


def unfinished_write(folder: Path) -> Problem | None:
    """A write to `folder` that was interrupted and not yet finished or undone, as a
    problem naming the command that settles it; None when there is none. Never writes."""
    return journal.unfinished(folder) if folder.is_dir() else None


def unfinished_writes(paths: Iterable[Path]) -> list[Problem]:
    """`unfinished_write` of each folder given or holding a file given, once per folder."""
    folders = dict.fromkeys(path if path.is_dir() else path.parent for path in paths)
    return [found for folder in folders if (found := unfinished_write(folder)) is not None]


def recover(folder: Path) -> Recovery:
    """Finish or undo a write interrupted by a crash (`crossdraw recover`, and the
    writers before they write); what was done. InputError for a journal it refuses."""
    if unfinished_write(folder) is None:
        return Recovery("nothing")
    journal.refuse_untrusted(folder)  # before the ledger is opened (and perhaps created)
    try:
        with journal.locked(ledger_path(folder)) as fd:
            return journal.recover(folder, fd)
    except OSError as exc:
        reason = str(exc.strerror or exc)
        english = f"cannot finish an interrupted write: {reason}"
        stuck = Worded(english, "recover_failed", reason=reason)
        raise InputError.one(str(folder), stuck) from None


def settle(folder: Path) -> list[Problem]:
    """A writer's first step: `recover`, and what it did as a note for the user."""
    done = recover(folder)
    return [] if done.outcome == "nothing" else [Problem(str(folder), done.summary())]


def _parsed(folder: Path, data: bytes) -> list[Entry]:
    where = str(ledger_path(folder))
    entries, problems = parse(data, where)
    problems += chain_problems(entries, where)
    if problems:
        unfinished = unfinished_write(folder)
        raise InputError(
            [
                *problems,
                *([unfinished] if unfinished else []),
                Problem(
                    where,
                    Worded(
                        "the ledger is damaged; nothing was written. Run "
                        f"`crossdraw verify {folder}` and keep the folder as it is",
                        "ledger_damaged",
                        folder=str(folder),
                    ),
                ),
            ]
        )
    return entries


def _ledger_bytes(folder: Path) -> bytes:
    path = ledger_path(folder)
    try:
        return read_bytes(path)
    except OSError as exc:
        raise InputError.one(str(path), cannot_read(exc)) from None


def read(folder: Path) -> list[Entry]:
    """The folder's ledger lines as they stand (none when it has no ledger); InputError
    when it is damaged or a symbolic link. Never writes: see `unfinished_write`."""
    if not exists(folder):
        return []
    return _parsed(folder, _ledger_bytes(folder))


def head(folder: Path) -> Head | None:
    return head_of(read(folder))


class AlreadyDrawn(InputError):
    """A target's draw stands; a second one is refused until it is voided."""


class LedgerChanged(InputError):
    """Another crossdraw wrote to the ledger while this command prepared its lines."""


Files = list[tuple[str, bytes]]
Lines = list[LedgerLine]
AnyHead = Literal[False]  # `expect_head=False`: append whatever the ledger's head is


def _append(
    folder: Path,
    build: Callable[[list[Entry]], tuple[Files, Lines]],
    expect_head: Head | AnyHead | None,
) -> list[Entry]:
    path = ledger_path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with journal.locked(path) as fd:
            journal.recover(folder, fd)
            entries = _parsed(folder, journal.read_ledger(fd))
            if expect_head is not False and head_of(entries) != expect_head:
                english = (
                    "another crossdraw wrote to the ledger while this command was running; "
                    "nothing was written: run the command again"
                )
                raise LedgerChanged.one(str(path), Worded(english, "ledger_changed"))
            files, lines = build(entries)
            journal.commit(folder, fd, files, b"".join(encode(line) for line in lines))
    except FileExistsError as exc:
        exists = Worded("a file of this name exists; never overwritten", "file_exists")
        raise InputError.one(str(exc), exists) from None
    except OSError as exc:
        reason = str(exc.strerror or exc)
        english = f"cannot write: {reason}; nothing was written"
        raise InputError.one(str(path), Worded(english, "cannot_write", reason=reason)) from None
    start = entries[-1].line if entries else 0
    return [Entry(start + i, encode(line)[:-1], line) for i, line in enumerate(lines, start=1)]


def append_draws(
    folder: Path,
    drawn: Sequence[tuple[str, DrawRecord]],
    *,
    at: str,
    expect_head: Head | AnyHead | None = False,
    sign_key: SigningKey | None = None,
) -> list[Entry]:
    """Write each (file name, record) and its draw line: all of them, or nothing at all.

    With `sign_key` each line is signed (crossdraw-ledger/2), its signature covering the
    hash of the line before and its number, so no line can be replaced, removed from
    the middle, moved or grafted without the key.

    Refused (AlreadyDrawn) when a target's draw stands. With `expect_head` (the `head`
    seen when the draws were prepared), refused (LedgerChanged) if the ledger moved on.
    """

    bad = [name for name, _ in drawn if not journal.plain_record_name(name)]
    if bad:
        raise InputError.one(bad[0], journal.PLAIN_NAME)

    def build(entries: list[Entry]) -> tuple[Files, Lines]:
        now = standing(entries)
        for _, record in drawn:
            key = record.key
            if key in now:
                raise AlreadyDrawn.one(
                    str(folder / now[key].record), already_drawn_message(key, now[key], folder)
                )
        lines: Lines = []
        prev = entries[-1].sha256 if entries else GENESIS
        seq = entries[-1].seq if entries else 0
        for name, record in drawn:
            seq += 1
            line = _signed(draw_line(seq, prev, at, name, record), sign_key)
            prev = sha256_hex(encode(line)[:-1])
            lines.append(line)
        return [(name, json_bytes(record.as_json())) for name, record in drawn], lines

    return _append(folder, build, expect_head)


def already_drawn_message(key: TargetKey, entry: Entry, folder: Path) -> str:
    return (
        f"{key.prefecture} of group {key.group} was already drawn (ledger.jsonl line "
        f"{entry.line}) and that draw stands; a second draw is refused. To withdraw it, "
        f"with the witnesses: crossdraw void {folder / entry.record} --reason TEXT"
    )


def table_drawn_message(entry: Entry) -> str:
    plan = entry.line_model.plan
    return (
        f"the table of {plan.title} {plan.year} was already drawn (ledger.jsonl line "
        f"{entry.line}); a second table is refused: draw into another folder"
    )


def table_drawn(folder: Path, title: str, year: int) -> Entry | None:
    """The table line of the plan (title, year) in the folder's ledger, or None."""
    return table_of(read(folder), title, year)


def append_table(
    folder: Path,
    name: str,
    record: TableRecord,
    files: Sequence[tuple[str, bytes]],
    *,
    at: str,
    sign_key: SigningKey | None = None,
) -> Entry:
    """Write a table record, the other `files` (the new plan) and its table line: all or
    nothing. Refused (AlreadyDrawn) when the folder's ledger already has a table of the
    same plan (title and year): one table per plan year (§18). With `sign_key` the
    line is signed like any other (§13)."""
    if not journal.plain_record_name(name):
        raise InputError.one(name, journal.PLAIN_NAME)

    def build(entries: list[Entry]) -> tuple[Files, Lines]:
        earlier = table_of(entries, record.plan.title, record.plan.year)
        if earlier is not None:
            raise AlreadyDrawn.one(str(folder / earlier.record), table_drawn_message(earlier))
        seq = entries[-1].seq + 1 if entries else 1
        prev = entries[-1].sha256 if entries else GENESIS
        line = _signed(table_line(seq, prev, at, name, record), sign_key)
        return [*files, (name, json_bytes(record.as_json()))], [line]

    return _append(folder, build, False)[0]


Signable = TypeVar("Signable", bound=LineBase)


def _signed(line: Signable, key: SigningKey | None) -> Signable:
    """With a key, the line is signed (crossdraw-ledger/2); without, written as before."""
    return sign_line(line, key) if key else line


@dataclass(frozen=True)
class PreparedVoid:
    """A void line made but not written: `entry` is the line as it will be, `seen` the
    ledger's head it follows (the line is written only after it, see append_prepared)."""

    folder: Path
    entry: Entry
    seen: Head | None


def _void_for(
    folder: Path,
    entries: list[Entry],
    record_name: str,
    *,
    reason: str,
    at: str,
    sign_key: SigningKey | None,
) -> VoidLine:
    drawn = draw_of(entries, record_name)
    where = str(folder / record_name)
    if drawn is None:
        english = f"no draw of this record in {ledger_path(folder)}"
        no_draw = Worded(english, "void_no_draw", ledger=str(ledger_path(folder)))
        raise InputError.one(where, no_draw)
    voided = voids_of(entries).get(drawn.seq)
    if voided is not None:
        why = voided.line_model.reason if isinstance(voided.line_model, VoidLine) else ""
        english = f"already voided (ledger.jsonl line {voided.line}: {why})"
        raise InputError.one(where, Worded(english, "void_already", line=voided.line, why=why))
    _check_record_file(folder, drawn)
    seq, prev = entries[-1].seq + 1, entries[-1].sha256
    return _signed(void_line(seq, prev, at, drawn, reason), sign_key)


def prepare_void(
    folder: Path, record_name: str, *, reason: str, at: str, sign_key: SigningKey | None = None
) -> PreparedVoid:
    """The void line withdrawing the standing draw of `record_name`, every check done,
    nothing written (finish an interrupted write first: `settle`)."""
    if not nfc(reason).strip():
        raise InputError.one("--reason", _NO_REASON)
    entries = read(folder)
    line = _void_for(folder, entries, record_name, reason=reason, at=at, sign_key=sign_key)
    entry = Entry(entries[-1].line + 1, encode(line)[:-1], line)
    return PreparedVoid(folder, entry, head_of(entries))


def append_prepared(prepared: PreparedVoid) -> Entry:
    """Write a prepared void line; refused (LedgerChanged) if the ledger moved on since."""
    line = prepared.entry.line_model
    _append(prepared.folder, lambda entries: ([], [line]), prepared.seen)
    return prepared.entry


def append_void(
    folder: Path, record_name: str, *, reason: str, at: str, sign_key: SigningKey | None = None
) -> Entry:
    """Withdraw the standing draw of the record named `record_name`; the record stays."""
    if not nfc(reason).strip():
        raise InputError.one("--reason", _NO_REASON)

    def build(entries: list[Entry]) -> tuple[Files, Lines]:
        return [], [
            _void_for(folder, entries, record_name, reason=reason, at=at, sign_key=sign_key)
        ]

    return _append(folder, build, False)[0]


def _check_record_file(folder: Path, drawn: Entry) -> None:
    record = read_record(folder / drawn.record)
    if record_digest(record) != drawn.record_digest or record.digest != drawn.record_digest:
        english = (
            f"the record's digest is not the one at ledger.jsonl line {drawn.line}: it was "
            f"changed; run `crossdraw verify {folder}`"
        )
        changed = Worded(english, "void_record_changed", line=drawn.line, folder=str(folder))
        raise InputError.one(str(folder / drawn.record), changed)


def append_commitment(
    folder: Path,
    key: TargetKey,
    *,
    pool_digests: Sequence[tuple[str, str]],
    rules_digest: str,
    present: Present | Mapping[str, str],
    at: str,
    commitment_digest: str | None = None,
    sign_key: SigningKey | None = None,
) -> Entry:
    """Log what witnesses sign before any seed exists: the pools, the quotas, who is present.

    The next draw of `key` must then have these pool digests and quotas (`verify`).
    Refused (AlreadyDrawn) while a draw of `key` stands.
    """

    def build(entries: list[Entry]) -> tuple[Files, Lines]:
        now = standing(entries)
        if key in now:
            raise AlreadyDrawn.one(
                str(folder / now[key].record), already_drawn_message(key, now[key], folder)
            )
        seq = entries[-1].seq + 1 if entries else 1
        prev = entries[-1].sha256 if entries else GENESIS
        line = commitment_line(
            seq,
            prev,
            at,
            key,
            pool_digests=pool_digests,
            rules_digest=rules_digest,
            present=present,
            commitment_digest=commitment_digest,
        )
        return [], [_signed(line, sign_key)]

    return _append(folder, build, False)[0]


def _append_seed_step(
    folder: Path,
    key: TargetKey,
    make: Callable[[int, str], SeedCommitLine | SeedLine],
) -> Entry:
    def build(entries: list[Entry]) -> tuple[Files, Lines]:
        now = standing(entries)
        if key in now:
            raise AlreadyDrawn.one(
                str(folder / now[key].record), already_drawn_message(key, now[key], folder)
            )
        seq = entries[-1].seq + 1 if entries else 1
        prev = entries[-1].sha256 if entries else GENESIS
        return [], [make(seq, prev)]

    return _append(folder, build, False)[0]


def append_seed_commit(
    folder: Path,
    key: TargetKey,
    *,
    commitment: int,
    parts: Sequence[Mapping[str, str]],
    at: str,
    sign_key: SigningKey | None = None,
) -> Entry:
    """Log the parties' seed parts as committed (hashes, open digits, beacon names) before
    any part is shown (docs §17). Refused (AlreadyDrawn) while a draw of `key` stands."""
    return _append_seed_step(
        folder,
        key,
        lambda seq, prev: _signed(
            seed_commit_line(seq, prev, at, key, commitment=commitment, parts=parts), sign_key
        ),
    )


def append_seed(
    folder: Path,
    key: TargetKey,
    *,
    commits: int,
    parts: Sequence[Mapping[str, str]],
    at: str,
    sign_key: SigningKey | None = None,
) -> Entry:
    """Log the revealed parts and the seed they combine to, before the draw is computed:
    from here on an abandoned draw leaves this line behind (docs §17)."""
    return _append_seed_step(
        folder,
        key,
        lambda seq, prev: _signed(
            seed_line(seq, prev, at, key, commits=commits, parts=parts), sign_key
        ),
    )
