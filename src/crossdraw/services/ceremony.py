"""The witnessed draw of one target, step by step (Q6), behind an input protocol.

The steps talk to a `CeremonyIO`: the CLI's speaks to the person at the laptop, a test's
answers from a script. Plain text goes out (never markup); answers come back as text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from crossdraw.domain.canonical import fingerprint
from crossdraw.domain.errors import InputError
from crossdraw.domain.fraction import odds_text
from crossdraw.domain.models import Group
from crossdraw.domain.text import trimmed
from crossdraw.domain.vocab import tag_label
from crossdraw.lottery.draw import combine_seed, quota_for
from crossdraw.output.messages import text
from crossdraw.output.sheet import render_html
from crossdraw.records.chain import Entry, TargetKey, rules_digest
from crossdraw.records.commitment import commitment_document
from crossdraw.records.record import Witnesses
from crossdraw.records.signing import SigningKey
from crossdraw.services.drawing import Planned, draw_group, earlier_draws, persist, sign_planned
from crossdraw.services.inputs import Inputs
from crossdraw.store import ledger
from crossdraw.store.account import read_account
from crossdraw.store.storage import write_json_new, write_new

MIN_DIGITS = 20


def say(lang: str, key: str, **fields: object) -> str:
    """The ceremony's words (output/messages.py, keys `ceremony.*`), zh by default."""
    return text(f"ceremony.{key}", lang, **fields)


class CeremonyIO(Protocol):
    """Who the ceremony talks to."""

    lang: str
    interactive: bool  # False: every answer must come from the options (--no-input)

    def show(self, text: str, *, strong: bool = False) -> None:
        """Say one line (plain text); `strong` for headings and what is read aloud."""

    def ask(self, prompt: str, *, default: str | None = None) -> str:
        """One answer; Enter gives `default` when there is one."""

    def confirm(self, prompt: str, *, default: bool) -> bool: ...


@dataclass(frozen=True)
class CeremonyRequest:
    out: Path
    group: int | None = None
    prefecture: str | None = None
    witness: str | None = None
    drawer: str | None = None
    bureau_rep: str | None = None
    place: str | None = None
    seed_parts: tuple[str, ...] = ()
    parties: int | None = None
    accept_short: bool = False
    dice_only: bool = True  # False when a --seed typed to `draw` is used exactly as entered
    sign_key: SigningKey | None = None


@dataclass(frozen=True)
class CeremonyOutcome:
    planned: Planned
    line: Entry
    commitment: Path
    sheet: Path


class _Asker:
    """Asks the person, or, with --no-input, insists the options said it."""

    def __init__(self, io: CeremonyIO) -> None:
        self.io = io

    def text(self, key: str, given: str | None, flag: str, *, default: str | None = None) -> str:
        lang = self.io.lang
        if given is not None:
            return trimmed(given)
        if not self.io.interactive:
            if default is not None:
                return default
            raise InputError.one(flag, say(lang, "missing", what=say(lang, key), flag=flag))
        if default is not None:  # optional answer: Enter accepts the default
            return trimmed(self.io.ask(say(lang, key), default=default))
        while True:
            value = trimmed(self.io.ask(say(lang, key)))
            if value:
                return value


def open_targets(inputs: Inputs, grp: Group, out: Path) -> list[str]:
    done = earlier_draws(inputs, grp, inputs.pools(grp), out, [])
    return [t for t in grp.targets if t not in done]


