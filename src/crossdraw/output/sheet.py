"""The printable sign-off sheet (签字确认单) of one draw record: record in, HTML or Markdown out."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from crossdraw.domain.canonical import fingerprint
from crossdraw.domain.errors import InputError
from crossdraw.domain.fraction import odds_text, parse_fraction
from crossdraw.domain.hidden import visible
from crossdraw.domain.text import one_line
from crossdraw.domain.vocab import tag_label
from crossdraw.output.messages import say, text
from crossdraw.output.openlines import seed_shown
from crossdraw.output.when import beijing, beijing_words
from crossdraw.records.models import DrawRecord
from crossdraw.records.record import KNOWN_SCHEMAS

ROLES = ("witness", "drawer", "bureau_rep", "leader")


@dataclass(frozen=True)
class Row:
    """One enterprise on the sheet: drawn (with its chance) or suggested (Q7, no chance)."""

    id: str
    name: str
    county: str
    tags: tuple[str, ...] = ()
    odds: str = ""


@dataclass(frozen=True)
class Sheet:
    """Everything the sheet shows, read from a record and normalised (NFC, one line each)."""

    plan_title: str
    plan_year: str
    group: str
    lead: str
    target: str
    drawn_at: dt.datetime | None
    place: str
    eligible: int
    listed: int | None
    pool_digest: str
    seed: str
    seed_base: str | None
    seed_parts: tuple[str, ...]
    group_valid: str
    this_draw: str
    drawn: tuple[Row, ...]
    suggested: tuple[Row, ...]
    waivers: tuple[tuple[str, str], ...]
    digest: str
    version: str
    algorithm: str
    names: Mapping[str, str]  # role -> name typed at the draw
    list_name: str = ""  # the enterprise list's file name, when the record has it
    list_sha256: str = ""
    sample: bool = False  # drawn from the bundled fictional list
    seed_parties: tuple[str, ...] = ()  # who gave each seed part (the ceremony asks)
    seed_beacons: tuple[int, ...] = ()  # the seed parts (from 1) that are beacons


def leader_of(record: Mapping[str, Any]) -> str:
    """The 组长's name when the record has one (`present.leader` or `witnesses.leader`)."""
    for part in ("present", "witnesses"):
        people = record.get(part)
        if isinstance(people, Mapping) and people.get("leader"):
            return clean(people["leader"])
    return ""


def clean(value: object) -> str:
    """NFC text on one line: a name with a line break cannot break a table or a signature."""
    return one_line(str(value))


def _seed_parts(parts: object) -> tuple[str, ...]:
    if parts is None:
        return ()
    if not isinstance(parts, list):
        raise TypeError(f"seed.parts is {type(parts).__name__}, not a list")
    return tuple(str(p) for p in parts)


def read_sheet(given: DrawRecord | Mapping[str, Any]) -> Sheet:
    """The sheet's content; InputError when the record lacks a field the sheet needs.

    A typed record is printed as stored; a mapping may also carry Q7 `suggested` rows."""
    record = given.as_json() if isinstance(given, DrawRecord) else given
    if record.get("schema") not in KNOWN_SCHEMAS:
        raise InputError.one(
            "schema", say("sheet.unknown_schema", schema=repr(record.get("schema")))
        )
    try:
        return _read(record)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, StopIteration) as exc:
        detail = f"{type(exc).__name__}: {exc}"
        raise InputError.one("record", say("sheet.malformed", detail=detail)) from None


