"""Why a group cannot be drawn: the smallest sets of rules that conflict, in the plan's terms."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import combinations

from crossdraw.domain.errors import Worded
from crossdraw.domain.models import Rules
from crossdraw.domain.pool import Pool
from crossdraw.domain.quota import ActiveRequirement
from crossdraw.domain.vocab import tag_label
from crossdraw.lottery.draw import group_space, quota_for


def _names(pools: Sequence[Pool]) -> str:
    names = [p.prefecture for p in pools]
    if len(names) == 2:
        return f"neither {names[0]} nor {names[1]}"
    return "none of " + ", ".join(names)


def _eligible_total(pools: Sequence[Pool]) -> int:
    return sum(len(p.eligible) for p in pools)


def _explain_requirement(req: ActiveRequirement, rules: Rules, pools: Sequence[Pool]) -> str:
    label = "/".join(tag_label(c) for c in req.categories)
    counts = [(p.prefecture, sum(1 for e in p.eligible if req.counts(e.tags))) for p in pools]
    names = tuple(p.prefecture for p in pools)
    if all(c == 0 for _, c in counts):
        total = _eligible_total(pools)
        return Worded(
            f"{req.id}: {_names(pools)} has an eligible {label} enterprise (0 of {total})",
            "none_has",
            rule=req.id,
            names=names,
            label=label,
            total=total,
        )
    room = sum(min(c, rules.per_prefecture) for _, c in counts)
    detail = ", ".join(f"{p}: {c}" for p, c in counts)
    return Worded(
        f"{req.id}: needs {req.at_least} {label} enterprises but at most {room} can be drawn "
        f"({detail} eligible; Q1 draws {rules.per_prefecture} per prefecture)",
        "no_room",
        rule=req.id,
        need=req.at_least,
        label=label,
        room=room,
        counts=tuple(f"{p} {c}" for p, c in counts),
        n=rules.per_prefecture,
    )


def _explain_q2(rules: Rules, pools: Sequence[Pool]) -> str:
    if rules.per_prefecture < rules.min_counties:
        return Worded(
            f"Q2: needs {rules.min_counties} counties per prefecture but Q1 draws only "
            f"{rules.per_prefecture} enterprises there",
            "q2_q1",
            rule="Q2",
            need=rules.min_counties,
            n=rules.per_prefecture,
        )
    parts = []
    places = []
    for p in pools:
        counties = sorted({e.county for e in p.eligible})
        if len(counties) < rules.min_counties:
            parts.append(
                f"all {len(p.eligible)} eligible enterprises of {p.prefecture} lie in "
                f"{len(counties)} county ({'、'.join(counties) or '-'})"
            )
            places.append(f"{p.prefecture} {len(p.eligible)} / {'、'.join(counties) or '-'}")
    return Worded(
        f"Q2: {'; '.join(parts)}, need at least {rules.min_counties} counties",
        "q2_counties",
        rule="Q2",
        places=tuple(places),
        need=rules.min_counties,
    )


def _explain_combination(
    combo: Sequence[str], requirements: Sequence[ActiveRequirement], pools: Sequence[Pool]
) -> str:
    facts = []
    for req in requirements:
        if req.id not in combo:
            continue
        label = "/".join(tag_label(c) for c in req.categories)
        where = [
            f"{p.prefecture}: {'、'.join(sorted({e.county for e in p.eligible if req.counts(e.tags)})) or 'none'}"
            for p in pools
        ]
        facts.append(f"{label} in {', '.join(where)}")
    tail = f" ({'; '.join(facts)})" if facts else ""
    return Worded(
        f"{' with '.join(combo)}: any smaller set of these can be met, "
        f"but no selection meets them together{tail}",
        "together",
        rules=tuple(combo),
        facts=tuple(facts),
    )


def diagnose(rules: Rules, pools: Sequence[Pool], waived: Collection[str] = ()) -> list[str]:
    """Reasons no valid selection exists; empty when the group can be drawn."""
    n = rules.per_prefecture
    short = [p for p in pools if len(p.eligible) < n]
    if short:
        return [
            Worded(
                f"Q1: {p.prefecture} has {len(p.eligible)} eligible enterprises "
                f"(of {len(p.entries)}), needs {n}",
                "q1_short",
                rule="Q1",
                pref=p.prefecture,
                eligible=len(p.eligible),
                total=len(p.entries),
                n=n,
            )
            for p in short
        ]
    requirements = quota_for(rules, pools, waived).requirements
    optional = [c for c in ("Q2", *(r.id for r in requirements)) if c not in waived]

    def feasible(active: Collection[str]) -> bool:
        off = set(waived) | {c for c in optional if c not in active}
        return group_space(rules, pools, off).valid_selections() > 0

    if feasible(optional):
        return []
    minimal: list[tuple[str, ...]] = []
    for size in range(1, len(optional) + 1):
        for combo in combinations(optional, size):
            if any(set(m) <= set(combo) for m in minimal):
                continue
            if not feasible(combo):
                minimal.append(combo)
    reasons = []
    for combo in minimal:
        if combo == ("Q2",):
            reasons.append(_explain_q2(rules, pools))
        elif len(combo) == 1:
            req = next(r for r in requirements if r.id == combo[0])
            reasons.append(_explain_requirement(req, rules, pools))
        else:
            reasons.append(_explain_combination(combo, requirements, pools))
    return reasons