def _pick(io: CeremonyIO, inputs: Inputs, request: CeremonyRequest) -> tuple[Group, str]:
    lang, out = io.lang, request.out
    asker = _Asker(io)
    group = request.group
    if group is None:
        open_groups = [g for g in inputs.plan.plan.groups if open_targets(inputs, g, out)]
        io.show(
            say(
                lang,
                "groups_open",
                groups="、".join(f"{g.id} {g.name}" for g in open_groups) or say(lang, "none"),
            )
        )
        answer = asker.text("choose_group", None, "--group")
        try:
            group = int(answer)
        except ValueError:
            raise InputError.one("--group", f"{answer!r} is not a group number") from None
    grp = inputs.group(group)
    targets = open_targets(inputs, grp, out)
    if not targets:
        raise InputError.one("--group", say(lang, "all_drawn", group=grp.name))
    prefecture = request.prefecture
    if prefecture is None:
        io.show(say(lang, "undrawn", targets="、".join(targets)))
        default = targets[0] if len(targets) == 1 else None
        prefecture = asker.text("choose_target", None, "--prefecture", default=default)
    target = inputs.target(grp, prefecture)
    if target not in targets:
        raise InputError.one("--prefecture", say(lang, "all_drawn", group=f"{grp.name} {target}"))
    return grp, target


def _is_dice(part: str) -> bool:
    return part.isdigit() and part.isascii()


def _seed(io: CeremonyIO, request: CeremonyRequest) -> tuple[str, ...]:
    lang = io.lang
    given = list(request.seed_parts)
    while True:
        if given:
            parts = given
            bad = [p for p in parts if request.dice_only and not _is_dice(p)]
            if bad:
                raise InputError.one(
                    "--seed-part", say(lang, "part_digits") + f" ({', '.join(bad)})"
                )
        else:
            if not io.interactive:
                raise InputError.one(
                    "--seed-part", say(lang, "missing", what="seed", flag="--seed-part")
                )
            count = request.parties or _count(io.ask(say(lang, "parties"), default="1"))
            parts = []
            for i in range(1, max(count, 1) + 1):
                while True:
                    part = io.ask(say(lang, "part", i=i))
                    if not _is_dice(part):
                        io.show(say(lang, "part_digits"))
                        continue
                    if io.confirm(say(lang, "part_confirm", i=i, part=part), default=True):
                        parts.append(part)
                        break
        digits = sum(len(p) for p in parts)
        io.show(say(lang, "seed_is", seed=combine_seed(parts), digits=digits))
        if digits >= MIN_DIGITS or request.accept_short:
            return tuple(parts)
        if not io.interactive:
            raise InputError.one("--seed-part", say(lang, "short_refused"))
        if io.confirm(say(lang, "short_confirm", digits=digits), default=False):
            return tuple(parts)
        given = []


