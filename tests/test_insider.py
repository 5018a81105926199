"""Attacks by a motivated insider on a draws folder (issue 11), each reproduced, then stopped."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.cli.app import app
from crossdraw.domain.canonical import canonical_json, digest, fingerprint, sha256_hex
from crossdraw.domain.errors import InputError
from crossdraw.records.chain import GENESIS
from crossdraw.records.signing import PRIVATE_KEY_NAME, PUBLIC_KEY_NAME
from tests.conftest import PLAN_YAML, Project
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
        "error --seed: a seed is ASCII digits 0-9 only, parties' "
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
        "error --seed: the seed has only 1 digits, at least 20 are "
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


# "/" is refused in group and prefecture names, so a closing tag goes into other names
MARKUP_PLAN = (
    PLAN_YAML.replace("第一组", '"[blink]第一组[reverse]"')
    .replace("丙市", '"[bold]丙市[red]"')
    .replace("name: 金属冶炼", 'name: "金属冶炼[/y]"')
    .replace("甲省交叉执法方案", '"[/y]甲省交叉执法方案"')
)
MARKUP_PREFECTURE = "[bold]丙市[red]"


@pytest.mark.parametrize(
    "command",
    [
        ["plan", "check"],
        ["odds", "--group", "1"],
        ["pool", "--group", "1"],
        ["draw", "--group", "1", "--seed", SEED],
    ],
    ids=" ".join,
)
def test_rich_markup_in_plan_names_is_printed_as_written(
    runner: CliRunner, project: Project, command: list[str]
) -> None:
    project.groups.write_text(MARKUP_PLAN, encoding="utf-8")
    project.enterprises.write_text(
        project.enterprises.read_text(encoding="utf-8").replace("丙市", MARKUP_PREFECTURE),
        encoding="utf-8",
    )
    args = ["--groups", str(project.groups)]
    if command[0] != "plan":
        args += ["--enterprises", str(project.enterprises)]
    if command[0] in ("odds", "draw"):
        args += ["--out", str(project.out)]
    result = runner.invoke(app, [*command, *args])
    shown = result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), shown
    assert result.exit_code == exitcodes.OK, shown
    assert MARKUP_PREFECTURE in shown or "[blink]第一组[reverse]" in shown, shown
    if command[0] in ("odds", "pool"):
        assert "金属冶炼[/y]" in shown


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ("{name: 丙市, counties", '{name: "../../x/ESCAPED", counties', "prefectures[2].name"),
        ("aliases: [甲]", 'aliases: ["甲\\\\市"]', "prefectures[0].aliases[0]"),
        ("name: 第一组", "name: 第一组/丙", "groups[0].name"),
    ],
    ids=["dotdot", "backslash", "slash"],
)
def test_a_group_or_prefecture_name_with_a_path_in_it_is_refused_at_load(
    runner: CliRunner, project: Project, old: str, new: str, key: str
) -> None:
    assert old in PLAN_YAML
    project.groups.write_text(PLAN_YAML.replace(old, new), encoding="utf-8")
    code, _, err = run(runner, "plan", "check", "--groups", str(project.groups))
    assert code == exitcodes.BAD_INPUT
    assert f"{project.groups}, {key} (line " in err
    assert "a group or prefecture name may not hold / \\ or .. (it becomes part of file names)" in (
        flat(err)
    )


def test_e1_a_plan_name_with_a_hidden_character_is_refused_naming_its_key(
    runner: CliRunner, project: Project
) -> None:
    project.groups.write_text(
        PLAN_YAML.replace("name: 王五", 'name: "王\\u200b五"'), encoding="utf-8"
    )
    code, _, err = run(runner, "plan", "check", "--groups", str(project.groups))
    assert code == exitcodes.BAD_INPUT
    assert flat(err) == flat(
        f"error {project.groups}, groups[0].guide.name (line 9): holds an invisible character "
        "(不可见字符) at character 2: U+200B ZERO WIDTH SPACE; retype the value without it: "
        "hidden characters can change or hide what the screen and the sign-off sheet show"
    )


def test_void_of_a_record_whose_names_hold_markup_prints_without_a_traceback(
    runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    import crossdraw.load.planfile

    # a folder drawn before names with "/" were refused at load
    monkeypatch.setattr(crossdraw.load.planfile, "_name_problems", lambda plan, where: [])
    project.groups.write_text(PLAN_YAML.replace("丙市", '"[bold]丙市[/y]"'), encoding="utf-8")
    project.enterprises.write_text(
        project.enterprises.read_text(encoding="utf-8").replace("丙市", "[bold]丙市[/y]"),
        encoding="utf-8",
    )
    code, drawn, err = draw(runner, project, "[bold]丙市[/y]", SEED)
    assert code == exitcodes.OK, err
    code, out, err = run(runner, "void", drawn["record"], "--reason", "重抽[/y]")
    assert code == exitcodes.OK, err
    assert (
        "voided the draw of [bold]丙市[/y] of group 1 (ledger.jsonl line 1) at line 2: 重抽[/y]"
        in flat(out)
    )
    assert "[bold]丙市[/y] may now be drawn again" in out


def test_q6_a_void_that_fails_its_dependents_check_writes_nothing(
    runner: CliRunner, project: Project
) -> None:
    _, drawn, _ = draw(runner, project, "丙市", SEED)
    before = (project.out / "ledger.jsonl").read_bytes()
    broken = project.out / "group1-丁市-broken.json"
    broken.write_text('{"schema": "crossdraw-record/1"}', encoding="utf-8")
    code, _, err = run(runner, "void", drawn["record"], "--reason", "重抽")
    assert code == exitcodes.BAD_INPUT
    assert broken.name in err
    assert (project.out / "ledger.jsonl").read_bytes() == before


def test_q6_a_void_whose_message_cannot_be_rendered_writes_nothing(
    runner: CliRunner, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    import crossdraw.domain.canonical

    _, drawn, _ = draw(runner, project, "丙市", SEED)
    before = (project.out / "ledger.jsonl").read_bytes()

    def fails(_: str) -> str:
        raise InputError.one("render", "cannot render")

    monkeypatch.setattr(crossdraw.domain.canonical, "fingerprint", fails)
    code, _, err = run(runner, "void", drawn["record"], "--reason", "重抽")
    assert code == exitcodes.BAD_INPUT and "cannot render" in err
    assert (project.out / "ledger.jsonl").read_bytes() == before
    monkeypatch.undo()
    code, out, err = run(runner, "void", drawn["record"], "--reason", "重抽", "--json")
    assert code == exitcodes.OK, err
    written = (project.out / "ledger.jsonl").read_bytes().splitlines()[-1]
    assert json.loads(out)["head"] == sha256_hex(written)  # what was shown is what was written


def test_a_prepared_void_is_not_written_after_the_ledger_moved_on(
    runner: CliRunner, project: Project
) -> None:
    from crossdraw.services.voiding import commit, prepare
    from crossdraw.store.ledger import LedgerChanged

    _, drawn, _ = draw(runner, project, "丙市", SEED)
    ready = prepare(Path(drawn["record"]), "重抽")
    assert draw(runner, project, "丁市", "2" * 20)[0] == exitcodes.OK
    before = (project.out / "ledger.jsonl").read_bytes()
    with pytest.raises(LedgerChanged):
        commit(ready)
    assert (project.out / "ledger.jsonl").read_bytes() == before
