"""The one rule engine: the plan's structure (P1-P6) and a selection (E1-E3, Q1-Q7, T1-T2).

`plan check`, `validate` and the draw all judge with these functions, so a draw
can never write a selection that `validate` would reject. Every finding names
its rule ID from RULES.md and says, in the plan's terms, what was needed and
what was found. Pure functions: values in, findings out.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from crossdraw.domain.geography import Geography
from crossdraw.domain.models import Enterprise, Group, Plan, Roster, Rules
from crossdraw.domain.pool import Pool, PoolEntry
from crossdraw.domain.quota import ActiveRequirement, active_requirements
from crossdraw.domain.vocab import tag_label

Severity = Literal["error", "warning", "info"]
Field = str | int | tuple[str, ...]
Source = Literal["drawn", "suggested"]

METAL_SMELTING = "metal_smelting"
# Findings are listed in this order; category quotas with other IDs come last.
RULE_ORDER: tuple[str, ...] = ("P1", "P2", "P3", "P4", "P5", "P6", "E1", "E2", "E3")
RULE_ORDER += ("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "T1", "T2")


@dataclass(frozen=True)
class Finding:
    """One judgement under one rule, with the numbers behind it."""

    rule: str
    severity: Severity
    message: str  # starts with the rule ID: "Q2: 湘潭市: …"
    group: int | None = None
    prefecture: str | None = None
    need: int | None = None
    have: int | None = None
    enterprises: tuple[str, ...] = ()
    # What output/messages.py words the finding with, in Chinese or English: the catalog
    # key `finding.<key>`, its fields, and the place the finding is about. The message
    # above stays as it always was (JSON, records); the CLI shows the worded one.
    key: str = ""
    fields: tuple[tuple[str, Field], ...] = ()
    place: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "group": self.group,
            "prefecture": self.prefecture,
            "message": self.message,
            "need": self.need,
            "have": self.have,
            "enterprises": list(self.enterprises),
        }


class _Notes:
    """Collects the findings about one group (or the plan as a whole)."""

    def __init__(self, group: Group | None = None) -> None:
        self.group = group
        self.findings: list[Finding] = []

    def add(
        self,
        rule: str,
        severity: Severity,
        text: str,
        /,
        *,
        where: str | None = None,  # default: the prefecture, else the group's name
        prefecture: str | None = None,
        need: int | None = None,
        have: int | None = None,
        enterprises: tuple[str, ...] = (),
        key: str = "",
        **fields: Field,
    ) -> None:
        group_name = self.group.name if self.group is not None else ""
        place = where if where is not None else (prefecture or group_name)
        message = f"{rule}: {place}: {text}" if place else f"{rule}: {text}"
        gid = self.group.id if self.group is not None else None
        if need is not None:
            fields.setdefault("need", need)
        if have is not None:
            fields.setdefault("have", have)
        finding = Finding(
            rule,
            severity,
            message,
            gid,
            prefecture,
            need,
            have,
            enterprises,
            key,
            tuple(sorted(fields.items())),
            place,
        )
        self.findings.append(finding)


def _in_rule_order(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """In RULE_ORDER, then any other quota IDs; stable otherwise."""
    order = {rule: i for i, rule in enumerate(RULE_ORDER)}
    return tuple(sorted(findings, key=lambda f: order.get(f.rule, len(order))))


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _names(items: Iterable[str]) -> str:
    return ", ".join(items)


def _repeated(items: Sequence[str]) -> list[str]:
    return [name for name, n in Counter(items).items() if n > 1]


# --------------------------------------------------------------------------- the plan


def check_plan(plan: Plan, geography: Geography) -> tuple[Finding, ...]:
    """P1-P6: is the group table (with any rosters, and the dates) a sound plan?"""
    notes = _Notes()
    _check_p2_plan(notes, plan, geography)
    _check_p4(notes, plan)
    _check_p6(notes, plan)
    findings = notes.findings
    for g in plan.groups:
        group_notes = _Notes(g)
        _check_p1_p2_p3(group_notes, plan.rules, g, geography)
        if g.roster is not None:
            _check_p5(group_notes, g, g.roster, geography)
        findings += group_notes.findings
    return _in_rule_order(findings)


def _check_p1_p2_p3(notes: _Notes, rules: Rules, g: Group, geography: Geography) -> None:
    members, targets, name = g.members, g.targets, g.name
    need = rules.members_per_group
    if len(members) != need:
        text = f"{_plural(len(members), 'member prefecture')} ({_names(members)})"
        notes.add(
            "P1",
            "error",
            f"{text}, need exactly {need}",
            need=need,
            have=len(members),
            key="p1_members",
            names=tuple(members),
        )
    for dup in _repeated(members):
        text = f"{dup} is listed twice as a member"
        notes.add("P1", "error", text, where=name, prefecture=dup, key="p1_twice", pref=dup)
    if members:
        text = f"led by {g.lead}; its bureau's deputy director is group leader"
        notes.add("P1", "info", text, where=name, prefecture=g.lead, key="p1_lead", lead=g.lead)
    need = rules.targets_per_group
    if len(targets) != need:
        text = f"inspects {_plural(len(targets), 'target prefecture')} ({_names(targets)})"
        notes.add(
            "P2",
            "error",
            f"{text}, need exactly {need}",
            need=need,
            have=len(targets),
            key="p2_targets",
            names=tuple(targets),
        )
    for dup in _repeated(targets):
        text = f"{dup} is listed twice as a target"
        notes.add("P2", "error", text, where=name, prefecture=dup, key="p2_twice", pref=dup)
    known = set(geography.names())
    for pref in dict.fromkeys((*members, *targets)):
        if pref not in known:
            text = f"{pref} is not a prefecture of the {geography.source}"
            notes.add("P2", "error", text, where=name, prefecture=pref, key="p2_unknown", pref=pref)
    for pref in dict.fromkeys(targets):
        if pref in members:
            text = f"inspects {pref}, one of its own member prefectures"
            notes.add("P3", "error", text, where=name, prefecture=pref, key="p3_own", pref=pref)


def _check_p2_plan(notes: _Notes, plan: Plan, geography: Geography) -> None:
    """P2 across groups: each known prefecture is a target once and a member once."""
    for gid, n in Counter(g.id for g in plan.groups).items():
        if n > 1:
            text = f"group id {gid} is used by {n} groups, need 1 each"
            notes.add("P2", "error", text, key="p2_group_id", gid=gid, n=n)
    for role, attribute in (("a target", "targets"), ("a member", "members")):
        for pref in geography.names():
            groups = [g.name for g in plan.groups if pref in getattr(g, attribute)]
            if len(groups) == 1:
                continue
            text = f"is {role} of {len(groups)} groups ({_names(groups)})" if groups else ""
            text = text or f"is {role} of no group"
            kind = ("p2_target_of" if attribute == "targets" else "p2_member_of") + (
                "" if groups else "_none"
            )
            notes.add(
                "P2",
                "error",
                f"{text}, need exactly 1",
                prefecture=pref,
                need=1,
                have=len(groups),
                key=kind,
                names=tuple(groups),
            )


def _check_p4(notes: _Notes, plan: Plan) -> None:
    """P4 (advisory): group X inspects a member of Y while Y inspects a member of X."""
    for i, x in enumerate(plan.groups):
        for y in plan.groups[i + 1 :]:
            x_in_y = [t for t in x.targets if t in y.members]
            y_in_x = [t for t in y.targets if t in x.members]
            if x_in_y and y_in_x:
                text = (
                    f"{x.name} and {y.name} inspect each other: {x.name} inspects "
                    f"{_names(x_in_y)} (of {y.name}) while {y.name} inspects "
                    f"{_names(y_in_x)} (of {x.name})"
                )
                fields: tuple[tuple[str, Field], ...] = (
                    ("x", x.name),
                    ("xs", tuple(x_in_y)),
                    ("y", y.name),
                    ("ys", tuple(y_in_x)),
                )
                finding = Finding("P4", "warning", f"P4: {text}", x.id, key="p4", fields=fields)
                notes.findings.append(finding)


def _check_p5(notes: _Notes, g: Group, roster: Roster, geography: Geography) -> None:
    """P5: ≥4 certified officers incl. one leader, from the members; ≥2 experts; a guide."""
    officers = roster.officers
    certified = [o for o in officers if o.certificate.strip()]
    if len(certified) < 4:
        text = f"{_plural(len(certified), 'certified officer')} (with a certificate number)"
        text += ", need at least 4 including the leader"
        notes.add("P5", "error", text, need=4, have=len(certified), key="p5_certified")
    for o in officers:
        if not o.certificate.strip():
            text = f"officer {o.name} has no certificate number and is not counted"
            notes.add("P5", "error" if o.leader else "warning", text, key="p5_no_cert", name=o.name)
    leaders = [o.name for o in officers if o.leader]
    if len(leaders) != 1:
        text = f"{_plural(len(leaders), 'officer')} marked leader ({_names(leaders) or 'none'})"
        notes.add(
            "P5",
            "error",
            f"{text}, need exactly 1",
            need=1,
            have=len(leaders),
            key="p5_leaders",
            names=tuple(leaders),
        )
    for o in officers:
        pref = (geography.resolve(o.prefecture) or o.prefecture) if o.prefecture else ""
        if pref and pref not in g.members:
            text = f"officer {o.name} is from {pref}, not a member prefecture ({_names(g.members)})"
            notes.add(
                "P5",
                "error",
                text,
                where=g.name,
                prefecture=pref,
                key="p5_not_member",
                name=o.name,
                pref=pref,
                names=tuple(g.members),
            )
        elif pref and o.leader and pref != g.lead:
            text = f"leader {o.name} is from {pref}, but {g.lead} leads the group"
            notes.add(
                "P1",
                "warning",
                text,
                where=g.name,
                prefecture=pref,
                key="p1_leader_from",
                name=o.name,
                pref=pref,
                lead=g.lead,
            )
    experts = len(roster.experts)
    if experts < 2:
        text = f"{_plural(experts, 'expert')}, need at least 2"
        notes.add("P5", "error", text, need=2, have=experts, key="p5_experts")
    if g.guide is None:
        notes.add(
            "P5", "warning", "no provincial guide (副处以上 official) is named", key="p5_guide"
        )


def _check_p6(notes: _Notes, plan: Plan) -> None:
    """P6: the plan's dates in order (names, deadline, extension; the summary after)."""
    info = plan.plan
    if info.deadline.year != info.year:
        text = f"the deadline {info.deadline} is not in {info.year}"
        notes.add("P6", "warning", text, key="p6_year", deadline=str(info.deadline), year=info.year)
    if info.roster_due is not None and info.roster_due > info.deadline:
        text = f"officers' names are due {info.roster_due}, after the deadline {info.deadline}"
        due, deadline = str(info.roster_due), str(info.deadline)
        notes.add("P6", "warning", text, key="p6_roster", due=due, deadline=deadline)
    if info.extended_deadline is not None and info.extended_deadline < info.deadline:
        text = f"the extended deadline {info.extended_deadline} is before {info.deadline}"
        extended, deadline = str(info.extended_deadline), str(info.deadline)
        notes.add("P6", "warning", text, key="p6_extended", extended=extended, deadline=deadline)
    if info.summary_due is not None and info.summary_due <= info.deadline:
        text = f"the summary is due {info.summary_due}, not after the deadline {info.deadline}"
        due, deadline = str(info.summary_due), str(info.deadline)
        notes.add("P6", "warning", text, key="p6_summary", due=due, deadline=deadline)


