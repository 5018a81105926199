"""The sign-off sheet (签字确认单) of a table draw (plan draw): record in, HTML or Markdown out."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crossdraw.domain.canonical import fingerprint
from crossdraw.output.messages import CATALOG, LANGS
from crossdraw.output.openlines import seed_shown
from crossdraw.output.sheet import (
    CSS,
    LedgerLine,
    _html_table,
    clean,
    escaped,
    html_facts,
    md,
    md_table,
    qr_svg,
)
from crossdraw.output.when import beijing, beijing_words
from crossdraw.records.models import TableRecord

ROLES = ("witness", "drawer", "office")
KINDS = ("base", "avoid", "forbid")
LABELS = (
    "title",
    "plan",
    "when",
    "place",
    "seed",
    "seed_parts",
    "rules",
    "rules_text",
    "avoided",
    "avoided_text",
    "avoided_none",
    "counts",
    "counts_text",
    "drawn",
    "cols",
    "record",
    "record_digest",
    "record_fp",
    "ledger_line",
    "ledger_text",
    "qr",
    "tool",
    "versions",
    "statement",
    "signatures",
    "witness",
    "drawer",
    "office",
    "typed",
    "date",
    "sign",
    "fact_cols",
)


Fact = tuple[str, str, bool]


def _labels(lang: str) -> Mapping[str, str]:
    """The sheet's words in `lang`, from the one catalog (output/messages.py)."""
    if lang not in LANGS:
        raise ValueError(f"unknown sheet language {lang!r} (zh or en)")
    words = {key: getattr(CATALOG[f"tablesheet.{key}"], lang) for key in LABELS}
    for kind in KINDS:
        words[f"kind.{kind}"] = getattr(CATALOG[f"tablesheet.kind.{kind}"], lang)
    return words


def _content(table: TableRecord, lang: str) -> dict[str, Any]:
    """What the sheet shows, from a typed (validated) table record."""
    record = table.as_json()
    labels = _labels(lang)
    when = beijing_words(beijing(str(record.get("drawn_at", ""))), lang)
    rows: list[list[Fact]] = [
        [
            (labels["when"], when, False),
            (labels["place"], clean(record.get("place", "")), False),
        ],
        [(labels["seed"], seed_shown(str(record["seed"]["value"]), lang), True)],
    ]
    parts = [str(p) for p in record["seed"].get("parts") or []]
    if parts:
        text = "  ".join(f"{i}. {p}" for i, p in enumerate(parts, start=1))
        rows.append([(labels["seed_parts"], text, True)])
    m = record["rules"]["members_per_group"]
    rows.append([(labels["rules"], labels["rules_text"].format(m=m), False)])
    avoided = "；".join(
        labels["avoided_text"].format(
            source=labels.get(f"kind.{s['kind']}", s["kind"]),
            file=clean(s["file"]),
            year=s["year"] if s["year"] is not None else "—",
        )
        for s in record["forbidden"]["sources"]
    )
    rows.append([(labels["avoided"], avoided or labels["avoided_none"], False)])
    random = record["random"]
    counts = labels["counts_text"].format(
        proposals=record["counts"]["proposal_tables"],
        integer=random["integer"],
        rejected=random["rejected"],
    )
    rows.append([(labels["counts"], counts, False)])
    groups = [
        [
            clean(g["name"]),
            clean(g["lead"]),
            "、".join(clean(x) for x in g["members"][1:]),
            "、".join(clean(x) for x in g["targets"]),
        ]
        for g in record["groups"]
    ]
    witnesses = record.get("witnesses") or {}
    return {
        "labels": labels,
        "plan": labels["plan"].format(
            title=clean(record["plan"]["title"]), year=record["plan"]["year"]
        ),
        "facts": rows,
        "groups": groups,
        "digest": clean(record["digest"]),
        "versions": labels["versions"].format(
            version=clean(record["tool"]["version"]), algorithm=clean(record["algorithm"])
        ),
        "names": {role: clean(witnesses.get(role, "")) for role in ROLES},
    }


def _record_rows(c: dict[str, Any], ledger: LedgerLine | None) -> list[list[Fact]]:
    labels = c["labels"]
    rows: list[list[Fact]] = [
        [(labels["record_fp"], fingerprint(c["digest"]), True)],
        [(labels["record_digest"], c["digest"], True)],
    ]
    if ledger is not None:
        text = labels["ledger_text"].format(line=ledger[0], fp=fingerprint(ledger[1]))
        rows.append([(labels["ledger_line"], text, True)])
    rows.append([(labels["tool"], c["versions"], False)])
    return rows


def render_table_html(
    record: TableRecord, lang: str = "zh", ledger: LedgerLine | None = None
) -> str:
    """One A4 page of print-ready HTML: the drawn table, how it was drawn, signatures."""
    c = _content(record, lang)
    labels = c["labels"]
    e = escaped
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}">',
        '<head><meta charset="utf-8">',
        f"<title>{e(labels['title'])}</title>",
        f"<style>\n{CSS}</style></head>",
        "<body>",
        f"<h1>{e(labels['title'])}</h1>",
        f'<p class="plan">{e(c["plan"])}</p>',
        *html_facts(c["facts"], 2),
        f"<h2>{e(labels['drawn'])}</h2>",
        *_html_table(labels["cols"], c["groups"]),
        f"<h2>{e(labels['record'])}</h2>",
        '<div class="record">',
        *html_facts(_record_rows(c, ledger), 1),
        f'<div class="qrbox">{qr_svg(c["digest"])}{e(labels["qr"])}</div></div>',
        f'<p class="statement">{e(labels["statement"])}</p>',
        f"<h2>{e(labels['signatures'])}</h2>",
        '<div class="signs">',
    ]
    for role in ROLES:
        typed = c["names"].get(role, "")
        out.append(
            f'<div class="sign"><div class="role">{e(labels[role])}</div>'
            f'<div class="line"></div><div class="under">'
            f"<span>{e(labels['typed'].format(name=typed)) if typed else ''}</span>"
            f"<span>{e(labels['date'])}</span></div></div>"
        )
    out += ["</div>", "</body></html>\n"]
    return "\n".join(out)


def render_table_markdown(
    record: TableRecord, lang: str = "zh", ledger: LedgerLine | None = None
) -> str:
    """The same content as Markdown (no QR code)."""
    c = _content(record, lang)
    labels = c["labels"]
    facts = [[label, value] for row in c["facts"] for label, value, _ in row]
    out = [f"# {md(labels['title'])}", "", md(c["plan"]), ""]
    out += md_table(labels["fact_cols"].split("|"), facts)
    out += ["", f"## {md(labels['drawn'])}", ""]
    out += md_table(labels["cols"].split("|"), c["groups"])
    out += ["", f"## {md(labels['record'])}", ""]
    rows = [[label, value] for row in _record_rows(c, ledger) for label, value, _ in row]
    out += md_table(labels["fact_cols"].split("|"), rows)
    out += ["", md(labels["statement"]), "", f"## {md(labels['signatures'])}", ""]
    for role in ROLES:
        typed = c["names"].get(role, "")
        name = f"（{md(typed)}）" if typed else ""
        out += [
            f"**{md(labels[role])}**{name}",
            "",
            md(labels["sign"] + "_" * 24 + "　" + labels["date"]),
            "",
        ]
    return "\n".join(out)
