"""Verifying records and folders: re-derive every record, check ledgers, signatures, inputs.

Each folder is read once into its account (store/account.py): its ledger's problems, the
draws it logs, which were voided. A voided record still must reproduce, and is reported
as voided, never as a standing draw. Nothing is written, not even to finish an
interrupted write (that is reported, with the command that finishes it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crossdraw.domain.errors import InputError, Problem
from crossdraw.domain.geography import Geography, bundled_geography
from crossdraw.domain.pool import build_pool
from crossdraw.load.enterprises import EnterpriseList, load_enterprises
from crossdraw.load.planfile import load_plan
from crossdraw.output.messages import say
from crossdraw.records.chain import Entry
from crossdraw.records.models import DrawRecord
from crossdraw.records.record import Mismatch, check_pools_against_file, verify_record
from crossdraw.records.signing import load_trust, trust_problem
from crossdraw.store import ledger
from crossdraw.store.account import FolderAccount, read_account
from crossdraw.store.storage import file_sha256, read_record


@dataclass(frozen=True)
class VerifyRequest:
    paths: tuple[Path, ...] = ()
    ledgers: tuple[Path, ...] = ()
    enterprises: Path | None = None
    groups: Path | None = None
    sheet: str | None = None
    public_keys: tuple[Path, ...] = ()
    trusted_keys: Path | None = None
    heads: tuple[str, ...] = ()


@dataclass(frozen=True)
class RecordResult:
    path: Path
    record: DrawRecord
    mismatches: tuple[Mismatch, ...]
    void: Entry | None = None  # the void line, when the draw was withdrawn

    @property
    def verified(self) -> bool:
        return not self.mismatches


@dataclass(frozen=True)
class LedgerReport:
    account: FolderAccount
    problems: tuple[Problem, ...] = field(default=())

    @property
    def path(self) -> Path:
        return self.account.ledger

    @property
    def lines(self) -> tuple[Entry, ...]:
        return self.account.lines


@dataclass(frozen=True)
class VerifyReport:
    records: tuple[RecordResult, ...]
    ledgers: tuple[LedgerReport, ...]

    @property
    def ok(self) -> bool:
        return all(r.verified for r in self.records) and all(not r.problems for r in self.ledgers)


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
                    f"{enterprises} has sha256 {listing.sha256}, the record "
                    f"{record.enterprises_sha256}",
                )
            )
        exclusions = _e3_exclusions(record)
        pools = [
            build_pool(p.prefecture, listing.in_prefecture(p.prefecture), exclusions)
            for p in record.pools
        ]
        out.extend(check_pools_against_file(record, pools))
    return out


def _chain(
    loaded: Sequence[tuple[Path, DrawRecord]], accounts: Sequence[FolderAccount]
) -> dict[Path, list[Mismatch]]:
    """A record drawn after another must name a draw that is logged in a folder given
    (or a record given on its own, with no ledger beside it) and carry its selection."""
    by_digest = {d.digest: d.record for a in accounts for d in a.draws}
    in_ledgers = {a.folder.resolve() for a in accounts if a.has_ledger}
    for path, rec in loaded:
        if path.parent.resolve() not in in_ledgers:
            by_digest.setdefault(rec.digest, rec)
    out: dict[Path, list[Mismatch]] = {}
    for path, rec in loaded:
        for index, prev in enumerate(rec.previous):
            earlier = by_digest.get(prev.record_digest)
            if earlier is None:
                out.setdefault(path, []).append(
                    Mismatch(
                        f"previous[{index}]",
                        f"names the draw of {prev.prefecture} with digest {prev.record_digest}, "
                        "which is not a logged draw of any folder given (give that draw's "
                        "folder too; a record that was never logged is not an earlier draw)",
                    )
                )
                continue
            ids = earlier.selected_ids
            if ids != prev.selected or earlier.target != prev.prefecture:
                out.setdefault(path, []).append(
                    Mismatch(
                        f"previous[{index}]",
                        f"does not match the selection of that record ({', '.join(ids)})",
                    )
                )
    return out


def _folders(paths: Sequence[Path], ledgers: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """(folders whose ledger is checked, record files given) from the command line."""
    folders: list[Path] = []
    files: list[Path] = []
    for path in [*ledgers, *(p for p in paths if p.is_dir())]:
        account = read_account(path)
        if not account.has_ledger and not account.unlogged and not account.damaged:
            raise InputError.one(str(path), say("input.nothing_to_verify"))
        folders.append(path)
    for path in paths:
        if path.is_dir():
            continue
        files.append(path)
        if ledger.exists(path.parent):  # a record beside a ledger must be logged in it
            folders.append(path.parent)
    unique = list({f.resolve(): f for f in folders}.values())
    return unique, files


def _ledger_problems(account: FolderAccount) -> tuple[Problem, ...]:
    if account.has_ledger:
        return account.problems
    return tuple(
        Problem(str(path), say("input.no_ledger_line", ledger=account.ledger))
        for path, _ in account.unlogged
    ) + tuple(p for p in account.problems)


def _head(text: str) -> tuple[str, str]:
    """(as written, lower-case hex) of a head given with --head; InputError if it is not one."""
    digits = "".join(text.split()).lower()
    if len(digits) not in (16, 64) or any(c not in "0123456789abcdef" for c in digits):
        raise InputError.one(
            "--head",
            say("input.not_head", text=text),
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
            say("input.head_missing", head=text.strip()),
        )
        for text, _ in missing
    ]
    return [LedgerReport(r.account, (*r.problems, *problems)) if r is first else r for r in reports]


def verify(request: VerifyRequest) -> VerifyReport:
    """Every record given or in the folders, re-derived; every ledger checked line by line."""
    trust = load_trust(
        list(request.public_keys), [request.trusted_keys] if request.trusted_keys else []
    )
    folders, files = _folders(request.paths, request.ledgers)
    if not folders and not files:
        raise InputError.one("verify", say("input.verify_what"))
    wanted_heads = [_head(text) for text in request.heads]
    accounts = [read_account(folder, trust=trust) for folder in folders]
    reports = [LedgerReport(a, _ledger_problems(a)) for a in accounts]
    if wanted_heads and not any(r.lines for r in reports):
        raise InputError.one("--head", say("input.head_needs_ledger"))
    reports = _with_heads(reports, wanted_heads)
    wanted = {p.resolve(): p for p in files}
    for account in accounts:
        paths = [d.path for d in account.draws] + [p for p, _ in account.unlogged]
        paths += [account.folder / e.record for e in account.changed]  # edited since logged
        for path in sorted(paths, key=lambda p: p.name):
            wanted.setdefault(path.resolve(), path)
    in_folders = {d.path.resolve(): d for a in accounts for d in a.draws}
    reported = {  # draw lines' files the folder's account already found unreadable
        (a.folder / e.record).resolve()
        for a in accounts
        for e in a.lines
        if e.type == "draw" and not any(d.line is e for d in a.draws)
    }
    loaded = []
    for resolved, path in wanted.items():
        known = in_folders.get(resolved)
        if known is not None:
            loaded.append((path, known.record))
            continue
        try:
            loaded.append((path, read_record(path)))
        except InputError:
            if resolved not in reported:
                raise
    geography = (
        load_plan(request.groups).geography if request.groups is not None else bundled_geography()
    )
    chain = _chain(loaded, accounts)
    lists: dict[Path, EnterpriseList] = {}
    results = []
    for path, record in loaded:
        try:
            mismatches = verify_record(record)
        except InputError as exc:  # name the file, not only the field
            raise InputError(
                [Problem(f"{path}, {p.where}", p.what) for p in exc.problems]
            ) from None
        if not mismatches:
            mismatches.extend(
                _check_files(
                    record, request.enterprises, request.groups, geography, request.sheet, lists
                )
            )
        mismatches.extend(chain.get(path, []))
        untrusted = trust_problem(record.signature, trust)
        if untrusted:
            mismatches.append(Mismatch("signature", untrusted))
        # voided under whatever name or in whichever of the folders it was logged
        void = next((v for a in accounts if (v := a.void_of(record.digest)) is not None), None)
        results.append(RecordResult(path, record, tuple(mismatches), void))
    return VerifyReport(tuple(results), tuple(reports))
