"""Verifying records and folders: re-derive every record, check ledgers, signatures, inputs.

Each folder is read once into its account (store/account.py): its ledger's problems, the
draws it logs, which were voided. A voided record still must reproduce, and is reported
as voided, never as a standing draw. Nothing is written, not even to finish an
interrupted write (that is reported, with the command that finishes it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from crossdraw.domain.errors import InputError, Problem, Worded
from crossdraw.domain.geography import Geography, bundled_geography
from crossdraw.domain.pool import build_pool
from crossdraw.load.enterprises import EnterpriseList, load_enterprises
from crossdraw.load.exclusions import cutoff_of, load_exclusions, recently_inspected
from crossdraw.load.planfile import LoadedPlan, load_plan
from crossdraw.output.messages import say
from crossdraw.records.chain import Entry
from crossdraw.records.models import DrawRecord, TableRecord
from crossdraw.records.record import (
    Mismatch,
    check_pools_against_file,
    rules_json,
    verify_record,
)
from crossdraw.records.signing import Trust, load_trust, trust_problem
from crossdraw.records.table_record import verify_table_record
from crossdraw.store import ledger
from crossdraw.store.account import FolderAccount, read_account
from crossdraw.store.storage import file_sha256, is_table_file, read_record, read_table_record


@dataclass(frozen=True)
class VerifyRequest:
    paths: tuple[Path, ...] = ()
    ledgers: tuple[Path, ...] = ()
    enterprises: Path | None = None
    groups: Path | None = None
    exclude: Path | None = None
    sheet: str | None = None
    public_keys: tuple[Path, ...] = ()
    trusted_keys: Path | None = None
    heads: tuple[str, ...] = ()
    digests: tuple[str, ...] = ()  # a record's digest or fingerprint, as on its sign-off sheet


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
class TableResult:
    """A table record (`plan draw`, §18), re-derived from its own content."""

    path: Path
    record: TableRecord
    mismatches: tuple[Mismatch, ...]

    @property
    def verified(self) -> bool:
        return not self.mismatches


@dataclass(frozen=True)
class LedgerReport:
    account: FolderAccount
    problems: tuple[Problem, ...] = field(default=())
    trusted: bool = False  # trusted keys were given: every line was checked against them
    head_found: Entry | None = None  # the line of a head given with --head, when held

    @property
    def signed_lines(self) -> int:
        return sum(e.signed_by is not None for e in self.lines)

    @property
    def all_signed(self) -> bool:
        return bool(self.lines) and self.signed_lines == len(self.lines)

    @property
    def path(self) -> Path:
        return self.account.ledger

    @property
    def lines(self) -> tuple[Entry, ...]:
        return self.account.lines


@dataclass(frozen=True)
class PaperDigest:
    """A digest given with --digest (as on a sign-off sheet) and the record that has it."""

    given: str
    result: RecordResult | None


@dataclass(frozen=True)
class VerifyReport:
    records: tuple[RecordResult, ...]
    ledgers: tuple[LedgerReport, ...]
    digests: tuple[PaperDigest, ...] = ()
    heads_given: bool = False
    tables: tuple[TableResult, ...] = ()

    @property
    def ok(self) -> bool:
        return (
            all(r.verified for r in self.records)
            and all(not r.problems for r in self.ledgers)
            and all(d.result is not None for d in self.digests)
            and all(t.verified for t in self.tables)
        )


def _e3_exclusions(record: DrawRecord) -> dict[str, str]:
    return {
        e.id: e.excluded[len("E3: ") :]
        for p in record.pools
        for e in p.listing.enterprises
        if e.excluded is not None and e.excluded.startswith("E3: ")
    }


@dataclass(frozen=True)
class _Given:
    """The input files given to compare the records with, each read once for all records."""

    enterprises: Path | None
    plan: LoadedPlan | None
    exclude: Path | None
    geography: Geography
    sheet: str | None
    lists: dict[Path, EnterpriseList] = field(default_factory=dict)
    excluded: dict[Path, tuple[str, dict[str, str]]] = field(default_factory=dict)

    def listing(self, path: Path) -> EnterpriseList:
        if path not in self.lists:
            self.lists[path] = load_enterprises(path, self.geography, sheet=self.sheet)
        return self.lists[path]

    def exclusions(self, path: Path) -> tuple[str, dict[str, str]]:
        """(sha256 of the file's bytes, id -> reason) of an exclusion file."""
        if path not in self.excluded:
            self.excluded[path] = (file_sha256(path), load_exclusions(path))
        return self.excluded[path]


def _sha_differs(path: str, sha: str, stated: str) -> str:
    """A given input file is not the one the record was drawn from (its SHA-256 differs)."""
    english = f"{path} has sha256 {sha}, the record {stated}"
    return Worded(english, "sha_differs", path=path, sha=sha, stated=stated)


def _exclude_differs(path: Path, sha: str, stated: str | None) -> str:
    """The exclusion file given is not the one the draw used (or the draw used none)."""
    if stated is None:
        english = f"{path} has sha256 {sha}, the record names no exclusion file"
        return Worded(english, "exclude_none_stated", path=str(path), sha=sha)
    english = f"{path} has sha256 {sha}, the record {stated}"
    return Worded(english, "exclude_differs", path=str(path), sha=sha, stated=stated)


def _against_plan(record: DrawRecord, loaded: LoadedPlan) -> list[Mismatch]:
    """The record's plan, group and rules must be the plan's, not only its digest: a record
    with relaxed rules under the genuine plan.sha256 is refused (issue 11 §4)."""
    out: list[Mismatch] = []
    plan, where = loaded.plan, loaded.path
    if (record.plan.title, record.plan.year) != (plan.plan.title, plan.plan.year):
        out.append(
            Mismatch(
                "plan",
                Worded(
                    f"the record is of {record.plan.title} {record.plan.year}, {where} of "
                    f"{plan.plan.title} {plan.plan.year}",
                    "plan_other",
                    mine=f"{record.plan.title} {record.plan.year}",
                    plan=str(where),
                    theirs=f"{plan.plan.title} {plan.plan.year}",
                ),
            )
        )
    try:
        group = plan.group(record.group.id)
    except KeyError:
        english = f"{where} has no group {record.group.id}"
        no_group = Worded(english, "plan_no_group", plan=str(where), id=record.group.id)
        out.append(Mismatch("group.id", no_group))
    else:
        stated = record.group
        for name, mine, theirs in (
            ("name", stated.name, group.name),
            ("members", list(stated.members), list(group.members)),
            ("targets", list(stated.targets), list(group.targets)),
        ):
            if mine != theirs:
                english = f"the record says {mine!r}, {where} {theirs!r}"
                fields = {"mine": f"{mine!r}", "plan": str(where), "theirs": f"{theirs!r}"}
                out.append(Mismatch(f"group.{name}", Worded(english, "plan_differs", **fields)))
    stated_rules, rules = record.rules.as_json(), rules_json(plan.rules)
    for key in sorted(rules):
        if stated_rules.get(key) != rules[key]:
            out.append(
                Mismatch(
                    f"rules.{key}",
                    Worded(
                        f"the record says {stated_rules.get(key)!r}, {where} {rules[key]!r} "
                        "(rules other than the plan's; a rule may only be waived, with its reason)",
                        "plan_rules_differ",
                        mine=f"{stated_rules.get(key)!r}",
                        plan=str(where),
                        theirs=f"{rules[key]!r}",
                    ),
                )
            )
    inspected = record.inputs.inspected if record.inputs is not None else None
    days = plan.rules.exclude_inspected_within_days
    if (
        inspected is not None
        and inspected.within_days is not None
        and inspected.within_days != days
    ):
        english = (
            f"the record says {inspected.within_days}, {where} "
            f"rules.exclude_inspected_within_days {days}"
        )
        fields = {"mine": str(inspected.within_days), "plan": str(where), "theirs": str(days)}
        what = Worded(english, "plan_within_days", **fields)
        out.append(Mismatch("inputs.inspected.within_days", what))
    return out


def _own_file_exclusions(record: DrawRecord) -> dict[str, str]:
    """The record's E3 exclusions but those for a recent inspection (from a file, then)."""
    return {i: r for i, r in _e3_exclusions(record).items() if not r.startswith("上次检查 ")}


def _expected_exclusions(
    record: DrawRecord, listing: EnterpriseList, given: _Given, out: list[Mismatch]
) -> dict[str, str]:
    """E3 as the draw's inputs give it: the exclusion file (its digest checked) and the
    recent-inspection rule the record states, applied to the list anew."""
    inputs = record.inputs
    if inputs is None:  # written before records stated their inputs: take its own E3
        return _e3_exclusions(record)
    stated = inputs.exclusions_sha256
    from_file: dict[str, str] = {}
    if given.exclude is not None:
        sha, from_file = given.exclusions(given.exclude)
        if sha != stated:
            out.append(
                Mismatch("inputs.exclusions_sha256", _exclude_differs(given.exclude, sha, stated))
            )
    elif stated is not None:
        english = (
            f"the draw left out enterprises listed in an exclusion file (sha256 {stated}): "
            "give it with --exclude FILE to check them"
        )
        what = Worded(english, "exclude_not_given", stated=stated)
        out.append(Mismatch("inputs.exclusions_sha256", what))
        from_file = _own_file_exclusions(record)
    recent: dict[str, str] = {}
    if inputs.inspected is not None:
        recent = recently_inspected(listing.enterprises, cutoff_of(inputs.inspected.as_json()))
    return {**recent, **from_file}


def _selected_against_list(record: DrawRecord, listing: EnterpriseList) -> list[Mismatch]:
    """Each drawn enterprise's name, county and categories must be the list's."""
    out: list[Mismatch] = []
    by_id = listing.by_id()
    for index, item in enumerate(record.selected):
        found = by_id.get(item.id)
        if found is None:
            what = Worded(f"{item.id} is not in the list", "selected_not_listed", id=item.id)
            out.append(Mismatch(f"selected[{index}].id", what))
            continue
        for name, mine, theirs in (
            ("name", item.name, found.name),
            ("county", item.county, found.county),
            ("tags", list(item.tags), list(found.tags)),
        ):
            if mine != theirs:
                english = f"the record says {mine!r}, the list (row {found.row}) {theirs!r}"
                fields = {"mine": f"{mine!r}", "row": found.row, "theirs": f"{theirs!r}"}
                what = Worded(english, "selected_differs", **fields)
                out.append(Mismatch(f"selected[{index}].{name}", what))
    return out


def _check_files(record: DrawRecord, given: _Given) -> list[Mismatch]:
    """Mismatches between the record and the given input files."""
    out: list[Mismatch] = []
    if given.plan is not None:
        sha = given.plan.sha256
        if sha != record.plan.sha256:
            out.append(
                Mismatch(
                    "plan.sha256",
                    _sha_differs(str(given.plan.path), sha, record.plan.sha256),
                )
            )
        out.extend(_against_plan(record, given.plan))
    if given.enterprises is not None:
        listing = given.listing(given.enterprises)
        if listing.sha256 != record.enterprises_sha256:
            out.append(
                Mismatch(
                    "enterprises_sha256",
                    _sha_differs(str(given.enterprises), listing.sha256, record.enterprises_sha256),
                )
            )
        exclusions = _expected_exclusions(record, listing, given, out)
        pools = [
            build_pool(p.prefecture, listing.in_prefecture(p.prefecture), exclusions)
            for p in record.pools
        ]
        out.extend(check_pools_against_file(record, pools))
        out.extend(_selected_against_list(record, listing))
    elif given.exclude is not None and record.inputs is not None:
        sha, _ = given.exclusions(given.exclude)
        stated = record.inputs.exclusions_sha256
        if sha != stated:
            what = _exclude_differs(given.exclude, sha, stated)
            out.append(Mismatch("inputs.exclusions_sha256", what))
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
                english = (
                    f"names the draw of {prev.prefecture} with digest {prev.record_digest}, "
                    "which is not a logged draw of any folder given (give that draw's "
                    "folder too; a record that was never logged is not an earlier draw)"
                )
                fields = {"prefecture": prev.prefecture, "digest": prev.record_digest}
                what = Worded(english, "previous_unlogged", **fields)
                out.setdefault(path, []).append(Mismatch(f"previous[{index}]", what))
                continue
            ids = earlier.selected_ids
            if ids != prev.selected or earlier.target != prev.prefecture:
                english = f"does not match the selection of that record ({', '.join(ids)})"
                what = Worded(english, "previous_differs", ids=", ".join(ids))
                out.setdefault(path, []).append(Mismatch(f"previous[{index}]", what))
    return out


def _folders(paths: Sequence[Path], ledgers: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """(folders whose ledger is checked, record files given) from the command line."""
    folders: list[Path] = []
    files: list[Path] = []
    for path in [*ledgers, *(p for p in paths if p.is_dir())]:
        account = read_account(path)
        if not (
            account.has_ledger or account.unlogged or account.damaged or account.unlogged_tables
        ):
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
        for path, _ in (*account.unlogged, *account.unlogged_tables)
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


def _hex(option: str, text: str) -> str:
    """The lower-case hex digits of a digest or its 16-digit fingerprint; InputError if not one."""
    digits = "".join(text.split()).lower()
    if len(digits) not in (16, 64) or any(c not in "0123456789abcdef" for c in digits):
        raise InputError.one(option, say("input.not_hex", given=repr(text)))
    return digits


def _paper(results: Sequence[RecordResult], given: Sequence[str]) -> tuple[PaperDigest, ...]:
    """Each digest given with --digest and the record verified that has it (None if none)."""
    out = []
    for text in given:
        digits = _hex("--digest", text)
        found = next((r for r in results if r.record.digest.startswith(digits)), None)
        out.append(PaperDigest(text.strip(), found))
    return tuple(out)


def _with_heads(reports: list[LedgerReport], heads: list[tuple[str, str]]) -> list[LedgerReport]:
    """The reports, the first ledger's with a problem for each head no ledger holds, and
    each ledger with the line of the head it holds."""
    reports = [
        replace(
            r,
            head_found=next((e for e in r.lines for _, d in heads if e.sha256.startswith(d)), None),
        )
        for r in reports
    ]
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
    return [replace(r, problems=(*r.problems, *problems)) if r is first else r for r in reports]


def verify(request: VerifyRequest) -> VerifyReport:
    """Every record given or in the folders, re-derived; every ledger checked line by line."""
    trust = load_trust(
        list(request.public_keys), [request.trusted_keys] if request.trusted_keys else []
    )
    folders, files = _folders(request.paths, request.ledgers)
    if not folders and not files:
        raise InputError.one("verify", say("input.verify_what"))
    wanted_heads = [_head(text) for text in request.heads]
    for text in request.digests:  # refused before any work
        _hex("--digest", text)
    accounts = [read_account(folder, trust=trust) for folder in folders]
    reports = [LedgerReport(a, _ledger_problems(a), trusted=trust is not None) for a in accounts]
    if wanted_heads and not any(r.lines for r in reports):
        raise InputError.one("--head", say("input.head_needs_ledger"))
    reports = _with_heads(reports, wanted_heads)
    tables = _tables(accounts, [p for p in files if is_table_file(p)], trust)
    wanted = {p.resolve(): p for p in files if not is_table_file(p)}
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
    plan = load_plan(request.groups) if request.groups is not None else None
    given = _Given(
        request.enterprises,
        plan,
        request.exclude,
        plan.geography if plan is not None else bundled_geography(),
        request.sheet,
    )
    chain = _chain(loaded, accounts)
    results = []
    for path, record in loaded:
        try:
            mismatches = verify_record(record)
        except InputError as exc:  # name the file, not only the field
            raise InputError(
                [Problem(f"{path}, {p.where}", p.what) for p in exc.problems]
            ) from None
        if not mismatches:
            mismatches.extend(_check_files(record, given))
        mismatches.extend(chain.get(path, []))
        untrusted = trust_problem(record.signature, trust)
        if untrusted:
            mismatches.append(Mismatch("signature", untrusted))
        # voided under whatever name or in whichever of the folders it was logged
        void = next((v for a in accounts if (v := a.void_of(record.digest)) is not None), None)
        results.append(RecordResult(path, record, tuple(mismatches), void))
    return VerifyReport(
        tuple(results),
        tuple(reports),
        _paper(results, request.digests),
        heads_given=bool(wanted_heads),
        tables=tables,
    )


def _tables(
    accounts: Sequence[FolderAccount], files: Sequence[Path], trust: Trust | None
) -> tuple[TableResult, ...]:
    """Every table record of the folders and the files given, re-derived as a draw record
    is: from its own prefectures, rules, forbidden pairs and seed (§18.7)."""
    wanted: dict[Path, tuple[Path, TableRecord | None]] = {}
    for account in accounts:
        for t in account.tables:
            wanted.setdefault(t.path.resolve(), (t.path, t.record))
        for path, record in account.unlogged_tables:
            wanted.setdefault(path.resolve(), (path, record))
        for entry in account.changed_tables:  # edited since logged
            path = account.folder / entry.record
            wanted.setdefault(path.resolve(), (path, None))
    for path in files:
        wanted.setdefault(path.resolve(), (path, None))
    out = []
    for path, known in sorted(wanted.values(), key=lambda item: item[0].name):
        record = known if known is not None else read_table_record(path)
        mismatches = verify_table_record(record)
        untrusted = trust_problem(record.signature, trust)
        if untrusted:
            mismatches.append(Mismatch("signature", untrusted))
        out.append(TableResult(path, record, tuple(mismatches)))
    return tuple(out)
