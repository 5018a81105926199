"""The consolidated target list the lead bureau files, and how each group met its quotas.

Pure: draw records (already verified), the plan, and optionally the enterprise list
and a LIST (visit dates, suggested targets) in; rows out. Verdicts come from the one
rule engine (`rules.judge_group`), so an export never disagrees with `validate`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from crossdraw.domain.errors import InputError
from crossdraw.domain.models import Enterprise, Group, Plan, Rules
from crossdraw.domain.pool import Pool
from crossdraw.domain.quota import active_requirements
from crossdraw.domain.rules import Entry, Finding, Source, judge_group, waivable_rules
from crossdraw.domain.vocab import tag_label
from crossdraw.load.listfile import ListRow
from crossdraw.output.messages import current_lang, finding_text, requirement_text, say, text
from crossdraw.records.models import DrawRecord

Verdict = str  # "met", "not met", "waived", "note", "warning", "not judged"


@dataclass(frozen=True)
class DrawnGroup:
    """One group's draw records (by target), with the pools and rules they were drawn under."""

    group: Group
    records: Mapping[str, DrawRecord]  # target -> record
    pools: tuple[Pool, ...]  # every target, plan order, from the records' listings
    rules: Rules
    waived: tuple[str, ...]


@dataclass(frozen=True)
class TargetRow:
    """One target enterprise as the provincial office files it."""

    group: int
    group_name: str
    leader: str  # the lead member prefecture (P1)
    target: str
    id: str
    name: str
    county: str
    sector: str  # blank when no enterprise list was given
    tags: tuple[str, ...]
    source: Source
    probability: str  # "p/q" as drawn; blank for suggested targets (Q7)
    record_digest: str  # blank for suggested targets
    start: str  # visit dates when a LIST gave them
    end: str


@dataclass(frozen=True)
class QuotaRow:
    """How one group met (or not) one rule, and by which enterprises."""

    group: int
    group_name: str
    rule: str
    prefecture: str  # blank for group-wide rules
    verdict: Verdict
    need: int | None
    have: int | None
    enterprises: tuple[str, ...]  # "name (id)" or "county: name (id)"
    note: str


@dataclass(frozen=True)
class ExclusionRow:
    group: int
    group_name: str
    target: str
    id: str
    name: str
    county: str
    reason: str  # "E2: …" / "E3: …" as in the pool listing


@dataclass(frozen=True)
class Export:
    targets: tuple[TargetRow, ...]
    quotas: tuple[QuotaRow, ...]
    exclusions: tuple[ExclusionRow, ...]
    findings: tuple[Finding, ...]  # the rule engine's, every group

    @property
    def valid(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)


def gather(plan: Plan, records: Sequence[tuple[str, DrawRecord]]) -> list[DrawnGroup]:
    """Group (label, record) pairs by plan group; InputError when they do not belong together."""
    info = plan.plan
    by_group: dict[int, dict[str, tuple[str, DrawRecord]]] = {}
    for label, rec in records:
        title, year = rec.plan.title, rec.plan.year
        if (title, year) != (info.title, info.year):
            raise InputError.one(
                label,
                say(
                    "export.other_plan",
                    title=title,
                    year=year,
                    plan_title=info.title,
                    plan_year=info.year,
                ),
            )
        gid = rec.group.id
        try:
            group = plan.group(gid)
        except KeyError:
            raise InputError.one(label, say("export.no_group", group=gid)) from None
        if list(rec.group.targets) != list(group.targets):
            raise InputError.one(label, say("export.other_targets", group=group.name))
        target = rec.target
        mine = by_group.setdefault(gid, {})
        if target in mine and mine[target][1].digest != rec.digest:
            first_label = mine[target][0]
            raise InputError.one(
                label,
                say(
                    "export.two_records",
                    target=target,
                    group=group.name,
                    first=first_label,
                    second=label,
                ),
            )
        mine.setdefault(target, (label, rec))
    out = []
    for gid in sorted(by_group):
        group = plan.group(gid)
        items = by_group[gid]
        (first_label, first), *others = items.values()
        for label, rec in others:
            if [p.digest for p in rec.pools] != [p.digest for p in first.pools]:
                raise InputError.one(
                    label, say("export.other_pools", first=first_label, group=group.name)
                )
            if rec.rules != first.rules or rec.waivers != first.waivers:
                raise InputError.one(
                    label, say("export.other_rules", first=first_label, group=group.name)
                )
        out.append(
            DrawnGroup(
                group=group,
                records={t: rec for t, (_, rec) in items.items()},
                pools=tuple(p.listing.pool() for p in first.pools),
                rules=first.rules.rules(),
                waived=tuple(w.rule for w in first.waivers),
            )
        )
    return out


