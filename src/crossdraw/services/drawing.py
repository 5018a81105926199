"""The draw of a group's targets and its odds: the use cases behind `draw` and `odds`.

Earlier draws come from the folder's account (store/account.py), so a voided draw is
never the prior of another target, and a draw that `validate` would reject is never
written (one rule engine: `_self_check`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from crossdraw.domain.errors import InfeasibleError, InputError, Problem
from crossdraw.domain.models import Group
from crossdraw.domain.pool import Pool
from crossdraw.domain.rules import Entry as ListEntry
from crossdraw.domain.rules import judge_group
from crossdraw.lottery.draw import (
    GroupSpace,
    PriorSelectionError,
    TargetOdds,
    derive_seed,
    draw_prefecture,
    group_odds,
    group_space,
    waivable,
)
from crossdraw.lottery.feasibility import diagnose
from crossdraw.output.messages import say, worded
from crossdraw.records.chain import Entry, Head
from crossdraw.records.models import DrawRecord
from crossdraw.records.record import (
    DrawContext,
    Prior,
    Waiver,
    Witnesses,
    build_record,
    record_file_name,
)
from crossdraw.records.signing import SigningKey, sign_record
from crossdraw.services.inputs import Inputs, InputSpec
from crossdraw.store import ledger
from crossdraw.store.account import FolderAccount, read_account, void_note
from crossdraw.store.ledger import LEDGER_NAME
from crossdraw.store.storage import read_record

MIN_SEED_LENGTH = 20


def now_utc() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Earlier:
    """A standing draw of one of the group's targets (from --after or the folder)."""

    path: Path
    record: DrawRecord
    entry: Entry | None = None  # its draw line, when found through the ledger

    @property
    def selected(self) -> tuple[str, ...]:
        return self.record.selected_ids


def _logged_after(path: Path, account: FolderAccount) -> Earlier:
    """An --after record, which must stand in the --out folder's ledger or in the ledger
    beside it: a scratch record never logged is not an earlier draw (Q6, issue 11)."""
    record = read_record(path)
    accounts = [account]
    if path.parent.resolve() != account.folder.resolve():
        accounts.append(read_account(path.parent))
    for folder_account in accounts:  # a voided draw is never a prior, whatever its file name
        void = folder_account.void_of(record.digest)
        if void is not None:
            raise InputError.one(
                str(path),
                say("input.after_voided_by", note=void_note(void), ledger=folder_account.ledger),
            )
    for folder_account in accounts:
        logged = folder_account.draw_of_digest(record.digest)
        if logged is None:
            continue
        if logged.voided:
            raise InputError.one(str(path), say("input.after_voided", note=logged.void_note()))
        return Earlier(path, record, logged.line if folder_account is account else None)
    raise InputError.one(
        str(path),
        say("input.after_unlogged", ledger=account.ledger, beside=path.parent / LEDGER_NAME),
    )


def _candidates(
    out: Path, after: Sequence[Path], grp: Group, plan_key: tuple[str, int]
) -> list[Earlier]:
    """--after records, then the group's standing draws in --out's ledger.

    A folder without a ledger (written before there was one) is read record by record.
    """
    account = read_account(out)
    if account.damaged:  # one of them may be an earlier draw: nothing is drawn past it
        raise InputError(account.damaged)
    given = [_logged_after(p, account) for p in after]
    if not account.has_ledger:
        return given + [Earlier(p, r) for p, r in account.unlogged]
    found = []
    for draw in account.standing:
        key = draw.key
        if (key.plan_title, key.plan_year, key.group) != (*plan_key, grp.id):
            continue
        found.append(Earlier(draw.path, draw.record, draw.line))
    for entry in account.changed_standing():
        if (entry.key.plan_title, entry.key.plan_year, entry.key.group) == (*plan_key, grp.id):
            raise InputError.one(
                str(out / entry.record),
                say("input.changed_since", line=entry.line, out=out),
            )
    return given + found


