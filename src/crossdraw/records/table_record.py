"""Table records (`crossdraw-table/1`): build one from a table draw, re-derive one (§18.7).

The record's model is `crossdraw.records.models.TableRecord`, read by the one strict
JSON reader; here it is built from a draw and re-derived from its own content.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from crossdraw.domain.canonical import digest
from crossdraw.domain.errors import Worded
from crossdraw.domain.text import nfc
from crossdraw.domain.version import __version__
from crossdraw.lottery.draw import COMBINED_SEED_RULE
from crossdraw.lottery.table import (
    ALGORITHM,
    DrawnGroup,
    TableDraw,
    TableProblem,
    TooManyRejections,
    draw_table,
    table_pairs,
    table_space,
)
from crossdraw.records.models import TABLE_SCHEMA, TableRecord
from crossdraw.records.record import Mismatch
from crossdraw.records.signing import check_signature

SCHEMA = TABLE_SCHEMA
UNDIGESTED = ("digest", "signature")


@dataclass(frozen=True)
class Source:
    """A file forbidden pairs came from: kind (base, avoid, forbid), name, sha256, year."""

    kind: str
    file: str
    sha256: str
    year: int | None = None


@dataclass(frozen=True)
class TableContext:
    """Everything a table record states besides the draw itself."""

    title: str
    year: int  # of the new plan
    base_year: int
    base_sha256: str
    problem: TableProblem
    sources: tuple[Source, ...]
    plan_file: str  # the new plan's file name, beside the record
    plan_sha256: str
    witness: str = ""
    drawer: str = ""
    place: str = ""
    drawn_at: str = ""


def group_name(number: int) -> str:
    """第一组, 第二组, … 第十二组 (Chinese numerals up to 99)."""
    digits = "零一二三四五六七八九"
    tens, ones = divmod(number, 10)
    text = (
        (digits[tens] if tens > 1 else "") + ("十" if tens else "") + (digits[ones] if ones else "")
    )
    return f"第{text or digits[0]}组"


def sorted_pairs(problem: TableProblem) -> list[list[str]]:
    """The forbidden pairs in plan order of inspector, then target."""
    plan = {name: k for k, name in enumerate(problem.prefectures)}
    return [list(p) for p in sorted(problem.forbidden, key=lambda p: (plan[p[0]], plan[p[1]]))]


def groups_json(groups: Sequence[DrawnGroup]) -> list[dict[str, Any]]:
    return [
        {
            "id": g.id,
            "name": group_name(g.id),
            "lead": g.lead,
            "members": list(g.members),
            "targets": list(g.targets),
        }
        for g in groups
    ]


def seed_json(seed: str) -> dict[str, Any]:
    """A seed as entered: its parts when parties' parts are joined with '-' (docs §3)."""
    parts = seed.split("-") if "-" in seed else []
    return {"value": seed, "parts": parts, "rule": COMBINED_SEED_RULE if parts else None}


def table_digest(record: TableRecord) -> str:
    """Digest of the record without its `digest` and `signature` fields (§18.7)."""
    return digest({k: v for k, v in record.as_json().items() if k not in UNDIGESTED})


def build_table_record(ctx: TableContext, drawn: TableDraw) -> TableRecord:
    """The record of a table draw, with its digest. Unsigned (`with_signature`)."""
    problem = ctx.problem
    body: dict[str, Any] = {
        "schema": SCHEMA,
        "algorithm": ALGORITHM,
        "tool": {"name": "crossdraw", "version": __version__},
        "plan": {"title": ctx.title, "year": ctx.year},
        "base_plan": {"year": ctx.base_year, "sha256": ctx.base_sha256},
        "prefectures": list(problem.prefectures),
        "rules": {"members_per_group": problem.size, "targets_per_group": problem.size},
        "forbidden": {
            "sources": [
                {"kind": s.kind, "file": s.file, "sha256": s.sha256, "year": s.year}
                for s in ctx.sources
            ],
            "pairs": sorted_pairs(problem),
        },
        "order": list(drawn.order),
        "seed": seed_json(drawn.seed),
        "counts": {
            "proposal_tables": str(drawn.proposals),
            "proposal_tables_without_leads": str(drawn.tables),
        },
        "random": random_json(drawn),
        "groups": groups_json(drawn.groups),
        "plan_file": {"name": ctx.plan_file, "sha256": ctx.plan_sha256},
        "witnesses": {"witness": nfc(ctx.witness), "drawer": nfc(ctx.drawer)},
        "place": nfc(ctx.place),
        "drawn_at": ctx.drawn_at,
    }
    return TableRecord.from_value({**body, "digest": digest(body)}, "the new table record")


