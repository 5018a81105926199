"""A table record in `verify` and `sheet` (§18.8): re-derived, refused when edited, printed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crossdraw.domain.errors import InputError, RecordMismatch
from crossdraw.output.table_sheet import render_table_html, render_table_markdown
from crossdraw.records.signing import generate_key
from crossdraw.services.filing import sheet
from crossdraw.services.plan_table import plan_draw, table_inputs
from crossdraw.services.verifying import VerifyRequest, verify
from crossdraw.store.storage import read_table_record, read_table_records_in
from tests.test_plan_table import SIX

SEED = "1234567890-0987654321"


@pytest.fixture
def drawn(tmp_path: Path) -> Path:
    plan = tmp_path / "six.yaml"
    plan.write_text(SIX, encoding="utf-8")
    out = tmp_path / "draws"
    plan_draw(
        table_inputs(plan, [], None, avoid_base=False),
        year=2026,
        seed=SEED,
        out=out,
        drawn_at="2026-01-15T02:00:00+00:00",
        sign_key=generate_key(),
    )
    return out


def edit(path: Path, **changes: object) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**data, **changes}, ensure_ascii=False), encoding="utf-8")


def test_verify_rederives_a_table_record_of_a_folder_or_given_alone(drawn: Path) -> None:
    report = verify(VerifyRequest(paths=(drawn,)))
    assert report.ok and [t.path.name for t in report.tables] == ["table-2026.json"]
    assert report.tables[0].record.signed_by is not None
    alone = verify(VerifyRequest(paths=(drawn / "table-2026.json",)))
    assert alone.ok and len(alone.tables) == 1 and alone.records == ()


def test_verify_finds_an_edited_table_record(drawn: Path) -> None:
    edit(drawn / "table-2026.json", place="别处")
    report = verify(VerifyRequest(paths=(drawn,)))
    assert not report.ok
    assert [m.field for m in report.tables[0].mismatches] == ["digest", "signature"]
    assert "(the record was edited or replaced)" in report.ledgers[0].problems[0].what


def test_verify_an_unlogged_table_record_and_an_untrusted_signer(
    drawn: Path, tmp_path: Path
) -> None:
    loose = tmp_path / "loose"
    loose.mkdir()
    (loose / "table-2026.json").write_bytes((drawn / "table-2026.json").read_bytes())
    report = verify(VerifyRequest(paths=(loose,)))
    assert not report.ok and report.tables[0].verified
    assert "does not exist" in report.ledgers[0].problems[0].what
    trusted = tmp_path / "trusted.txt"
    trusted.write_text("0000 0000 0000 0000\n", encoding="utf-8")
    report = verify(VerifyRequest(paths=(drawn,), trusted_keys=trusted))
    assert not report.ok
    assert [m.field for m in report.tables[0].mismatches] == ["signature"]


def test_p1_sheet_of_a_table_record_shows_the_seed_parts(drawn: Path, tmp_path: Path) -> None:
    record = read_table_record(drawn / "table-2026.json")
    page = render_table_html(record, "zh", (1, "a" * 64))
    assert "种子各方输入" in page and "1. 1234567890" in page and "2. 0987654321" in page
    assert "第 1 行" in page
    text = render_table_markdown(record, "en")
    assert "Seed parts" in text and "Group table draw: sign-off sheet" in text
    with pytest.raises(ValueError, match="unknown sheet language"):
        render_table_html(record, "fr")
    written = sheet(drawn / "table-2026.json", "md", tmp_path / "s.md", "zh")
    assert written.path.read_text(encoding="utf-8").startswith("# 交叉执法组安排抽签签字确认单")


def test_no_sheet_for_a_table_record_that_does_not_reproduce(drawn: Path, tmp_path: Path) -> None:
    edit(drawn / "table-2026.json", place="别处")
    with pytest.raises(RecordMismatch, match="does not reproduce"):
        sheet(drawn / "table-2026.json", "html", tmp_path / "s.html", "zh")
    assert not (tmp_path / "s.html").exists()


def test_a_damaged_table_record_is_named(drawn: Path) -> None:
    (drawn / "notes.json").write_text('{"note": "not a record"}', encoding="utf-8")
    (drawn / "broken.json").write_text('{"schema": "crossdraw-table/1"}', encoding="utf-8")
    found, problems = read_table_records_in(drawn)
    assert [p.name for p, _ in found] == ["table-2026.json"]
    assert problems and all(p.where.startswith(str(drawn / "broken.json")) for p in problems)
    assert read_table_records_in(drawn / "nowhere") == ([], [])
    with pytest.raises(InputError):
        read_table_record(drawn / "broken.json")
