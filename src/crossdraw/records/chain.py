"""Ledger lines and their hash chain: the format, and every check that needs no files.

Each line of `ledger.jsonl` is the canonical JSON of one event (a draw, a void, a
commitment, a seed commitment, a revealed seed or a drawn group table) carrying the
SHA-256 of the line before it (docs/ALGORITHM.md §13). A
target's draw *stands* until a void line withdraws it. Pure functions over bytes and
values; `crossdraw.store.ledger` reads and writes the folder.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from crossdraw.domain.canonical import canonical_json, digest, fingerprint, sha256_hex
from crossdraw.domain.errors import InputError, Problem, Worded
from crossdraw.domain.text import nfc
from crossdraw.records.models import (
    LEDGER_SCHEMA,
    CommitmentLine,
    DrawLine,
    DrawRecord,
    LedgerLine,
    LineBase,
    Present,
    RequirementInForce,
    SeedCommitLine,
    SeedLine,
    TableLine,
    TableRecord,
    VoidLine,
    parse_line,
)
from crossdraw.records.models import TargetKey as TargetKey  # the key of a draw, re-exported
from crossdraw.records.signing import (
    SigningKey,
    Trust,
    check_signature,
    sign_digest,
    trust_problem,
)

SCHEMA = LEDGER_SCHEMA
SCHEMA_V1 = "crossdraw-ledger/1"
GENESIS = "0" * 64
L = TypeVar("L", bound=LineBase)  # any kind of line, those added later too


@dataclass(frozen=True)
class Entry:
    """One line of the ledger, as read: its number, bytes (without newline) and content."""

    line: int
    raw: bytes
    line_model: LedgerLine

    @property
    def data(self) -> dict[str, Any]:
        """The line's object as stored (for callers not yet reading `line_model`)."""
        return self.line_model.as_json()

    @property
    def sha256(self) -> str:
        return sha256_hex(self.raw)

    @property
    def seq(self) -> int:
        return self.line_model.seq

    @property
    def type(self) -> str:
        return self.line_model.type

    @property
    def key(self) -> TargetKey:
        """The target a line is about. A table line is about no target: its key has group 0
        and no prefecture, so it never equals a target's key."""
        model = self.line_model
        if isinstance(model, TableLine):
            return TargetKey(model.plan.title, model.plan.year, 0, "")
        return model.key

    @property
    def record(self) -> str:
        """The record file a draw, void or table line names ("" for any other line)."""
        model = self.line_model
        return model.record if isinstance(model, DrawLine | VoidLine | TableLine) else ""

    @property
    def record_digest(self) -> str:
        model = self.line_model
        return model.record_digest if isinstance(model, DrawLine | VoidLine | TableLine) else ""

    @property
    def reason(self) -> str:
        """Why a void line withdrew its draw ("" for any other line)."""
        model = self.line_model
        return model.reason if isinstance(model, VoidLine) else ""

    @property
    def voids(self) -> int | None:
        """The seq of the draw line a void line withdraws (None for any other line)."""
        model = self.line_model
        return model.voids if isinstance(model, VoidLine) else None

    @property
    def signed_by(self) -> str | None:
        """The fingerprint of the key that signed the line, if any."""
        return self.line_model.signed_by


@dataclass(frozen=True)
class Head:
    """The last line: publish its hash (e.g. on the sign-off sheet) to pin everything before."""

    seq: int
    sha256: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sha256)


def ledger_at(where: str, line: int) -> str:
    """Where a ledger line is ('ledger.jsonl line 3'), worded in the run's language."""
    return Worded(f"{where} line {line}", "ledger_line_at", file=where, line=line)


def line_digest(line: LineBase) -> str:
    """What a line's signature signs: the line as stored without `signature`, so its
    `seq` and `prev` (the hash of the line before) too."""
    return digest(line.unsigned_json())


