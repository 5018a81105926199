"""Reading a workbook's cells: .xlsx, .xlsm, .xlsb, .xls and .ods (python-calamine, only here).

Bureaus keep their lists in Excel or WPS, some still as .xls (Excel 97-2003), some as
.ods. python-calamine (Rust's calamine) reads them all, fast; this module opens the
workbook, refuses what cannot be read with what to do about it, and hands back a
sheet's rows as Python values (str, int, float, bool, date, datetime, time, timedelta;
an empty cell is ""). `crossdraw.load.table` turns them into text cells.

calamine holds a sheet as rows × columns cells however few are filled (a stray value in
XFD1048576 asks for 17 billion of them and the process dies), so before it opens a
zip-based workbook the unpacked size the zip declares and the used range each sheet
declares are bounded here.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING, Any

from crossdraw.domain.errors import InputError, Worded

if TYPE_CHECKING:  # imported when a workbook is read: CSV-only runs need none of them
    import zipfile

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
WPS_SUFFIXES = (".et", ".ett")  # WPS 表格's own format: refused, saying how to save it
MAX_ROWS = 1_048_576  # Excel's own limit
MAX_COLUMNS = 1_024  # a list has a dozen columns; far more is a stray cell far to the right
MAX_CELLS = 20_000_000  # rows × columns calamine holds (32 bytes each)
MAX_UNPACKED = 1 << 30  # bytes a zip-based workbook may unpack to
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: old .xls, .et, or encrypted OOXML
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
_RESAVE = "请在 Excel 或 WPS 中打开，另存为“Excel 工作簿 (*.xlsx)”后再试 (open it and save it again as .xlsx)"
_PASSWORD = Worded(
    "设置了打开密码（已加密），无法读取：请在 Excel 中选择 文件 → 信息 → 保护工作簿 → "
    "用密码进行加密，清除密码后保存；WPS 中为 文件 → 文档加密 → 密码加密 "
    "(is password-protected: clear the password and save it again)",
    "xlsx_password",
)
_REF = re.compile(r"\$?([A-Z]{1,3})\$?(\d{1,7})")
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def is_workbook(path: Path) -> bool:
    """Whether `path` is to be read as a workbook (by its name)."""
    return path.suffix.lower() in (*WORKBOOK_SUFFIXES, *WPS_SUFFIXES)


def kind(path: Path) -> str:
    """The workbook's format as a user names it: xlsx, xls, ods…"""
    return path.suffix.lower().lstrip(".")


Box = tuple[int, int, int, int]  # (first row, first column, last row, last column), 0-based
Marks = tuple[frozenset[int], list[Box]]  # hidden rows, merged cells calamine does not give


@dataclass
class Sheet:
    """One worksheet's rows, every row from row 1 on and every column from A on."""

    title: str
    rows: list[list[Any]]  # rows[0] is row 1
    merged: list[Box]  # merged cells
    hidden: frozenset[int] = frozenset()  # rows hidden in the workbook (1-based)


