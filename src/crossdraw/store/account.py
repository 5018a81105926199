"""One account of a draws folder: its ledger and records read once, and what they say.

Every command that consumes records takes them from here, so that all agree on which
draws stand, which were voided (with the void line and its reason), which commitments
never led to a draw, and what is wrong with the folder. Reading never writes: an
interrupted write is reported, and finished only by `crossdraw recover` or the next
`draw`, `void` or `ceremony` in the folder (docs/ALGORITHM.md §13.4).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crossdraw.domain.canonical import sha256_hex
from crossdraw.domain.errors import InputError, Problem, Worded
from crossdraw.records.chain import (
    Entry,
    Head,
    TargetKey,
    chain_problems,
    commitment_problems,
    event_problems,
    head_of,
    ledger_at,
    parse,
    seed_problems,
    voids_of,
)
from crossdraw.records.models import DrawRecord, SeedLine, TableLine, TableRecord
from crossdraw.records.record import record_digest, record_file_name
from crossdraw.records.signing import Trust
from crossdraw.records.table_record import table_digest
from crossdraw.store.files import cannot_read, read_bytes
from crossdraw.store.ledger import LEDGER_NAME, exists, unfinished_write
from crossdraw.store.storage import read_record, read_records_in, read_table_records_in


@dataclass(frozen=True)
class Draw:
    """A draw logged in the ledger, with its record and, when withdrawn, its void line."""

    path: Path
    record: DrawRecord
    line: Entry
    void: Entry | None = None

    @property
    def key(self) -> TargetKey:
        return self.line.key

    @property
    def voided(self) -> bool:
        return self.void is not None

    @property
    def digest(self) -> str:
        return self.line.record_digest

    @property
    def selected(self) -> tuple[str, ...]:
        return self.record.selected_ids

    def void_note(self) -> str:
        """Where and why it was voided, for messages: 'ledger.jsonl line 2: 见证人未到场'."""
        return void_note(self.void) if self.void is not None else ""


def void_note(void: Entry) -> str:
    """Where and why a draw was voided, for messages: 'ledger.jsonl line 2: 见证人未到场'."""
    return f"{LEDGER_NAME} line {void.line}: {void.reason}"


_RESTARTS = {
    "commitment": ("commitment",),
    "seed-commit": ("commitment", "seed-commit"),
    "seed": ("commitment", "seed-commit", "seed"),
}


@dataclass(frozen=True)
class Table:
    """A group table logged in the ledger (`plan draw`, §18), with its record."""

    path: Path
    record: TableRecord
    line: Entry

    @property
    def plan(self) -> tuple[str, int]:
        """The new plan it was drawn for: (title, year)."""
        return self.record.plan.title, self.record.plan.year


@dataclass(frozen=True)
class FolderAccount:
    """What a draws folder says, read once (`read_account`)."""

    folder: Path
    lines: tuple[Entry, ...]
    draws: tuple[Draw, ...]  # every logged draw whose record is there and matches, ledger order
    unlogged: tuple[tuple[Path, DrawRecord], ...]  # records with no draw line
    problems: tuple[Problem, ...]
    has_ledger: bool
    changed: tuple[Entry, ...] = ()  # draw lines whose record was edited or replaced since
    damaged: tuple[Problem, ...] = ()  # files that say they are records but cannot be read
    tables: tuple[Table, ...] = ()  # logged group tables whose record is there and matches
    unlogged_tables: tuple[tuple[Path, TableRecord], ...] = ()  # table records with no line
    changed_tables: tuple[Entry, ...] = ()  # table lines whose record was edited since

    def standing_table(self, title: str, year: int) -> Table | None:
        """The table drawn for the plan (title, year): one per plan year (§18)."""
        return next((t for t in self.tables if t.plan == (title, year)), None)

    @property
    def ledger(self) -> Path:
        return self.folder / LEDGER_NAME

    @property
    def standing(self) -> tuple[Draw, ...]:
        """The draws that stand (never voided), in ledger order."""
        return tuple(d for d in self.draws if not d.voided)

    @property
    def voided(self) -> tuple[Draw, ...]:
        return tuple(d for d in self.draws if d.voided)

    def changed_standing(self) -> tuple[Entry, ...]:
        """Draw lines, not voided, whose record file no longer is the one logged."""
        voided = voids_of(list(self.lines))
        return tuple(e for e in self.changed if e.seq not in voided)

    @property
    def open_commitments(self) -> tuple[Entry, ...]:
        """Commitment, seed commitment and seed lines that never led to a draw (docs §17.4).

        A commitment is closed by a draw of its target before its next commitment; a seed
        line by a draw *with its seed* before the next commitment, seed commitment or seed
        line of its target; a seed commitment only by its own seed line, closed. So a
        ceremony abandoned at any step, a seed rolled again or replaced by another, or
        committed parts never revealed show.
        """
        return tuple(e for i, e in enumerate(self.lines) if e.type in _RESTARTS and self._open(i))

    def _open(self, index: int) -> bool:
        entry = self.lines[index]
        restarts = _RESTARTS[entry.type]
        for later in range(index + 1, len(self.lines)):
            e = self.lines[later]
            if e.key != entry.key:
                continue
            if entry.type == "seed-commit" and e.type == "seed":
                line = e.line_model
                return not (isinstance(line, SeedLine) and line.commits == entry.seq) or (
                    self._open(later)
                )
            if e.type == "draw":
                if entry.type == "seed-commit":  # a draw whose committed parts never showed
                    return True
                return entry.type == "seed" and not self._drawn_with(e, entry)
            if e.type in restarts:
                return True
        return True

    def _drawn_with(self, draw: Entry, seed: Entry) -> bool:
        """Whether the draw line's record used the seed line's seed (a missing or changed
        record is a problem of its own, reported elsewhere: not held against the seed)."""
        line = seed.line_model
        record = next((d.record for d in self.draws if d.line.seq == draw.seq), None)
        return record is None or (isinstance(line, SeedLine) and record.seed.value == line.seed)

    def unfinished(self, key: TargetKey) -> tuple[Entry, ...]:
        """The open lines of `key` since its last draw (commitment first), oldest first."""
        since: list[Entry] = []
        for entry in self.lines:
            if entry.key != key:
                continue
            if entry.type == "draw":
                since = []
            elif entry.type in _RESTARTS:
                since.append(entry)
        return tuple(since)

    @property
    def head(self) -> Head | None:
        return head_of(list(self.lines))

    def draw_at(self, path: Path) -> Draw | None:
        """The logged draw whose record is the file `path`, or None."""
        wanted = path.resolve()
        return next((d for d in self.draws if d.path.resolve() == wanted), None)

    def draw_of_digest(self, digest: str) -> Draw | None:
        return next((d for d in self.draws if d.digest == digest), None)

    def draw_line_of(self, digest: str) -> Entry | None:
        """The draw line that logs the record with this digest, wherever its file is now."""
        return next((e for e in self.lines if e.type == "draw" and e.record_digest == digest), None)

    def void_of(self, digest: str) -> Entry | None:
        """The void line that withdrew the draw of the record with this digest, whatever the
        record's file is called now or wherever it was copied; None if it was never voided."""
        drawn = self.draw_line_of(digest)
        return voids_of(list(self.lines)).get(drawn.seq) if drawn is not None else None

    def unsound(self) -> tuple[Problem, ...]:
        """The problems that make the folder's account untrustworthy for filing: all but
        records lying in it with no ledger line (those are simply not filed)."""
        loose = {str(path) for path, _ in self.unlogged}
        return tuple(p for p in self.problems if p.where not in loose)

    def counts(self) -> dict[str, int]:
        kinds = ("draw", "void", "commitment", "seed-commit", "seed", "table")
        return {k: sum(e.type == k for e in self.lines) for k in kinds}


