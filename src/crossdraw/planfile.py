"""Loading the plan file (groups.yaml): safe YAML, strict models, prefecture names resolved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

import yaml
from pydantic import BaseModel, ValidationError
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from crossdraw.errors import InputError, Problem
from crossdraw.geography import County, Geography, Prefecture, bundled_geography, custom_geography
from crossdraw.models import Group, Plan, PrefectureSpec
from crossdraw.textfile import decode_file, did_you_mean
from crossdraw.vocab import normalize_text

# A plan has a few hundred values; these bounds only stop hostile or broken files.
MAX_VALUES = 100_000  # after expanding aliases (*name): stops "billion laughs" alias bombs
MAX_DEPTH = 50
_STANDARD_TAG = "tag:yaml.org,2002:"

KeyPath = tuple[str | int, ...]


@dataclass(frozen=True)
class LoadedPlan:
    """A plan file read and checked: its plan with canonical prefecture names, and geography."""

    path: Path
    sha256: str  # of the file's bytes
    plan: Plan
    geography: Geography


class _PlanLoader(yaml.SafeLoader):
    """SafeLoader that reports impossible dates (2021-02-30) with their line."""

    def construct_yaml_timestamp(self, node: ScalarNode) -> dt.date:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as exc:
            raise ConstructorError(
                None, None, f"{node.value!r} is not a real date ({exc})", node.start_mark
            ) from None


_PlanLoader.add_constructor(f"{_STANDARD_TAG}timestamp", _PlanLoader.construct_yaml_timestamp)


def key_path(loc: KeyPath) -> str:
    """('groups', 2, 'targets', 0) -> 'groups[2].targets[0]'."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


class _Where:
    """Locations in the plan file: key path plus the line it starts on."""

    def __init__(self, path: Path, lines: Mapping[KeyPath, int]) -> None:
        self.path = path
        self.lines = lines

    def __call__(self, loc: KeyPath) -> str:
        line = next(
            (self.lines[loc[:end]] for end in range(len(loc), -1, -1) if loc[:end] in self.lines),
            None,
        )
        parts = [key_path(loc)] if loc else []
        if line is not None:
            parts.append(f"(line {line})" if loc else f"line {line}")
        return " ".join([f"{self.path},", *parts]) if parts else str(self.path)


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
                    f"its anchors and aliases (&name, *name) expand to more than {MAX_VALUES} "
                    "values, which no plan needs (an 'alias bomb'); write the values out",
                )
            ]
        if len(loc) > MAX_DEPTH:
            return lines, [
                Problem(
                    f"{where}, line {line}",
                    f"nested more than {MAX_DEPTH} levels deep (or an alias *name used inside "
                    "its own &name); no plan needs that",
                )
            ]
        lines.setdefault(loc, line)
        first_visit = id(node) not in checked
        checked.add(id(node))
        if first_visit and node.tag not in _PlanLoader.yaml_constructors:
            problems.append(
                Problem(
                    f"{where}, line {line}",
                    f"unsafe or unknown YAML tag {_tag_name(node.tag)}; crossdraw reads plain "
                    "YAML only: remove the tag",
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
                                f"key {name!r} appears twice in one mapping (first on line "
                                f"{keys_at[name]}); keep one",
                            )
                        )
                    keys_at.setdefault(name, key_line)
                children.append((key, (*loc, name)))  # keys get tags/alias checks too
                children.append((value, (*loc, name)))
            stack.extend(reversed(children))
    return lines, problems


def _parse(text: str, path: Path) -> tuple[Any, dict[KeyPath, int]]:
    where = str(path)
    loader = _PlanLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            raise InputError.one(where, "is empty")
        lines, problems = _survey(root, where)
        if problems:
            raise InputError(problems)
        return loader.construct_document(root), lines
    except yaml.MarkedYAMLError as exc:
        raise InputError.one(_mark_where(where, exc), _yaml_what(exc)) from None
    except yaml.YAMLError as exc:
        raise InputError.one(where, f"is not valid YAML: {exc}") from None
    except RecursionError:
        raise InputError.one(
            where, f"is nested too deeply to read (more than {MAX_DEPTH} levels)"
        ) from None
    finally:
        loader.dispose()


