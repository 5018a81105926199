"""Reading an .xlsx worksheet's raw cell values (openpyxl, read-only, imported only here).

Bureaus keep their lists in Excel. This module opens the workbook and hands back
the chosen sheet's rows as Python values (str, int, float, datetime, bool, None);
`crossdraw.load.table` turns them into text cells, so CSV and xlsx feed one row checker.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crossdraw.domain.errors import InputError

XLSX_SUFFIXES = (".xlsx", ".xlsm")
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: encrypted OOXML or old .xls
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
_RESAVE = "open it in Excel and save it again as 'Excel 工作簿 (*.xlsx)'"


def is_workbook(path: Path) -> bool:
    """Whether `path` is to be read as a workbook (by its name)."""
    return path.suffix.lower() in XLSX_SUFFIXES


@dataclass(frozen=True)
class Sheet:
    """One worksheet's rows: (1-based row number, raw cell values), blank rows included."""

    title: str
    epoch: dt.datetime  # the workbook's date system (1900 or 1904), for date serials
    rows: Iterator[tuple[int, tuple[Any, ...]]]


def open_sheet(path: Path, data: bytes, sheet: str | None) -> Sheet:
    """The sheet named `sheet` (default: the first) of the workbook whose bytes are `data`.

    InputError naming the file when it is encrypted, an old .xls, damaged, or has no
    such sheet.
    """
    where = str(path)
    if data.startswith(_OLE):
        if _ENCRYPTED in data:
            raise InputError.one(
                where,
                "is password-protected (encrypted), so it cannot be read; in Excel choose "
                "文件 → 信息 → 保护工作簿 → 用密码进行加密, clear the password and save",
            )
        raise InputError.one(
            where, f"is an old Excel 97-2003 workbook (.xls), not .xlsx; {_RESAVE}"
        )
    if not data.startswith(_ZIP):
        raise InputError.one(
            where, f"is not an .xlsx workbook (it does not start like one); {_RESAVE}"
        )
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise InputError.one(where, _damaged(exc)) from None
    names = book.sheetnames
    if not names:
        raise InputError.one(where, "has no worksheet")
    if sheet is None:
        title = names[0]
    elif sheet in names:
        title = sheet
    else:
        shown = ", ".join(repr(n) for n in names)
        raise InputError.one(where, f"has no sheet {sheet!r}; its sheets: {shown}")
    worksheet = book[title]
    if not hasattr(worksheet, "reset_dimensions"):  # a chart sheet
        raise InputError.one(f"{where}, sheet {title}", "is a chart, not a worksheet")
    # Some programs write a wrong used range; without this, rows would be cut short.
    worksheet.reset_dimensions()
    return Sheet(title, book.epoch, _rows(worksheet, book, where, title))


def _rows(
    worksheet: Any, book: Any, where: str, title: str
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    try:
        for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
            yield number, tuple(values)
    except Exception as exc:  # damaged sheet XML surfaces only while reading rows
        raise InputError.one(f"{where}, sheet {title}", _damaged(exc)) from None
    finally:
        book.close()


def _damaged(exc: BaseException) -> str:
    detail = str(exc) or type(exc).__name__
    return f"cannot be read as an .xlsx workbook (damaged or incomplete: {detail}); {_RESAVE}"