def _read(record: Mapping[str, Any]) -> Sheet:
    target = clean(record["target"])
    pool = next(p for p in record["pools"] if clean(p["prefecture"]) == target)
    listing = pool.get("listing")
    listed = len(listing["enterprises"]) if isinstance(listing, Mapping) else None
    seed = record["seed"]
    witnesses = record.get("witnesses") or {}
    return Sheet(
        plan_title=clean(record["plan"]["title"]),
        plan_year=clean(record["plan"]["year"]),
        group=clean(record["group"]["name"]),
        lead=clean(record["group"]["members"][0]),
        target=target,
        drawn_at=beijing(str(record.get("drawn_at", ""))),
        place=clean(record.get("place", "")),
        eligible=int(pool["eligible"]),
        listed=listed,
        pool_digest=clean(pool["digest"]),
        # the seed exactly as entered: never normalised, the draw hashed these very characters
        seed=str(seed["value"]),
        seed_base=None if seed.get("derived_from") is None else str(seed["derived_from"]),
        seed_parts=_seed_parts(seed.get("parts")),
        group_valid=clean(record["counts"]["group_valid_selections"]),
        this_draw=clean(record["counts"]["this_draw"]),
        drawn=tuple(
            Row(
                clean(s["id"]),
                clean(s["name"]),
                clean(s["county"]),
                tuple(clean(t) for t in s["tags"]),
                odds_text(parse_fraction(str(s["probability"]))),
            )
            for s in record["selected"]
        ),
        suggested=tuple(
            Row(clean(s["id"]), clean(s.get("name", "")), clean(s.get("county", "")))
            for s in record.get("suggested") or ()
        ),
        waivers=tuple((clean(w["rule"]), clean(w["reason"])) for w in record["waivers"]),
        digest=clean(record["digest"]),
        version=clean(record["tool"]["version"]),
        algorithm=clean(record["algorithm"]),
        names={
            **{role: clean(witnesses.get(role, "")) for role in ROLES},
            "leader": leader_of(record),
        },
        list_name=clean(record.get("enterprises_file", "")),
        list_sha256=clean(record.get("enterprises_sha256", "")),
        sample=record.get("sample_data") is True,
        seed_parties=tuple(clean(p) for p in seed.get("parties") or ()),
        seed_beacons=tuple(int(b["part"]) for b in seed.get("beacons") or ()),
    )


def _tags(tags: tuple[str, ...]) -> str:
    return "、".join(tag_label(t) for t in tags) or "—"


Q6_NAMES = ("witness", "drawer", "bureau_rep")


def missing_q6(sheet: Sheet, lang: str) -> str:
    """The warning to print when a Q6 name or the place was not recorded; "" when all were."""
    roles = [text(f"sheet.{role}", lang) for role in Q6_NAMES if not sheet.names.get(role)]
    if not sheet.place:
        roles.append(text("paper.place", lang))
    if not roles:
        return ""
    return text("paper.q6_missing", lang, roles=text("paper.q6_sep", lang).join(roles))


def _pool(sheet: Sheet, lang: str) -> str:
    if sheet.listed is None:
        return text("sheet.pool_text_short", lang, eligible=sheet.eligible)
    return text(
        "sheet.pool_text",
        lang,
        eligible=sheet.eligible,
        total=sheet.listed,
        excluded=sheet.listed - sheet.eligible,
    )


Fact = tuple[str, str, bool]  # label, value, monospace


def _facts(sheet: Sheet, lang: str) -> list[list[Fact]]:
    """The fact table: rows of one or two (label, value, monospace) cells, in order."""
    group = text("sheet.group_text", lang, name=sheet.group, lead=sheet.lead)
    rows: list[list[Fact]] = [
        [
            (text("sheet.group", lang), group, False),
            (text("sheet.target", lang), sheet.target, False),
        ],
        [
            (text("sheet.when", lang), beijing_words(sheet.drawn_at, lang), False),
            (text("sheet.place", lang), sheet.place, False),
        ],
        [
            (text("paper.list", lang), sheet.list_name or text("paper.list_unnamed", lang), False),
            (text("paper.list_fp", lang), fingerprint(sheet.list_sha256), True),
        ],
        [
            (text("sheet.pool", lang), _pool(sheet, lang), False),
            (text("sheet.pool_fp", lang), fingerprint(sheet.pool_digest), True),
        ],
        [(text("sheet.pool_digest", lang), sheet.pool_digest, True)],
        [(text("sheet.seed", lang), seed_shown(sheet.seed, lang), True)],
    ]
    if sheet.seed_base is not None:
        derived = text("sheet.seed_base", lang, base=sheet.seed_base)
        rows.append([(text("sheet.seed_from", lang), derived, True)])
    if sheet.seed_parts:
        parts = "  ".join(
            f"{i}. {seed_shown(p, lang)}{_party(sheet, i, lang)}"
            for i, p in enumerate(sheet.seed_parts, start=1)
        )
        rows.append([(text("sheet.seed_parts", lang), parts, True)])
    counts = text("sheet.counts_text", lang, group=sheet.group_valid, draw=sheet.this_draw)
    rows.append([(text("sheet.counts", lang), counts, False)])
    return rows


LedgerLine = tuple[int, str]  # the draw's line in ledger.jsonl: (number, SHA-256 of the line)
VoidStamp = tuple[int, str]  # the void line of a withdrawn draw: (number, reason)


