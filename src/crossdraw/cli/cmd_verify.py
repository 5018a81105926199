"""`crossdraw verify`: re-derive draw records, check their ledger's chain, signatures and inputs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from crossdraw.cli import exitcodes
from crossdraw.cli.common import (
    JsonOpt,
    SheetOpt,
    StrictOpt,
    guarded,
    out_console,
    print_json,
    warn,
)
from crossdraw.cli.safe import escape
from crossdraw.domain.errors import InputError, Problem

if TYPE_CHECKING:  # the core loads in the commands that use it, not at start-up
    from crossdraw.domain.geography import Geography
    from crossdraw.load.enterprises import EnterpriseList
    from crossdraw.records.chain import Entry
    from crossdraw.records.models import DrawRecord
    from crossdraw.records.record import Mismatch
    from crossdraw.records.signing import Trust

    Result = tuple[Path, DrawRecord, list[Mismatch], Entry | None]


def _e3_exclusions(record: DrawRecord) -> dict[str, str]:
    return {
        e.id: e.excluded[len("E3: ") :]
        for p in record.pools
        for e in p.listing.enterprises
        if e.excluded is not None and e.excluded.startswith("E3: ")
    }


def _check_files(
    record: DrawRecord,
    enterprises: Path | None,
    groups: Path | None,
    geography: Geography,
    sheet: str | None,
    loaded: dict[Path, EnterpriseList],
) -> list[Mismatch]:
    """Mismatches between the record and the given input files (`loaded`: the lists read
    so far, so that a list is read once for all the records)."""
    from crossdraw.domain.pool import build_pool
    from crossdraw.load.enterprises import load_enterprises
    from crossdraw.records.record import Mismatch, check_pools_against_file
    from crossdraw.store.storage import file_sha256

    out: list[Mismatch] = []
    if groups is not None:
        sha = file_sha256(groups)
        if sha != record.plan.sha256:
            out.append(
                Mismatch(
                    "plan.sha256", f"{groups} has sha256 {sha}, the record {record.plan.sha256}"
                )
            )
    if enterprises is not None:
        listing = loaded.get(enterprises)
        if listing is None:
            listing = loaded[enterprises] = load_enterprises(enterprises, geography, sheet=sheet)
        if listing.sha256 != record.enterprises_sha256:
            out.append(
                Mismatch(
                    "enterprises_sha256",
                    f"{enterprises} has sha256 {listing.sha256}, the record {record.enterprises_sha256}",
                )
            )
        exclusions = _e3_exclusions(record)
        pools = [
            build_pool(p.prefecture, listing.in_prefecture(p.prefecture), exclusions)
            for p in record.pools
        ]
        out.extend(check_pools_against_file(record, pools))
    return out


def _chain(loaded: list[tuple[Path, DrawRecord]]) -> dict[Path, list[Mismatch]]:
    """A record that depends on another given record must carry that record's selection."""
    from crossdraw.records.record import Mismatch

    by_digest = {rec.digest: rec for _, rec in loaded}
    out: dict[Path, list[Mismatch]] = {}
    for path, rec in loaded:
        for index, prev in enumerate(rec.previous):
            earlier = by_digest.get(prev.record_digest)
            if earlier is None:
                continue
            ids = list(earlier.selected_ids)
            if ids != list(prev.selected) or earlier.target != prev.prefecture:
                out.setdefault(path, []).append(
                    Mismatch(
                        f"previous[{index}]",
                        f"does not match the selection of that record ({', '.join(ids)})",
                    )
                )
    return out


@dataclass(frozen=True)
class LedgerReport:
    folder: Path
    lines: list[Entry]
    problems: list[Problem]

    @property
    def path(self) -> Path:
        from crossdraw.store import ledger

        return ledger.ledger_path(self.folder)


def _folders(paths: list[Path], ledgers: list[Path]) -> tuple[list[Path], list[Path]]:
    """(folders whose ledger is checked, record files given) from the command line."""
    from crossdraw.store import ledger
    from crossdraw.store.storage import records_in

    folders: list[Path] = []
    files: list[Path] = []
    for path in [*ledgers, *(p for p in paths if p.is_dir())]:
        if not ledger.exists(path) and not records_in(path):
            raise InputError.one(str(path), "has neither ledger.jsonl nor draw records")
        folders.append(path)
    for path in paths:
        if path.is_dir():
            continue
        files.append(path)
        if ledger.exists(path.parent):  # a record beside a ledger must be logged in it
            folders.append(path.parent)
    unique = list({f.resolve(): f for f in folders}.values())
    return unique, files


