"""The eligible pool of a target prefecture (E1-E3) and its order-free listing and digest."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
from typing import Any

from crossdraw.domain.canonical import digest
from crossdraw.domain.models import Enterprise

E2_REASON = "E2: 省厅直接执法对象 (under the department's direct enforcement)"


@dataclass(frozen=True, slots=True)
class PoolEntry:
    id: str
    county: str
    tags: tuple[str, ...]
    excluded: str | None  # "E2: …" / "E3: …" reason, None when eligible

    @property
    def eligible(self) -> bool:
        return self.excluded is None

    def listing(self) -> dict[str, Any]:
        item: dict[str, Any] = {
            "id": self.id,
            "county": self.county,
            "tags": list(self.tags),
            "eligible": self.eligible,
        }
        if self.excluded is not None:
            item["excluded"] = self.excluded
        return item


@dataclass(frozen=True)
class Pool:
    """Every enterprise of one prefecture, sorted by id, with eligibility."""

    prefecture: str
    entries: tuple[PoolEntry, ...]

    # Cached: a pool is immutable, and a million-row list makes each of these costly.
    @cached_property
    def eligible(self) -> tuple[PoolEntry, ...]:
        return tuple(e for e in self.entries if e.excluded is None)

    @cached_property
    def excluded(self) -> tuple[PoolEntry, ...]:
        return tuple(e for e in self.entries if e.excluded is not None)

    def listing(self) -> dict[str, Any]:
        """The canonical pool listing that the pool digest covers (shared: do not modify)."""
        return self._listing

    @cached_property
    def _listing(self) -> dict[str, Any]:
        return {"prefecture": self.prefecture, "enterprises": [e.listing() for e in self.entries]}

    @cached_property
    def digest(self) -> str:
        return digest(self.listing())

    def county_counts(self) -> list[tuple[str, int]]:
        counts = Counter(e.county for e in self.eligible)
        return sorted(counts.items())

    def tag_counts(self) -> list[tuple[str, int]]:
        counts = Counter(t for e in self.eligible for t in e.tags)
        return sorted(counts.items())

    @classmethod
    def from_listing(cls, listing: Mapping[str, Any]) -> Pool:
        """Rebuild a pool from its listing (as stored in a record); trusts its shape."""
        entries = tuple(
            PoolEntry(
                id=str(item["id"]),
                county=str(item["county"]),
                tags=tuple(str(t) for t in item["tags"]),
                excluded=None if item["eligible"] else str(item.get("excluded", "")),
            )
            for item in listing["enterprises"]
        )
        return cls(prefecture=str(listing["prefecture"]), entries=entries)


def build_pool(
    prefecture: str,
    enterprises: Iterable[Enterprise],
    exclusions: Mapping[str, str] | None = None,
) -> Pool:
    """E1: the prefecture's enterprises; E2: provincial-direct ones out; E3: listed ones out."""
    exclusions = exclusions or {}
    entries = []
    for ent in enterprises:
        if ent.prefecture != prefecture:
            continue
        reason: str | None = None
        if ent.provincial_direct:
            reason = E2_REASON
        elif ent.id in exclusions:
            reason = f"E3: {exclusions[ent.id]}"
        entries.append(PoolEntry(ent.id, ent.county, ent.tags, reason))
    entries.sort(key=attrgetter("id"))
    return Pool(prefecture, tuple(entries))
