"""Fuzzing: random mutations of valid enterprise lists, plans and records never get an
undocumented exit code or a traceback from the real CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from crossdraw.cli.app import app
from tests.conftest import PLAN_YAML, Project

SEED = "38201749561023847561"
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Characters that mean something to CSV, YAML, JSON or the decoders.
SPECIAL = [
    *",\"\n\r\t;:-[]{}&*!#|>'\\ \x00\ufeff\u3000，、；",
    "甲市",
    "丙一区",
    "true",
    "[/b]",
    "[a, b]",
]


def invoke(runner: CliRunner, args: list[str], allowed: set[int]) -> int:
    result = runner.invoke(app, args)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"{' '.join(args)} raised {result.exception!r}")
    out = result.stdout + result.stderr
    assert "Traceback" not in out
    assert result.exit_code in allowed, out
    return result.exit_code


def mutations(max_edits: int = 4) -> st.SearchStrategy[list[tuple[str, int, str]]]:
    """A few edits: (kind, position as a fraction of the length in 1/1000, text)."""
    edit = st.tuples(
        st.sampled_from(["insert", "delete", "replace", "duplicate", "truncate"]),
        st.integers(min_value=0, max_value=1000),
        st.one_of(st.sampled_from(SPECIAL), st.text(max_size=3)),
    )
    return st.lists(edit, min_size=1, max_size=max_edits)


def mutate(text: str, edits: list[tuple[str, int, str]]) -> str:
    for kind, where, piece in edits:
        at = len(text) * where // 1000
        if kind == "insert":
            text = text[:at] + piece + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + max(1, len(piece)) :]
        elif kind == "replace":
            text = text[:at] + piece + text[at + len(piece) :]
        elif kind == "duplicate":
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line = text[line_start : line_end + 1 if line_end >= 0 else len(text)]
            text = text[:line_start] + line + text[line_start:]
        else:
            text = text[:at]
    return text


@FUZZ
@given(edits=mutations(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]))
def test_fuzzed_enterprise_lists(
    runner: CliRunner, project: Project, edits: list[tuple[str, int, str]], encoding: str
) -> None:
    text = mutate(project.enterprises.read_text(encoding="utf-8"), edits)
    path = project.root / "fuzzed.csv"
    try:
        path.write_bytes(text.encode(encoding))
    except UnicodeEncodeError:
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
    common = ["--groups", str(project.groups), "--enterprises", str(path)]
    invoke(runner, ["pool", "--group", "1", *common], {0, 2})
    invoke(runner, ["odds", "--group", "2", *common, "--out", str(project.out)], {0, 1, 2})


@FUZZ
@given(edits=mutations(), which=st.sampled_from(["list", "exclude"]))
def test_fuzzed_lists_and_exclusions(
    runner: CliRunner, project: Project, edits: list[tuple[str, int, str]], which: str
) -> None:
    ids = [line.split(",")[0] for line in project.enterprises.read_text("utf-8").splitlines()]
    if which == "list":
        text = f"prefecture,id,source,start_date\n丙市,{ids[8]},drawn,2025-06-01\n丁市,{ids[13]},建议,\n"
    else:
        text = f"id,reason,name\n{ids[9]},停产整顿,\n{ids[14]},已关闭,丁二县企业\n"
    path = project.root / f"fuzzed-{which}.csv"
    path.write_bytes(mutate(text, edits).encode("utf-8", "surrogatepass"))
    if which == "list":
        invoke(runner, ["validate", str(path), *project.args()], {0, 1, 2})
    else:
        invoke(runner, ["pool", "--group", "1", *project.args(), "--exclude", str(path)], {0, 2})


@FUZZ
@given(edits=mutations())
def test_fuzzed_plans(
    runner: CliRunner, project: Project, edits: list[tuple[str, int, str]]
) -> None:
    path = project.root / "fuzzed.yaml"
    path.write_bytes(mutate(PLAN_YAML, edits).encode("utf-8", "surrogatepass"))
    invoke(runner, ["plan", "check", "--groups", str(path)], {0, 1, 2})
    args = [
        "pool",
        "--group",
        "1",
        "--groups",
        str(path),
        "--enterprises",
        str(project.enterprises),
    ]
    invoke(runner, args, {0, 2})


JSON_VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.text(max_size=20),
        st.sampled_from(["丙市", "丁市", "x/1", "Q3", "91999999000000009C"]),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path in a JSON value (containers included)."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


def _fresh_record(runner: CliRunner, project: Project) -> Path:
    records = sorted(project.out.glob("group1-丁市-*.json"))
    if not records:
        draw = ["draw", "--group", "1", "--seed", SEED, *project.args(), "--out", str(project.out)]
        invoke(runner, draw, {0})
        records = sorted(project.out.glob("group1-丁市-*.json"))
    return records[0]


@FUZZ
@given(data=st.data())
def test_fuzzed_records(runner: CliRunner, project: Project, data: st.DataObject) -> None:
    original = _fresh_record(runner, project)
    record = json.loads(original.read_text(encoding="utf-8"))
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        paths = [p for p in _paths(record) if p]
        path = data.draw(st.sampled_from(paths))
        parent = record
        for key in path[:-1]:
            parent = parent[key]
        if data.draw(st.booleans()):
            parent[path[-1]] = data.draw(JSON_VALUES)
        elif isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent.pop(path[-1])
    text = json.dumps(record, ensure_ascii=False, indent=2)
    if data.draw(st.booleans()):
        text = mutate(text, data.draw(mutations(2)))
    fuzzed = project.root / "fuzzed.json"
    fuzzed.write_bytes(text.encode("utf-8", "surrogatepass"))
    invoke(runner, ["verify", str(fuzzed)], {0, 2, 3})
    invoke(runner, ["validate", str(fuzzed), *project.args()], {0, 1, 2})
    folder = project.root / "after"
    shutil.rmtree(folder, ignore_errors=True)
    draw = ["draw", "--group", "1", "--prefecture", "丙市", "--seed", SEED, *project.args()]
    invoke(runner, [*draw, "--after", str(fuzzed), "--out", str(folder)], {0, 1, 2})