def _check_ledger(folder: Path, trust: Trust | None) -> LedgerReport:
    from crossdraw.records.chain import parse
    from crossdraw.store import ledger

    warn([Problem(str(folder), note) for note in ledger.recover(folder)])
    problems = ledger.verify_chain(folder, trust=trust)
    lines: list[Entry] = []
    if ledger.exists(folder):
        lines, _ = parse(ledger.ledger_path(folder).read_bytes(), "")
    return LedgerReport(folder, lines, problems)


def _voided(reports: list[LedgerReport]) -> dict[Path, Entry]:
    """Void lines by the resolved path of the record they withdraw."""
    from crossdraw.records.chain import voids_of

    out: dict[Path, Entry] = {}
    for report in reports:
        draws = {e.seq: e for e in report.lines if e.type == "draw"}
        for seq, void in voids_of(report.lines).items():
            if seq in draws:
                out[(report.folder / draws[seq].record).resolve()] = void
    return out


@guarded
def verify(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Record files (JSON), or folders of records with their ledger."),
    ] = None,
    *,
    ledgers: Annotated[
        list[Path] | None,
        typer.Option("--ledger", help="Check this folder's ledger.jsonl and every record in it."),
    ] = None,
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
    sheet: SheetOpt = None,
    public_keys: Annotated[
        list[Path] | None,
        typer.Option(
            "--public-key",
            help="Trust this public key (repeatable): every record must be signed by a trusted key.",
        ),
    ] = None,
    trusted_keys: Annotated[
        Path | None,
        typer.Option(
            "--trusted-keys",
            help="File of trusted keys: PEM public keys or fingerprints, one per line.",
        ),
    ] = None,
    heads: Annotated[
        list[str] | None,
        typer.Option(
            "--head",
            help=(
                "A ledger head written down at a draw (the 16 hex digits printed after "
                "'head', or the full SHA-256; repeatable): the ledger must still hold it."
            ),
        ),
    ] = None,
    strict: StrictOpt = False,
    json_out: JsonOpt = False,
) -> None:
    """Re-derive every record from its own pool listings, rules and seed; check the ledger.

    A folder (or --ledger FOLDER) checks its ledger.jsonl line by line (an edited, deleted,
    moved or cut line, by line number), that every draw line's record is there with the
    digest logged, and that every record in it has its line; each record is then verified.
    A record given by file is checked against the ledger beside it, if any. With
    --public-key or --trusted-keys every record (and void) must carry a good signature by
    a trusted key. --head checks that a head written on a sign-off sheet is still a line
    of the ledger: the chain alone cannot show lines cut from its end together with their
    records. Exit 0 when all is well, 3 on any mismatch or tampering, 2 when a file
    cannot be read.

    Example:  crossdraw verify draws/ --head "3F2A 91BC 0D4E 7711" --public-key bureau.pub
    """
    from crossdraw.domain.geography import bundled_geography
    from crossdraw.load.planfile import load_plan
    from crossdraw.records.record import Mismatch, verify_record
    from crossdraw.records.signing import load_trust, trust_problem
    from crossdraw.store.storage import read_record, records_in

    del strict  # accepted for symmetry with the other commands
    trust = load_trust(public_keys or [], [trusted_keys] if trusted_keys else [])
    folders, files = _folders(list(paths or []), list(ledgers or []))
    if not folders and not files:
        raise InputError.one("verify", "give record files, a folder of records, or --ledger FOLDER")
    wanted_heads = [_head(text) for text in heads or []]
    reports = [_check_ledger(folder, trust) for folder in folders]
    if wanted_heads and not any(r.lines for r in reports):
        raise InputError.one("--head", "needs a folder with a ledger.jsonl to look for it in")
    reports = _with_heads(reports, wanted_heads)
    wanted = {p.resolve(): p for p in files}
    for folder in folders:
        for path, _ in records_in(folder):
            wanted.setdefault(path.resolve(), path)
    loaded = [(path, read_record(path)) for path in wanted.values()]
    geography = load_plan(groups).geography if groups is not None else bundled_geography()
    chain = _chain(loaded)
    voided = _voided(reports)
    results = []
    lists: dict[Path, EnterpriseList] = {}
    for path, record in loaded:
        try:
            mismatches = verify_record(record)
        except InputError as exc:  # name the file, not only the field
            raise InputError(
                [Problem(f"{path}, {p.where}", p.what) for p in exc.problems]
            ) from None
        if not mismatches:
            mismatches.extend(_check_files(record, enterprises, groups, geography, sheet, lists))
        mismatches.extend(chain.get(path, []))
        untrusted = trust_problem(record.signature, trust)
        if untrusted:
            mismatches.append(Mismatch("signature", untrusted))
        results.append((path, record, mismatches, voided.get(path.resolve())))
    ok = all(not m for _, _, m, _ in results) and all(not r.problems for r in reports)
    if json_out:
        _print_json(ok, results, reports)
    else:
        _print_text(results, reports)
    raise typer.Exit(exitcodes.OK if ok else exitcodes.MISMATCH)