def earlier_draws(
    inputs: Inputs, grp: Group, pools: tuple[Pool, ...], out: Path, after: Sequence[Path]
) -> dict[str, Earlier]:
    """Standing draws of this group's targets, from --after and the --out folder's ledger.

    A voided draw is never among them, so it is never the prior of another target.
    """
    plan = inputs.plan.plan.plan
    found: dict[str, Earlier] = {}
    for item in _candidates(out, after, grp, (plan.title, plan.year)):
        path, record = item.path, item.record
        key = record.key
        target = key.prefecture
        if (key.plan_title, key.plan_year, key.group) != (
            plan.title,
            plan.year,
            grp.id,
        ) or target not in grp.targets:
            if path in after:
                raise InputError.one(str(path), say("input.after_other", group=grp.name))
            continue
        if target in found and found[target].record.digest == record.digest:
            if item.entry is not None:  # the same draw given with --after: keep its ledger line
                found[target] = item
            continue
        if target in found:
            raise InputError.one(
                str(path),
                say(
                    "input.two_records",
                    target=target,
                    group=grp.name,
                    one=found[target].path,
                    other=path,
                ),
            )
        current = {p.prefecture: p.digest for p in pools}
        stored = {p.prefecture: p.digest for p in record.pools}
        if stored != current:
            raise InputError.one(
                str(path),
                say("input.pools_changed", group=grp.name, target=target),
            )
        found[target] = item
    return found


def waivers_for(inputs: Inputs, waive: Sequence[str], reason: str | None) -> tuple[Waiver, ...]:
    if not waive:
        return ()
    allowed = waivable(inputs.plan.plan.rules)
    bad = [w for w in waive if w not in allowed]
    if bad:
        raise InputError.one(
            "--waive", say("input.not_waivable", rules=", ".join(bad), allowed=", ".join(allowed))
        )
    if not reason or not reason.strip():
        raise InputError.one("--reason", say("input.waiver_reason"))
    return tuple(Waiver(w, reason) for w in waive)


@dataclass(frozen=True)
class Planned:
    """A record drawn and not yet written, with where it goes."""

    record: DrawRecord
    path: Path
    pool: Pool
    selected: tuple[str, ...]


def _infeasible(
    inputs: Inputs, grp: Group, pools: tuple[Pool, ...], waived: Sequence[str]
) -> InfeasibleError:
    rules = inputs.plan.plan.rules
    return InfeasibleError(
        [
            say("input.infeasible", group=grp.name, id=grp.id, reason=worded(r))
            for r in diagnose(rules, pools, list(waived))
        ]
    )


def draw_group(
    inputs: Inputs,
    grp: Group,
    *,
    only: str | None,
    seed: str,
    derive: bool,
    out: Path,
    after: Sequence[Path],
    waivers: tuple[Waiver, ...],
    witnesses: Witnesses,
    drawn_at: str,
    seed_parts: tuple[str, ...] = (),
    seed_parties: tuple[str, ...] = (),
    seed_beacons: tuple[tuple[int, str], ...] = (),
) -> list[Planned]:
    """Draw `only` (or every target of the group), given the group's standing draws."""
    rules = inputs.plan.plan.rules
    pools = inputs.pools(grp)
    waived = [w.rule for w in waivers]
    space = group_space(rules, pools, waived)
    if space.valid_selections() == 0:
        raise _infeasible(inputs, grp, pools, waived)
    earlier = earlier_draws(inputs, grp, pools, out, after)
    todo = [only] if only else list(grp.targets)
    for target in todo:
        done = earlier.get(target)
        if done is not None and done.entry is not None:
            key = done.record.key
            raise ledger.AlreadyDrawn.one(
                str(done.path), ledger.already_drawn_message(key, done.entry, out)
            )
        if done is not None:
            raise InputError.one(
                str(done.path),
                say("input.already_drawn", target=target, group=grp.name),
            )
    prior_ids = {t: e.selected for t, e in earlier.items()}
    priors = [Prior(t, e.record.digest, prior_ids[t]) for t, e in earlier.items()]
    members = inputs.of_group(grp)
    names = {i: e.name for i, e in members.items()}
    planned: list[Planned] = []
    for target in todo:
        seed_value = derive_seed(seed, grp.id, target) if derive else seed
        try:
            result = draw_prefecture(space, target, prior_ids, seed_value)
        except PriorSelectionError as exc:
            raise InputError.one("--after", exc.said) from None
        _self_check(inputs, grp, pools, {**prior_ids, target: result.selected}, waived)
        ctx = DrawContext(
            plan=inputs.plan.plan,
            plan_sha256=inputs.plan.sha256,
            enterprises_sha256=inputs.enterprises.sha256,
            group=grp,
            pools=pools,
            names=names,
            seed_base=seed if derive else None,
            seed_parts=seed_parts,
            seed_parties=seed_parties,
            seed_beacons=seed_beacons,
            prior=tuple(sorted(priors, key=lambda p: grp.targets.index(p.prefecture))),
            waivers=waivers,
            witnesses=witnesses,
            drawn_at=drawn_at,
            enterprises_file=inputs.enterprises.path.name,
            sample=inputs.enterprises.sample,
            inputs=inputs.record_inputs(),
        )
        record = build_record(ctx, result, space.quota.requirements)
        path = out / record_file_name(grp.id, target, record.digest)
        pool = pools[grp.targets.index(target)]
        planned.append(Planned(record, path, pool, result.selected))
        prior_ids[target] = result.selected
        priors.append(Prior(target, record.digest, result.selected))
    return planned