def read_account(folder: Path, *, trust: Trust | None = None) -> FolderAccount:
    """Read the folder's ledger and records once; never writes anything.

    A folder without a ledger (written before there was one) gives every record as
    `unlogged`. InputError only when the ledger exists and cannot be read at all.
    """
    found, damaged = read_records_in(folder)
    found_tables, damaged_tables = read_table_records_in(folder)
    damaged += damaged_tables
    records = {path.name: (path, record) for path, record in found}
    table_records = {path.name: (path, record) for path, record in found_tables}
    where = str(folder / LEDGER_NAME)
    problems: list[Problem] = list(damaged)
    unfinished = unfinished_write(folder)
    if unfinished is not None:
        problems.append(unfinished)
    if not exists(folder):
        return FolderAccount(
            folder,
            (),
            (),
            tuple(records.values()),
            tuple(problems),
            has_ledger=False,
            damaged=tuple(damaged),
            unlogged_tables=tuple(table_records.values()),
        )
    try:
        data = read_bytes(folder / LEDGER_NAME)
    except OSError as exc:
        raise InputError.one(where, cannot_read(exc)) from None
    entries, bad_lines = parse(data, where)
    problems += bad_lines
    problems += chain_problems(entries, where)
    problems += event_problems(entries, where, trust)
    voids = voids_of(entries)
    draws: list[Draw] = []
    changed: list[Entry] = []
    tables: list[Table] = []
    changed_tables: list[Entry] = []
    for entry in entries:
        if isinstance(entry.line_model, TableLine):
            table = _table(folder, where, entry, table_records, problems, changed_tables)
            if table is not None:
                tables.append(table)
            continue
        if entry.type != "draw":
            continue
        at = ledger_at(where, entry.line)
        path = folder / entry.record
        expected = record_file_name(entry.key.group, entry.key.prefecture, entry.record_digest)
        if entry.record != expected:
            problems.append(
                Problem(
                    at,
                    Worded(
                        f"names the record {entry.record}, but a record with digest "
                        f"{entry.record_digest} is named {expected} (a record swapped in under "
                        "another draw's file name?)",
                        "record_swapped",
                        record=entry.record,
                        digest=entry.record_digest,
                        expected=expected,
                    ),
                )
            )
        if entry.record not in records:
            if not path.is_file():
                english = f"its record {entry.record} is missing"
                missing = Worded(english, "record_missing", record=entry.record)
                problems.append(Problem(at, missing))
                continue
            try:
                read_record(path)
            except InputError as exc:
                problems.extend(
                    Problem(at, Worded(f"its record {p}", "record_unreadable", problem=p))
                    for p in exc.problems
                )
                continue
            english = f"its record {entry.record} is not a crossdraw record"
            problems.append(Problem(at, Worded(english, "record_foreign", record=entry.record)))
            continue
        _, record = records[entry.record]
        if record.digest != entry.record_digest or record_digest(record) != entry.record_digest:
            english = (
                f"its record {entry.record} has digest {record_digest(record)}, the ledger "
                f"says {entry.record_digest} (the record was edited or replaced)"
            )
            fields = {"record": entry.record, "now": record_digest(record)}
            fields["logged"] = entry.record_digest
            problems.append(Problem(at, Worded(english, "record_edited", **fields)))
            changed.append(entry)
            continue
        if record.key != entry.key:
            english = f"its record {entry.record} is of {record.key}"
            fields = {"record": entry.record, "of": str(record.key)}
            problems.append(Problem(at, Worded(english, "record_other_key", **fields)))
            continue
        draws.append(Draw(path, record, entry, voids.get(entry.seq)))
    problems += commitment_problems(entries, where, {d.line.record: d.record for d in draws})
    problems += seed_problems(entries, where)
    logged = {e.record for e in entries if e.type == "draw"}
    unlogged = tuple(records[name] for name in sorted(records) if name not in logged)
    problems += [
        Problem(
            str(path),
            Worded(
                f"no ledger line: {where} does not list this record (not written by `crossdraw "
                "draw`, or the ledger was cut)",
                "record_unlogged",
                ledger=where,
            ),
        )
        for path, _ in unlogged
    ]
    logged_tables = {e.record for e in entries if e.type == "table"}
    unlogged_tables = tuple(
        table_records[name] for name in sorted(table_records) if name not in logged_tables
    )
    problems += [
        Problem(
            str(path),
            Worded(
                f"no ledger line: {where} does not list this table record (not written by "
                "`crossdraw plan draw`, or the ledger was cut)",
                "table_unlogged",
                ledger=where,
            ),
        )
        for path, _ in unlogged_tables
    ]
    return FolderAccount(
        folder,
        tuple(entries),
        tuple(draws),
        unlogged,
        tuple(problems),
        True,
        tuple(changed),
        tuple(damaged),
        tuple(tables),
        unlogged_tables,
        tuple(changed_tables),
    )


