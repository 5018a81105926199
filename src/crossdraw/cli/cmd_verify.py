"""`crossdraw verify`: re-derive draw records from their own content and check input files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from crossdraw import exitcodes
from crossdraw.cli.common import JsonOpt, StrictOpt, guarded, out_console, print_json
from crossdraw.errors import InputError, Problem

if TYPE_CHECKING:  # the core is imported inside the command: start-up stays quick
    from crossdraw.geography import Geography
    from crossdraw.records import Mismatch


def _e3_exclusions(record: dict[str, Any]) -> dict[str, str]:
    return {
        e["id"]: e["excluded"][len("E3: ") :]
        for p in record["pools"]
        for e in p["listing"]["enterprises"]
        if str(e.get("excluded", "")).startswith("E3: ")
    }


def _check_files(
    record: dict[str, Any], enterprises: Path | None, groups: Path | None, geography: Geography
) -> list[Mismatch]:
    from crossdraw.enterprises import load_enterprises
    from crossdraw.pool import build_pool
    from crossdraw.records import Mismatch, check_pools_against_file
    from crossdraw.storage import file_sha256

    out: list[Mismatch] = []
    if groups is not None:
        sha = file_sha256(groups)
        if sha != record["plan"]["sha256"]:
            out.append(
                Mismatch(
                    "plan.sha256",
                    f"{groups} has sha256 {sha}, the record {record['plan']['sha256']}",
                )
            )
    if enterprises is not None:
        listing = load_enterprises(enterprises, geography)
        if listing.sha256 != record["enterprises_sha256"]:
            out.append(
                Mismatch(
                    "enterprises_sha256",
                    f"{enterprises} has sha256 {listing.sha256}, the record {record['enterprises_sha256']}",
                )
            )
        exclusions = _e3_exclusions(record)
        pools = [
            build_pool(p["prefecture"], listing.enterprises, exclusions) for p in record["pools"]
        ]
        out.extend(check_pools_against_file(record, pools))
    return out


def _chain(loaded: list[tuple[Path, dict[str, Any]]]) -> dict[Path, list[Mismatch]]:
    """A record that depends on another given record must carry that record's selection."""
    from crossdraw.records import Mismatch

    by_digest = {str(rec.get("digest")): rec for _, rec in loaded}
    out: dict[Path, list[Mismatch]] = {}
    for path, rec in loaded:
        previous = rec.get("previous")
        if not isinstance(previous, list):
            continue  # verify_record reports it
        for index, prev in enumerate(previous):
            earlier = (
                by_digest.get(str(prev.get("record_digest"))) if isinstance(prev, dict) else None
            )
            if earlier is None or not isinstance(earlier.get("selected"), list):
                continue
            ids = [str(s.get("id")) if isinstance(s, dict) else str(s) for s in earlier["selected"]]
            if ids != prev.get("selected") or earlier.get("target") != prev.get("prefecture"):
                out.setdefault(path, []).append(
                    Mismatch(
                        f"previous[{index}]",
                        f"does not match the selection of that record ({', '.join(ids)})",
                    )
                )
    return out


@guarded
def verify(
    records: Annotated[list[Path], typer.Argument(help="Draw record files (JSON).")],
    *,
    enterprises: Annotated[
        Path | None,
        typer.Option(
            "--enterprises", help="Check this enterprise list against the records' digests."
        ),
    ] = None,
    groups: Annotated[
        Path | None,
        typer.Option("--groups", help="Check this plan file against the records' digest."),
    ] = None,
    strict: StrictOpt = False,
    json_out: JsonOpt = False,
) -> None:
    """Re-derive every record from its own pool listings, rules and seed; report mismatches.

    Exit 0 when every record reproduces, 3 on any mismatch or tampering, 2 when a file
    cannot be read.

    Example:  crossdraw verify draws/*.json --enterprises data/enterprises.csv
    """
    from rich.markup import escape

    from crossdraw.geography import bundled_geography
    from crossdraw.planfile import load_plan
    from crossdraw.records import verify_record
    from crossdraw.storage import read_record

    del strict  # accepted for symmetry with the other commands
    loaded = [(path, read_record(path)) for path in records]
    geography = load_plan(groups).geography if groups is not None else bundled_geography()
    chain = _chain(loaded)
    results = []
    for path, record in loaded:
        try:
            mismatches = verify_record(record)
        except InputError as exc:  # name the file, not only the field
            raise InputError(
                [Problem(f"{path}, {p.where}", p.what) for p in exc.problems]
            ) from None
        if not mismatches:
            mismatches.extend(_check_files(record, enterprises, groups, geography))
        mismatches.extend(chain.get(path, []))
        results.append((path, record, mismatches))
    ok = all(not m for _, _, m in results)
    if json_out:
        print_json(
            {
                "verified": ok,
                "records": [
                    {
                        "record": str(path),
                        "digest": record.get("digest"),
                        "verified": not m,
                        "mismatches": [{"field": x.field, "message": x.message} for x in m],
                    }
                    for path, record, m in results
                ],
            }
        )
    else:
        console = out_console()
        for path, record, m in results:
            if not m:
                console.print(
                    f"[green]✓ verified[/green] {escape(str(path))}: "
                    f"{escape(record['group']['name'])} → {escape(record['target'])}, "
                    f"selected {escape(', '.join(s['id'] for s in record['selected']))}"
                )
                continue
            console.print(f"[red]✗ MISMATCH[/red] {escape(str(path))}")
            for x in m:
                console.print(f"    {escape(str(x))}")
    raise typer.Exit(exitcodes.OK if ok else exitcodes.MISMATCH)
