"""Member passes: a signed token a member holds as a QR code, checked offline on any stall.

A pass proves membership of a tier. Each device that issues passes has its own Ed25519
signing key; every stall holds the shop's set of trusted public keys (and which of them
are retired), so it can check a pass with no network.

Binary payload, version 1 (100 bytes, big-endian)::

    offset size  field
         0    1  version       0x01
         1    1  flags         reserved, 0 in version 1 (anything else: unsupported)
         2    4  key id        first 4 bytes of SHA-256 of the raw 32-byte public key
         6   16  pass id       the pass's UUID (no personal data beyond this id)
        22    8  tier code     1-8 of A-Z 0-9 - _ (first one a letter or digit),
                               ASCII, left-aligned, padded with NUL bytes
        30    2  issued on     day number: days since 2020-01-01 (issuer's calendar day)
        32    2  valid from    day number, first day the pass is good for
        34    2  valid until   day number, last day the pass is good for (inclusive)
        36   64  signature     Ed25519 over b"PPOS-PASS" + bytes 0..35

Day numbers are unsigned 16-bit, so dates run from 2020-01-01 to 2199-06-06.

Text form: ``"PP1"`` followed by RFC 4648 base32 of the 100 bytes: 163 characters, all in
``0-9A-Z`` (QR alphanumeric mode; version 7 at error correction M holds it, the limit is
version 10). 100 bytes is a whole number of base32 groups, so there is no padding and no
spare bits: every character carries five payload bits and any changed character changes
the payload. Uppercase letters and digits only, because symbols and letter case are what
keyboard-wedge scanners mangle on foreign keyboard layouts. Reading is lenient where it
is safe: whitespace anywhere (a scanner's trailing CR/LF, spaces a person typed) is
dropped and lowercase is accepted (a scanner with caps lock on); anything else that is not
exactly a pass is refused.

Checks, in order (the first failure is the reason given): readable text and layout
(MALFORMED, UNSUPPORTED_VERSION), key known to the shop (UNKNOWN_KEY), signature
(BAD_SIGNATURE), key retirement (RETIRED_KEY), revocation (REVOKED), dates
(NOT_YET_VALID, EXPIRED). Only the refusals after the signature check carry the pass's
claims, because only then are they known to be genuine.

Retired keys. A signature cannot prove when it was made, so retirement has two modes:

* routine (the device was replaced): passes whose signed issue day is *before* the day the
  key was retired stay valid; passes issued on that day or later are refused.
* compromised (the device was lost or its key leaked): dates signed with that key can't be
  believed, so only the pass ids listed as genuine (e.g. those whose issue reached the hub
  before retirement) stay valid; every other pass it signed is refused.

Dates are calendar days: ``today`` is the stall's local day, and a pass is good from the
start of ``valid_from`` to the end of ``valid_until``.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import re
import struct
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from babel.dates import format_date
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from popuppos.core.i18n import QT_TRANSLATE_NOOP, date_locale, translate

VERSION = 1
TEXT_PREFIX = "PP1"
DOMAIN = b"PPOS-PASS"
KEY_ID_BYTES = 4
SIGNATURE_BYTES = 64
_HEADER = struct.Struct(">BB4s16s8sHHH")
HEADER_BYTES = _HEADER.size  # 36
PAYLOAD_BYTES = HEADER_BYTES + SIGNATURE_BYTES  # 100
TEXT_LENGTH = len(TEXT_PREFIX) + PAYLOAD_BYTES * 8 // 5  # 163
EPOCH = date(2020, 1, 1)
_EPOCH_ORDINAL = EPOCH.toordinal()
LAST_DAY = date.fromordinal(_EPOCH_ORDINAL + 0xFFFF)
TIER_MAX = 8

_TIER_RE = re.compile(rf"[A-Z0-9][A-Z0-9_-]{{0,{TIER_MAX - 1}}}")
_PREFIX = TEXT_PREFIX.encode("ascii")
_BODY_RE = re.compile(rb"[A-Z2-7]{%d}" % (TEXT_LENGTH - len(_PREFIX)))
_B32_TO_INT_DIGITS = bytes.maketrans(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", b"0123456789abcdefghijklmnopqrstuv"
)
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

assert PAYLOAD_BYTES % 5 == 0, "the payload must fill whole base32 groups"


class PassRefusal(enum.Enum):
    """Why a pass was refused; the UI may word it its own way from this and the claims."""

    MALFORMED = "malformed"
    UNSUPPORTED_VERSION = "unsupported_version"
    UNKNOWN_KEY = "unknown_key"
    BAD_SIGNATURE = "bad_signature"
    RETIRED_KEY = "retired_key"
    REVOKED = "revoked"
    NOT_YET_VALID = "not_yet_valid"
    EXPIRED = "expired"


class RevocationReason(enum.Enum):
    """Why the shop revoked a pass (the value a revocation mapping holds)."""

    TRANSFERRED = "transferred"
    REFUNDED = "refunded"
    REVOKED = "revoked"  # by hand


_REVOKED_MESSAGES = {
    RevocationReason.TRANSFERRED: QT_TRANSLATE_NOOP(
        "core/pass_token", "This pass was transferred to another member."
    ),
    RevocationReason.REFUNDED: QT_TRANSLATE_NOOP("core/pass_token", "This pass was refunded."),
    RevocationReason.REVOKED: QT_TRANSLATE_NOOP(
        "core/pass_token", "This pass was revoked by the shop."
    ),
}


@dataclass(frozen=True, slots=True)
class PassClaims:
    """What a pass says. ``key_id`` is the 8-hex-digit id of the key that signs it."""

    pass_id: UUID
    tier: str
    valid_from: date
    valid_until: date
    issued_on: date
    key_id: str


class InvalidPass(ValueError):
    """A pass that must not be honoured. ``str(error)`` is a sentence for the host.

    ``claims`` is set only when the signature was good (so the claims are genuine): for
    RETIRED_KEY, REVOKED, NOT_YET_VALID and EXPIRED. ``revocation`` is set for REVOKED
    when the revocation list says why.
    """

    def __init__(
        self,
        reason: PassRefusal,
        message: str,
        *,
        claims: PassClaims | None = None,
        revocation: RevocationReason | None = None,
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.claims = claims
        self.revocation = revocation


def format_day(day: date) -> str:
    """'3 May 2026', the same on every machine; in the shop's own words when its locale is
    not English ("3. Mai 2026", see :func:`popuppos.core.i18n.date_locale`)."""
    locale = date_locale()
    if locale is None:
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    #: a Babel/CLDR date pattern: day, month name, year
    return format_date(day, translate("core/pass_token", "d MMMM yyyy"), locale=locale)


def key_id_for(public_key: bytes) -> str:
    """The key id of a raw 32-byte Ed25519 public key, as 8 lowercase hex digits."""
    return hashlib.sha256(public_key).digest()[:KEY_ID_BYTES].hex()


class SigningKey:
    """A device's private Ed25519 key for issuing passes. Its repr never shows the secret."""

    __slots__ = ("_private", "key_id", "public_key_bytes")

    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        self.public_key_bytes: bytes = private.public_key().public_bytes(
            Encoding.Raw, PublicFormat.Raw
        )
        self.key_id: str = key_id_for(self.public_key_bytes)

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, data: bytes) -> SigningKey:
        """From the raw 32-byte private key (ValueError if it is not one)."""
        if len(data) != 32:
            raise ValueError("an Ed25519 private key is 32 bytes")
        return cls(Ed25519PrivateKey.from_private_bytes(data))

    def private_bytes(self) -> bytes:
        """The raw 32-byte private key, for the device's own secure storage only."""
        return self._private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())

    def sign(self, message: bytes) -> bytes:
        return self._private.sign(message)

    def __repr__(self) -> str:
        return f"SigningKey(key_id={self.key_id!r})"


