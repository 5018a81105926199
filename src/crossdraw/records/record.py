"""Draw records: build one from a draw, and re-derive every field of one from its own content."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from crossdraw.domain.canonical import digest
from crossdraw.domain.errors import Worded, validator_words
from crossdraw.domain.fraction import fraction_text
from crossdraw.domain.models import Group, Plan, Rules
from crossdraw.domain.pool import Pool
from crossdraw.domain.quota import ActiveRequirement
from crossdraw.domain.text import nfc
from crossdraw.domain.version import __version__
from crossdraw.lottery.counting import TooLarge
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
from crossdraw.records.models import RECORD_SCHEMA, DrawRecord
from crossdraw.records.signing import check_signature

SCHEMA = RECORD_SCHEMA
KNOWN_SCHEMAS = (SCHEMA,)
KNOWN_ALGORITHMS = (ALGORITHM,)


@dataclass(frozen=True)
class Witnesses:
    """Q6: who was present; empty strings when not given."""

    witness: str = ""
    drawer: str = ""
    bureau_rep: str = ""
    place: str = ""
    leader: str | None = None  # 组长; None: not asked (the key is left out)
    guide: str | None = None  # the provincial guide, when the plan names one

    def names(self) -> dict[str, str]:
        """Who was present as a record's `witnesses` object (leader and guide when asked)."""
        out = {
            "witness": nfc(self.witness),
            "drawer": nfc(self.drawer),
            "bureau_rep": nfc(self.bureau_rep),
        }
        out.update({k: nfc(v) for k, v in (("leader", self.leader), ("guide", self.guide)) if v})
        return out


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
    seed_parties: tuple[str, ...] = ()  # who gave each part (the ceremony asks)
    seed_beacons: tuple[tuple[int, str], ...] = ()  # (part number from 1, name) of beacon parts
    prior: tuple[Prior, ...] = ()
    waivers: tuple[Waiver, ...] = ()
    witnesses: Witnesses = field(default_factory=Witnesses)
    drawn_at: str = ""
    enterprises_file: str | None = None  # the list's file name; left out of the record when None
    sample: bool = False  # the bundled fictional list: `sample_data: true`, else left out
    inputs: Mapping[str, Any] | None = None  # the record's `inputs` (E3's file and cutoff)


def rules_json(rules: Rules) -> dict[str, Any]:
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
) -> DrawRecord:
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
        **({"enterprises_file": ctx.enterprises_file} if ctx.enterprises_file is not None else {}),
        **({"sample_data": True} if ctx.sample else {}),
        **({"inputs": dict(ctx.inputs)} if ctx.inputs is not None else {}),
        "rules": rules_json(ctx.plan.rules),
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
            **({"parties": [nfc(p) for p in ctx.seed_parties]} if ctx.seed_parties else {}),
            **(
                {"beacons": [{"part": i, "name": nfc(n)} for i, n in ctx.seed_beacons]}
                if ctx.seed_beacons
                else {}
            ),
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
        "witnesses": ctx.witnesses.names(),
        "place": nfc(ctx.witnesses.place),
        "drawn_at": ctx.drawn_at,
    }
    return DrawRecord.from_value({**body, "digest": digest(body)}, "the new record")


UNDIGESTED = ("digest", "signature")


def file_part(name: str) -> str:
    """A prefecture name as part of a file name: no folders, no characters Windows refuses."""
    return "".join("_" if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in name)


def record_file_name(group: int, prefecture: str, record_digest: str) -> str:
    """The file name `draw` gives a record: groupN-PREF-<first 12 hex of its digest>.json.

    A name that disagrees with the digest logged for it is a record swapped under a
    genuine name (docs/ALGORITHM.md §13)."""
    return f"group{group}-{file_part(prefecture)}-{record_digest[:12]}.json"


def record_digest(record: DrawRecord) -> str:
    """Digest of the record without its `digest` and `signature` fields (§11)."""
    return digest({k: v for k, v in record.as_json().items() if k not in UNDIGESTED})


@dataclass(frozen=True)
class Mismatch:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def _compare(out: list[Mismatch], name: str, stored: Any, derived: Any) -> None:
    if stored != derived:
        english = f"record says {stored!r}, recomputed {derived!r}"
        out.append(
            Mismatch(name, Worded(english, "differs", stored=f"{stored!r}", derived=f"{derived!r}"))
        )


