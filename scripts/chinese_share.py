"""How much of what crossdraw prints by default is Chinese (issue 12: at least 95%).

Runs every command's --help, typical mistakes and rule findings with default settings
(no --lang, no CROSSDRAW_LANG, no locale; the bundled sample data), and counts, over
everything printed (stdout and stderr):

- Chinese: CJK ideographs (one per character);
- English: the letters of Latin words of two letters or more,

after leaving out what is the same in every language: option and command names
(--group, crossdraw pool), file names and paths, environment variables, metavars
(<int>), rule IDs (Q2), digits, hex digests and fingerprints, USCCs, and the names
of formats and standards (xlsx, SHA-256, UTF-8, Ed25519 …). A letter weighs as much
as a Chinese character, though an English word has about five: the share is a
conservative (low) estimate of the Chinese a user reads.

    .venv/bin/python scripts/chinese_share.py          # the table and the share
    .venv/bin/python scripts/chinese_share.py --show   # also each output, English marked
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 0.95

COMMANDS = (
    (),
    ("plan",),
    ("plan", "check"),
    ("pool",),
    ("validate",),
    ("ceremony",),
    ("draw",),
    ("odds",),
    ("verify",),
    ("sheet",),
    ("template",),
    ("export",),
    ("checklist",),
    ("void",),
    ("recover",),
    ("keygen",),
)

# Names that read the same in Chinese text: formats, standards, file and key kinds.
TECHNICAL = {
    "xlsx",
    "xls",
    "ods",
    "csv",
    "json",
    "jsonl",
    "yaml",
    "yml",
    "html",
    "md",
    "pdf",
    "sha",
    "utf",
    "gb",
    "bom",
    "pem",
    "pkcs",
    "ed",
    "uscc",
    "qr",
    "hex",
    "crossdraw",
    "markdown",
    "excel",
    "id",
    "ok",
    "ctrl",
    "a4",
    "zh",
    "en",
    # command names, typed as they are
    "plan",
    "check",
    "pool",
    "validate",
    "ceremony",
    "draw",
    "odds",
    "verify",
    "sheet",
    "template",
    "export",
    "checklist",
    "void",
    "recover",
    "keygen",
}
_TECHNICAL_TOKEN = re.compile(
    r"""
    --?[A-Za-z][\w-]*            # options
    | <\w+>                      # metavars
    | \b[A-Z][A-Z0-9_]{2,}\b     # environment variables, metavars, LIST, FOLDER
    | [\w.~-]*/[\w./~…-]*        # paths
    | \b[\w-]+\.(?:json|jsonl|csv|xlsx|xls|ods|yaml|yml|html|md|pub|key|py|sheet)\b
    | \b[\w]+(?:\.[\w]+)+\b      # dotted names (rules.exclude_inspected_within_days)
    | \b[a-z]+(?:_[a-z]+)+\b     # identifiers (category ids: metal_smelting)
    | \b[PEQTC]\d{1,2}\b         # rule IDs
    | (?<![0-9A-Za-z])[0-9A-F]{4}(?:\ [0-9A-F]{4}){3}(?![0-9A-Za-z])  # fingerprints
    | \b[0-9A-Za-z]{18}\b        # USCCs
    | \b[0-9a-f]{12,64}\b        # digests
    | \b(?:prefecture|id|source|name|start_date|end_date|sector|tags|provincial_direct)\b
    """,
    re.VERBOSE,
)
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[A-Za-z]{2,}")


def english_words(text: str) -> list[str]:
    """The English words of `text`, technical names left out."""
    cleaned = _TECHNICAL_TOKEN.sub(" ", text)
    return [w for w in _WORD.findall(cleaned) if w.lower() not in TECHNICAL]


def count(text: str) -> tuple[int, int]:
    """(Chinese characters, letters of English words) in `text`."""
    return len(_CJK.findall(text)), sum(map(len, english_words(text)))


@dataclass(frozen=True)
class Sample:
    what: str
    output: str

    @property
    def counts(self) -> tuple[int, int]:
        return count(self.output)


def _samples(folder: Path) -> Iterator[tuple[str, Sequence[str]]]:
    for command in COMMANDS:
        yield (" ".join(("crossdraw", *command, "--help")), (*command, "--help"))
    listed = folder / "proposed.csv"
    listed.write_text(
        "prefecture,id,source\n湘潭市,91430302MALJBE5W4L,drawn\n湘潭市,914303813658594671,drawn\n"
        "湘潭市,914399999999999999,drawn\n",
        encoding="utf-8",
    )
    draws = str(folder / "draws")
    seed = "38201749561023847561"
    yield "mistakes", ("pool",)
    yield "mistakes", ("pool", "--group", "x")
    yield "mistakes", ("pool", "--grop", "1")
    yield "mistakes", ("pool", "--group", "9")
    yield "mistakes", ("poo",)
    yield "mistakes", ("validate",)
    yield "mistakes", ("validate", str(folder / "missing.csv"))
    yield "mistakes", ("draw", "--group", "1", "--no-input", "--out", draws)
    yield "mistakes", ("draw", "--group", "1", "--seed", "1234", "--no-input", "--out", draws)
    yield "mistakes", ("verify", str(folder / "nothing.json"))
    yield "mistakes", ("void", str(folder / "nothing.json"), "--reason", "重抽")
    yield "findings", ("plan", "check")
    yield "findings", ("validate", str(listed))
    yield "findings", ("validate", str(listed), "--complete")
    yield "output", ("pool", "--group", "1", "--prefecture", "湘潭")
    yield "output", ("draw", "--group", "1", "--seed", seed, "--no-input", "--out", draws)
    yield "output", ("verify", draws)
    # The files a clerk edits (issue 12, zh-rest): CSV and Excel lists, enterprise cells,
    # exclusion files and plan YAML, each with a typical slip.
    for name, content in _clerk_files().items():
        (folder / name).write_bytes(content)
    for name in ("semicolons.csv", "empty.csv", "stray.csv", "merged.xlsx"):
        yield "files", ("validate", str(folder / name))
    yield "files", ("pool", "--group", "1", "--enterprises", str(folder / "enterprises.csv"))
    yield "files", ("pool", "--group", "1", "--exclude", str(folder / "exclude.csv"))
    for name in ("keys.yaml", "tabs.yaml", "prefecture.yaml"):
        yield "files", ("plan", "check", "--groups", str(folder / name))
    quotas = str(folder / "export.xlsx")
    yield "export", ("export", draws, "--out", quotas)
    yield "export", (QUOTA_SHEET, quotas)


QUOTA_SHEET = "定额核对"


def _clerk_files() -> dict[str, bytes]:
    """A typical slip in each kind of file a clerk writes."""
    import io

    from openpyxl import Workbook

    plan = (ROOT / "data" / "groups.yaml").read_text(encoding="utf-8")
    row = "91430302020461162D,湘潭汇通预拌砂浆有限公司,{},{},建材,{},false\n"
    enterprises = "id,name,prefecture,county,sector,tags,provincial_direct\n" + "".join(
        (row.format("湘潭市", "雨糊区", ""), row.format("湘谭市", "雨湖区", ""))
    )
    enterprises += row.format("湘潭市", "雨湖区", "metal").replace("2D,", "3E,", 1)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "名单"
    sheet.append(["市州", "统一社会信用代码", "来源"])
    sheet.append(["湘潭市", "91430302MALJBE5W4L", "抽签"])
    sheet.append(["湘潭市", "914303813658594671", None])
    sheet.merge_cells("C2:C3")
    merged = io.BytesIO()
    book.save(merged)
    texts = {
        "semicolons.csv": "市州;统一社会信用代码;来源\n",
        "empty.csv": "",
        "stray.csv": "市州,统一社会信用代码,来源\n湘潭市,914303813658594671,抽签,1,2\n",
        "enterprises.csv": enterprises,
        "exclude.csv": "统一社会信用代码,原因\n914303813658594671,\n914303813658594671,重复\n",
        "keys.yaml": plan.replace("  min_counties: 2 ", "  min_countes: 2 ", 1).replace(
            "  per_prefecture: 2 ", "  per_prefecture: two ", 1
        ),
        "tabs.yaml": "plan:\n\ttitle: x\n",
        "prefecture.yaml": plan.replace("targets: [湘潭市", "targets: [湘谭市", 1),
    }
    files = {name: text.encode("utf-8") for name, text in texts.items()}
    files["merged.xlsx"] = merged.getvalue()
    return files


def _quota_notes(path: str) -> str:
    """The 说明 column of the export's 定额核对 sheet: it goes to the provincial office."""
    from openpyxl import load_workbook

    sheet = load_workbook(path)[QUOTA_SHEET]
    return "\n".join(str(row[8]) for row in sheet.iter_rows(min_row=2, values_only=True) if row[8])


