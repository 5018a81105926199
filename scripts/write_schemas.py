"""Write docs/schemas/*.schema.json: the JSON Schemas of draw records, ledger lines and
commitments, generated from the models in crossdraw.records.models (never edited by hand;
tests/test_schemas.py fails when a file differs from what the models give).

    .venv/bin/python scripts/write_schemas.py
"""

from __future__ import annotations

from pathlib import Path

from crossdraw.records.models import schema_files

OUT = Path(__file__).resolve().parent.parent / "docs" / "schemas"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in schema_files().items():
        path = OUT / name
        changed = not path.exists() or path.read_bytes() != data
        path.write_bytes(data)
        print(f"{'wrote' if changed else 'unchanged'} {path.relative_to(OUT.parent.parent)}")


if __name__ == "__main__":
    main()