def verify_record(record: DrawRecord) -> list[Mismatch]:
    """Re-derive the record from its own pools, rules and seed; every difference, by field."""
    out: list[Mismatch] = []
    try:
        _verify_content(record, out)
    except TooLarge as exc:  # a crafted record must not keep verify busy (issue 11)
        out.extend(Mismatch(p.where, p.what) for p in exc.problems)
    except ValidationError as exc:  # rules no plan could give
        out.extend(Mismatch("rules", validator_words(e)) for e in exc.errors(include_url=False))
    except (ValueError, IndexError) as exc:  # pools no plan could give
        detail = f"{type(exc).__name__}: {exc}"
        what = Worded(f"malformed content ({detail})", "record_malformed", detail=detail)
        out.append(Mismatch("record", what))
    recomputed = record_digest(record)
    _compare(out, "digest", record.digest, recomputed)
    if record.signature is not None:
        out.extend(Mismatch("signature", m) for m in check_signature(record.signature, recomputed))
    return out


def _verify_content(record: DrawRecord, out: list[Mismatch]) -> None:
    pools = tuple(p.listing.pool() for p in record.pools)
    for index, (stored, pool) in enumerate(zip(record.pools, pools)):
        _compare(out, f"pools[{index}].digest", stored.digest, pool.digest)
        _compare(out, f"pools[{index}].eligible", stored.eligible, len(pool.eligible))
        _compare(out, f"pools[{index}].prefecture", stored.prefecture, pool.prefecture)
    _compare(out, "pools (targets)", [p.prefecture for p in pools], list(record.group.targets))
    rules = record.rules.rules()
    waived = [w.rule for w in record.waivers]
    space = group_space(rules, pools, waived)
    _compare(
        out,
        "requirements_in_force",
        [r.as_json() for r in record.requirements_in_force],
        in_force_json(space.quota.requirements),
    )
    seed = record.seed
    if seed.derived_from is not None:
        expected = derive_seed(seed.derived_from, record.group.id, record.target)
        _compare(out, "seed.value", seed.value, expected)
    if seed.parts:
        _compare(out, "seed.value", seed.value, combine_seed(seed.parts))
    prior = {p.prefecture: p.selected for p in record.previous}
    try:
        result = draw_prefecture(space, record.target, prior, seed.value)
    except PriorSelectionError as exc:
        out.append(Mismatch("previous", exc.said))
        return
    except ValueError:
        english = "no valid selection exists for these pools and rules"
        out.append(Mismatch("counts.this_draw", Worded(english, "no_valid_selection")))
        return
    counts, rand = record.counts, record.random
    _compare(
        out,
        "counts.group_valid_selections",
        counts.group_valid_selections,
        str(result.valid_selections),
    )
    _compare(out, "counts.this_draw", counts.this_draw, str(result.bound))
    _compare(out, "random.integer", rand.integer, str(result.random.integer))
    _compare(out, "random.bound", rand.bound, str(result.random.bound))
    _compare(out, "random.next_index", rand.next_index, result.random.next_index)
    _compare(out, "random.rejected", rand.rejected, result.random.rejected)
    _compare(out, "selected", list(record.selected_ids), list(result.selected))
    pool = pools[[p.prefecture for p in pools].index(record.target)]
    by_id = {e.id: e for e in pool.entries}
    for index, item in enumerate(record.selected):
        if item.id not in by_id:
            continue
        entry = by_id[item.id]
        _compare(out, f"selected[{index}].county", item.county, entry.county)
        _compare(out, f"selected[{index}].tags", list(item.tags), list(entry.tags))
        if item.id in result.odds:
            _compare(
                out,
                f"selected[{index}].probability",
                item.probability,
                fraction_text(result.odds[item.id]),
            )


def check_pools_against_file(record: DrawRecord, current: Sequence[Pool]) -> list[Mismatch]:
    """Compare the record's pool listings with pools rebuilt from an enterprise file."""
    out: list[Mismatch] = []
    for index, (stored, pool) in enumerate(zip(record.pools, current)):
        if stored.digest == pool.digest:
            continue
        old = {e.id: e for e in stored.listing.pool().entries}
        new = {e.id: e for e in pool.entries}
        changed = sorted(i for i in old.keys() | new.keys() if old.get(i) != new.get(i))
        more = len(changed) - 5 if len(changed) > 5 else 0
        shown = ", ".join(changed[:5]) + (f" and {more} more" if more else "")
        english = (
            f"{pool.prefecture} in the enterprise file differs from the record for "
            f"{len(changed)} enterprises: {shown}"
        )
        fields = {"prefecture": pool.prefecture, "n": len(changed), "ids": tuple(changed[:5])}
        what = Worded(english, "pool_listing_differs", **fields, more=more)
        out.append(Mismatch(f"pools[{index}].listing", what))
    return out
