"""Signatures: keygen's files, signed records verify with the right key only, trust files."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossdraw.cli import exitcodes
from crossdraw.domain.errors import InputError
from crossdraw.records.models import DrawRecord
from crossdraw.records.record import record_digest, verify_record
from crossdraw.records.signing import (
    PRIVATE_KEY_NAME,
    PUBLIC_KEY_NAME,
    Trust,
    check_signature,
    generate_key,
    load_public_key,
    load_signing_key,
    parse_trusted_keys,
    sign_record,
    trust_problem,
)
from tests.builders import with_digest
from tests.conftest import Project
from tests.test_cli import run
from tests.test_records import assert_every_edit_is_noticed, make_records

SEED = "38201749561023847561"


def test_a_signed_record_verifies_and_its_digest_leaves_the_signature_out() -> None:
    key = generate_key()
    record = make_records()[0]
    signed = sign_record(record, key)
    assert signed.digest == record.digest == record_digest(signed)
    assert signed.signed_by == key.public.fingerprint
    assert len(key.public.fingerprint) == 19  # "XXXX XXXX XXXX XXXX"
    assert signed.as_json() == {**record.as_json(), "signature": signed.signature.as_json()}
    assert verify_record(signed) == []
    assert trust_problem(signed.signature, Trust(keys=frozenset({key.public.raw}))) is None


def test_unsigned_records_still_verify() -> None:
    assert all(verify_record(r) == [] for r in make_records())


def test_any_edit_of_a_signed_record_is_reported() -> None:
    assert_every_edit_is_noticed(sign_record(make_records()[1], generate_key()))


def test_an_edit_with_a_recomputed_digest_breaks_the_signature() -> None:
    """Whoever edits a record can recompute its digest, but cannot re-sign it."""
    value = sign_record(make_records()[0], generate_key()).as_json()
    forged = with_digest({**value, "witnesses": {**value["witnesses"], "witness": "李四"}})
    assert [m.field for m in verify_record(DrawRecord.from_parsed(forged, "x"))] == ["signature"]


def test_a_record_re_signed_by_another_key_is_not_trusted() -> None:
    key, other = generate_key(), generate_key()
    resigned = sign_record(make_records()[0], other)
    assert verify_record(resigned) == []
    problem = trust_problem(resigned.signature, Trust(keys=frozenset({key.public.raw})))
    assert problem == (
        f"signed by key {other.public.fingerprint}, which is not among the trusted keys"
    )
    assert trust_problem(None, Trust()) == "not signed, but a trusted key was given"


def test_a_signature_naming_another_fingerprint_is_reported() -> None:
    signed = sign_record(make_records()[0], generate_key())
    assert signed.signature is not None
    signature = signed.signature.model_copy(update={"fingerprint": "0000 0000 0000 0000"})
    assert "is not that of the public key" in check_signature(signature, signed.digest)[0]


def test_trusted_keys_file_takes_pem_keys_and_fingerprints_and_names_bad_lines() -> None:
    a, b, c = generate_key(), generate_key(), generate_key()
    text = (
        "# bureau keys\n"
        + a.public.pem().decode("ascii")
        + f"{b.public.fingerprint}  # 李四\n"
        + f"{c.public.sha256}\n"
    )
    trust = parse_trusted_keys(text, "trusted.txt")
    assert all(trust.trusts(k.public) for k in (a, b, c))
    assert not trust.trusts(generate_key().public)
    with pytest.raises(InputError) as caught:
        parse_trusted_keys("3F2A 91BC\n\nnot a key\n", "trusted.txt")
    assert [p.where for p in caught.value.problems] == ["trusted.txt line 1", "trusted.txt line 3"]


def keygen(runner: CliRunner, folder: Path) -> tuple[int, str, str]:
    return run(runner, "keygen", "--out", str(folder))


def test_keygen_writes_an_owner_only_private_key_and_never_prints_it(
    runner: CliRunner, tmp_path: Path
) -> None:
    code, out, err = keygen(runner, tmp_path / "keys")
    assert code == exitcodes.OK, err
    private, public = tmp_path / "keys" / PRIVATE_KEY_NAME, tmp_path / "keys" / PUBLIC_KEY_NAME
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert private.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    key = load_signing_key(private)
    assert load_public_key(public) == key.public
    assert f"fingerprint {key.public.fingerprint}" in out
    body = "".join(private.read_text(encoding="ascii").splitlines()[1:-1])
    code, json_out, _ = run(runner, "keygen", "--out", str(tmp_path / "more"), "--json")
    shown = out + err + json_out
    assert "PRIVATE KEY" not in shown and body not in shown and body[:16] not in shown
    assert key.seed.hex() not in shown and "seed=" not in repr(key)


def test_keygen_refuses_to_overwrite_a_key(runner: CliRunner, tmp_path: Path) -> None:
    assert keygen(runner, tmp_path)[0] == exitcodes.OK
    before = (tmp_path / PRIVATE_KEY_NAME).read_bytes()
    code, _, err = keygen(runner, tmp_path)
    assert code == exitcodes.BAD_INPUT
    assert "a key is never overwritten" in err
    assert (tmp_path / PRIVATE_KEY_NAME).read_bytes() == before


def signed_draw(runner: CliRunner, project: Project, key: Path) -> Path:
    code, out, err = run(
        runner, "draw", "--group", "1", "--seed", SEED, *project.args(),
        "--out", str(project.out), "--sign-key", str(key), "--json",
    )  # fmt: skip
    assert code == exitcodes.OK, err
    draws = json.loads(out)["draws"]
    assert all(d["signed_by"] for d in draws)
    return project.out


def test_signed_draw_verifies_with_its_public_key_and_fails_with_another(
    runner: CliRunner, project: Project, tmp_path: Path
) -> None:
    keygen(runner, tmp_path / "mine")
    keygen(runner, tmp_path / "other")
    out = signed_draw(runner, project, tmp_path / "mine" / PRIVATE_KEY_NAME)
    mine, other = tmp_path / "mine" / PUBLIC_KEY_NAME, tmp_path / "other" / PUBLIC_KEY_NAME
    code, text, _ = run(runner, "verify", str(out), "--public-key", str(mine))
    assert code == exitcodes.OK, text
    assert text.count("signed by") == 3  # both records, and "lines are signed by a trusted key"
    code, text, _ = run(runner, "verify", str(out), "--public-key", str(other))
    assert code == exitcodes.MISMATCH
    assert text.count("which is not among the trusted keys") == 4  # 2 ledger lines, 2 records
    fingerprint = load_public_key(mine).fingerprint
    trusted = tmp_path / "trusted.txt"
    trusted.write_text(f"# 省厅\n{fingerprint}\n", encoding="utf-8")
    code, text, _ = run(runner, "verify", str(out), "--trusted-keys", str(trusted))
    assert code == exitcodes.OK, text


def test_a_signed_record_fails_verify_after_editing(
    runner: CliRunner, project: Project, tmp_path: Path
) -> None:
    keygen(runner, tmp_path / "keys")
    out = signed_draw(runner, project, tmp_path / "keys" / PRIVATE_KEY_NAME)
    path = sorted(out.glob("*.json"))[0]
    record = json.loads(path.read_text(encoding="utf-8"))
    record["witnesses"]["witness"] = "冒名者"
    path.write_text(json.dumps(with_digest(record), ensure_ascii=False), encoding="utf-8")
    code, text, _ = run(runner, "verify", str(path), "--json")
    assert code == exitcodes.MISMATCH
    doc = json.loads(text)
    fields = {m["field"] for r in doc["records"] for m in r["mismatches"]}
    assert fields == {"signature"}
    assert "its record" in doc["ledgers"][0]["problems"][0]["what"]


def test_an_unsigned_record_fails_when_a_public_key_is_given(
    runner: CliRunner, project: Project, tmp_path: Path
) -> None:
    keygen(runner, tmp_path / "keys")
    code, _, _ = run(
        runner, "draw", "--group", "1", "--seed", SEED, *project.args(), "--out", str(project.out)
    )
    assert code == exitcodes.OK
    code, text, _ = run(
        runner, "verify", str(project.out), "--public-key", str(tmp_path / "keys" / PUBLIC_KEY_NAME)
    )
    assert code == exitcodes.MISMATCH
    assert text.count("signature: not signed, but a trusted key was given") == 2


def test_a_bad_sign_key_is_refused_before_anything_is_drawn(
    runner: CliRunner, project: Project, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.key"
    bad.write_text("not a key", encoding="utf-8")
    code, _, err = run(
        runner, "draw", "--group", "1", "--seed", SEED, *project.args(),
        "--out", str(project.out), "--sign-key", str(bad),
    )  # fmt: skip
    assert code == exitcodes.BAD_INPUT
    assert f"{bad}: not a PEM private key" in err
    assert not project.out.exists()


def test_cryptography_is_imported_only_to_sign_or_verify(project: Project) -> None:
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from crossdraw.cli.app import app\n"
        "assert 'cryptography' not in sys.modules, 'imported at start-up'\n"
        f"r = CliRunner().invoke(app, ['draw', '--group', '1', '--seed', '{SEED}', "
        f"'--groups', {str(project.groups)!r}, '--enterprises', {str(project.enterprises)!r}, "
        f"'--out', {str(project.out)!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        f"r = CliRunner().invoke(app, ['verify', {str(project.out)!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        "print('cryptography' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_void_is_signed_too_and_an_unsigned_void_fails_under_trust(
    runner: CliRunner, project: Project, tmp_path: Path
) -> None:
    keygen(runner, tmp_path / "keys")
    private, public = tmp_path / "keys" / PRIVATE_KEY_NAME, tmp_path / "keys" / PUBLIC_KEY_NAME
    out = signed_draw(runner, project, private)
    first, second = sorted(out.glob("*.json"))
    code, text, err = run(
        runner, "void", str(first), "--reason", "重抽", "--sign-key", str(private), "--json"
    )
    assert code == exitcodes.OK, err
    assert json.loads(text)["signed_by"] == load_public_key(public).fingerprint
    assert run(runner, "verify", str(out), "--public-key", str(public))[0] == exitcodes.OK
    run(runner, "void", str(second), "--reason", "重抽")
    code, text, _ = run(runner, "verify", str(out), "--public-key", str(public), "--json")
    assert code == exitcodes.MISMATCH
    assert json.loads(text)["ledgers"][0]["problems"] == [
        {
            "where": f"{out / 'ledger.jsonl'} line 4",
            "what": "void line not signed, but a trusted key was given (written without "
            "--sign-key, or by a crossdraw that did not sign ledger lines: no key vouches "
            "for it)",
        }
    ]


def test_a_sign_key_readable_by_others_draws_a_warning(
    runner: CliRunner, project: Project, tmp_path: Path
) -> None:
    keygen(runner, tmp_path)
    private = tmp_path / PRIVATE_KEY_NAME
    private.chmod(0o644)
    code, _, err = run(
        runner, "draw", "--group", "1", "--seed", SEED, *project.args(),
        "--out", str(project.out), "--sign-key", str(private),
    )  # fmt: skip
    assert code == exitcodes.OK
    assert f"{private}: the signing key can be read by others (mode 644)" in err