def _self_check(
    inputs: Inputs,
    grp: Group,
    pools: tuple[Pool, ...],
    drawn: dict[str, tuple[str, ...]],
    waived: list[str],
) -> None:
    """One rule engine: a draw that `validate` would reject is never written."""
    entries = [ListEntry(prefecture=t, id=i) for t, ids in drawn.items() for i in ids]
    findings = judge_group(
        inputs.plan.plan,
        grp,
        {p.prefecture: p for p in pools},
        inputs.of_group(grp),
        entries,
        exact=True,
        waived=waived,
    )
    whole_group = len(drawn) == len(grp.targets)
    errors = [
        f
        for f in findings
        if f.severity == "error"
        and (whole_group or (f.prefecture in drawn and f.rule in ("E1", "E2", "E3", "Q1", "Q2")))
    ]
    if errors:  # pragma: no cover - counting and the rule engine agree by construction
        raise AssertionError(
            "draw failed its own rule check: " + "; ".join(f.message for f in errors)
        )


def sign_planned(planned: Sequence[Planned], key: SigningKey | None) -> list[Planned]:
    if key is None:
        return list(planned)
    return [replace(p, record=sign_record(p.record, key)) for p in planned]


def persist(
    planned: Sequence[Planned],
    out: Path,
    drawn_at: str,
    seen: Head | None,
    sign_key: SigningKey | None = None,
) -> list[Entry]:
    """Write every record and its ledger line (signed with `sign_key`), all or nothing;
    never over an existing file."""
    return ledger.append_draws(
        out,
        [(p.path.name, p.record) for p in planned],
        at=drawn_at,
        expect_head=seen,
        sign_key=sign_key,
    )


@dataclass(frozen=True)
class DrawRequest:
    """What `crossdraw draw` was asked to do, options already parsed."""

    inputs: InputSpec
    seed: str
    out: Path
    group: int | None = None
    all_groups: bool = False
    prefecture: str | None = None
    witnesses: Witnesses = field(default_factory=Witnesses)
    after: tuple[Path, ...] = ()
    waive: tuple[str, ...] = ()
    accept_short_seed: bool = False
    reason: str | None = None
    sign_key: SigningKey | None = None


@dataclass(frozen=True)
class DrawOutcome:
    planned: tuple[Planned, ...]
    lines: tuple[Entry, ...]
    warnings: tuple[Problem, ...] = ()

    @property
    def head(self) -> Entry | None:
        return self.lines[-1] if self.lines else None


def _first_not_digit(seed: str) -> tuple[int, str] | None:
    """(1-based position, character) of the first character that breaks the seed's form:
    not an ASCII digit, or a '-' at either end or next to another '-'."""
    for index, ch in enumerate(seed):
        if ch in "0123456789":
            continue
        edge = index in (0, len(seed) - 1) or seed[index - 1] == "-"
        if ch != "-" or edge:
            return index + 1, ch
    return None


