"""The witnessed draw of one target, step by step (Q6), behind an input protocol.

The steps talk to a `CeremonyIO`: the CLI's speaks to the person at the laptop, a test's
answers from a script. Plain text goes out (never markup); answers come back as text.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from crossdraw.domain.answers import dice_digits, grouped, read_group, read_number, read_yes_no
from crossdraw.domain.canonical import digest, fingerprint
from crossdraw.domain.errors import InputError, Interrupted
from crossdraw.domain.fraction import odds_text
from crossdraw.domain.geography import short_forms
from crossdraw.domain.models import Group
from crossdraw.domain.text import trimmed
from crossdraw.domain.vocab import tag_label
from crossdraw.load.textfile import closest
from crossdraw.lottery.draw import combine_seed, quota_for
from crossdraw.output.messages import reason_text, text
from crossdraw.output.papers import commitment_page, render_page
from crossdraw.output.sheet import render_html
from crossdraw.records.chain import Entry, Head, TargetKey, part_hash, reveal_problems, rules_digest
from crossdraw.records.commitment import commitment_document, commitment_file_name
from crossdraw.records.models import CommitmentLine, Present, SeedCommitLine, SeedLine
from crossdraw.records.record import Witnesses, in_force_json
from crossdraw.records.signing import SigningKey
from crossdraw.services.drawing import Planned, draw_group, earlier_draws, persist, sign_planned
from crossdraw.services.inputs import Inputs
from crossdraw.store import ledger
from crossdraw.store.account import FolderAccount, read_account
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
        """One answer; Enter gives `default` when there is one.

        Ctrl-C or the end of input raises KeyboardInterrupt or EOFError.
        """

    def ask_hidden(self, prompt: str) -> str:
        """One answer not shown on the screen (a party's dice digits, before the commit)."""


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
    leader: str | None = None  # 组长
    guide: str | None = None  # the provincial guide (asked when the plan names one)
    party_names: tuple[str, ...] = ()  # who gives each --seed-part, in order
    hidden: bool | None = None  # parties type their digits hidden (asked when None)
    beacon: str | None = None  # a public number to be published later, named with its date
    beacon_value: str | None = None  # its digits, once published


@dataclass(frozen=True)
class CeremonyOutcome:
    planned: Planned
    line: Entry
    commitment: Path
    sheet: Path


@dataclass(frozen=True)
class CeremonyPaused:
    """The seed waits for a beacon not yet published: the commitments are logged; run the
    ceremony again for the same target once it is (docs §17)."""

    commitment: Path
    seed_commit: Entry


@dataclass(frozen=True)
class Part:
    """One seed part: who gives it, its digits (None: a beacon not yet published), and
    the salt of its hash or the beacon's name."""

    party: str
    digits: str | None
    salt: str | None = None  # a hidden part: 16 random bytes as hex, hashed with the digits
    beacon: str | None = None

    def committed(self) -> dict[str, str]:
        """The part as the seed commitment line states it (docs §17)."""
        if self.beacon is not None:
            return {"party": self.party, "beacon": self.beacon}
        assert self.digits is not None
        if self.salt is None:
            return {"party": self.party, "digits": self.digits}
        return {"party": self.party, "sha256": part_hash(self.salt, self.digits)}

    def revealed(self) -> dict[str, str]:
        """The part as the seed line states it."""
        assert self.digits is not None
        out = {"party": self.party, "digits": self.digits}
        if self.salt is not None:
            out["salt"] = self.salt
        if self.beacon is not None:
            out["beacon"] = self.beacon
        return out


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

    def yes_no(self, prompt: str, *, default: bool) -> bool:
        """是/否 (y/n too); Enter gives `default`; anything else is asked again with a hint."""
        lang = self.io.lang
        word = say(lang, "yes" if default else "no")
        while True:
            answer = read_yes_no(
                self.io.ask(prompt + say(lang, "yes_no", default=word), default=""),
                default=default,
            )
            if answer is not None:
                return answer
            self.io.show(say(lang, "yes_no_hint", default=word))

    def number(self, prompt: str, *, default: str) -> int:
        """A count such as 2, ２ or 二; asked again until it is one (at least 1)."""
        while True:
            answer = read_number(self.io.ask(prompt, default=default) or default)
            if answer is not None and answer >= 1:
                return answer
            self.io.show(say(self.io.lang, "parties_hint"))


def parties_option(text: str | None, lang: str) -> int | None:
    """--parties as typed (2, ２ or 二); a count that is not one is bad input."""
    if text is None:
        return None
    count = read_number(text)
    if count is None or count < 1:
        raise InputError.one("--parties", say(lang, "parties_hint"))
    return count


def open_targets(inputs: Inputs, grp: Group, out: Path) -> list[str]:
    done = earlier_draws(inputs, grp, inputs.pools(grp), out, [])
    return [t for t in grp.targets if t not in done]


def _pick(io: CeremonyIO, inputs: Inputs, request: CeremonyRequest) -> tuple[Group, str]:
    """Q6: the group and an undrawn target. A slip, typed or given as --group/--prefecture,
    is answered with a hint and asked again; only with --no-input is it bad input (exit 2)."""
    lang, out = io.lang, request.out
    given = request.group
    while True:
        grp = _given_group(io, inputs, given) if given is not None else None
        grp = grp or _ask_group(io, inputs, out)
        given = None
        targets = open_targets(inputs, grp, out)
        if targets:
            break
        _slip(io, "--group", [say(lang, "all_drawn", group=grp.name)])
    if request.prefecture is not None:
        target, hints = _check_target(inputs, grp, targets, request.prefecture, lang)
        if target is not None:
            return grp, target
        _slip(io, "--prefecture", hints)
    io.show(say(lang, "undrawn", targets="、".join(targets)))
    default = targets[0] if len(targets) == 1 else None
    asker = _Asker(io)
    while True:
        answer = asker.text("choose_target", None, "--prefecture", default=default)
        target, hints = _check_target(inputs, grp, targets, answer, lang)
        if target is not None:
            return grp, target
        for hint in hints:
            io.show(hint)


def _slip(io: CeremonyIO, flag: str, hints: list[str]) -> None:
    """Show the hints and go on asking; without a terminal, they are the error."""
    if not io.interactive:
        raise InputError.one(flag, "".join(hints))
    for hint in hints:
        io.show(hint)


def _given_group(io: CeremonyIO, inputs: Inputs, group_id: int) -> Group | None:
    groups = inputs.plan.plan.groups
    if any(g.id == group_id for g in groups):
        return inputs.group(group_id)
    choices = "、".join(f"{g.id} {g.name}" for g in groups)
    _slip(io, "--group", [say(io.lang, "group_unknown", answer=group_id, groups=choices)])
    return None


def _check_target(
    inputs: Inputs, grp: Group, targets: Sequence[str], answer: str, lang: str
) -> tuple[str | None, list[str]]:
    """The undrawn target `answer` names, or None and what to tell the person."""
    canonical = inputs.plan.geography.resolve(answer)
    if canonical in targets:
        return canonical, []
    if canonical in grp.targets:
        return None, [say(lang, "target_drawn", target=canonical, targets="、".join(targets))]
    hints = [say(lang, "target_unknown", answer=answer, group=grp.name, targets="、".join(targets))]
    names = {short: t for t in targets for short in (t, *short_forms(t))}
    guess = closest(trimmed(answer), sorted(names))
    if guess is not None:
        hints.append(say(lang, "did_you_mean", name=names[guess]))
    return None, hints


def _ask_group(io: CeremonyIO, inputs: Inputs, out: Path) -> Group:
    lang = io.lang
    groups = inputs.plan.plan.groups
    open_groups = [g for g in groups if open_targets(inputs, g, out)]
    io.show(
        say(
            lang,
            "groups_open",
            groups="、".join(f"{g.id} {g.name}" for g in open_groups) or say(lang, "none"),
        )
    )
    asker = _Asker(io)
    while True:
        answer = asker.text("choose_group", None, "--group")
        group_id = read_group(answer, [(g.id, g.name) for g in groups])
        if group_id is not None:
            return inputs.group(group_id)
        choices = "、".join(f"{g.id} {g.name}" for g in groups)
        io.show(say(lang, "group_unknown", answer=answer, groups=choices))


def _given_parts(lang: str, request: CeremonyRequest) -> list[str]:
    """--seed-part values, as ASCII digits (a --seed typed to `draw` is kept as entered)."""
    if not request.dice_only:
        return list(request.seed_parts)
    read = [(p, dice_digits(p)) for p in request.seed_parts]
    bad = [p for p, digits in read if digits is None]
    if bad:
        raise InputError.one("--seed-part", say(lang, "part_digits") + f" ({', '.join(bad)})")
    return [digits for _, digits in read if digits is not None]


def _ask_part(io: CeremonyIO, asker: _Asker, i: int, party: str) -> str:
    """One party's dice digits, typed openly and shown back grouped (Q6)."""
    lang = io.lang
    while True:
        digits = dice_digits(io.ask(say(lang, "part_of", i=i, party=party)))
        if digits is None:
            io.show(say(lang, "part_digits"))
            continue
        shown = say(lang, "seed_grouped", seed=grouped(digits), digits=len(digits))
        if asker.yes_no(say(lang, "part_confirm", i=i, part=shown), default=True):
            return digits


def _ask_hidden_part(io: CeremonyIO, i: int, party: str) -> str:
    """One party's dice digits typed hidden, twice; only their count is shown (docs §17)."""
    lang = io.lang
    while True:
        digits = dice_digits(io.ask_hidden(say(lang, "part_hidden", i=i, party=party)))
        if digits is None:
            io.show(say(lang, "part_digits"))
            continue
        again = dice_digits(io.ask_hidden(say(lang, "part_again", i=i, party=party)))
        if again == digits:
            io.show(say(lang, "part_taken", i=i, party=party, digits=len(digits)))
            return digits
        io.show(say(lang, "part_differs"))


def _seed_text(lang: str, parts: Sequence[str]) -> str:
    """A seed grouped in fours, each part apart, with its digit count (issue 11)."""
    digits = sum(len(p) for p in parts)
    return say(lang, "seed_grouped", seed=" - ".join(grouped(p) for p in parts), digits=digits)


def _dice(io: CeremonyIO, request: CeremonyRequest) -> list[Part]:
    """The parties' dice parts, hidden or not, and who gave each; nothing is shown of a
    hidden part but its digit count. Each part's salt comes from `secrets`: it is not
    part of the seed, only of the part's hash (docs §17.2)."""
    lang = io.lang
    asker = _Asker(io)
    given = _given_parts(lang, request)
    if given:
        names = list(request.party_names) + [
            _party(i) for i in range(len(request.party_names) + 1, 99)
        ]
        return [Part(names[i], d, _salt(request)) for i, d in enumerate(given)]
    if not io.interactive:
        raise InputError.one("--seed-part", say(lang, "missing", what="seed", flag="--seed-part"))
    count = request.parties or asker.number(say(lang, "parties"), default="1")
    hidden = request.hidden
    if hidden is None and request.beacon is None:
        hidden = asker.yes_no(say(lang, "hide"), default=True)
    parts: list[Part] = []
    for i in range(1, max(count, 1) + 1):
        default = _party(i)
        party = trimmed(io.ask(say(lang, "party", i=i), default=default)) or default
        if hidden and request.beacon is None:
            parts.append(Part(party, _ask_hidden_part(io, i, party), _salt(request)))
        else:
            parts.append(Part(party, _ask_part(io, asker, i, party), _salt(request)))
    return parts


def _party(i: int) -> str:
    """A party's default name, as written into the ledger and the record: 第1方 whatever
    the display language, so that the same answers write the same bytes."""
    return text("ceremony.party_default", "zh", i=i)


def _salt(request: CeremonyRequest) -> str | None:
    """A dice part's salt: 16 random bytes as hex, so its hash cannot be guessed from the
    ledger (docs §17.2); none beside a beacon, where the dice parts are logged openly."""
    return None if request.beacon is not None else secrets.token_hex(16)


def _beacon(io: CeremonyIO, request: CeremonyRequest) -> str | None:
    """The public number, named with its source and date, that will be a seed part."""
    if request.beacon is not None:
        return trimmed(request.beacon) or None
    if not io.interactive:
        return None
    asker = _Asker(io)
    if not asker.yes_no(say(io.lang, "beacon_ask"), default=False):
        return None
    return asker.text("beacon_name", None, "--beacon")


def _check_short(io: CeremonyIO, request: CeremonyRequest, parts: Sequence[Part]) -> bool:
    """True when the dice are long enough or a short seed is confirmed (beacons count too)."""
    lang = io.lang
    digits = sum(len(p.digits or "") for p in parts) + (
        MIN_DIGITS if any(p.beacon for p in parts) else 0
    )
    if digits >= MIN_DIGITS or request.accept_short:
        return True
    if not io.interactive:
        raise InputError.one("--seed-part", say(lang, "short_refused"))
    return _Asker(io).yes_no(say(lang, "short_confirm", digits=digits), default=False)


def _beacon_value(io: CeremonyIO, request: CeremonyRequest, name: str) -> str | None:
    """The beacon's digits once published; None when they are not yet (the ceremony pauses)."""
    lang = io.lang
    if request.beacon_value is not None:
        value = dice_digits(request.beacon_value)
        if value is None:
            raise InputError.one("--beacon-value", say(lang, "part_digits"))
        return value
    if not io.interactive:
        return None
    while True:
        answer = io.ask(say(lang, "beacon_value", name=name), default="")
        if not trimmed(answer):
            return None
        value = dice_digits(answer)
        if value is None:
            io.show(say(lang, "part_digits"))
            continue
        shown = say(lang, "seed_grouped", seed=grouped(value), digits=len(value))
        if _Asker(io).yes_no(say(lang, "beacon_confirm", value=shown), default=True):
            return value


def _show_list(io: CeremonyIO, inputs: Inputs) -> None:
    """Which enterprise list this is, by file name and fingerprint; the sample is flagged."""
    listing = inputs.enterprises
    if listing.sample:
        io.show(text("paper.sample_banner", io.lang), strong=True)
        io.show(text("paper.sample_note", io.lang))
    line = text("paper.list_line", io.lang, name=listing.path.name, fp=fingerprint(listing.sha256))
    io.show(line, strong=True)


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
            io.show(say(lang, "excluded_line", id=e.id, reason=reason_text(e.excluded or "", lang)))
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


def _present(witnesses: Witnesses) -> Present:
    return Present.from_value(
        {
            "witness": witnesses.witness,
            "drawer": witnesses.drawer,
            "bureau_rep": witnesses.bureau_rep,
            "place": witnesses.place,
            **({"leader": witnesses.leader} if witnesses.leader else {}),
            **({"guide": witnesses.guide} if witnesses.guide else {}),
        },
        "who is present",
    )


def _commit(
    io: CeremonyIO,
    inputs: Inputs,
    grp: Group,
    target: str,
    witnesses: Witnesses,
    request: CeremonyRequest,
) -> tuple[Path, Entry]:
    """Write the commitment sheet and its ledger line, before any seed exists; or re-use
    the target's unfinished commitment when pools, quotas and people are unchanged (Q6)."""
    out = request.out
    pools = inputs.pools(grp)
    quota = quota_for(inputs.plan.plan.rules, pools)
    key = TargetKey(inputs.plan.plan.plan.title, inputs.plan.plan.plan.year, grp.id, target)
    present = _present(witnesses)
    in_force = digest(in_force_json(quota.requirements))  # as `rules_digest` of the record
    unfinished = _reusable(read_account(out), key)
    if unfinished is not None:
        line = unfinished.line_model
        assert isinstance(line, CommitmentLine)
        if (
            [(p.prefecture, p.digest) for p in line.pool_digests]
            == [(p.prefecture, p.digest) for p in pools]
            and line.rules_digest == in_force
            and line.present == present
            and line.commitment_digest is not None
        ):
            path = out / commitment_file_name(grp.id, target, line.commitment_digest)
            io.show(say(io.lang, "commitment_reused", line=unfinished.line, path=path))
            return path, unfinished
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
        enterprises_file=inputs.enterprises.path.name,
        sample=inputs.enterprises.sample,
    )
    path = out / commitment_file_name(grp.id, target, commitment.digest)
    if not path.exists():  # the same commitment twice in one second is one file
        write_json_new(path, commitment.as_json())
    entry = ledger.append_commitment(
        out,
        key,
        pool_digests=[(p.prefecture, p.digest) for p in pools],
        rules_digest=rules_digest(commitment.requirements_in_force),
        present=commitment.present,
        at=commitment.at,
        commitment_digest=commitment.digest,
        sign_key=request.sign_key,
    )
    io.show(say(io.lang, "commitment_at", path=path, line=entry.line))
    sheet = path.with_name(f"{path.stem}.sheet.html")  # 抽签前承诺单, to sign before the dice
    if not sheet.exists():
        page = render_page(commitment_page(commitment, path.name, io.lang), "html", io.lang)
        write_new(sheet, page.encode("utf-8"))
    io.show(text("paper.commit_sheet_saved", io.lang, path=sheet))
    return path, entry


