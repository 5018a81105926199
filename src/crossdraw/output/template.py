"""The empty enterprise-list template a bureau fills in without reading any docs."""

from __future__ import annotations

from crossdraw.domain.vocab import BUILDING_MATERIALS_SECTOR, SECTORS, TAG_LABELS
from crossdraw.load.enterprises import LABELS, OPTIONAL, REQUIRED, TAG_SEPARATORS
from crossdraw.output.spreadsheet import SheetSpec, Validation, csv_bytes, xlsx_bytes

COLUMNS: tuple[str, ...] = (*REQUIRED, *OPTIONAL)
HEADING = "工贸行业企业名单（交叉执法抽签用）"
FILL_ROWS = 2000  # rows formatted for typing (text ids, dates, drop-downs)
_DRAWN_TAGS = tuple(label for tag, label in TAG_LABELS.items() if tag != "building_materials")

# One note per column: what to write, in the clerk's words (the header comment).
NOTES: dict[str, str] = {
    "id": "必填。18位统一社会信用代码，按文本填写（本列已设为文本格式，勿转成数字）。",
    "name": "必填。企业全称，与营业执照一致。",
    "prefecture": "必填。所在市州，如 湘潭市（可写简称 湘潭）。",
    "county": "必填。所在县市区，如 雨湖区；须属于所填市州。",
    "sector": f"必填。工贸八大行业之一：{'、'.join(SECTORS)}（下拉选择）。",
    "tags": (
        f"选填。企业类别，可多个，用“；”分隔：{'、'.join(_DRAWN_TAGS)}。"
        f"行业为{BUILDING_MATERIALS_SECTOR}的自动计为建材。"
    ),
    "provincial_direct": "选填。是否已纳入省厅直接执法对象（E2，不参加交叉执法抽签）：是 / 否，空白为否。",
    "last_inspected": "选填。上次执法检查日期，如 2021-03-02；用于排除近期已检查企业（E3）。",
    "risk_grade": "选填。安全风险等级，如 重大风险、较大风险、一般风险、低风险；仅供参考，不影响抽签。",
}


def template_sheet() -> SheetSpec:
    """The template as one sheet: a title row, then the Chinese header with a note per column."""
    index = {column: i for i, column in enumerate(COLUMNS)}
    separator = TAG_SEPARATORS[0]
    return SheetSpec(
        title="企业名单",
        header=tuple(LABELS[c] for c in COLUMNS),
        rows=(),
        preamble=(HEADING,),
        comments={i: f"{LABELS[c]} ({c})\n{NOTES[c]}" for c, i in index.items()},
        validations=(
            Validation(index["sector"], SECTORS, "工贸八大行业，下拉选择"),
            Validation(
                index["tags"],
                _DRAWN_TAGS,
                f"下拉选择一个；多个类别请直接输入，用“{separator}”分隔",
                strict=False,
            ),
            Validation(index["provincial_direct"], ("是", "否"), "是否省厅直接执法对象"),
        ),
        text_columns=frozenset(i for c, i in index.items() if c != "last_inspected"),
        date_columns=frozenset({index["last_inspected"]}),
        fill_rows=FILL_ROWS,
    )


def template_bytes(fmt: str) -> bytes:
    """The template as .xlsx (drop-downs, notes) or as a CSV header row (UTF-8 with BOM)."""
    sheet = template_sheet()
    if fmt == "csv":
        return csv_bytes(sheet.header, ())
    return xlsx_bytes([sheet])
