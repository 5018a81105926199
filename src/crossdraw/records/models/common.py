"""What the record, ledger-line and commitment models share: the base model, value types,
the signature, the target key, and the wording of what is wrong with a file."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    Strict,
    StringConstraints,
    ValidationError,
)
from pydantic_core import ErrorDetails
from typing_extensions import Self

from crossdraw.domain.errors import InputError, Problem
from crossdraw.records.jsonfile import json_path, read_json

SHA256_PATTERN = r"^[0-9a-f]{64}$"
DECIMAL_PATTERN = r"^(0|[1-9][0-9]*)$"
FRACTION_PATTERN = r"^(0|[1-9][0-9]*)/[1-9][0-9]*$"
RECORD_NAME_PATTERN = r"^[^./\\][^/\\]*\.json$"
LARGEST_INT = 2**53 - 1  # every JSON reader keeps integers up to this exact

# A list in the file is a tuple in the model: from JSON text and from a parsed value alike.
AS_LIST = Strict(False)

Sha256 = Annotated[
    str,
    StringConstraints(pattern=SHA256_PATTERN),
    Field(description="A SHA-256 digest: 64 lower-case hex digits."),
]
DecimalText = Annotated[
    str,
    StringConstraints(pattern=DECIMAL_PATTERN, max_length=1000),
    Field(description="A whole number written as decimal text, exact at any size."),
]
FractionText = Annotated[
    str,
    StringConstraints(pattern=FRACTION_PATTERN, max_length=2001),
    Field(description='An exact probability, a reduced fraction "p/q" in decimal digits.'),
]
Count = Annotated[int, Field(ge=0, le=LARGEST_INT)]
Texts = Annotated[tuple[str, ...], AS_LIST]

_WORDS_FOR_PATTERN = {
    SHA256_PATTERN: "a SHA-256 digest (64 lower-case hex digits)",
    DECIMAL_PATTERN: 'a whole number written as text, e.g. "12"',
    FRACTION_PATTERN: 'a fraction written as text, e.g. "2/3"',
    RECORD_NAME_PATTERN: "the name of a .json file in the ledger's own folder (no folders)",
}
_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "bool_type": "true or false",
    "tuple_type": "a list [ ]",
    "list_type": "a list [ ]",
    "dict_type": "an object { }",
    "model_type": "an object { }",
    "model_attributes_type": "an object { }",
    "dataclass_type": "an object { }",
    "dataclass_exact_type": "an object { }",
}


def _absent(value: Any) -> bool:
    return value is None


def _no_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


def left_out_when_none(description: str) -> Any:
    """A key that is either there with a value or not there at all (never null)."""
    return Field(
        default=None, exclude_if=_absent, json_schema_extra=_no_default, description=description
    )


class Model(BaseModel):
    """A frozen, strict model of a part of a crossdraw file; unknown keys are errors."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        strict=True,
        validate_by_alias=True,
        validate_by_name=True,
        serialize_by_alias=True,
    )
    _json: dict[str, Any] | None = PrivateAttr(default=None)

    def as_json(self) -> dict[str, Any]:
        """Exactly the object as stored: the same keys and values, so the same canonical
        JSON and digest. Read or built, it is the value it was made from (nested values
        are shared: do not modify them)."""
        if self._json is not None:
            return dict(self._json)
        return self.model_dump(mode="json", by_alias=True)

    def __eq__(self, other: object) -> bool:
        """Equal when the values are (read or built alike; the stored object is not compared)."""
        if not isinstance(other, BaseModel):
            return NotImplemented
        return type(self) is type(other) and self.__dict__ == other.__dict__

    __hash__ = BaseModel.__hash__

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        copy = super().model_copy(update=update, deep=deep)
        if update:
            copy._json = None  # the stored value no longer says what the copy holds
        return copy

    @classmethod
    def from_value(cls, value: Mapping[str, Any], where: str, *, kind: str = "") -> Self:
        """The model of a parsed JSON object (or one built in code); InputError naming
        `where` and the JSON path of every problem."""
        try:
            model = cls.model_validate(value)
        except ValidationError as exc:
            raise InputError(problems(exc, where, kind=kind)) from None
        model._json = value if type(value) is dict else dict(value)
        return model


M = TypeVar("M", bound=Model)


