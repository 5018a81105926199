"""Settling a write that was interrupted: `crossdraw recover FOLDER`.

Reading commands only report an interrupted write (docs/ALGORITHM.md §13.4); this use
case, like the next draw, void or ceremony in the folder, finishes or undoes it.
"""

from __future__ import annotations

from pathlib import Path

from crossdraw.domain.errors import InputError
from crossdraw.output.i18n import say
from crossdraw.store import ledger
from crossdraw.store.journal import Recovery


def recover_folder(folder: Path) -> Recovery:
    """Finish or undo the folder's interrupted write; what was done.

    InputError (nothing deleted) when the folder is missing, its ledger or journal is a
    symbolic link, or its journal names anything but record files of the folder.
    """
    if not folder.is_dir():
        raise InputError.one(str(folder), "is not a folder")
    return ledger.recover(folder)


def recovery_lines(folder: Path, done: Recovery, lang: str) -> list[str]:
    """What `recover` did, for the people at the laptop (zh or en)."""
    if done.outcome == "nothing":
        return [say(lang, "recover_nothing", folder=folder)]
    if done.outcome == "leftovers":
        lines = [say(lang, "recover_leftovers", folder=folder, files=", ".join(done.removed))]
    else:
        files = ", ".join(done.files) or say(lang, "recover_ledger_only")
        lines = [say(lang, f"recover_{done.outcome}", folder=folder, files=files)]
        if done.outcome == "undone":
            lines.append(
                say(
                    lang,
                    "recover_cut",
                    size=done.size,
                    size_before=done.size_before,
                    lines=done.lines,
                )
                if done.size != done.size_before
                else say(lang, "recover_uncut")
            )
    return [*lines, say(lang, "recover_next", folder=folder)]
