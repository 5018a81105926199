"""Safe YAML for files people edit: no tags, no alias bombs, every key path's line known."""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from crossdraw.domain.errors import InputError, Problem, Worded
from crossdraw.load.textfile import line_where

# A plan has a few hundred values; these bounds only stop hostile or broken files.
MAX_VALUES = 100_000  # after expanding aliases (*name): stops "billion laughs" alias bombs
MAX_DEPTH = 50
MAX_CHARS = 4 * 2**20  # a plan is a few kilobytes
MAX_INT_DIGITS = 16  # what a record's JSON keeps exact (2**53 - 1)
_INT_TAG = "tag:yaml.org,2002:int"
_STANDARD_TAG = "tag:yaml.org,2002:"

KeyPath = tuple[str | int, ...]


class _Loader(yaml.SafeLoader):
    """SafeLoader that reports impossible dates (2021-02-30) with their line."""

    def construct_yaml_timestamp(self, node: ScalarNode) -> dt.date:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as exc:
            raise ConstructorError(
                None, None, f"{node.value!r} is not a real date ({exc})", node.start_mark
            ) from None


_Loader.add_constructor(f"{_STANDARD_TAG}timestamp", _Loader.construct_yaml_timestamp)


def key_path(loc: KeyPath) -> str:
    """('groups', 2, 'targets', 0) -> 'groups[2].targets[0]'."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _tag_name(tag: str) -> str:
    return "!!" + tag[len(_STANDARD_TAG) :] if tag.startswith(_STANDARD_TAG) else tag


def _survey(root: Node, where: str) -> tuple[dict[KeyPath, int], list[Problem]]:
    """Walk the composed YAML (aliases expanded) before building any Python value.

    Returns the first line of every key path, and problems: unsafe or unknown tags,
    duplicate keys, nesting too deep, or aliases that expand to too many values.
    """
    lines: dict[KeyPath, int] = {}
    problems: list[Problem] = []
    checked: set[int] = set()  # nodes already checked (an alias revisits its anchor)
    stack: list[tuple[Node, KeyPath]] = [(root, ())]
    visited = 0
    while stack:
        node, loc = stack.pop()
        visited += 1
        line = node.start_mark.line + 1
        if visited > MAX_VALUES:
            return lines, [
                Problem(
                    where,
                    Worded(
                        f"its anchors and aliases (&name, *name) expand to more than {MAX_VALUES} "
                        "values, which no plan needs (an 'alias bomb'); write the values out",
                        "yaml_alias_bomb",
                        n=MAX_VALUES,
                    ),
                )
            ]
        if len(loc) > MAX_DEPTH:
            return lines, [
                Problem(
                    line_where(where, line),
                    Worded(
                        f"nested more than {MAX_DEPTH} levels deep (or an alias *name used inside "
                        "its own &name); no plan needs that",
                        "yaml_nested",
                        n=MAX_DEPTH,
                    ),
                )
            ]
        lines.setdefault(loc, line)
        if isinstance(node, ScalarNode) and node.tag == _INT_TAG:
            digits = sum(ch.isdigit() for ch in node.value)
            if digits > MAX_INT_DIGITS:
                problems.append(
                    Problem(
                        f"{where}, {key_path(loc)} (line {line})"
                        if loc
                        else line_where(where, line),
                        Worded(
                            f"a number of {digits} digits; no value of a plan has more than "
                            f"{MAX_INT_DIGITS}",
                            "yaml_digits",
                            n=digits,
                            limit=MAX_INT_DIGITS,
                        ),
                    )
                )
                continue
        first_visit = id(node) not in checked
        checked.add(id(node))
        if first_visit and node.tag not in _Loader.yaml_constructors:
            problems.append(
                Problem(
                    line_where(where, line),
                    Worded(
                        f"unsafe or unknown YAML tag {_tag_name(node.tag)}; crossdraw reads plain "
                        "YAML only: remove the tag",
                        "yaml_tag",
                        tag=_tag_name(node.tag),
                    ),
                )
            )
            continue
        if isinstance(node, SequenceNode):
            stack.extend((child, (*loc, i)) for i, child in reversed(list(enumerate(node.value))))
        elif isinstance(node, MappingNode):
            keys_at: dict[str, int] = {}
            children: list[tuple[Node, KeyPath]] = []
            for key, value in node.value:
                name = str(key.value) if isinstance(key, ScalarNode) else "?"
                key_line = key.start_mark.line + 1
                if first_visit and isinstance(key, ScalarNode) and name != "<<":
                    if name in keys_at:
                        problems.append(
                            Problem(
                                f"{where}, {key_path((*loc, name))} (line {key_line})",
                                Worded(
                                    f"key {name!r} appears twice in one mapping (first on line "
                                    f"{keys_at[name]}); keep one",
                                    "yaml_key_twice",
                                    name=name,
                                    first=keys_at[name],
                                ),
                            )
                        )
                    keys_at.setdefault(name, key_line)
                children.append((key, (*loc, name)))  # keys get tags/alias checks too
                children.append((value, (*loc, name)))
            stack.extend(reversed(children))
    return lines, problems


def parse_yaml(text: str, where: str) -> tuple[Any, dict[KeyPath, int]]:
    """The YAML document in `text` as plain values, and the first line of each key path.

    InputError (located by `where`, the file) for syntax errors, unsafe or unknown tags,
    duplicate keys, impossible dates, deep nesting, alias bombs, numbers too long and
    files too large.
    """
    if len(text) > MAX_CHARS:
        english = f"{len(text):,} characters, more than the {MAX_CHARS:,} a plan may have"
        fields = {"size": f"{len(text):,}", "limit": f"{MAX_CHARS:,}"}
        raise InputError.one(where, Worded(english, "yaml_too_long", **fields))
    try:
        loader = _Loader(text)
    except yaml.reader.ReaderError as exc:  # checked before any parsing
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        line = text.count("\n", 0, exc.position) + 1
        raise InputError.one(
            line_where(where, line),
            Worded(
                f"contains the control character U+{ord(char):04X}, which YAML does not allow; "
                "remove it",
                "yaml_control",
                code=f"U+{ord(char):04X}",
            ),
        ) from None
    try:
        root = loader.get_single_node()
        if root is None:
            raise InputError.one(where, Worded("is empty", "file_empty"))
        lines, problems = _survey(root, where)
        if problems:
            raise InputError(problems)
        return loader.construct_document(root), lines
    except yaml.MarkedYAMLError as exc:
        raise InputError.one(_mark_where(where, exc), _yaml_what(exc)) from None
    except yaml.YAMLError as exc:
        english = f"is not valid YAML: {exc}"
        raise InputError.one(where, Worded(english, "yaml_invalid", detail=str(exc))) from None
    except RecursionError:
        english = f"is nested too deeply to read (more than {MAX_DEPTH} levels)"
        raise InputError.one(where, Worded(english, "yaml_deep", n=MAX_DEPTH)) from None
    except (ValueError, OverflowError) as exc:  # a value PyYAML cannot convert
        english = f"holds a value that cannot be read: {exc}"
        raise InputError.one(where, Worded(english, "yaml_value", detail=str(exc))) from None
    finally:
        loader.dispose()


def _mark_where(where: str, exc: yaml.MarkedYAMLError) -> str:
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return where
    line, column = mark.line + 1, mark.column + 1
    english = f"{where}, line {line}, column {column}"
    return Worded(english, "line_column_at", file=where, line=line, column=column)


def _yaml_what(exc: yaml.MarkedYAMLError) -> str:
    problem = exc.problem or "cannot be read"
    if isinstance(exc, ConstructorError):
        if "could not determine a constructor" in problem:
            return f"unsafe or unknown YAML tag ({problem}); crossdraw reads plain YAML only"
        return problem
    what = problem
    if exc.context:
        started, stopped = exc.context_mark, exc.problem_mark
        began = ""
        if started is not None and stopped is not None and started.line != stopped.line:
            began = f" that began on line {started.line + 1}"
        what = f"{exc.context}{began}: {problem}"
    if "'\\t'" in problem:
        english = f"is not valid YAML: {what} (indent YAML with spaces, not tabs)"
        return Worded(english, "yaml_tabs")
    return Worded(f"is not valid YAML: {what}", "yaml_invalid", detail=what)
