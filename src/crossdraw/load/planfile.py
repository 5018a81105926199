"""Loading the plan file (groups.yaml): safe YAML, strict models, prefecture names resolved."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from crossdraw.domain.errors import InputError, Problem, Worded, validator_words
from crossdraw.domain.geography import (
    County,
    Geography,
    Prefecture,
    bundled_geography,
    custom_geography,
)
from crossdraw.domain.hidden import HIDDEN_FIX, hidden_character
from crossdraw.domain.models import Group, Plan, PrefectureSpec
from crossdraw.domain.text import trimmed
from crossdraw.load.textfile import closest, decode_file, did_you_mean, line_where
from crossdraw.load.yamlfile import MAX_CHARS, KeyPath, key_path, parse_yaml


@dataclass(frozen=True)
class LoadedPlan:
    """A plan file read and checked: its plan with canonical prefecture names, and geography."""

    path: Path
    sha256: str  # of the file's bytes
    plan: Plan
    geography: Geography


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
        english = " ".join([f"{self.path},", *parts]) if parts else str(self.path)
        if not loc:
            return line_where(str(self.path), line) if line is not None else english
        if line is None:
            return Worded(english, "key_at", file=str(self.path), at=key_path(loc))
        return Worded(english, "key_line_at", file=str(self.path), at=key_path(loc), line=line)


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
        return Worded(f"required key {loc[-1]!r} is missing; add it", "key_missing", name=loc[-1])
    if kind == "extra_forbidden":
        model = _model_at(loc[:-1])
        names = ", ".join(model.model_fields) if model else ""
        allowed = f"; allowed here: {names}" if model else ""
        english = f"unknown key {loc[-1]!r}: extra keys are forbidden (a typo?){allowed}"
        if model:
            return Worded(english, "key_unknown_allowed", name=loc[-1], names=names)
        return Worded(english, "key_unknown", name=loc[-1])
    plain = _plain_kind(kind)
    if plain is not None:
        english, key = _PLAIN[plain]
        return Worded(english.format(given=given), key, given=given)
    if kind == "too_short":
        n = ctx.get("min_length", 1)
        return Worded(f"needs at least {n} item(s)", "too_short", n=n)
    if kind == "greater_than_equal":
        ge = ctx.get("ge")
        return Worded(f"must be at least {ge}, not {given}", "too_small", ge=ge, given=given)
    if kind == "value_error":
        return validator_words(error)  # a validator's own words (domain/models.py)
    return str(error["msg"])


_PLAIN = {
    "int": ("must be a whole number, not {given}", "not_whole"),
    "date": ("must be a date written like 2021-06-20, not {given}", "not_date"),
    "text": ("must be text, not {given}; put it in quotes", "not_text"),
    "bool": ("must be true or false, not {given}", "not_bool"),
    "list": ("must be a list like [a, b] or lines starting with '- ', not {given}", "not_list"),
    "mapping": ("must be a mapping of 'key: value' lines, not {given}", "not_mapping"),
}


def _plain_kind(kind: str) -> str | None:
    """Which value a pydantic error `kind` says was wanted (a key of _PLAIN), if plain."""
    if kind.startswith("int_"):
        return "int"
    if kind.startswith(("date", "datetime")):
        return "date"
    if kind == "string_type":
        return "text"
    if kind.startswith("bool_"):
        return "bool"
    if kind in ("tuple_type", "list_type"):
        return "list"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "mapping"
    return None


def validation_problems(exc: ValidationError, where: _Where) -> list[Problem]:
    return [
        Problem(where(tuple(err["loc"])), _friendly(err)) for err in exc.errors(include_url=False)
    ]


# --- text a plan may not hold ------------------------------------------------------------


_RETYPE = HIDDEN_FIX.replace("retype the cell", "retype the value")


def _hidden_problems(value: Any, loc: KeyPath, where: _Where) -> list[Problem]:
    """Every key and text of the plan holding a control or invisible character: names
    are printed at the draw and on the sheet (the check enterprise lists get, E1)."""
    if isinstance(value, str):
        what = hidden_character(value)
        english = f"holds {what}; {_RETYPE}"
        return [Problem(where(loc), Worded(english, "plan_hidden", what=what))] if what else []
    if isinstance(value, list):
        return [p for i, item in enumerate(value) for p in _hidden_problems(item, (*loc, i), where)]
    if isinstance(value, dict):
        out = []
        for key, item in value.items():
            out += _hidden_problems(key, (*loc, key), where) if isinstance(key, str) else []
            out += _hidden_problems(item, (*loc, key), where)
        return out
    return []


_PATH_PARTS = ("/", "\\", "..")


def _path_like(name: str, loc: KeyPath, where: _Where) -> list[Problem]:
    """A group or prefecture name is part of file names: never a folder or a way out of
    the draws folder."""
    found = [part for part in _PATH_PARTS if part in name]
    if not found:
        return []
    return [
        Problem(
            where(loc),
            Worded(
                f"{name!r} holds {' and '.join(repr(p) for p in found)}: a group or prefecture "
                "name may not hold / \\ or .. (it becomes part of file names); rename it",
                "plan_path_like",
                name=name,
                found=" and ".join(repr(p) for p in found),
            ),
        )
    ]


def _name_problems(plan: Plan, where: _Where) -> list[Problem]:
    names: list[tuple[str, KeyPath]] = [
        (g.name, ("groups", i, "name")) for i, g in enumerate(plan.groups)
    ]
    for i, spec in enumerate(plan.prefectures or ()):
        names.append((spec.name, ("prefectures", i, "name")))
        names += [(a, ("prefectures", i, "aliases", j)) for j, a in enumerate(spec.aliases)]
    return [p for name, loc in names for p in _path_like(name, loc, where)]


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
                name=trimmed(spec.name),
                counties=tuple(County(trimmed(c)) for c in spec.counties),
                aliases=tuple(trimmed(a) for a in spec.aliases),
            )
        )
    return custom_geography(built, source=f"prefectures: section of {path.name}"), problems


def _spec_problems(
    spec: PrefectureSpec, index: int, owner: dict[str, tuple[str, KeyPath]], where: _Where
) -> list[Problem]:
    """Names and aliases unique across prefectures; counties unique within one."""
    problems = []
    name = trimmed(spec.name)
    names: list[tuple[str, KeyPath]] = [(name, ("prefectures", index, "name"))]
    names += [
        (trimmed(a), ("prefectures", index, "aliases", j)) for j, a in enumerate(spec.aliases)
    ]
    for text, loc in names:
        if not text:
            problems.append(Problem(where(loc), Worded("is empty; give a name", "plan_no_name")))
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
        text = trimmed(county)
        loc = ("prefectures", index, "counties", j)
        if not text:
            what = Worded("is empty; give the county's name", "plan_no_county")
            problems.append(Problem(where(loc), what))
        elif text in seen:
            english = f"county {text} is listed twice in {name}; keep one"
            twice = Worded(english, "plan_county_twice", text=text, name=name)
            problems.append(Problem(where(loc), twice))
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
            english = (
                f"unknown prefecture {text!r}{did_you_mean(text, names)}; "
                f"known (from the {geography.source}): {', '.join(names)}{hint}"
            )
            fields = {"text": text, "near": closest(text, names) or "", "known": tuple(names)}
            kind = "plan_prefecture" if own else "plan_prefecture_hunan"
            if own:
                fields["source"] = geography.source
            problems.append(Problem(where(loc), Worded(english, kind, **fields)))
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
                    Worded(
                        f"group id {group.id} is also used by groups[{earlier}]; "
                        "give each group its own id",
                        "plan_group_id_twice",
                        id=group.id,
                        earlier=earlier,
                    ),
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


MAX_PLAN_BYTES = 4 * MAX_CHARS  # GB18030 or UTF-8: at most 4 bytes a character


def load_plan(path: Path) -> LoadedPlan:
    """Read a plan YAML; InputError lists everything that makes it unreadable.

    The rules about the plan's structure (P1-P5) are judged elsewhere, on the result.
    """
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # decode_file says why it cannot be read
    if size > MAX_PLAN_BYTES:
        english = f"{size:,} bytes, more than the {MAX_PLAN_BYTES:,} a plan may have; not read"
        fields = {"size": f"{size:,}", "limit": f"{MAX_PLAN_BYTES:,}"}
        raise InputError.one(str(path), Worded(english, "plan_too_big", **fields))
    decoded = decode_file(path)
    return plan_from_text(decoded.text, path, decoded.sha256)


def plan_from_text(text: str, path: Path, sha256: str) -> LoadedPlan:
    """`load_plan` of a file's text already read (`path` names it in messages)."""
    data, lines = parse_yaml(text, str(path))
    where = _Where(path, lines)
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else f"the value {_shown(data)}"
        english = (
            f"must be a mapping with the keys plan:, rules:, groups: (and optionally "
            f"prefectures:), not {kind}"
        )
        raise InputError.one(str(path), Worded(english, "plan_not_mapping", given=_shown(data)))
    hidden = _hidden_problems(data, (), where)
    if hidden:
        raise InputError(hidden)
    try:
        plan = Plan.model_validate(data)
    except ValidationError as exc:
        raise InputError(validation_problems(exc, where)) from None
    problems = _name_problems(plan, where)
    geography, geography_problems = _geography(plan, path, where)
    problems += geography_problems
    groups, group_problems = _canonical_groups(plan, geography, where)
    problems += group_problems
    if problems:
        raise InputError(problems)
    return LoadedPlan(
        path=path,
        sha256=sha256,
        plan=plan.model_copy(update={"groups": groups}),
        geography=geography,
    )