# --------------------------------------------------------------------------- a selection


@dataclass(frozen=True)
class Entry:
    """One row of a selection to judge (prefecture canonical)."""

    prefecture: str
    id: str
    source: Source = "drawn"
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    all_day: bool = True  # dates without time: the visit covers whole days, inclusive
    row: int | None = None

    def __post_init__(self) -> None:
        # The LIST loader reports a visit that ends before it starts (an input error,
        # naming the row); the rule engine is never asked to judge one.
        if self.start is not None and self.end is not None:
            backwards = (
                self.end.date() < self.start.date() if self.all_day else self.end < self.start
            )
            if backwards:
                raise ValueError(f"visit of {self.id} ends before it starts")


@dataclass(frozen=True)
class Verdict:
    """Every finding on a selection; valid when none is an error."""

    findings: tuple[Finding, ...]

    @property
    def valid(self) -> bool:
        return not self.errors()

    def _of(self, severity: Severity) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == severity)

    def errors(self) -> tuple[Finding, ...]:
        return self._of("error")

    def warnings(self) -> tuple[Finding, ...]:
        return self._of("warning")

    def notes(self) -> tuple[Finding, ...]:
        return self._of("info")

    def by_group(self) -> dict[int | None, dict[str, tuple[Finding, ...]]]:
        """Findings by group id (None: not tied to a group), then by rule ID.

        A judged group with no finding under a rule passed it.
        """
        table: dict[int | None, dict[str, list[Finding]]] = {}
        for f in self.findings:
            table.setdefault(f.group, {}).setdefault(f.rule, []).append(f)
        return {g: {r: tuple(fs) for r, fs in rules.items()} for g, rules in table.items()}

    def to_json(self) -> dict[str, object]:
        return {"valid": self.valid, "findings": [f.to_json() for f in self.findings]}


