"""Rich tables shared by several commands."""

from __future__ import annotations

import operator
from collections.abc import Mapping, Sequence
from fractions import Fraction
from itertools import chain, compress, repeat
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Console

from crossdraw.cli.safe import escape, visible

if TYPE_CHECKING:  # rich.table and the core load when a table is drawn, not at start-up
    from rich.table import Table

    from crossdraw.domain.pool import Pool
    from crossdraw.domain.rules import Finding
    from crossdraw.lottery.counting import Quota


def tags_text(tags: Sequence[str]) -> str:
    from crossdraw.domain.vocab import tag_label

    return "、".join(tag_label(t) for t in tags)


def pool_summary(console: Console, pool: Pool, quota: Quota | None = None) -> None:
    from crossdraw.domain.canonical import fingerprint

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
    for col in ("规则 rule", "结论 verdict", "组 group", "市州 prefecture", "说明 message"):
        table.add_column(col, overflow="fold")
    style = {
        "error": "[red]✗ 不符 error[/red]",
        "warning": "[yellow]! 提示 warning[/yellow]",
        "info": "· 说明 note",
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

    from crossdraw.domain.fraction import odds_text

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
    table of only the widest cells, which measures the same) and renders title, header
    and edges; rows are laid out here a column at a time, and a cell too long for its
    column is wrapped by Rich's own word wrap (see _folded). Kept for its gain over a
    plain Rich table: figure 5 of `make bench`, in docs/PERFORMANCE.md.
    """
    from rich.box import HEAVY_HEAD

    every = "".join(chain.from_iterable(rows))
    if not every.isprintable():
        rows = [[visible(cell) for cell in row] for row in rows]
        every = "".join(chain.from_iterable(rows))
    if not (_plain_output(console) and _plain_cell(every)):
        console.print(_table(title, columns, rows))
        return
    texts = list(zip(*rows)) if rows else [() for _ in columns]  # the table by column
    sizes = [_cell_widths(column) for column in texts]
    lengths = list(zip(*sizes))  # by row
    widths = _column_widths(console, title, columns, rows, texts, sizes)
    if len(widths) != len(columns) or min(widths, default=1) < 1:  # too narrow: Rich's way
        console.print(_table(title, columns, rows))
        return
    head = _table(title, columns, (), widths)
    with console.capture() as capture:
        console.print(head)  # title, top edge, header, separator, bottom edge
    *lines, bottom, _ = capture.get().split("\n")
    left, middle, right = (
        f"{HEAVY_HEAD.mid_left} ",
        f" {HEAVY_HEAD.mid_vertical} ",
        f" {HEAVY_HEAD.mid_right}",
    )

    def laid_out(cells: Sequence[tuple[str, ...]], lens: Sequence[Sequence[int]]) -> list[str]:
        """Rows of cells by column, each padded to its column's width, one line a row."""
        padded = [
            map(operator.add, column, map(" ".__mul__, map(operator.sub, repeat(w), n)))
            for column, n, w in zip(cells, lens, widths)
        ]
        return [left + middle.join(line) + right for line in zip(*padded)]

    one_line = laid_out(texts, sizes)  # every row as if it fitted
    narrowed = [i for i, (n, w) in enumerate(zip(map(max, sizes), widths)) if n > w] if rows else []
    over = sorted(
        set(
            chain.from_iterable(
                compress(range(len(rows)), map(operator.gt, sizes[i], repeat(widths[i])))
                for i in narrowed
            )
        )
    )
    known: Folds = {}  # most overlong cells repeat (odds, categories)
    done = 0
    for r in over:  # rows with an overlong cell: each such cell as Rich wraps it
        lines.extend(one_line[done:r])
        done = r + 1
        folded = [
            _folded(console, text, width, known) if n > width else [(text, n)]
            for text, n, width in zip(rows[r], lengths[r], widths)
        ]
        height = max(map(len, folded))
        for cell in folded:
            cell.extend([("", 0)] * (height - len(cell)))
        cells_by_column = [tuple(text for text, _ in cell) for cell in folded]
        lens_by_column = [[n for _, n in cell] for cell in folded]
        lines.extend(laid_out(cells_by_column, lens_by_column))
    lines.extend(one_line[done:])
    lines.append(bottom)
    console.file.write("\n".join(lines) + "\n")


