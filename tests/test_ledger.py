"""The ledger: the chain verifies, every edit/deletion/move/cut is found by line, draws stand until voided."""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from crossdraw.domain.canonical import canonical_json
from crossdraw.domain.errors import InputError
from crossdraw.records.chain import GENESIS, TargetKey, chain_problems, parse, rules_digest
from crossdraw.records.models import DrawRecord
from crossdraw.records.signing import SigningKey, Trust, generate_key
from crossdraw.store import ledger
from tests.conftest import folder_problems, standing_line
from tests.test_records import make_records

AT = "2025-05-20T08:00:00+00:00"
KEY = TargetKey("测试方案", 2025, 1, "丙市")


def name(record: DrawRecord) -> str:
    return f"group1-{record.target}-{record.digest[:12]}.json"


def draw(
    folder: Path, *records: DrawRecord, sign_key: SigningKey | None = None
) -> list[ledger.Entry]:
    return ledger.append_draws(folder, [(name(r), r) for r in records], at=AT, sign_key=sign_key)


def commit_to(folder: Path, record: DrawRecord, **changes: Any) -> ledger.Entry:
    values: dict[str, Any] = {
        "pool_digests": [(p.prefecture, p.digest) for p in record.pools],
        "rules_digest": rules_digest(record.requirements_in_force),
        "present": {"witness": "张三", "drawer": "李四", "bureau_rep": "", "place": "丙市"},
        "at": AT,
        **changes,
    }
    return ledger.append_commitment(folder, record.key, **values)


@pytest.fixture
def five(tmp_path: Path) -> Path:
    """commitment 丙市, draw 丙市, void it, redraw 丙市, draw 丁市: five lines, all good."""
    folder = tmp_path / "draws"
    first, _ = make_records("first-seed-0000000000")
    again, ding = make_records()
    commit_to(folder, first)
    draw(folder, first)
    ledger.append_void(folder, name(first), reason="见证人未到场", at=AT)
    draw(folder, again)
    draw(folder, ding)
    return folder


def lines_of(folder: Path) -> list[bytes]:
    return ledger.ledger_path(folder).read_bytes().split(b"\n")[:-1]


def write_lines(folder: Path, lines: list[bytes]) -> None:
    ledger.ledger_path(folder).write_bytes(b"".join(line + b"\n" for line in lines))


def problems(folder: Path) -> list[str]:
    return [str(p) for p in folder_problems(folder)]


def where(folder: Path, line: int) -> str:
    return f"{ledger.ledger_path(folder)} line {line}"


