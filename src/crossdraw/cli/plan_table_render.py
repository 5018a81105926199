"""What `plan odds` and `plan draw` print: text for people, JSON for scripts."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Any

from crossdraw.cli.common import out_console, print_json
from crossdraw.cli.safe import escape
from crossdraw.output.messages import say, text
from crossdraw.output.openlines import grouped_seed

if TYPE_CHECKING:
    from crossdraw.lottery.table_odds import TableOdds
    from crossdraw.services.plan_table import TableInputs, TableResult


def _both(key: str, **fields: object) -> str:
    """The text of `key` in the run's language (zh unless --lang en / CROSSDRAW_LANG)."""
    return say(key, **fields)


def _fraction(p: Fraction) -> str:
    return f"{p.numerator}/{p.denominator}"


def _percent(p: Fraction) -> str:
    """≈12.34%, rounded down, in integers (no floats)."""
    basis = p.numerator * 10000 // p.denominator
    return f"≈{basis // 100}.{basis % 100:02d}%"


def odds_json(inputs: TableInputs, odds: TableOdds) -> dict[str, Any]:
    names = inputs.problem.prefectures
    zero = Fraction(0)
    pairs = []
    for a in names:
        for b in names:
            if a == b:
                continue
            p = odds.pairs.get((a, b), zero)
            item: dict[str, Any] = {"inspector": a, "target": b, "probability": _fraction(p)}
            if odds.margins is not None:
                item["margin"] = _fraction(odds.margins.get((a, b), zero))
            pairs.append(item)
    doc: dict[str, Any] = {"valid_tables": str(odds.valid_tables), "exact": odds.exact}
    if not odds.exact:
        doc["estimate"] = {
            "method": text("tableout.estimate_method", "en"),
            "proposals": odds.proposals,
            "accepted": odds.accepted,
            "proposal_tables": str(odds.proposal_tables),
            "valid_tables_margin": str(odds.tables_margin),
        }
    doc["pairs"] = pairs
    return doc


def print_odds(inputs: TableInputs, odds: TableOdds, json_out: bool) -> None:
    if json_out:
        print_json(odds_json(inputs, odds))
        return
    console = out_console()
    names = inputs.problem.prefectures
    if odds.exact:
        console.print(f"[bold]{odds.valid_tables}[/bold] " + _both("tableout.exact"))
    else:
        console.print(
            f"[bold]≈{odds.valid_tables} ±{odds.tables_margin}[/bold] "
            + _both("tableout.estimate", proposals=odds.proposals, accepted=odds.accepted)
        )
    for a in names:
        parts = []
        for b in names:
            p = odds.pairs.get((a, b))
            if a == b or p is None:
                continue
            if odds.exact:
                parts.append(f"{b} {_fraction(p)} ({_percent(p)})")
            else:
                m = (odds.margins or {}).get((a, b), Fraction(0))
                parts.append(f"{b} {_percent(p)} ±{_percent(m)[1:]}")
        console.print(
            f"{escape(a)} {_both('tableout.inspects')} → {escape('; '.join(parts) or '—')}"
        )


def print_draw(result: TableResult, json_out: bool) -> None:
    from crossdraw.domain.canonical import fingerprint

    record = result.record.as_json()
    signed = record.get("signature")
    if json_out:
        print_json(
            {
                "year": record["plan"]["year"],
                "groups": record["groups"],
                "plan": str(result.plan_path),
                "record": str(result.record_path),
                "digest": record["digest"],
                "signed_by": signed["fingerprint"] if signed else None,
                "rejected": record["random"]["rejected"],
                "ledger_line": result.line.line,
                "ledger": {"head": result.line.sha256},
            }
        )
        return
    from rich.table import Table

    console = out_console()
    table = Table(
        title=escape(
            say("tableout.title", title=record["plan"]["title"], year=record["plan"]["year"])
        )
    )
    for col in ("tableout.col_group", "tableout.col_members", "tableout.col_targets"):
        table.add_column(_both(col))
    for g in record["groups"]:
        table.add_row(
            escape(f"{g['id']} {g['name']}"),
            escape("、".join([say("tableout.lead", name=g["lead"]), *g["members"][1:]])),
            escape("、".join(g["targets"])),
        )
    console.print(table)
    console.print("  " + say("tableout.seed", seed=escape(grouped_seed(record["seed"]["value"]))))
    console.print(
        "  "
        + _both(
            "tableout.proposals",
            proposals=record["counts"]["proposal_tables"],
            integer=record["random"]["integer"],
            rejected=record["random"]["rejected"],
        )
    )
    console.print("  " + _both("tableout.new_plan", path=escape(str(result.plan_path))))
    console.print("  " + say("tableout.record", path=escape(str(result.record_path))))
    console.print("  " + say("tableout.digest", digest=record["digest"]))
    fp = f"[bold]{fingerprint(record['digest'])}[/bold]"
    console.print("  " + say("tableout.fingerprint", fp=fp))
    if signed:
        console.print("  " + say("tableout.signed", key=signed["fingerprint"]))
    head = f"[bold]{fingerprint(result.line.sha256)}[/bold]"
    console.print()
    console.print(
        say("tableout.head", line=result.line.line, fp=head)
        + _both("tableout.note_head", record=escape(str(result.record_path)))
    )
