"""The inspection checklist of each drawn enterprise: the plan's items C1-C19 that apply to it.

Item texts are the plan's own (三、执法重点, RULES.md C1-C19). Which items apply
follows the enterprise's categories: C1 and C7 for metal smelters' construction
projects, C2 for hazardous chemicals, C10 for major hazard sources, the general
items for everyone, and two special items (not among the plan's nineteen) for
dust-explosion and ammonia-refrigeration enterprises, the plan's Q4 categories.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from crossdraw.domain.hidden import visible
from crossdraw.domain.vocab import tag_label
from crossdraw.output.spreadsheet import SheetSpec

Lang = Literal["zh", "en"]
METAL_SMELTING = "metal_smelting"


@dataclass(frozen=True)
class Item:
    id: str
    zh: str
    en: str
    tag: str | None = None  # applies only to enterprises with this category; None: to all

    def text(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en


ITEMS: tuple[Item, ...] = (
    Item(
        "C1",
        "金属冶炼建设项目依法履行安全设施“三同时”、申办安全设施设计审查情况",
        "Metal-smelting construction projects: safety facilities 'three simultaneities' and "
        "safety-facility design review",
        METAL_SMELTING,
    ),
    Item(
        "C2",
        "生产、储存危险化学品的工贸企业依法每三年进行一次安全评价的情况",
        "Works producing or storing hazardous chemicals: a safety assessment every three years",
        "hazardous_chemicals",
    ),
    Item(
        "C3",
        "建立和落实安全生产责任制、安全生产规章制度和操作规程、作业规程的情况",
        "Safety responsibility system, safety rules and operating procedures",
    ),
    Item(
        "C4",
        "按照国家规定提取和使用安全生产费用，以及其他安全生产投入的情况",
        "Safety spending drawn and used as required; other safety investment",
    ),
    Item(
        "C5",
        "依法设置安全生产管理机构和配备安全生产管理人员的情况",
        "Safety management body and safety managers in place",
    ),
    Item(
        "C6",
        "从业人员受到安全生产教育、培训，取得有关安全培训合格证书的情况",
        "Workers' safety education and training, and their certificates",
    ),
    Item(
        "C7",
        "工贸企业新建、改建、扩建建设项目的安全设施与主体工程同时设计、同时施工、同时投入生产和"
        "使用，以及进行安全设施设计、实施竣工验收和资料备查的情况",
        "New, rebuilt or extended projects: safety facilities designed, built and put into use "
        "with the main works; design, acceptance and records",
        METAL_SMELTING,
    ),
    Item(
        "C8",
        "在有较大危险因素的生产经营场所和有关设施、设备上，设置安全警示标志的情况",
        "Safety warning signs at places and equipment of major danger",
    ),
    Item(
        "C9",
        "对安全设备设施的维护、保养、定期检测的情况",
        "Maintenance, servicing and periodic testing of safety equipment",
    ),
    Item(
        "C10",
        "重大危险源登记建档、定期检测、评估、监控和制定应急预案的情况",
        "Major hazard sources: registration, testing, assessment, monitoring and emergency plans",
        "major_hazard_source",
    ),
    Item(
        "C11",
        "教育和督促从业人员严格执行本单位的安全生产规章制度和安全操作规程，并向从业人员如实告知"
        "作业场所和工作岗位存在的危险因素、防范措施以及事故应急措施的情况",
        "Workers educated to follow the rules, and told truthfully of the hazards, precautions "
        "and emergency measures of their post",
    ),
    Item(
        "C12",
        "为从业人员提供符合国家标准或者行业标准的劳动防护用品，并监督、教育从业人员按照使用规则"
        "正确佩戴和使用的情况",
        "Protective equipment meeting national or industry standards, and its correct use "
        "supervised",
    ),
    Item(
        "C13",
        "在同一作业区域内进行生产经营活动，可能危及对方生产安全的，与对方签订安全生产管理协议，"
        "明确各自的安全生产管理职责和应当采取的安全措施，并指定专职安全生产管理人员进行安全检查"
        "与协调的情况",
        "Two units working in one area: a safety management agreement and a designated coordinator",
    ),
    Item(
        "C14",
        "对承包单位、承租单位的安全生产工作实行统一协调、管理的情况",
        "Contractors and lessees: unified coordination and management of their safety",
    ),
    Item(
        "C15",
        "组织安全生产检查，及时排查治理生产安全事故隐患的情况",
        "Safety inspections organised; accident hazards found and fixed",
    ),
    Item(
        "C16",
        "制定、实施生产安全事故应急预案，以及有关应急预案备案的情况",
        "Emergency plans made, practised and filed",
    ),
    Item(
        "C17",
        "建立应急救援组织或者兼职救援队伍、签订应急救援协议，以及应急救援器材、设备的配备、"
        "维护、保养的情况",
        "Rescue organisation or agreement; rescue equipment kept and maintained",
    ),
    Item("C18", "按照规定报告本单位生产安全事故的情况", "Accidents reported as required"),
    Item("C19", "依法应当监督检查执法的其他情况", "Anything else subject to enforcement by law"),
    # Special items: not among the plan's nineteen; the plan's Q4 categories call for them.
    Item(
        "粉尘涉爆专项",
        "粉尘涉爆专项（本工具补充，非方案十九项原文）：粉尘爆炸危险场所辨识及清单；除尘系统设置"
        "（不同防火分区、可燃性粉尘与可燃气体不共用）；干式除尘的泄爆、隔爆、惰化、抑爆等控爆措施；"
        "防爆电气设备、锁气卸灰、去除异物装置；粉尘清扫制度及现场积尘清理",
        "Dust explosion (a special item added by this tool, not one of the plan's nineteen): "
        "hazardous areas identified and listed; dust-removal systems separated; venting, "
        "isolation, inerting or suppression on dry collectors; explosion-proof electrics; "
        "dust cleaning rules and housekeeping",
        "dust_explosion",
    ),
    Item(
        "涉氨制冷专项",
        "涉氨制冷专项（本工具补充，非方案十九项原文）：液氨使用与储存管理；包装间、分割间、产品"
        "整理间等人员较多场所不得采用氨直接蒸发制冷空调系统；快速冻结装置设置；氨泄漏检测报警、"
        "事故排风及应急处置器材",
        "Ammonia refrigeration (a special item added by this tool, not one of the plan's "
        "nineteen): liquid ammonia use and storage; no direct-expansion ammonia cooling where "
        "many people work (packing, cutting, sorting rooms); quick-freezing equipment; ammonia "
        "leak detection, alarms, emergency ventilation and response equipment",
        "ammonia_refrigeration",
    ),
)
EVIDENCE_ZH = ("拍照", "复制", "取样", "勘察", "书面记载")
EVIDENCE_EN = ("photo", "copy", "sample", "survey", "written record")

LABELS: dict[Lang, dict[str, str]] = {
    "zh": {
        "title": "交叉执法检查表",
        "group": "交叉执法组",
        "target": "被检查市州",
        "enterprise": "企业名称",
        "id": "统一社会信用代码",
        "county": "县市区",
        "categories": "企业类别",
        "none": "无",
        "record": "抽签记录摘要",
        "t1": "T1：金属冶炼企业，检查时间一般不少于1天",
        "no": "序号",
        "item": "检查事项",
        "finding": "检查情况（发现的问题）",
        "evidence": "证据固定",
        "handoff": "移交（分类分级执法）",
        "handoff_text": "□ 无需移交  □ 需立案查处，移交：____________（直接监管应急管理部门，制作现场执法文书）",
        "law": "同时检查企业遵守安全生产法律法规和强制性标准规范情况。",
        "sign": "检查人员签字：____________    企业负责人签字：____________    日期：________",
    },
    "en": {
        "title": "Cross-enforcement inspection checklist",
        "group": "Group",
        "target": "Target prefecture",
        "enterprise": "Enterprise",
        "id": "USCC",
        "county": "County",
        "categories": "Categories",
        "none": "none",
        "record": "Draw record digest",
        "t1": "T1: metal smelter, inspect for at least one full day",
        "no": "No.",
        "item": "Item",
        "finding": "Finding",
        "evidence": "Evidence fixed",
        "handoff": "Hand-off (classification-and-grading scheme)",
        "handoff_text": "□ none needed  □ case to open, handed to: ____________ (the bureau "
        "responsible, which writes the on-site documents)",
        "law": "Compliance with safety laws and mandatory standards is inspected as well.",
        "sign": "Inspectors: ____________    Enterprise head: ____________    Date: ________",
    },
}


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

    @property
    def smelter(self) -> bool:
        """T1: a metal smelter is inspected for at least one day."""
        return METAL_SMELTING in self.tags


def sheets_for(records: Sequence[Mapping[str, Any]]) -> list[EnterpriseSheet]:
    """A checklist per drawn enterprise, in filing order: group, target order, id."""

    def order(rec: Mapping[str, Any]) -> tuple[int, int]:
        targets = list(rec["group"]["targets"])
        target = rec["target"]
        return int(rec["group"]["id"]), targets.index(target) if target in targets else 0

    return [
        EnterpriseSheet(
            group=str(rec["group"]["name"]),
            target=str(rec["target"]),
            id=str(s["id"]),
            name=str(s["name"]),
            county=str(s["county"]),
            tags=tuple(str(t) for t in s["tags"]),
            record_digest=str(rec["digest"]),
            items=items_for(s["tags"]),
        )
        for rec in sorted(records, key=order)
        for s in rec["selected"]
    ]


def _categories(sheet: EnterpriseSheet, lang: Lang) -> str:
    if not sheet.tags:
        return LABELS[lang]["none"]
    return ("、" if lang == "zh" else ", ").join(
        tag_label(t) if lang == "zh" else t for t in sheet.tags
    )


def _facts(sheet: EnterpriseSheet, lang: Lang) -> list[tuple[str, str]]:
    words = LABELS[lang]
    return [
        (words["group"], sheet.group),
        (words["target"], sheet.target),
        (words["enterprise"], sheet.name),
        (words["id"], sheet.id),
        (words["county"], sheet.county),
        (words["categories"], _categories(sheet, lang)),
        (words["record"], sheet.record_digest),
    ]


def evidence_boxes(lang: Lang) -> str:
    return "  ".join(f"□ {e}" for e in (EVIDENCE_ZH if lang == "zh" else EVIDENCE_EN))


_CSS = """
body { font-family: "Microsoft YaHei", "SimSun", "Noto Sans CJK SC", sans-serif; margin: 2em; }
section { page-break-after: always; }
h1 { font-size: 1.4em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #333; padding: 0.4em; vertical-align: top; text-align: left; }
table.facts th { width: 10em; background: #eee; }
td.space { height: 4em; min-width: 12em; }
span.box { white-space: nowrap; }
p.t1 { border: 2px solid #b00; color: #b00; font-weight: bold; padding: 0.4em; }
@media print { body { margin: 0; } }
"""


def render_html(sheets: Sequence[EnterpriseSheet], lang: Lang = "zh") -> str:
    """A self-contained HTML page (no scripts, fonts or links), every text escaped."""
    words = LABELS[lang]

    def esc(text: str) -> str:
        return html.escape(visible(text), quote=True)

    evidence = EVIDENCE_ZH if lang == "zh" else EVIDENCE_EN
    boxes = " ".join(f'<span class="box">□ {esc(e)}</span>' for e in evidence)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}">',
        '<head><meta charset="utf-8">',
        f"<title>{esc(words['title'])}</title>",
        f"<style>{_CSS}</style></head><body>",
    ]
    for sheet in sheets:
        parts.append("<section>")
        parts.append(f"<h1>{esc(words['title'])}：{esc(sheet.name)}</h1>")
        parts.append('<table class="facts">')
        parts += [f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in _facts(sheet, lang)]
        parts.append("</table>")
        if sheet.smelter:
            parts.append(f'<p class="t1">{esc(words["t1"])}</p>')
        parts.append(f"<p>{esc(words['law'])}</p>")
        parts.append("<table><tr>")
        parts += [
            f"<th>{esc(words[k])}</th>" for k in ("no", "item", "finding", "evidence", "handoff")
        ]
        parts.append("</tr>")
        for item in sheet.items:
            parts.append(
                f"<tr><td>{esc(item.id)}</td><td>{esc(item.text(lang))}</td>"
                f'<td class="space"></td><td>{boxes}</td>'
                f"<td>{esc(words['handoff_text'])}</td></tr>"
            )
        parts.append("</table>")
        parts.append(f"<p>{esc(words['sign'])}</p>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def checklist_sheets(sheets: Sequence[EnterpriseSheet], lang: Lang = "zh") -> list[SheetSpec]:
    """One worksheet per enterprise: its facts above a table with room to fill in."""
    words = LABELS[lang]
    specs = []
    for number, sheet in enumerate(sheets, start=1):
        preamble = [f"{words['title']}：{sheet.name}"]
        preamble += [f"{k}：{v}" for k, v in _facts(sheet, lang)]
        if sheet.smelter:
            preamble.append(words["t1"])
        preamble.append(words["law"])
        specs.append(
            SheetSpec(
                title=f"{number} {sheet.name}",
                header=tuple(words[k] for k in ("no", "item", "finding", "evidence", "handoff")),
                rows=[
                    [item.id, item.text(lang), "", evidence_boxes(lang), words["handoff_text"]]
                    for item in sheet.items
                ],
                preamble=tuple(preamble),
                wrap=True,
            )
        )
    return specs