def sign_line(line: L, key: SigningKey) -> L:
    """The line signed with `key`: schema crossdraw-ledger/2 and its `signature` (§13.3)."""
    value = {**line.unsigned_json(), "schema": SCHEMA}
    signature = sign_digest(key, digest(value))
    return type(line).from_value({**value, "signature": signature.as_json()}, _where(line.seq))


def encode(line: LedgerLine) -> bytes:
    return canonical_json(line.as_json()) + b"\n"


def _base(seq: int, kind: str, prev: str, at: str, key: TargetKey) -> dict[str, Any]:
    """A line as written without a key (crossdraw-ledger/1, byte for byte as before)."""
    return {"schema": SCHEMA_V1, "seq": seq, "type": kind, "prev": prev, "at": at, **key.fields()}


def _where(seq: int) -> str:
    return f"the new ledger line {seq}"


def draw_line(seq: int, prev: str, at: str, name: str, record: DrawRecord) -> DrawLine:
    return DrawLine.from_value(
        {
            **_base(seq, "draw", prev, at, record.key),
            "record": name,
            "record_digest": record.digest,
            "selected": list(record.selected_ids),
        },
        _where(seq),
    )


def table_line(seq: int, prev: str, at: str, name: str, record: TableRecord) -> TableLine:
    """The line of a drawn group table: the new plan, its record, and its groups (§18)."""
    return TableLine.from_value(
        {
            "schema": SCHEMA_V1,
            "seq": seq,
            "type": "table",
            "prev": prev,
            "at": at,
            "plan": {"title": record.plan.title, "year": record.plan.year},
            "record": name,
            "record_digest": record.digest,
            "groups": [[list(g.members), list(g.targets)] for g in record.groups],
        },
        _where(seq),
    )


def table_of(entries: Sequence[Entry], title: str, year: int) -> Entry | None:
    """The (first) table line of the plan (title, year), or None."""
    return next(
        (
            e
            for e in entries
            if isinstance(e.line_model, TableLine)
            and (e.line_model.plan.title, e.line_model.plan.year) == (title, year)
        ),
        None,
    )


def void_line(seq: int, prev: str, at: str, drawn: Entry, reason: str) -> VoidLine:
    return VoidLine.from_value(
        {
            **_base(seq, "void", prev, at, drawn.key),
            "record": drawn.record,
            "record_digest": drawn.record_digest,
            "voids": drawn.seq,
            "reason": nfc(reason),
        },
        _where(seq),
    )


def commitment_line(
    seq: int,
    prev: str,
    at: str,
    key: TargetKey,
    *,
    pool_digests: Sequence[tuple[str, str]],
    rules_digest: str,
    present: Present | Mapping[str, str],
    commitment_digest: str | None,
) -> CommitmentLine:
    people = present.as_json() if isinstance(present, Present) else present
    return CommitmentLine.from_value(
        {
            **_base(seq, "commitment", prev, at, key),
            "pool_digests": [{"prefecture": p, "digest": d} for p, d in pool_digests],
            "rules_digest": rules_digest,
            "present": {k: nfc(v) for k, v in sorted(people.items())},
            "commitment_digest": commitment_digest,
        },
        _where(seq),
    )


PART_HASH_PREFIX = "crossdraw-seed-part/1:"


def part_hash(salt: str, digits: str) -> str:
    """What a seed commitment states for a hidden part (docs §17): SHA-256 of the UTF-8
    bytes of "crossdraw-seed-part/1:" + salt (32 hex digits) + ":" + digits."""
    return sha256_hex(f"{PART_HASH_PREFIX}{salt}:{digits}".encode())


def seed_commit_line(
    seq: int,
    prev: str,
    at: str,
    key: TargetKey,
    *,
    commitment: int,
    parts: Sequence[Mapping[str, str]],
) -> SeedCommitLine:
    return SeedCommitLine.from_value(
        {
            **_base(seq, "seed-commit", prev, at, key),
            "commitment": commitment,
            "parts": [{k: nfc(v) for k, v in sorted(p.items())} for p in parts],
        },
        _where(seq),
    )