def build_export(
    plan: Plan,
    groups: Sequence[DrawnGroup],
    enterprises: Mapping[str, Enterprise] | None = None,
    listed: Sequence[ListRow] = (),
    list_where: str = "LIST",
    lang: str | None = None,
) -> Export:
    """Target rows in filing order (group, target order, id), quota and exclusion rows.

    The 定额核对 notes (rule findings, quotas in force) are worded in `lang`, the run's
    language by default: the sheet goes to the provincial office (issue 12).
    """
    lang = lang or current_lang()
    by_target = {t: g for g in groups for t in g.group.targets}
    drawn = {
        s.id: (g, t, rec, s) for g in groups for t, rec in g.records.items() for s in rec.selected
    }
    visits: dict[str, ListRow] = {}
    suggested: dict[int, list[ListRow]] = {}
    for row in listed:
        where = text("export.list_row", lang, file=list_where, row=row.row)
        if row.source == "drawn":
            if row.id not in drawn:
                raise InputError.one(where, text("export.list_not_drawn", lang, id=row.id))
            visits[row.id] = row
        elif row.id in drawn:
            raise InputError.one(where, text("export.list_suggested_drawn", lang, id=row.id))
        elif row.prefecture not in by_target:
            raise InputError.one(
                where, text("export.list_no_record", lang, id=row.id, pref=row.prefecture)
            )
        else:
            visits[row.id] = row
            suggested.setdefault(by_target[row.prefecture].group.id, []).append(row)

    targets: list[TargetRow] = []
    quotas: list[QuotaRow] = []
    exclusions: list[ExclusionRow] = []
    findings: list[Finding] = []
    for g in groups:
        known = _known(g, enterprises)
        judged_plan = plan.model_copy(update={"rules": g.rules})
        entries = [
            _entry(t, s.id, "drawn", visits.get(s.id))
            for t in g.group.targets
            if t in g.records
            for s in g.records[t].selected
        ]
        entries += [
            _entry(r.prefecture, r.id, "suggested", r) for r in suggested.get(g.group.id, [])
        ]
        verdicts = judge_group(
            judged_plan,
            g.group,
            {p.prefecture: p for p in g.pools},
            known,
            entries,
            waived=g.waived,
        )
        findings.extend(verdicts)
        targets.extend(_target_rows(g, entries, known))
        quotas.extend(_quota_rows(g, entries, known, verdicts, lang))
        exclusions.extend(
            ExclusionRow(
                g.group.id,
                g.group.name,
                p.prefecture,
                e.id,
                _name(known, e.id),
                e.county,
                e.excluded or "",
            )
            for p in g.pools
            for e in p.excluded
        )
    return Export(tuple(targets), tuple(quotas), tuple(exclusions), tuple(findings))


def _entry(target: str, eid: str, source: Source, row: ListRow | None) -> Entry:
    if row is None:
        return Entry(target, eid, source)
    return Entry(target, eid, source, row.start, row.end, row.all_day, row.row)


def _known(g: DrawnGroup, enterprises: Mapping[str, Enterprise] | None) -> dict[str, Enterprise]:
    """Every enterprise of the group's pools, named as drawn (else as in the list)."""
    drawn_names = {s.id: s.name for rec in g.records.values() for s in rec.selected}
    listing = enterprises or {}
    known = {}
    for pool in g.pools:
        for e in pool.entries:
            in_list = listing.get(e.id)
            name = drawn_names.get(e.id) or (in_list.name if in_list else "")
            sector = in_list.sector if in_list else ""
            known[e.id] = Enterprise(
                e.id, name, pool.prefecture, e.county, sector, e.tags, False, 0
            )
    return known


def _name(known: Mapping[str, Enterprise], eid: str) -> str:
    e = known.get(eid)
    return e.name if e is not None else ""


def _who(known: Mapping[str, Enterprise], eid: str) -> str:
    name = _name(known, eid)
    return f"{name} ({eid})" if name else eid


def _when(value: dt.datetime | None, all_day: bool) -> str:
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d" if all_day else "%Y-%m-%d %H:%M")


def _target_rows(
    g: DrawnGroup, entries: Sequence[Entry], known: Mapping[str, Enterprise]
) -> list[TargetRow]:
    order = {t: i for i, t in enumerate(g.group.targets)}
    rows = []
    for entry in sorted(entries, key=lambda e: (order[e.prefecture], e.id)):
        e = known.get(entry.id)
        rec = g.records.get(entry.prefecture) if entry.source == "drawn" else None
        chosen = next((s for s in rec.selected if s.id == entry.id), None) if rec else None
        rows.append(
            TargetRow(
                group=g.group.id,
                group_name=g.group.name,
                leader=g.group.lead,
                target=entry.prefecture,
                id=entry.id,
                name=e.name if e else "",
                county=e.county if e else "",
                sector=e.sector if e else "",
                tags=e.tags if e else (),
                source=entry.source,
                probability=chosen.probability if chosen else "",
                record_digest=rec.digest if rec else "",
                start=_when(entry.start, entry.all_day),
                end=_when(entry.end, entry.all_day),
            )
        )
    return rows


