"""Ledger lines and their hash chain: the format, and every check that needs no files.

Each line of `ledger.jsonl` is the canonical JSON of one event (a draw, a void or a
commitment) carrying the SHA-256 of the line before it (docs/ALGORITHM.md §13). A
target's draw *stands* until a void line withdraws it. Pure functions over bytes and
values; `crossdraw.store.ledger` reads and writes the folder.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from crossdraw.domain.canonical import canonical_json, digest, fingerprint, sha256_hex
from crossdraw.domain.errors import Problem
from crossdraw.domain.text import nfc
from crossdraw.records.signing import Trust, check_signature, trust_problem

SCHEMA = "crossdraw-ledger/1"
GENESIS = "0" * 64
_COMMON = ("schema", "seq", "type", "prev", "at", "plan", "group", "prefecture")
FIELDS = {
    "draw": (*_COMMON, "record", "record_digest", "selected"),
    "void": (*_COMMON, "record", "record_digest", "voids", "reason"),
    "commitment": (*_COMMON, "pool_digests", "rules_digest", "present", "commitment_digest"),
}
SIGNABLE = ("void", "commitment")  # a draw line's record carries the draw's signature


@dataclass(frozen=True, order=True)
class TargetKey:
    """What a draw is of: a target prefecture of a group of a plan (title and year)."""

    plan_title: str
    plan_year: int
    group: int
    prefecture: str

    @classmethod
    def of_record(cls, record: Mapping[str, Any]) -> TargetKey:
        plan, group = record.get("plan", {}), record.get("group", {})
        return cls(
            str(plan.get("title")),
            int(plan.get("year", 0)),
            int(group.get("id", 0)),
            str(record.get("target")),
        )

    def fields(self) -> dict[str, Any]:
        return {
            "plan": {"title": self.plan_title, "year": self.plan_year},
            "group": self.group,
            "prefecture": self.prefecture,
        }

    def __str__(self) -> str:
        return f"{self.prefecture} of group {self.group} ({self.plan_title} {self.plan_year})"


@dataclass(frozen=True)
class Entry:
    """One line of the ledger, as read: its number, bytes (without newline) and content."""

    line: int
    raw: bytes
    data: Mapping[str, Any]

    @property
    def sha256(self) -> str:
        return sha256_hex(self.raw)

    @property
    def seq(self) -> int:
        return int(self.data["seq"])

    @property
    def type(self) -> str:
        return str(self.data["type"])

    @property
    def key(self) -> TargetKey:
        plan = self.data["plan"]
        return TargetKey(
            str(plan["title"]), int(plan["year"]), int(self.data["group"]), self.data["prefecture"]
        )

    @property
    def record(self) -> str:
        return str(self.data["record"])

    @property
    def record_digest(self) -> str:
        return str(self.data["record_digest"])


@dataclass(frozen=True)
class Head:
    """The last line: publish its hash (e.g. on the sign-off sheet) to pin everything before."""

    seq: int
    sha256: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sha256)


def line_digest(line: Mapping[str, Any]) -> str:
    """What a void or commitment line's signature signs: the line without `signature`."""
    return digest({k: v for k, v in line.items() if k != "signature"})


def encode(line: Mapping[str, Any]) -> bytes:
    return canonical_json(line) + b"\n"


def _base(seq: int, kind: str, prev: str, at: str, key: TargetKey) -> dict[str, Any]:
    return {"schema": SCHEMA, "seq": seq, "type": kind, "prev": prev, "at": at, **key.fields()}


def draw_line(seq: int, prev: str, at: str, name: str, record: Mapping[str, Any]) -> dict[str, Any]:
    return {
        **_base(seq, "draw", prev, at, TargetKey.of_record(record)),
        "record": name,
        "record_digest": record["digest"],
        "selected": [s["id"] for s in record["selected"]],
    }


def void_line(seq: int, prev: str, at: str, drawn: Entry, reason: str) -> dict[str, Any]:
    return {
        **_base(seq, "void", prev, at, drawn.key),
        "record": drawn.record,
        "record_digest": drawn.record_digest,
        "voids": drawn.seq,
        "reason": nfc(reason),
    }


