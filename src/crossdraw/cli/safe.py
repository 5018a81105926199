"""Text from lists, plans, records and prompts, made safe to print in a terminal.

Rich markup in it is escaped and hidden characters are shown (crossdraw.domain.hidden).
"""

from __future__ import annotations

from rich.markup import escape as escape_markup

from crossdraw.domain.hidden import visible

__all__ = ["escape", "visible"]


def escape(text: str) -> str:
    """`text` for Rich markup: markup escaped, hidden characters made visible."""
    return escape_markup(visible(text))