def _quota_rows(
    g: DrawnGroup,
    entries: Sequence[Entry],
    known: Mapping[str, Enterprise],
    findings: Sequence[Finding],
    lang: str = "zh",
) -> list[QuotaRow]:
    """Q1, Q2 per target; each quota in force (Q3, Q4, Q5); Q7, T1, T2; then anything else."""
    gid, gname, rules = g.group.id, g.group.name, g.rules
    pooled = {e.id: e for p in g.pools for e in p.entries}
    counted = {
        t: [
            pooled[e.id]
            for e in entries
            if e.prefecture == t
            and e.source == "drawn"
            and e.id in pooled
            and pooled[e.id].eligible
        ]
        for t in g.group.targets
    }
    covered: set[int] = set()

    def verdict(rule: str, prefecture: str | None = None) -> tuple[Verdict, str]:
        mine = [
            (i, f)
            for i, f in enumerate(findings)
            if f.rule == rule and (prefecture is None or f.prefecture in (None, prefecture))
        ]
        covered.update(i for i, _ in mine)
        note = "\n".join(finding_text(f, lang) for _, f in mine)
        if rule in g.waived:
            return "waived", note
        if any(f.severity == "error" for _, f in mine):
            return "not met", note
        return "met", note

    def row(
        rule: str,
        prefecture: str,
        need: int | None,
        have: int | None,
        who: tuple[str, ...],
        result: tuple[Verdict, str],
    ) -> QuotaRow:
        return QuotaRow(gid, gname, rule, prefecture, result[0], need, have, who, result[1])

    rows = []
    for t in g.group.targets:
        ids = tuple(e.id for e in counted[t])
        rows.append(
            row(
                "Q1",
                t,
                rules.per_prefecture,
                len(ids),
                tuple(_who(known, i) for i in ids),
                verdict("Q1", t),
            )
        )
    for t in g.group.targets:
        counties = sorted({e.county for e in counted[t]})
        who = tuple(
            f"{e.county}: {_who(known, e.id)}"
            for e in sorted(counted[t], key=lambda e: (e.county, e.id))
        )
        rows.append(row("Q2", t, rules.min_counties, len(counties), who, verdict("Q2", t)))
    everyone = [e for t in g.group.targets for e in counted[t]]
    for req in active_requirements(rules, g.pools, g.waived):
        ids = tuple(e.id for e in everyone if req.counts(e.tags))
        result = verdict(req.id)
        note = "\n".join(x for x in (requirement_text(req, lang), result[1]) if x)
        rows.append(
            row(
                req.id,
                "",
                req.at_least,
                len(ids),
                tuple(_who(known, i) for i in ids),
                (result[0], note),
            )
        )
    for planned in rules.requirements:
        if planned.id in g.waived:
            rows.append(row(planned.id, "", planned.at_least, None, (), verdict(planned.id)))
    if any(r.substitutes for r in rules.requirements):
        _, q5_note = verdict("Q5")
        if not q5_note:
            targets = text("export.or", lang).join(g.group.targets)
            q5_note = text(
                "export.q5_not_applied",
                lang,
                why=text("export.sep", lang).join(
                    text(
                        "export.q5_why",
                        lang,
                        targets=targets,
                        missing=tag_label(a),
                        stand_in=tag_label(b),
                        id=r.id,
                    )
                    for r in rules.requirements
                    for a, b in sorted(r.substitutes.items())
                ),
            )
        rows.append(row("Q5", "", None, None, (), ("note", q5_note)))
    extra = tuple(_who(known, e.id) for e in entries if e.source == "suggested")
    if extra:
        rows.append(
            row(
                "Q7",
                "",
                None,
                len(extra),
                extra,
                ("note", text("export.q7_note", lang)),
            )
        )
        verdict("Q7")
    dated = any(e.start is not None or e.end is not None for e in entries)
    for rule in ("T1", "T2"):
        result = verdict(rule)
        if not dated and result[0] == "met":
            result = ("not judged", text("export.no_dates", lang))
        rows.append(row(rule, "", None, None, _finding_enterprises(findings, rule, known), result))
    for i, f in enumerate(findings):
        if i in covered or f.rule in waivable_rules(rules):
            continue
        severity = {"error": "not met", "warning": "warning", "info": "note"}[f.severity]
        rows.append(
            row(
                f.rule,
                f.prefecture or "",
                f.need,
                f.have,
                tuple(_who(known, x) for x in f.enterprises),
                (severity, finding_text(f, lang)),
            )
        )
    return rows


def _finding_enterprises(
    findings: Sequence[Finding], rule: str, known: Mapping[str, Enterprise]
) -> tuple[str, ...]:
    return tuple(_who(known, i) for f in findings if f.rule == rule for i in f.enterprises)