def _reusable(account: FolderAccount, key: TargetKey) -> Entry | None:
    """The target's latest commitment, when nothing but its own seed steps followed it."""
    since = account.unfinished(key)
    commitments = [e for e in since if e.type == "commitment"]
    return commitments[-1] if commitments else None


def _waiting(account: FolderAccount, key: TargetKey, commitment: Entry) -> Entry | None:
    """A seed commitment after `commitment` waiting only for its beacon: no hidden part
    (those are never stored) and no seed line after it."""
    since = [e for e in account.unfinished(key) if e.seq > commitment.seq]
    if not since or since[-1].type != "seed-commit":
        return None
    line = since[-1].line_model
    assert isinstance(line, SeedCommitLine)
    if line.commitment != commitment.seq or any(p.sha256 is not None for p in line.parts):
        return None
    return since[-1] if any(p.beacon is not None for p in line.parts) else None


def _tags(tags: Sequence[str]) -> str:
    return "、".join(tag_label(t) for t in tags)


def run_ceremony(
    io: CeremonyIO, inputs: Inputs, request: CeremonyRequest
) -> CeremonyOutcome | CeremonyPaused:
    """The ceremony's steps; also what `draw` runs in a terminal without group or seed.

    Ctrl-C or the end of input at any prompt ends it with `Interrupted`, which says what
    the ledger already holds (commitment, seed commitment, seed); no record is written.
    """
    logged: list[Entry] = []
    paths: list[Path] = []
    try:
        done = _witnessed(io, inputs, request, logged, paths)
    except (KeyboardInterrupt, EOFError):
        if logged:
            lines = "、".join(
                say(io.lang, f"kind_{e.type.replace('-', '_')}", line=e.line) for e in logged
            )
            raise Interrupted(
                say(io.lang, "interrupted_logged", path=paths[0], lines=lines)
            ) from None
        raise Interrupted(say(io.lang, "interrupted")) from None
    if isinstance(done, CeremonyPaused):
        return done
    planned, drawn_at, seen = done
    return _write(io, request, planned, drawn_at, seen, paths[0])


