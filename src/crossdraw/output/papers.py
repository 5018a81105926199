"""The printed pages besides the sign-off sheet: the commitment sheet (抽签前承诺单), signed
before any seed exists, and the void statement (作废说明) of a withdrawn draw.

Each page is a list of blocks (heading, facts, table, paragraph, signature lines) laid
out once and rendered to print-ready A4 HTML (the sign-off sheet's CSS) or Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass

from crossdraw.domain.canonical import fingerprint
from crossdraw.domain.vocab import tag_label
from crossdraw.output.messages import reason_text, text
from crossdraw.output.sheet import (
    CSS,
    Fact,
    clean,
    escaped,
    html_facts,
    md,
    md_table,
    qr_svg,
)
from crossdraw.output.when import beijing_text
from crossdraw.records.chain import Entry, rules_digest
from crossdraw.records.models import Commitment, DrawRecord

PAGE_CSS = (
    CSS
    + """\
.intro { margin: 0 0 2mm; }
.record { margin-top: 2mm; }
.sign .line { height: 10mm; }
svg.qr { width: 20mm; height: 20mm; }
.warn { border: 0.8mm solid #c00; color: #c00; font-weight: bold; padding: 1.2mm 3mm;
  margin: 2mm 0 0; }
.rules { margin: 0; padding-left: 6mm; }
td.nb, th.nb { white-space: nowrap; width: 1%; }
table.small td, table.small th { font-size: 8pt; padding: 0.2mm 1.2mm; }
td.mono { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", monospace; }
.stampbox { border: 1.2mm solid #b00; color: #b00; font-size: 30pt; font-weight: bold;
  letter-spacing: 4mm; text-align: center; padding: 1mm; margin: 0 0 3mm; }
"""
)


@dataclass(frozen=True)
class Block:
    """One part of a page: `kind` says how it is laid out."""

    kind: str  # "banner" | "stamp" | "h2" | "p" | "warn" | "facts" | "table" | "list" | "qr"
    words: str = ""
    facts: tuple[tuple[Fact, ...], ...] = ()
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    nowrap: tuple[int, ...] = ()  # table columns never broken (codes, counts, fingerprints)
    small: bool = False  # a long table in smaller type, so the page keeps to one sheet


@dataclass(frozen=True)
class Page:
    title: str
    subtitle: str
    blocks: tuple[Block, ...]
    signers: tuple[tuple[str, str], ...]  # (role, name on record or "")


def _beijing(at: str, lang: str) -> str:
    return clean(beijing_text(at, lang))


def _sample(sample: bool | None, lang: str) -> list[Block]:
    return [Block("banner", text("paper.sample_banner", lang))] if sample else []


def _list_facts(name: str | None, sha256: str, lang: str) -> tuple[Fact, ...]:
    shown = clean(name) if name else text("paper.list_unnamed", lang)
    return (
        (text("paper.list", lang), shown, False),
        (text("paper.list_fp", lang), fingerprint(sha256), True),
    )


def _missing(names: dict[str, str], place: str, lang: str) -> list[Block]:
    """The Q6 warning when a name or the place was not recorded."""
    roles = [text(f"sheet.{r}", lang) for r in ("witness", "drawer", "bureau_rep") if not names[r]]
    if not place:
        roles.append(text("paper.place", lang))
    if not roles:
        return []
    joined = text("paper.q6_sep", lang).join(roles)
    return [Block("warn", text("paper.q6_missing", lang, roles=joined))]


def _excluded_rows(commitment: Commitment, lang: str) -> tuple[tuple[str, ...], ...]:
    """One row per prefecture and reason, its enterprises listed: ten E2 exclusions are one
    line, and the page keeps to one sheet."""
    rows: list[tuple[str, ...]] = []
    for pool in commitment.pools:
        reasons: dict[str, list[str]] = {}
        for e in pool.excluded:  # a dict keeps the pool's order (sorted by id)
            reasons.setdefault(clean(reason_text(e.reason, lang)), []).append(clean(e.id))
        rows += [(clean(pool.prefecture), why, "、".join(ids)) for why, ids in reasons.items()]
    return tuple(rows)


def commitment_page(commitment: Commitment, file_name: str, lang: str) -> Page:
    """The commitment sheet: pools and fingerprints, rules in force, who is present, how
    the seed will be made, and signature lines (Q6), all before any seed exists."""
    present = commitment.present
    leader = clean(commitment.as_json().get("present", {}).get("leader", ""))
    names = {
        "witness": clean(present.witness),
        "drawer": clean(present.drawer),
        "bureau_rep": clean(present.bureau_rep),
        "leader": leader,
    }
    place = clean(present.place)
    target = clean(commitment.target)
    facts: list[tuple[Fact, ...]] = [
        (
            (text("paper.commit.group", lang), clean(commitment.group.name), False),
            (text("paper.commit.target", lang), target, False),
        ),
        (
            (text("paper.commit.at", lang), _beijing(commitment.at, lang), False),
            (text("paper.commit.place", lang), place, False),
        ),
        _list_facts(commitment.enterprises_file, commitment.enterprises_sha256, lang),
        ((text("paper.commit.plan_sha", lang), commitment.plan.sha256, True),),
    ]
    this = text("paper.commit.this", lang)
    pools = tuple(
        (
            clean(p.prefecture) + (this if clean(p.prefecture) == target else ""),
            str(p.eligible),
            str(p.total),
            str(len(p.excluded)),
            fingerprint(p.digest),
        )
        for p in commitment.pools
    )
    digests = tuple(
        ((text("sheet.pool_digest", lang) + " " + clean(p.prefecture), p.digest, True),)
        for p in commitment.pools
    )
    excluded = _excluded_rows(commitment, lang)
    rules = [
        text(
            "paper.commit.rule_line",
            lang,
            id=r.id,
            n=r.at_least,
            cats="、".join(tag_label(c) for c in r.categories),
        )
        for r in commitment.requirements_in_force
    ] or [text("paper.commit.rules_none", lang)]
    rules += [
        text("paper.commit.substituted", lang, id=r.id, missing=tag_label(a), stand_in=tag_label(b))
        for r in commitment.requirements_in_force
        for a, b in r.substituted
    ]
    rules.append(
        text(
            "paper.commit.rules_fixed",
            lang,
            fp=fingerprint(rules_digest(commitment.requirements_in_force)),
        )
    )
    record_facts: tuple[tuple[Fact, ...], ...] = (
        ((text("paper.commit.fp", lang), fingerprint(commitment.digest), True),),
        ((text("paper.commit.digest", lang), commitment.digest, True),),
        ((text("paper.commit.file", lang), clean(file_name), True),),
    )
    blocks = [
        *_sample(commitment.sample_data, lang),
        Block("p", text("paper.commit.intro", lang)),
        Block("facts", facts=tuple(facts)),
        Block("h2", text("paper.commit.pools", lang)),
        Block(
            "table",
            header=tuple(text("paper.commit.pool_cols", lang).split("|")),
            rows=pools,
            nowrap=(1, 2, 3, 4),
        ),
        Block("facts", facts=digests),
    ]
    if excluded:
        blocks += [
            Block("h2", text("paper.commit.excluded", lang)),
            Block(
                "table",
                header=tuple(text("paper.commit.excluded_cols", lang).split("|")),
                rows=excluded,
                nowrap=(0,),
                small=True,
            ),
        ]
    blocks += [
        Block("h2", text("paper.commit.rules", lang)),
        Block("list", rows=tuple((r,) for r in rules)),
        Block("h2", text("paper.commit.seed", lang)),
        Block("p", text("paper.commit.seed_text", lang)),
        Block("qr", commitment.digest, facts=record_facts),
        Block("p", text("paper.commit.statement", lang)),
        *_missing(names, place, lang),
    ]
    return Page(
        text("paper.commit.title", lang),
        clean(commitment.plan.title),
        tuple(blocks),
        tuple((text(f"sheet.{r}", lang), names[r]) for r in names),
    )


def void_page(
    record: DrawRecord, record_name: str, void: Entry, drawn: Entry | None, lang: str
) -> Page:
    """The void statement: which draw, why, the ledger lines, and signature lines."""
    model = void.line_model
    facts: list[tuple[Fact, ...]] = [
        (
            (text("sheet.group", lang), clean(record.group.name), False),
            (text("sheet.target", lang), clean(record.target), False),
        ),
        ((text("paper.void.record", lang), clean(record_name), True),),
        (
            (text("paper.void.drawn_at", lang), _beijing(record.drawn_at, lang), False),
            (text("sheet.seed", lang), record.seed.value, True),
        ),
        ((text("sheet.record_fp", lang), fingerprint(record.digest), True),),
        ((text("sheet.record_digest", lang), record.digest, True),),
        _list_facts(record.enterprises_file, record.enterprises_sha256, lang),
    ]
    if drawn is not None:
        where = text("paper.void.draw_line_text", lang, line=drawn.line)
        facts.append(((text("paper.void.draw_line", lang), where, False),))
    selected = tuple(
        (str(n), clean(s.name), clean(s.id), clean(s.county))
        for n, s in enumerate(record.selected, start=1)
    )
    void_facts: tuple[tuple[Fact, ...], ...] = (
        ((text("paper.void.why", lang), clean(void.reason), False),),
        ((text("paper.void.when", lang), _beijing(model.at, lang), False),),
        (
            (
                text("paper.void.line", lang),
                text("paper.void.line_text", lang, line=void.line, fp=fingerprint(void.sha256)),
                True,
            ),
        ),
        ((text("sheet.ledger_line", lang) + " SHA-256", void.sha256, True),),
    )
    names = record.witnesses
    blocks = [
        *_sample(record.sample_data, lang),
        Block("stamp", text("paper.void.stamp", lang)),
        Block("p", text("paper.void.intro", lang)),
        Block("h2", text("paper.void.draw", lang)),
        Block("facts", facts=tuple(facts)),
        Block("h2", text("paper.void.drawn", lang)),
        Block(
            "table",
            header=tuple(text("sheet.suggested_cols", lang).split("|")),
            rows=selected,
            nowrap=(0, 2, 3),
        ),
        Block("h2", text("paper.void.section", lang)),
        Block("facts", facts=void_facts),
        Block("p", text("paper.void.next", lang)),
        Block("p", text("paper.void.statement", lang)),
    ]
    signers = (
        (text("paper.void.signer", lang), ""),
        (text("sheet.witness", lang), clean(names.witness)),
        (text("sheet.bureau_rep", lang), clean(names.bureau_rep)),
        (text("sheet.leader", lang), ""),
    )
    return Page(
        text("paper.void.title", lang),
        text("sheet.plan", lang, title=clean(record.plan.title), year=record.plan.year),
        tuple(blocks),
        signers,
    )


def render_page_html(page: Page, lang: str) -> str:
    """One A4 page of print-ready HTML, embedded CSS, no network resource."""
    e = escaped
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}">',
        '<head><meta charset="utf-8">',
        f"<title>{e(page.title)}</title>",
        f"<style>\n{PAGE_CSS}</style></head>",
        "<body>",
        f"<h1>{e(page.title)}</h1>",
        f'<p class="plan">{e(page.subtitle)}</p>',
    ]
    for block in page.blocks:
        out.extend(_html_block(block))
    out.append(f"<h2>{e(text('sheet.signatures', lang))}</h2>")
    out.append('<div class="signs">')
    for role, typed in page.signers:
        out.append(
            f'<div class="sign"><div class="role">{e(role)}</div>'
            f'<div class="line"></div><div class="under">'
            f"<span>{e(text('sheet.typed', lang, name=typed)) if typed else ''}</span>"
            f"<span>{e(text('sheet.date', lang))}</span></div></div>"
        )
    out.append("</div>")
    out.append("</body></html>\n")
    return "\n".join(out)


def _html_block(block: Block) -> list[str]:
    e = escaped
    if block.kind == "banner":
        return [f'<p class="sample">{e(block.words)}</p>']
    if block.kind == "stamp":
        return [f'<p class="stampbox">{e(block.words)}</p>']
    if block.kind == "h2":
        return [f"<h2>{e(block.words)}</h2>"]
    if block.kind in ("p", "warn"):
        return [f'<p class="{"intro" if block.kind == "p" else "warn"}">{e(block.words)}</p>']
    if block.kind == "facts":
        return html_facts([list(row) for row in block.facts], 2)
    if block.kind == "list":
        return ['<ul class="rules">', *(f"<li>{e(r[0])}</li>" for r in block.rows), "</ul>"]
    if block.kind == "qr":
        return [
            '<div class="record">',
            *html_facts([list(row) for row in block.facts], 1),
            f'<div class="qrbox">{qr_svg(block.words)}</div></div>',
        ]
    return _html_table(block)


def _html_table(block: Block) -> list[str]:
    e = escaped

    def cls(i: int) -> str:
        return ' class="nb"' if i in block.nowrap else ""

    out = [
        '<table class="small">' if block.small else "<table>",
        "<tr>" + "".join(f"<th{cls(i)}>{e(h)}</th>" for i, h in enumerate(block.header)) + "</tr>",
    ]
    for row in block.rows:
        out.append(
            "<tr>" + "".join(f"<td{cls(i)}>{e(c)}</td>" for i, c in enumerate(row)) + "</tr>"
        )
    out.append("</table>")
    return out


def render_page_markdown(page: Page, lang: str) -> str:
    """The same page as Markdown (no QR code)."""
    out = [f"# {md(page.title)}", "", md(page.subtitle), ""]
    for block in page.blocks:
        out.extend(_md_block(block, lang))
        out.append("")
    out += [f"## {md(text('sheet.signatures', lang))}", ""]
    for role, typed in page.signers:
        out.append(
            f"**{md(role)}**" + (md(text("sheet.typed_md", lang, name=typed)) if typed else "")
        )
        line = (
            text("sheet.sign", lang) + "_" * 24 + text("sheet.sep", lang) + text("sheet.date", lang)
        )
        out += ["", md(line), ""]
    return "\n".join(out)


def _md_block(block: Block, lang: str) -> list[str]:
    if block.kind in ("banner", "stamp"):
        return [f"## **{md(block.words)}**"]
    if block.kind == "h2":
        return [f"## {md(block.words)}"]
    if block.kind == "p":
        return [md(block.words)]
    if block.kind == "warn":
        return [f"**{md(block.words)}**"]
    if block.kind in ("facts", "qr"):
        rows = [[label, value] for row in block.facts for label, value, _ in row]
        return md_table(text("sheet.fact_cols", lang).split("|"), rows)
    if block.kind == "list":
        return [f"- {md(r[0])}" for r in block.rows]
    return md_table(list(block.header), [list(r) for r in block.rows])


def render_page(page: Page, fmt: str, lang: str) -> str:
    return render_page_html(page, lang) if fmt == "html" else render_page_markdown(page, lang)
