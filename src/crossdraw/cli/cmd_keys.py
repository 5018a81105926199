"""`crossdraw keygen`: the Ed25519 key pair that signs draw records."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from crossdraw.cli.common import JsonOpt, guarded, out_console, print_json
from crossdraw.cli.safe import escape
from crossdraw.domain.errors import InputError


@guarded
def keygen(
    *,
    out: Annotated[Path, typer.Option("--out", help="Folder to write the key pair to.")],
    json_out: JsonOpt = False,
) -> None:
    """Make an Ed25519 key pair for `draw --sign-key` and `void --sign-key`.

    Writes crossdraw-signing.key, the private key (PEM PKCS#8, readable only by its owner;
    it is never printed), and crossdraw-signing.pub, the public key to hand to auditors
    (`verify --public-key`). Prints the public key's fingerprint to read aloud. Never
    overwrites a key: exit 2 when either file exists.

    Example:  crossdraw keygen --out ~/crossdraw-keys
    """
    from crossdraw.records.signing import (
        PRIVATE_KEY_NAME,
        PUBLIC_KEY_NAME,
        generate_key,
        private_pem,
    )
    from crossdraw.store.storage import write_new

    private, public = out / PRIVATE_KEY_NAME, out / PUBLIC_KEY_NAME
    for path in (private, public):
        if path.exists():
            raise InputError.one(
                str(path),
                "exists; a key is never overwritten (records already signed with it would "
                "lose their signer): choose another --out folder",
            )
    key = generate_key()
    try:
        write_new(private, private_pem(key), mode=0o600)
        try:
            write_new(public, key.public.pem(), mode=0o644)
        except BaseException:
            os.unlink(private)  # no private key without its public half
            raise
    except FileExistsError as exc:
        raise InputError.one(str(exc), "exists; a key is never overwritten") from None
    except OSError as exc:
        raise InputError.one(
            str(out), f"cannot write the key pair: {exc.strerror or exc}; nothing was written"
        ) from None
    if json_out:
        print_json(
            {
                "private_key": str(private),
                "public_key": str(public),
                "fingerprint": key.public.fingerprint,
                "sha256": key.public.sha256,
            }
        )
        return
    console = out_console()
    console.print(f"private key {escape(str(private))} (readable only by you; keep it safe)")
    console.print(f"public key  {escape(str(public))} (give it to the auditors)")
    console.print(f"fingerprint [bold]{key.public.fingerprint}[/bold]")