def _witnessed(
    io: CeremonyIO,
    inputs: Inputs,
    request: CeremonyRequest,
    logged: list[Entry],
    paths: list[Path],
) -> tuple[list[Planned], str, Head | None] | CeremonyPaused:
    """Steps 1-5, up to the reveal: every prompt is here; each line logged joins `logged`."""
    lang, out = io.lang, request.out
    for note in ledger.settle(out):  # a writer finishes or undoes an interrupted write first
        io.show(str(note))
    io.show(say(lang, "title", plan=inputs.plan.plan.plan.title), strong=True)
    _show_list(io, inputs)

    io.show(say(lang, "step", n=1, what=say(lang, "step_pick")), strong=True)
    grp, target = _pick(io, inputs, request)
    key = TargetKey(inputs.plan.plan.plan.title, inputs.plan.plan.plan.year, grp.id, target)

    io.show(say(lang, "step", n=2, what=say(lang, "step_pool")), strong=True)
    _show_pools(io, inputs, grp)

    io.show(say(lang, "step", n=3, what=say(lang, "step_people")), strong=True)
    asker = _Asker(io)
    guide = grp.guide.name if grp.guide is not None else None
    witnesses = Witnesses(
        witness=asker.text("witness", request.witness, "--witness"),
        drawer=asker.text("drawer", request.drawer, "--drawer"),
        bureau_rep=asker.text("bureau_rep", request.bureau_rep, "--bureau-rep"),
        place=asker.text("place", request.place, "--place", default=""),
        leader=asker.text(
            "leader", request.leader, "--leader", default=None if io.interactive else ""
        )
        or None,
        guide=(
            asker.text("guide", request.guide, "--guide", default=guide) or None
            if guide is not None or request.guide is not None
            else None
        ),
    )
    commitment_path, commitment = _commit(io, inputs, grp, target, witnesses, request)
    paths.append(commitment_path)
    logged.append(commitment)

    io.show(say(lang, "step", n=4, what=say(lang, "step_seed")), strong=True)
    waiting = _waiting(read_account(out), key, commitment)
    if waiting is not None:
        committed = waiting.line_model
        assert isinstance(committed, SeedCommitLine)
        io.show(say(lang, "beacon_resume", line=waiting.line))
        parts = [Part(p.party, p.digits, beacon=p.beacon) for p in committed.parts]
        seed_commit = waiting
    else:
        beacon = _beacon(io, request)
        request = _with_beacon(request, beacon)
        while True:
            parts = _dice(io, request)
            if beacon is not None:
                parts.append(Part(say(lang, "beacon_party"), None, beacon=beacon))
            if _check_short(io, request, parts):
                break
        seed_commit = ledger.append_seed_commit(
            out,
            key,
            commitment=commitment.seq,
            parts=[p.committed() for p in parts],
            at=_now(),
            sign_key=request.sign_key,
        )
        logged.append(seed_commit)
        io.show(say(lang, "seed_committed", line=seed_commit.line, n=len(parts)), strong=True)
    for part in parts:
        if part.beacon is not None and part.digits is None:
            value = _beacon_value(io, request, part.beacon)
            if value is None:
                io.show(say(lang, "beacon_later", name=part.beacon), strong=True)
                return CeremonyPaused(commitment_path, seed_commit)
            parts[parts.index(part)] = Part(part.party, value, beacon=part.beacon)

    revealed = [p.revealed() for p in parts]
    for i, part in enumerate(parts, start=1):
        digits = part.digits or ""
        shown = say(lang, "seed_grouped", seed=grouped(digits), digits=len(digits))
        kind = say(lang, "from_beacon", name=part.beacon) if part.beacon else ""
        io.show(say(lang, "part_revealed", i=i, party=part.party, part=shown, kind=kind))
    seed_line = ledger.append_seed(
        out, key, commits=seed_commit.seq, parts=revealed, at=_now(), sign_key=request.sign_key
    )
    logged.append(seed_line)
    committed_line, revealed_line = seed_commit.line_model, seed_line.line_model
    assert isinstance(committed_line, SeedCommitLine) and isinstance(revealed_line, SeedLine)
    wrong = reveal_problems(committed_line, revealed_line)
    if wrong:  # cannot happen unless the ledger was changed under us: stop, leave the trace
        raise InputError.one(f"{ledger.LEDGER_NAME} line {seed_line.line}", "; ".join(wrong))
    digits_only = tuple(p.digits or "" for p in parts)
    io.show(say(lang, "seed_final", seed=_seed_text(lang, digits_only)), strong=True)
    io.show(say(lang, "seed_logged", line=seed_line.line))
    seen = read_account(out).head  # nothing may be logged here between now and the draw

    io.show(say(lang, "step", n=5, what=say(lang, "step_draw")), strong=True)
    drawn_at = _now()
    planned = draw_group(
        inputs,
        grp,
        only=target,
        seed=combine_seed(digits_only),
        derive=False,
        out=out,
        after=[],
        waivers=(),
        witnesses=witnesses,
        drawn_at=drawn_at,
        seed_parts=digits_only,
        seed_parties=tuple(p.party for p in parts),
        seed_beacons=tuple((i, p.beacon) for i, p in enumerate(parts, start=1) if p.beacon),
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
    return planned, drawn_at, seen


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _with_beacon(request: CeremonyRequest, beacon: str | None) -> CeremonyRequest:
    return replace(request, beacon=beacon)


def _write(
    io: CeremonyIO,
    request: CeremonyRequest,
    planned: list[Planned],
    drawn_at: str,
    seen: Head | None,
    commitment: Path,
) -> CeremonyOutcome:
    """Step 6: the record, its ledger line and its sign-off sheet (all or nothing)."""
    lang, out = io.lang, request.out
    io.show(say(lang, "step", n=6, what=say(lang, "step_write")), strong=True)
    planned = sign_planned(planned, request.sign_key)
    record = planned[0].record
    lines = persist(planned, out, drawn_at, seen, request.sign_key)
    io.show(say(lang, "saved", path=planned[0].path))
    sheet_path = planned[0].path.with_suffix(".sheet.html")
    write_new(
        sheet_path, render_html(record, lang, (lines[0].line, lines[0].sha256)).encode("utf-8")
    )
    io.show(say(lang, "sheet", path=sheet_path))
    io.show(say(lang, "record_digest", digest=record.digest))
    io.show(say(lang, "record_fp", fp=fingerprint(record.digest)), strong=True)
    return CeremonyOutcome(planned[0], lines[0], commitment, sheet_path)
