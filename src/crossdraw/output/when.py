"""Times as the people at a draw read them: Beijing time. Records and ledger lines keep
UTC (`drawn_at`, `at`); every page and report shows it as 2021-03-02 10:15（北京时间）."""

from __future__ import annotations

import datetime as dt

from crossdraw.output.messages import text

# Hunan's draws happen on Beijing time (UTC+8, no daylight saving).
BEIJING = dt.timezone(dt.timedelta(hours=8))


def beijing(at: str) -> dt.datetime | None:
    """A stored ISO time (UTC when it names no zone) as Beijing time; None when unreadable."""
    try:
        when = dt.datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return when.astimezone(BEIJING)


def beijing_words(when: dt.datetime | None, lang: str) -> str:
    """`2021-03-02 10:15（北京时间）` in the user's language; "" for no time."""
    if when is None:
        return ""
    return text(
        "sheet.when_text", lang, date=when.strftime("%Y-%m-%d"), time=when.strftime("%H:%M")
    )


def beijing_text(at: str, lang: str) -> str:
    """A stored ISO time as Beijing time in the user's language; the stored text when
    unreadable."""
    return beijing_words(beijing(at), lang) or at
