"""Domain exceptions raised by the core and turned into messages at the CLI edge."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located precisely (file, row or key path)."""

    where: str
    what: str
    # How output/messages.py words it in Chinese or English: the catalog key
    # `problem.<key>` and its fields; `what` is the English kept for logs and tests.
    key: str = ""
    fields: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return f"{self.where}: {self.what}" if self.where else self.what


class Worded(str):
    """English text that also says how output/messages.py words it in any language:
    the catalog key and its fields. It is the English string everywhere else (tests,
    logs, records), so code below the output layer can keep returning plain text."""

    key: str
    fields: tuple[tuple[str, object], ...]

    def __new__(cls, english: str, key: str, **fields: object) -> Worded:
        value = super().__new__(cls, english)
        value.key = key
        value.fields = tuple(fields.items())
        return value


class CrossdrawError(Exception):
    """Base of every error crossdraw reports to a user without a traceback."""


class InputError(CrossdrawError):
    """An input file is unreadable or malformed; lists every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def one(cls, where: str, what: str) -> InputError:
        return cls([Problem(where, what)])


def unreadable(where: str, exc: OSError, what: str = "cannot be read") -> InputError:
    """A file that cannot be read, worded by the kind of failure (not found, no permission)."""
    kind = {
        FileNotFoundError: "not_found",
        PermissionError: "no_permission",
        IsADirectoryError: "is_folder",
    }.get(type(exc), "unreadable")
    reason = str(exc.strerror or exc)
    return InputError([Problem(where, f"{what}: {reason}", kind, (("reason", reason),))])


def folder_given(where: str) -> InputError:
    """A folder given where a file is needed."""
    what = "is a folder, not a file; give the path of the file itself"
    return InputError([Problem(where, what, "is_folder")])


class InfeasibleError(CrossdrawError):
    """No selection satisfies the rules in force; carries the reasons in plan terms."""

    def __init__(self, reasons: Sequence[str]) -> None:
        self.reasons = tuple(reasons)
        super().__init__("\n".join(self.reasons))


class RecordMismatch(CrossdrawError):
    """A draw record does not reproduce from its own content; one line per difference."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = tuple(lines)
        super().__init__("\n".join(self.lines))


class Interrupted(CrossdrawError):
    """The person stopped at a prompt (Ctrl-C or end of input); says what is already logged."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


def validator_words(error: Mapping[str, Any]) -> str:
    """What a pydantic validation error says: a validator's own Worded text when it raised
    one (domain/models.py), else pydantic's message without its "Value error, " prefix."""
    raised = (error.get("ctx") or {}).get("error")
    said = raised.args[0] if isinstance(raised, ValueError) and raised.args else None
    if isinstance(said, Worded):
        return said
    return str(error["msg"]).removeprefix("Value error, ")