class Book:
    """An open workbook: its worksheets by name, each read when asked for."""

    def __init__(self, path: Path, data: bytes) -> None:
        self.where = str(path)
        self.path = path
        self.data = data
        self._zip: zipfile.ZipFile | None = None
        self._parts: dict[str, str] = {}
        _refuse_unreadable(path, data)
        if data.startswith(_ZIP):
            self._zip = _checked_zip(self.where, data)
        from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

        try:
            self._book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        except Exception as exc:  # calamine raises CalamineError and its kinds
            raise InputError.one(self.where, _damaged(exc)) from None
        self.names = [
            m.name
            for m in self._book.sheets_metadata
            if m.typ == SheetTypeEnum.WorkSheet and m.visible == SheetVisibleEnum.Visible
        ]
        if not self.names:
            what = Worded("没有可读取的工作表 (has no visible worksheet)", "xlsx_no_sheet")
            raise InputError.one(self.where, what)
        if self._zip is not None and "xl/workbook.xml" in self._zip.namelist():
            self._parts = _xlsx_parts(self._zip)
        elif self._zip is not None and "xl/workbook.bin" in self._zip.namelist():
            self._parts = _xlsb_parts(self._zip)

    def sheet_where(self, title: str) -> str:
        return Worded(f"{self.where}, sheet {title}", "sheet_at", file=self.where, sheet=title)

    def read(self, title: str, *, look: bool = True) -> Sheet:
        """The rows of the worksheet `title`; InputError when it is too big or damaged.

        The rows hidden in it are looked for in a second thread while calamine reads it;
        with `look` False they are not (`marks` gives them: see `taken`)."""
        where = self.sheet_where(title)
        part = self._parts.get(title)
        if self._zip is not None and part is not None:
            _check_dimension(where, self._zip, part)
        marks: list[Marks | None] = []
        # Looking for hidden rows unpacks the sheet again: done while calamine reads it.
        looking = None
        if look:
            looking = threading.Thread(target=lambda: marks.append(self.marks(title)), daemon=True)
            looking.start()
        try:
            sheet = self._book.get_sheet_by_name(title)
            rows = list(sheet.iter_rows())
            merged = sheet.merged_cell_ranges or []
            start = sheet.start
            end = sheet.end
        except Exception as exc:
            raise InputError.one(where, _damaged(exc)) from None
        finally:
            if looking is not None:
                looking.join()
        boxes = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in merged]
        grid = [] if start is None or end is None else _from_a1(rows, start, end)
        return with_marks(Sheet(title, grid, boxes), marks[0] if marks else None)

    def marks(self, title: str) -> Marks | None:
        """The rows hidden in the sheet `title`, and the merged cells calamine does not
        give; None when they cannot be read (calamine read the sheet: no reason to stop)."""
        try:
            return self._marks(title)
        except Exception:
            return None

    def _marks(self, title: str) -> Marks:
        """Rows hidden in the sheet, and its merged cells when calamine does not tell them."""
        if self._zip is None:
            return _xls_hidden_rows(self.data, title), []
        part = self._parts.get(title)
        if part is not None:
            if part.endswith(".bin"):
                return _xlsb_hidden_rows(self._zip, part), []
            return _xlsx_hidden_rows(self._zip, part), []
        if "content.xml" in self._zip.namelist():
            return _ods_marks(self._zip, title)
        return frozenset(), []


def with_marks(sheet: Sheet, marks: Marks | None) -> Sheet:
    """`sheet` with the hidden rows and merged cells `Book.marks` found."""
    if marks is None:
        return sheet
    hidden, more = marks
    return Sheet(sheet.title, sheet.rows, sheet.merged + more, sheet.hidden | hidden)


def _from_a1(
    rows: list[list[Any]], start: tuple[int, int], end: tuple[int, int]
) -> list[list[Any]]:
    """The rows calamine gives, made to begin at A1 whatever its version leaves out."""
    first_row, first_column = start
    if len(rows) != end[0] + 1:  # rows from the first filled one only
        rows = [[] for _ in range(first_row)] + rows
    if first_column:
        pad = [""] * first_column
        rows = [pad + row for row in rows]
    return rows


# --- reading ahead, while the command starts up -------------------------------------------


class _Ahead:
    """A workbook being opened, and its first (or named) sheet read, in a thread."""

    def __init__(self, path: Path, sheet: str | None, stamp: tuple[int, int, int]) -> None:
        self.path = path
        self.sheet = sheet
        self.stamp = stamp
        self.book: Book | None = None  # set once the workbook is open, before its sheet is read
        self.title = ""
        self.opened = threading.Event()  # the workbook is open, or could not be opened
        self.read: tuple[bytes, Book, dict[str, Sheet]] | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        from crossdraw.load import collector

        try:
            with collector.paused():
                data = self.path.read_bytes()
                book = Book(self.path, data)
                self.title = self.sheet if self.sheet is not None else book.names[0]
                self.book = book
                self.opened.set()  # `taken` may look for hidden rows while the sheet is read
                wanted = self.title in book.names
                sheets = {self.title: book.read(self.title, look=False)} if wanted else {}
        except Exception:  # read again when asked for: the refusal is made there
            return
        finally:
            self.opened.set()
        self.read = (data, book, sheets)


_AHEAD: dict[Path, _Ahead] = {}


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size, status.st_ino


