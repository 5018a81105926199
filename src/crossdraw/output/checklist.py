"""The inspection checklist of each drawn enterprise: the plan's items C1-C19 that apply to it.

Item texts are the plan's own (三、执法重点, RULES.md C1-C19). Which items apply
follows the enterprise's categories: C1 and C7 for metal smelters' construction
projects, C2 for hazardous chemicals, C10 for major hazard sources, the general
items for everyone, and two special items (not among the plan's nineteen) for
dust-explosion and ammonia-refrigeration enterprises, the plan's Q4 categories.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from crossdraw.domain.canonical import fingerprint
from crossdraw.domain.hidden import visible
from crossdraw.domain.vocab import tag_label
from crossdraw.output.messages import Lang, text
from crossdraw.output.spreadsheet import SheetSpec
from crossdraw.records.models import DrawRecord

METAL_SMELTING = "metal_smelting"


@dataclass(frozen=True)
class Item:
    """An inspection item; its words are the catalog's checklist.item.<id>."""

    id: str
    tag: str | None = None  # applies only to enterprises with this category; None: to all

    def text(self, lang: Lang) -> str:
        return text(f"checklist.item.{self.id}", lang)


ITEMS: tuple[Item, ...] = (
    Item("C1", METAL_SMELTING),
    Item("C2", "hazardous_chemicals"),
    Item("C3"),
    Item("C4"),
    Item("C5"),
    Item("C6"),
    Item("C7", METAL_SMELTING),
    Item("C8"),
    Item("C9"),
    Item("C10", "major_hazard_source"),
    Item("C11"),
    Item("C12"),
    Item("C13"),
    Item("C14"),
    Item("C15"),
    Item("C16"),
    Item("C17"),
    Item("C18"),
    Item("C19"),
    # Special items: not among the plan's nineteen; the plan's Q4 categories call for them.
    Item("粉尘涉爆专项", "dust_explosion"),
    Item("涉氨制冷专项", "ammonia_refrigeration"),
)


def items_for(tags: Sequence[str]) -> tuple[Item, ...]:
    """The items that apply to an enterprise with these categories, in the plan's order."""
    return tuple(item for item in ITEMS if item.tag is None or item.tag in tags)


@dataclass(frozen=True)
class EnterpriseSheet:
    """One drawn enterprise's checklist."""

    group: str
    target: str
    id: str
    name: str
    county: str
    tags: tuple[str, ...]
    record_digest: str
    items: tuple[Item, ...]
    list_name: str = ""  # the enterprise list's file name, when the record has it
    list_sha256: str = ""
    sample: bool = False  # drawn from the bundled fictional list: the page says so in red

    @property
    def smelter(self) -> bool:
        """T1: a metal smelter is inspected for at least one day."""
        return METAL_SMELTING in self.tags


def sheets_for(records: Sequence[DrawRecord]) -> list[EnterpriseSheet]:
    """A checklist per drawn enterprise, in filing order: group, target order, id."""

    def order(rec: DrawRecord) -> tuple[int, int]:
        targets = rec.group.targets
        return rec.group.id, targets.index(rec.target) if rec.target in targets else 0

    return [
        EnterpriseSheet(
            group=rec.group.name,
            target=rec.target,
            id=s.id,
            name=s.name,
            county=s.county,
            tags=s.tags,
            record_digest=rec.digest,
            items=items_for(s.tags),
            list_name=rec.enterprises_file or "",
            list_sha256=rec.enterprises_sha256,
            sample=rec.sample_data is True,
        )
        for rec in sorted(records, key=order)
        for s in rec.selected
    ]


def _categories(sheet: EnterpriseSheet, lang: Lang) -> str:
    if not sheet.tags:
        return text("checklist.none", lang)
    return ("、" if lang == "zh" else ", ").join(
        tag_label(t) if lang == "zh" else t for t in sheet.tags
    )


def _list(sheet: EnterpriseSheet, lang: Lang) -> str:
    name = sheet.list_name or text("paper.list_unnamed", lang)
    return text("paper.list_short", lang, name=name, fp=fingerprint(sheet.list_sha256))


def _facts(sheet: EnterpriseSheet, lang: Lang) -> list[tuple[str, str]]:
    return [
        (text("checklist.group", lang), sheet.group),
        (text("checklist.target", lang), sheet.target),
        (text("checklist.id", lang), sheet.id),
        (text("checklist.county", lang), sheet.county),
        (text("checklist.categories", lang), _categories(sheet, lang)),
        # the name is the page's title; the list takes its place, so the page is no longer
        (text("paper.list", lang), _list(sheet, lang)),
        (text("checklist.record", lang), sheet.record_digest),
    ]


def _evidence_kinds(lang: Lang) -> list[str]:
    return text("checklist.evidence_kinds", lang).split("|")


def evidence_boxes(lang: Lang) -> str:
    return "  ".join(f"□ {e}" for e in _evidence_kinds(lang))


