"""The Ed25519 key pair that signs draw records and voids (`crossdraw keygen`)."""

from __future__ import annotations

import os
from pathlib import Path

from crossdraw.domain.errors import InputError
from crossdraw.output.messages import say
from crossdraw.records.signing import (
    PRIVATE_KEY_NAME,
    PUBLIC_KEY_NAME,
    SigningKey,
    generate_key,
    private_pem,
)
from crossdraw.store.storage import write_new


def keygen(out: Path) -> tuple[Path, Path, SigningKey]:
    """Write a new key pair into `out`: (private key file, public key file, the key)."""
    private, public = out / PRIVATE_KEY_NAME, out / PUBLIC_KEY_NAME
    for path in (private, public):
        if path.exists():
            raise InputError.one(
                str(path),
                say("input.key_exists"),
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
        raise InputError.one(str(exc), say("input.key_exists_short")) from None
    except OSError as exc:
        raise InputError.one(
            str(out), say("input.key_not_written", reason=exc.strerror or str(exc))
        ) from None
    return private, public, key