def read_ahead(path: Path, sheet: str | None = None) -> None:
    """Start reading the workbook at `path` in a thread (nothing for a CSV file).

    calamine parses a sheet with Python's lock released, so the parse runs while the
    command imports its modules and reads its plan: the .xlsx list then costs little
    more wall time than the same list as CSV (figure 6 of `make bench`). `taken` hands
    the result to `crossdraw.load.table`; anything that goes wrong here is left for
    the ordinary read to refuse with its message.
    """
    if not is_workbook(path) or path.suffix.lower() in WPS_SUFFIXES:
        return
    stamp = _stamp(path)
    if stamp is None or path.absolute() in _AHEAD:  # started already: one read is enough
        return
    if not _AHEAD:
        import atexit

        atexit.unregister(_finish)  # once, however many reads were started
        atexit.register(_finish)
    _AHEAD[path.absolute()] = _Ahead(path, sheet, stamp)


def _finish() -> None:
    """Wait for reads never asked for (a command refused before it read its list): a
    thread still in calamine when the interpreter shuts down could abort the process."""
    for ahead in list(_AHEAD.values()):
        ahead.thread.join()


def taken(path: Path) -> tuple[bytes, Book, dict[str, Sheet]] | None:
    """The workbook `read_ahead` read, with its sheets read so far; None when none was
    read ahead, the read failed, or the file changed since.

    The rows hidden in the sheet are looked for here, while the thread may still be
    parsing it: the caller would only wait, and looking from the start, beside the
    parse and the command's start-up, would take a core from one of them."""
    ahead = _AHEAD.pop(path.absolute(), None)
    if ahead is None:
        return None
    ahead.opened.wait()
    book, title = ahead.book, ahead.title
    marks = book.marks(title) if book is not None and title in book.names else None
    ahead.thread.join()
    if ahead.read is None or _stamp(path) != ahead.stamp:
        return None
    data, book, sheets = ahead.read
    if title in sheets:
        sheets[title] = with_marks(sheets[title], marks)
    return data, book, sheets


# --- refusals before calamine opens the file ---------------------------------------------


def _refuse_unreadable(path: Path, data: bytes) -> None:
    where = str(path)
    if path.suffix.lower() in WPS_SUFFIXES:
        english = (
            "是 WPS 表格的 .et 文件，无法直接读取：请在 WPS 中选择 文件 → 另存为，"
            "文件类型选“Microsoft Excel 文件 (*.xlsx)”后再试 "
            "(a WPS .et workbook: save it from WPS as .xlsx)"
        )
        raise InputError.one(where, Worded(english, "xlsx_wps"))
    if data.startswith(_OLE):
        if _ENCRYPTED in data:
            raise InputError.one(where, _PASSWORD)
        return
    if not data.startswith(_ZIP):
        what = (
            "是空文件 (is empty)"
            if not data
            else "不是 Excel 或 WPS 工作簿 (it does not start like one)"
        )
        kind = "xlsx_empty" if not data else "xlsx_not_workbook"
        raise InputError.one(where, Worded(f"{what}；{_RESAVE}", kind))


def _checked_zip(where: str, data: bytes) -> zipfile.ZipFile:
    """The workbook's zip, refused when it declares more unpacked bytes than MAX_UNPACKED."""
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise InputError.one(where, _damaged(exc)) from None
    if total > MAX_UNPACKED:
        english = (
            f"解压后有 {total:,} 字节，超过 {MAX_UNPACKED:,} 字节的上限，不像企业名单"
            "（可能是压缩炸弹或文件损坏）：请确认文件，删除无关的工作表和图片后另存为 .xlsx "
            f"(unpacks to {total:,} bytes, more than the {MAX_UNPACKED:,} a list needs)"
        )
        fields = {"total": f"{total:,}", "limit": f"{MAX_UNPACKED:,}"}
        raise InputError.one(where, Worded(english, "xlsx_bomb", **fields))
    return archive


def _damaged(exc: BaseException) -> str:
    from python_calamine import PasswordError

    if isinstance(exc, PasswordError):
        return _PASSWORD
    detail = str(exc) or type(exc).__name__
    english = f"无法读取，文件已损坏或不完整 (damaged or incomplete: {detail})；{_RESAVE}"
    return Worded(english, "xlsx_damaged", detail=detail)