@dataclass(frozen=True, slots=True)
class TrustedKey:
    """One public key the shop trusts, as it travels with the shop's data."""

    public_key: bytes
    retired_on: date | None = None
    # Only for a compromised key: the pass ids that stay valid. None = routine retirement.
    genuine_passes: frozenset[UUID] | None = None

    @property
    def key_id(self) -> str:
        return key_id_for(self.public_key)


class TrustedKeys:
    """The shop's trusted pass-signing keys, with the loaded key objects cached."""

    def __init__(self, keys: Iterable[TrustedKey] = ()) -> None:
        self._records: dict[str, TrustedKey] = {}
        # raw key id -> (verifier, retired_on, genuine_passes): what verify_pass needs.
        self._by_raw_id: dict[
            bytes, tuple[Ed25519PublicKey, date | None, frozenset[UUID] | None]
        ] = {}
        for key in keys:
            self._put(key)

    def _put(self, key: TrustedKey) -> None:
        if len(key.public_key) != 32:
            raise ValueError("an Ed25519 public key is 32 bytes")
        verifier = Ed25519PublicKey.from_public_bytes(key.public_key)
        key_id = key.key_id
        known = self._records.get(key_id)
        if known is not None and known.public_key != key.public_key:
            raise ValueError(f"two different keys share the key id {key_id}")
        retired_on = key.retired_on
        if isinstance(retired_on, datetime):
            retired_on = retired_on.date()
            key = TrustedKey(key.public_key, retired_on, key.genuine_passes)
        if retired_on is None and key.genuine_passes is not None:
            raise ValueError("genuine_passes only applies to a retired key")
        self._records[key_id] = key
        self._by_raw_id[bytes.fromhex(key_id)] = (verifier, retired_on, key.genuine_passes)

    def add(self, public_key: bytes) -> str:
        """Trust a device's public key (raw 32 bytes); return its key id."""
        key = TrustedKey(bytes(public_key))
        known = self._records.get(key.key_id)
        if known is not None and known.public_key == key.public_key:
            return key.key_id  # already trusted: keep any retirement as it is
        self._put(key)
        return key.key_id

    def retire(
        self,
        key_id: str,
        retired_on: date,
        *,
        genuine_passes: Iterable[UUID] | None = None,
    ) -> None:
        """Retire a key (see the module docstring for the two modes)."""
        known = self._records.get(key_id)
        if known is None:
            raise KeyError(key_id)
        genuine = None if genuine_passes is None else frozenset(genuine_passes)
        self._put(TrustedKey(known.public_key, retired_on, genuine))

    def get(self, key_id: str) -> TrustedKey | None:
        return self._records.get(key_id)

    def __contains__(self, key_id: object) -> bool:
        return key_id in self._records

    def __iter__(self) -> Iterator[TrustedKey]:
        return iter(list(self._records.values()))

    def __len__(self) -> int:
        return len(self._records)

    def _lookup(
        self, raw_key_id: bytes
    ) -> tuple[Ed25519PublicKey, date | None, frozenset[UUID] | None] | None:
        return self._by_raw_id.get(raw_key_id)


