"""Click's own words in the run's language: help pages, usage errors and Ctrl-C.

Typer vendors Click, whose help and usage errors are English and hard-coded (only a
few go through gettext). Two hooks make them Chinese first:

- `Formatter`, the help formatter of every command's context: the usage prefix, the
  section headings, and every help text, which the commands give as catalog keys
  (`help="help.group"`; a command's own help is `cmd.<name>`), looked up here in
  output/messages.py. Chinese lines are wrapped by display width, not by characters.
- `CrossdrawGroup.main`: chooses the language once (--lang anywhere on the line, else
  CROSSDRAW_LANG, else the locale), runs the command, and words Click's usage errors
  (missing option, no such option, invalid value …), `--json` errors as JSON, and
  Ctrl-C as exit 130 with one line, never "Aborted!" or a traceback.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from typing import Any

import typer
from rich.cells import cell_len
from typer import _click
from typer.core import TyperCommand, TyperGroup

from crossdraw.cli import exitcodes
from crossdraw.output.messages import CATALOG, choose_lang, resolve_lang, say

_KEY = re.compile(r"^((?:help|cmd)\.[\w.]+)(.*)$", re.DOTALL)
_EXTRA = re.compile(r"\s*\[([^\[\]]*)\]$")
_JSON: ContextVar[bool] = ContextVar("crossdraw_json", default=False)
_NO_LINE_START = frozenset("，。、；：？！）》」』】”’,.;:?!)")  # kept at the end of a line
_HEADINGS = {
    "Options": "click.options",
    "Arguments": "click.arguments",
    "Commands": "click.commands",
}


def help_text(value: str) -> str:
    """A help text given as a catalog key, in the run's language; other text as is."""
    if value in CATALOG:
        return say(value)
    if value == "Show this message and exit.":  # Click's own --help option
        return say("click.help")
    return value


def short_help(value: str) -> str:
    """The first sentence of a command's help, for the list of commands."""
    full = help_text(value).split("\n\n")[0]
    for stop in ("。", ". "):
        if stop in full:
            return full.split(stop)[0] + stop.strip()
    return full


def _extra(inside: str) -> str:
    """Click's "[env var: X; default: Y; required]" in the run's language."""
    parts = []
    for part in inside.split("; "):
        if part == "required":
            parts.append(say("click.required"))
        elif part.startswith("default: "):
            parts.append(say("click.default", value=part.removeprefix("default: ")))
        elif part.startswith("env var: "):
            parts.append(say("click.env_var", var=part.removeprefix("env var: ")))
        else:
            parts.append(part)
    return "；".join(parts) if _chinese() else "; ".join(parts)


def _chinese() -> bool:
    from crossdraw.output.messages import current_lang

    return current_lang() == "zh"


def row_help(value: str) -> str:
    """One row of an option list: its help key translated, Click's bracket too."""
    extra = ""
    found = _EXTRA.search(value)
    if found and any(w in found.group(1) for w in ("required", "default: ", "env var: ")):
        extra = f"  [{_extra(found.group(1))}]"
        value = value[: found.start()]
    key = _KEY.match(value.strip())
    if key and key.group(1) in CATALOG:
        value = say(key.group(1)) + key.group(2)
    return help_text(value.strip()) + extra


_METAVARS = {"<int>": "<整数>", "<str>": "<文字>", "<path>": "<路径>"}


def metavars(first: str) -> str:
    """An option's value type (<int>, <list[Path]>) in the run's language."""
    if not _chinese():
        return first
    first = first.replace("<list[Path]>", "<路径>…").replace("<list[str]>", "<文字>…")
    for english, chinese in _METAVARS.items():
        first = first.replace(english, chinese)
    return first


def wrap(text: str, width: int) -> Iterator[str]:
    """`text` in lines of at most `width` cells: words kept whole, Chinese broken anywhere."""
    width = max(width, 10)
    for paragraph in text.split("\n"):
        line, size = "", 0
        for token in re.findall(r"[\x21-\x7e]+|\s+|.", paragraph):
            n = cell_len(token)
            if size + n > width and line.strip() and token not in _NO_LINE_START:
                yield line.rstrip()
                line, size = "", 0
                if token.isspace():
                    continue
            line, size = line + token, size + n
        yield line.rstrip()


