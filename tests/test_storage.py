"""Record files keep their bytes; records_in skips what is not a record and refuses a
damaged one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crossdraw.domain.errors import InputError
from crossdraw.store.storage import file_sha256, json_bytes, read_record, records_in
from tests.test_records import make_records

FIXTURE_DRAWS = Path(__file__).parent / "fixtures" / "folder-v1" / "draws"


def test_records_and_commitments_of_an_old_folder_are_written_byte_for_byte() -> None:
    """json_bytes (plain json.dumps, indent 2) gives the bytes crossdraw 0.1.0 wrote."""
    written = sorted(FIXTURE_DRAWS.glob("*.json"))
    assert len(written) == 6
    for path in written:
        assert json_bytes(json.loads(path.read_bytes())) == path.read_bytes(), path.name
    for path in FIXTURE_DRAWS.glob("group*.json"):
        assert json_bytes(read_record(path).as_json()) == path.read_bytes(), path.name


def test_records_in_skips_what_is_not_a_record(tmp_path: Path) -> None:
    record = make_records()[0]
    (tmp_path / "a.json").write_bytes(json_bytes(record.as_json()))
    (tmp_path / "b.json").write_text("not json", encoding="utf-8")
    (tmp_path / "c.json").write_text('{"other": 1}', encoding="utf-8")
    (tmp_path / "d.json").write_text('{"schema": "crossdraw-commitment/1"}', encoding="utf-8")
    assert [(p.name, r) for p, r in records_in(tmp_path)] == [("a.json", record)]
    assert list(records_in(tmp_path / "missing")) == []


def test_records_in_refuses_every_damaged_record_at_once(tmp_path: Path) -> None:
    """A file that says it is a draw record is never skipped for being damaged."""
    (tmp_path / "a.json").write_text('{"schema": "crossdraw-record/1"}', encoding="utf-8")
    (tmp_path / "b.json").write_text('{"schema": "crossdraw-record/1", "x', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        records_in(tmp_path)
    wheres = {p.where.split(",")[0] for p in caught.value.problems}
    assert wheres == {str(tmp_path / "a.json"), str(tmp_path / "b.json")}


def test_unreadable_files_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"missing\.json: cannot read the record"):
        read_record(tmp_path / "missing.json")
    with pytest.raises(InputError, match=r"missing\.yaml: cannot read"):
        file_sha256(tmp_path / "missing.yaml")