def measure() -> list[Sample]:
    """Run every sample in a clean Chinese-default environment, from the repository root."""
    from typer.testing import CliRunner

    from crossdraw.cli.app import app

    saved = dict(os.environ)
    cwd = Path.cwd()
    try:
        for var in ("CROSSDRAW_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
            os.environ.pop(var, None)
        os.environ.update(COLUMNS="100", NO_COLOR="1", TERM="dumb")
        os.chdir(ROOT)
        runner = CliRunner()
        samples = []
        with tempfile.TemporaryDirectory() as tmp:
            for what, args in _samples(Path(tmp)):
                if args[0] == QUOTA_SHEET:
                    samples.append(Sample(f"export {QUOTA_SHEET} 说明", _quota_notes(args[1])))
                    continue
                result = runner.invoke(app, list(args))
                if result.exception and not isinstance(result.exception, SystemExit):
                    raise result.exception
                shown = " ".join(("crossdraw", *args)) if what != args else what
                text = result.stdout + result.stderr
                spoken = ("mistakes", "findings", "output", "files", "export")
                samples.append(Sample(shown if what in spoken else what, text))
        return samples
    finally:
        os.chdir(cwd)
        os.environ.clear()
        os.environ.update(saved)


def share(samples: Sequence[Sample]) -> float:
    zh = sum(s.counts[0] for s in samples)
    en = sum(s.counts[1] for s in samples)
    return zh / (zh + en) if zh + en else 1.0


def main(argv: Sequence[str]) -> int:
    samples = measure()
    for s in samples:
        zh, en = s.counts
        part = zh / (zh + en) if zh + en else 1.0
        print(f"{part:7.1%}  zh {zh:5d}  en {en:4d}  {s.what}")
        if "--show" in argv and en:
            print("         English: " + " ".join(english_words(s.output)))
    total = share(samples)
    zh = sum(s.counts[0] for s in samples)
    en = sum(s.counts[1] for s in samples)
    verdict = "meets" if total >= TARGET else "misses"
    print(
        f"\nChinese share {total:.1%} ({zh} Chinese characters, {en} letters of English "
        f"words) over {len(samples)} outputs: {verdict} the target of {TARGET:.0%}"
    )
    return 0 if total >= TARGET else 1


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main(sys.argv[1:]))
