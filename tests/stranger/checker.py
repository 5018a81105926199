"""A stranger's checker of a crossdraw draws folder, written from docs/ALGORITHM.md and
docs/schemas/*.json alone (issue 11): it never imports crossdraw nor reads its source.

It re-derives every draw record (§2-§11), checks the ledger chain (§13) with its /1 and
/2 lines and their signatures (§14), the seed commitments and seeds (§17), every
commitment document's digest (§13.1) and every table record's digest (§18.8; the table
draw itself, §18.2-§18.6, is re-derived for plans of up to TABLE_LIMIT prefectures, any
plan with --all-tables: Hunan's takes some minutes).

    python tests/stranger/checker.py DRAWS_FOLDER [--all-tables]

prints the problems found (none: exit 0) and what it derived, as JSON.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sys
from dataclasses import dataclass, field
from functools import cache
from math import comb
from pathlib import Path
from typing import Any

GENESIS = "0" * 64

# ---------------------------------------------------------------- §4 canonical JSON


def canonical(value: Any) -> bytes:
    """§4: what json.dumps(ensure_ascii=False, sort_keys=True, separators) produces."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def digest(value: Any) -> str:
    return hashlib.sha256(canonical(value)).hexdigest()


def fingerprint(hex_digest: str) -> str:
    head = hex_digest[:16].upper()
    return " ".join(head[i : i + 4] for i in range(0, 16, 4))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"key {key!r} twice")
        out[key] = value
    return out


def _no_float(text: str) -> Any:
    raise ValueError(f"floating-point number {text}")


def parse(text: str) -> Any:
    """§11/§15: strict reading (a key twice or a float is refused)."""
    return json.loads(text, object_pairs_hook=_no_duplicates, parse_float=_no_float)


def without(obj: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if k not in keys}


# ---------------------------------------------------------------- §2 the sampler


def value(seed: str, i: int) -> int:
    return int.from_bytes(hashlib.sha256(f"{seed},{i}".encode()).digest(), "big")


def below(seed: str, bound: int, index: int = 1) -> tuple[int, int, int]:
    """§2: (result, next unused index, rejected candidates)."""
    k = 1
    while 2 ** (256 * k) < bound:
        k += 1
    top = 2 ** (256 * k)
    limit = top - top % bound
    rejected = 0
    while True:
        candidate = 0
        for _ in range(k):
            candidate = (candidate << 256) | value(seed, index)
            index += 1
        if candidate < limit:
            return candidate % bound, index, rejected
        rejected += 1


# ---------------------------------------------------------------- §6-§9 the draw

Coverage = tuple[int, ...]
State = tuple[int, int, Coverage, int]  # (j, d, c, u) of §7.2


@dataclass(frozen=True)
class Quotas:
    n: int
    d: int
    categories: tuple[frozenset[str], ...]
    at_least: tuple[int, ...]

    def mask(self, tags: list[str]) -> int:
        return sum(1 << r for r, cats in enumerate(self.categories) if cats & set(tags))

    def add(self, x: Coverage, y: Coverage) -> Coverage:
        return tuple(min(a + b, cap) for a, b, cap in zip(x, y, self.at_least, strict=True))

    def zero(self) -> Coverage:
        return tuple(0 for _ in self.at_least)


def requirements_in_force(record: dict[str, Any]) -> list[dict[str, Any]]:
    """§6: the plan's requirements less the waived ones, with the Q5 substitutions."""
    waived = {w["rule"] for w in record["waivers"]}
    tags_seen = {
        tag
        for pool in record["pools"]
        for e in pool["listing"]["enterprises"]
        if e["eligible"]
        for tag in e["tags"]
    }
    out = []
    for req in record["rules"]["requirements"]:
        if req["id"] in waived:
            continue
        subs = sorted([a, b] for a, b in req["substitutes"].items() if a not in tags_seen)
        cats = sorted(set(req["any_of"]) | {b for _, b in subs})
        out.append(
            {"id": req["id"], "categories": cats, "at_least": req["at_least"], "substituted": subs}
        )
    return out