def check_seed(seed: str, *, accept_short: bool = False) -> None:
    """A typed seed is ASCII dice digits, parties' parts joined by '-', at least
    MIN_SEED_LENGTH digits unless accepted: a look-alike (a trailing space, a no-break
    space, full-width digits) would draw something else from the same dice, so each
    roll could be turned into many seeds to choose from (issue 11)."""
    if not seed:
        raise InputError.one("--seed", say("draw.seed_empty"))
    bad = _first_not_digit(seed)
    if bad is not None:
        position, ch = bad
        shown = f"U+{ord(ch):04X} {ch!r}"
        raise InputError.one(
            "--seed",
            say("draw.seed_form", position=position, char=shown),
        )
    digits = sum(ch != "-" for ch in seed)
    if digits < MIN_SEED_LENGTH and not accept_short:
        raise InputError.one(
            "--seed",
            say("draw.seed_short", digits=digits, least=MIN_SEED_LENGTH),
        )


def draw(request: DrawRequest) -> DrawOutcome:
    """Draw the requested group(s) or target and write records and ledger lines, all or nothing."""
    if request.all_groups == (request.group is not None):
        raise InputError.one("--group", say("input.group_or_all"))
    if request.all_groups and (request.prefecture or request.after):
        raise InputError.one("--all", say("input.all_whole"))
    check_seed(request.seed, accept_short=request.accept_short_seed)
    warnings: list[Problem] = []
    inputs = request.inputs.load()
    warnings.extend(inputs.warnings)
    out = Path(request.out)
    warnings.extend(ledger.settle(out))  # a writer finishes or undoes an interrupted write first
    waivers = waivers_for(inputs, request.waive, request.reason)
    seen = read_account(out).head  # the ledger must not move on while we draw
    plan = inputs.plan.plan
    chosen = list(plan.groups) if request.all_groups else [inputs.group(request.group or 0)]
    drawn_at = now_utc()
    planned: list[Planned] = []
    reasons: list[str] = []
    for grp in chosen:
        only = inputs.target(grp, request.prefecture) if request.prefecture else None
        try:
            planned.extend(
                draw_group(
                    inputs,
                    grp,
                    only=only,
                    seed=request.seed,
                    derive=only is None,
                    out=out,
                    after=request.after,
                    waivers=waivers,
                    witnesses=request.witnesses,
                    drawn_at=drawn_at,
                )
            )
        except InfeasibleError as exc:
            reasons.extend(exc.reasons)
    if reasons:
        raise InfeasibleError(reasons)
    planned = sign_planned(planned, request.sign_key)
    lines = persist(planned, out, drawn_at, seen, request.sign_key)
    return DrawOutcome(tuple(planned), tuple(lines), tuple(warnings))


@dataclass(frozen=True)
class OddsRequest:
    inputs: InputSpec
    group: int
    out: Path
    after: tuple[Path, ...] = ()
    waive: tuple[str, ...] = ()


@dataclass(frozen=True)
class OddsOutcome:
    group: Group
    space: GroupSpace
    total: int
    unconditional: tuple[TargetOdds, ...]
    prior: Mapping[str, tuple[str, ...]]
    conditional: tuple[TargetOdds, ...]
    inputs: Inputs
    warnings: tuple[Problem, ...] = ()


def odds(request: OddsRequest) -> OddsOutcome:
    """The group's valid-selection count and every eligible enterprise's exact chance,
    and the conditional odds once a target stands drawn."""
    inputs = request.inputs.load()
    grp = inputs.group(request.group)
    pools = inputs.pools(grp)
    waived = list(request.waive)
    space = group_space(inputs.plan.plan.rules, pools, waived)
    total = space.valid_selections()
    if total == 0:
        raise _infeasible(inputs, grp, pools, waived)
    account = read_account(Path(request.out))
    warnings = [*inputs.warnings, *account.problems]  # a reader reports what it finds
    earlier = earlier_draws(inputs, grp, pools, Path(request.out), request.after)
    prior = {t: e.selected for t, e in earlier.items()}
    unconditional = tuple(group_odds(space, {}))
    conditional = tuple(group_odds(space, prior)) if prior else ()
    return OddsOutcome(
        grp, space, total, unconditional, prior, conditional, inputs, tuple(warnings)
    )