def _record_rows(sheet: Sheet, lang: str, ledger: LedgerLine | None) -> list[list[Fact]]:
    versions = text("sheet.versions", lang, version=sheet.version, algorithm=sheet.algorithm)
    rows: list[list[Fact]] = [
        [(text("sheet.record_fp", lang), fingerprint(sheet.digest), True)],
        [(text("sheet.record_digest", lang), sheet.digest, True)],
    ]
    if ledger is not None:
        line, sha256 = ledger
        where = text("sheet.ledger_text", lang, line=line, fp=fingerprint(sha256))
        rows.append([(text("sheet.ledger_line", lang), where, True)])
    rows.append([(text("sheet.tool", lang), versions, False)])
    return rows


def qr_svg(text: str) -> str:
    """An inline SVG QR code of `text` (no XML declaration, no external reference)."""
    import segno  # only the HTML sheet needs it; keeps the core importable without it

    return segno.make(text, error="m").svg_inline(omitsize=True, svgclass="qr", lineclass=None)


CSS = """\
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
html { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimSun",
  sans-serif; font-size: 9.5pt; color: #000; background: #fff;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; line-height: 1.35; }
@media screen { html { background: #ccc; }
  body { width: 210mm; min-height: 297mm; margin: 0 auto; padding: 15mm; background: #fff; } }
h1 { font-size: 16pt; text-align: center; margin: 0; }
h1:lang(zh) { letter-spacing: 0.08em; }
.plan { text-align: center; font-size: 10.5pt; margin: 0.5mm 0 2.5mm; }
h2 { font-size: 10.5pt; margin: 3mm 0 1.2mm; padding-left: 2mm; border-left: 1mm solid #000;
  break-after: avoid; }
.sample { background: #c00; color: #fff; font-size: 15pt; font-weight: bold;
  text-align: center; padding: 2mm; margin: 0 0 2.5mm; letter-spacing: 0.1em; }
.q6 { color: #c00; font-weight: bold; margin-left: 3mm; }
.drawn td.nb, .drawn th.nb { white-space: nowrap; width: 1%; }
.drawn td.id { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", monospace;
  font-size: 8.5pt; }
.drawn .tag { white-space: nowrap; }
.oddsnote { font-size: 7.5pt; margin: 0.8mm 0 0; }
.void { border: 1.2mm solid #b00; color: #b00; padding: 2mm 4mm; margin: 0 0 3mm; }
.void .stamp { font-size: 30pt; font-weight: bold; letter-spacing: 4mm; display: block; }
.void .why { font-size: 12pt; font-weight: bold; }
.waiver { border: 0.6mm solid #000; padding: 1.5mm 3mm; margin: 0 0 2.5mm; font-weight: bold; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 0.25mm solid #000; padding: 0.8mm 1.6mm; text-align: left; vertical-align: top; }
th { background: #eee; font-weight: normal; }
.facts th { width: 1%; white-space: nowrap; }
.mono { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", monospace;
  white-space: pre-wrap; overflow-wrap: anywhere; }
.note { font-weight: bold; }
.record { display: flex; gap: 5mm; align-items: center; }
.record table { flex: 1; }
.qrbox { flex: none; text-align: center; font-size: 7.5pt; }
svg.qr { display: block; width: 26mm; height: 26mm; margin: 0 auto; }
.statement { margin: 2mm 0 0; }
.signs { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm 10mm; break-inside: avoid; }
.sign .role { font-weight: bold; }
.sign .line { border-bottom: 0.3mm solid #000; height: 10mm; }
.sign .under .missing { color: #c00; font-weight: bold; }
.sign .under { display: flex; justify-content: space-between; gap: 3mm; font-size: 8.5pt; }
.sign .under span:last-child { white-space: nowrap; }
"""


def _party(sheet: Sheet, i: int, lang: str) -> str:
    """Who gave seed part i, and whether it is a beacon, when the record says."""
    who = sheet.seed_parties[i - 1] if i <= len(sheet.seed_parties) else ""
    if i in sheet.seed_beacons:
        who = f"{who}，{text('sheet.beacon', lang)}" if who else text("sheet.beacon", lang)
    return text("sheet.party", lang, who=who) if who else ""


