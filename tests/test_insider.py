"""Attacks by a motivated insider on a draws folder (issue 11), each reproduced, then stopped."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.domain.canonical import canonical_json, digest, fingerprint, sha256_hex
from crossdraw.records.chain import GENESIS
from crossdraw.records.signing import PRIVATE_KEY_NAME, PUBLIC_KEY_NAME
from tests.conftest import Project
from tests.test_cli import run
from tests.test_cli_ledger import draw

SEED = "31415926535897932384"


def ledger_lines(folder: Path) -> list[dict[str, Any]]:
    raw = (folder / "ledger.jsonl").read_bytes().splitlines()
    return [json.loads(line) for line in raw]


def rechain(folder: Path, lines: list[dict[str, Any]]) -> None:
    """Write `lines` as the ledger, each `prev` the hash of the line before (no key needed)."""
    prev, out = GENESIS, b""
    for seq, line in enumerate(lines, start=1):
        raw = canonical_json({**line, "seq": seq, "prev": prev})
        prev, out = sha256_hex(raw), out + raw + b"\n"
    (folder / "ledger.jsonl").write_bytes(out)


def flat(text: str) -> str:
    """Printed text with Rich's line wrapping undone."""
    return " ".join(text.split())


def keys(runner: CliRunner, folder: Path) -> tuple[Path, Path]:
    assert run(runner, "keygen", "--out", str(folder))[0] == exitcodes.OK
    return folder / PRIVATE_KEY_NAME, folder / PUBLIC_KEY_NAME


