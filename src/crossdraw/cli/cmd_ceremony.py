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
    from crossdraw.services.ceremony import CeremonyOutcome, CeremonyRequest
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


def run_at_terminal(
    lang: str, interactive: bool, inputs: Inputs, request: CeremonyRequest
) -> CeremonyOutcome:
    """Run the ceremony service, speaking to this terminal."""
    from crossdraw.services.ceremony import run_ceremony

    warn(list(inputs.warnings))
    return run_ceremony(TerminalIO(lang, interactive), inputs, request)


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
        str | None, typer.Option("--parties", help="How many parties roll dice (2, ２ or 二).")
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
    )
    run_at_terminal(resolve_lang(lang), not no_input and is_terminal(), spec.load(), request)
