"""Every text crossdraw shows people in Chinese and English, in one catalog.

Chinese is the default, English the second language (RULES.md: Chinese first).
Each entry is `Text(zh, en)`: both are required, and both name the same {fields}
(tests/test_messages.py). Texts are looked up by `text(key, lang, **fields)`;
keys are `<where>.<what>`. The entries live in one small module per area of this
package (ceremony, sheet, checklist, papers, …), each a dict `ENTRIES`; CATALOG joins
them in that order and refuses a key defined twice. New texts go into the module of
their area, under their own prefix.
"""

from __future__ import annotations

import os
from contextvars import ContextVar, Token
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crossdraw.domain.errors import Problem
    from crossdraw.domain.quota import ActiveRequirement
    from crossdraw.domain.rules import Finding
    from crossdraw.records.record import Mismatch

from crossdraw.output.messages import (
    ceremony,
    checklist,
    commands,
    commands_more,
    feasibility,
    files,
    folders,
    loaders,
    papers,
    rules,
    screens,
    seeds,
    sheet,
    table,
    verify,
)
from crossdraw.output.messages.entry import LANGS, Lang, Text

__all__ = [
    "CATALOG",
    "LANGS",
    "Lang",
    "Text",
    "choose_lang",
    "current_lang",
    "finding_text",
    "mismatch_text",
    "problem_text",
    "reason_text",
    "requirement_text",
    "resolve_lang",
    "say",
    "text",
    "worded",
]


def _joined(*areas: dict[str, Text]) -> dict[str, Text]:
    """The areas' entries in one dict; a key in two areas is a mistake, refused at import."""
    catalog: dict[str, Text] = {}
    for entries in areas:
        twice = sorted(catalog.keys() & entries.keys())
        if twice:
            raise RuntimeError(f"message keys defined twice: {', '.join(twice)}")
        catalog.update(entries)
    return catalog


CATALOG: dict[str, Text] = _joined(
    ceremony.ENTRIES,
    sheet.ENTRIES,
    checklist.ENTRIES,
    papers.ENTRIES,
    verify.ENTRIES,
    seeds.ENTRIES,
    table.ENTRIES,
    commands.ENTRIES,
    rules.ENTRIES,
    screens.ENTRIES,
    feasibility.ENTRIES,
    loaders.ENTRIES,
    commands_more.ENTRIES,
    files.ENTRIES,
    folders.ENTRIES,
)


def text(key: str, lang: str = "zh", /, **fields: object) -> str:
    """The text of `key` in `lang` ("zh" or "en"), its {fields} filled in."""
    entry = CATALOG[key]
    if lang == "zh":
        return entry.zh.format(**fields)
    if lang == "en":
        return entry.en.format(**fields)
    raise ValueError(f"unknown language {lang!r} (one of {', '.join(LANGS)})")


_CHOSEN: ContextVar[Lang | None] = ContextVar("crossdraw_lang", default=None)


def choose_lang(lang: Lang | None) -> Token[Lang | None]:
    """The language of this run, chosen once by the command line (cli/words.py); the
    token puts the previous choice back when the run ends."""
    return _CHOSEN.set(lang)


def current_lang() -> Lang:
    """The language chosen for this run, else the one the environment asks for."""
    return _CHOSEN.get() or resolve_lang()


def say(key: str, /, **fields: object) -> str:
    """The text of `key` in the language of this run."""
    return text(key, current_lang(), **fields)


def resolve_lang(option: str | None = None) -> Lang:
    """--lang, else the run's chosen language, else CROSSDRAW_LANG, else the locale;
    Chinese unless English is asked for."""
    if not option and _CHOSEN.get() is not None:
        return _CHOSEN.get() or "zh"
    for value in (option, os.environ.get("CROSSDRAW_LANG")):
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value.lower().startswith("en"):
            return "en"
        if value.lower().startswith("zh"):
            return "zh"
    return "zh"


def finding_text(finding: Finding, lang: str | None = None) -> str:
    """A rule finding in words: its code, the rule's name, then what was found
    (`Q2 县市区分布：湘潭市抽中的企业只在1个县市区（雨湖区），至少需要2个`).

    A finding without a catalog key (none today) is shown as the engine wrote it.
    """
    lang = lang or current_lang()
    key = f"finding.{finding.key}"
    if key not in CATALOG:
        return finding.message
    join = "、" if lang == "zh" else ", "
    fields: dict[str, object] = {
        name: join.join(value) if isinstance(value, tuple) else value
        for name, value in finding.fields
    }
    fields["place"] = finding.place
    if fields.get("stand_ins"):
        fields["stand_ins"] = text("finding.stand_ins", lang, stand_ins=fields["stand_ins"])
    template = getattr(CATALOG[key], lang if lang in LANGS else "zh")
    body = text(key, lang, **{k: fields.get(k, "") for k in _fields_of(template)})
    if fields.get("row") not in (None, ""):
        body += text("rule.row", lang, row=fields["row"])
    if finding.place and "{place}" not in template:
        body = text("rule.place", lang, place=finding.place, body=body)
    rule = f"rule.{finding.rule}"
    name = fields.get("name") if finding.key == "quota" else None
    if name is None:
        name = text(rule, lang) if rule in CATALOG else ""
    return text("rule.line", lang, rule=finding.rule, name=name, body=body)