def forge(record: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """The record with `changes`, unsigned, its `digest` recomputed as an insider would."""
    forged = {k: v for k, v in record.items() if k not in ("signature", "digest")}
    forged.update(changes)
    return {**forged, "digest": digest(forged)}


def test_c_a_look_alike_schema_under_a_draw_line_fails_verify_with_a_key(
    runner: CliRunner, project: Project
) -> None:
    private, public = keys(runner, project.root / "keys")
    code, drawn, err = draw(runner, project, "丙市", SEED, "--sign-key", str(private))
    assert code == exitcodes.OK, err
    path = Path(drawn["record"])
    record = json.loads(path.read_text(encoding="utf-8"))
    fake = forge(record, schema="crossdraw-record-1")
    path.write_text(json.dumps(fake, ensure_ascii=False), encoding="utf-8")
    lines = ledger_lines(project.out)
    lines[0]["record_digest"] = fake["digest"]
    rechain(project.out, lines)
    code, out, err = run(
        runner, "verify", str(project.out), "--public-key", str(public), *project.args()
    )
    assert code == exitcodes.MISMATCH, out + err
    assert path.name in out


def test_c_a_look_alike_record_given_by_file_beside_its_ledger_is_exit_3(
    runner: CliRunner, project: Project
) -> None:
    _, drawn, _ = draw(runner, project, "丙市", SEED)
    path = Path(drawn["record"])
    fake = forge(json.loads(path.read_text(encoding="utf-8")), schema="crossdraw-record-1")
    path.write_text(json.dumps(fake, ensure_ascii=False), encoding="utf-8")
    lines = ledger_lines(project.out)
    lines[0]["record_digest"] = fake["digest"]
    rechain(project.out, lines)
    code, out, err = run(runner, "verify", str(path))
    assert code == exitcodes.MISMATCH, out + err
    assert "record schema 'crossdraw-record-1'" in out


def test_c_a_forged_record_under_the_genuine_file_name_is_reported(
    runner: CliRunner, project: Project
) -> None:
    _, genuine, _ = draw(runner, project, "丙市", SEED)
    other = Project(project.root, project.groups, project.enterprises, project.root / "scratch")
    _, redrawn, _ = draw(runner, other, "丙市", "2" * 20)
    path = Path(genuine["record"])
    shutil.copy(redrawn["record"], path)
    lines = ledger_lines(project.out)
    lines[0]["record_digest"] = redrawn["digest"]
    lines[0]["selected"] = redrawn["selected"]
    rechain(project.out, lines)
    code, out, _ = run(runner, "verify", str(project.out))
    assert code == exitcodes.MISMATCH, out
    out = flat(out)
    expected = f"group1-丙市-{redrawn['digest'][:12]}.json"
    assert f"line 1: names the record {path.name}, but a record with digest " in out
    assert f"is named {expected}" in out


def test_verify_prints_each_records_digest_fingerprint_for_the_sheet(
    runner: CliRunner, project: Project
) -> None:
    _, drawn, _ = draw(runner, project, "丙市", SEED)
    code, out, _ = run(runner, "verify", str(project.out))
    assert code == exitcodes.OK, out
    assert f"fingerprint {fingerprint(drawn['digest'])}" in out


def test_q6_draw_after_a_scratch_record_never_logged_is_refused(
    runner: CliRunner, project: Project
) -> None:
    scratch = Project(project.root, project.groups, project.enterprises, project.root / "scratch")
    _, drawn, _ = draw(runner, scratch, "丙市", SEED)
    lone = project.root / "lone" / Path(drawn["record"]).name
    lone.parent.mkdir()
    shutil.copy(drawn["record"], lone)
    code, _, err = draw(runner, project, "丁市", "2" * 20, "--after", str(lone))
    assert code == exitcodes.BAD_INPUT
    assert f"{lone}: --after: this record is not logged as a standing draw" in flat(err)
    assert not project.out.exists() or not list(project.out.glob("*.json"))
    code, result, err = draw(runner, project, "丁市", "2" * 20, "--after", drawn["record"])
    assert code == exitcodes.OK, err  # logged as standing in the ledger beside it
    assert result["record"]


def test_q6_draw_after_a_record_voided_beside_it_is_refused(
    runner: CliRunner, project: Project
) -> None:
    scratch = Project(project.root, project.groups, project.enterprises, project.root / "scratch")
    _, drawn, _ = draw(runner, scratch, "丙市", SEED)
    assert run(runner, "void", drawn["record"], "--reason", "重抽")[0] == exitcodes.OK
    code, _, err = draw(runner, project, "丁市", "2" * 20, "--after", drawn["record"])
    assert code == exitcodes.BAD_INPUT
    assert "--after: this draw was voided (ledger.jsonl line 2: 重抽)" in flat(err)


def test_q6_verify_reports_a_previous_draw_no_folder_given_logs(
    runner: CliRunner, project: Project
) -> None:
    scratch = Project(project.root, project.groups, project.enterprises, project.root / "scratch")
    _, fake, _ = draw(runner, scratch, "丙市", SEED)
    _, ding, _ = draw(runner, project, "丁市", "2" * 20, "--after", fake["record"])
    code, out, _ = run(runner, "verify", str(project.out))
    assert code == exitcodes.MISMATCH, out
    assert (
        f"previous[0]: names the draw of 丙市 with digest {fake['digest']}, which is not a "
        "logged draw of any folder given" in flat(out)
    )
    assert run(runner, "verify", str(project.out), str(scratch.out))[0] == exitcodes.OK
    (scratch.out / "ledger.jsonl").unlink()  # given on its own, with no ledger beside it
    code, out, _ = run(runner, "verify", ding["record"], fake["record"])
    assert code == exitcodes.OK, out
    code, out, _ = run(runner, "verify", ding["record"])
    assert code == exitcodes.MISMATCH, out


@pytest.mark.parametrize(
    ("seed", "position", "shown"),
    [
        (SEED + " ", 21, "U+0020 ' '"),
        (SEED[:10] + "\u00a0" + SEED[10:], 11, "U+00A0 '\\xa0'"),
        ("３１４１５９２６５３５８９７９３２３８４", 1, "U+FF13 '３'"),
        (SEED[:10] + "--" + SEED[10:], 12, "U+002D '-'"),
        ("-" + SEED, 1, "U+002D '-'"),
        (SEED + "/1/丙市", 21, "U+002F '/'"),
    ],
    ids=["trailing-space", "no-break-space", "full-width", "double-dash", "leading-dash", "path"],
)
def test_seed_look_alikes_are_refused_so_one_roll_is_one_seed(
    runner: CliRunner, project: Project, seed: str, position: int, shown: str
) -> None:
    code, _, err = draw(runner, project, "丙市", seed)
    assert code == exitcodes.BAD_INPUT
    assert flat(err) == flat(
        f"error --seed: 种子只能是半角数字 0–9，多方的种子之间用 - 连接（例如 "
        f"38201749561023847561 或 3820174956-1023847561），不能有空格或全角数字；第 {position} "
        f"个字符是 {shown}。请照骰子重新输入数字 / a seed is ASCII digits 0-9 only, parties' "
        "parts joined by - (e.g. 38201749561023847561 or 3820174956-1023847561), with no "
        f"spaces or full-width digits; character {position} is {shown}. Type the dice digits again"
    )
    assert not project.out.exists()


def test_a_one_digit_seed_is_refused_and_says_what_to_type(
    runner: CliRunner, project: Project
) -> None:
    code, _, err = draw(runner, project, "丙市", "7")
    assert code == exitcodes.BAD_INPUT
    assert flat(err) == flat(
        "error --seed: 种子只有 1 位数字，至少需要 20 位：请再掷十面骰子补足位数，或加 "
        "--accept-short-seed 明确确认使用短种子 / the seed has only 1 digits, at least 20 are "
        "needed: roll more ten-sided dice, or confirm a short seed with --accept-short-seed"
    )
    code, _, _ = draw(runner, project, "丙市", "", "--accept-short-seed")
    assert code == exitcodes.BAD_INPUT
    code, result, err = draw(runner, project, "丙市", "7", "--accept-short-seed")
    assert code == exitcodes.OK, err
    assert result["record"]


def test_a_seed_of_parties_parts_joined_by_dash_still_draws_as_before(
    runner: CliRunner, project: Project
) -> None:
    code, result, err = draw(runner, project, "丙市", SEED[:10] + "-" + SEED[10:])
    assert code == exitcodes.OK, err
    assert result["selected"]
