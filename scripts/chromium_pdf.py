"""Printing a page to PDF with headless Chromium, as the sample scripts and tests do:
no network, a throw-away profile, no header or footer."""

from __future__ import annotations

import subprocess
from pathlib import Path


def print_pdf(page: Path, pdf: Path, profile: Path) -> None:
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.resolve().as_uri(),
        ],
        check=True,
        capture_output=True,
    )
