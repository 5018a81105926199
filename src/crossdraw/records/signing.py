"""Ed25519 signatures over digests (docs/ALGORITHM.md §14), and which public keys are trusted.

`cryptography` is imported inside the functions that sign or verify, so commands that
never touch a signature start as fast as before.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crossdraw.domain.canonical import fingerprint, sha256_hex
from crossdraw.domain.errors import InputError, Problem, Worded
from crossdraw.records.models import DrawRecord, Signature

ALGORITHM = "Ed25519"
PRIVATE_KEY_NAME = "crossdraw-signing.key"
PUBLIC_KEY_NAME = "crossdraw-signing.pub"


@dataclass(frozen=True)
class PublicKey:
    """An Ed25519 public key, as its 32 raw bytes."""

    raw: bytes

    @property
    def sha256(self) -> str:
        return sha256_hex(self.raw)

    @property
    def fingerprint(self) -> str:
        """First 16 hex digits of SHA-256 of the raw key, grouped for reading aloud."""
        return fingerprint(self.sha256)

    def pem(self) -> bytes:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        key = Ed25519PublicKey.from_public_bytes(self.raw)
        return key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )


@dataclass(frozen=True)
class SigningKey:
    """A private Ed25519 key (its 32-byte seed); its repr shows only the public fingerprint."""

    seed: bytes = field(repr=False)
    public: PublicKey

    def __repr__(self) -> str:
        return f"SigningKey(public={self.public.fingerprint!r})"


def generate_key() -> SigningKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return _from_private(Ed25519PrivateKey.generate())


def _from_private(key: Any) -> SigningKey:
    from cryptography.hazmat.primitives import serialization

    seed = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return SigningKey(seed, PublicKey(raw))


def private_pem(key: SigningKey) -> bytes:
    """PEM PKCS#8, unencrypted: the file's owner-only mode is what protects it."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.from_private_bytes(key.seed)
    return private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        reason = str(exc.strerror or exc)
        english = f"cannot read the {what}: {reason}"
        kind = Worded(what, f"key_kind_{what.split()[0].replace('-', '_')}")
        raise InputError.one(
            str(path), Worded(english, "key_unreadable", kind=kind, reason=reason)
        ) from None


def load_signing_key(path: Path) -> SigningKey:
    """The private key of a `crossdraw keygen` .key file; InputError naming the file otherwise."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    data = _read(path, "signing key")
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except TypeError:
        english = (
            "the signing key is encrypted with a passphrase; crossdraw reads only "
            "unencrypted keys made by `crossdraw keygen`"
        )
        raise InputError.one(str(path), Worded(english, "key_encrypted")) from None
    except ValueError:
        english = "not a PEM private key (make one with `crossdraw keygen --out DIR`)"
        raise InputError.one(str(path), Worded(english, "key_not_private_pem")) from None
    if not isinstance(key, Ed25519PrivateKey):
        english = f"not an {ALGORITHM} private key"
        raise InputError.one(str(path), Worded(english, "key_not_ed25519_private"))
    return _from_private(key)


def key_file_warning(path: Path) -> str | None:
    """A warning when a private key file can be read by anyone but its owner (POSIX only)."""
    if os.name != "posix":
        return None
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if mode & 0o077:
        return (
            f"{path}: the signing key can be read by others (mode {mode & 0o777:o}); "
            f"keep it private: chmod 600 {path}"
        )
    return None


def parse_public_pem(data: bytes, where: str) -> PublicKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = serialization.load_pem_public_key(data)
    except ValueError:
        raise InputError.one(where, Worded("not a PEM public key", "key_not_public_pem")) from None
    if not isinstance(key, Ed25519PublicKey):
        english = f"not an {ALGORITHM} public key"
        raise InputError.one(where, Worded(english, "key_not_ed25519_public"))
    return PublicKey(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def load_public_key(path: Path) -> PublicKey:
    """A public key file (the .pub `crossdraw keygen` writes)."""
    return parse_public_pem(_read(path, "public key"), str(path))


def sign_digest(key: SigningKey, hex_digest: str) -> Signature:
    """The `signature` field: Ed25519 over the ASCII bytes of the lower-case hex digest."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    value = Ed25519PrivateKey.from_private_bytes(key.seed).sign(hex_digest.encode("ascii"))
    return Signature(
        algorithm=ALGORITHM,
        public_key=base64.b64encode(key.public.raw).decode("ascii"),
        fingerprint=key.public.fingerprint,
        value=base64.b64encode(value).decode("ascii"),
    )


def sign_record(record: DrawRecord, key: SigningKey) -> DrawRecord:
    """The record with a `signature` of its `digest` (the digest leaves the signature out)."""
    return record.with_signature(sign_digest(key, record.digest))


def _b64(text: str, size: int) -> bytes | None:
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return None
    return raw if len(raw) == size else None