class Target:
    """One target's bins (§7.1) and its programmes (§7.2-§7.4) under a terminal weight."""

    def __init__(self, listing: dict[str, Any], q: Quotas) -> None:
        self.q = q
        self.names = {e["id"]: e for e in listing["enterprises"]}
        bins: dict[tuple[str, int], list[str]] = {}
        for e in listing["enterprises"]:
            if e["eligible"]:
                bins.setdefault((e["county"], q.mask(e["tags"])), []).append(e["id"])
        self.bins = [(key, sorted(bins[key])) for key in sorted(bins)]

    def step(self, s: State, b: int, t: int) -> State:
        j, d, c, u = s
        (county, mask), _ = self.bins[b]
        if b == 0 or self.bins[b - 1][0][0] != county:
            u = 0
        j += t
        if t > 0:
            c = tuple(
                min(x + t, cap) if mask >> r & 1 else x
                for r, (x, cap) in enumerate(zip(c, self.q.at_least))
            )
            if u == 0:
                d, u = min(d + 1, self.q.d), 1
        return (j, d, c, u)

    def moves(self, s: State, b: int) -> list[int]:
        return list(range(min(len(self.bins[b][1]), self.q.n - s[0]) + 1))

    def initial(self) -> State:
        return (0, 0, self.q.zero(), 0)

    def forward(self) -> list[dict[State, int]]:
        layers = [{self.initial(): 1}]
        for b, (_, ids) in enumerate(self.bins):
            nxt: dict[State, int] = {}
            for s, count in layers[-1].items():
                for t in self.moves(s, b):
                    s2 = self.step(s, b, t)
                    nxt[s2] = nxt.get(s2, 0) + count * comb(len(ids), t)
            layers.append(nxt)
        return layers

    def classes(self) -> dict[Coverage, int]:
        out: dict[Coverage, int] = {}
        for (j, d, c, _), count in self.forward()[-1].items():
            if j == self.q.n and d == self.q.d:
                out[c] = out.get(c, 0) + count
        return out

    def backward(self, w: dict[Coverage, int]) -> Any:
        @cache
        def weight(b: int, s: State) -> int:
            if b == len(self.bins):
                return w.get(s[2], 0) if s[0] == self.q.n and s[1] == self.q.d else 0
            size = len(self.bins[b][1])
            return sum(comb(size, t) * weight(b + 1, self.step(s, b, t)) for t in self.moves(s, b))

        return weight

    def coverage(self, ids: list[str]) -> Coverage:
        c = self.q.zero()
        for i in ids:
            m = self.q.mask(self.names[i]["tags"])
            c = self.q.add(c, tuple(m >> r & 1 for r in range(len(c))))
        return c


def completions(q: Quotas, classes: list[dict[Coverage, int]], start: Coverage) -> int:
    """§7.3."""
    dist = {start: 1}
    for table in classes:
        nxt: dict[Coverage, int] = {}
        for c, x in dist.items():
            for c2, y in table.items():
                key = q.add(c, c2)
                nxt[key] = nxt.get(key, 0) + x * y
        dist = nxt
    return dist.get(tuple(q.at_least), 0)


def kth_subset(ids: list[str], t: int, q: int) -> list[str]:
    """§8: the q-th t-subset of sorted ids, lexicographic in index tuples."""
    out, i, m = [], 0, len(ids)
    for left in range(t, 0, -1):
        while q >= comb(m - i - 1, left - 1):
            q -= comb(m - i - 1, left - 1)
            i += 1
        out.append(ids[i])
        i += 1
    return out


def fraction(p: int, q: int) -> str:
    from math import gcd

    g = gcd(p, q) or 1
    return f"{p // g}/{q // g}"


@dataclass
class Derived:
    """What the checker re-derived for one record."""

    digest: str
    requirements_in_force: list[dict[str, Any]]
    pools: list[dict[str, Any]]
    counts: dict[str, str]
    random: dict[str, Any]
    selected: list[str]
    probabilities: dict[str, str]