# --- what an .xlsx declares: sheet parts, used range, hidden rows --------------------------


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _unreadable() -> tuple[type[Exception], ...]:
    """What reading a part of a workbook's zip may raise."""
    import xml.etree.ElementTree as ET
    import zipfile

    return (KeyError, ET.ParseError, zipfile.BadZipFile, OSError, EOFError, ValueError)


def _xlsx_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> the zip member holding its cells (xl/worksheets/sheet1.xml)."""
    import xml.etree.ElementTree as ET

    try:
        book = ET.fromstring(archive.read("xl/workbook.xml"))
    except _unreadable():
        return {}
    named = {}
    for element in book.iter():
        if _local(element.tag) == "sheet":
            rid = next((v for k, v in element.attrib.items() if _local(k) == "id"), None)
            named[element.get("name", "")] = rid or ""
    return _members(archive, "xl/_rels/workbook.xml.rels", named)


def _members(archive: zipfile.ZipFile, rels_part: str, named: dict[str, str]) -> dict[str, str]:
    """Sheet name -> zip member, from each sheet's relationship id and the workbook's rels."""
    import xml.etree.ElementTree as ET

    try:
        rels = ET.fromstring(archive.read(rels_part))
    except _unreadable():
        return {}
    targets = {r.get("Id"): r.get("Target", "") for r in rels if _local(r.tag) == "Relationship"}
    parts: dict[str, str] = {}
    for name, rid in named.items():
        target = targets.get(rid, "")
        if not target:
            continue
        member = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        parts[name] = member
    return parts


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _check_dimension(where: str, archive: zipfile.ZipFile, part: str) -> None:
    """Refuse a sheet whose declared used range is too big to hold (before calamine does)."""
    if part.endswith(".bin"):
        box = _xlsb_dimension(archive, part)
        if box is None:
            return
        first_row, first_column, last_row, last_column = (n + 1 for n in box)
        ref = f"{_column_letters(first_column)}{first_row}:{_column_letters(last_column)}{last_row}"
    else:
        found = _dimension(archive, part)
        if found is None:
            return
        ref = found
        corners = _REF.findall(ref.upper())
        if not corners:
            return
        last_column = max(_column_number(letters) for letters, _ in corners)
        last_row = max(int(digits) for _, digits in corners)
        first_column = min(_column_number(letters) for letters, _ in corners)
        first_row = min(int(digits) for _, digits in corners)
    rows, columns = last_row - first_row + 1, last_column - first_column + 1
    if rows <= MAX_ROWS and columns <= MAX_COLUMNS and rows * columns <= MAX_CELLS:
        return
    corner = ref.split(":")[-1]
    english = (
        f"的已用区域是 {ref}（{rows:,} 行 × {columns:,} 列），太大，无法读取：通常是远处的单元格"
        f"（如 {corner}）里有空格或内容。请选中数据右侧的空列和下方的空行，右键“删除”，保存后再试 "
        f"(its used range {ref} is too big; delete the empty columns and rows beyond the list)"
    )
    fields = {"ref": ref, "rows": f"{rows:,}", "columns": f"{columns:,}", "corner": corner}
    raise InputError.one(where, Worded(english, "xlsx_used_range", **fields))


def _dimension(archive: zipfile.ZipFile, part: str) -> str | None:
    """The sheet's <dimension ref>, read from the start of its XML (None when absent)."""
    import xml.etree.ElementTree as ET

    try:
        with archive.open(part) as stream:
            for _, element in ET.iterparse(stream, events=("start",)):
                name = _local(element.tag)
                if name == "dimension":
                    ref: str | None = element.get("ref")
                    return ref
                if name == "sheetData":
                    return None
    except _unreadable():
        return None
    return None


_CHUNK = 1 << 20


def _contains(stream: IO[bytes], needles: tuple[bytes, ...]) -> bool:
    """Whether the unpacked stream holds one of `needles` (read a chunk at a time)."""
    keep = max(map(len, needles))
    tail = b""
    while chunk := stream.read(_CHUNK):
        window = tail + chunk
        if any(needle in window for needle in needles):
            return True
        tail = window[-keep:]
    return False