def test_a_fresh_ledger_verifies_and_chains_each_line_to_the_one_before(five: Path) -> None:
    assert problems(five) == []
    entries, bad = parse(ledger.ledger_path(five).read_bytes(), "L")
    assert bad == [] and [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert [e.type for e in entries] == ["commitment", "draw", "void", "draw", "draw"]
    assert entries[0].line_model.prev == GENESIS
    assert all(e.line_model.prev == p.sha256 for p, e in itertools.pairwise(entries))
    assert ledger.head(five) == ledger.Head(5, entries[-1].sha256)


@pytest.mark.parametrize("line", [1, 2, 3, 4])
def test_an_edited_line_is_reported_by_its_number(five: Path, line: int) -> None:
    lines = lines_of(five)
    lines[line - 1] = lines[line - 1].replace(AT.encode(), b"2025-05-21T08:00:00+00:00")
    write_lines(five, lines)
    assert problems(five) == [
        f"{where(five, line)}: edited (its hash does not match line {line + 1}'s prev)"
    ]


def test_an_edit_of_the_last_line_changes_the_published_head(five: Path) -> None:
    """Nothing follows the last line, so its hash is pinned by the head read out at the draw."""
    before = ledger.head(five)
    lines = lines_of(five)
    lines[-1] = lines[-1].replace(AT.encode(), b"2025-05-21T08:00:00+00:00")
    write_lines(five, lines)
    assert ledger.head(five) != before


def test_an_edited_record_digest_on_the_last_line_is_reported(five: Path) -> None:
    lines = lines_of(five)
    data = json.loads(lines[-1])
    data["record_digest"] = "0" * 64
    lines[-1] = canonical_json(data)
    write_lines(five, lines)
    assert next(p for p in problems(five) if "has digest" in p).startswith(where(five, 5))


def test_a_hand_edit_that_breaks_canonical_form_is_reported_by_line(five: Path) -> None:
    lines = lines_of(five)
    lines[1] = lines[1].replace(b'"type":"draw"', b'"type": "draw"')
    write_lines(five, lines)
    assert f"{where(five, 2)}: not in canonical form (edited by hand?)" in problems(five)


@pytest.mark.parametrize("line", [2, 3, 4])
def test_a_deleted_line_is_reported_where_the_gap_is(five: Path, line: int) -> None:
    lines = lines_of(five)
    del lines[line - 1]
    write_lines(five, lines)
    found = problems(five)
    assert found[0] == (
        f"{where(five, line)}: seq {line + 1} follows seq {line - 1} (line {line - 1}): "
        "1 line(s) deleted before it, or lines moved"
    )


def test_a_deleted_first_line_is_reported(five: Path) -> None:
    write_lines(five, lines_of(five)[1:])
    assert problems(five)[0] == (
        f"{where(five, 1)}: seq 2 is first: 1 line(s) deleted before it, or lines moved"
    )


def test_a_deleted_last_draw_line_leaves_its_record_without_a_line(five: Path) -> None:
    record = json.loads(lines_of(five)[-1])["record"]
    write_lines(five, lines_of(five)[:-1])
    assert problems(five) == [
        f"{five / record}: no ledger line: {ledger.ledger_path(five)} does not list this record "
        "(not written by `crossdraw draw`, or the ledger was cut)"
    ]


def test_reordered_lines_are_reported_by_line(five: Path) -> None:
    lines = lines_of(five)
    lines[2], lines[3] = lines[3], lines[2]
    write_lines(five, lines)
    found = problems(five)
    assert found[0].startswith(f"{where(five, 3)}: seq 4 follows seq 2 (line 2)")
    assert found[1] == f"{where(five, 4)}: seq 3 follows seq 4 (line 3): lines moved or repeated"


def test_a_ledger_cut_in_the_middle_of_a_line_is_reported_by_line(five: Path) -> None:
    data = ledger.ledger_path(five).read_bytes()
    cut = sum(len(line) + 1 for line in lines_of(five)[:3]) + 25
    ledger.ledger_path(five).write_bytes(data[:cut])
    found = problems(five)
    assert found[0] == f"{where(five, 4)}: incomplete: no newline at its end (the file was cut)"
    assert sum("no ledger line" in p for p in found) == 2  # the records of lines 4 and 5


def test_a_damaged_ledger_refuses_every_write(five: Path) -> None:
    lines = lines_of(five)
    del lines[1]
    write_lines(five, lines)
    before = ledger.ledger_path(five).read_bytes()
    with pytest.raises(InputError, match="the ledger is damaged; nothing was written"):
        ledger.append_void(five, json.loads(lines[-1])["record"], reason="x", at=AT)
    assert ledger.ledger_path(five).read_bytes() == before


def test_chain_problems_is_pure_over_parsed_lines(five: Path) -> None:
    entries, _ = parse(ledger.ledger_path(five).read_bytes(), "L")
    assert chain_problems(entries, "L") == []
    assert next(str(p) for p in chain_problems(entries[1:], "L")).startswith(
        "L line 2: seq 2 is first"
    )


def test_a_second_draw_of_a_standing_target_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    first, _ = make_records()
    other, _ = make_records("other-seed-00000000000")
    draw(tmp_path, first)
    before = sorted(p.name for p in tmp_path.iterdir())
    ledger_bytes = ledger.ledger_path(tmp_path).read_bytes()
    with pytest.raises(ledger.AlreadyDrawn) as caught:
        draw(tmp_path, other)
    message = str(caught.value)
    assert "丙市 of group 1 was already drawn (ledger.jsonl line 1)" in message
    assert f"crossdraw void {tmp_path / name(first)} --reason TEXT" in message
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert ledger.ledger_path(tmp_path).read_bytes() == ledger_bytes


def test_void_then_redraw_is_allowed_and_both_stay_visible(tmp_path: Path) -> None:
    first, _ = make_records()
    other, _ = make_records("other-seed-00000000000")
    draw(tmp_path, first)
    assert standing_line(tmp_path, KEY) is not None
    void = ledger.append_void(tmp_path, name(first), reason="抽签人错填种子", at=AT)
    assert void.line_model.voids == 1 and void.line == 2
    assert standing_line(tmp_path, KEY) is None
    (redrawn,) = draw(tmp_path, other)
    assert standing_line(tmp_path, KEY) == redrawn
    assert (tmp_path / name(first)).exists() and (tmp_path / name(other)).exists()
    assert [e.type for e in ledger.read(tmp_path)] == ["draw", "void", "draw"]
    assert problems(tmp_path) == []


def test_voiding_twice_or_voiding_an_unlogged_record_is_refused(tmp_path: Path) -> None:
    first, _ = make_records()
    draw(tmp_path, first)
    ledger.append_void(tmp_path, name(first), reason="重抽", at=AT)
    with pytest.raises(InputError, match=r"already voided \(ledger.jsonl line 2: 重抽\)"):
        ledger.append_void(tmp_path, name(first), reason="again", at=AT)
    with pytest.raises(InputError, match="no draw of this record"):
        ledger.append_void(tmp_path, "group1-丁市-000000000000.json", reason="x", at=AT)
    with pytest.raises(InputError, match="--reason"):
        ledger.append_void(tmp_path, name(first), reason="  ", at=AT)


def test_void_reason_is_stored_nfc_normalised(tmp_path: Path) -> None:
    first, _ = make_records()
    draw(tmp_path, first)
    void = ledger.append_void(tmp_path, name(first), reason="Zoe\u0301 absent", at=AT)
    assert void.line_model.reason == "Zo\u00e9 absent"


def test_a_draw_prepared_before_the_ledger_moved_on_is_refused(tmp_path: Path) -> None:
    first, second = make_records()
    seen = ledger.head(tmp_path)
    draw(tmp_path, first)
    with pytest.raises(ledger.LedgerChanged, match="another crossdraw wrote"):
        ledger.append_draws(tmp_path, [(name(second), second)], at=AT, expect_head=seen)
    ledger.append_draws(
        tmp_path, [(name(second), second)], at=AT, expect_head=ledger.head(tmp_path)
    )


def test_a_record_edited_deleted_or_added_is_reported(five: Path) -> None:
    entries = ledger.read(five)
    edited = five / entries[3].record
    record = json.loads(edited.read_text(encoding="utf-8"))
    record["place"] = "别处"
    edited.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    (five / entries[4].record).unlink()
    shutil.copy(edited, five / "group1-丙市-stray.json")
    found = problems(five)
    assert any(p.startswith(f"{where(five, 4)}: its record") and "has digest" in p for p in found)
    assert f"{where(five, 5)}: its record {entries[4].record} is missing" in found
    assert any(p.startswith(f"{five / 'group1-丙市-stray.json'}: no ledger line") for p in found)


def test_a_draw_must_match_the_commitment_before_it(tmp_path: Path) -> None:
    first, _ = make_records()
    commit_to(tmp_path, first, pool_digests=[("丙市", "f" * 64), ("丁市", "f" * 64)])
    draw(tmp_path, first)
    assert problems(tmp_path) == [
        f"{where(tmp_path, 2)}: the pools of {name(first)} differ from the commitment at line 1"
    ]


def test_a_commitment_is_refused_while_the_target_stands(tmp_path: Path) -> None:
    first, _ = make_records()
    draw(tmp_path, first)
    with pytest.raises(ledger.AlreadyDrawn):
        commit_to(tmp_path, first)


def test_signed_void_lines_verify_and_trust_is_checked(tmp_path: Path) -> None:
    key, stranger = generate_key(), generate_key()
    first, _ = make_records()
    draw(tmp_path, first, sign_key=key)
    void = ledger.append_void(tmp_path, name(first), reason="重抽", at=AT, sign_key=key)
    assert void.line_model.signed_by == key.public.fingerprint
    assert folder_problems(tmp_path, trust=Trust(keys=frozenset({key.public.raw}))) == []
    untrusted = folder_problems(tmp_path, trust=Trust(keys=frozenset({stranger.public.raw})))
    assert "not among the trusted keys" in str(untrusted[0])
    lines = lines_of(tmp_path)
    data = json.loads(lines[1])
    data["reason"] = "别的理由"
    write_lines(tmp_path, [lines[0], canonical_json(data)])
    assert any("signature does not verify" in p for p in problems(tmp_path))


def test_an_unsigned_void_fails_when_a_trusted_key_is_given(tmp_path: Path) -> None:
    first, _ = make_records()
    draw(tmp_path, first)
    ledger.append_void(tmp_path, name(first), reason="重抽", at=AT)
    found = folder_problems(tmp_path, trust=Trust(fingerprints=frozenset({"0" * 16})))
    unsigned = (
        "not signed, but a trusted key was given (written without --sign-key, or by a "
        "crossdraw that did not sign ledger lines: no key vouches for it)"
    )
    assert [str(p) for p in found] == [
        f"{where(tmp_path, 1)}: draw line {unsigned}",
        f"{where(tmp_path, 2)}: void line {unsigned}",
    ]


def test_a_folder_of_records_without_a_ledger_reports_each_record(tmp_path: Path) -> None:
    first, _ = make_records()
    (tmp_path / name(first)).write_text(json.dumps(first.as_json()), encoding="utf-8")
    from crossdraw.services.verifying import VerifyRequest, verify
    from crossdraw.store.account import read_account

    account = read_account(tmp_path)  # an old folder: its records are its draws
    assert not account.has_ledger and [p for p, _ in account.unlogged] == [tmp_path / name(first)]
    (report,) = verify(VerifyRequest(paths=(tmp_path,))).ledgers  # verify reports each
    assert [str(p) for p in report.problems] == [
        f"{tmp_path / name(first)}: no ledger line: {ledger.ledger_path(tmp_path)} does not exist"
    ]