def render_html(
    record: DrawRecord | Mapping[str, Any],
    lang: str = "zh",
    ledger: LedgerLine | None = None,
    void: VoidStamp | None = None,
) -> str:
    """One A4 page of print-ready HTML with embedded CSS and no network resource.

    With `ledger`, the draw's ledger line and its hash (the head right after the draw,
    which `crossdraw verify --head` checks later) are printed with the record digest.
    With `void` (the void line's number and reason), the page is stamped 已作废 at the top."""
    sheet = read_sheet(record)
    e = escaped
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}">',
        '<head><meta charset="utf-8">',
        f"<title>{e(text('sheet.title', lang))} {e(sheet.target)}</title>",
        f"<style>\n{CSS}</style></head>",
        "<body>",
        f"<h1>{e(text('sheet.title', lang))}</h1>",
        f'<p class="plan">{e(text("sheet.plan", lang, title=sheet.plan_title, year=sheet.plan_year))}</p>',
    ]
    if sheet.sample:
        out.append(f'<p class="sample">{e(text("paper.sample_banner", lang))}</p>')
    if void is not None:
        why = text("sheet.void_why", lang, line=void[0], reason=void[1])
        out.append(
            f'<p class="void"><span class="stamp">{e(text("sheet.void", lang))}</span>'
            f'<span class="why">{e(why)}</span></p>'
        )
    for rule, reason in sheet.waivers:
        out.append(
            f'<p class="waiver"><strong>{e(text("sheet.waiver", lang, rule=rule, reason=reason))}</strong></p>'
        )
    out.extend(html_facts(_facts(sheet, lang), 2))
    out.append(f"<h2>{e(text('sheet.drawn', lang))}</h2>")
    out.extend(_drawn_table(text("sheet.cols", lang), sheet))
    out.append(f'<p class="oddsnote">{e(text("paper.odds_note", lang))}</p>')
    if sheet.suggested:
        out.append(f'<h2 class="note">{e(text("sheet.suggested", lang))}</h2>')
        out.extend(_html_table(text("sheet.suggested_cols", lang), _suggested_cells(sheet)))
    out.append(f"<h2>{e(text('sheet.record', lang))}</h2>")
    out.append('<div class="record">')
    out.extend(html_facts(_record_rows(sheet, lang, ledger), 1))
    out.append(f'<div class="qrbox">{qr_svg(sheet.digest)}{e(text("sheet.qr", lang))}</div></div>')
    out.append(f'<p class="statement">{e(text("sheet.statement", lang))}</p>')
    warning = missing_q6(sheet, lang)  # said beside the heading, and under each empty name
    shown = f'<span class="q6">{e(warning)}</span>' if warning else ""
    out.append(f"<h2>{e(text('sheet.signatures', lang))}{shown}</h2>")
    out.append('<div class="signs">')
    for role in ROLES:
        typed = sheet.names.get(role, "")
        if typed:
            name = e(text("sheet.typed", lang, name=typed))
        elif role in Q6_NAMES:
            name = f'<span class="missing">{e(text("paper.q6_unrecorded", lang))}</span>'
        else:
            name = ""
        out.append(
            f'<div class="sign"><div class="role">{e(text(f"sheet.{role}", lang))}</div>'
            f'<div class="line"></div><div class="under">'
            f"<span>{name}</span>"
            f"<span>{e(text('sheet.date', lang))}</span></div></div>"
        )
    out.append("</div>")
    out.append("</body></html>\n")
    return "\n".join(out)


def html_facts(rows: list[list[Fact]], columns: int) -> list[str]:
    e = escaped
    out = ['<table class="facts">']
    for row in rows:
        cells = []
        for label, value, mono in row:
            cls = ' class="mono"' if mono else ""
            span = f' colspan="{columns * 2 - 1}"' if len(row) == 1 and columns > 1 else ""
            cells.append(f"<th>{e(label)}</th><td{cls}{span}>{e(value)}</td>")
        out.append(f"<tr>{''.join(cells)}</tr>")
    out.append("</table>")
    return out


def _drawn_cells(sheet: Sheet) -> list[list[str]]:
    return [
        [str(n), r.name, r.id, r.county, _tags(r.tags), r.odds]
        for n, r in enumerate(sheet.drawn, start=1)
    ]