def derive(record: dict[str, Any]) -> Derived:
    """§8-§9 from the record's own listings, rules, waivers, previous and seed."""
    rif = requirements_in_force(record)
    waived = {w["rule"] for w in record["waivers"]}
    rules = record["rules"]
    q = Quotas(
        n=rules["per_prefecture"],
        d=0 if "Q2" in waived else rules["min_counties"],
        categories=tuple(frozenset(r["categories"]) for r in rif),
        at_least=tuple(r["at_least"] for r in rif),
    )
    listings = {p["prefecture"]: p["listing"] for p in record["pools"]}
    targets = {name: Target(listing, q) for name, listing in listings.items()}
    order = record["group"]["targets"]
    classes = {name: targets[name].classes() for name in order}
    start = q.zero()
    prior = set()
    for prev in record["previous"]:
        start = q.add(start, targets[prev["prefecture"]].coverage(prev["selected"]))
        prior.add(prev["prefecture"])
    me = targets[record["target"]]
    rest = [classes[t] for t in order if t != record["target"] and t not in prior]
    w = {c: completions(q, rest, q.add(start, c)) for c in classes[record["target"]]}
    weight = me.backward(w)
    n_this = weight(0, me.initial())
    group_total = completions(q, [classes[t] for t in order], q.zero())
    x, next_index, rejected = below(record["seed"]["value"], n_this) if n_this else (0, 1, 0)
    rnd = {
        "integer": str(x),
        "bound": str(n_this),
        "first_index": 1,
        "next_index": next_index,
        "rejected": rejected,
    }
    chosen: list[str] = []
    s = me.initial()
    for b, (_, ids) in enumerate(me.bins):
        for t in me.moves(s, b):
            s2 = me.step(s, b, t)
            rest_w = weight(b + 1, s2)
            block = comb(len(ids), t) * rest_w
            if x < block:
                chosen += kth_subset(ids, t, x // rest_w)
                x %= rest_w
                s = s2
                break
            x -= block
    chosen.sort()
    forward = me.forward()
    probs = {}
    for b, (_, ids) in enumerate(me.bins):
        hits = sum(
            count * comb(len(ids) - 1, t - 1) * weight(b + 1, me.step(st, b, t))
            for st, count in forward[b].items()
            for t in me.moves(st, b)
            if t >= 1
        )
        for i in ids:
            probs[i] = fraction(hits, n_this)
    pools = [
        {
            "prefecture": p["prefecture"],
            "digest": digest(p["listing"]),
            "eligible": sum(e["eligible"] for e in p["listing"]["enterprises"]),
        }
        for p in record["pools"]
    ]
    return Derived(
        digest=digest(without(record, "digest", "signature")),
        requirements_in_force=rif,
        pools=pools,
        counts={"group_valid_selections": str(group_total), "this_draw": str(n_this)},
        random=rnd,
        selected=chosen,
        probabilities={i: probs[i] for i in chosen},
    )


def record_problems(name: str, record: dict[str, Any]) -> tuple[Derived, list[str]]:
    got = derive(record)
    bad = []
    for key in ("digest", "requirements_in_force", "counts", "random"):
        if record[key] != getattr(got, key):
            bad.append(f"{name}: {key} differs")
    for stated, mine in zip(record["pools"], got.pools, strict=True):
        if stated["digest"] != mine["digest"] or stated["eligible"] != mine["eligible"]:
            bad.append(f"{name}: pool {stated['prefecture']} differs")
    if [s["id"] for s in record["selected"]] != got.selected:
        bad.append(f"{name}: selected differs")
    elif [s["probability"] for s in record["selected"]] != list(got.probabilities.values()):
        bad.append(f"{name}: probabilities differ")
    seed = record["seed"]
    if seed["parts"] and seed["value"] != "-".join(seed["parts"]):
        bad.append(f"{name}: seed is not its parts joined with '-'")
    if seed["derived_from"] is not None:
        rule = f"{seed['derived_from']}/{record['group']['id']}/{record['target']}"
        if seed["value"] != rule:
            bad.append(f"{name}: seed is not derived as §3 says")
    if "signature" in record:
        bad += [f"{name}: {p}" for p in signature_problems(record["signature"], record["digest"])]
    return got, bad


# ---------------------------------------------------------------- §18 the group table

NUMERALS = "一二三四五六七八九十"
TABLE_LIMIT = 8  # prefectures: this checker counts tables naively (Hunan's 14 would take hours)


def processing_order(names: list[str], forbidden: set[tuple[str, str]]) -> list[str]:
    """§18.2: minimise the sum of 4^cut over the prefixes, first in plan order on ties."""
    n = len(names)
    full = (1 << n) - 1

    def cut(mask: int) -> int:
        return sum(
            1
            for a, b in forbidden
            if a != b and ((mask >> names.index(a)) & 1) != ((mask >> names.index(b)) & 1)
        )

    best = {full: 0}
    for mask in sorted(range(full), key=lambda m: -bin(m).count("1")):
        best[mask] = min(
            (0 if mask | 1 << p == full else 4 ** cut(mask | 1 << p)) + best[mask | 1 << p]
            for p in range(n)
            if not mask >> p & 1
        )
    order, mask = [], 0
    while mask != full:
        for p in range(n):
            nxt = mask | 1 << p
            if (
                not mask >> p & 1
                and (0 if nxt == full else 4 ** cut(nxt)) + best[nxt] == best[mask]
            ):
                order.append(names[p])
                mask = nxt
                break
    return order


Groups = tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]  # (members, targets) by creation


