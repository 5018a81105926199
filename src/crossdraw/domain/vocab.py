"""The plan's fixed vocabulary: the eight sectors and the enterprise categories (tags)."""

from __future__ import annotations

from crossdraw.domain.text import trimmed

# E1: 工贸八大行业
SECTORS: tuple[str, ...] = ("冶金", "有色", "建材", "机械", "轻工", "纺织", "烟草", "商贸")
BUILDING_MATERIALS_SECTOR = "建材"

# Canonical tag -> Chinese label. building_materials is derived from the sector (Q5).
TAG_LABELS: dict[str, str] = {
    "metal_smelting": "金属冶炼",
    "cement": "水泥",
    "dust_explosion": "粉尘涉爆",
    "ammonia_refrigeration": "涉氨制冷",
    "confined_space": "有限空间",
    "hazardous_chemicals": "危险化学品",
    "major_hazard_source": "重大危险源",
    "building_materials": "建材",
}
TAGS: tuple[str, ...] = tuple(TAG_LABELS)
_TAG_BY_LABEL = {label: tag for tag, label in TAG_LABELS.items()}


def parse_tag(text: str) -> str | None:
    """The canonical tag for an English name or Chinese label, or None if unknown."""
    key = trimmed(text)
    if key in TAG_LABELS:
        return key
    return _TAG_BY_LABEL.get(key)


def tag_label(tag: str) -> str:
    return TAG_LABELS.get(tag, tag)


_TRUE = {"true", "yes", "y", "1", "是", "√", "x"}
_FALSE = {"false", "no", "n", "0", "否", ""}


def parse_bool(text: str) -> bool | None:
    """Yes/no cells as bureaus type them (是/否, yes/no, 1/0, empty = no); None if unclear."""
    key = trimmed(text).lower()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    return None
