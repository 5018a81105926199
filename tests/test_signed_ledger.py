"""Signed ledger lines (issue 11 §2): rewriting a signed folder needs the private key.

Each attack of §2 is done as an insider without the key would (re-chaining the ledger
by hand) and `verify --public-key` must fail it; cutting the very last lines is the one
rewrite no signature can show, and `--head` / `--digest` from the paper catch it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.domain.canonical import canonical_json, fingerprint, sha256_hex
from crossdraw.domain.errors import InputError
from crossdraw.records.chain import GENESIS, line_digest, sign_line
from crossdraw.records.models import parse_line
from crossdraw.records.signing import generate_key
from tests.conftest import Project
from tests.test_cli import run
from tests.test_insider import flat, keys, ledger_lines, rechain

SEED = "31415926535897932384"
OTHER = "27182818284590452353"


def signed_draw(
    runner: CliRunner, project: Project, key: Path, prefecture: str, seed: str, group: str = "1"
) -> dict[str, Any]:
    code, out, err = run(
        runner, "draw", "--group", group, "--prefecture", prefecture, "--seed", seed,
        *project.args(), "--out", str(project.out), "--json", "--sign-key", str(key),
    )  # fmt: skip
    assert code == exitcodes.OK, err
    drawn: dict[str, Any] = json.loads(out)["draws"][0]
    return drawn


def verify_with(runner: CliRunner, folder: Path, public: Path, *extra: str) -> tuple[int, str]:
    code, out, err = run(runner, "verify", str(folder), "--public-key", str(public), *extra)
    return code, flat(out + err)


def scratch_of(project: Project) -> Project:
    return Project(project.root, project.groups, project.enterprises, project.root / "scratch")


@pytest.fixture
def signed(runner: CliRunner, project: Project) -> tuple[Path, Path]:
    """A signed folder: 丙市 and 丁市 of group 1, then 甲市 of group 2; the key pair."""
    private, public = keys(runner, project.root / "keys")
    signed_draw(runner, project, private, "丙市", SEED)
    signed_draw(runner, project, private, "丁市", SEED)
    signed_draw(runner, project, private, "甲市", SEED, group="2")
    return private, public


def test_with_a_key_every_line_is_signed_and_verify_says_every_line_was_checked(
    runner: CliRunner, project: Project, signed: tuple[Path, Path]
) -> None:
    _, public = signed
    assert {line["schema"] for line in ledger_lines(project.out)} == {"crossdraw-ledger/2"}
    code, out = verify_with(runner, project.out, public, "--lang", "en")
    assert code == exitcodes.OK, out
    assert "All 3 ledger lines are signed by a trusted key" in out
    code, out = verify_with(runner, project.out, public, "--lang", "zh")
    assert "账本 3 行均由受信任的密钥签名" in out


def test_replacing_a_draw_by_a_redraw_and_rechaining_fails_verify_with_the_key(
    runner: CliRunner, project: Project, signed: tuple[Path, Path]
) -> None:
    private, public = signed
    redrawn = signed_draw(runner, scratch_of(project), private, "丙市", OTHER)
    lines = ledger_lines(project.out)
    genuine = project.out / lines[0]["record"]
    genuine.unlink()
    shutil.copy(redrawn["record"], project.out)
    lines[0].update(
        record=Path(redrawn["record"]).name,
        record_digest=redrawn["digest"],
        selected=redrawn["selected"],
    )
    rechain(project.out, lines)
    code, out = verify_with(runner, project.out, public)
    assert code == exitcodes.MISMATCH, out
    where = f"{project.out / 'ledger.jsonl'}"
    for line in (1, 2, 3):  # the replaced line, and every line re-chained after it
        assert f"{where} line {line}: signature does not verify" in out


def test_replacing_a_draw_and_stripping_the_signatures_fails_verify_with_the_key(
    runner: CliRunner, project: Project, signed: tuple[Path, Path]
) -> None:
    _, public = signed
    lines = ledger_lines(project.out)
    for line in lines:  # a downgrade to unsigned /1 lines
        del line["signature"]
        line["schema"] = "crossdraw-ledger/1"
    rechain(project.out, lines)
    code, out = verify_with(runner, project.out, public)
    assert code == exitcodes.MISMATCH, out
    assert f"{project.out / 'ledger.jsonl'} line 1: draw line not signed, but a trusted key" in out


def test_dropping_a_draw_from_the_middle_fails_verify_with_the_key(
    runner: CliRunner, project: Project, signed: tuple[Path, Path]
) -> None:
    _, public = signed
    lines = ledger_lines(project.out)
    (project.out / lines[1]["record"]).unlink()
    rechain(project.out, [lines[0], lines[2]])
    code, out = verify_with(runner, project.out, public)
    assert code == exitcodes.MISMATCH, out
    assert f"{project.out / 'ledger.jsonl'} line 2: signature does not verify" in out


def test_dropping_the_last_draw_passes_signatures_but_not_the_head_or_digest_on_paper(
    runner: CliRunner, project: Project, signed: tuple[Path, Path]
) -> None:
    _, public = signed
    raw = (project.out / "ledger.jsonl").read_bytes().splitlines()
    head = fingerprint(sha256_hex(raw[-1]))
    last = json.loads(raw[-1])
    (project.out / last["record"]).unlink()
    (project.out / "ledger.jsonl").write_bytes(b"\n".join(raw[:-1]) + b"\n")
    code, out = verify_with(runner, project.out, public, "--lang", "en")
    assert code == exitcodes.OK, out  # no signature can show a cut end: say so
    assert "The end of the ledger was not checked: cutting its last lines" in out
    code, out = verify_with(runner, project.out, public, "--head", head)
    assert code == exitcodes.MISMATCH, out
    assert f"holds no line with head {head}" in out
    code, out = verify_with(runner, project.out, public, "--digest", fingerprint(last["record_digest"]), "--lang", "en")  # fmt: skip
    assert code == exitcodes.MISMATCH, out
    assert f"no record has the fingerprint {fingerprint(last['record_digest'])}" in out


def test_un_voiding_a_signed_void_and_its_redraw_fails_verify_with_the_key(
    runner: CliRunner, project: Project
) -> None:
    private, public = keys(runner, project.root / "keys")
    first = signed_draw(runner, project, private, "丙市", SEED)
    code, _, err = run(
        runner, "void", first["record"], "--reason", "重抽", "--sign-key", str(private)
    )
    assert code == exitcodes.OK, err
    redrawn = signed_draw(runner, project, private, "丙市", OTHER)
    signed_draw(runner, project, private, "甲市", SEED, group="2")
    assert verify_with(runner, project.out, public)[0] == exitcodes.OK
    lines = ledger_lines(project.out)
    Path(redrawn["record"]).unlink()
    rechain(project.out, [lines[0], lines[3]])  # the void and the redraw gone
    code, out = verify_with(runner, project.out, public)
    assert code == exitcodes.MISMATCH, out
    assert f"{project.out / 'ledger.jsonl'} line 2: signature does not verify" in out


def test_grafting_a_signed_scratch_record_and_its_signed_line_fails_verify_with_the_key(
    runner: CliRunner, project: Project, signed: tuple[Path, Path]
) -> None:
    private, public = signed
    scratch = scratch_of(project)
    signed_draw(runner, scratch, private, "丙市", OTHER)
    grafted = (scratch.out / "ledger.jsonl").read_bytes().splitlines()[0]
    record = json.loads(grafted)["record"]
    shutil.copy(scratch.out / record, project.out)
    raw = (project.out / "ledger.jsonl").read_bytes().splitlines()
    (project.out / json.loads(raw[0])["record"]).unlink()
    # the scratch line, signed by the same key, as line 1 verbatim; the rest re-chained
    lines = [json.loads(grafted), *(json.loads(r) for r in raw[1:])]
    prev, out_bytes = GENESIS, b""
    for line in lines:
        data = canonical_json({**line, "prev": prev}) if line is not lines[0] else grafted
        prev, out_bytes = sha256_hex(data), out_bytes + data + b"\n"
    (project.out / "ledger.jsonl").write_bytes(out_bytes)
    code, out = verify_with(runner, project.out, public)
    assert code == exitcodes.MISMATCH, out
    assert f"{project.out / 'ledger.jsonl'} line 2: signature does not verify" in out


def test_an_unsigned_folder_says_in_chinese_what_only_paper_can_show_and_prints_fingerprints(
    runner: CliRunner, project: Project
) -> None:
    code, out, err = run(
        runner, "draw", "--group", "1", "--seed", SEED, *project.args(), "--out", str(project.out)
    )
    assert code == exitcodes.OK, err
    code, out, _ = run(runner, "verify", str(project.out), "--lang", "zh")
    assert code == exitcodes.OK, out
    out = flat(out)
    assert "账本行未签名（抽签时未用 --sign-key）" in out
    assert "未核对账本末尾" in out
    for record in project.out.glob("group*.json"):
        digest = json.loads(record.read_bytes())["digest"]
        assert f"记录指纹 {fingerprint(digest)}" in out


def test_verify_digest_takes_the_sheet_fingerprint_or_the_full_digest(
    runner: CliRunner, project: Project
) -> None:
    code, out, err = run(
        runner, "draw", "--group", "1", "--seed", SEED, *project.args(), "--out", str(project.out),
        "--json",
    )  # fmt: skip
    assert code == exitcodes.OK, err
    digests = [d["digest"] for d in json.loads(out)["draws"]]
    code, out, _ = run(
        runner, "verify", str(project.out), "--digest", fingerprint(digests[0]),
        "--digest", digests[1], "--lang", "en", "--json",
    )  # fmt: skip
    assert code == exitcodes.OK, out
    found = json.loads(out)["digests"]
    assert [d["digest"] for d in found] == digests
    code, _, err = run(runner, "verify", str(project.out), "--digest", "XYZ")
    assert code == exitcodes.BAD_INPUT
    assert "--digest: 'XYZ' is not a record's digest" in flat(err)


def test_a_v2_line_without_its_signature_and_a_signed_v1_draw_line_are_refused() -> None:
    key = generate_key()
    base = {
        "at": "2026-01-01T00:00:00+00:00", "group": 1, "plan": {"title": "T", "year": 2025},
        "prefecture": "丙市", "prev": GENESIS, "record": "group1-丙市-aaaaaaaaaaaa.json",
        "record_digest": "a" * 64, "schema": "crossdraw-ledger/1", "selected": ["X"], "seq": 1,
        "type": "draw",
    }  # fmt: skip
    line = parse_line(canonical_json(base), "L")
    signed = sign_line(line, key)
    assert signed.schema_id == "crossdraw-ledger/2"
    assert parse_line(canonical_json(signed.as_json()), "L") == signed
    assert line_digest(signed) != line_digest(line)  # the schema is signed too
    with pytest.raises(InputError, match="a crossdraw-ledger/2 line is signed"):
        parse_line(canonical_json({**base, "schema": "crossdraw-ledger/2"}), "L")
    with pytest.raises(InputError, match="a crossdraw-ledger/1 draw line is never signed"):
        parse_line(canonical_json({**signed.as_json(), "schema": "crossdraw-ledger/1"}), "L")


def test_the_published_schema_requires_the_signature_of_a_v2_line() -> None:
    from jsonschema import Draft202012Validator

    root = Path(__file__).resolve().parent.parent
    schema = json.loads((root / "docs/schemas/crossdraw-ledger-2.schema.json").read_bytes())
    validator = Draft202012Validator(schema)
    base = {
        "at": "2026-01-01T00:00:00+00:00", "group": 1, "plan": {"title": "T", "year": 2025},
        "prefecture": "丙市", "prev": GENESIS, "record": "group1-丙市-aaaaaaaaaaaa.json",
        "record_digest": "a" * 64, "schema": "crossdraw-ledger/1", "selected": ["X"], "seq": 1,
        "type": "draw",
    }  # fmt: skip
    signed = sign_line(parse_line(canonical_json(base), "L"), generate_key()).as_json()
    assert validator.is_valid(base)
    assert validator.is_valid(signed)
    assert not validator.is_valid({k: v for k, v in signed.items() if k != "signature"})
    assert not validator.is_valid({**signed, "schema": "crossdraw-ledger/1"})