def seed_line(
    seq: int,
    prev: str,
    at: str,
    key: TargetKey,
    *,
    commits: int,
    parts: Sequence[Mapping[str, str]],
) -> SeedLine:
    revealed = [{k: nfc(v) for k, v in sorted(p.items())} for p in parts]
    return SeedLine.from_value(
        {
            **_base(seq, "seed", prev, at, key),
            "commits": commits,
            "parts": revealed,
            "seed": "-".join(p["digits"] for p in revealed),
        },
        _where(seq),
    )


def reveal_problems(committed: SeedCommitLine, revealed: SeedLine) -> list[str]:
    """How revealed parts fail their commitment: party, kind, hash or beacon name (docs §17)."""
    out: list[str] = []
    if len(committed.parts) != len(revealed.parts):
        return [f"reveals {len(revealed.parts)} parts, {len(committed.parts)} were committed"]
    for i, (c, r) in enumerate(zip(committed.parts, revealed.parts, strict=True), start=1):
        if c.party != r.party:
            out.append(f"part {i} was committed by {c.party!r}, revealed as {r.party!r}")
        if c.sha256 is not None and (r.salt is None or part_hash(r.salt, r.digits) != c.sha256):
            out.append(f"part {i} ({c.party}) does not match its committed SHA-256")
        if c.digits is not None and (c.digits != r.digits or r.salt is not None):
            out.append(f"part {i} ({c.party}) is not the digits committed openly")
        if c.beacon is not None and c.beacon != r.beacon:
            out.append(f"part {i} was committed as the beacon {c.beacon!r}, revealed otherwise")
        if c.beacon is None and r.beacon is not None:
            out.append(f"part {i} claims to be a beacon; it was not committed as one")
    if revealed.seed != "-".join(p.digits for p in revealed.parts):
        out.append("its seed is not its parts joined with -")
    return out


def seed_problems(entries: Sequence[Entry], where: str) -> list[Problem]:
    """Seed lines must reveal the seed commitment they name, of their target, after the
    commitment it names. (A draw after a seed line with another seed is no problem of
    the chain: the seed line then led to no draw, and the folder account lists it.)"""
    problems: list[Problem] = []
    by_seq = {e.seq: e for e in entries}
    for entry in entries:
        at = ledger_at(where, entry.line)
        line = entry.line_model
        if isinstance(line, SeedCommitLine):
            named = by_seq.get(line.commitment)
            if (
                named is None
                or not isinstance(named.line_model, CommitmentLine)
                or named.key != entry.key
                or named.seq > entry.seq
            ):
                english = f"names commitment seq {line.commitment}, not one of its target"
                wrong = Worded(english, "wrong_commitment", seq=line.commitment)
                problems.append(Problem(at, wrong))
        elif isinstance(line, SeedLine):
            named = by_seq.get(line.commits)
            if (
                named is None
                or not isinstance(named.line_model, SeedCommitLine)
                or named.key != entry.key
                or named.seq > entry.seq
            ):
                english = f"reveals seq {line.commits}, not a seed commitment of its target"
                wrong = Worded(english, "wrong_seed_commitment", seq=line.commits)
                problems.append(Problem(at, wrong))
            else:
                problems.extend(Problem(at, m) for m in reveal_problems(named.line_model, line))
    return problems


def rules_digest(requirements_in_force: Sequence[RequirementInForce]) -> str:
    """The digest a commitment states for the quotas: of the record's `requirements_in_force`."""
    return digest([r.as_json() for r in requirements_in_force])


def is_record_name(name: str) -> bool:
    """A plain file name in the ledger's own folder (never a path out of it)."""
    return (
        name.endswith(".json") and not name.startswith(".") and "/" not in name and "\\" not in name
    )