def _drawn_table(header: str, sheet: Sheet) -> list[str]:
    """The drawn enterprises: the name takes the spare width; the USCC, county, categories
    and odds are never broken (a category word or county name split in two reads wrong)."""
    e = escaped
    heads = header.split("|")
    nb = ' class="nb"'
    out = [
        '<table class="drawn">',
        "<tr>"
        + "".join(f"<th{'' if i == 1 else nb}>{e(h)}</th>" for i, h in enumerate(heads))
        + "</tr>",
    ]
    for n, r in enumerate(sheet.drawn, start=1):
        tags = "、".join(f'<span class="tag">{e(tag_label(t))}</span>' for t in r.tags) or "—"
        out.append(
            f'<tr><td class="nb">{n}</td><td>{e(r.name)}</td><td class="nb id">{e(r.id)}</td>'
            f'<td class="nb">{e(r.county)}</td><td>{tags}</td><td class="nb">{e(r.odds)}</td></tr>'
        )
    out.append("</table>")
    return out


def _suggested_cells(sheet: Sheet) -> list[list[str]]:
    return [[str(n), r.name, r.id, r.county] for n, r in enumerate(sheet.suggested, start=1)]


def _html_table(header: str, rows: list[list[str]]) -> list[str]:
    e = escaped
    out = ["<table>", "<tr>" + "".join(f"<th>{e(h)}</th>" for h in header.split("|")) + "</tr>"]
    for row in rows:
        out.append("<tr>" + "".join(f"<td>{e(cell)}</td>" for cell in row) + "</tr>")
    out.append("</table>")
    return out


def escaped(text: str) -> str:
    """HTML text with hidden characters shown (a bidi override never reverses a name)."""
    return html.escape(visible(text))


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]|#~"})


def md(text: str) -> str:
    """Markdown-safe text: HTML escaped (a name is never markup) and Markdown punctuation quoted."""
    escaped = html.escape(visible(text), quote=False).translate(_MD_SPECIAL)
    return "<br>".join(escaped.splitlines()) if escaped else escaped


def render_markdown(
    record: DrawRecord | Mapping[str, Any],
    lang: str = "zh",
    ledger: LedgerLine | None = None,
    void: VoidStamp | None = None,
) -> str:
    """The same content as Markdown (no QR code: the HTML sheet carries it)."""
    sheet = read_sheet(record)
    out = [
        f"# {md(text('sheet.title', lang))}",
        "",
        f"{md(text('sheet.plan', lang, title=sheet.plan_title, year=sheet.plan_year))}",
        "",
    ]
    if sheet.sample:
        out += [f"## **{md(text('paper.sample_banner', lang))}**", ""]
    if void is not None:
        why = text("sheet.void_why", lang, line=void[0], reason=void[1])
        out += [f"## **{md(text('sheet.void', lang))}**", "", f"**{md(why)}**", ""]
    for rule, reason in sheet.waivers:
        out += [f"**{md(text('sheet.waiver', lang, rule=rule, reason=reason))}**", ""]
    facts = [[label, value] for row in _facts(sheet, lang) for label, value, _ in row]
    out += md_table(text("sheet.fact_cols", lang).split("|"), facts)
    out += ["", f"## {md(text('sheet.drawn', lang))}", ""]
    out += md_table(text("sheet.cols", lang).split("|"), _drawn_cells(sheet))
    out += ["", md(text("paper.odds_note", lang))]
    if sheet.suggested:
        out += ["", f"## {md(text('sheet.suggested', lang))}", ""]
        out += md_table(text("sheet.suggested_cols", lang).split("|"), _suggested_cells(sheet))
    out += ["", f"## {md(text('sheet.record', lang))}", ""]
    record_rows = [
        [label, value] for row in _record_rows(sheet, lang, ledger) for label, value, _ in row
    ]
    out += md_table(text("sheet.fact_cols", lang).split("|"), record_rows)
    out += ["", md(text("sheet.statement", lang)), ""]
    warning = missing_q6(sheet, lang)
    if warning:
        out += [f"**{md(warning)}**", ""]
    out += [f"## {md(text('sheet.signatures', lang))}", ""]
    for role in ROLES:
        typed = sheet.names.get(role, "")
        out.append(
            f"**{md(text(f'sheet.{role}', lang))}**"
            + (md(text("sheet.typed_md", lang, name=typed)) if typed else "")
        )
        line = md(
            text("sheet.sign", lang) + "_" * 24 + text("sheet.sep", lang) + text("sheet.date", lang)
        )
        out += ["", line, ""]
    return "\n".join(out)


def md_table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(md(h) for h in header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(md(cell) for cell in row) + " |" for row in rows]
    return out