# Printed on A4 (Chromium, Edge, WPS): the header row repeats on every page, no item is split
# across pages, and the finding column takes what the number and the item leave.
_CSS = """
@page { size: A4; margin: 9mm 12mm; }
body { font-family: "Microsoft YaHei", "SimSun", "Noto Sans CJK SC", sans-serif;
  font-size: 10pt; margin: 2em; }
section { break-after: page; page-break-after: always; }
section:last-child { break-after: auto; page-break-after: auto; }
h1 { font-size: 13pt; margin: 0 0 1.5mm; }
p { margin: 1mm 0; }
table { border-collapse: collapse; width: 99.5%; }  /* the outer border stays on the page */
th, td { border: 0.3mm solid #333; padding: 0.8mm 1.5mm; vertical-align: top; text-align: left; }
table.facts { font-size: 8.5pt; }
table.facts th, table.facts td { padding: 0.6mm 1.5mm; }
table.facts th { width: 7em; background: #eee; white-space: nowrap; }
td.digest { font-family: monospace; font-size: 8pt; word-break: break-all; }
table.items { table-layout: fixed; font-size: 8pt; margin-top: 1mm; }
table.items col.no { width: 3.2em; }
table.items col.item { width: 44%; }
table.items.en col.item { width: 36%; }  /* English items are shorter, its boxes longer */
table.items thead { display: table-header-group; }
table.items th { background: #eee; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.finding { padding-top: 3mm; font-size: 7pt; color: #333; }
span.box { white-space: nowrap; margin-right: 0.3em; }
span.handoff { white-space: nowrap; }
span.gap { display: inline-block; width: 0.8em; }
p.sample { background: #c00; color: #fff; font-size: 13pt; font-weight: bold;
  text-align: center; padding: 1.5mm; margin: 0 0 1.5mm; }
p.t1 { border: 2px solid #b00; color: #b00; font-weight: bold; padding: 1mm 2mm; }
p.note, p.law { font-size: 8.5pt; }
p.sign { margin-top: 1.5mm; }
@media print { body { margin: 0; } }
"""


def _fact_rows(facts: list[tuple[str, str]], esc: Callable[[str], str]) -> list[str]:
    """Two facts a row; the record digest, last, has a row of its own."""
    *pairs, (digest_key, digest) = facts
    rows = []
    for i in range(0, len(pairs), 2):
        cells = "".join(f"<th>{esc(k)}</th><td>{esc(v)}</td>" for k, v in pairs[i : i + 2])
        rows.append(f"<tr>{cells}</tr>")
    rows.append(
        f'<tr><th>{esc(digest_key)}</th><td class="digest" colspan="3">{esc(digest)}</td></tr>'
    )
    return rows


def render_html(sheets: Sequence[EnterpriseSheet], lang: Lang = "zh") -> str:
    """A self-contained HTML page (no scripts, fonts or links), every text escaped.

    One A4 page an enterprise: its facts, then the items, each with room for the finding
    above the boxes for the evidence fixed and the hand-off.
    """

    def esc(value: str) -> str:
        return html.escape(visible(value), quote=True)

    boxes = "".join(f'<span class="box">□{esc(e)}</span>' for e in _evidence_kinds(lang))
    marks = (
        f'<span class="box">{esc(text("checklist.evidence_mark", lang))}{":" if lang == "en" else "："}'
        f'</span>{boxes}<span class="gap"></span><span class="handoff">'
        f"{esc(text('checklist.handoff_boxes', lang))}</span>"
    )
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}">',
        '<head><meta charset="utf-8">',
        f"<title>{esc(text('checklist.title', lang))}</title>",
        f"<style>{_CSS}</style></head><body>",
    ]
    for sheet in sheets:
        parts.append("<section>")
        if sheet.sample:
            parts.append(f'<p class="sample">{esc(text("paper.sample_banner", lang))}</p>')
        parts.append(f"<h1>{esc(text('checklist.title', lang))}：{esc(sheet.name)}</h1>")
        parts.append('<table class="facts">')
        parts += _fact_rows(_facts(sheet, lang), esc)
        parts.append("</table>")
        if sheet.smelter:
            parts.append(f'<p class="t1">{esc(text("checklist.t1", lang))}</p>')
        parts.append(f'<p class="law">{esc(text("checklist.law", lang))}</p>')
        parts.append(f'<table class="items {lang}">')
        parts.append('<colgroup><col class="no"><col class="item"><col class="finding"></colgroup>')
        parts.append(
            "<thead><tr>"
            + "".join(
                f"<th>{esc(text(f'checklist.{k}', lang))}</th>"
                for k in ("no", "item", "finding_head")
            )
            + "</tr></thead><tbody>"
        )
        for item in sheet.items:
            parts.append(
                f'<tr><td class="no">{esc(item.id)}</td><td>{esc(item.text(lang))}</td>'
                f'<td class="finding">{marks}</td></tr>'
            )
        parts.append("</tbody></table>")
        parts.append(f'<p class="note">{esc(text("checklist.handoff_note", lang))}</p>')
        parts.append(f'<p class="sign">{esc(text("checklist.sign", lang))}</p>')
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def checklist_sheets(sheets: Sequence[EnterpriseSheet], lang: Lang = "zh") -> list[SheetSpec]:
    """One worksheet per enterprise: its facts above a table with room to fill in."""
    specs = []
    for number, sheet in enumerate(sheets, start=1):
        preamble = [f"{text('checklist.title', lang)}：{sheet.name}"]
        if sheet.sample:
            preamble.insert(0, text("paper.sample_banner", lang))
        preamble += [f"{k}：{v}" for k, v in _facts(sheet, lang)]
        if sheet.smelter:
            preamble.append(text("checklist.t1", lang))
        preamble.append(text("checklist.law", lang))
        specs.append(
            SheetSpec(
                title=f"{number} {sheet.name}",
                header=tuple(
                    text(f"checklist.{k}", lang)
                    for k in ("no", "item", "finding", "evidence", "handoff")
                ),
                rows=[
                    [
                        item.id,
                        item.text(lang),
                        "",
                        evidence_boxes(lang),
                        text("checklist.handoff_text", lang),
                    ]
                    for item in sheet.items
                ],
                preamble=tuple(preamble),
                wrap=True,
            )
        )
    return specs