def waivable_rules(rules: Rules) -> tuple[str, ...]:
    """The rule IDs a waiver may name: Q1, Q2, each category quota (Q3, Q4, …), T1, T2."""
    return ("Q1", "Q2", *(r.id for r in rules.requirements), "T1", "T2")


def judge(
    plan: Plan,
    pools: Mapping[str, Pool],
    enterprises: Mapping[str, Enterprise],
    entries: Sequence[Entry],
    *,
    complete: bool = False,
    exact: bool = False,
    waived: Collection[str] = (),
) -> Verdict:
    """Judge a whole selection group by group; `complete` judges groups not yet listed too.

    An entry belongs to the first group whose targets include its prefecture
    (P2, checked by `check_plan`, makes it the only one).
    """
    notes = _Notes()
    allowed = waivable_rules(plan.rules)
    for rule in sorted(set(waived) - set(allowed)):
        text = f"waiver ignored: only {_names(allowed)} can be waived"
        notes.add(rule, "warning", text, key="waiver_ignored", names=allowed)
    owner: dict[str, Group] = {}
    for g in plan.groups:
        for t in g.targets:
            owner.setdefault(t, g)
    listed: dict[int, list[Entry]] = {g.id: [] for g in plan.groups}
    for entry in entries:
        group = owner.get(entry.prefecture)
        if group is not None:
            listed[group.id].append(entry)
            continue
        text = f"{_label(entry, enterprises)} is listed, but no group inspects {entry.prefecture}"
        notes.add(
            "P2",
            "error",
            text,
            prefecture=entry.prefecture,
            enterprises=(entry.id,),
            key="p2_unowned",
            **_label_fields(entry, enterprises),
            pref=entry.prefecture,
        )
    findings = list(notes.findings)
    for g in plan.groups:
        mine = listed[g.id]
        if mine or complete:
            findings += judge_group(plan, g, pools, enterprises, mine, exact=exact, waived=waived)
        else:
            text = f"{g.name}: not yet listed ({_names(g.targets)}); not judged"
            fields: tuple[tuple[str, Field], ...] = (("group", g.name), ("names", g.targets))
            findings.append(
                Finding("Q1", "info", f"Q1: {text}", g.id, key="q1_unlisted", fields=fields)
            )
    return Verdict(tuple(findings))