def parse(data: bytes, where: str) -> tuple[list[Entry], list[Problem]]:
    """The lines of a ledger file's bytes, and what is wrong with any line on its own."""
    entries: list[Entry] = []
    problems: list[Problem] = []
    lines = data.split(b"\n")
    for number, raw in enumerate(lines, start=1):
        at = ledger_at(where, number)
        if number == len(lines):
            if raw:
                english = "incomplete: no newline at its end (the file was cut)"
                problems.append(Problem(at, Worded(english, "line_cut")))
            break
        try:
            line = parse_line(raw, at)
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        if canonical_json(line.as_json()) != raw:
            problems.append(
                Problem(at, Worded("not in canonical form (edited by hand?)", "line_edited"))
            )
            continue
        entries.append(Entry(number, raw, line))
    return entries, problems


def chain_problems(entries: Sequence[Entry], where: str) -> list[Problem]:
    """Every break of the chain: edited lines, and lines deleted, inserted or moved."""
    problems: list[Problem] = []
    for index, entry in enumerate(entries):
        before = entries[index - 1] if index else None
        expected_seq = before.seq + 1 if before else 1
        expected_prev = before.sha256 if before else GENESIS
        adjacent = before is None or before.line == entry.line - 1
        if entry.seq != expected_seq:
            follows = f"follows seq {before.seq} (line {before.line})" if before else "is first"
            problems.append(
                Problem(
                    ledger_at(where, entry.line),
                    f"seq {entry.seq} {follows}: "
                    + (
                        f"{entry.seq - expected_seq} line(s) deleted before it, or lines moved"
                        if entry.seq > expected_seq
                        else "lines moved or repeated"
                    ),
                )
            )
        elif entry.line_model.prev != expected_prev and adjacent:
            if before is None:
                problems.append(
                    Problem(
                        ledger_at(where, 1),
                        Worded(
                            f"prev is not {GENESIS[:8]}… (the first line)",
                            "first_prev",
                            genesis=GENESIS[:8],
                        ),
                    )
                )
            else:
                problems.append(
                    Problem(
                        ledger_at(where, before.line),
                        Worded(
                            f"edited (its hash does not match line {entry.line}'s prev)",
                            "line_hash",
                            next=entry.line,
                        ),
                    )
                )
    return problems


def standing(entries: Sequence[Entry]) -> dict[TargetKey, Entry]:
    """The draw line of every target whose draw stands (not voided), in ledger order."""
    out: dict[TargetKey, Entry] = {}
    for entry in entries:
        line = entry.line_model
        if isinstance(line, DrawLine):
            out.setdefault(entry.key, entry)
        elif isinstance(line, VoidLine):
            drawn = out.get(entry.key)
            if drawn is not None and drawn.seq == line.voids:
                del out[entry.key]
    return out


def draw_of(entries: Sequence[Entry], record_name: str) -> Entry | None:
    """The draw line of the record file named `record_name`, or None."""
    return next((e for e in entries if e.type == "draw" and e.record == record_name), None)


def voids_of(entries: Sequence[Entry]) -> dict[int, Entry]:
    """Void lines by the seq of the draw line each withdraws."""
    return {e.line_model.voids: e for e in entries if isinstance(e.line_model, VoidLine)}


def head_of(entries: Sequence[Entry]) -> Head | None:
    return Head(entries[-1].seq, entries[-1].sha256) if entries else None