def _mark_where(where: str, exc: yaml.MarkedYAMLError) -> str:
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return where
    return f"{where}, line {mark.line + 1}, column {mark.column + 1}"


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
        what += " (indent YAML with spaces, not tabs)"
    return f"is not valid YAML: {what}"


# --- pydantic errors as clerk-readable problems ------------------------------------------


def _model_at(loc: KeyPath) -> type[BaseModel] | None:
    model: type[BaseModel] | None = Plan
    for part in loc:
        if isinstance(part, int):
            continue
        if model is None or part not in model.model_fields:
            return None
        model = _inner_model(model.model_fields[part].annotation)
    return model


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    pending = [annotation]
    while pending:
        candidate = pending.pop()
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
        pending.extend(get_args(candidate))
    return None


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _friendly(error: Mapping[str, Any]) -> str:
    kind: str = error["type"]
    loc: KeyPath = tuple(error["loc"])
    ctx: Mapping[str, Any] = error.get("ctx") or {}
    given = _shown(error.get("input"))
    if kind == "missing":
        return f"required key {loc[-1]!r} is missing; add it"
    if kind == "extra_forbidden":
        model = _model_at(loc[:-1])
        allowed = f"; allowed here: {', '.join(model.model_fields)}" if model else ""
        return f"unknown key {loc[-1]!r}: extra keys are forbidden (a typo?){allowed}"
    if kind.startswith("int_"):
        return f"must be a whole number, not {given}"
    if kind.startswith(("date", "datetime")):
        return f"must be a date written like 2021-06-20, not {given}"
    if kind == "string_type":
        return f"must be text, not {given}; put it in quotes"
    if kind.startswith("bool_"):
        return f"must be true or false, not {given}"
    if kind in ("tuple_type", "list_type"):
        return f"must be a list like [a, b] or lines starting with '- ', not {given}"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"must be a mapping of 'key: value' lines, not {given}"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length', 1)} item(s)"
    if kind == "greater_than_equal":
        return f"must be at least {ctx.get('ge')}, not {given}"
    if kind == "value_error":
        return str(error["msg"]).removeprefix("Value error, ")
    return str(error["msg"])


def validation_problems(exc: ValidationError, where: _Where) -> list[Problem]:
    return [
        Problem(where(tuple(err["loc"])), _friendly(err)) for err in exc.errors(include_url=False)
    ]


# --- geography and names ------------------------------------------------------------------


def _geography(plan: Plan, path: Path, where: _Where) -> tuple[Geography, list[Problem]]:
    if plan.prefectures is None:
        return bundled_geography(), []
    problems: list[Problem] = []
    owner: dict[str, tuple[str, KeyPath]] = {}  # name or alias -> (prefecture, where)
    built = []
    for i, spec in enumerate(plan.prefectures):
        problems.extend(_spec_problems(spec, i, owner, where))
        built.append(
            Prefecture(
                name=normalize_text(spec.name),
                counties=tuple(County(normalize_text(c)) for c in spec.counties),
                aliases=tuple(normalize_text(a) for a in spec.aliases),
            )
        )
    return custom_geography(built, source=f"prefectures: section of {path.name}"), problems