def judge_group(
    plan: Plan,
    group: Group,
    pools: Mapping[str, Pool],
    enterprises: Mapping[str, Enterprise],
    entries: Sequence[Entry],
    *,
    exact: bool = False,
    waived: Collection[str] = (),
) -> tuple[Finding, ...]:
    """E1-E3, Q1-Q5, Q7, T1-T2 for one group's entries (a pool not given counts as empty).

    Only eligible drawn entries count toward Q1-Q5; an ineligible one is an
    error of its own (E1-E3) and is not counted.
    """
    notes = _Notes(group)
    target_pools = {t: pools.get(t, Pool(t, ())) for t in group.targets}
    pooled_by_id = {t: {e.id: e for e in p.entries} for t, p in target_pools.items()}
    counted: dict[str, list[PoolEntry]] = {t: [] for t in group.targets}
    seen: set[str] = set()
    for entry in entries:
        pref, label, ids = entry.prefecture, _label(entry, enterprises), (entry.id,)
        worded = _label_fields(entry, enterprises)
        if pref not in target_pools:
            text = f"{label} is listed for {group.name}, which does not inspect {pref}"
            notes.add(
                "P2",
                "error",
                text,
                prefecture=pref,
                enterprises=ids,
                key="p2_not_target",
                **worded,
                group=group.name,
                pref=pref,
            )
            continue
        if entry.id in seen:
            text = f"{label} is listed twice"
            notes.add(
                "Q1", "error", text, prefecture=pref, enterprises=ids, key="q1_twice", **worded
            )
            continue
        seen.add(entry.id)
        pooled = pooled_by_id[pref].get(entry.id)
        known = enterprises.get(entry.id)
        if pooled is None:
            if known is not None and known.prefecture != pref:
                text = f"{label} is an enterprise of {known.prefecture}, not of {pref}"
                notes.add(
                    "E1",
                    "error",
                    text,
                    prefecture=pref,
                    enterprises=ids,
                    key="e1_other",
                    **worded,
                    other=known.prefecture,
                )
            else:
                text = f"{label} is not in {pref}'s industry & trade enterprise list"
                notes.add(
                    "E1",
                    "error",
                    text,
                    prefecture=pref,
                    enterprises=ids,
                    key="e1_missing",
                    **worded,
                )
        elif pooled.excluded is not None:
            rule = pooled.excluded[:2] if pooled.excluded[:2] in ("E2", "E3") else "E3"
            reason = pooled.excluded.removeprefix(f"{rule}: ")
            text = f"{label} is excluded from cross-enforcement: {reason}"
            notes.add(
                rule,
                "error",
                text,
                prefecture=pref,
                enterprises=ids,
                key="excluded",
                **worded,
                reason=reason,
            )
        elif entry.source == "drawn":
            counted[pref].append(pooled)
        if entry.source == "suggested":
            text = f"{label} suggested by the target prefecture, listed but not counted"
            notes.add("Q7", "info", text, prefecture=pref, enterprises=ids, key="q7", **worded)
        tags = pooled.tags if pooled is not None else (known.tags if known else ())
        _check_timing(notes, plan, entry, label, tags, waived, worded)

    for t in group.targets:
        _check_q1_q2(notes, plan.rules, t, counted[t], exact, waived)
    drawn = [e for t in group.targets for e in counted[t]]
    for req in active_requirements(plan.rules, list(target_pools.values()), waived):
        _check_requirement(notes, req, drawn)
    for rule in waivable_rules(plan.rules):
        if rule in waived:
            notes.add(rule, "warning", "waived; not judged", key="waived")
    return _in_rule_order(notes.findings)