def event_problems(entries: Sequence[Entry], where: str, trust: Trust | None) -> list[Problem]:
    """Draws while one stands, voids of nothing, a second table of a plan year, records named
    twice, and bad or missing signatures on lines of any kind."""
    problems: list[Problem] = []
    current: dict[TargetKey, Entry] = {}
    records: dict[str, Entry] = {}
    tables: dict[tuple[str, int], Entry] = {}
    for entry in entries:
        at = ledger_at(where, entry.line)
        line = entry.line_model
        if isinstance(line, TableLine):
            plan = (line.plan.title, line.plan.year)
            if plan in tables:
                problems.append(
                    Problem(
                        at,
                        Worded(
                            f"a second table of {plan[0]} {plan[1]} (the first is at line "
                            f"{tables[plan].line})",
                            "second_table",
                            title=plan[0],
                            year=plan[1],
                            first=tables[plan].line,
                        ),
                    )
                )
            if line.record in records:
                english = f"names {line.record} again (line {records[line.record].line})"
                again = Worded(
                    english, "record_again", record=line.record, first=records[line.record].line
                )
                problems.append(Problem(at, again))
            tables.setdefault(plan, entry)
            records.setdefault(line.record, entry)
        elif isinstance(line, DrawLine):
            if entry.key in current:
                problems.append(
                    Problem(
                        at,
                        Worded(
                            f"a second draw of {entry.key} while line {current[entry.key].line} "
                            "stands (it was never voided)",
                            "second_draw",
                            target=str(entry.key),
                            first=current[entry.key].line,
                        ),
                    )
                )
            if line.record in records:
                english = f"names {line.record} again (line {records[line.record].line})"
                again = Worded(
                    english, "record_again", record=line.record, first=records[line.record].line
                )
                problems.append(Problem(at, again))
            current.setdefault(entry.key, entry)
            records.setdefault(line.record, entry)
        elif isinstance(line, VoidLine):
            drawn = current.get(entry.key)
            if drawn is None or drawn.seq != line.voids or drawn.record != line.record:
                problems.append(
                    Problem(
                        at,
                        Worded(
                            f"voids seq {line.voids}, which is not a standing draw",
                            "void_not_standing",
                            seq=line.voids,
                        ),
                    )
                )
            else:
                del current[entry.key]
        problems.extend(_signature_problems(entry, at, trust))
    return problems


def _signature_problems(entry: Entry, at: str, trust: Trust | None) -> list[Problem]:
    """A line's signature must verify; with trusted keys, every line of every kind must
    be signed by one of them (a line written without a key cannot be vouched for)."""
    line = entry.line_model
    problems: list[Problem] = []
    if line.signature is not None:
        problems.extend(
            Problem(at, Worded(f"signature {m}", "signature_bad", problem=m))
            for m in check_signature(line.signature, line_digest(line))
        )
    wrong = trust_problem(line.signature, trust)
    if wrong:
        unsigned = (
            " (written without --sign-key, or by a crossdraw that did not sign ledger lines: "
            "no key vouches for it)"
        )
        problems.append(
            Problem(at, f"{line.type} line {wrong}" + (unsigned if line.signature is None else ""))
        )
    return problems


def commitment_problems(
    entries: Sequence[Entry], where: str, records: Mapping[str, DrawRecord]
) -> list[Problem]:
    """A draw must match the latest commitment of its target before it (pools and quotas)."""
    problems: list[Problem] = []
    promised: dict[TargetKey, CommitmentLine] = {}
    lines: dict[TargetKey, int] = {}
    for entry in entries:
        line = entry.line_model
        if isinstance(line, CommitmentLine):
            promised[entry.key], lines[entry.key] = line, entry.line
        elif isinstance(line, DrawLine) and entry.key in promised and line.record in records:
            commitment, at_line = promised.pop(entry.key), lines[entry.key]
            record = records[line.record]
            pools = [(p.prefecture, p.digest) for p in record.pools]
            if pools != [(p.prefecture, p.digest) for p in commitment.pool_digests]:
                problems.append(
                    Problem(
                        ledger_at(where, entry.line),
                        Worded(
                            f"the pools of {line.record} differ from the commitment at line "
                            f"{at_line}",
                            "pools_differ",
                            record=line.record,
                            at_line=at_line,
                        ),
                    )
                )
            if rules_digest(record.requirements_in_force) != commitment.rules_digest:
                problems.append(
                    Problem(
                        ledger_at(where, entry.line),
                        Worded(
                            f"the quotas in force of {line.record} differ from the commitment at "
                            f"line {at_line}",
                            "quotas_differ",
                            record=line.record,
                            at_line=at_line,
                        ),
                    )
                )
    return problems