def _head(text: str) -> tuple[str, str]:
    """(as written, lower-case hex) of a head given with --head; InputError if it is not one."""
    digits = "".join(text.split()).lower()
    if len(digits) not in (16, 64) or any(c not in "0123456789abcdef" for c in digits):
        raise InputError.one(
            "--head",
            f"{text!r} is not a ledger head: give the 16 hex digits printed after 'head' "
            "(e.g. 3F2A 91BC 0D4E 7711) or the full SHA-256 of the line",
        )
    return text, digits


def _with_heads(reports: list[LedgerReport], heads: list[tuple[str, str]]) -> list[LedgerReport]:
    """The reports, the first ledger's with a problem for each head no ledger holds."""
    missing = [
        (text, digits)
        for text, digits in heads
        if not any(e.sha256.startswith(digits) for r in reports for e in r.lines)
    ]
    if not missing:
        return reports
    first = next(r for r in reports if r.lines)
    problems = [
        Problem(
            str(first.path),
            f"holds no line with head {text.strip()}: lines up to that head were removed "
            "or changed since it was written down (a draw, its record and its line cut "
            "together leave the chain intact; only the head shows it)",
        )
        for text, _ in missing
    ]
    return [
        LedgerReport(r.folder, r.lines, [*r.problems, *problems]) if r is first else r
        for r in reports
    ]


def _void_json(void: Entry | None) -> dict[str, Any] | None:
    return {"line": void.line, "reason": void.data["reason"]} if void else None


def _print_json(ok: bool, results: list[Result], reports: list[LedgerReport]) -> None:
    print_json(
        {
            "verified": ok,
            "records": [
                {
                    "record": str(path),
                    "digest": record.digest,
                    "verified": not m,
                    "signed_by": record.signed_by,
                    "voided": _void_json(void),
                    "mismatches": [{"field": x.field, "message": x.message} for x in m],
                }
                for path, record, m, void in results
            ],
            "ledgers": [
                {
                    "ledger": str(r.path),
                    "verified": not r.problems,
                    "lines": len(r.lines),
                    "head": r.lines[-1].sha256 if r.lines else None,
                    "problems": [{"where": p.where, "what": p.what} for p in r.problems],
                }
                for r in reports
            ],
        }
    )


def _print_text(results: list[Result], reports: list[LedgerReport]) -> None:
    from crossdraw.domain.canonical import fingerprint

    console = out_console()
    for report in reports:
        if report.problems:
            console.print(f"[red]✗ LEDGER[/red] {escape(str(report.path))}")
            for p in report.problems:
                console.print(f"    {escape(str(p))}")
            continue
        counts = {k: sum(e.type == k for e in report.lines) for k in ("draw", "void", "commitment")}
        kinds = ", ".join(f"{n} {k}{'s' if n > 1 else ''}" for k, n in counts.items() if n)
        head = report.lines[-1] if report.lines else None
        console.print(
            f"[green]✓ ledger[/green] {escape(str(report.path))}: {len(report.lines)} lines"
            + (f" ({kinds}), chain intact; head {fingerprint(head.sha256)}" if head else "")
        )
    for path, record, m, void in results:
        signed = record.signed_by
        notes = (f", signed by {signed}" if signed else "") + (
            f" [bold]VOIDED[/bold] (ledger line {void.line}: {escape(void.data['reason'])})"
            if void
            else ""
        )
        if not m:
            console.print(
                f"[green]✓ verified[/green] {escape(str(path))}: "
                f"{escape(record.group.name)} → {escape(record.target)}, "
                f"selected {escape(', '.join(record.selected_ids))}" + notes
            )
            continue
        console.print(f"[red]✗ MISMATCH[/red] {escape(str(path))}{notes}")
        for x in m:
            console.print(f"    {escape(str(x))}")
