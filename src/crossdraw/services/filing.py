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

from crossdraw.domain.canonical import digest
from crossdraw.domain.errors import InputError, Problem, RecordMismatch
from crossdraw.load.enterprises import EnterpriseList, load_enterprises
from crossdraw.load.listfile import load_list
from crossdraw.load.planfile import LoadedPlan, load_plan
from crossdraw.output.checklist import checklist_sheets, sheets_for
from crossdraw.output.checklist import render_html as checklist_html
from crossdraw.output.export import DrawnGroup, Export, build_export, gather
from crossdraw.output.exportfile import export_bytes
from crossdraw.output.messages import mismatch_text, problem_text, say, text
from crossdraw.output.papers import commitment_page, render_page, void_page
from crossdraw.output.sheet import render_html as sheet_html
from crossdraw.output.sheet import render_markdown as sheet_markdown
from crossdraw.output.spreadsheet import xlsx_bytes
from crossdraw.output.table_sheet import render_table_html, render_table_markdown
from crossdraw.output.template import template_bytes
from crossdraw.records.chain import Entry
from crossdraw.records.models import CommitmentLine, DrawRecord
from crossdraw.records.record import file_part, verify_record
from crossdraw.records.table_record import verify_table_record
from crossdraw.store.account import FolderAccount, read_account, void_note
from crossdraw.store.files import read_bytes
from crossdraw.store.ledger import unfinished_write
from crossdraw.store.storage import (
    is_table_file,
    read_commitment,
    read_record,
    read_table_record,
    write_new,
)


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
    open_lines: tuple[Entry, ...] = ()  # ledger lines that led to no draw (docs §17)


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
                *(problem_text(p) for p in broken),
                say("input.folder_unsound", folder=account.folder),
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
    open_lines: list[Entry] = []
    for path in paths:
        if path.is_dir():
            account = read_account(path)
            _refuse_unsound(account)
            open_lines += account.open_commitments
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
    bad = [
        f"{label}: {mismatch_text(m)}" for label, rec in unique.values() for m in verify_record(rec)
    ]
    if bad:
        raise RecordMismatch([*bad, say("input.mismatch_see_verify")])
    return Given(tuple(unique.values()), tuple(left_out), tuple(open_lines))


def default_name(kind: str, group_names: Sequence[str], fmt: str, lang: str = "zh") -> Path:
    """A file name that says what it holds: 交叉执法对象-第一组.xlsx, 检查表-第一组、第二组.html;
    more than three groups are counted (交叉执法对象-7个组.xlsx)."""
    names = list(dict.fromkeys(group_names))  # each once, in filing order
    what = (
        text("paper.name_sep", lang).join(names)
        if len(names) <= 3
        else text("paper.name_groups", lang, n=len(names))
    )
    return Path(file_part(text(f"paper.name_{kind}", lang, what=what)) + f".{fmt}")


@dataclass(frozen=True)
class ExportRequest:
    records: tuple[Path, ...]
    fmt: str
    out: Path | None  # None: named after what it holds (default_name)
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
    open_lines: tuple[Entry, ...] = ()  # ledger lines that led to no draw (docs §17)


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
    out = request.out or default_name("export", [g.group.name for g in drawn], request.fmt)
    write_output(out, export_bytes(result, request.fmt))
    return ExportOutcome(
        out, result, tuple(drawn), listing is not None, tuple(warnings), given.open_lines
    )


@dataclass(frozen=True)
class ChecklistOutcome:
    path: Path
    enterprises: int
    warnings: tuple[Problem, ...]


def checklist(
    records: Sequence[Path], fmt: str, out: Path | None, lang: Literal["zh", "en"]
) -> ChecklistOutcome:
    """An inspection sheet per enterprise the standing draws drew (C1-C19), written to `out`
    (None: named after the groups it holds, e.g. 检查表-第一组.html)."""
    given = standing_records(records)
    drawn = sorted((rec for _, rec in given.records), key=lambda r: r.group.id)
    if out is None:
        out = default_name("checklist", [r.group.name for r in drawn], fmt, lang)
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


COMMITMENT_MARK = b'"crossdraw-commitment/1"'


