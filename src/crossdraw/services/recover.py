"""Settling a write that was interrupted: `crossdraw recover FOLDER`.

Reading commands only report an interrupted write (docs/ALGORITHM.md §13.4); this use
case, like the next draw, void or ceremony in the folder, finishes or undoes it.
"""

from __future__ import annotations

from pathlib import Path

from crossdraw.domain.errors import InputError
from crossdraw.output.messages import say, text
from crossdraw.store import ledger
from crossdraw.store.journal import Recovery


def recover_folder(folder: Path) -> Recovery:
    """Finish or undo the folder's interrupted write; what was done.

    InputError (nothing deleted) when the folder is missing, its ledger or journal is a
    symbolic link, or its journal names anything but record files of the folder.
    """
    if not folder.is_dir():
        raise InputError.one(str(folder), say("input.not_folder"))
    return ledger.recover(folder)


def recovery_lines(folder: Path, done: Recovery, lang: str) -> list[str]:
    """What `recover` did, for the people at the laptop (zh or en)."""
    if done.outcome == "nothing":
        return [text("recover.nothing", lang, folder=folder)]
    if done.outcome == "leftovers":
        lines = [text("recover.leftovers", lang, folder=folder, files=", ".join(done.removed))]
    else:
        files = ", ".join(done.files) or text("recover.ledger_only", lang)
        lines = [text(f"recover.{done.outcome}", lang, folder=folder, files=files)]
        if done.outcome == "undone":
            lines.append(
                text(
                    "recover.cut",
                    lang,
                    size=done.size,
                    size_before=done.size_before,
                    lines=done.lines,
                )
                if done.size != done.size_before
                else text("recover.uncut", lang)
            )
    return [*lines, text("recover.next", lang, folder=folder)]