def commitment_line(
    seq: int,
    prev: str,
    at: str,
    key: TargetKey,
    *,
    pool_digests: Sequence[tuple[str, str]],
    rules_digest: str,
    present: Mapping[str, str],
    commitment_digest: str | None,
) -> dict[str, Any]:
    return {
        **_base(seq, "commitment", prev, at, key),
        "pool_digests": [{"prefecture": p, "digest": d} for p, d in pool_digests],
        "rules_digest": rules_digest,
        "present": {k: nfc(v) for k, v in sorted(present.items())},
        "commitment_digest": commitment_digest,
    }


def rules_digest(requirements_in_force: Sequence[Mapping[str, Any]]) -> str:
    """The digest a commitment states for the quotas: of the record's `requirements_in_force`."""
    return digest(list(requirements_in_force))


def _field_problem(data: Mapping[str, Any]) -> str | None:
    if data.get("schema") != SCHEMA:
        return f"schema {data.get('schema')!r} is not {SCHEMA} (a newer crossdraw wrote it?)"
    kind = data.get("type")
    if kind not in FIELDS:
        return f"unknown type {kind!r} (draw, void or commitment)"
    allowed = set(FIELDS[kind]) | ({"signature"} if kind in SIGNABLE else set())
    missing = [f for f in FIELDS[kind] if f not in data]
    extra = sorted(set(data) - allowed)
    if missing or extra:
        return "fields " + "; ".join(
            part
            for part in (
                f"missing {', '.join(missing)}" if missing else "",
                f"unexpected {', '.join(extra)}" if extra else "",
            )
            if part
        )
    plan = data["plan"]
    if not (
        isinstance(data["seq"], int)
        and isinstance(data["group"], int)
        and isinstance(plan, dict)
        and isinstance(plan.get("title"), str)
        and isinstance(plan.get("year"), int)
        and all(isinstance(data[f], str) for f in ("prefecture", "prev", "at"))
    ):
        return "malformed seq, plan, group, prefecture, prev or at"
    if "record" in data and not is_record_name(data["record"]):
        return f"record {data['record']!r} is not the name of a .json file in the folder"
    typed = {"record_digest": str, "selected": list, "voids": int, "reason": str, "present": dict}
    wrong = [f for f, t in typed.items() if f in data and not isinstance(data[f], t)]
    if wrong or not isinstance(data.get("pool_digests", []), list):
        return f"malformed {', '.join(wrong) or 'pool_digests'}"
    return None


def is_record_name(name: Any) -> bool:
    """A plain file name in the ledger's own folder (never a path out of it)."""
    return (
        isinstance(name, str)
        and name.endswith(".json")
        and not name.startswith(".")
        and "/" not in name
        and "\\" not in name
    )


def parse(data: bytes, where: str) -> tuple[list[Entry], list[Problem]]:
    """The lines of a ledger file's bytes, and what is wrong with any line on its own."""
    entries: list[Entry] = []
    problems: list[Problem] = []
    lines = data.split(b"\n")
    for number, raw in enumerate(lines, start=1):
        at = Problem(f"{where} line {number}", "")
        if number == len(lines):
            if raw:
                problems.append(
                    Problem(at.where, "incomplete: no newline at its end (the file was cut)")
                )
            break
        try:
            value = canonical_value(raw)
        except ValueError as exc:
            problems.append(Problem(at.where, str(exc)))
            continue
        wrong = _field_problem(value)
        if wrong:
            problems.append(Problem(at.where, wrong))
            continue
        entries.append(Entry(number, raw, value))
    return entries, problems


def canonical_value(raw: bytes) -> dict[str, Any]:
    """A line's object; ValueError when it is not the canonical JSON of one."""
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValueError("not a JSON line (edited or damaged)") from None
    if not isinstance(value, dict):
        raise ValueError("not a JSON object")
    if canonical_json(value) != raw:
        raise ValueError("not in canonical form (edited by hand?)")
    return value


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
                    f"{where} line {entry.line}",
                    f"seq {entry.seq} {follows}: "
                    + (
                        f"{entry.seq - expected_seq} line(s) deleted before it, or lines moved"
                        if entry.seq > expected_seq
                        else "lines moved or repeated"
                    ),
                )
            )
        elif entry.data["prev"] != expected_prev and adjacent:
            if before is None:
                problems.append(
                    Problem(f"{where} line 1", f"prev is not {GENESIS[:8]}… (the first line)")
                )
            else:
                problems.append(
                    Problem(
                        f"{where} line {before.line}",
                        f"edited (its hash does not match line {entry.line}'s prev)",
                    )
                )
    return problems


