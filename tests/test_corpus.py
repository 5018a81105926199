"""Bad input never breaks crossdraw: every broken input of tests/corpus/ and the ones made
here get their documented exit code and a message naming the place, no traceback, and
leave every file as it was."""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.cli.app import app
from crossdraw.domain.errors import InputError
from crossdraw.records.models import DrawRecord
from tests.conftest import PLAN_YAML, ROWS, Project, write_enterprises

CORPUS = Path(__file__).parent / "corpus"
CASES: list[dict[str, Any]] = yaml.safe_load((CORPUS / "cases.yaml").read_text(encoding="utf-8"))
SEED = "38201749561023847561"
DOCUMENTED = {exitcodes.OK, exitcodes.VIOLATIONS, exitcodes.BAD_INPUT, exitcodes.MISMATCH}


def snapshot(root: Path) -> dict[str, str]:
    """Every file under root with a digest of its bytes: what must not change."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def run(runner: CliRunner, args: list[str]) -> tuple[int, str]:
    result = runner.invoke(app, args)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"crossdraw {' '.join(args)} raised {result.exception!r}")
    out = result.stdout + result.stderr
    assert "Traceback" not in out
    assert result.exit_code in DOCUMENTED, out
    return result.exit_code, out


def args_for(kind: str, path: Path, project: Project) -> list[str]:
    plan, listing = str(project.groups), str(project.enterprises)
    return {
        "enterprises": ["pool", "--group", "1", "--groups", plan, "--enterprises", str(path)],
        "plan": ["plan", "check", "--groups", str(path)],
        "exclude": ["pool", "--group", "1", *project.args(), "--exclude", str(path)],
        "list": ["validate", str(path), "--groups", plan, "--enterprises", listing],
    }[kind]


def check_refused(
    runner: CliRunner, project: Project, args: list[str], code: int, message: str, place: str
) -> str:
    before = snapshot(project.root)
    got, out = run(runner, args)
    assert got == code, out
    assert message in out, out
    assert place in out, out
    assert snapshot(project.root) == before, "a file was created or changed"
    return out


def test_the_corpus_has_forty_cases_and_every_file_is_listed() -> None:
    assert len(CASES) >= 40
    listed = {case["file"] for case in CASES}
    on_disk = {
        str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*") if p.is_file() and p.parent != CORPUS
    }
    assert listed == on_disk


@pytest.mark.parametrize("case", CASES, ids=lambda case: case["file"])
def test_broken_input(runner: CliRunner, project: Project, case: dict[str, Any]) -> None:
    source = CORPUS / case["file"]
    path = project.root / "input" / source.name
    path.parent.mkdir()
    shutil.copyfile(source, path)
    args = args_for(source.parent.name, path, project) + case.get("flags", [])
    check_refused(runner, project, args, case["exit"], case["message"], path.name)


@pytest.mark.parametrize(
    "name",
    [
        "enterprises/duplicate-id.csv",
        "enterprises/binary-garbage.csv",
        "enterprises/county-of-another-prefecture.csv",
        "plan/python-object-tag.yaml",
        "plan/anchor-bomb.yaml",
    ],
)
def test_a_draw_from_a_broken_input_writes_nothing(
    runner: CliRunner, project: Project, name: str
) -> None:
    source = CORPUS / name
    path = project.root / source.name
    shutil.copyfile(source, path)
    option = "--groups" if source.suffix == ".yaml" else "--enterprises"
    inputs = {"--groups": str(project.groups), "--enterprises": str(project.enterprises)}
    inputs[option] = str(path)
    args = ["draw", "--group", "1", "--seed", SEED, "--out", str(project.out)]
    for key, value in inputs.items():
        args += [key, value]
    check_refused(runner, project, args, exitcodes.BAD_INPUT, "error", path.name)
    assert not project.out.exists()


def test_a_50_mb_single_line(runner: CliRunner, project: Project) -> None:
    path = project.root / "one-line.csv"
    path.write_bytes(b"id,name," + b"x" * 50_000_000)
    args = args_for("enterprises", path, project)
    check_refused(runner, project, args, 2, "a cell is longer than 131072 characters", path.name)


def test_a_folder_or_a_missing_file(runner: CliRunner, project: Project) -> None:
    folder = project.root / "folder.csv"
    folder.mkdir()
    args = args_for("enterprises", folder, project)
    check_refused(runner, project, args, 2, "is a folder, not a file", folder.name)
    missing = project.root / "missing.yaml"
    args = args_for("plan", missing, project)
    check_refused(runner, project, args, 2, "cannot be read", missing.name)


def test_names_with_markup_are_printed_and_filed_as_they_are_and_slashes_refused(
    runner: CliRunner, project: Project
) -> None:
    """Rich markup in a prefecture name must not break printing; a '/' is refused at load
    (issue 11: a name becomes part of file names)."""
    project.groups.write_text(PLAN_YAML.replace("丙市", '"[/b]丙/市"'), encoding="utf-8")
    code, out = run(runner, ["plan", "check", "--groups", str(project.groups)])
    assert code == exitcodes.BAD_INPUT and "prefectures[2].name (line 14)" in out, out
    odd = "[b]丙市[i]:*"
    project.groups.write_text(PLAN_YAML.replace("丙市", f'"{odd}"'), encoding="utf-8")
    write_enterprises(
        project.enterprises, [(odd if r[0] == "丙市" else r[0], *r[1:]) for r in ROWS]
    )
    draw = ["draw", "--group", "1", "--seed", SEED, *project.args(), "--out", str(project.out)]
    for args in (
        ["plan", "check", "--groups", str(project.groups)],
        ["pool", "--group", "1", *project.args()],
        ["odds", "--group", "1", *project.args()],
        draw,
    ):
        code, out = run(runner, args)
        assert code == 0, out
        assert odd in out
    records = sorted(p for p in project.out.iterdir() if p.suffix == ".json")
    assert len(records) == 2 and all(p.is_file() for p in project.out.iterdir()), records
    code, out = run(runner, ["verify", *map(str, records)])
    assert code == 0 and odd in out, out
    code, out = run(runner, [*draw, "--prefecture", odd])
    assert code == exitcodes.BAD_INPUT and "already drawn" in out, out


# --- records ---------------------------------------------------------------------------


@pytest.fixture
def record(runner: CliRunner, project: Project) -> dict[str, Any]:
    """The first record of a fresh draw of group 1 (丙市, drawn before 丁市)."""
    code, out = run(
        runner,
        ["draw", "--group", "1", "--seed", SEED, *project.args(), "--out", str(project.out)],
    )
    assert code == 0, out
    path = next(project.out.glob("group1-丁市-*.json"))  # the second: it has `previous`
    value: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return value


TOP_FIELDS = [
    "schema",
    "algorithm",
    "waivers",
    "tool",
    "plan",
    "group",
    "enterprises_sha256",
    "rules",
    "requirements_in_force",
    "pools",
    "target",
    "previous",
    "seed",
    "counts",
    "random",
    "selected",
    "witnesses",
    "place",
    "drawn_at",
    "digest",
]


def _first_leaf(value: Any) -> tuple[Any, Any]:
    """The container and key of the first leaf of value (depth first)."""
    container, key = None, None
    while isinstance(value, (dict, list)) and value:
        container, key = value, next(iter(value)) if isinstance(value, dict) else 0
        value = container[key]
    return container, key


def _edited(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if value is None:
        return "x"
    if isinstance(value, (dict, list)):
        return [] if value else {"x": 1}
    return str(value) + "x"


def _edit_field(record: dict[str, Any], field: str, how: str) -> dict[str, Any]:
    edited = copy.deepcopy(record)
    if how == "deleted":
        del edited[field]
    elif how == "wrong type":
        edited[field] = 7 if isinstance(edited[field], str) else "x"
    else:
        container, key = _first_leaf(edited[field])
        if container is None:
            edited[field] = _edited(edited[field])
        else:
            container[key] = _edited(container[key])
    return edited


@pytest.mark.parametrize("how", ["edited", "deleted", "wrong type"])
@pytest.mark.parametrize("field", TOP_FIELDS)
def test_verify_a_record_with_a_field_edited_deleted_or_retyped(
    runner: CliRunner, project: Project, record: dict[str, Any], field: str, how: str
) -> None:
    """A field missing or of the wrong type is refused when the record is read (exit 2, the
    file and the field named); a value of the right type that was changed does not verify."""
    path = project.root / "tampered.json"
    tampered = _edit_field(record, field, how)
    path.write_text(json.dumps(tampered, ensure_ascii=False), "utf-8")
    if field in ("schema", "algorithm"):
        code, message = exitcodes.BAD_INPUT, "schema"
    elif how != "edited" or not _readable(tampered):
        code, message = exitcodes.BAD_INPUT, f"{path.name}, {field}"
    else:
        code, message = exitcodes.MISMATCH, "MISMATCH"
    check_refused(runner, project, ["verify", str(path)], code, message, path.name)


def _readable(value: dict[str, Any]) -> bool:
    try:
        DrawRecord.from_parsed(value, "tampered.json")
    except InputError:
        return False
    return True


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("truncated", "not a crossdraw record (invalid JSON"),
        ("", "not a crossdraw record (invalid JSON"),
        ("[1, 2]", "not a crossdraw record (no 'schema' field)"),
        ("\ufeff{", "not a crossdraw record"),
        ("newer", "a newer crossdraw may have written it"),
    ],
)
def test_verify_an_unreadable_record(
    runner: CliRunner, project: Project, record: dict[str, Any], text: str, message: str
) -> None:
    path = project.root / "record.json"
    whole = json.dumps(record, ensure_ascii=False, indent=2)
    if text == "truncated":
        text = whole[: len(whole) // 2]
    elif text == "newer":
        text = json.dumps({**record, "schema": "crossdraw-record/2"})
    path.write_text(text, encoding="utf-8")
    check_refused(runner, project, ["verify", str(path)], 2, message, path.name)


def test_verify_a_record_in_gbk_bytes(
    runner: CliRunner, project: Project, record: dict[str, Any]
) -> None:
    path = project.root / "record.json"
    path.write_bytes(json.dumps(record, ensure_ascii=False).encode("gb18030"))
    check_refused(runner, project, ["verify", str(path)], 2, "invalid JSON", path.name)


@pytest.mark.parametrize("field", ["selected", "target", "digest", "pools", "plan", "group"])
@pytest.mark.parametrize("how", ["deleted", "wrong type"])
def test_a_broken_record_given_to_draw_validate_or_odds_is_refused(
    runner: CliRunner, project: Project, record: dict[str, Any], field: str, how: str
) -> None:
    """Records are read back by draw (--after, --out), odds and validate too."""
    for old in project.out.iterdir():  # a folder with no ledger and only the broken record
        old.unlink()
    path = project.out / "group1-丁市-broken.json"
    path.write_text(json.dumps(_edit_field(record, field, how), ensure_ascii=False), "utf-8")
    draw = ["draw", "--group", "1", "--seed", SEED, *project.args(), "--out", str(project.out)]
    for args in (
        [*draw, "--prefecture", "丙市", "--after", str(path)],
        [*draw, "--prefecture", "丙市"],
        ["odds", "--group", "1", *project.args(), "--out", str(project.out)],
        ["validate", str(path), *project.args()],
    ):
        before = snapshot(project.root)
        code, out = run(runner, args)
        assert snapshot(project.root) == before, args
        if code != 0:
            assert code == exitcodes.BAD_INPUT, out
            assert path.name in out, out
