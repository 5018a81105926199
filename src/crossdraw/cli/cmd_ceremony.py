"""`crossdraw ceremony`: the witnessed draw of one target, step by step, in Chinese (Q6)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from crossdraw.cli.common import (
    DEFAULT_ENTERPRISES,
    DEFAULT_GROUPS,
    AsOfOpt,
    EnterprisesOpt,
    ExcludeOpt,
    GroupsOpt,
    InspectedSinceOpt,
    OutOpt,
    SheetOpt,
    SignKeyOpt,
    StrictOpt,
    guarded,
    input_spec,
    out_console,
    signing_key,
    warn,
)
from crossdraw.cli.safe import escape

if TYPE_CHECKING:  # the core loads in the commands that use it, not at start-up
    from crossdraw.services.ceremony import CeremonyOutcome, CeremonyPaused, CeremonyRequest
    from crossdraw.services.inputs import Inputs


def is_terminal() -> bool:
    """A person at a keyboard (tests replace this to drive the prompts)."""
    return sys.stdin.isatty()


@dataclass
class TerminalIO:
    """The ceremony's `CeremonyIO` at a terminal: Rich for output, Typer's prompts for input."""

    lang: str
    interactive: bool

    def show(self, text: str, *, strong: bool = False) -> None:
        from crossdraw.output.messages import text as words

        if text == words("paper.sample_banner", self.lang):  # the sample-data guard, in red
            out_console().print(f"[bold white on red] {escape(text)} [/bold white on red]")
            return
        out_console().print(f"[bold]{escape(text)}[/bold]" if strong else escape(text))

    def ask(self, prompt: str, *, default: str | None = None) -> str:
        try:
            if default is None:
                return str(typer.prompt(prompt))
            return str(typer.prompt(prompt, default=default, show_default=bool(default)))
        except typer.Abort:  # Typer's word for Ctrl-C and end of input
            raise KeyboardInterrupt from None

    def ask_hidden(self, prompt: str) -> str:
        try:
            return str(typer.prompt(prompt, hide_input=True))
        except typer.Abort:
            raise KeyboardInterrupt from None


def run_at_terminal(
    lang: str, interactive: bool, inputs: Inputs, request: CeremonyRequest
) -> CeremonyOutcome | CeremonyPaused:
    """Run the ceremony service, speaking to this terminal."""
    from crossdraw.services.ceremony import run_ceremony

    warn(list(inputs.warnings))
    return run_ceremony(TerminalIO(lang, interactive), inputs, request)


@guarded
def ceremony(
    *,
    group: Annotated[int | None, typer.Option("--group", help="help.group_asked")] = None,
    prefecture: Annotated[
        str | None, typer.Option("--prefecture", help="help.prefecture_asked")
    ] = None,
    witness: Annotated[str | None, typer.Option("--witness", help="help.witness")] = None,
    drawer: Annotated[str | None, typer.Option("--drawer", help="help.drawer")] = None,
    bureau_rep: Annotated[str | None, typer.Option("--bureau-rep", help="help.bureau_rep")] = None,
    place: Annotated[str | None, typer.Option("--place", help="help.place")] = None,
    seed_part: Annotated[
        list[str] | None,
        typer.Option("--seed-part", help="help.seed_part"),
    ] = None,
    leader: Annotated[str | None, typer.Option("--leader", help="help.leader")] = None,
    guide: Annotated[
        str | None,
        typer.Option("--guide", help="help.guide"),
    ] = None,
    party: Annotated[
        list[str] | None,
        typer.Option("--party", help="help.party"),
    ] = None,
    hidden: Annotated[
        bool | None,
        typer.Option(
            "--hidden/--open",
            help="help.hidden",
        ),
    ] = None,
    beacon: Annotated[
        str | None,
        typer.Option(
            "--beacon",
            help="help.beacon",
        ),
    ] = None,
    beacon_value: Annotated[
        str | None,
        typer.Option("--beacon-value", help="help.beacon_value"),
    ] = None,
    parties: Annotated[str | None, typer.Option("--parties", help="help.parties")] = None,
    accept_short_seed: Annotated[
        bool, typer.Option("--accept-short-seed", help="help.accept_short_seed")
    ] = False,
    no_input: Annotated[bool, typer.Option("--no-input", help="help.no_input")] = False,
    lang: Annotated[str | None, typer.Option("--lang", help="help.lang")] = None,
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

    1 pick the group and an undrawn target; 2 show the pool and its fingerprint; 3 record
    who is present (组长 too) and log the commitment before any seed exists (an unfinished
    one of the same target is re-used when nothing changed); 4 collect each party's dice
    digits (hidden if wished) and log their salted hashes before any is shown, then reveal
    them and log the seed; a --beacon (a public number published later) may be a part;
    5 reveal the draw with odds; 6 write the record. With --no-input every answer comes from flags, so scripts never
    hang; Ctrl-C before the last step leaves no record.

    Example:  crossdraw ceremony --group 1 --prefecture 湘潭 --lang en
    """
    from crossdraw.output.messages import resolve_lang
    from crossdraw.services.ceremony import CeremonyRequest, parties_option

    spec = input_spec(groups, enterprises, exclude, strict, sheet, inspected_since, as_of)
    request = CeremonyRequest(
        out=Path(out),
        group=group,
        prefecture=prefecture,
        witness=witness,
        drawer=drawer,
        bureau_rep=bureau_rep,
        place=place,
        seed_parts=tuple(seed_part or []),
        parties=parties_option(parties, resolve_lang(lang)),
        accept_short=accept_short_seed,
        sign_key=signing_key(sign_key),
        leader=leader,
        guide=guide,
        party_names=tuple(party or []),
        hidden=hidden,
        beacon=beacon,
        beacon_value=beacon_value,
    )
    run_at_terminal(resolve_lang(lang), not no_input and is_terminal(), spec.load(), request)
