"""The bundled fictional enterprise lists, known by the SHA-256 of their bytes.

A list is sample data when its bytes are exactly those of a list crossdraw ships
(data/enterprises.csv, written by scripts/generate_sample_data.py). The mark is the
content, not the file's name or a line inside it: a copy under another name is still
caught, the file keeps the bytes old records name, and a real list can never be
mistaken for the sample. tests/test_sample_data.py checks that the committed file's
digest is listed here; after regenerating the sample, add its new digest.
"""

from __future__ import annotations

SAMPLE_SHA256 = frozenset(
    {
        # data/enterprises.csv (fictional: every name and 统一社会信用代码 is invented)
        "b7ef8ea7e91161394e5c57b4bcf0b29577541849c812890c1c403a14f1f53e60",
    }
)


def is_sample(sha256: str) -> bool:
    """Whether a list with these bytes is one of the bundled fictional lists."""
    return sha256.lower() in SAMPLE_SHA256