def _table(
    folder: Path,
    where: str,
    entry: Entry,
    records: dict[str, tuple[Path, TableRecord]],
    problems: list[Problem],
    changed: list[Entry],
) -> Table | None:
    """The table a table line logs, when its record and new plan are there, unedited."""
    line = entry.line_model
    assert isinstance(line, TableLine)
    at = ledger_at(where, entry.line)
    if line.record not in records:
        gone = not (folder / line.record).is_file()
        what = "is missing" if gone else "is not a table record"
        kind = "record_missing" if gone else "table_foreign"
        english = f"its record {line.record} {what}"
        problems.append(Problem(at, Worded(english, kind, record=line.record)))
        return None
    path, record = records[line.record]
    if record.digest != line.record_digest or table_digest(record) != line.record_digest:
        english = (
            f"its record {line.record} has digest {table_digest(record)}, the ledger says "
            f"{line.record_digest} (the record was edited or replaced)"
        )
        fields = {"record": line.record, "now": table_digest(record), "logged": line.record_digest}
        problems.append(Problem(at, Worded(english, "record_edited", **fields)))
        changed.append(entry)
        return None
    groups = tuple((g.members, g.targets) for g in record.groups)
    if (record.plan.title, record.plan.year) != (line.plan.title, line.plan.year) or (
        groups != line.groups
    ):
        english = f"its record {line.record} is not the table this line logs"
        problems.append(Problem(at, Worded(english, "table_other", record=line.record)))
        return None
    plan_file = folder / record.plan_file.name
    if not plan_file.is_file():
        english = f"the plan file {record.plan_file.name} is missing"
        missing = Worded(english, "plan_file_missing", name=record.plan_file.name)
        problems.append(Problem(at, missing))
    else:
        try:
            sha = sha256_hex(read_bytes(plan_file))
        except OSError as exc:
            problems.append(Problem(str(plan_file), cannot_read(exc)))
        else:
            if sha != record.plan_file.sha256:
                problems.append(
                    Problem(
                        str(plan_file),
                        Worded(
                            f"has sha256 {sha}, the table record {line.record} says "
                            f"{record.plan_file.sha256} (the plan was edited after the draw; "
                            "keep the drawn file and edit a copy)",
                            "plan_file_edited",
                            sha=sha,
                            record=line.record,
                            logged=record.plan_file.sha256,
                        ),
                    )
                )
    return Table(path, record, entry)