def standing(entries: Sequence[Entry]) -> dict[TargetKey, Entry]:
    """The draw line of every target whose draw stands (not voided), in ledger order."""
    out: dict[TargetKey, Entry] = {}
    for entry in entries:
        if entry.type == "draw":
            out.setdefault(entry.key, entry)
        elif entry.type == "void":
            drawn = out.get(entry.key)
            if drawn is not None and drawn.seq == entry.data["voids"]:
                del out[entry.key]
    return out


def draw_of(entries: Sequence[Entry], record_name: str) -> Entry | None:
    """The draw line of the record file named `record_name`, or None."""
    return next((e for e in entries if e.type == "draw" and e.record == record_name), None)


def voids_of(entries: Sequence[Entry]) -> dict[int, Entry]:
    """Void lines by the seq of the draw line each withdraws."""
    return {int(e.data["voids"]): e for e in entries if e.type == "void"}


def head_of(entries: Sequence[Entry]) -> Head | None:
    return Head(entries[-1].seq, entries[-1].sha256) if entries else None


def event_problems(entries: Sequence[Entry], where: str, trust: Trust | None) -> list[Problem]:
    """Draws while one stands, voids of nothing, and bad signatures on void and commitment lines."""
    problems: list[Problem] = []
    current: dict[TargetKey, Entry] = {}
    records: dict[str, Entry] = {}
    for entry in entries:
        at = f"{where} line {entry.line}"
        if entry.type == "draw":
            if entry.key in current:
                problems.append(
                    Problem(
                        at,
                        f"a second draw of {entry.key} while line {current[entry.key].line} "
                        "stands (it was never voided)",
                    )
                )
            if entry.record in records:
                problems.append(
                    Problem(at, f"names {entry.record} again (line {records[entry.record].line})")
                )
            current.setdefault(entry.key, entry)
            records.setdefault(entry.record, entry)
        elif entry.type == "void":
            drawn = current.get(entry.key)
            if drawn is None or drawn.seq != entry.data["voids"] or drawn.record != entry.record:
                problems.append(
                    Problem(at, f"voids seq {entry.data['voids']}, which is not a standing draw")
                )
            else:
                del current[entry.key]
        if entry.type in SIGNABLE:
            signature = entry.data.get("signature")
            if signature is not None:
                problems.extend(
                    Problem(at, f"signature {m}")
                    for m in check_signature(signature, line_digest(entry.data))
                )
            if entry.type == "void":
                wrong = trust_problem(signature, trust)
                if wrong:
                    problems.append(Problem(at, f"void {wrong}"))
    return problems


def commitment_problems(
    entries: Sequence[Entry], where: str, records: Mapping[str, Mapping[str, Any]]
) -> list[Problem]:
    """A draw must match the latest commitment of its target before it (pools and quotas)."""
    problems: list[Problem] = []
    promised: dict[TargetKey, Entry] = {}
    for entry in entries:
        if entry.type == "commitment":
            promised[entry.key] = entry
        elif entry.type == "draw" and entry.key in promised and entry.record in records:
            commitment = promised.pop(entry.key)
            record = records[entry.record]
            pools = [
                {"prefecture": p.get("prefecture"), "digest": p.get("digest")}
                for p in record.get("pools", [])
            ]
            if pools != commitment.data["pool_digests"]:
                problems.append(
                    Problem(
                        f"{where} line {entry.line}",
                        f"the pools of {entry.record} differ from the commitment at line "
                        f"{commitment.line}",
                    )
                )
            in_force = record.get("requirements_in_force", [])
            if rules_digest(in_force) != commitment.data["rules_digest"]:
                problems.append(
                    Problem(
                        f"{where} line {entry.line}",
                        f"the quotas in force of {entry.record} differ from the commitment at "
                        f"line {commitment.line}",
                    )
                )
    return problems
