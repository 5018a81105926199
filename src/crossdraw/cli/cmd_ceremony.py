"""`crossdraw ceremony`: the witnessed draw of one target, step by step, in Chinese (Q6)."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from crossdraw.cli.cmd_draw import OutOpt, Planned, draw_group, earlier_draws, persist
from crossdraw.cli.common import (
    DEFAULT_ENTERPRISES,
    DEFAULT_GROUPS,
    AsOfOpt,
    EnterprisesOpt,
    ExcludeOpt,
    GroupsOpt,
    InspectedSinceOpt,
    SheetOpt,
    SignKeyOpt,
    StrictOpt,
    gather,
    guarded,
    out_console,
    signing_key,
)
from crossdraw.cli.render import tags_text
from crossdraw.cli.safe import escape
from crossdraw.domain.errors import InputError

if TYPE_CHECKING:  # the core loads in the commands that use it, not at start-up
    from crossdraw.domain.models import Group
    from crossdraw.records.signing import SigningKey
    from crossdraw.services.inputs import Inputs

MIN_DIGITS = 20


def is_terminal() -> bool:
    """A person at a keyboard (tests replace this to drive the prompts)."""
    return sys.stdin.isatty()


@dataclass
class Asker:
    """Asks the person at the laptop, or, with --no-input, insists the flags said it."""

    lang: str
    interactive: bool

    def text(self, key: str, given: str | None, flag: str, *, default: str | None = None) -> str:
        from crossdraw.domain.vocab import normalize_text
        from crossdraw.output.i18n import say

        if given is not None:
            return normalize_text(given)
        if not self.interactive:
            if default is not None:
                return default
            raise InputError.one(
                flag, say(self.lang, "missing", what=say(self.lang, key), flag=flag)
            )
        if default is not None:  # optional answer: Enter accepts the default
            return normalize_text(
                str(typer.prompt(say(self.lang, key), default=default, show_default=bool(default)))
            )
        while True:
            value = normalize_text(str(typer.prompt(say(self.lang, key))))
            if value:
                return value

    def confirm(self, message: str, *, given: bool | None = None) -> bool:
        if given is not None:
            return given
        if not self.interactive:
            return True
        return bool(typer.confirm(message, default=True))


def _open_targets(inputs: Inputs, grp: Group, out: Path) -> list[str]:
    done = earlier_draws(inputs, grp, inputs.pools(grp), out, [])
    return [t for t in grp.targets if t not in done]


def _pick(
    asker: Asker, inputs: Inputs, out: Path, group: int | None, prefecture: str | None
) -> tuple[Group, str]:
    from crossdraw.output.i18n import say

    console = out_console()
    lang = asker.lang
    if group is None:
        open_groups = [g for g in inputs.plan.plan.groups if _open_targets(inputs, g, out)]
        console.print(
            say(
                lang,
                "groups_open",
                groups="、".join(f"{g.id} {g.name}" for g in open_groups) or say(lang, "none"),
            )
        )
        group = int(asker.text("choose_group", None, "--group"))
    grp = inputs.group(group)
    open_targets = _open_targets(inputs, grp, out)
    if not open_targets:
        raise InputError.one("--group", say(lang, "all_drawn", group=grp.name))
    if prefecture is None:
        console.print(say(lang, "undrawn", targets="、".join(open_targets)))
        default = open_targets[0] if len(open_targets) == 1 else None
        prefecture = asker.text("choose_target", None, "--prefecture", default=default)
    target = inputs.target(grp, prefecture)
    if target not in open_targets:
        raise InputError.one("--prefecture", say(lang, "all_drawn", group=f"{grp.name} {target}"))
    return grp, target


def _seed(
    asker: Asker,
    parts_given: list[str],
    parties: int | None,
    accept_short: bool,
    *,
    dice: bool = True,
) -> tuple[str, ...]:
    from crossdraw.lottery.draw import combine_seed
    from crossdraw.output.i18n import say

    lang = asker.lang
    console = out_console()
    while True:
        if parts_given:
            parts = [p for p in parts_given]
            bad = [p for p in parts if dice and (not p.isdigit() or not p.isascii())]
            if bad:
                raise InputError.one(
                    "--seed-part", say(lang, "part_digits") + f" ({', '.join(bad)})"
                )
        else:
            if not asker.interactive:
                raise InputError.one(
                    "--seed-part", say(lang, "missing", what="seed", flag="--seed-part")
                )
            count = parties or int(typer.prompt(say(lang, "parties"), default=1))
            parts = []
            for i in range(1, max(count, 1) + 1):
                while True:
                    part = str(typer.prompt(say(lang, "part", i=i)))
                    if not part.isdigit() or not part.isascii():
                        console.print(say(lang, "part_digits"))
                        continue
                    if typer.confirm(say(lang, "part_confirm", i=i, part=part), default=True):
                        parts.append(part)
                        break
        digits = sum(len(p) for p in parts)
        console.print(say(lang, "seed_is", seed=combine_seed(parts), digits=digits))
        if digits >= MIN_DIGITS or accept_short:
            return tuple(parts)
        if not asker.interactive:
            raise InputError.one("--seed-part", say(lang, "short_refused"))
        if typer.confirm(say(lang, "short_confirm", digits=digits), default=False):
            return tuple(parts)
        parts_given = []


@guarded
def ceremony(
    *,
    group: Annotated[
        int | None, typer.Option("--group", help="Group number (asked when missing).")
    ] = None,
    prefecture: Annotated[
        str | None, typer.Option("--prefecture", help="Target prefecture (asked when missing).")
    ] = None,
    witness: Annotated[str | None, typer.Option("--witness", help="见证人 (Q6).")] = None,
    drawer: Annotated[str | None, typer.Option("--drawer", help="抽签人 (Q6).")] = None,
    bureau_rep: Annotated[
        str | None, typer.Option("--bureau-rep", help="被检查市州局代表 (Q6).")
    ] = None,
    place: Annotated[
        str | None, typer.Option("--place", help="Where the draw takes place.")
    ] = None,
    seed_part: Annotated[
        list[str] | None,
        typer.Option("--seed-part", help="One party's dice digits; repeat per party."),
    ] = None,
    parties: Annotated[
        int | None, typer.Option("--parties", help="How many parties roll dice.")
    ] = None,
    accept_short_seed: Annotated[
        bool, typer.Option("--accept-short-seed", help="Confirm a seed of fewer than 20 digits.")
    ] = False,
    no_input: Annotated[
        bool, typer.Option("--no-input", help="Never prompt; every answer comes from flags.")
    ] = False,
    lang: Annotated[
        str | None, typer.Option("--lang", help="zh (default) or en; also CROSSDRAW_LANG.")
    ] = None,
    out: OutOpt = Path("draws"),
    sign_key: SignKeyOpt = None,
    groups: GroupsOpt = DEFAULT_GROUPS,
    enterprises: EnterprisesOpt = DEFAULT_ENTERPRISES,
    exclude: ExcludeOpt = None,
    sheet: SheetOpt = None,
    inspected_since: InspectedSinceOpt = None,
    as_of: AsOfOpt = None,
    strict: StrictOpt = False,
) -> None:
    """The witnessed draw of one target prefecture, guided step by step (Chinese by default).

    1 pick the group and an undrawn target; 2 show the pool and its fingerprint, record who
    is present and write the commitment sheet before any seed exists; 3 collect the seed
    from one or more parties (dice digits, each shown back); 4 reveal the draw with odds;
    5 write the record. With --no-input every answer comes from flags, so scripts never
    hang; Ctrl-C before the last step leaves no record.

    Example:  crossdraw ceremony --group 1 --prefecture 湘潭 --lang en
    """
    from crossdraw.output.i18n import resolve_lang

    language = resolve_lang(lang)
    asker = Asker(language, interactive=not no_input and is_terminal())
    run_ceremony(
        asker,
        gather(
            groups,
            enterprises,
            exclude,
            strict=strict,
            sheet=sheet,
            inspected_since=inspected_since,
            as_of=as_of,
        ),
        out=Path(out),
        group=group,
        prefecture=prefecture,
        people=(witness, drawer, bureau_rep, place),
        seed_parts=list(seed_part or []),
        parties=parties,
        accept_short=accept_short_seed,
        sign_key=signing_key(sign_key),
    )


def run_ceremony(
    asker: Asker,
    inputs: Inputs,
    *,
    out: Path,
    group: int | None,
    prefecture: str | None,
    people: tuple[str | None, str | None, str | None, str | None],
    seed_parts: list[str],
    parties: int | None,
    accept_short: bool,
    dice_only: bool = True,
    sign_key: SigningKey | None = None,
) -> list[Planned]:
    """The ceremony's steps; shared with `draw` run in a terminal without group or seed."""
    from crossdraw.domain.canonical import fingerprint
    from crossdraw.domain.vocab import tag_label
    from crossdraw.lottery.draw import combine_seed, quota_for
    from crossdraw.output.i18n import say
    from crossdraw.output.sheet import render_html
    from crossdraw.records.chain import TargetKey, rules_digest
    from crossdraw.records.commitment import commitment_document
    from crossdraw.records.record import Witnesses, odds_text
    from crossdraw.records.signing import sign_record
    from crossdraw.store import ledger
    from crossdraw.store.storage import write_json_new, write_new

    lang = asker.lang
    console = out_console()
    console.print(f"[bold]{escape(say(lang, 'title', plan=inputs.plan.plan.plan.title))}[/bold]")

    console.print(f"\n[bold]{say(lang, 'step', n=1, what=say(lang, 'step_pick'))}[/bold]")
    grp, target = _pick(asker, inputs, out, group, prefecture)

    console.print(f"\n[bold]{say(lang, 'step', n=2, what=say(lang, 'step_pool'))}[/bold]")
    pools = inputs.pools(grp)
    quota = quota_for(inputs.plan.plan.rules, pools)
    for pool in pools:
        console.print(
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
        console.print(say(lang, "digest", digest=pool.digest))
        console.print(f"[bold]{say(lang, 'fingerprint', fp=fingerprint(pool.digest))}[/bold]")
        for e in pool.excluded:
            console.print(escape(say(lang, "excluded_line", id=e.id, reason=e.excluded)))
    for req in quota.requirements:
        cats = "、".join(tag_label(c) for c in req.categories)
        console.print(
            escape(say(lang, "requirement", id=req.id, name=req.name, n=req.at_least, cats=cats))
        )
        for missing, stand_in in req.substituted:
            console.print(
                escape(
                    say(
                        lang,
                        "substituted",
                        id=req.id,
                        missing=tag_label(missing),
                        stand_in=tag_label(stand_in),
                    )
                )
            )

    console.print(f"\n[bold]{say(lang, 'step', n=3, what=say(lang, 'step_people'))}[/bold]")
    witness_, drawer_, rep_, place_ = people
    witnesses = Witnesses(
        witness=asker.text("witness", witness_, "--witness"),
        drawer=asker.text("drawer", drawer_, "--drawer"),
        bureau_rep=asker.text("bureau_rep", rep_, "--bureau-rep"),
        place=asker.text("place", place_, "--place", default=""),
    )
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
    commitment_path = (
        out / f"commitment-group{grp.id}-{target}-{stamp}-{commitment.digest[:8]}.json"
    )
    if not commitment_path.exists():  # the same commitment twice in one second is one file
        write_json_new(commitment_path, commitment.as_json())
    key = TargetKey(inputs.plan.plan.plan.title, inputs.plan.plan.plan.year, grp.id, target)
    ledger.append_commitment(
        out,
        key,
        pool_digests=[(p.prefecture, p.digest) for p in pools],
        rules_digest=rules_digest(commitment.requirements_in_force),
        present=commitment.present,
        at=commitment.at,
        commitment_digest=commitment.digest,
        sign_key=sign_key,
    )
    seen = ledger.head(out)  # nothing may be logged in this folder between now and the draw
    console.print(say(lang, "commitment", path=commitment_path))

    console.print(f"\n[bold]{say(lang, 'step', n=4, what=say(lang, 'step_seed'))}[/bold]")
    parts = _seed(asker, seed_parts, parties, accept_short, dice=dice_only)

    console.print(f"\n[bold]{say(lang, 'step', n=5, what=say(lang, 'step_draw'))}[/bold]")
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
    record: dict[str, Any] = planned[0].record.as_json()
    console.print(
        say(
            lang,
            "count",
            count=record["counts"]["group_valid_selections"],
            bound=record["counts"]["this_draw"],
        )
    )
    if asker.interactive:
        typer.prompt(say(lang, "reveal"), default="", show_default=False)
    for item in record["selected"]:
        num, den = item["probability"].split("/")
        from fractions import Fraction

        console.print(
            "[bold green]"
            + escape(
                say(
                    lang,
                    "drawn",
                    name=item["name"],
                    id=item["id"],
                    county=item["county"],
                    tags=tags_text(item["tags"]) or "-",
                    odds=odds_text(Fraction(int(num), int(den))),
                )
            )
            + "[/bold green]"
        )

    console.print(f"\n[bold]{say(lang, 'step', n=6, what=say(lang, 'step_write'))}[/bold]")
    if sign_key is not None:
        planned = [replace(p, record=sign_record(p.record, sign_key)) for p in planned]
        record = planned[0].record.as_json()
    lines = persist(planned, out, drawn_at, seen)
    console.print(say(lang, "saved", path=planned[0].path))
    sheet_path = planned[0].path.with_suffix(".sheet.html")
    line = (lines[0].line, lines[0].sha256) if lines else None
    write_new(sheet_path, render_html(record, lang, line).encode("utf-8"))
    console.print(say(lang, "sheet", path=sheet_path))
    console.print(say(lang, "record_digest", digest=record["digest"]))
    console.print(f"[bold]{say(lang, 'record_fp', fp=fingerprint(record['digest']))}[/bold]")
    return planned