def _xlsx_hidden_rows(archive: zipfile.ZipFile, part: str) -> frozenset[int]:
    import xml.etree.ElementTree as ET

    with archive.open(part) as stream:
        if not _contains(stream, (b'hidden="',)):
            return frozenset()
    hidden: set[int] = set()
    number = 0
    with archive.open(part) as stream:
        for _, element in ET.iterparse(stream, events=("end",)):
            if _local(element.tag) == "row":
                number = int(element.get("r") or number + 1)
                if element.get("hidden") in ("1", "true"):
                    hidden.add(number)
                element.clear()
    return frozenset(hidden)


_T = f"{{{_TABLE}}}"


def _ods_marks(archive: zipfile.ZipFile, title: str) -> Marks:
    """Hidden rows and merged cells of the sheet `title` of an .ods workbook."""
    import xml.etree.ElementTree as ET

    needles = (b'table:visibility="', b"table:number-columns-spanned", b"table:number-rows-spanned")
    with archive.open("content.xml") as stream:
        if not _contains(stream, needles):
            return frozenset(), []
    hidden: set[int] = set()
    merged: list[Box] = []
    mine, row, column = False, 0, 0
    cells = (f"{_T}table-cell", f"{_T}covered-table-cell")
    with archive.open("content.xml") as stream:
        for event, element in ET.iterparse(stream, events=("start", "end")):
            tag = element.tag
            if tag == f"{_T}table" and event == "start":
                mine, row = element.get(f"{_T}name") == title, 0
            elif not mine:
                continue
            elif tag == f"{_T}table-row" and event == "start":
                column = 0
            elif tag == f"{_T}table-row":
                repeat = min(int(element.get(f"{_T}number-rows-repeated", "1")), MAX_ROWS)
                if element.get(f"{_T}visibility", "visible") != "visible":
                    hidden.update(range(row + 1, row + 1 + repeat))
                row += repeat
                element.clear()
            elif tag in cells and event == "start":
                rows_spanned = int(element.get(f"{_T}number-rows-spanned", "1"))
                columns_spanned = int(element.get(f"{_T}number-columns-spanned", "1"))
                if rows_spanned > 1 or columns_spanned > 1:
                    merged.append(
                        (row, column, row + rows_spanned - 1, column + columns_spanned - 1)
                    )
                column += int(element.get(f"{_T}number-columns-repeated", "1"))
    return frozenset(hidden), merged


# --- what an .xls (BIFF8) keeps: sheets' offsets, row flags --------------------------------

_XLS_BOUNDSHEET, _XLS_ROW, _XLS_EOF = 0x0085, 0x0208, 0x000A
_XLS_HIDDEN = 0x0020  # fDyZero in a ROW record's flags: the row is hidden
# A ROW record's header (type 0x0208, 16 bytes): every row record matches, so when none
# of the matches has the hidden flag no row is hidden; a match with it is confirmed by
# walking the sheet's records.
_XLS_ROW_HEADER = re.compile(rb"\x08\x02\x10\x00")


def _xls_hidden_rows(data: bytes, title: str) -> frozenset[int]:
    """Rows (1-based) hidden in the sheet `title` of an .xls workbook ([MS-XLS] ROW)."""
    import olefile  # type: ignore[import-untyped]  # no type hints published

    with olefile.OleFileIO(data) as ole:
        stream = ole.openstream("Workbook").read()
    offsets = _xls_sheets(stream)
    start = offsets.get(title)
    if start is None:
        return frozenset()
    end = min((o for o in offsets.values() if o > start), default=len(stream))
    flagged = any(
        _word(stream, match.start() + 16) & _XLS_HIDDEN
        for match in _XLS_ROW_HEADER.finditer(stream, start, end)
    )
    if not flagged:
        return frozenset()
    hidden = set()
    for kind, at, size in _xls_records(stream, start, end):
        if kind == _XLS_ROW and size >= 16 and _word(stream, at + 12) & _XLS_HIDDEN:
            hidden.add(_word(stream, at) + 1)
        elif kind == _XLS_EOF:
            break
    return frozenset(hidden)


def _word(stream: bytes, at: int) -> int:
    return int.from_bytes(stream[at : at + 2], "little")


def _xls_records(stream: bytes, start: int, end: int) -> Iterator[tuple[int, int, int]]:
    """(record type, offset of its data, its size) from `start` on."""
    position = start
    while position + 4 <= end:
        kind, size = _word(stream, position), _word(stream, position + 2)
        yield kind, position + 4, size
        position += 4 + size


