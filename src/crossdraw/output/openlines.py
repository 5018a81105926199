"""Ledger lines that led to no draw (commitments, seed commitments, seeds), told plainly.

`verify` and `export` list them so that an abandoned or restarted ceremony (a seed that
was rolled again) is never silent (docs/ALGORITHM.md §17).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from crossdraw.domain.answers import grouped
from crossdraw.domain.answers import grouped_seed as _grouped
from crossdraw.output.messages import text
from crossdraw.output.when import beijing_text
from crossdraw.records.chain import Entry
from crossdraw.records.models import CommitmentLine, DrawRecord, SeedCommitLine, SeedLine


def grouped_seed(seed: str) -> str:
    """A seed as shown everywhere: each part in groups of four, with the digit count."""
    shown = _grouped(seed)
    return f"{shown[0]} ({shown[1]})" if shown is not None else seed


def seed_shown(seed: str, lang: str) -> str:
    """A seed on a page, in the user's language: `3820 1749 - 1023 8475（16 位数字）`."""
    shown = _grouped(seed)
    if shown is None:
        return seed
    return text("ceremony.seed_grouped", lang, seed=shown[0], digits=shown[1])


def who(entry: Entry) -> list[str]:
    """Who a line names: the people present at a commitment, the parties of a seed."""
    line = entry.line_model
    if isinstance(line, CommitmentLine):
        p = line.present
        return [n for n in (p.witness, p.drawer, p.bureau_rep, p.leader or "") if n]
    if isinstance(line, SeedCommitLine | SeedLine):
        return [part.party for part in line.parts]
    return []


def open_line_json(entry: Entry) -> dict[str, Any]:
    out: dict[str, Any] = {
        "line": entry.line,
        "type": entry.type,
        "at": entry.line_model.at,
        "group": entry.key.group,
        "prefecture": entry.key.prefecture,
        "who": who(entry),
    }
    if isinstance(entry.line_model, SeedLine):
        out["seed"] = entry.line_model.seed
    return out


def open_line_texts(entries: Sequence[Entry], lang: str) -> list[str]:
    """A heading and one line each, in the user's language; nothing when there are none."""
    if not entries:
        return []
    out = [text("open.title", lang)]
    for entry in entries:
        line = entry.line_model
        out.append(
            text(
                f"open.{entry.type}",
                lang,
                line=entry.line,
                at=beijing_text(line.at, lang),
                target=entry.key.prefecture,
                group=entry.key.group,
                who="、".join(who(entry)) or "-",
                seed=grouped_seed(line.seed) if isinstance(line, SeedLine) else "",
            )
        )
    return out


def seed_json(record: DrawRecord) -> dict[str, Any]:
    """A record's seed for `verify --json`: grouped, its digit count, who gave each part,
    and which parts are beacons."""
    seed = record.seed
    parties = seed.parties or ()
    beacons = {b.part: b.name for b in seed.beacons or ()}
    return {
        "value": seed.value,
        "grouped": grouped_seed(seed.value),
        "digits": sum(c.isdigit() for c in seed.value),
        "parts": [
            {
                "digits": part,
                "party": parties[i - 1] if i <= len(parties) else None,
                "beacon": beacons.get(i),
            }
            for i, part in enumerate(seed.parts, start=1)
        ],
    }


def seed_text(record: DrawRecord, lang: str) -> str:
    """The seed as `verify` prints it: grouped with its digit count, each part with who
    gave it, and which part came from a beacon."""
    seed = record.seed
    parties = seed.parties or ()
    beacons = {b.part: b.name for b in seed.beacons or ()}
    parts = []
    for i, part in enumerate(seed.parts, start=1):
        label = f"{i}. {grouped(part)}"
        if i <= len(parties):
            label += f" ({parties[i - 1]})"
        if i in beacons:
            label += " " + text("verify.beacon_part", lang, i=i, name=beacons[i])
        parts.append(label)
    return text(
        "verify.seed_parts", lang, seed=grouped_seed(seed.value), parts="; ".join(parts) or "-"
    )
