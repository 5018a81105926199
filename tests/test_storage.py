"""Record files keep their bytes; records_in skips what is not a record."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossdraw.domain.errors import InputError
from crossdraw.store.storage import file_sha256, json_bytes, read_record, records_in

FIXTURE_DRAWS = Path(__file__).parent / "fixtures" / "folder-v1" / "draws"


def test_records_and_commitments_of_an_old_folder_are_written_byte_for_byte() -> None:
    """json_bytes gives the bytes the writer of crossdraw 0.1.0 gave each file."""
    written = sorted(FIXTURE_DRAWS.glob("*.json"))
    assert len(written) == 6
    for path in written:
        assert json_bytes(read_record(path)) == path.read_bytes(), path.name


def test_records_in_skips_what_is_not_a_record(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text('{"schema": "crossdraw-record/1"}', encoding="utf-8")
    (tmp_path / "b.json").write_text("not json", encoding="utf-8")
    (tmp_path / "c.json").write_text('{"other": 1}', encoding="utf-8")
    assert [p.name for p, _ in records_in(tmp_path)] == ["a.json"]
    assert list(records_in(tmp_path / "missing")) == []


def test_unreadable_files_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"missing\.json: cannot read the record"):
        read_record(tmp_path / "missing.json")
    with pytest.raises(InputError, match=r"missing\.yaml: cannot read"):
        file_sha256(tmp_path / "missing.yaml")
