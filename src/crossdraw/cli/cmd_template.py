"""`crossdraw template`: an empty enterprise list to fill in, with notes and drop-downs."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from crossdraw.cli.common import guarded, out_console
from crossdraw.output.messages import say


class TemplateFormat(str, Enum):
    xlsx = "xlsx"
    csv = "csv"


@guarded
def template(
    *,
    fmt: Annotated[
        TemplateFormat, typer.Option("--format", help="help.template_format")
    ] = TemplateFormat.xlsx,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="help.template_out"),
    ] = None,
) -> None:
    """Write an empty enterprise-list template with the Chinese column headers.

    The xlsx has a note on every header cell saying what to write, drop-downs for
    行业 (sector), 类别 (tags) and 省厅直接执法 (yes/no), the code column formatted as
    text so Excel keeps all 18 characters, and a date column for 上次检查日期. The
    csv is the header row alone, UTF-8 with BOM. Never overwrites a file (exit 2).

    Example:  crossdraw template --format xlsx --out 湘潭市企业名单.xlsx
    """
    from crossdraw.output.template import COLUMNS
    from crossdraw.services.filing import template as template_service

    path = template_service(fmt.value, out or Path(f"enterprises-template.{fmt.value}"))
    columns = ", ".join(COLUMNS)
    out_console().print(say("out.template_wrote", path=path, n=len(COLUMNS), columns=columns))