def _label(entry: Entry, enterprises: Mapping[str, Enterprise]) -> str:
    known = enterprises.get(entry.id)
    text = f"{known.name} ({entry.id})" if known is not None else entry.id
    return f"{text} [row {entry.row}]" if entry.row is not None else text


def _label_fields(entry: Entry, enterprises: Mapping[str, Enterprise]) -> dict[str, Any]:
    """The enterprise a finding is about, for output/messages.py to word: name (id), row."""
    known = enterprises.get(entry.id)
    label = f"{known.name}（{entry.id}）" if known is not None else entry.id
    return {"label": label, "row": entry.row if entry.row is not None else ""}


def _check_q1_q2(
    notes: _Notes,
    rules: Rules,
    pref: str,
    drawn: Sequence[PoolEntry],
    exact: bool,
    waived: Collection[str],
) -> None:
    """Q1 and Q2 for one target prefecture, on its eligible drawn enterprises."""
    ids = tuple(e.id for e in drawn)
    have, need = len(drawn), rules.per_prefecture
    if "Q1" not in waived and (have != need if exact else have < need):
        wanted = f"the draw takes exactly {need}" if exact else f"need at least {need}"
        text = f"{_plural(have, 'drawn enterprise')}, {wanted}"
        notes.add(
            "Q1",
            "error",
            text,
            prefecture=pref,
            need=need,
            have=have,
            enterprises=ids,
            key="q1_exact" if exact else "q1_count",
        )
    counties = sorted({e.county for e in drawn})
    need = rules.min_counties
    if "Q2" not in waived and len(counties) < need:
        listed = f" ({_names(counties)})" if counties else ""
        text = f"drawn enterprises lie in {_plural(len(counties), 'county', 'counties')}{listed}"
        notes.add(
            "Q2",
            "error",
            f"{text}, need at least {need}",
            prefecture=pref,
            need=need,
            have=len(counties),
            enterprises=ids,
            key="q2" if counties else "q2_none",
            names=tuple(counties),
        )