def _xls_sheets(stream: bytes) -> dict[str, int]:
    """Sheet name -> offset of its records, from the workbook globals' BOUNDSHEET records."""
    sheets: dict[str, int] = {}
    for kind, at, size in _xls_records(stream, 0, len(stream)):
        if kind == _XLS_EOF:
            break
        if kind != _XLS_BOUNDSHEET or size < 8:
            continue
        offset = int.from_bytes(stream[at : at + 4], "little")
        length, wide = stream[at + 6], stream[at + 7] & 1
        raw = stream[at + 8 : at + 8 + length * (2 if wide else 1)]
        sheets[raw.decode("utf-16-le" if wide else "latin-1")] = offset
    return sheets


# --- what an .xlsb (BIFF12) declares: sheet parts, used range, hidden rows -----------------

_XLSB_ROW_HEADER, _XLSB_DIMENSION, _XLSB_SHEET_DATA = 0x0000, 0x0094, 0x0091
_XLSB_BUNDLE_SHEET = 0x009C
_XLSB_HIDDEN = 0x10  # fDyZero in the 12th byte of a BrtRowHdr: the row is hidden


def _xlsb_records(data: bytes) -> Iterator[tuple[int, int, int]]:
    """([MS-XLSB] 2.1.4) (record type, offset of its data, its size) of each whole record."""
    position, end = 0, len(data)
    while position < end:
        kind, position = _varint(data, position, 2)
        size, position = _varint(data, position, 4)
        if position + size > end:
            return  # cut short (a part read only in its first bytes)
        yield kind, position, size
        position += size


def _varint(data: bytes, position: int, most: int) -> tuple[int, int]:
    value = 0
    for shift in range(0, 7 * most, 7):
        if position >= len(data):
            raise ValueError("record cut short")
        byte = data[position]
        position += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            break
    return value, position


def _xlsb_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> zip member (xl/worksheets/sheet1.bin), from BrtBundleSh records."""
    try:
        book = archive.read("xl/workbook.bin")
        named: dict[str, str] = {}
        for kind, at, _size in _xlsb_records(book):
            if kind != _XLSB_BUNDLE_SHEET:
                continue
            rid, at = _wide(book, at + 8)
            name, _ = _wide(book, at)
            named[name] = rid
    except _unreadable():
        return {}
    return _members(archive, "xl/_rels/workbook.bin.rels", named)


def _wide(data: bytes, at: int) -> tuple[str, int]:
    """An XLWideString (a 4-byte count of UTF-16 units, then the units), and what follows."""
    count = int.from_bytes(data[at : at + 4], "little")
    if count == 0xFFFFFFFF:  # a null XLNullableWideString
        return "", at + 4
    end = at + 4 + 2 * count
    return data[at + 4 : end].decode("utf-16-le"), end


_XLSB_HEAD = 1 << 16  # bytes read of a sheet for its BrtWsDim, which comes before its cells


def _xlsb_dimension(archive: zipfile.ZipFile, part: str) -> Box | None:
    """The sheet's BrtWsDim as (first row, first column, last row, last column), 0-based."""
    try:
        with archive.open(part) as stream:
            head = stream.read(_XLSB_HEAD)
        for kind, at, size in _xlsb_records(head):
            if kind == _XLSB_DIMENSION and size >= 16:
                r0, r1, c0, c1 = (
                    int.from_bytes(head[at + 4 * k : at + 4 * k + 4], "little") for k in range(4)
                )
                return r0, c0, r1, c1
            if kind == _XLSB_SHEET_DATA:
                return None
    except _unreadable():
        return None
    return None


def _xlsb_hidden_rows(archive: zipfile.ZipFile, part: str) -> frozenset[int]:
    """Rows (1-based) whose BrtRowHdr has fDyZero: every record of the sheet is walked."""
    data = archive.read(part)
    hidden = set()
    for kind, at, size in _xlsb_records(data):
        if kind == _XLSB_ROW_HEADER and size >= 12 and data[at + 11] & _XLSB_HIDDEN:
            hidden.add(int.from_bytes(data[at : at + 4], "little") + 1)
    return frozenset(hidden)


def _column_letters(number: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
