"""Rich tables shared by several commands."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from crossdraw.canonical import fingerprint
from crossdraw.counting import Quota
from crossdraw.pool import Pool
from crossdraw.records import odds_text
from crossdraw.rules import Finding
from crossdraw.vocab import tag_label


def tags_text(tags: Sequence[str]) -> str:
    return "、".join(tag_label(t) for t in tags)


def pool_summary(console: Console, pool: Pool, quota: Quota | None = None) -> None:
    console.print(
        f"[bold]{pool.prefecture}[/bold]: {len(pool.eligible)} eligible of {len(pool.entries)} "
        f"({len(pool.excluded)} excluded), {len(pool.county_counts())} counties"
    )
    console.print(f"  pool digest {pool.digest}")
    console.print(f"  fingerprint [bold]{fingerprint(pool.digest)}[/bold]")
    if quota is not None:
        for req in quota.requirements:
            have = sum(1 for e in pool.eligible if req.counts(e.tags))
            console.print(f"  {req.describe()}: {have} here")


def findings_table(title: str, findings: Sequence[Finding]) -> Table:
    table = Table(title=title, show_lines=False)
    for col in ("rule", "verdict", "group", "prefecture", "message"):
        table.add_column(col, overflow="fold")
    style = {
        "error": "[red]✗ error[/red]",
        "warning": "[yellow]! warning[/yellow]",
        "info": "· note",
    }
    for f in findings:
        table.add_row(
            f.rule,
            style[f.severity],
            "" if f.group is None else str(f.group),
            escape(f.prefecture or ""),
            escape(f.message),
        )
    return table


def selection_table(
    title: str,
    ids: Sequence[str],
    pool: Pool,
    names: Mapping[str, str],
    odds: Mapping[str, Fraction],
) -> Table:
    by_id = {e.id: e for e in pool.entries}
    table = Table(title=title)
    for col in ("USCC", "name 企业名称", "county 县市区", "categories 类别", "odds 概率"):
        table.add_column(col, overflow="fold")
    for i in ids:
        entry = by_id[i]
        table.add_row(
            i,
            escape(names.get(i, "")),
            escape(entry.county),
            tags_text(entry.tags),
            odds_text(odds[i]),
        )
    return table
