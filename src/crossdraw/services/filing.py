"""What is filed from draw records: the export, the checklists and the sign-off sheet.

Records come from the folders' accounts: a folder gives its standing draws only, so a
voided draw is never exported or checklisted, and a voided record named on its own is
refused with its void line. Every record is verified before anything is written.
Nothing is written but the one output file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from crossdraw.domain.errors import InputError, Problem, RecordMismatch
from crossdraw.load.enterprises import EnterpriseList, load_enterprises
from crossdraw.load.listfile import load_list
from crossdraw.load.planfile import LoadedPlan, load_plan
from crossdraw.output.checklist import checklist_sheets, sheets_for
from crossdraw.output.checklist import render_html as checklist_html
from crossdraw.output.export import DrawnGroup, Export, build_export, gather
from crossdraw.output.exportfile import export_bytes
from crossdraw.output.messages import say
from crossdraw.output.sheet import render_html as sheet_html
from crossdraw.output.sheet import render_markdown as sheet_markdown
from crossdraw.output.spreadsheet import xlsx_bytes
from crossdraw.output.template import template_bytes
from crossdraw.records.chain import Entry
from crossdraw.records.models import DrawRecord
from crossdraw.records.record import verify_record
from crossdraw.store.account import FolderAccount, read_account, void_note
from crossdraw.store.ledger import unfinished_write
from crossdraw.store.storage import read_record, write_new


def write_output(
    path: Path,
    data: bytes,
    *,
    exists: str = "",
) -> None:
    """Write a new file atomically; InputError (exit 2) if it exists or cannot be written."""
    try:
        write_new(path, data)
    except FileExistsError:
        why = exists or say("input.never_overwrite")
        raise InputError.one(str(path), say("input.exists", why=why)) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError.one(str(path), say("input.not_written", reason=reason)) from None


@dataclass(frozen=True)
class Given:
    """Records to file, each once, verified, with what was left out and why."""

    records: tuple[tuple[str, DrawRecord], ...]
    left_out: tuple[Problem, ...] = ()


def _voided_message(void: Entry) -> str:
    return say("input.voided_not_filed", note=void_note(void))


def _refuse_unsound(account: FolderAccount) -> None:
    """Nothing is filed from a folder with an unfinished write or whose ledger does not verify
    (records lying in it with no ledger line are simply not filed)."""
    pending = unfinished_write(account.folder)
    if pending is not None:
        raise InputError([pending])
    broken = account.unsound()
    if broken:
        raise RecordMismatch(
            [
                *(str(p) for p in broken),
                f"the folder does not verify: run `crossdraw verify {account.folder}`; "
                "nothing was written",
            ]
        )


def standing_records(paths: Sequence[Path]) -> Given:
    """The standing draws of folders, and records given by name, each once, verified.

    A folder without a ledger (written before there was one) gives all its records. A
    voided record given by name is refused (InputError, naming its void line); a record
    that does not reproduce from its own content stops everything (RecordMismatch).
    """
    found: list[tuple[str, DrawRecord]] = []
    left_out: list[Problem] = []
    for path in paths:
        if path.is_dir():
            account = read_account(path)
            _refuse_unsound(account)
            if account.has_ledger:
                inside = [(str(d.path), d.record) for d in account.standing]
                left_out += [
                    Problem(str(d.path), _voided_message(d.void))
                    for d in account.voided
                    if d.void is not None
                ]
                left_out += [
                    Problem(str(p), say("input.unlogged_left_out")) for p, _ in account.unlogged
                ]
            else:
                inside = [(str(p), r) for p, r in account.unlogged]
            if not inside:
                raise InputError([*left_out, Problem(str(path), say("input.no_standing"))])
            found.extend(inside)
            continue
        record = read_record(path)
        beside = read_account(path.parent)
        if beside.has_ledger:
            _refuse_unsound(beside)
        void = beside.void_of(record.digest)  # under whatever name the file has now
        if void is not None:
            raise InputError.one(str(path), _voided_message(void))
        found.append((str(path), record))
    unique: dict[str, tuple[str, DrawRecord]] = {}
    for label, rec in found:
        unique.setdefault(rec.digest, (label, rec))
    bad = [f"{label}: {m}" for label, rec in unique.values() for m in verify_record(rec)]
    if bad:
        raise RecordMismatch([*bad, "run crossdraw verify for details; nothing was written"])
    return Given(tuple(unique.values()), tuple(left_out))


@dataclass(frozen=True)
class ExportRequest:
    records: tuple[Path, ...]
    fmt: str
    out: Path
    groups: Path
    enterprises: Path | None  # None: the default list if it is there
    default_enterprises: Path
    group: int | None = None
    visits: Path | None = None
    list_sheet: str | None = None
    sheet: str | None = None


@dataclass(frozen=True)
class ExportOutcome:
    path: Path
    result: Export
    drawn: tuple[DrawnGroup, ...]
    with_enterprises: bool
    warnings: tuple[Problem, ...]


def _enterprises(request: ExportRequest, plan: LoadedPlan) -> EnterpriseList | None:
    """The enterprise list when given, else the default one if it is there, else None."""
    path = request.enterprises if request.enterprises is not None else request.default_enterprises
    if request.enterprises is None and not path.exists():
        return None
    return load_enterprises(path, plan.geography, sheet=request.sheet)


def export(request: ExportRequest) -> ExportOutcome:
    """The consolidated target list the lead bureau files, written to `request.out`."""
    plan = load_plan(Path(request.groups))
    given = standing_records(request.records)
    warnings = list(given.left_out)
    loaded = list(given.records)
    if request.group is not None:
        loaded = [(label, rec) for label, rec in loaded if rec.group.id == request.group]
        if not loaded:
            raise InputError.one("--group", say("input.no_group_record", group=request.group))
    drawn = gather(plan.plan, loaded)
    listing = _enterprises(request, plan)
    if listing is not None:
        warnings.extend(listing.warnings)
        if sorted({rec.enterprises_sha256 for _, rec in loaded} - {listing.sha256}):
            warnings.append(
                Problem(
                    str(listing.path),
                    say("input.other_list"),
                )
            )
    listed = []
    if request.visits is not None:
        if listing is None:
            raise InputError.one("--list", say("input.list_needs_enterprises"))
        found = load_list(request.visits, plan.geography, listing.by_id(), sheet=request.list_sheet)
        warnings.extend(found.warnings)
        listed = list(found.rows)
    result = build_export(
        plan.plan,
        drawn,
        listing.by_id() if listing is not None else None,
        listed,
        str(request.visits) if request.visits is not None else "LIST",
    )
    write_output(request.out, export_bytes(result, request.fmt))
    return ExportOutcome(request.out, result, tuple(drawn), listing is not None, tuple(warnings))


@dataclass(frozen=True)
class ChecklistOutcome:
    path: Path
    enterprises: int
    warnings: tuple[Problem, ...]


def checklist(
    records: Sequence[Path], fmt: str, out: Path, lang: Literal["zh", "en"]
) -> ChecklistOutcome:
    """An inspection sheet per enterprise the standing draws drew (C1-C19), written to `out`."""
    given = standing_records(records)
    sheets = sheets_for([rec for _, rec in given.records])
    if fmt == "html":
        data = checklist_html(sheets, lang).encode("utf-8")
    else:
        data = xlsx_bytes(checklist_sheets(sheets, lang))
    write_output(out, data)
    return ChecklistOutcome(out, len(sheets), given.left_out)


@dataclass(frozen=True)
class SheetOutcome:
    path: Path
    void: Entry | None  # the void line, when the record's draw was withdrawn
    warnings: tuple[Problem, ...] = ()


def sheet(record: Path, fmt: str, out: Path | None, lang: str) -> SheetOutcome:
    """The sign-off sheet of one record, verified first; stamped 已作废 when it was voided."""
    data = read_record(record)
    render = sheet_html if fmt == "html" else sheet_markdown
    beside = read_account(record.parent)
    try:
        mismatches = verify_record(data)
        drawn = beside.draw_line_of(data.digest)  # this very record's line, whatever its name
        line = (drawn.line, drawn.sha256) if drawn is not None else None
        void = beside.void_of(data.digest)
        stamp = (void.line, void.reason) if void is not None else None
        text = "" if mismatches else render(data, lang, line, stamp)
    except InputError as exc:
        raise InputError([Problem(str(record), str(p)) for p in exc.problems]) from None
    if mismatches:
        raise RecordMismatch(
            [
                f"{record}: the record does not reproduce from its own content, so no sheet "
                "is written (see crossdraw verify)",
                *(str(m) for m in mismatches),
            ]
        )
    if beside.has_ledger:  # the record reproduces; its folder must verify too
        _refuse_unsound(beside)
    target = out if out is not None else record.with_name(f"{record.stem}.sheet.{fmt}")
    write_output(
        target,
        text.encode("utf-8"),
        exists=say("input.sheet_exists"),
    )
    return SheetOutcome(target, void)


def template(fmt: str, out: Path) -> Path:
    """The empty enterprise list to fill in, written to `out`."""
    write_output(out, template_bytes(fmt))
    return out
