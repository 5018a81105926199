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
from crossdraw.output.messages import finding_text, requirement_text, say

# The columns of an enterprise table, and which are never split across lines (a USCC or
# a fraction read aloud in two pieces is read wrongly).
ENTERPRISE_COLUMNS = (
    "out.col.uscc",
    "out.col.name",
    "out.col.county",
    "out.col.categories",
    "out.col.odds",
)
UNSPLIT = (True, False, False, False, True)

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
        say(
            "out.pool_summary",
            pref=f"[bold]{escape(pool.prefecture)}[/bold]",
            eligible=len(pool.eligible),
            total=len(pool.entries),
            excluded=len(pool.excluded),
            counties=len(pool.county_counts()),
        )
    )
    console.print(say("out.pool_digest", digest=pool.digest))
    fp = fingerprint(pool.digest)
    print_whole(console, say("out.pool_fp", fp=f"[bold]{fp}[/bold]"), fp)
    if quota is not None:
        for req in quota.requirements:
            have = sum(1 for e in pool.eligible if req.counts(e.tags))
            line = say("out.requirement_have", req=requirement_text(req), have=have)
            console.print("  " + escape(line))


def print_whole(console: Console, markup: str, value: str) -> None:
    """Print a line carrying a value read aloud (a fingerprint) that must never be split.

    When the line is wider than the console, it is broken before the value's label (after
    the last "；", "; ", "，" or ", " before it), so label and value stay together on a
    line of their own; if even that is too wide, the value gets a line to itself.
    """
    from rich.text import Text

    line = Text.from_markup(markup)
    if line.cell_len <= console.width or not value or value not in line.plain:
        console.print(line)
        return
    before, _, after = line.plain.partition(value)
    cut = max(
        ((before.rfind(sep) + len(sep)) for sep in ("；", "; ", "，", ", ") if sep in before),
        default=0,
    )
    head, label = before[:cut].rstrip(), before[cut:].strip()
    tail = f"{label} {value}".strip() if not label.endswith(("：", ":")) else label + value
    lines = [head] if head else []
    if cell_len("  " + tail + after) <= console.width:
        lines.append("  " + tail + after)
    else:
        lines.extend(["  " + label, "  " + value, "  " + after.strip()])
    for part in lines:
        if part.strip():
            whole = value in part and cell_len(part) <= console.width
            console.print(Text(part), no_wrap=whole, overflow="ignore", crop=False)


def findings_table(title: str, findings: Sequence[Finding]) -> Table:
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for col in ("rule", "verdict", "group", "prefecture", "message"):
        no_wrap = col in ("rule", "verdict", "group")
        table.add_column(say(f"out.col.{col}"), overflow="fold", no_wrap=no_wrap)
    style = {
        "error": f"[red]{say('out.error')}[/red]",
        "warning": f"[yellow]{say('out.warning')}[/yellow]",
        "info": say("out.info"),
    }
    for f in findings:
        table.add_row(
            f.rule,
            style[f.severity],
            "" if f.group is None else str(f.group),
            escape(f.prefecture or ""),
            escape(finding_text(f)),
        )
    return table


def selection_rows(
    ids: Sequence[str],
    pool: Pool,
    names: Mapping[str, str],
    odds: Mapping[str, Fraction],
) -> list[tuple[str, ...]]:
    """The drawn enterprises as rows of ENTERPRISE_COLUMNS (plain text)."""
    from crossdraw.domain.fraction import odds_text

    by_id = {e.id: e for e in pool.entries}
    return [
        (
            i,
            names.get(i, ""),
            by_id[i].county,
            tags_text(by_id[i].tags),
            odds_text(odds[i]),
        )
        for i in ids
    ]


def enterprise_table(console: Console, title: str, rows: Sequence[Sequence[str]]) -> None:
    """A table of enterprises: its USCC and odds never split; stacked when too narrow."""
    columns = tuple(say(c) for c in ENTERPRISE_COLUMNS)
    print_table(console, title, columns, rows, unsplit=UNSPLIT)


def too_narrow(
    console: Console, columns: Sequence[str], rows: Sequence[Sequence[str]], unsplit: Sequence[bool]
) -> bool:
    """Whether the table cannot show its unsplit columns whole at the console's width.

    An unsplit column needs its widest cell; any other column at least a few cells
    (a word or two Chinese characters a line); each column 3 cells of border and padding.
    """
    need = 1
    for i, (whole, header) in enumerate(zip(unsplit, columns)):
        widest = max((cell_len(row[i]) for row in rows), default=0)
        need += 3 + (widest if whole else min(max(widest, cell_len(header[:2])), 6))
    return need > console.width


def stacked(
    console: Console, title: str, columns: Sequence[str], rows: Sequence[Sequence[str]]
) -> None:
    """The table as blocks, one row (enterprise) a block, one line a column: for narrow
    terminals, where a table would split a USCC or a fraction across lines."""
    width = max((cell_len(c) for c in columns), default=0)
    lines = [visible(title), ""]
    for row in rows:
        for column, cell in zip(columns, row):
            lines.append(f"{column}{' ' * (width - cell_len(column))}  {visible(cell)}")
        lines.append("")
    console.file.write("\n".join(lines) + "\n")


def print_table(
    console: Console,
    title: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    unsplit: Sequence[bool] = (),
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

    if any(unsplit) and too_narrow(console, columns, rows, unsplit):
        stacked(console, title, columns, rows)
        return
    every = "".join(chain.from_iterable(rows))
    if not every.isprintable():
        rows = [[visible(cell) for cell in row] for row in rows]
        every = "".join(chain.from_iterable(rows))
    if not (_plain_output(console) and _plain_cell(every)):
        console.print(_table(title, columns, rows, unsplit=unsplit))
        return
    texts = list(zip(*rows)) if rows else [() for _ in columns]  # the table by column
    sizes = [_cell_widths(column) for column in texts]
    lengths = list(zip(*sizes))  # by row
    widths = _column_widths(console, title, columns, rows, texts, sizes, unsplit)
    if len(widths) != len(columns) or min(widths, default=1) < 1:  # too narrow: Rich's way
        console.print(_table(title, columns, rows, unsplit=unsplit))
        return
    head = _table(title, columns, (), widths, unsplit=unsplit)
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
    unsplit: Sequence[bool] = (),
) -> Table:
    from rich.table import Table

    table = Table(title=title, show_header=show_header)
    whole = list(unsplit) or [False] * len(columns)
    for col, width, no_wrap in zip(columns, widths or [None] * len(columns), whole):
        table.add_column(col, overflow="fold", width=width, no_wrap=no_wrap)
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
    unsplit: Sequence[bool] = (),
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
    sample = _table(title, columns, [rows[r] for r in sorted(extremes)], unsplit=unsplit)
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