def random_json(drawn: TableDraw) -> dict[str, Any]:
    return {
        "integer": str(drawn.random.integer),
        "bound": str(drawn.random.bound),
        "first_index": 1,
        "accepted_index": drawn.random.first_index,
        "next_index": drawn.random.next_index,
        "rejected": drawn.rejected,
    }


def _compare(out: list[Mismatch], name: str, stored: Any, derived: Any) -> None:
    if stored != derived:
        english = f"record says {stored!r}, recomputed {derived!r}"
        out.append(
            Mismatch(name, Worded(english, "differs", stored=f"{stored!r}", derived=f"{derived!r}"))
        )


def verify_table_record(record: TableRecord) -> list[Mismatch]:
    """Re-derive the table from the record's prefectures, rules, forbidden pairs and seed;
    every difference, by field (empty when the record reproduces)."""
    out: list[Mismatch] = []
    try:
        _verify_content(record, out)
    except ValueError as exc:  # content no --groups plan could give
        detail = f"{type(exc).__name__}: {exc}"
        what = Worded(f"malformed content ({detail})", "record_malformed", detail=detail)
        out.append(Mismatch("record", what))
    recomputed = table_digest(record)
    _compare(out, "digest", record.digest, recomputed)
    if record.signature is not None:
        out.extend(Mismatch("signature", m) for m in check_signature(record.signature, recomputed))
    return out


def problem_of(record: TableRecord) -> TableProblem:
    """What the record's table was drawn from; ValueError when no plan could give it."""
    rules = record.rules
    size = rules.members_per_group
    if rules.targets_per_group != size:
        raise ValueError("members_per_group and targets_per_group differ")
    names = record.prefectures
    pairs = frozenset(record.forbidden.pairs)
    unknown = sorted({p for pair in pairs for p in pair} - set(names))
    if unknown or len(set(names)) != len(names):
        raise ValueError(f"forbidden pairs or prefectures not of the plan: {unknown}")
    return TableProblem(names, size, pairs)


def _verify_content(record: TableRecord, out: list[Mismatch]) -> None:
    problem = problem_of(record)
    stored = record.as_json()
    _compare(out, "forbidden.pairs", stored["forbidden"]["pairs"], sorted_pairs(problem))
    _compare(out, "seed", stored["seed"], seed_json(record.seed.value))
    try:
        space = table_space(problem)
        drawn = draw_table(space, record.seed.value)
    except (ValueError, TooManyRejections) as exc:
        english = f"no table can be drawn from this content ({exc})"
        out.append(Mismatch("groups", Worded(english, "table_undrawable", detail=str(exc))))
        return
    _compare(out, "order", stored["order"], list(drawn.order))
    _compare(
        out,
        "counts",
        stored["counts"],
        {
            "proposal_tables": str(drawn.proposals),
            "proposal_tables_without_leads": str(drawn.tables),
        },
    )
    _compare(out, "random", stored["random"], random_json(drawn))
    _compare(out, "groups", stored["groups"], groups_json(drawn.groups))
    if not out:  # the drawn table keeps the rules: re-check them on the stored groups
        groups = [DrawnGroup(g.id, g.members, g.targets) for g in record.groups]
        bad = sorted(table_pairs(groups) & problem.forbidden)
        if bad:  # pragma: no cover - the draw never proposes a forbidden pair
            english = f"repeats forbidden pairs {bad}"
            out.append(Mismatch("groups", Worded(english, "table_forbidden", pairs=str(bad))))
