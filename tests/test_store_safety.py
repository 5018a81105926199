"""Issue 10: reading a received folder never changes a file; journals and symlinks are not trusted.

A folder someone hands you may hold a planted `.ledger.journal` naming `../x` or an
absolute path, or a `ledger.jsonl` that is a symbolic link to another folder's ledger.
The old code deleted the named files, or cut the other ledger, on `crossdraw verify`.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from filelock import lock_descriptor
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.domain.errors import InputError
from crossdraw.store import journal, ledger
from crossdraw.store.files import SymlinkRefused, write_new
from crossdraw.store.storage import read_record, records_in
from tests.conftest import Project, folder_problems
from tests.test_cli import run
from tests.test_cli_ledger import draw
from tests.test_ledger import AT, name
from tests.test_records import make_records

needs_symlinks = pytest.mark.skipif(
    not hasattr(os, "symlink") or os.name == "nt", reason="symlinks"
)


def tree(root: Path) -> dict[str, str]:
    """Every file under `root` by path: a SHA-256 of its bytes, or where a link points."""
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_symlink():
            out[str(path)] = f"-> {os.readlink(path)}"
        elif path.is_file():
            out[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plant_journal(folder: Path, names: list[str], victim: Path, size_before: int = -1) -> None:
    """A journal the old `recover` acted on: undo a commit of the named files."""
    ledger_bytes = (folder / "ledger.jsonl").read_bytes()
    size = len(ledger_bytes) if size_before < 0 else size_before
    value = {
        "append": (ledger_bytes[size:] + b"forged line\n").decode("utf-8"),
        "files": [{"name": n, "sha256": sha(victim)} for n in names],
        "size_before": size,
    }
    (folder / journal.JOURNAL_NAME).write_text(json.dumps(value), encoding="utf-8")


@pytest.fixture
def received(runner: CliRunner, project: Project) -> Project:
    """A folder of two draws, as someone hands it over."""
    for prefecture, seed in (("丙市", "1" * 20), ("丁市", "2" * 20)):
        code, _, err = draw(runner, project, prefecture, seed)
        assert code == exitcodes.OK, err
    return project


def a_record(project: Project) -> Path:
    return sorted(project.out.glob("group1-*.json"))[0]


def reading_commands(project: Project) -> Iterator[tuple[list[str], Path | None]]:
    """(arguments, the command's own output file or None) of every reading command."""
    outputs = project.root / "outputs"
    folder, record = str(project.out), str(a_record(project))
    yield ["verify", folder], None
    yield ["verify", "--ledger", folder], None
    yield ["validate", record, *project.args()], None
    yield (
        ["export", folder, "--format", "csv", "--out", str(outputs / "t.csv"), *project.args()],
        (outputs / "t.csv"),
    )
    yield ["checklist", folder, "--out", str(outputs / "c.html")], outputs / "c.html"
    yield ["sheet", record, "--out", str(outputs / "s.html")], outputs / "s.html"
    yield ["pool", "--group", "1", *project.args()], None
    yield ["odds", "--group", "1", "--out", folder, *project.args()], None
    yield ["plan", "check", "--groups", str(project.groups)], None


def assert_reading_changes_nothing(runner: CliRunner, project: Project) -> dict[str, int]:
    codes = {}
    for args, output in reading_commands(project):
        before = tree(project.root)
        code, _, _ = run(runner, *args)
        after = tree(project.root)
        if output is not None and str(output) in after:
            del after[str(output)]  # its own output file, and nothing else
        assert after == before, args
        codes[" ".join(args[:2])] = code
    return codes


@pytest.mark.parametrize("where", ["relative", "absolute"])
def test_reading_a_folder_with_a_planted_journal_changes_no_file_anywhere(
    runner: CliRunner, received: Project, where: str
) -> None:
    victim = received.enterprises  # beside the folder, as ../data/enterprises.csv would be
    named = "../enterprises.csv" if where == "relative" else str(received.groups.resolve())
    plant_journal(received.out, [named], victim if where == "relative" else received.groups)
    codes = assert_reading_changes_nothing(runner, received)
    assert codes[f"verify {received.out}"] == exitcodes.MISMATCH  # not clean
    _, out, _ = run(runner, "verify", str(received.out))
    assert (
        f"{received.out / journal.JOURNAL_NAME}: an interrupted write's journal that crossdraw "
        f"refuses: not a journal crossdraw writes: it names {json.dumps(named)}, which is not "
        "a record file of its own folder (a plain name ending .json)"
    ) in " ".join(out.split())


@pytest.mark.parametrize("where", ["relative", "absolute"])
def test_recover_refuses_a_journal_naming_a_file_outside_its_folder_and_deletes_nothing(
    runner: CliRunner, received: Project, where: str
) -> None:
    named = "../enterprises.csv" if where == "relative" else str(received.enterprises.resolve())
    plant_journal(received.out, [named], received.enterprises)
    before = tree(received.root)
    code, _, err = run(runner, "recover", str(received.out))
    assert code == exitcodes.BAD_INPUT
    assert "it names" in err and "which is not a record file of its own folder" in err
    assert "Nothing was changed or deleted" in " ".join(err.split())
    assert tree(received.root) == before
    for command in (["void", str(a_record(received)), "--reason", "x"],):  # writers refuse too
        assert run(runner, *command)[0] == exitcodes.BAD_INPUT
        assert tree(received.root) == before


@pytest.mark.parametrize(
    "named",
    [
        "../x.json",
        "/etc/passwd",
        "sub/x.json",
        "sub\\x.json",
        "C:x.json",
        ".hidden.json",
        "ledger.jsonl",
        "x.txt",
        "",
        "..",
        "x\x00.json",
    ],
)
def test_a_journal_may_name_only_plain_record_files_of_its_folder(
    tmp_path: Path, named: str
) -> None:
    first, _ = make_records()
    ledger.append_draws(tmp_path, [(name(first), first)], at=AT)
    plant_journal(tmp_path, [named], tmp_path / name(first))
    before = tree(tmp_path)
    with pytest.raises(InputError, match="not a journal crossdraw writes: it names"):
        ledger.recover(tmp_path)
    assert tree(tmp_path) == before
    (problem,) = folder_problems(tmp_path)
    assert "journal that crossdraw refuses" in problem.what


@pytest.mark.parametrize(
    ("journal_text", "problem"),
    [
        ("[]", "it must hold exactly size_before, append and files"),
        ('{"size_before": -1, "append": "x\\n", "files": []}', "size_before must be"),
        ('{"size_before": true, "append": "x\\n", "files": []}', "size_before must be"),
        ('{"size_before": 0, "append": "x", "files": []}', "append must be whole ledger lines"),
        ('{"size_before": 0, "append": "x\\n", "files": {}}', "files must be a list"),
        ('{"size_before": 0, "append": "x\\n", "files": [1]}', "each of files must hold"),
        (
            '{"size_before": 0, "append": "x\\n", "files": [{"name": "a.json", "sha256": "x"}]}',
            "the sha256 of a.json is not 64 hex digits",
        ),
        (
            '{"size_before": 0, "append": "x\\n", "files": ['
            + ",".join(['{"name": "a.json", "sha256": "' + "0" * 64 + '"}'] * 2)
            + "]}",
            "it names a.json twice",
        ),
        ("[" * 100_000 + "]" * 100_000, "it must hold exactly"),
    ],
)
def test_a_journal_crossdraw_did_not_write_is_refused(
    tmp_path: Path, journal_text: str, problem: str
) -> None:
    first, _ = make_records()
    ledger.append_draws(tmp_path, [(name(first), first)], at=AT)
    (tmp_path / journal.JOURNAL_NAME).write_text(journal_text, encoding="utf-8")
    before = tree(tmp_path)
    with pytest.raises(InputError, match=problem):
        ledger.recover(tmp_path)
    assert tree(tmp_path) == before


@needs_symlinks
def test_a_symlinked_ledger_is_never_followed_by_readers_writers_or_recover(
    runner: CliRunner, received: Project
) -> None:
    """The old attack: B/ledger.jsonl -> A/ledger.jsonl and a journal in B cut A's ledger."""
    other = received.root / "other"
    other.mkdir()
    shutil.copy(a_record(received), other / a_record(received).name)
    link = other / "ledger.jsonl"
    link.symlink_to(received.out / "ledger.jsonl")
    genuine = (received.out / "ledger.jsonl").read_bytes()
    plant_journal(other, [], received.enterprises, size_before=0)  # "undo" all of A's lines
    folder_a = received.out
    received.out = other
    assert_reading_changes_nothing(runner, received)
    code, _, err = run(runner, "verify", str(other))
    refused = f"{link}: is a symbolic link; crossdraw never reads or writes a draws folder's"
    assert code == exitcodes.BAD_INPUT and refused in " ".join(err.split())
    before = tree(received.root)
    for command in (
        ["recover", str(other)],
        ["void", str(other / a_record(received).name), "--reason", "见证人未到场"],
        ["draw", "--group", "1", "--prefecture", "丙市", "--seed", "3" * 20, "--out", str(other)],
    ):
        code, _, err = run(runner, *command, *(received.args() if command[0] == "draw" else []))
        assert code == exitcodes.BAD_INPUT, command
        assert refused in " ".join(err.split()), command
        assert tree(received.root) == before, command
    assert (folder_a / "ledger.jsonl").read_bytes() == genuine


@needs_symlinks
def test_records_and_the_journal_are_never_read_through_a_symlink(tmp_path: Path) -> None:
    first, second = make_records()
    ledger.append_draws(tmp_path / "a", [(name(first), first)], at=AT)
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "x.json").symlink_to(tmp_path / "a" / name(first))
    with pytest.raises(SymlinkRefused, match=r"x\.json: is a symbolic link"):
        read_record(folder / "x.json")
    with pytest.raises(SymlinkRefused):
        list(records_in(folder))
    (folder / "x.json").unlink()
    ledger.append_draws(folder, [(name(second), second)], at=AT)
    (folder / journal.JOURNAL_NAME).symlink_to(tmp_path / "a" / "ledger.jsonl")
    before = tree(tmp_path)
    (problem,) = folder_problems(folder)
    assert "journal that crossdraw refuses" in problem.what and "symbolic link" in problem.what
    with pytest.raises(SymlinkRefused):
        ledger.recover(folder)
    assert tree(tmp_path) == before