class Tables:
    """§18.3-§18.4: proposals (P3 and the forbidden pairs kept, P4 not yet judged)."""

    def __init__(self, order: list[str], m: int, forbidden: set[tuple[str, str]]) -> None:
        self.order, self.m, self.forbidden = order, m, forbidden
        self.memo: dict[tuple[int, tuple[Any, ...]], int] = {}

    def options(self, groups: Groups, p: str) -> list[tuple[int, int]]:
        """(X, Y) in §18.4's order; len(groups) stands for a new group (X's before Y's)."""
        new = len(groups)
        xs = [
            g
            for g, (mem, tgt) in enumerate(groups)
            if len(mem) < self.m and all((p, t) not in self.forbidden for t in tgt)
        ]
        ys = [
            g
            for g, (mem, tgt) in enumerate(groups)
            if len(tgt) < self.m and all((a, p) not in self.forbidden for a in mem)
        ]
        out = []
        for x in [*xs, new]:
            for y in [*ys, new + 1 if x == new else new]:
                if x != y:
                    out.append((x, y))
        return out

    @staticmethod
    def place(groups: Groups, p: str, x: int, y: int) -> Groups:
        grown = [list(map(list, g)) for g in groups]
        while len(grown) <= max(x, y):
            grown.append([[], []])
        grown[x][0].append(p)
        grown[y][1].append(p)
        return tuple((tuple(mem), tuple(tgt)) for mem, tgt in grown)

    def state(self, k: int, groups: Groups) -> tuple[Any, ...]:
        """§18.3's state: what the rest depends on, for each open group, open groups sorted."""
        later = set(self.order[k:])
        return tuple(
            sorted(
                (
                    self.m - len(mem),
                    self.m - len(tgt),
                    tuple(sorted(t for t in later if any((a, t) in self.forbidden for a in mem))),
                    tuple(sorted(q for q in later if any((q, t) in self.forbidden for t in tgt))),
                )
                for mem, tgt in groups
                if len(mem) < self.m or len(tgt) < self.m
            )
        )

    def completions(self, k: int, groups: Groups) -> int:
        if k == len(self.order):
            return int(all(len(mem) == len(tgt) == self.m for mem, tgt in groups))
        state = self.state(k, groups)
        left = len(self.order) - k
        if sum(s[0] for s in state) > left or sum(s[1] for s in state) > left:
            return 0
        if (k, state) not in self.memo:
            p = self.order[k]
            self.memo[k, state] = sum(
                self.completions(k + 1, self.place(groups, p, x, y))
                for x, y in self.options(groups, p)
            )
        return self.memo[k, state]

    def unrank(self, rank: int) -> Groups:
        groups: Groups = ()
        for k, p in enumerate(self.order):
            for x, y in self.options(groups, p):
                c = self.completions(k + 1, self.place(groups, p, x, y))
                if rank < c:
                    groups = self.place(groups, p, x, y)
                    break
                rank -= c
        return groups


