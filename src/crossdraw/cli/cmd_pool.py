"""`crossdraw pool`: the eligible pool of a group's targets, as witnesses sign it (E1-E3, Q5)."""

from __future__ import annotations

from typing import Annotated

import typer

from crossdraw.cli.common import (
    DEFAULT_ENTERPRISES,
    DEFAULT_GROUPS,
    AsOfOpt,
    EnterprisesOpt,
    ExcludeOpt,
    GroupsOpt,
    InspectedSinceOpt,
    JsonOpt,
    SheetOpt,
    StrictOpt,
    guarded,
    input_spec,
    out_console,
    print_json,
    warn,
)
from crossdraw.cli.render import pool_summary
from crossdraw.cli.safe import escape
from crossdraw.output.messages import current_lang, say

GroupOpt = Annotated[int, typer.Option("--group", help="help.group")]
PrefectureOpt = Annotated[str | None, typer.Option("--prefecture", help="help.prefecture_pool")]


@guarded
def pool(
    *,
    group: GroupOpt,
    prefecture: PrefectureOpt = None,
    groups: GroupsOpt = DEFAULT_GROUPS,
    enterprises: EnterprisesOpt = DEFAULT_ENTERPRISES,
    exclude: ExcludeOpt = None,
    inspected_since: InspectedSinceOpt = None,
    as_of: AsOfOpt = None,
    sheet: SheetOpt = None,
    strict: StrictOpt = False,
    json_out: JsonOpt = False,
) -> None:
    """Show each target's eligible pool: size, counties, categories, exclusions and digest.

    The pool digest is SHA-256 over a canonical listing that does not depend on row
    order (docs/ALGORITHM.md); witnesses sign it before any seed exists.

    Example:  crossdraw pool --group 1 --prefecture 湘潭
    """
    # First: a workbook list is then read while the service is imported.
    spec = input_spec(groups, enterprises, exclude, strict, sheet, inspected_since, as_of)

    from rich.table import Table

    from crossdraw.domain.canonical import fingerprint
    from crossdraw.domain.pool import E2_REASON
    from crossdraw.domain.vocab import tag_label
    from crossdraw.services.planning import pools as pools_service

    result = pools_service(spec, group, prefecture)
    warn(list(result.warnings))
    inputs, grp, quota, shown = result.inputs, result.group, result.quota, result.shown
    if json_out:
        print_json(
            {
                "group": grp.id,
                "encoding": inputs.enterprises.encoding,
                "requirements": [
                    {
                        "id": r.id,
                        "categories": list(r.categories),
                        "at_least": r.at_least,
                        "substituted": [list(s) for s in r.substituted],
                    }
                    for r in quota.requirements
                ],
                "pools": [
                    {
                        "prefecture": p.prefecture,
                        "size": len(p.entries),
                        "eligible": len(p.eligible),
                        "digest": p.digest,
                        "fingerprint": fingerprint(p.digest),
                        "counties": dict(p.county_counts()),
                        "tags": dict(p.tag_counts()),
                        "excluded": [{"id": e.id, "reason": e.excluded} for e in p.excluded],
                    }
                    for p in shown
                ],
            }
        )
        return
    console = out_console()
    console.print(
        say(
            "out.pool_head",
            group=escape(grp.name),
            id=grp.id,
            lead=escape(grp.lead),
            path=escape(str(inputs.enterprises.path)),
            encoding=inputs.enterprises.encoding,
        )
    )
    for p in shown:
        console.print()
        pool_summary(console, p, quota)
        pref = escape(p.prefecture)
        counties = Table(title=say("out.by_county", pref=pref))
        counties.add_column(say("out.col.county"))
        counties.add_column(say("out.col.eligible"), justify="right")
        for county, n in p.county_counts():
            counties.add_row(escape(county), str(n))
        tags = Table(title=say("out.by_category", pref=pref))
        tags.add_column(say("out.col.category"))
        tags.add_column(say("out.col.eligible"), justify="right")
        for tag, n in p.tag_counts():
            tags.add_row(
                escape(tag_label(tag) if current_lang() == "zh" else f"{tag_label(tag)} {tag}"),
                str(n),
            )
        console.print(counties)
        console.print(tags)
        if p.excluded:
            excluded = Table(title=say("out.exclusions", pref=pref))
            excluded.add_column(say("out.col.uscc"), no_wrap=True)
            excluded.add_column(say("out.col.reason"))
            for e in p.excluded:
                reason = say("out.e2_reason") if e.excluded == E2_REASON else e.excluded or ""
                excluded.add_row(escape(e.id), escape(reason))
            console.print(excluded)