class Formatter(_click.HelpFormatter):
    """Click's help formatter, speaking the run's language and wrapping by cell width."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        if _chinese():
            args = args.replace("[OPTIONS]", "[选项]").replace(
                "COMMAND [ARGS]...", "命令 [参数]..."
            )
        self.write(f"{say('click.usage')}{prog} {args}\n")

    def write_heading(self, heading: str) -> None:
        key = _HEADINGS.get(heading)
        colon = "：" if _chinese() else ":"
        self.write(f"{'':>{self.current_indent}}{say(key) if key else heading}{colon}\n")

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        for paragraph in help_text(text.strip()).split("\n\n"):
            for line in wrap(paragraph, self.width - self.current_indent):
                self.write(f"{indent}{line}\n")
            self.write("\n")
        self.buffer[-1:] = []  # no blank line after the last paragraph

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        rows = [(metavars(first), row_help(second)) for first, second in rows]
        first_width = min(max((cell_len(first) for first, _ in rows), default=0), col_max)
        indent = " " * self.current_indent
        text_width = max(self.width - first_width - col_spacing - self.current_indent, 20)
        for first, second in rows:
            lines = list(wrap(second, text_width))
            pad = first_width + col_spacing
            if cell_len(first) > first_width:
                self.write(f"{indent}{first}\n")
                head = ""
            else:
                head = first + " " * (pad - cell_len(first))
                if lines:
                    self.write(f"{indent}{head}{lines.pop(0)}\n")
                    head = ""
                else:
                    self.write(f"{indent}{head}\n")
            for line in lines:
                self.write(f"{indent}{' ' * pad}{line}\n")


class _Context(typer.Context):
    formatter_class = Formatter


class CrossdrawCommand(TyperCommand):
    """A command whose help is looked up in the catalog (`cmd.<name>`)."""

    context_class = _Context

    def get_short_help_str(self, limit: int = 45) -> str:
        return short_help(self.help or "")

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: _click.Context | None = None,
        **extra: Any,
    ) -> _click.Context:
        # Arguments are named in the run's language (usage line, help, errors): `arg.<name>`.
        for param in self.params:
            key = f"arg.{param.name}"
            if param.param_type_name == "argument" and key in CATALOG:
                param.metavar = say(key)
        return super().make_context(info_name, args, parent, **extra)


class CrossdrawGroup(TyperGroup):
    """The root (and `plan`) group: catalog help, the run's language, Click's errors worded."""

    context_class = _Context

    def get_short_help_str(self, limit: int = 45) -> str:
        return short_help(self.help or "")

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        lang, argv = self._lang(argv)
        as_json = "--json" in argv
        chosen = choose_lang(resolve_lang(lang))
        json_token = _JSON.set(as_json)
        try:
            return self._run(argv, prog_name, complete_var, standalone_mode, as_json, extra)
        finally:  # a test runner calls main again in the same thread
            _JSON.reset(json_token)
            chosen.var.reset(chosen)

    def _run(
        self,
        argv: list[str],
        prog_name: str | None,
        complete_var: str | None,
        standalone_mode: bool,
        as_json: bool,
        extra: dict[str, Any],
    ) -> Any:
        try:
            code = super().main(argv, prog_name, complete_var, standalone_mode=False, **extra)
        except _click.exceptions.NoArgsIsHelpError as exc:
            _click.echo(exc.ctx.get_help(), err=True)
            code = exc.exit_code
        except _click.exceptions.UsageError as exc:
            code = exc.exit_code
            report(code, [usage_error(exc)], as_json, usage=_usage(exc))
        except (typer.Abort, KeyboardInterrupt, EOFError):
            code = exitcodes.INTERRUPTED
            report(code, [say("cli.interrupted")], as_json, heading=False)
        if not standalone_mode:
            return code
        sys.exit(code or 0)

    def _lang(self, argv: list[str]) -> tuple[str | None, list[str]]:
        """The --lang value anywhere on the line; it is taken off for commands without one."""
        lang = None
        kept: list[str] = []
        skip = False
        declares = self._declares_lang(argv)
        for i, arg in enumerate(argv):
            if skip:
                skip = False
                continue
            if arg == "--lang" and i + 1 < len(argv):
                lang, skip = argv[i + 1], not declares
                if declares:
                    kept.append(arg)
                continue
            if arg.startswith("--lang="):
                lang = arg.removeprefix("--lang=")
                if not declares:
                    continue
            kept.append(arg)
        return lang, kept

    def _declares_lang(self, argv: list[str]) -> bool:
        command: _click.Command | None = self
        for arg in argv:
            if isinstance(command, TyperGroup) and arg in command.commands:
                command = command.commands[arg]
        if command is self or command is None:
            return False
        return any("--lang" in getattr(p, "opts", ()) for p in command.params)


def wants_json() -> bool:
    """Whether this run was asked for JSON (--json): errors are JSON on stdout too."""
    return _JSON.get()


def _usage(exc: _click.exceptions.UsageError) -> list[str]:
    if exc.ctx is None:
        return []
    return [exc.ctx.get_usage(), say("click.try_help", command=exc.ctx.command_path), ""]


def usage_error(exc: _click.exceptions.UsageError) -> str:
    """Click's usage error in the run's language."""
    errors = _click.exceptions
    if isinstance(exc, errors.MissingParameter):
        name = _hint(exc)
        kind = "click.missing_argument" if exc.param_type == "argument" else "click.missing_option"
        if exc.param is not None and exc.param.param_type_name == "argument":
            kind = "click.missing_argument"
        return say(kind, name=name)
    if isinstance(exc, errors.NoSuchOption):
        found = say("click.no_such_option", name=exc.option_name)
        if exc.possibilities:
            found += say("click.possible", names="、".join(sorted(exc.possibilities)))
        return found
    if isinstance(exc, errors.BadParameter):
        return say("click.invalid", name=_hint(exc), message=_value_problem(exc.message))
    message = exc.message
    for pattern, key in _USAGE_PATTERNS:
        found_match = re.fullmatch(pattern, message)
        if found_match:
            fields = found_match.groupdict()
            guess = fields.pop("guess", None)
            worded = say(key, **fields, **_commands(exc))
            return worded + (say("ceremony.did_you_mean", name=guess) if guess else "")
    return say("click.other", message=message)


_USAGE_PATTERNS = (
    (r"Option (?P<name>'[^']+') requires .*", "click.needs_value"),
    (r"Option (?P<name>'[^']+') does not take a value\.", "click.no_value"),
    (
        r"No such command '(?P<name>[^']+)'\.(?: Did you mean '(?P<guess>[^']+)'\?)?",
        "click.no_such_command",
    ),
    (r"Missing command\.", "click.missing_command"),
    (r"Got unexpected extra arguments? \((?P<args>.*)\)", "click.extra_args"),
)


def _commands(exc: _click.exceptions.UsageError) -> dict[str, str]:
    command = exc.ctx.command if exc.ctx is not None else None
    if isinstance(command, TyperGroup):
        return {"names": "、".join(sorted(command.commands))}
    return {"names": ""}


def _hint(exc: _click.exceptions.BadParameter) -> str:
    if exc.param_hint is not None:
        hint = exc.param_hint
        return hint if isinstance(hint, str) else " / ".join(hint)
    if exc.param is not None:
        return exc.param.get_error_hint()
    return ""


def _value_problem(message: str) -> str:
    """Typer's words on a bad value, in the run's language where known."""
    if re.match(r"(Input should be a valid integer|Value '.*' is not a valid int)", message):
        return say("click.not_int")
    found = re.match(r"'(?P<value>.*)' is not one of (?P<choices>.*)\.$", message)
    if found:
        return say("click.not_choice", **found.groupdict())
    found = re.match(r"\w+ '(?P<value>.*)' does not exist\.", message)
    if found:
        return say("click.no_path", value=found.group("value"))
    return message


def report(
    code: int,
    messages: Sequence[str],
    as_json: bool,
    *,
    usage: Sequence[str] = (),
    heading: bool = True,
    codes: Sequence[str | None] = (),
    silent: bool = False,
) -> None:
    """Errors on stderr, or with --json as {"exit": code, "errors": [...]} on stdout."""
    if as_json:  # for scripts, on stdout; the words for people stay on stderr
        import json

        errors = []
        for i, message in enumerate(messages):
            entry: dict[str, str] = {}
            rule = codes[i] if i < len(codes) else None
            if rule:
                entry["code"] = rule
            entry["message"] = message
            errors.append(entry)
        doc = {"exit": code, "errors": errors}
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    if silent:
        return
    for line in usage:
        _click.echo(line, err=True)
    for message in messages:
        _click.echo(say("click.error", message=message) if heading else message, err=True)
