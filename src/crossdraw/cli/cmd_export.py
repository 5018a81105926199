"""`crossdraw export`: the consolidated target list of one group or the whole plan."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from crossdraw.cli import exitcodes
from crossdraw.cli.common import (
    DEFAULT_ENTERPRISES,
    DEFAULT_GROUPS,
    GroupsOpt,
    SheetOpt,
    fail,
    guarded,
    out_console,
    warn,
    write_output,
)
from crossdraw.cli.render import findings_table
from crossdraw.cli.safe import escape
from crossdraw.domain.errors import InputError, Problem

if TYPE_CHECKING:  # the core loads in the commands that use it, not at start-up
    from crossdraw.load.enterprises import EnterpriseList
    from crossdraw.load.planfile import LoadedPlan


class ExportFormat(str, Enum):
    xlsx = "xlsx"
    csv = "csv"
    json = "json"


def read_records(paths: list[Path]) -> list[tuple[str, dict[str, Any]]]:
    """Records from files and folders (every record in a folder), each once, verified.

    A record that does not reproduce from its own content stops the command (exit 3).
    """
    from crossdraw.records.record import verify_record
    from crossdraw.store.storage import read_record, records_in

    found: list[tuple[str, dict[str, Any]]] = []
    for path in paths:
        if path.is_dir():
            inside = [(str(p), rec) for p, rec in records_in(path)]
            if not inside:
                raise InputError.one(str(path), "has no draw records (*.json)")
            found.extend(inside)
        else:
            found.append((str(path), read_record(path)))
    unique: dict[str, tuple[str, dict[str, Any]]] = {}
    for label, rec in found:
        unique.setdefault(str(rec.get("digest")), (label, rec))
    bad = [f"{label}: {m}" for label, rec in unique.values() for m in verify_record(rec)]
    if bad:
        fail(exitcodes.MISMATCH, [*bad, "run crossdraw verify for details; nothing was written"])
    return list(unique.values())


def optional_enterprises(
    given: Path | None, plan: LoadedPlan, sheet: str | None
) -> EnterpriseList | None:
    """The enterprise list when given, else the default one if it is there, else None."""
    from crossdraw.load.enterprises import load_enterprises

    path = given if given is not None else DEFAULT_ENTERPRISES
    if given is None and not path.exists():
        return None
    return load_enterprises(path, plan.geography, sheet=sheet)


@guarded
def export(
    records: Annotated[
        list[Path], typer.Argument(help="Draw records, or folders of them (e.g. draws/).")
    ],
    *,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", help="xlsx (3 sheets), csv or json.")
    ] = ExportFormat.xlsx,
    out: Annotated[
        Path | None, typer.Option("--out", help="File to write (default: targets.FORMAT).")
    ] = None,
    group: Annotated[
        int | None, typer.Option("--group", help="Only this group (default: every group given).")
    ] = None,
    visits: Annotated[
        Path | None,
        typer.Option(
            "--list",
            help="LIST (CSV or .xlsx) with visit dates (T1, T2) and suggested targets (Q7).",
        ),
    ] = None,
    list_sheet: Annotated[
        str | None, typer.Option("--list-sheet", help="Sheet of a workbook LIST.")
    ] = None,
    groups: GroupsOpt = DEFAULT_GROUPS,
    enterprises: Annotated[
        Path | None,
        typer.Option(
            "--enterprises",
            envvar="CROSSDRAW_ENTERPRISES",
            help=f"Enterprise list, for sectors (default: {DEFAULT_ENTERPRISES} if present).",
        ),
    ] = None,
    sheet: SheetOpt = None,
) -> None:
    """Export the target list of one group or the whole plan, as the provincial office files it.

    One row per target enterprise (group, lead prefecture, target, enterprise, USCC,
    county, sector, categories, drawn or suggested, odds, record digest), ordered by
    group, target and id. The xlsx adds a sheet showing how each group met Q1-Q5 (and
    T1-T2 when --list gives visit dates) and by which enterprises, and one of every
    E2/E3 exclusion. Records are verified first (exit 3 if one does not reproduce).
    Exit 0 written and valid, 1 written but a rule is broken, 2 bad input (nothing
    written).

    Example:  crossdraw export draws/ --format xlsx --out 交叉执法对象.xlsx
    """
    from crossdraw.load.listfile import load_list
    from crossdraw.load.planfile import load_plan
    from crossdraw.output.export import build_export, gather
    from crossdraw.output.exportfile import export_bytes

    plan = load_plan(Path(groups))
    loaded = read_records(list(records))
    if group is not None:
        loaded = [(label, rec) for label, rec in loaded if rec["group"]["id"] == group]
        if not loaded:
            raise InputError.one("--group", f"no record of group {group} was given")
    drawn = gather(plan.plan, loaded)
    listing = optional_enterprises(enterprises, plan, sheet)
    if listing is not None:
        warn(list(listing.warnings))
        other = sorted({rec["enterprises_sha256"] for _, rec in loaded} - {listing.sha256})
        if other:
            warn(
                [
                    Problem(
                        str(listing.path),
                        "is not the enterprise list the draws were made from (sha256 "
                        "differs); sectors and names are taken from it as it is now",
                    )
                ]
            )
    listed = []
    if visits is not None:
        if listing is None:
            raise InputError.one(
                "--list", "checking a LIST needs the enterprise list: give --enterprises FILE"
            )
        found = load_list(visits, plan.geography, listing.by_id(), sheet=list_sheet)
        warn(list(found.warnings))
        listed = list(found.rows)
    result = build_export(
        plan.plan,
        drawn,
        listing.by_id() if listing is not None else None,
        listed,
        str(visits) if visits is not None else "LIST",
    )
    path = out or Path(f"targets.{fmt.value}")
    write_output(path, export_bytes(result, fmt.value))
    console = out_console()
    names = "、".join(g.group.name for g in drawn)
    console.print(
        f"wrote {escape(str(path))}: {len(result.targets)} target enterprises of {names}"
        + ("" if listing is not None else " (no enterprise list: sector left blank)")
    )
    shown = [f for f in result.findings if f.severity != "info"]
    if shown:
        console.print(findings_table("rule findings 规则检查", shown))
    raise typer.Exit(exitcodes.OK if result.valid else exitcodes.VIOLATIONS)
