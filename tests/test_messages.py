"""The one zh/en catalog (output/messages.py): every text in both languages, one lookup."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from crossdraw.output import checklist, sheet
from crossdraw.output.messages import CATALOG, LANGS, text

SRC = Path(__file__).resolve().parent.parent / "src" / "crossdraw"


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_every_entry_has_chinese_and_english_with_the_same_fields(key: str) -> None:
    entry = CATALOG[key]
    assert entry.zh and entry.en, key
    assert fields(entry.zh) == fields(entry.en), key
    assert all(name.isidentifier() for name in fields(entry.zh)), key


def test_chinese_is_the_default_and_english_the_second_language() -> None:
    assert LANGS == ("zh", "en")
    assert text("sheet.title") == "交叉执法抽签签字确认单"
    assert text("sheet.title", "en") == "Cross-enforcement draw: sign-off sheet"
    assert text("ceremony.step", "zh", n=2, what="抽签") == "第2步：抽签"


def test_an_unknown_language_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="unknown language 'fr' \\(one of zh, en\\)"):
        text("sheet.title", "fr")


def test_every_key_the_code_names_is_in_the_catalog() -> None:
    named = set()
    for path in SRC.rglob("*.py"):
        named |= set(re.findall(r"""\btext\(\s*["'](\w+\.\w+)["']""", path.read_text("utf-8")))
    assert named, "no lookups found: the pattern is out of date"
    assert sorted(named - set(CATALOG)) == []


def test_keys_built_from_names_are_in_the_catalog() -> None:
    for role in sheet.ROLES:
        assert f"sheet.{role}" in CATALOG
    for item in checklist.ITEMS:
        assert f"checklist.item.{item.id}" in CATALOG
    questions = ("choose_group", "choose_target", "witness", "drawer", "bureau_rep", "place")
    for key in questions:  # what the ceremony asks (Asker.text)
        assert f"ceremony.{key}" in CATALOG


# ------------------------------------------------------------ text outside the catalog (issue 12)

import ast  # noqa: E402

# Calls that put text in front of a person, and keywords that do.
SPEAKERS = {"print", "echo", "secho", "fail", "warn", "Table", "add_column", "from_markup"}
SPEAKING_KEYWORDS = {"help", "title", "heading"}
# Literal text that reads the same in every language (names, formats, markup).
TECHNICAL = {"crossdraw", "bold", "red", "green", "yellow", "dim"}
_MARKUP = re.compile(r"\[/?[\w .#-]*\]")
_OPTION = re.compile(r"--[\w-]+")


def _words(node: ast.expr) -> str:
    """The words a literal (or an f-string's literal parts) would show, markup left out."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if node.value in CATALOG:  # a key: looked up in the catalog
            return ""
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = " ".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    else:
        return ""
    text = _OPTION.sub(" ", _MARKUP.sub(" ", text))
    words = [
        w for w in re.findall(r"[A-Za-z]{2,}|[\u4e00-\u9fff]+", text) if w.lower() not in TECHNICAL
    ]
    return " ".join(words)


def _spoken_literals(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        spoken = list(node.args) if name in SPEAKERS else []
        spoken += [k.value for k in node.keywords if k.arg in SPEAKING_KEYWORDS]
        for arg in spoken:
            words = _words(arg)
            if words:
                found.append(f"{path.relative_to(SRC)}:{arg.lineno}: {words}")
    return found


def test_cli_says_nothing_outside_the_catalog() -> None:
    """Every help text, message, table heading and warning of cli/ comes from the catalog:
    a string literal (or an f-string's words) passed to print, echo, fail, warn, a table
    or help= fails here; technical names are allowed in TECHNICAL."""
    found = [line for path in sorted((SRC / "cli").glob("*.py")) for line in _spoken_literals(path)]
    assert found == []


def test_every_help_key_and_command_is_in_the_catalog() -> None:
    from typer.main import get_command

    from crossdraw.cli.app import app

    root = get_command(app)
    keys = []
    for path in sorted((SRC / "cli").glob("*.py")):
        keys += re.findall(r'help="([\w.]+)"', path.read_text("utf-8"))
    assert keys and sorted(k for k in keys if k not in CATALOG) == []
    for name in root.commands:  # type: ignore[attr-defined]
        assert f"cmd.{name}" in CATALOG
    assert "cmd.plan.check" in CATALOG


def test_every_say_key_is_in_the_catalog() -> None:
    named = set()
    for path in SRC.rglob("*.py"):
        named |= set(re.findall(r"""\bsay\(\s*["']([\w.]+)["']""", path.read_text("utf-8")))
    assert len(named) > 50
    assert sorted(named - set(CATALOG)) == []


# Calls whose arguments after the first (where: a path, an option, a field) tell a person
# what is wrong: an error, a warning, a record's difference from what it re-derives to.
TELLING = {"one", "Problem", "Mismatch"}


def test_services_and_output_say_nothing_outside_the_catalog() -> None:
    """What services/ and output/ tell a person in an error, a warning or a verify
    mismatch (the `what` of a Problem, of InputError.one or of a Mismatch) comes from the
    catalog too; the `where` (a path, an option, a field) is a name."""
    found = []
    for path in sorted([*(SRC / "services").glob("*.py"), *(SRC / "output").glob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in TELLING:
                    found += [f"{path.name}:{a.lineno}" for a in node.args[1:] if _words(a)]
    assert found == []


# Modules below the output layer whose problems are all worded (issue 12, zh-rest).
WORDED_BELOW = ("load/*.py", "store/*.py", "records/*.py")
NOT_YET_WORDED: set[str] = set()


def test_loaders_store_and_records_say_nothing_outside_the_catalog() -> None:
    """What load/, store/ and records/ tell a person (the `what` of a Problem or of
    InputError.one) is a Worded string with a catalog key `load.`, `store.` or `records.<key>`
    (issue 12, zh-rest): a literal there would read in English, or in zh and en at once,
    whatever the language."""
    found = []
    paths = [p for pattern in WORDED_BELOW for p in sorted(SRC.glob(pattern))]
    for path in (p for p in paths if p.name not in NOT_YET_WORDED):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in TELLING:
                    found += [f"{path.name}:{a.lineno}" for a in node.args[1:] if _words(a)]
    assert found == []


def test_every_worded_key_below_output_is_in_the_catalog() -> None:
    """Every Worded(…, "<key>", …) of load/, store/ and records/ has its entry, in both
    languages, under its layer's prefix (`load.`, `store.`, `records.`)."""
    missing = []
    for layer in ("load", "store", "records"):
        for path in sorted((SRC / layer).glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Worded":
                    key = node.args[1] if len(node.args) > 1 else None
                    named = key.value if isinstance(key, ast.Constant) else None
                    if isinstance(named, str) and f"{layer}.{named}" not in CATALOG:
                        missing.append(f"{path.name}: {layer}.{named}")
    # services/ words its verify mismatches with the records' keys
    for path in sorted((SRC / "services").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Worded":
                key = node.args[1] if len(node.args) > 1 else None
                named = key.value if isinstance(key, ast.Constant) else None
                spaces = ("load", "store", "records")
                if isinstance(named, str) and all(f"{s}.{named}" not in CATALOG for s in spaces):
                    missing.append(f"{path.name}: {named}")
    assert missing == []


def test_no_message_key_is_written_twice_in_an_area_module() -> None:
    """A dict literal keeps the last of two equal keys silently; the catalog's area modules
    must not rely on that (CATALOG itself refuses a key found in two areas)."""
    import ast

    folder = SRC / "output" / "messages"
    twice = []
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                twice += [f"{path.name}: {k}" for k in sorted(set(keys)) if keys.count(k) > 1]
    assert twice == []
