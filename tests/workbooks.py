"""Workbooks for the tests, written from plain rows: .xlsx, .xls (Excel 97-2003) and .ods.

Every workbook a test reads is made here from values, so no binary fixture is kept in
the repository: openpyxl writes .xlsx, xlwt writes .xls and odfpy writes .ods (the last
two are test-only dependencies). No library writes .xlsb, so `_xlsb` writes the few
records of [MS-XLSB] calamine needs: text and number cells, row flags, the used range. `from_csv` turns a CSV list into the same list as a
workbook, cell for cell as text, the way a bureau keeps it.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Row = Sequence[Any]
SUFFIXES = (".xlsx", ".xls", ".ods")


@dataclass
class Sheet:
    """One sheet to write: rows from A1, merged boxes ("A1:G1"), hidden row numbers."""

    title: str
    rows: Sequence[Row]
    merged: Sequence[str] = ()
    hidden: Sequence[int] = ()
    extra: dict[str, Any] = field(default_factory=dict)


def write(path: Path, *sheets: Sheet) -> Path:
    """Write the sheets to `path` in the format its suffix names."""
    writer = {".xlsx": _xlsx, ".xls": _xls, ".ods": _ods, ".xlsb": _xlsb}[path.suffix.lower()]
    writer(path, sheets)
    return path


def one(path: Path, rows: Sequence[Row], title: str = "企业名单", **kw: Any) -> Path:
    return write(path, Sheet(title, rows, **kw))


def from_csv(csv_path: Path, path: Path, *, title: str = "企业名单") -> Path:
    """The CSV list as a workbook: every cell text, as typed into cells formatted 文本."""
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    return one(path, rows, title)


def _box(ref: str) -> tuple[int, int, int, int]:
    """'B2:D3' -> 0-based (first row, first column, last row, last column)."""
    from openpyxl.utils.cell import range_boundaries

    c0, r0, c1, r1 = range_boundaries(ref)
    return r0 - 1, c0 - 1, r1 - 1, c1 - 1


def _xlsx(path: Path, sheets: Iterable[Sheet]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for sheet in sheets:
        ws = book.create_sheet(sheet.title)
        for row in sheet.rows:
            ws.append(list(row))
        for ref in sheet.merged:
            ws.merge_cells(ref)
        for number in sheet.hidden:
            ws.row_dimensions[number].hidden = True
    book.save(path)


def _xls(path: Path, sheets: Iterable[Sheet]) -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    time_style = xlwt.easyxf(num_format_str="YYYY-MM-DD HH:MM")
    for sheet in sheets:
        ws = book.add_sheet(sheet.title, cell_overwrite_ok=True)
        covered = set()
        for ref in sheet.merged:
            r0, c0, r1, c1 = _box(ref)
            value = sheet.rows[r0][c0] if c0 < len(sheet.rows[r0]) else ""
            ws.write_merge(r0, r1, c0, c1, value)
            covered.update((r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1))
        for r, row in enumerate(sheet.rows):
            for c, value in enumerate(row):
                if (r, c) in covered or value is None:
                    continue
                if isinstance(value, dt.datetime):
                    ws.write(r, c, value, time_style)
                elif isinstance(value, dt.date):
                    ws.write(r, c, value, date_style)
                else:
                    ws.write(r, c, value)
        for number in sheet.hidden:
            ws.row(number - 1).hidden = True
    book.save(str(path))


def _ods(path: Path, sheets: Iterable[Sheet]) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for sheet in sheets:
        table = Table(name=sheet.title)
        spans = {(_box(ref)[0], _box(ref)[1]): _box(ref) for ref in sheet.merged}
        covered = {
            (r, c)
            for r0, c0, r1, c1 in spans.values()
            for r in range(r0, r1 + 1)
            for c in range(c0, c1 + 1)
            if (r, c) != (r0, c0)
        }
        for r, row in enumerate(sheet.rows):
            attrs = {"visibility": "collapsed"} if r + 1 in sheet.hidden else {}
            tr = TableRow(**attrs)
            for c, value in enumerate(row):
                if (r, c) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                cell = _ods_cell(value, TableCell, P)
                box = spans.get((r, c))
                if box is not None:
                    cell.setAttribute("numberrowsspanned", str(box[2] - box[0] + 1))
                    cell.setAttribute("numbercolumnsspanned", str(box[3] - box[1] + 1))
                tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc.save(str(path))


def _ods_cell(value: Any, cell: Any, paragraph: Any) -> Any:
    if value is None or value == "":
        return cell()
    if isinstance(value, bool):
        made = cell(valuetype="boolean", booleanvalue=str(value).lower())
    elif isinstance(value, dt.date):  # a datetime too
        made = cell(valuetype="date", datevalue=value.isoformat())
    elif isinstance(value, int | float):
        made = cell(valuetype="float", value=value)
    else:
        made = cell(valuetype="string")
    made.addElement(paragraph(text=str(value)))
    return made


def _record(kind: int, data: bytes = b"") -> bytes:
    """A BIFF12 record: its type and size as 7-bit varints, then its data ([MS-XLSB] 2.1.4)."""

    def varint(number: int) -> bytes:
        out = bytearray()
        while True:
            low, number = number & 0x7F, number >> 7
            out.append(low | (0x80 if number else 0))
            if not number:
                return bytes(out)

    return varint(kind) + varint(len(data)) + data


def _wide(text: str) -> bytes:
    import struct

    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


def _xlsb_sheet(sheet: Sheet) -> bytes:
    import struct

    height = len(sheet.rows)
    width = max((len(r) for r in sheet.rows), default=1)
    box = sheet.extra.get("dimension", (0, height - 1, 0, width - 1))  # rows, then columns
    out = _record(0x81) + _record(0x94, struct.pack("<IIII", *box)) + _record(0x91)
    for r, row in enumerate(sheet.rows):
        flags = 0x10 if r + 1 in sheet.hidden else 0  # fDyZero
        out += _record(0x00, struct.pack("<IIHBBBI", r, 0, 0x12C, 0, flags, 0, 0))  # BrtRowHdr
        for c, value in enumerate(row):
            head = struct.pack("<II", c, 0)
            if isinstance(value, bool):
                out += _record(0x04, head + bytes([value]))  # BrtCellBool
            elif isinstance(value, (int, float)):
                out += _record(0x05, head + struct.pack("<d", value))  # BrtCellReal
            elif value not in (None, ""):
                out += _record(0x06, head + _wide(str(value)))  # BrtCellSt
    return out + _record(0x92) + _record(0x82)


def _xlsb(path: Path, sheets: Iterable[Sheet]) -> None:
    import struct
    import zipfile

    sheets = list(sheets)
    book = _record(0x83) + _record(0x8F)  # BrtBeginBook, BrtBeginBundleShs
    rels = [
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships">'
    ]
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
    for n, sheet in enumerate(sheets, 1):
        book += _record(0x9C, struct.pack("<II", 0, n) + _wide(f"rId{n}") + _wide(sheet.title))
        rels.append(f'<Relationship Id="rId{n}" Type="{kind}" Target="worksheets/sheet{n}.bin"/>')
    book += _record(0x90) + _record(0x84)
    rels.append("</Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.bin", book)
        archive.writestr("xl/_rels/workbook.bin.rels", "".join(rels))
        for n, sheet in enumerate(sheets, 1):
            archive.writestr(f"xl/worksheets/sheet{n}.bin", _xlsb_sheet(sheet))