def _spec_problems(
    spec: PrefectureSpec, index: int, owner: dict[str, tuple[str, KeyPath]], where: _Where
) -> list[Problem]:
    """Names and aliases unique across prefectures; counties unique within one."""
    problems = []
    name = normalize_text(spec.name)
    names: list[tuple[str, KeyPath]] = [(name, ("prefectures", index, "name"))]
    names += [
        (normalize_text(a), ("prefectures", index, "aliases", j))
        for j, a in enumerate(spec.aliases)
    ]
    for text, loc in names:
        if not text:
            problems.append(Problem(where(loc), "is empty; give a name"))
            continue
        if text not in owner:
            owner[text] = (name, loc)
            continue
        other, other_loc = owner[text]
        if other_loc[1] == index:
            continue  # an alias repeating its own prefecture's name is harmless
        what = (
            f"prefecture {text} is listed twice (also {key_path(other_loc)}); keep one"
            if other == name
            else f"{text} already names {other} ({key_path(other_loc)}); "
            "every name and alias must be unique"
        )
        problems.append(Problem(where(loc), what))
    seen: dict[str, int] = {}
    for j, county in enumerate(spec.counties):
        text = normalize_text(county)
        loc = ("prefectures", index, "counties", j)
        if not text:
            problems.append(Problem(where(loc), "is empty; give the county's name"))
        elif text in seen:
            problems.append(
                Problem(where(loc), f"county {text} is listed twice in {name}; keep one")
            )
        seen.setdefault(text, j)
    return problems


def _resolver(
    geography: Geography, own: bool, where: _Where, problems: list[Problem]
) -> Callable[[str, KeyPath], str]:
    names = geography.names()
    hint = "" if own else "; for another province give the plan a prefectures: section"

    def resolve(text: str, loc: KeyPath) -> str:
        canonical = geography.resolve(text)
        if canonical is None:
            problems.append(
                Problem(
                    where(loc),
                    f"unknown prefecture {text!r}{did_you_mean(text, names)}; "
                    f"known (from the {geography.source}): {', '.join(names)}{hint}",
                )
            )
            return text
        return canonical

    return resolve


def _canonical_groups(
    plan: Plan, geography: Geography, where: _Where
) -> tuple[tuple[Group, ...], list[Problem]]:
    problems: list[Problem] = []
    resolve = _resolver(geography, plan.prefectures is not None, where, problems)
    first_with_id: dict[int, int] = {}
    result = []
    for i, group in enumerate(plan.groups):
        earlier = first_with_id.setdefault(group.id, i)
        if earlier != i:
            problems.append(
                Problem(
                    where(("groups", i, "id")),
                    f"group id {group.id} is also used by groups[{earlier}]; "
                    "give each group its own id",
                )
            )
        update: dict[str, Any] = {
            "members": tuple(
                resolve(m, ("groups", i, "members", j)) for j, m in enumerate(group.members)
            ),
            "targets": tuple(
                resolve(t, ("groups", i, "targets", j)) for j, t in enumerate(group.targets)
            ),
        }
        if group.roster is not None:
            officers = tuple(
                officer.model_copy(
                    update={
                        "prefecture": resolve(
                            officer.prefecture, ("groups", i, "roster", "officers", k, "prefecture")
                        )
                    }
                )
                if officer.prefecture.strip()
                else officer
                for k, officer in enumerate(group.roster.officers)
            )
            update["roster"] = group.roster.model_copy(update={"officers": officers})
        result.append(group.model_copy(update=update))
    return tuple(result), problems


def load_plan(path: Path) -> LoadedPlan:
    """Read a plan YAML; InputError lists everything that makes it unreadable.

    The rules about the plan's structure (P1-P5) are judged elsewhere, on the result.
    """
    decoded = decode_file(path)
    data, lines = _parse(decoded.text, path)
    where = _Where(path, lines)
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else f"the value {_shown(data)}"
        raise InputError.one(
            str(path),
            f"must be a mapping with the keys plan:, rules:, groups: (and optionally "
            f"prefectures:), not {kind}",
        )
    try:
        plan = Plan.model_validate(data)
    except ValidationError as exc:
        raise InputError(validation_problems(exc, where)) from None
    geography, problems = _geography(plan, path, where)
    groups, group_problems = _canonical_groups(plan, geography, where)
    problems += group_problems
    if problems:
        raise InputError(problems)
    return LoadedPlan(
        path=path,
        sha256=decoded.sha256,
        plan=plan.model_copy(update={"groups": groups}),
        geography=geography,
    )
