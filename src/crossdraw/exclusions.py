"""Loading the E3 exclusion list: enterprises left out of the draw, each with its reason."""

from __future__ import annotations

from pathlib import Path

from crossdraw.errors import InputError
from crossdraw.textfile import (
    cap_problems,
    header_where,
    normalize_header,
    read_csv_rows,
    row_problems,
    stray_cells,
)

LABELS: dict[str, str] = {"id": "统一社会信用代码", "reason": "原因", "name": "企业名称"}
REQUIRED = ("id", "reason")
OPTIONAL = ("name",)  # for the reader's convenience; not checked
ALIASES: dict[str, str] = {
    **{label: column for column, label in LABELS.items()},
    "社会信用代码": "id",
    "信用代码": "id",
    "排除原因": "reason",
    "理由": "reason",
    "企业名": "name",
}


def _label(column: str) -> str:
    return f"{LABELS[column]} ({column})"


def load_exclusions(path: Path) -> dict[str, str]:
    """E3: id -> reason, in file order; every exclusion must say why."""
    table = read_csv_rows(path)
    where = str(path)
    columns = normalize_header(
        table.header, ALIASES, REQUIRED, OPTIONAL, header_where(where, table.header_row)
    )
    width = max(columns.values()) + 1
    i_id, i_reason = columns["id"], columns["reason"]
    found: list[tuple[int, int | None, str]] = []
    first_row: dict[str, int] = {}
    reasons: dict[str, str] = {}
    for line, cells in table.rows:
        cells = cells + [""] * (width - len(cells))
        stray = stray_cells(cells, width)
        if stray:  # the cells are shifted: checking them would only add noise
            found.append((line, None, stray))
            continue
        code, reason = cells[i_id], cells[i_reason]
        if not code:
            found.append((line, i_id, f"empty {_label('id')}"))
        if not reason:
            found.append(
                (line, i_reason, f"empty {_label('reason')}: E3 needs a reason for every exclusion")
            )
        if code and code in first_row:
            found.append(
                (line, i_id, f"{_label('id')} {code} is also excluded on row {first_row[code]}")
            )
        elif code:
            first_row[code] = line
            reasons[code] = reason
    if found:
        raise InputError(cap_problems(row_problems(where, found), where))
    return reasons