def parse_file(cls: type[M], data: bytes, where: str, *, schema: str, what: str) -> M:
    """A file's model: the strict reader, its `schema`, then the model's validation."""
    value = read_json(data, where, what=what)
    if not isinstance(value, dict) or "schema" not in value:
        raise InputError.one(where, f"not {what} (no 'schema' field)")
    if value["schema"] != schema:
        raise InputError.one(
            where,
            f"schema {value['schema']!r} is not {schema}, the one this crossdraw reads; "
            "a newer crossdraw may have written it",
        )
    return cls.from_value(value, where, kind=schema)


class Signature(Model):
    """An Ed25519 signature of a digest (docs/ALGORITHM.md §14); checked by `verify`."""

    algorithm: str = Field(description='The signature scheme: "Ed25519".')
    public_key: str = Field(description="The signer's raw 32-byte public key, base64.")
    fingerprint: str = Field(
        description="First 16 hex digits of the SHA-256 of the raw public key, upper case, "
        'in groups of four ("3F2A 91BC 0D4E 7711").'
    )
    value: str = Field(
        description="The 64-byte signature of the ASCII bytes of the lower-case hex digest, base64."
    )


@dataclass(frozen=True, order=True)
class TargetKey:
    """What a draw is of: a target prefecture of a group of a plan (title and year)."""

    plan_title: str
    plan_year: int
    group: int
    prefecture: str

    def fields(self) -> dict[str, Any]:
        return {
            "plan": {"title": self.plan_title, "year": self.plan_year},
            "group": self.group,
            "prefecture": self.prefecture,
        }

    def __str__(self) -> str:
        return f"{self.prefecture} of group {self.group} ({self.plan_title} {self.plan_year})"


def _shown(value: Any) -> str:
    """A JSON value as a clerk would recognise it in the file."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f'the text "{value[:40]}{"…" if len(value) > 40 else ""}"'
    if isinstance(value, (list, tuple)):
        return "a list [ ]"
    if isinstance(value, Mapping):
        return "an object { }"
    return type(value).__name__  # pragma: no cover - JSON holds nothing else


def _what(error: ErrorDetails, kind: str) -> str:
    kind_text = kind or "this file"
    code, ctx, value = error["type"], error.get("ctx") or {}, error["input"]
    if code in ("missing", "missing_argument"):
        return f"missing: {kind_text} always has this key"
    if code in ("extra_forbidden", "unexpected_keyword_argument"):
        return f"unexpected key: not part of {kind_text} (a typo, or written by a newer crossdraw?)"
    if code in _EXPECTED:
        return f"should be {_EXPECTED[code]}, not {_shown(value)}"
    if code == "literal_error":
        return f"should be {ctx['expected']}, not {_shown(value)}"
    if code == "greater_than_equal":
        return f"should be at least {ctx['ge']}, not {_shown(value)}"
    if code == "less_than_equal":
        return f"should be at most {ctx['le']}, not {_shown(value)}"
    if code == "string_pattern_mismatch":
        return f"should be {_WORDS_FOR_PATTERN.get(ctx['pattern'], ctx['pattern'])}, not {_shown(value)}"
    if code == "string_too_long":
        return f"too long: at most {ctx['max_length']} characters"
    if code == "union_tag_invalid":
        return f"should be one of {ctx['expected_tags']}, not {_shown(ctx['tag'])}"
    if code == "union_tag_not_found":
        return "missing: every ledger line says its type (draw, void, commitment or table)"
    if code == "value_error":
        return str(error["msg"]).removeprefix("Value error, ")
    return str(error["msg"])  # pragma: no cover - the models raise no other kinds


def problems(
    exc: ValidationError, where: str, *, kind: str = "", tagged: bool = False
) -> list[Problem]:
    """One Problem per error, located by JSON path (`pools[0].digest`).

    `tagged`: the model is a union told apart by `type`, whose name pydantic puts first.
    """
    out = []
    for error in exc.errors(include_url=False):
        loc: Sequence[str | int] = error["loc"]
        if error["type"].startswith("union_tag"):
            loc = ["type"]
        elif tagged:
            loc = loc[1:]
        path = json_path(list(loc))
        out.append(Problem(f"{where}, {path}" if path else where, _what(error, kind)))
    return out


Pair = Annotated[tuple[str, str], AS_LIST]


class RequirementInForce(Model):
    """A category quota as it applies to these pools (Q3-Q5), after any substitution."""

    id: str = Field(description='The rule it comes from, e.g. "Q3".')
    categories: Texts = Field(description="Categories that count towards it, sorted.")
    at_least: Count = Field(description="How many of the group's selection must be in them.")
    substituted: Annotated[tuple[Pair, ...], AS_LIST] = Field(
        description="Q5: [missing category, its stand-in] for each category no pool has."
    )
