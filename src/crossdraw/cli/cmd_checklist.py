"""`crossdraw checklist`: an inspection sheet per drawn enterprise, items C1-C19 as apply."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from crossdraw.cli.common import guarded, out_console, warn
from crossdraw.cli.safe import escape
from crossdraw.output.messages import say


class ChecklistFormat(str, Enum):
    html = "html"
    xlsx = "xlsx"


class Language(str, Enum):
    zh = "zh"
    en = "en"


@guarded
def checklist(
    records: Annotated[list[Path], typer.Argument(help="help.records")],
    *,
    fmt: Annotated[
        ChecklistFormat, typer.Option("--format", help="help.checklist_format")
    ] = ChecklistFormat.html,
    out: Annotated[Path | None, typer.Option("--out", help="help.checklist_out")] = None,
    lang: Annotated[Language, typer.Option("--lang", help="help.lang")] = Language.zh,
) -> None:
    """Write the inspection checklist of every enterprise the records drew.

    Each sheet lists the plan's items (三、执法重点) that apply: C3-C6, C8, C9,
    C11-C19 for every enterprise; C1 and C7 for metal smelters' construction
    projects; C2 for hazardous chemicals; C10 for major hazard sources; a special
    item for dust-explosion and for ammonia-refrigeration enterprises. Each item has
    room for the finding, the evidence fixed (拍照、复制、取样、勘察、书面记载) and the
    hand-off to the bureau responsible (分类分级执法). Metal smelters are marked T1
    (at least one full day). Records are verified first (exit 3 if one does not
    reproduce). Never overwrites a file (exit 2).

    Example:  crossdraw checklist draws/group1-湘潭市-3f2a91bc0d4e.json --format html
    """
    from crossdraw.services.filing import checklist as checklist_service

    outcome = checklist_service(
        list(records),
        fmt.value,
        out,
        "en" if lang is Language.en else "zh",
    )
    warn(list(outcome.warnings))
    out_console().print(
        say("out.checklist_wrote", path=escape(str(outcome.path)), n=outcome.enterprises)
    )