def _count(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        return 1


def _show_pools(io: CeremonyIO, inputs: Inputs, grp: Group) -> None:
    lang = io.lang
    pools = inputs.pools(grp)
    quota = quota_for(inputs.plan.plan.rules, pools)
    for pool in pools:
        io.show(
            say(
                lang,
                "pool_line",
                target=pool.prefecture,
                eligible=len(pool.eligible),
                total=len(pool.entries),
                excluded=len(pool.excluded),
                counties=len(pool.county_counts()),
            )
        )
        io.show(say(lang, "digest", digest=pool.digest))
        io.show(say(lang, "fingerprint", fp=fingerprint(pool.digest)), strong=True)
        for e in pool.excluded:
            io.show(say(lang, "excluded_line", id=e.id, reason=e.excluded))
    for req in quota.requirements:
        cats = "、".join(tag_label(c) for c in req.categories)
        io.show(say(lang, "requirement", id=req.id, name=req.name, n=req.at_least, cats=cats))
        for missing, stand_in in req.substituted:
            io.show(
                say(
                    lang,
                    "substituted",
                    id=req.id,
                    missing=tag_label(missing),
                    stand_in=tag_label(stand_in),
                )
            )


def _commit(
    io: CeremonyIO,
    inputs: Inputs,
    grp: Group,
    target: str,
    witnesses: Witnesses,
    request: CeremonyRequest,
) -> Path:
    """Write the commitment sheet and its ledger line, before any seed exists."""
    out = request.out
    pools = inputs.pools(grp)
    quota = quota_for(inputs.plan.plan.rules, pools)
    now = dt.datetime.now(dt.timezone.utc)
    commitment = commitment_document(
        plan_title=inputs.plan.plan.plan.title,
        plan_sha256=inputs.plan.sha256,
        enterprises_sha256=inputs.enterprises.sha256,
        group=grp,
        target=target,
        pools=pools,
        quota=quota,
        witnesses=witnesses,
        at=now.isoformat(timespec="seconds"),
    )
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    path = out / f"commitment-group{grp.id}-{target}-{stamp}-{commitment.digest[:8]}.json"
    if not path.exists():  # the same commitment twice in one second is one file
        write_json_new(path, commitment.as_json())
    key = TargetKey(inputs.plan.plan.plan.title, inputs.plan.plan.plan.year, grp.id, target)
    ledger.append_commitment(
        out,
        key,
        pool_digests=[(p.prefecture, p.digest) for p in pools],
        rules_digest=rules_digest(commitment.requirements_in_force),
        present=commitment.present,
        at=commitment.at,
        commitment_digest=commitment.digest,
        sign_key=request.sign_key,
    )
    io.show(say(io.lang, "commitment", path=path))
    return path


def _tags(tags: Sequence[str]) -> str:
    return "、".join(tag_label(t) for t in tags)


def run_ceremony(io: CeremonyIO, inputs: Inputs, request: CeremonyRequest) -> CeremonyOutcome:
    """The ceremony's steps; also what `draw` runs in a terminal without group or seed."""
    lang, out = io.lang, request.out
    for note in ledger.settle(out):  # a writer finishes or undoes an interrupted write first
        io.show(str(note))
    io.show(say(lang, "title", plan=inputs.plan.plan.plan.title), strong=True)

    io.show(say(lang, "step", n=1, what=say(lang, "step_pick")), strong=True)
    grp, target = _pick(io, inputs, request)

    io.show(say(lang, "step", n=2, what=say(lang, "step_pool")), strong=True)
    _show_pools(io, inputs, grp)

    io.show(say(lang, "step", n=3, what=say(lang, "step_people")), strong=True)
    asker = _Asker(io)
    witnesses = Witnesses(
        witness=asker.text("witness", request.witness, "--witness"),
        drawer=asker.text("drawer", request.drawer, "--drawer"),
        bureau_rep=asker.text("bureau_rep", request.bureau_rep, "--bureau-rep"),
        place=asker.text("place", request.place, "--place", default=""),
    )
    commitment = _commit(io, inputs, grp, target, witnesses, request)
    seen = read_account(out).head  # nothing may be logged here between now and the draw

    io.show(say(lang, "step", n=4, what=say(lang, "step_seed")), strong=True)
    parts = _seed(io, request)

    io.show(say(lang, "step", n=5, what=say(lang, "step_draw")), strong=True)
    drawn_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    planned = draw_group(
        inputs,
        grp,
        only=target,
        seed=combine_seed(parts),
        derive=False,
        out=out,
        after=[],
        waivers=(),
        witnesses=witnesses,
        drawn_at=drawn_at,
        seed_parts=parts,
    )
    record = planned[0].record
    counts = record.counts
    io.show(say(lang, "count", count=counts.group_valid_selections, bound=counts.this_draw))
    if io.interactive:
        io.ask(say(lang, "reveal"), default="")
    for item in record.selected:
        io.show(
            say(
                lang,
                "drawn",
                name=item.name,
                id=item.id,
                county=item.county,
                tags=_tags(item.tags) or "-",
                odds=odds_text(item.odds),
            ),
            strong=True,
        )

    io.show(say(lang, "step", n=6, what=say(lang, "step_write")), strong=True)
    planned = sign_planned(planned, request.sign_key)
    record = planned[0].record
    lines = persist(planned, out, drawn_at, seen)
    io.show(say(lang, "saved", path=planned[0].path))
    sheet_path = planned[0].path.with_suffix(".sheet.html")
    write_new(
        sheet_path, render_html(record, lang, (lines[0].line, lines[0].sha256)).encode("utf-8")
    )
    io.show(say(lang, "sheet", path=sheet_path))
    io.show(say(lang, "record_digest", digest=record.digest))
    io.show(say(lang, "record_fp", fp=fingerprint(record.digest)), strong=True)
    return CeremonyOutcome(planned[0], lines[0], commitment, sheet_path)
