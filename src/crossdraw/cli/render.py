"""Rich tables shared by several commands."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction
from itertools import chain
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len
from rich.console import Console

from crossdraw.cli.safe import escape, visible

if TYPE_CHECKING:  # rich.table and the core load when a table is drawn, not at start-up
    from rich.table import Table

    from crossdraw.counting import Quota
    from crossdraw.pool import Pool
    from crossdraw.rules import Finding


def tags_text(tags: Sequence[str]) -> str:
    from crossdraw.vocab import tag_label

    return "、".join(tag_label(t) for t in tags)


def pool_summary(console: Console, pool: Pool, quota: Quota | None = None) -> None:
    from crossdraw.canonical import fingerprint

    console.print(
        f"[bold]{escape(pool.prefecture)}[/bold]: {len(pool.eligible)} eligible of {len(pool.entries)} "
        f"({len(pool.excluded)} excluded), {len(pool.county_counts())} counties"
    )
    console.print(f"  pool digest {pool.digest}")
    console.print(f"  fingerprint [bold]{fingerprint(pool.digest)}[/bold]")
    if quota is not None:
        for req in quota.requirements:
            have = sum(1 for e in pool.eligible if req.counts(e.tags))
            console.print(f"  {escape(req.describe())}: {have} here")


def findings_table(title: str, findings: Sequence[Finding]) -> Table:
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for col in ("rule", "verdict", "group", "prefecture", "message"):
        table.add_column(col, overflow="fold")
    style = {
        "error": "[red]✗ error[/red]",
        "warning": "[yellow]! warning[/yellow]",
        "info": "· note",
    }
    for f in findings:
        table.add_row(
            f.rule,
            style[f.severity],
            "" if f.group is None else str(f.group),
            escape(f.prefecture or ""),
            escape(f.message),
        )
    return table


def selection_table(
    title: str,
    ids: Sequence[str],
    pool: Pool,
    names: Mapping[str, str],
    odds: Mapping[str, Fraction],
) -> Table:
    from rich.table import Table

    from crossdraw.records import odds_text

    by_id = {e.id: e for e in pool.entries}
    table = Table(title=title)
    for col in ("USCC", "name 企业名称", "county 县市区", "categories 类别", "odds 概率"):
        table.add_column(col, overflow="fold")
    for i in ids:
        entry = by_id[i]
        table.add_row(
            escape(i),
            escape(names.get(i, "")),
            escape(entry.county),
            escape(tags_text(entry.tags)),
            odds_text(odds[i]),
        )
    return table


def print_table(
    console: Console, title: str, columns: Sequence[str], rows: Sequence[Sequence[str]]
) -> None:
    """Print `rows` (plain text, no markup) as a Rich table with folding columns.

    Rich measures and renders every cell of every row, which takes a minute for the
    hundred thousand rows of a million-row list. For plain output (no colours, a Unicode
    box) this prints the same text faster: Rich still sets the column widths (from a
    table of only the widest cells, which measures the same), renders title, header and
    edges, and renders each row that needs wrapping; the other rows are laid out here.
    """
    from rich.box import HEAVY_HEAD

    if not "".join(chain.from_iterable(rows)).isprintable():
        rows = [[visible(cell) for cell in row] for row in rows]
    if not (_plain_output(console) and _plain_cell("".join(chain.from_iterable(rows)))):
        console.print(_table(title, columns, rows))
        return
    known: dict[str, int] = {}  # most cells repeat (counties, categories, odds)
    lengths = [[_width(c, known) for c in row] for row in rows]
    widths = _column_widths(console, title, columns, rows, lengths)
    head = _table(title, columns, (), widths)
    with console.capture() as capture:
        console.print(head)  # title, top edge, header, separator, bottom edge
    *lines, bottom, _ = capture.get().split("\n")
    left, middle, right = (
        f"{HEAVY_HEAD.mid_left} ",
        f" {HEAVY_HEAD.mid_vertical} ",
        f" {HEAVY_HEAD.mid_right}",
    )
    longest = [max(col, default=0) for col in zip(*lengths)]
    narrowed = [i for i, (n, w) in enumerate(zip(longest, widths)) if n > w]
    # None: the row fits on one line; a pair: one cell breaks at its only space into two
    # lines; else Rich wraps it.
    shapes = [_wrap_shape(row, lens, widths, narrowed) for row, lens in zip(rows, lengths)]
    to_rich = [row for row, shape in zip(rows, shapes) if shape is _RICH]
    wrapped = iter(_wrapped_rows(console, columns, to_rich, widths))
    for row, lens, shape in zip(rows, lengths, shapes):
        if shape is None:
            cells = [c + " " * (w - n) for c, n, w in zip(row, lens, widths)]
            lines.append(left + middle.join(cells) + right)
        elif isinstance(shape, TwoLines):
            top, top_lens = list(row), list(lens)
            top[shape.column], top_lens[shape.column] = shape.first, shape.first_len
            under, under_lens = [""] * len(row), [0] * len(row)
            under[shape.column], under_lens[shape.column] = shape.second, shape.second_len
            for texts, sizes in ((top, top_lens), (under, under_lens)):
                cells = [c + " " * (w - n) for c, n, w in zip(texts, sizes, widths)]
                lines.append(left + middle.join(cells) + right)
        else:  # as Rich rendered it at the same widths
            lines.extend(next(wrapped))
    lines.append(bottom)
    console.file.write("\n".join(lines) + "\n")


class TwoLines(NamedTuple):
    """A row whose one overlong cell breaks at its only space: each word on a line."""

    column: int
    first: str
    first_len: int
    second: str
    second_len: int


_RICH = "rich"  # a row only Rich lays out
Shape = TwoLines | str | None


def _wrap_shape(
    row: Sequence[str], lens: Sequence[int], widths: Sequence[int], narrowed: Sequence[int]
) -> Shape:
    """How a row is laid out: on one line (None); as two lines when its one overlong cell
    holds a single space between two words that each fit (column, first, second, with
    their widths); or by Rich (_RICH), for every other case."""
    over = [i for i in narrowed if lens[i] > widths[i]]
    if not over:
        return None
    if len(over) > 1:
        return _RICH
    column = over[0]
    first, _, second = row[column].partition(" ")
    if not (first and second) or " " in second:
        return _RICH
    first_len, second_len = cell_len(first), cell_len(second)
    if first_len > widths[column] or second_len > widths[column]:
        return _RICH
    return TwoLines(column, first, first_len, second, second_len)


def _wrapped_rows(
    console: Console, columns: Sequence[str], rows: Sequence[Sequence[str]], widths: list[int]
) -> list[list[str]]:
    """The lines Rich renders for each of `rows` at `widths`, all in one table.

    Each row ends a section, so Rich draws a rule (├…┤) after it; the lines between
    the rules are the row's, exactly as a table of that row alone renders them.
    """
    if not rows:
        return []
    table = _table(None, columns, rows, widths, show_header=False, sections=True)
    with console.capture() as capture:
        console.print(table)
    found: list[list[str]] = [[]]
    for line in capture.get().split("\n")[1:-2]:  # without top and bottom edges
        if line.startswith("├"):
            found.append([])
        else:
            found[-1].append(line)
    return found


def _width(text: str, known: dict[str, int]) -> int:
    if text.isascii() and text.isprintable():
        return len(text)  # one cell a character, as Rich counts it
    width = known.get(text)
    if width is None:
        if "\u200d" in text or "\ufe0f" in text:  # joiners: Rich measures graphemes
            width = cell_len(text)
        else:  # Rich's sum of character widths, each character looked up once
            width = sum(map(_CHARACTER_WIDTHS.__getitem__, text))
        known[text] = width
    return width


class _CharacterWidths(dict[str, int]):
    def __missing__(self, character: str) -> int:
        width = self[character] = cell_len(character)
        return width


_CHARACTER_WIDTHS = _CharacterWidths()


def _table(
    title: str | None,
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[int | None] = (),
    *,
    show_header: bool = True,
    sections: bool = False,
) -> Table:
    from rich.table import Table

    table = Table(title=title, show_header=show_header)
    for col, width in zip(columns, widths or [None] * len(columns)):
        table.add_column(col, overflow="fold", width=width)
    for row in rows:
        table.add_row(*(escape(cell) for cell in row), end_section=sections)
    return table


def _column_widths(
    console: Console,
    title: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
    lengths: Sequence[Sequence[int]],
) -> list[int]:
    """The content widths Rich gives the table's columns.

    Rich sizes a column by its widest cell and its longest word, so a table of just
    those cells gets the same widths; they are read off its rendered top edge.
    """
    from rich.box import HEAVY_HEAD

    extremes: set[int] = set()
    fits: dict[str, int] = {}
    for cells, lens in zip(zip(*rows), zip(*lengths)):
        extremes.add(max(range(len(lens)), key=lens.__getitem__))
        if any(" " in cell for cell in cells):
            narrowest = [_shortest_fit(c, n, fits) for c, n in zip(cells, lens)]
            extremes.add(max(range(len(narrowest)), key=narrowest.__getitem__))
    sample = _table(title, columns, [rows[r] for r in sorted(extremes)])
    with console.capture() as capture:
        console.print(sample)
    top = next(line for line in capture.get().split("\n") if line.startswith(HEAVY_HEAD.top_left))
    inner = top[1:-1].split(HEAVY_HEAD.top_divider)
    return [len(part) - 2 for part in inner]


def _shortest_fit(text: str, length: int, known: dict[str, int]) -> int:
    """The narrowest width Rich can fold `text` into without breaking a word."""
    if " " not in text:
        return length
    width = known.get(text)
    if width is None:
        width = known[text] = max((cell_len(word) for word in text.split()), default=0)
    return width


def _plain_output(console: Console) -> bool:
    return (
        console.color_system is None
        and not console.record
        and not console.legacy_windows
        and not console.options.ascii_only
    )


def _plain_cell(text: str) -> bool:
    # Rich would turn ":name:" into an emoji, expand or break on control characters, and
    # its markup escaping doubles a trailing backslash.
    return text.isprintable() and ":" not in text and "\\" not in text
