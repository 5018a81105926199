"""`crossdraw keygen`: the Ed25519 key pair that signs draw records."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from crossdraw.cli.common import JsonOpt, guarded, out_console, print_json
from crossdraw.cli.render import print_whole
from crossdraw.cli.safe import escape
from crossdraw.output.messages import say


@guarded
def keygen(
    *,
    out: Annotated[Path, typer.Option("--out", help="help.keys_out")],
    json_out: JsonOpt = False,
) -> None:
    """Make an Ed25519 key pair for `draw --sign-key` and `void --sign-key`.

    Writes crossdraw-signing.key, the private key (PEM PKCS#8, readable only by its owner;
    it is never printed), and crossdraw-signing.pub, the public key to hand to auditors
    (`verify --public-key`). Prints the public key's fingerprint to read aloud. Never
    overwrites a key: exit 2 when either file exists.

    Example:  crossdraw keygen --out ~/crossdraw-keys
    """
    from crossdraw.services.keys import keygen as keygen_service

    private, public, key = keygen_service(out)
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
    console.print(say("out.key_private", path=escape(str(private))))
    console.print(say("out.key_public", path=escape(str(public))))
    fp = key.public.fingerprint
    print_whole(console, say("out.key_fp", fp=f"[bold]{fp}[/bold]"), fp)