def signer(signature: Signature) -> PublicKey | None:
    """The public key a `signature` field names, or None when it is malformed."""
    raw = _b64(signature.public_key, 32)
    return PublicKey(raw) if raw is not None else None


def check_signature(signature: Signature, hex_digest: str) -> list[str]:
    """What is wrong with a `signature` field for this digest; empty when it is good."""
    if signature.algorithm != ALGORITHM:
        return [f"algorithm {signature.algorithm!r} is not {ALGORITHM}"]
    public = signer(signature)
    if public is None:
        return ["public_key is not the base64 of a 32-byte Ed25519 key"]
    problems = []
    if signature.fingerprint != public.fingerprint:
        problems.append(
            f"fingerprint {signature.fingerprint!r} is not that of the public key "
            f"({public.fingerprint})"
        )
    value = _b64(signature.value, 64)
    if value is None or not _verifies(public, value, hex_digest):
        problems.append(
            "does not verify: the content was changed after signing, or the signature "
            "was made by another key"
        )
    return problems


def _verifies(public: PublicKey, value: bytes, hex_digest: str) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public.raw).verify(value, hex_digest.encode("ascii"))
    except InvalidSignature:
        return False
    return True


_HEX = re.compile(r"[0-9a-f]+")


@dataclass(frozen=True)
class Trust:
    """Keys whose signatures count: full keys, and fingerprints (16 or 64 hex digits)."""

    keys: frozenset[bytes] = frozenset()
    fingerprints: frozenset[str] = frozenset()  # lower-case hex without spaces

    def trusts(self, key: PublicKey) -> bool:
        return (
            key.raw in self.keys
            or key.sha256 in self.fingerprints
            or key.sha256[:16] in self.fingerprints
        )

    def __or__(self, other: Trust) -> Trust:
        return Trust(self.keys | other.keys, self.fingerprints | other.fingerprints)


def parse_trusted_keys(text: str, where: str) -> Trust:
    """A trusted-keys file: PEM public keys and fingerprints, `#` comments; all problems at once.

    A fingerprint is 16 hex digits (as printed, spaces allowed) or the full 64-digit
    SHA-256 of the raw key; a PEM block spans its BEGIN to END lines.
    """
    keys: set[bytes] = set()
    prints: set[str] = set()
    problems: list[Problem] = []
    pem: list[str] = []
    pem_start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if pem:
            pem.append(stripped)
            if stripped.startswith("-----END"):
                try:
                    keys.add(
                        parse_public_pem(
                            "\n".join(pem).encode("ascii", "replace") + b"\n",
                            f"{where} line {pem_start}",
                        ).raw
                    )
                except InputError as exc:
                    problems.extend(exc.problems)
                pem = []
            continue
        body = stripped.split("#", 1)[0].strip()
        if not body:
            continue
        if body.startswith("-----BEGIN"):
            pem, pem_start = [body], number
            continue
        compact = body.replace(" ", "").lower()
        if len(compact) in (16, 64) and _HEX.fullmatch(compact):
            prints.add(compact)
        else:
            problems.append(
                Problem(
                    f"{where} line {number}",
                    Worded(
                        "neither a PEM public key nor a fingerprint (16 hex digits as printed, "
                        "e.g. 3F2A 91BC 0D4E 7711, or the full 64-digit SHA-256)",
                        "trusted_line_bad",
                    ),
                )
            )
    if pem:
        unended = Worded("PEM block without its END line", "pem_unended")
        problems.append(Problem(f"{where} line {pem_start}", unended))
    if problems:
        raise InputError(problems)
    return Trust(frozenset(keys), frozenset(prints))


def load_trust(public_keys: Sequence[Path], trusted_files: Iterable[Path]) -> Trust | None:
    """The trust given on the command line, or None when none was given."""
    given = False
    trust = Trust()
    for path in public_keys:
        trust = trust | Trust(keys=frozenset({load_public_key(path).raw}))
        given = True
    for path in trusted_files:
        try:
            text = _read(path, "trusted-keys file").decode("utf-8-sig")
        except UnicodeDecodeError:
            english = "the trusted-keys file is not UTF-8 text"
            raise InputError.one(str(path), Worded(english, "trusted_not_utf8")) from None
        trust = trust | parse_trusted_keys(text, str(path))
        given = True
    return trust if given else None


def trust_problem(signature: Signature | None, trust: Trust | None) -> str | None:
    """Why a signed (or unsigned) item is not accepted under `trust`; None when it is."""
    if trust is None:
        return None
    if signature is None:
        return "not signed, but a trusted key was given"
    public = signer(signature)
    if public is None:
        return None  # reported by check_signature
    if not trust.trusts(public):
        return f"signed by key {public.fingerprint}, which is not among the trusted keys"
    return None
