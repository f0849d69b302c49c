"""Manager PINs, stored only as a slow salted hash (scrypt)."""

from __future__ import annotations

import hashlib
import hmac
import os

# scrypt parameters: ~50 ms and 16 MiB per check on this machine; slow for guessing,
# quick enough for a manager at the till.
_N, _R, _P = 2**14, 8, 1
_SCHEME = "scrypt"


class PinError(ValueError):
    """A PIN that is not acceptable; the message is for the host."""


def check_pin_format(pin: str) -> None:
    if not pin.isascii() or not pin.isdigit() or not 4 <= len(pin) <= 12:
        raise PinError("a PIN is 4 to 12 digits")


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    check_pin_format(pin)
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"{_SCHEME}${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches ``stored``; a damaged or foreign hash is simply no match."""
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
        if scheme != _SCHEME or not pin.isascii() or not pin.isdigit():
            return False
        digest = hashlib.scrypt(
            pin.encode(), salt=bytes.fromhex(salt_hex), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except (ValueError, MemoryError, OverflowError):
        return False
    return hmac.compare_digest(digest.hex(), digest_hex)