def with_leads(groups: Groups, lead_code: int, names: list[str], m: int) -> list[dict[str, Any]]:
    """§18.5: leads from the lead code, then groups numbered by their lead's plan position."""
    pos = names.index
    ordered = sorted(
        ([sorted(mem, key=pos), sorted(tgt, key=pos)] for mem, tgt in groups),
        key=lambda g: pos(g[0][0]),
    )
    digits = []
    for _ in ordered:
        digits.append(lead_code % m)
        lead_code //= m
    out = []
    for (mem, tgt), d in zip(ordered, reversed(digits), strict=True):
        lead = mem[d]
        out.append(
            {"lead": lead, "members": [lead, *(a for a in mem if a != lead)], "targets": tgt}
        )
    out.sort(key=lambda g: pos(g["lead"]))
    for i, g in enumerate(out, start=1):
        g.update(id=i, name=f"第{NUMERALS[i - 1]}组")
    return [{k: g[k] for k in ("id", "name", "lead", "members", "targets")} for g in out]


def mutual(groups: list[dict[str, Any]]) -> bool:
    """P4: two groups inspect each other."""
    inspects = {(a, b) for g in groups for a in g["members"] for b in g["targets"]}
    return any((b, a) in inspects for a, b in inspects)


def derive_table(record: dict[str, Any]) -> dict[str, Any]:
    """§18.2-§18.6 from the record's prefectures, rules, forbidden pairs and seed."""
    names, m = record["prefectures"], record["rules"]["members_per_group"]
    forbidden = {(a, b) for a, b in record["forbidden"]["pairs"]}
    order = processing_order(names, forbidden)
    tables = Tables(order, m, forbidden)
    c = tables.completions(0, ())
    leads = m ** (len(names) // m)
    bound = c * leads
    index, rejected = 1, 0
    while True:
        v, nxt, _ = below(record["seed"]["value"], bound, index)
        groups = with_leads(tables.unrank(v // leads), v % leads, names, m)
        if not mutual(groups):
            break
        rejected, index = rejected + 1, nxt
    return {
        "order": order,
        "counts": {"proposal_tables": str(bound), "proposal_tables_without_leads": str(c)},
        "random": {
            "integer": str(v),
            "bound": str(bound),
            "first_index": 1,
            "accepted_index": index,
            "next_index": nxt,
            "rejected": rejected,
        },
        "groups": groups,
    }


# ---------------------------------------------------------------- §14 signatures


def signature_problems(sig: dict[str, Any], signed_digest: str) -> list[str]:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    raw = base64.b64decode(sig["public_key"], validate=True)
    if sig["algorithm"] != "Ed25519" or len(raw) != 32:
        return ["signature: not an Ed25519 key"]
    if sig["fingerprint"] != fingerprint(hashlib.sha256(raw).hexdigest()):
        return ["signature: fingerprint is not its key's"]
    try:
        Ed25519PublicKey.from_public_bytes(raw).verify(
            base64.b64decode(sig["value"], validate=True), signed_digest.encode("ascii")
        )
    except InvalidSignature:
        return ["signature: does not verify"]
    return []


# ---------------------------------------------------------------- §13, §17 the ledger

COMMON = {"schema", "seq", "type", "prev", "at", "plan", "group", "prefecture"}
FIELDS = {
    "draw": COMMON | {"record", "record_digest", "selected"},
    "void": COMMON | {"record", "record_digest", "voids", "reason"},
    "commitment": COMMON | {"pool_digests", "rules_digest", "present", "commitment_digest"},
    "seed-commit": COMMON | {"commitment", "parts"},
    "seed": COMMON | {"commits", "parts", "seed"},
    "table": (COMMON - {"group", "prefecture"}) | {"record", "record_digest", "groups"},
}


def part_hash(salt: str, digits: str) -> str:
    """§17.2."""
    return hashlib.sha256(f"crossdraw-seed-part/1:{salt}:{digits}".encode()).hexdigest()


def file_name(kind: str, group: int, prefecture: str, hex_digest: str) -> str:
    """§16."""
    pref = "".join("_" if ch in '\\/:*?"<>|' or ord(ch) < 0x20 else ch for ch in prefecture)
    head = "commitment-" if kind == "commitment" else ""
    return f"{head}group{group}-{pref}-{hex_digest[:12]}.json"


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    line_hashes: list[str] = field(default_factory=list)
    records: dict[str, Derived] = field(default_factory=dict)
    commitments: dict[str, str] = field(default_factory=dict)
    tables: dict[str, str] = field(default_factory=dict)
    open_lines: list[int] = field(default_factory=list)


def check_seed_line(line: dict[str, Any], commit: dict[str, Any] | None, n: int) -> list[str]:
    """§17.4: a seed line against the seed commitment it names."""
    where = f"ledger.jsonl line {n}"
    if commit is None:
        return [f"{where}: commits names no earlier seed commitment of its target"]
    shown, sealed = line["parts"], commit["parts"]
    if len(shown) != len(sealed):
        return [f"{where}: reveals another number of parts"]
    bad = []
    for i, (part, seal) in enumerate(zip(shown, sealed, strict=True), start=1):
        if part["party"] != seal["party"]:
            bad.append(f"{where}: part {i} names another party")
        if "sha256" in seal and part_hash(part.get("salt", ""), part["digits"]) != seal["sha256"]:
            bad.append(f"{where}: part {i} does not match its hash")
        if "digits" in seal and part["digits"] != seal["digits"]:
            bad.append(f"{where}: part {i} is not the open part committed")
        if "beacon" in seal and part.get("beacon") != seal["beacon"]:
            bad.append(f"{where}: part {i} is not the beacon committed")
        if "beacon" in part and "beacon" not in seal:
            bad.append(f"{where}: part {i} was not committed as a beacon")
    if line["seed"] != "-".join(p["digits"] for p in shown):
        bad.append(f"{where}: seed is not its parts joined with '-'")
    return bad


def check_folder(folder: Path) -> Report:
    rep = Report()
    docs: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.json")):
        doc = parse(path.read_text(encoding="utf-8"))
        docs[path.name] = doc
        schema = doc.get("schema", "")
        if schema.startswith("crossdraw-record/"):
            derived, bad = record_problems(path.name, doc)
            rep.records[path.name] = derived
            rep.problems += bad
        elif schema.startswith("crossdraw-commitment/"):
            rep.commitments[path.name] = digest(without(doc, "digest"))
            if doc["digest"] != rep.commitments[path.name]:
                rep.problems.append(f"{path.name}: digest is not that of its content")
        elif schema.startswith("crossdraw-table/"):
            rep.tables[path.name] = digest(without(doc, "digest", "signature"))
            if doc["digest"] != rep.tables[path.name]:
                rep.problems.append(f"{path.name}: digest is not that of its content")
            if "signature" in doc:
                rep.problems += [
                    f"{path.name}: {p}" for p in signature_problems(doc["signature"], doc["digest"])
                ]
            if len(doc["prefectures"]) <= TABLE_LIMIT:
                rep.problems += [
                    f"{path.name}: {k} differs" for k, v in derive_table(doc).items() if doc[k] != v
                ]
            plan_file = folder / doc["plan_file"]["name"]
            if (
                not plan_file.exists()
                or hashlib.sha256(plan_file.read_bytes()).hexdigest() != doc["plan_file"]["sha256"]
            ):
                rep.problems.append(
                    f"{path.name}: plan file {doc['plan_file']['name']} missing or edited"
                )
    ledger = folder / "ledger.jsonl"
    if ledger.exists():
        rep.problems += check_ledger(ledger.read_bytes(), docs, rep)
    return rep


def check_ledger(data: bytes, docs: dict[str, dict[str, Any]], rep: Report) -> list[str]:
    bad: list[str] = []
    if data and not data.endswith(b"\n"):
        bad.append("ledger.jsonl: incomplete: no newline at its end")
    prev, logged = GENESIS, set()
    lines: list[dict[str, Any]] = []
    standing: dict[tuple[Any, ...], dict[str, Any]] = {}  # target -> its standing draw line
    # per target: the commitment its next draw must keep; the seq of its commitment awaiting
    # a draw; its seed line, while the latest of §17.4
    committed: dict[tuple[Any, ...], dict[str, Any]] = {}
    last_commitment: dict[tuple[Any, ...], int] = {}
    last_seed: dict[tuple[Any, ...], dict[str, Any]] = {}
    voided: set[str] = set()  # record digests of voided draws
    opened: list[int] = []  # every commitment, seed-commit and seed line
    closed: set[int] = set()  # those a draw closed (§17.4)
    for n, raw in enumerate(
        data.split(b"\n")[:-1] if data.endswith(b"\n") else data.split(b"\n"), start=1
    ):
        where = f"ledger.jsonl line {n}"
        line = parse(raw.decode("utf-8"))
        rep.line_hashes.append(hashlib.sha256(raw).hexdigest())
        lines.append(line)
        if canonical(line) != raw:
            bad.append(f"{where}: not in canonical form")
        if line["seq"] != n or line["prev"] != prev:
            bad.append(f"{where}: seq or prev breaks the chain")
        prev = rep.line_hashes[-1]
        kind = line["type"]
        if set(line) - {"signature"} != FIELDS[kind]:
            bad.append(f"{where}: fields {sorted(set(line) ^ FIELDS[kind])} differ from §13.1")
        if line["schema"] == "crossdraw-ledger/2" and "signature" not in line:
            bad.append(f"{where}: a /2 line without signature")
        if "signature" in line:
            bad += [
                f"{where}: {p}"
                for p in signature_problems(line["signature"], digest(without(line, "signature")))
            ]
        if kind == "table":
            record = docs.get(line["record"])
            logged.add(line["record"])
            if (
                record is None
                or record["digest"] != line["record_digest"]
                or rep.tables.get(line["record"]) != line["record_digest"]
            ):
                bad.append(f"{where}: table record missing or not this digest")
            elif [[g["members"], g["targets"]] for g in record["groups"]] != line["groups"]:
                bad.append(f"{where}: groups are not the record's")
            elif (line["plan"], line["at"]) != (record["plan"], record["drawn_at"]):
                bad.append(f"{where}: plan or at is not the record's")
            continue
        key = (line["plan"]["title"], line["plan"]["year"], line["group"], line["prefecture"])
        if kind == "draw":
            logged.add(line["record"])
            record = docs.get(line["record"])
            derived = rep.records.get(line["record"])
            if record is None or derived is None:
                bad.append(f"{where}: its record {line['record']} is not in the folder")
                continue
            if not (record["digest"] == derived.digest == line["record_digest"]):
                bad.append(f"{where}: record digest differs")
            if line["record"] != file_name(
                "record", line["group"], line["prefecture"], line["record_digest"]
            ):
                bad.append(f"{where}: record is not named as §16 says")
            if (
                record["plan"]["title"],
                record["plan"]["year"],
                record["group"]["id"],
                record["target"],
            ) != key:
                bad.append(f"{where}: record is of another target")
            if [s["id"] for s in record["selected"]] != line["selected"]:
                bad.append(f"{where}: selected is not the record's")
            if line["at"] != record["drawn_at"]:
                bad.append(f"{where}: at is not the record's drawn_at")
            if key in standing:
                bad.append(f"{where}: a second draw of a standing target")
            previous = {
                (p["prefecture"], p["record_digest"], tuple(p["selected"]))
                for p in record["previous"]
            }
            for other, drawn in standing.items():  # §13.3: the group's standing draws
                stated = (other[3], drawn["record_digest"], tuple(drawn["selected"]))
                if other[:3] == key[:3] and other != key and stated not in previous:
                    bad.append(f"{where}: previous leaves out line {drawn['seq']}")
            if any(p["record_digest"] in voided for p in record["previous"]):
                bad.append(f"{where}: previous names a voided draw")
            if key in committed:
                c = committed.pop(key)
                pools = [
                    {"prefecture": p["prefecture"], "digest": p["digest"]} for p in record["pools"]
                ]
                if (
                    pools != c["pool_digests"]
                    or digest(record["requirements_in_force"]) != c["rules_digest"]
                ):
                    bad.append(f"{where}: not what line {c['seq']} committed")
            if key in last_commitment:
                closed.add(last_commitment.pop(key))
            seed = last_seed.pop(key, None)
            if seed is not None and record["seed"]["value"] == seed["seed"]:
                closed |= {seed["seq"], seed["commits"]}
                beacons = [
                    {"part": i, "name": p["beacon"]}
                    for i, p in enumerate(seed["parts"], start=1)
                    if "beacon" in p
                ]
                if record["seed"]["parts"] != [p["digits"] for p in seed["parts"]]:
                    bad.append(f"{where}: seed.parts are not line {seed['seq']}'s digits")
                if record["seed"].get("parties") != [p["party"] for p in seed["parts"]]:
                    bad.append(f"{where}: seed.parties are not line {seed['seq']}'s parties")
                if record["seed"].get("beacons", []) != beacons:
                    bad.append(f"{where}: seed.beacons are not line {seed['seq']}'s beacons")
            standing[key] = line
        elif kind == "void":
            drawn = standing.get(key)
            if (
                drawn is None
                or drawn["seq"] != line["voids"]
                or drawn["record"] != line["record"]
                or drawn["record_digest"] != line["record_digest"]
            ):
                bad.append(f"{where}: voids no standing draw of its target")
            else:
                voided.add(standing.pop(key)["record_digest"])
            if not line["reason"]:
                bad.append(f"{where}: empty reason")
        elif kind == "commitment":
            if line["commitment_digest"] is not None:
                # §16 names it by the first 12 hex of its digest; crossdraw 0.1.0 named it
                # commitment-groupG-PREF-<time>-<first 8 hex>.json: find it by its digest
                found = [
                    k
                    for k, d in rep.commitments.items()
                    if d == docs[k]["digest"] == line["commitment_digest"]
                ]
                if not found:
                    bad.append(f"{where}: no commitment document with its commitment_digest")
                else:
                    doc = docs[found[0]]
                    pools = [
                        {"prefecture": p["prefecture"], "digest": p["digest"]} for p in doc["pools"]
                    ]
                    said = (pools, digest(doc["requirements_in_force"]), doc["present"])
                    if said != (
                        line["pool_digests"],
                        line["rules_digest"],
                        line["present"],
                    ):
                        bad.append(f"{where}: not what its commitment document says")
            committed[key] = line
            last_commitment[key] = line["seq"]
            last_seed.pop(key, None)
            opened.append(n)
        elif kind == "seed-commit":
            target = lines[line["commitment"] - 1] if 0 < line["commitment"] < n else None
            if (
                target is None
                or target["type"] != "commitment"
                or target.get("prefecture") != line["prefecture"]
            ):
                bad.append(f"{where}: commitment names no earlier commitment of its target")
            for i, part in enumerate(line["parts"], start=1):
                if len({"sha256", "digits", "beacon"} & set(part)) != 1:
                    bad.append(f"{where}: part {i} has not exactly one of sha256, digits, beacon")
            last_seed.pop(key, None)
            opened.append(n)
        elif kind == "seed":
            sealed = lines[line["commits"] - 1] if 0 < line["commits"] < n else None
            if sealed is not None and (
                sealed["type"] != "seed-commit" or sealed.get("prefecture") != line["prefecture"]
            ):
                sealed = None
            bad += check_seed_line(line, sealed, n)
            last_seed[key] = line
            opened.append(n)
    rep.open_lines = [seq for seq in opened if seq not in closed]
    for name, doc in docs.items():
        if (
            doc.get("schema", "").startswith(("crossdraw-record/", "crossdraw-table/"))
            and name not in logged
        ):
            bad.append(f"{name}: no ledger line names it")
    return bad


def main(argv: list[str]) -> int:
    global TABLE_LIMIT
    if "--all-tables" in argv:  # Hunan's 14 prefectures: some minutes
        TABLE_LIMIT, argv = 10**6, [a for a in argv if a != "--all-tables"]
    rep = check_folder(Path(argv[1]))
    print(
        json.dumps(
            {
                "problems": rep.problems,
                "head": fingerprint(rep.line_hashes[-1]) if rep.line_hashes else None,
                "open_lines": rep.open_lines,
                "records": {k: [v.digest, v.selected] for k, v in rep.records.items()},
            },
            ensure_ascii=False,
            indent=1,
        )
    )
    return 1 if rep.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