def _fields_of(template: str) -> set[str]:
    import string

    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def requirement_text(req: ActiveRequirement, lang: str | None = None) -> str:
    """A category quota (Q3, Q4 …) in words, with any Q5 stand-in."""
    from crossdraw.domain.vocab import tag_label

    lang = lang or current_lang()
    join = "、" if lang == "zh" else ", "
    cats = join.join(tag_label(c) for c in req.categories)
    line = text("ceremony.requirement", lang, id=req.id, name=req.name, n=req.at_least, cats=cats)
    for missing, stand_in in req.substituted:
        line += "\n" + text(
            "ceremony.substituted",
            lang,
            id=req.id,
            missing=tag_label(missing),
            stand_in=tag_label(stand_in),
        )
    return line.strip()


def problem_text(problem: Problem, lang: str | None = None) -> str:
    """An input problem in words: where, then what (worded here when it has a key)."""
    lang = lang or current_lang()
    key = f"problem.{problem.key}"
    if lang == "en" and key not in CATALOG:  # a loader's English is its own words
        return str(problem)
    if key in CATALOG:
        what = text(key, lang, **dict(problem.fields))
    else:
        what = _loaded(problem.what, lang)
    where = _loaded(problem.where, lang)
    if not where:
        return what
    return text("problem.line", lang, where=where, what=what)


def _loaded(value: str, lang: str) -> str:
    """A loader's Worded text (`load.<key>`) in `lang`; other text as it is."""
    from crossdraw.domain.errors import Problem as Prob
    from crossdraw.domain.errors import Worded

    if not isinstance(value, Worded):
        return value
    spaces = ("load", "store", "records")  # the layers below output that word their text
    key = next((k for k in (f"{s}.{value.key}" for s in spaces) if k in CATALOG), "")
    if not key:
        return value
    fields = dict(value.fields)
    join = "、" if lang == "zh" else ", "
    fields = {k: join.join(v) if isinstance(v, tuple) else v for k, v in fields.items()}
    fields = {k: _loaded(v, lang) if isinstance(v, Worded) else v for k, v in fields.items()}
    fields = {k: problem_text(v, lang) if isinstance(v, Prob) else v for k, v in fields.items()}
    if "more" in fields:
        fields["more"] = text("load.more", lang, n=fields["more"]) if fields["more"] else ""
    if "near" in fields:
        fields["near"] = text("load.near", lang, name=fields["near"]) if fields["near"] else ""
    if "whole" in fields and value.key != "not_listed_leading":
        fields["whole"] = ""
    return text(key, lang, **fields)


def reason_text(reason: str, lang: str | None = None) -> str:
    """An exclusion reason as people read it: the fixed E2 reason (stored bilingual in
    records and pools, whose digests it is part of) in the run's language; any other
    reason (E3, as the exclusion file gave it) as it is."""
    from crossdraw.domain.pool import E2_REASON

    return text("out.e2_reason", lang or current_lang()) if reason == E2_REASON else reason


def mismatch_text(mismatch: Mismatch, lang: str | None = None) -> str:
    """A record's difference from what it re-derives to (verify): the field, then what."""
    lang = lang or current_lang()
    what = _loaded(mismatch.message, lang)
    return text("records.mismatch_line", lang, field=mismatch.field, what=what)


def worded(value: str, lang: str | None = None) -> str:
    """Text from below the output layer in words: a Worded string through its catalog key
    (`infeasible.<key>`), led by its rule and the rule's name; anything else as it is."""
    from crossdraw.domain.errors import Worded

    key = f"infeasible.{value.key}" if isinstance(value, Worded) else ""
    if key not in CATALOG:
        return value
    assert isinstance(value, Worded)
    lang = lang or current_lang()
    join = "、" if lang == "zh" else ", "
    fields = {k: join.join(v) if isinstance(v, tuple) else v for k, v in value.fields}
    rule = fields.pop("rule", None)
    body = text(key, lang, **fields)
    if rule is None:
        return body
    name = text(f"rule.{rule}", lang) if f"rule.{rule}" in CATALOG else ""
    return text("rule.line", lang, rule=rule, name=name, body=body)