def _day_number(day: date, what: str) -> int:
    if isinstance(day, datetime):
        day = day.date()
    if not EPOCH <= day <= LAST_DAY:
        raise ValueError(f"{what} must be between {EPOCH} and {LAST_DAY}")
    return day.toordinal() - _EPOCH_ORDINAL


def _day(number: int) -> date:
    return date.fromordinal(_EPOCH_ORDINAL + number)


def issue_pass(claims: PassClaims, key: SigningKey) -> str:
    """Sign ``claims`` with the device's key and return the text form for the QR code.

    Raises ValueError for claims a pass cannot carry (tier code, dates, key mismatch).
    """
    if claims.key_id != key.key_id:
        raise ValueError("claims.key_id is not the id of the signing key")
    if not isinstance(claims.pass_id, UUID):
        raise ValueError("pass_id must be a UUID")
    if not _TIER_RE.fullmatch(claims.tier):
        raise ValueError(f"a tier code is 1 to {TIER_MAX} of A-Z 0-9 - _, like GOLD")
    valid_from = _day_number(claims.valid_from, "valid_from")
    valid_until = _day_number(claims.valid_until, "valid_until")
    issued_on = _day_number(claims.issued_on, "issued_on")
    if valid_from > valid_until:
        raise ValueError("valid_from is after valid_until")
    header = _HEADER.pack(
        VERSION,
        0,
        bytes.fromhex(key.key_id),
        claims.pass_id.bytes,
        claims.tier.encode("ascii").ljust(TIER_MAX, b"\0"),
        issued_on,
        valid_from,
        valid_until,
    )
    payload = header + key.sign(DOMAIN + header)
    return TEXT_PREFIX + base64.b32encode(payload).decode("ascii")


_MALFORMED = QT_TRANSLATE_NOOP(
    "core/pass_token",
    "This code is not a member pass, or it was not read completely. Scan it again.",
)
_UNSUPPORTED = QT_TRANSLATE_NOOP(
    "core/pass_token",
    "This pass was made by a newer version of PopupPOS. Update this stall to read it.",
)


def _malformed() -> InvalidPass:
    return InvalidPass(PassRefusal.MALFORMED, translate("core/pass_token", _MALFORMED))