def _check_requirement(notes: _Notes, req: ActiveRequirement, drawn: Sequence[PoolEntry]) -> None:
    """Q3, Q4 (any category quota) for the group, and Q5's substitution stated."""
    counting = tuple(e.id for e in drawn if req.counts(e.tags))
    stand_ins = "; ".join(
        f"{tag_label(stand_in)} counting for {tag_label(missing)} under Q5"
        for missing, stand_in in req.substituted
    )
    what = f"{req.name} ({stand_ins})" if stand_ins else req.name
    if len(counting) < req.at_least:
        text = f"{_plural(len(counting), 'drawn enterprise')} of {what}, need at least"
        notes.add(
            req.id,
            "error",
            f"{text} {req.at_least}",
            need=req.at_least,
            have=len(counting),
            enterprises=counting,
            key="quota",
            name=req.name,
            stand_ins=tuple(f"{tag_label(s)}→{tag_label(m)}" for m, s in req.substituted),
        )
    targets = notes.group.targets if notes.group is not None else ()
    if len(targets) == 1:
        who = f"{targets[0]} has no"
    elif len(targets) == 2:
        who = f"neither {targets[0]} nor {targets[1]} has an"
    else:
        who = f"none of {_names(targets)} has an"
    for missing, stand_in in req.substituted:
        text = f"{who} eligible {tag_label(missing)} enterprise; {tag_label(stand_in)}"
        notes.add(
            "Q5",
            "info",
            f"{text} enterprises count for {req.id}",
            where="",
            key="q5",
            names=tuple(targets),
            missing=tag_label(missing),
            stand_in=tag_label(stand_in),
            rule=req.id,
        )


def _check_timing(
    notes: _Notes,
    plan: Plan,
    entry: Entry,
    label: str,
    tags: Sequence[str],
    waived: Collection[str],
    label_fields: Mapping[str, Any],
) -> None:
    """T1 and T2 when the entry gives dates; a single date is a visit on that day."""
    start = entry.start or entry.end
    end = entry.end or entry.start
    if start is None or end is None:
        return
    pref, ids = entry.prefecture, (entry.id,)
    worded: dict[str, Any] = dict(label_fields)
    if entry.all_day:
        length = dt.timedelta(days=(end.date() - start.date()).days + 1)
        shown = f"{start.date()} to {end.date()}"
        worded.update(start=str(start.date()), end=str(end.date()))
    else:
        length = end - start
        shown = f"{start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M}"
        worded.update(start=f"{start:%Y-%m-%d %H:%M}", end=f"{end:%Y-%m-%d %H:%M}")
    if "T1" not in waived and METAL_SMELTING in tags and length < dt.timedelta(days=1):
        hours = length.total_seconds() / 3600
        text = f"{label} is a {tag_label(METAL_SMELTING)} enterprise; its visit lasts "
        text += f"{hours:.4g} h ({shown}), need at least one day (24 h)"
        notes.add(
            "T1",
            "error",
            text,
            prefecture=pref,
            need=24,
            have=int(hours),
            enterprises=ids,
            key="t1",
            **worded,
            hours=f"{hours:.4g}",
        )
    deadline, extended, ends = plan.plan.deadline, plan.plan.extended_deadline, end.date()
    if "T2" in waived or ends <= deadline:
        return
    if extended is not None and ends <= extended:
        why = f"after the deadline {deadline} (special cases may extend to {extended} "
        why += "with approval)"
        kind = "t2_extendable"
    elif extended is not None:
        why = f"after even the extended deadline {extended} (deadline {deadline})"
        kind = "t2_beyond"
    else:
        why = f"after the deadline {deadline}"
        kind = "t2"
    notes.add(
        "T2",
        "error",
        f"{label}'s visit ends {ends}, {why}",
        prefecture=pref,
        enterprises=ids,
        key=kind,
        **worded,
        ends=str(ends),
        deadline=str(deadline),
        extended=str(extended or ""),
    )
