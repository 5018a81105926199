"""Pausing Python's cyclic garbage collector while a list is read, from any thread.

A list of a million rows allocates millions of containers and no reference cycles; the
collector would rescan them over and over (a third of the load time) for nothing. A
workbook is read in a thread (`workbook.read_ahead`) while the main thread may load
another list, so the pauses are counted: the collector runs again when the last ends,
and only if it ran before the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextmanager
def paused() -> Iterator[None]:
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