Folds = dict[tuple[str, int], list[tuple[str, int]]]


def _folded(console: Console, text: str, width: int, known: Folds) -> list[tuple[str, int]]:
    """The lines (with their widths) Rich folds a table cell's text into at `width`:
    its own word wrap, left-justified, as a table column with overflow="fold" does.

    Text without white space, with characters one or two cells wide that each fit in
    `width` (a Chinese name), is one word, which Rich chops where the next character
    would not fit; that is done here. Everything else goes through Rich's word wrap.
    """
    found = known.get((text, width))
    if found is None:
        sizes = list(map(_CHARACTER_WIDTHS.__getitem__, text))
        if text.split() == [text] and 0 not in sizes and max(sizes) <= width:
            found = _chopped(text, sizes, width)
        else:
            from rich.text import Text

            lines = Text(text).wrap(console, width, justify="left", overflow="fold")
            found = [(line.plain, cell_len(line.plain)) for line in lines]
        known[text, width] = found
    return list(found)


def _chopped(text: str, sizes: list[int], width: int) -> list[tuple[str, int]]:
    """rich.cells.chop_cells for characters of width 1 or 2, with each line's width."""
    lines: list[tuple[str, int]] = []
    line_size, line_offset = 0, 0
    for index, size in enumerate(sizes):
        if line_size + size > width:
            lines.append((text[line_offset:index], line_size))
            line_offset, line_size = index, 0
        line_size += size
    if line_size:
        lines.append((text[line_offset:], line_size))
    return lines


def _cell_widths(column: Sequence[str]) -> list[int]:
    """Rich's cell length of each text of a column, a column at a time.

    Rich sums the widths of the characters (0, 1 or 2) unless a joiner or a variation
    selector makes it measure graphemes; each text becomes, through a translation that
    writes every character as as many characters as its width, as long as its width.
    """
    text = "".join(column)
    if text.isascii() and text.isprintable():
        return list(map(len, column))
    if "\u200d" in text or "\ufe0f" in text:  # joiners: Rich measures graphemes
        return list(map(cell_len, column))
    table = {}
    for character in dict.fromkeys(text):
        width = _CHARACTER_WIDTHS[character]
        if width != 1:
            table[ord(character)] = " " * width
    return list(map(len, map(str.translate, column, repeat(table))))


class _CharacterWidths(dict[str, int]):
    """Rich's width of each character, cached. Not domain.text.display_width: these rows
    must line up with the header and edges Rich draws, and Rich's tables (newer Unicode)
    and Python's disagree on some 900 characters (Hangul jamo, Devanagari marks, ☰)."""

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
) -> Table:
    from rich.table import Table

    table = Table(title=title, show_header=show_header)
    for col, width in zip(columns, widths or [None] * len(columns)):
        table.add_column(col, overflow="fold", width=width)
    for row in rows:
        table.add_row(*(escape(cell) for cell in row))
    return table


def _column_widths(
    console: Console,
    title: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
    texts: Sequence[Sequence[str]],
    sizes: Sequence[Sequence[int]],
) -> list[int]:
    """The content widths Rich gives the table's columns (`texts` and their `sizes` by column).

    Rich sizes a column by its widest cell and its longest word, so a table of just
    those cells gets the same widths; they are read off its rendered top edge.
    """
    from rich.box import HEAVY_HEAD

    extremes: set[int] = set()
    for cells, lens in zip(texts, sizes):
        if not lens:
            continue
        extremes.add(lens.index(max(lens)))
        if " " in "".join(cells):
            fits = {c: _shortest_fit(c) for c in dict.fromkeys(cells)}
            extremes.add(cells.index(max(fits, key=fits.__getitem__)))
    sample = _table(title, columns, [rows[r] for r in sorted(extremes)])
    with console.capture() as capture:
        console.print(sample)
    top = next(line for line in capture.get().split("\n") if line.startswith(HEAVY_HEAD.top_left))
    inner = top[1:-1].split(HEAVY_HEAD.top_divider)
    return [len(part) - 2 for part in inner]


def _shortest_fit(text: str) -> int:
    """The narrowest width Rich can fold `text` into without breaking a word."""
    if " " not in text:
        return cell_len(text)
    return max((cell_len(word) for word in text.split()), default=0)


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