def interrupted_draw(
    project: Project, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, *, at: str
) -> Path:
    """A draw killed inside its commit: at the link of the records, or at the commit point.

    The process "dies" there: nothing is undone, as when it is killed.
    """
    code, _, err = draw(runner, project, "丙市", "1" * 20)
    assert code == exitcodes.OK, err

    def killed(*args: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(journal, "_undo", lambda *args: True)
        patch.setattr(journal, at, killed)
        assert draw(runner, project, "丁市", "2" * 20)[0] == exitcodes.INTERRUPTED
    assert (project.out / journal.JOURNAL_NAME).exists()
    return project.out


def test_recover_undoes_a_write_killed_before_its_records_were_in_place(
    runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = interrupted_draw(project, runner, monkeypatch, at="_link")
    lines = (folder / "ledger.jsonl").read_bytes()
    before = tree(project.root)
    code, out, _ = run(runner, "verify", str(folder))
    assert code == exitcodes.MISMATCH
    assert "a write to this folder was interrupted" in out
    assert f"crossdraw recover {folder}" in " ".join(out.split())
    assert tree(project.root) == before
    code, out, err = run(runner, "recover", str(folder), "--lang", "zh")
    assert code == exitcodes.OK, err
    kept = lines[: lines.index(b"\n") + 1]
    record = next(n for n in journal_names(before, folder))
    assert out.splitlines() == [
        f"{folder}：已撤销一次中断的写入（{record}）。",
        f"  ledger.jsonl 从 {len(lines)} 字节截回 {len(kept)} 字节（删去 1 行）。",
        f"下一步：crossdraw verify {folder}",
    ]
    assert (folder / "ledger.jsonl").read_bytes() == kept
    assert run(runner, "verify", str(folder))[0] == exitcodes.OK
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def journal_names(before: dict[str, str], folder: Path) -> list[str]:
    prefix = str(folder / ".")
    return [
        Path(p).name[1 : -len(journal.PENDING_SUFFIX)]
        for p in before
        if p.startswith(prefix) and p.endswith(journal.PENDING_SUFFIX)
    ]


def test_recover_completes_a_write_killed_at_its_commit_point(
    runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = interrupted_draw(project, runner, monkeypatch, at="_unlink_journal")
    lines = (folder / "ledger.jsonl").read_bytes()
    record = journal_names(tree(folder), folder)[0]
    code, out, err = run(runner, "recover", str(folder), "--lang", "en")
    assert code == exitcodes.OK, err
    assert out.splitlines() == [
        f"{folder}: completed an interrupted write ({record}); its ledger lines and records "
        "are in place.",
        f"Next: crossdraw verify {folder}",
    ]
    assert (folder / "ledger.jsonl").read_bytes() == lines
    assert run(runner, "verify", str(folder))[0] == exitcodes.OK
    code, out, _ = run(runner, "recover", str(folder), "--lang", "en")
    assert (code, out) == (exitcodes.OK, f"{folder}: no interrupted write; nothing to do.\n")


def test_the_next_draw_settles_an_interrupted_write_and_says_so(
    runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = interrupted_draw(project, runner, monkeypatch, at="_link")
    code, _, err = draw(runner, project, "丁市", "2" * 20)
    assert code == exitcodes.OK, err
    assert "undid an interrupted write" in err
    assert run(runner, "verify", str(folder))[0] == exitcodes.OK


def test_recover_needs_a_folder(runner: CliRunner, tmp_path: Path) -> None:
    code, _, err = run(runner, "recover", str(tmp_path / "missing"))
    assert code == exitcodes.BAD_INPUT and "missing: is not a folder" in err


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes and umask")
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_records_exports_and_sheets_get_one_mode_less_the_umask(
    runner: CliRunner, project: Project, umask: int, mode: int
) -> None:
    previous = os.umask(umask)
    try:
        code, result, err = draw(runner, project, "丙市", "1" * 20)
        assert code == exitcodes.OK, err
        assert draw(runner, project, "丁市", "2" * 20)[0] == exitcodes.OK
        out = project.root / "out"
        assert run(runner, "export", str(project.out), "--format", "csv", "--out",
                   str(out / "t.csv"), *project.args())[0] == exitcodes.OK  # fmt: skip
        assert run(runner, "sheet", result["record"])[0] == exitcodes.OK
        written = [Path(result["record"]), out / "t.csv", *project.out.glob("*.sheet.html")]
        write_new(out / "plain.txt", b"x")
    finally:
        os.umask(previous)
    assert len(written) == 3
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in [*written, out / "plain.txt"]}
    assert set(modes.values()) == {mode}, modes


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_the_ledger_lock_excludes_a_second_writer(tmp_path: Path) -> None:
    path = tmp_path / "ledger.jsonl"
    with journal.locked(path):
        fd = os.open(path, os.O_RDONLY)
        try:
            assert lock_descriptor(fd, blocking=False) is False
        finally:
            os.close(fd)
    fd = os.open(path, os.O_RDONLY)
    try:
        assert lock_descriptor(fd, blocking=False) is True
    finally:
        os.close(fd)


def test_a_write_killed_mid_line_names_recover_when_the_ledger_reads_as_damaged(
    tmp_path: Path,
) -> None:
    first, _ = make_records()
    ledger.append_draws(tmp_path, [(name(first), first)], at=AT)
    path = tmp_path / "ledger.jsonl"
    whole = path.read_bytes()
    plant_journal(tmp_path, [], path)  # appends b"forged line\n"
    with path.open("ab") as fh:
        fh.write(b"forged")  # the append stopped mid-line
    with pytest.raises(InputError) as caught:
        ledger.read(tmp_path)
    assert any(f"crossdraw recover {tmp_path}" in p.what for p in caught.value.problems)
    done = ledger.recover(tmp_path)
    assert (done.outcome, done.size, done.size_before) == ("undone", len(whole) + 6, len(whole))
    assert path.read_bytes() == whole and folder_problems(tmp_path) == []


def test_recover_of_a_refused_journal_creates_no_ledger(tmp_path: Path) -> None:
    (tmp_path / journal.JOURNAL_NAME).write_text(
        json.dumps({"append": "x\n", "files": [{"name": "../x", "sha256": "0" * 64}],
                    "size_before": 0}), encoding="utf-8",
    )  # fmt: skip
    with pytest.raises(InputError, match="not a journal crossdraw writes"):
        ledger.recover(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [journal.JOURNAL_NAME]


@needs_symlinks
def test_without_o_nofollow_a_link_is_refused_by_its_lstat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows has no O_NOFOLLOW: the link check alone must refuse."""
    import crossdraw.store.files as files

    first, _ = make_records()
    ledger.append_draws(tmp_path / "a", [(name(first), first)], at=AT)
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "ledger.jsonl").symlink_to(tmp_path / "a" / "ledger.jsonl")
    monkeypatch.setattr(files, "_NOFOLLOW", 0)
    before = tree(tmp_path)
    with pytest.raises(SymlinkRefused):
        ledger.read(tmp_path / "b")
    with pytest.raises(SymlinkRefused):
        ledger.append_void(tmp_path / "b", name(first), reason="x", at=AT)
    assert tree(tmp_path) == before
