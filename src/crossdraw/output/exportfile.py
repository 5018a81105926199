"""The export as the provincial office reads it: an .xlsx of three sheets, a CSV, or JSON."""

from __future__ import annotations

import json
from typing import Any

from crossdraw.domain.fraction import odds_text, parse_fraction
from crossdraw.domain.vocab import tag_label
from crossdraw.output.export import Export, QuotaRow, TargetRow
from crossdraw.output.spreadsheet import Cell, SheetSpec, csv_bytes, xlsx_bytes

TARGET_HEADER = (
    "组号",
    "组别",
    "牵头市州",
    "被检查市州",
    "企业名称",
    "统一社会信用代码",
    "县市区",
    "行业",
    "类别",
    "来源",
    "入选概率",
    "抽签记录摘要",
    "检查开始",
    "检查结束",
)
QUOTA_HEADER = ("组号", "组别", "规则", "被检查市州", "结论", "要求", "实际", "企业", "说明")
EXCLUSION_HEADER = (
    "组号",
    "组别",
    "被检查市州",
    "统一社会信用代码",
    "企业名称",
    "县市区",
    "排除原因",
)
SOURCE_LABELS = {"drawn": "抽签", "suggested": "建议（不计数，Q7）"}
VERDICT_LABELS = {
    "met": "✓ 满足",
    "not met": "✗ 未满足",
    "waived": "豁免",
    "note": "说明",
    "warning": "⚠ 注意",
    "not judged": "未判定",
}


def _odds(text: str) -> str:
    return odds_text(parse_fraction(text)) if text else ""


def target_cells(row: TargetRow) -> list[Cell]:
    return [
        row.group,
        row.group_name,
        row.leader,
        row.target,
        row.name,
        row.id,
        row.county,
        row.sector,
        "、".join(tag_label(t) for t in row.tags),
        SOURCE_LABELS[row.source],
        _odds(row.probability),
        row.record_digest,
        row.start,
        row.end,
    ]


def quota_cells(row: QuotaRow) -> list[Cell]:
    return [
        row.group,
        row.group_name,
        row.rule,
        row.prefecture,
        VERDICT_LABELS.get(row.verdict, row.verdict),
        row.need,
        row.have,
        "\n".join(row.enterprises),
        row.note,
    ]


def export_sheets(export: Export) -> list[SheetSpec]:
    """Targets (frozen header, widths fitting Chinese), quotas per group, exclusions."""
    return [
        SheetSpec(
            title="执法对象",
            header=TARGET_HEADER,
            rows=[target_cells(r) for r in export.targets],
            text_columns=frozenset({5}),
        ),
        SheetSpec(
            title="定额核对",
            header=QUOTA_HEADER,
            rows=[quota_cells(r) for r in export.quotas],
            wrap=True,
        ),
        SheetSpec(
            title="排除名单",
            header=EXCLUSION_HEADER,
            rows=[
                [e.group, e.group_name, e.target, e.id, e.name, e.county, e.reason]
                for e in export.exclusions
            ],
            text_columns=frozenset({3}),
        ),
    ]


def export_json(export: Export) -> dict[str, Any]:
    return {
        "valid": export.valid,
        "targets": [
            {
                "group": r.group,
                "group_name": r.group_name,
                "leader": r.leader,
                "target": r.target,
                "name": r.name,
                "id": r.id,
                "county": r.county,
                "sector": r.sector,
                "tags": list(r.tags),
                "source": r.source,
                "probability": r.probability or None,
                "record_digest": r.record_digest or None,
                "start": r.start or None,
                "end": r.end or None,
            }
            for r in export.targets
        ],
        "quotas": [
            {
                "group": r.group,
                "rule": r.rule,
                "prefecture": r.prefecture or None,
                "verdict": r.verdict,
                "need": r.need,
                "have": r.have,
                "enterprises": list(r.enterprises),
                "note": r.note,
            }
            for r in export.quotas
        ],
        "exclusions": [
            {"group": e.group, "target": e.target, "id": e.id, "reason": e.reason}
            for e in export.exclusions
        ],
    }


def export_bytes(export: Export, fmt: str) -> bytes:
    """The export in `fmt`: xlsx (three sheets), csv (the target list) or json (all of it)."""
    if fmt == "xlsx":
        return xlsx_bytes(export_sheets(export))
    if fmt == "csv":
        return csv_bytes(TARGET_HEADER, [target_cells(r) for r in export.targets])
    text = json.dumps(export_json(export), ensure_ascii=False, indent=2) + "\n"
    return text.encode("utf-8")