def decode_payload(text: str | bytes) -> bytes:
    """The 100-byte binary payload of a pass's text form, not yet verified.

    Raises InvalidPass (MALFORMED or UNSUPPORTED_VERSION) and nothing else, whatever
    ``text`` is.
    """
    if isinstance(text, bytes | bytearray | memoryview):
        try:
            text = bytes(text).decode("ascii")
        except UnicodeDecodeError:
            raise _malformed() from None
    if not isinstance(text, str):
        raise _malformed()
    if len(text) != TEXT_LENGTH or not text.isalnum():
        text = "".join(text.split())
    if not text.isascii():
        raise _malformed()
    data = text.encode("ascii").upper()
    if data[:2] != _PREFIX[:2]:
        raise _malformed()
    if data[2:3] != _PREFIX[2:]:
        if data[2:3].isdigit():
            raise InvalidPass(
                PassRefusal.UNSUPPORTED_VERSION, translate("core/pass_token", _UNSUPPORTED)
            )
        raise _malformed()
    body = data[len(_PREFIX) :]
    if not _BODY_RE.fullmatch(body):
        raise _malformed()
    # base64.b32decode is pure Python (~25 us); this is the same decoding in ~1 us. The
    # pattern above guarantees exactly 160 symbols of A-Z2-7, so int() sees 0-9a-v only.
    payload = int(body.translate(_B32_TO_INT_DIGITS), 32).to_bytes(PAYLOAD_BYTES, "big")
    return payload


def verify_pass(
    text: str | bytes,
    trusted: TrustedKeys,
    *,
    revoked: Container[UUID],
    today: date,
) -> PassClaims:
    """Check a scanned pass and return its claims, or raise InvalidPass saying why.

    ``revoked`` holds revoked pass ids; when it is a Mapping to RevocationReason, the
    refusal says whether the pass was transferred, refunded or revoked by hand.
    ``today`` is the stall's local calendar day. Raises nothing but InvalidPass.
    """
    payload = decode_payload(text)
    version, flags, raw_key_id, raw_id, raw_tier, issued, start, end = _HEADER.unpack_from(payload)
    if version != VERSION or flags != 0:
        raise InvalidPass(
            PassRefusal.UNSUPPORTED_VERSION, translate("core/pass_token", _UNSUPPORTED)
        )
    tier_bytes = raw_tier.rstrip(b"\0")
    tier = tier_bytes.decode("ascii", "replace")
    if not _TIER_RE.fullmatch(tier) or start > end:
        raise _malformed()
    entry = trusted._lookup(raw_key_id)
    if entry is None:
        raise InvalidPass(
            PassRefusal.UNKNOWN_KEY,
            translate("core/pass_token", "This pass was not issued by this shop."),
        )
    verifier, retired_on, genuine = entry
    try:
        verifier.verify(payload[HEADER_BYTES:], DOMAIN + payload[:HEADER_BYTES])
    except InvalidSignature:
        raise InvalidPass(
            PassRefusal.BAD_SIGNATURE,
            translate(
                "core/pass_token", "This pass has been altered or damaged, so it cannot be trusted."
            ),
        ) from None
    claims = PassClaims(
        pass_id=UUID(bytes=raw_id),
        tier=tier,
        valid_from=_day(start),
        valid_until=_day(end),
        issued_on=_day(issued),
        key_id=raw_key_id.hex(),
    )
    if retired_on is not None and not (
        claims.pass_id in genuine if genuine is not None else claims.issued_on < retired_on
    ):
        raise InvalidPass(
            PassRefusal.RETIRED_KEY,
            translate(
                "core/pass_token", "This pass was issued on a device this shop no longer trusts."
            ),
            claims=claims,
        )
    if claims.pass_id in revoked:
        why = revoked.get(claims.pass_id) if isinstance(revoked, Mapping) else None
        reason = why if isinstance(why, RevocationReason) else None
        message = translate(
            "core/pass_token",
            _REVOKED_MESSAGES[reason]
            if reason
            else QT_TRANSLATE_NOOP("core/pass_token", "This pass was revoked."),
        )
        raise InvalidPass(PassRefusal.REVOKED, message, claims=claims, revocation=reason)
    if isinstance(today, datetime):
        today = today.date()
    if today < claims.valid_from:
        raise InvalidPass(
            PassRefusal.NOT_YET_VALID,
            translate("core/pass_token", "This pass is not valid until {day}.").format(
                day=format_day(claims.valid_from)
            ),
            claims=claims,
        )
    if today > claims.valid_until:
        raise InvalidPass(
            PassRefusal.EXPIRED,
            translate("core/pass_token", "This pass expired on {day}.").format(
                day=format_day(claims.valid_until)
            ),
            claims=claims,
        )
    return claims