def sheet(record: Path, fmt: str, out: Path | None, lang: str, page: str = "auto") -> SheetOutcome:
    """A printed page of one file: the sign-off sheet of a record (stamped 已作废 when it
    was voided), the commitment sheet of a commitment file, or with page="void" the void
    statement of a voided record. "auto" picks by the file: commitment or record. A table
    record (`plan draw`, §18) gets the table draw's sheet."""
    if is_table_file(record):
        return _table_sheet(record, fmt, out, lang)
    if page == "auto":
        page = "commitment" if _is_commitment(record) else "signoff"
    if page == "commitment":
        return commitment_sheet(record, fmt, out, lang)
    if page == "void":
        return void_sheet(record, fmt, out, lang)
    return signoff_sheet(record, fmt, out, lang)


def _is_commitment(path: Path) -> bool:
    """Whether a file says it is a commitment (its schema); a record or anything else is not."""
    try:
        return COMMITMENT_MARK in read_bytes(path)
    except OSError:
        return False  # the record reader names the file and the problem


def _write_page(target: Path, text_out: str) -> None:
    write_output(
        target,
        text_out.encode("utf-8"),
        exists="a sheet is never overwritten (move it away or give --out)",
    )


def commitment_sheet(path: Path, fmt: str, out: Path | None, lang: str) -> SheetOutcome:
    """The commitment sheet (抽签前承诺单) of a commitment file, its digest checked first.

    A commitment whose ledger (beside it) has no line for it is printed with a warning:
    witnesses should not sign a commitment the folder does not hold."""
    commitment = read_commitment(path)
    body = {k: v for k, v in commitment.as_json().items() if k != "digest"}
    if digest(body) != commitment.digest:
        raise RecordMismatch(
            [
                say(
                    "input.commitment_changed",
                    path=path,
                    said=commitment.digest,
                    gives=digest(body),
                )
            ]
        )
    warnings: list[Problem] = []
    beside = read_account(path.parent)
    logged = [
        e
        for e in beside.lines
        if isinstance(e.line_model, CommitmentLine)
        and e.line_model.commitment_digest == commitment.digest
    ]
    if not logged:
        warnings.append(Problem(str(path), text("paper.commit_unlogged", lang)))
    target = out if out is not None else path.with_name(f"{path.stem}.sheet.{fmt}")
    _write_page(target, render_page(commitment_page(commitment, path.name, lang), fmt, lang))
    return SheetOutcome(target, None, tuple(warnings))


def void_sheet(path: Path, fmt: str, out: Path | None, lang: str) -> SheetOutcome:
    """The void statement (作废说明) of a voided record: which draw, why, the ledger lines."""
    record = read_record(path)
    mismatches = verify_record(record)
    if mismatches:
        raise RecordMismatch(
            [
                say("input.no_reproduce", path=path),
                *(mismatch_text(m) for m in mismatches),
            ]
        )
    beside = read_account(path.parent)
    void = beside.void_of(record.digest)
    if void is None:
        raise InputError.one(str(path), text("paper.not_voided", lang))
    _refuse_unsound(beside)
    drawn = beside.draw_line_of(record.digest)
    target = out if out is not None else path.with_name(f"{path.stem}.void.{fmt}")
    _write_page(target, render_page(void_page(record, path.name, void, drawn, lang), fmt, lang))
    return SheetOutcome(target, void)


def signoff_sheet(record: Path, fmt: str, out: Path | None, lang: str) -> SheetOutcome:
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
        raise InputError([Problem(str(record), problem_text(p)) for p in exc.problems]) from None
    if mismatches:
        raise RecordMismatch(
            [
                say("input.no_reproduce", path=record),
                *(mismatch_text(m) for m in mismatches),
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


def _table_sheet(record: Path, fmt: str, out: Path | None, lang: str) -> SheetOutcome:
    """The sign-off sheet of a table record, re-derived first (never for one that does not)."""
    data = read_table_record(record)
    beside = read_account(record.parent)
    mismatches = verify_table_record(data)
    if mismatches:
        raise RecordMismatch(
            [
                say("input.table_no_reproduce", path=record),
                *(mismatch_text(m) for m in mismatches),
            ]
        )
    drawn = next((t.line for t in beside.tables if t.record.digest == data.digest), None)
    line = (drawn.line, drawn.sha256) if drawn is not None else None
    render = render_table_html if fmt == "html" else render_table_markdown
    text = render(data, lang, line)
    if beside.has_ledger:
        _refuse_unsound(beside)
    target = out if out is not None else record.with_name(f"{record.stem}.sheet.{fmt}")
    write_output(
        target,
        text.encode("utf-8"),
        exists="a sheet is never overwritten (move it away or give --out)",
    )
    return SheetOutcome(target, None)


def template(fmt: str, out: Path) -> Path:
    """The empty enterprise list to fill in, written to `out`."""
    write_output(out, template_bytes(fmt))
    return out
