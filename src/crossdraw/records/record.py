"""Draw records: build one from a draw, and re-derive every field of one from its own content."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from crossdraw import __version__
from crossdraw.domain.canonical import digest
from crossdraw.domain.errors import InputError
from crossdraw.domain.models import Group, Plan, Requirement, Rules
from crossdraw.domain.pool import Pool
from crossdraw.domain.quota import ActiveRequirement
from crossdraw.lottery.draw import (
    ALGORITHM,
    COMBINED_SEED_RULE,
    DERIVED_SEED_RULE,
    PrefectureDraw,
    PriorSelectionError,
    combine_seed,
    derive_seed,
    draw_prefecture,
    group_space,
)
from crossdraw.records.signing import check_signature

SCHEMA = "crossdraw-record/1"
KNOWN_SCHEMAS = (SCHEMA,)
KNOWN_ALGORITHMS = (ALGORITHM,)


@dataclass(frozen=True)
class Witnesses:
    """Q6: who was present; empty strings when not given."""

    witness: str = ""
    drawer: str = ""
    bureau_rep: str = ""
    place: str = ""


@dataclass(frozen=True)
class Prior:
    """An earlier draw of the same group that this draw depends on."""

    prefecture: str
    record_digest: str
    selected: tuple[str, ...]


@dataclass(frozen=True)
class Waiver:
    rule: str
    reason: str


@dataclass(frozen=True)
class DrawContext:
    """Everything a record states besides the draw itself."""

    plan: Plan
    plan_sha256: str
    enterprises_sha256: str
    group: Group
    pools: tuple[Pool, ...]  # the group's targets, in plan order
    names: Mapping[str, str]  # enterprise id -> name, for the selection
    seed_base: str | None = None  # when the seed was derived from a command's seed
    seed_parts: tuple[str, ...] = ()  # when the seed was combined from several parties' parts
    prior: tuple[Prior, ...] = ()
    waivers: tuple[Waiver, ...] = ()
    witnesses: Witnesses = field(default_factory=Witnesses)
    drawn_at: str = ""


def nfc(text: str) -> str:
    """Names, places and reasons are stored as typed, NFC-normalised (not trimmed)."""
    return unicodedata.normalize("NFC", text)


def fraction_text(value: Fraction) -> str:
    return f"{value.numerator}/{value.denominator}"


def odds_text(p: Fraction) -> str:
    """A probability as its exact fraction and a rounded-down percentage: 2/3 (≈66.66%)."""
    percent = p.numerator * 10000 // p.denominator  # integer basis points, no floats
    return f"{p.numerator}/{p.denominator} (≈{percent // 100}.{percent % 100:02d}%)"


def _rules_json(rules: Rules) -> dict[str, Any]:
    return {
        "per_prefecture": rules.per_prefecture,
        "min_counties": rules.min_counties,
        "requirements": [
            {
                "id": r.id,
                "name": r.name,
                "any_of": list(r.any_of),
                "at_least": r.at_least,
                "substitutes": dict(sorted(r.substitutes.items())),
            }
            for r in rules.requirements
        ],
    }


def rules_from_json(data: Mapping[str, Any]) -> Rules:
    return Rules(
        per_prefecture=data["per_prefecture"],
        min_counties=data["min_counties"],
        requirements=tuple(Requirement.model_validate(r) for r in data["requirements"]),
    )


def in_force_json(reqs: Sequence[ActiveRequirement]) -> list[dict[str, Any]]:
    return [
        {
            "id": r.id,
            "categories": list(r.categories),
            "at_least": r.at_least,
            "substituted": [list(pair) for pair in r.substituted],
        }
        for r in reqs
    ]


def _seed_rule(ctx: DrawContext) -> str | None:
    if ctx.seed_base is not None:
        return DERIVED_SEED_RULE
    if ctx.seed_parts:
        return COMBINED_SEED_RULE
    return None


def build_record(
    ctx: DrawContext, result: PrefectureDraw, in_force: Sequence[ActiveRequirement]
) -> dict[str, Any]:
    """The record of one prefecture draw, with its digest (docs/ALGORITHM.md §11).

    Unsigned; `crossdraw.records.signing.sign_record` adds a `signature` of the digest.
    """
    pool = next(p for p in ctx.pools if p.prefecture == result.target)
    by_id = {e.id: e for e in pool.entries}
    body: dict[str, Any] = {
        "schema": SCHEMA,
        "algorithm": ALGORITHM,
        "waivers": [{"rule": w.rule, "reason": nfc(w.reason)} for w in ctx.waivers],
        "tool": {"name": "crossdraw", "version": __version__},
        "plan": {
            "title": ctx.plan.plan.title,
            "year": ctx.plan.plan.year,
            "sha256": ctx.plan_sha256,
        },
        "group": {
            "id": ctx.group.id,
            "name": ctx.group.name,
            "members": list(ctx.group.members),
            "targets": list(ctx.group.targets),
        },
        "enterprises_sha256": ctx.enterprises_sha256,
        "rules": _rules_json(ctx.plan.rules),
        "requirements_in_force": in_force_json(in_force),
        "pools": [
            {
                "prefecture": p.prefecture,
                "digest": p.digest,
                "eligible": len(p.eligible),
                "listing": p.listing(),
            }
            for p in ctx.pools
        ],
        "target": result.target,
        "previous": [
            {
                "prefecture": p.prefecture,
                "record_digest": p.record_digest,
                "selected": list(p.selected),
            }
            for p in ctx.prior
        ],
        "seed": {
            "value": result.seed,
            "derived_from": ctx.seed_base,
            "parts": list(ctx.seed_parts),
            "rule": _seed_rule(ctx),
        },
        "counts": {
            "group_valid_selections": str(result.valid_selections),
            "this_draw": str(result.bound),
        },
        "random": {
            "integer": str(result.random.integer),
            "bound": str(result.random.bound),
            "first_index": result.random.first_index,
            "next_index": result.random.next_index,
            "rejected": result.random.rejected,
        },
        "selected": [
            {
                "id": i,
                "name": ctx.names.get(i, ""),
                "county": by_id[i].county,
                "tags": list(by_id[i].tags),
                "probability": fraction_text(result.odds[i]),
            }
            for i in result.selected
        ],
        "witnesses": {
            "witness": nfc(ctx.witnesses.witness),
            "drawer": nfc(ctx.witnesses.drawer),
            "bureau_rep": nfc(ctx.witnesses.bureau_rep),
        },
        "place": nfc(ctx.witnesses.place),
        "drawn_at": ctx.drawn_at,
    }
    return {**body, "digest": digest(body)}


UNDIGESTED = ("digest", "signature")


def shape_problem(record: Mapping[str, Any]) -> str | None:
    """Why a record cannot be read back as an earlier draw, or None when it can.

    draw, odds and validate use a record's plan, group, target, pools, selection and
    digest; `verify` instead re-derives every field and reports each difference.
    """
    schema, algorithm = record.get("schema"), record.get("algorithm")
    if schema not in KNOWN_SCHEMAS or algorithm not in KNOWN_ALGORITHMS:
        return (
            f"schema {schema!r} / algorithm {algorithm!r} is not one this crossdraw "
            f"{__version__} reads ({SCHEMA}, {ALGORITHM})"
        )
    plan, group, pools, selected = (record.get(k) for k in ("plan", "group", "pools", "selected"))
    if not (
        isinstance(plan, dict)
        and isinstance(plan.get("title"), str)
        and type(plan.get("year")) is int
    ):
        return "'plan' lacks its title or year"
    if not (isinstance(group, dict) and type(group.get("id")) is int):
        return "'group' lacks its id"
    if not (isinstance(record.get("target"), str) and isinstance(record.get("digest"), str)):
        return "'target' or 'digest' is missing or not text"
    if not (
        isinstance(pools, list)
        and all(
            isinstance(p, dict)
            and isinstance(p.get("prefecture"), str)
            and isinstance(p.get("digest"), str)
            for p in pools
        )
    ):
        return "'pools' does not give each target's prefecture and digest"
    if not (
        isinstance(selected, list)
        and all(isinstance(x, dict) and isinstance(x.get("id"), str) for x in selected)
    ):
        return "'selected' does not list the drawn ids"
    return None


def record_digest(record: Mapping[str, Any]) -> str:
    """Digest of the record without its `digest` and `signature` fields (§11)."""
    return digest({k: v for k, v in record.items() if k not in UNDIGESTED})


@dataclass(frozen=True)
class Mismatch:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def _compare(out: list[Mismatch], name: str, stored: Any, derived: Any) -> None:
    if stored != derived:
        out.append(Mismatch(name, f"record says {stored!r}, recomputed {derived!r}"))


def verify_record(record: Mapping[str, Any]) -> list[Mismatch]:
    """Re-derive the record from its own pools, rules and seed; every difference, by field."""
    out: list[Mismatch] = []
    if record.get("schema") not in KNOWN_SCHEMAS or record.get("algorithm") not in KNOWN_ALGORITHMS:
        raise InputError.one(
            "schema",
            f"record schema {record.get('schema')!r} / algorithm {record.get('algorithm')!r} is not "
            f"one this crossdraw {__version__} reads ({SCHEMA}, {ALGORITHM}); a newer crossdraw "
            "may have written it",
        )
    try:
        _verify_content(record, out)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        out.append(Mismatch("record", f"malformed content ({type(exc).__name__}: {exc})"))
    recomputed = record_digest(record)
    _compare(out, "digest", record.get("digest"), recomputed)
    if "signature" in record:
        out.extend(
            Mismatch("signature", m) for m in check_signature(record["signature"], recomputed)
        )
    return out


def _verify_content(record: Mapping[str, Any], out: list[Mismatch]) -> None:
    pools = tuple(Pool.from_listing(p["listing"]) for p in record["pools"])
    for index, (stored, pool) in enumerate(zip(record["pools"], pools)):
        _compare(out, f"pools[{index}].digest", stored["digest"], pool.digest)
        _compare(out, f"pools[{index}].eligible", stored["eligible"], len(pool.eligible))
        _compare(out, f"pools[{index}].prefecture", stored["prefecture"], pool.prefecture)
    _compare(
        out, "pools (targets)", [p.prefecture for p in pools], list(record["group"]["targets"])
    )
    rules = rules_from_json(record["rules"])
    waived = [w["rule"] for w in record["waivers"]]
    space = group_space(rules, pools, waived)
    _compare(
        out,
        "requirements_in_force",
        record["requirements_in_force"],
        in_force_json(space.quota.requirements),
    )
    seed = record["seed"]
    if seed["derived_from"] is not None:
        expected = derive_seed(seed["derived_from"], record["group"]["id"], record["target"])
        _compare(out, "seed.value", seed["value"], expected)
    if seed["parts"]:
        _compare(out, "seed.value", seed["value"], combine_seed(seed["parts"]))
    prior = {p["prefecture"]: tuple(p["selected"]) for p in record["previous"]}
    try:
        result = draw_prefecture(space, record["target"], prior, seed["value"])
    except PriorSelectionError as exc:
        out.append(Mismatch("previous", str(exc)))
        return
    except ValueError:
        out.append(
            Mismatch("counts.this_draw", "no valid selection exists for these pools and rules")
        )
        return
    _compare(
        out,
        "counts.group_valid_selections",
        record["counts"]["group_valid_selections"],
        str(result.valid_selections),
    )
    _compare(out, "counts.this_draw", record["counts"]["this_draw"], str(result.bound))
    rand = record["random"]
    _compare(out, "random.integer", rand["integer"], str(result.random.integer))
    _compare(out, "random.bound", rand["bound"], str(result.random.bound))
    _compare(out, "random.next_index", rand["next_index"], result.random.next_index)
    _compare(out, "random.rejected", rand["rejected"], result.random.rejected)
    stored_ids = [s["id"] for s in record["selected"]]
    _compare(out, "selected", stored_ids, list(result.selected))
    pool = pools[[p.prefecture for p in pools].index(record["target"])]
    by_id = {e.id: e for e in pool.entries}
    for index, item in enumerate(record["selected"]):
        if item["id"] not in by_id:
            continue
        entry = by_id[item["id"]]
        _compare(out, f"selected[{index}].county", item["county"], entry.county)
        _compare(out, f"selected[{index}].tags", item["tags"], list(entry.tags))
        if item["id"] in result.odds:
            _compare(
                out,
                f"selected[{index}].probability",
                item["probability"],
                fraction_text(result.odds[item["id"]]),
            )


def check_pools_against_file(record: Mapping[str, Any], current: Sequence[Pool]) -> list[Mismatch]:
    """Compare the record's pool listings with pools rebuilt from an enterprise file."""
    out: list[Mismatch] = []
    for index, (stored, pool) in enumerate(zip(record["pools"], current)):
        if stored["digest"] == pool.digest:
            continue
        old = {e["id"]: e for e in stored["listing"]["enterprises"]}
        new = {e["id"]: e for e in pool.listing()["enterprises"]}
        changed = sorted(i for i in old.keys() | new.keys() if old.get(i) != new.get(i))
        shown = ", ".join(changed[:5]) + (
            f" and {len(changed) - 5} more" if len(changed) > 5 else ""
        )
        out.append(
            Mismatch(
                f"pools[{index}].listing",
                f"{pool.prefecture} in the enterprise file differs from the record for {len(changed)} enterprises: {shown}",
            )
        )
    return out
