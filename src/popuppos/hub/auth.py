"""Credentials: owner and device tokens, pairing codes, and who is calling.

Tokens are 32 random bytes (url-safe base64) with a short prefix that says what they
are (``ppo_`` a shop owner's, ``ppd_`` a device's): easy to spot in a leaked config,
never in a log. The hub stores only SHA-256 digests: tokens are high-entropy, so a
plain hash is enough, and the lookup by digest is followed by a constant-time compare.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from popuppos.core.i18n import QT_TRANSLATE_NOOP
from popuppos.hub.models import Device, Shop
from popuppos.hub.problems import HubProblem, unauthorised
from popuppos.hub.store import HubStore

OWNER_PREFIX = "ppo_"
DEVICE_PREFIX = "ppd_"

# Upper-case letters and digits without the look-alikes 0/O and 1/I.
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_LENGTH = 10
CODE_LIFETIME = timedelta(minutes=15)


def new_token(prefix: str) -> str:
    return prefix + secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_pairing_code() -> str:
    """10 characters (about 50 bits) from the unambiguous alphabet, ungrouped."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def group_code(code: str) -> str:
    """'K7QM2XWP9F' -> 'K7QM-2XWP-9F', as a person reads it out."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def normalise_code(text: str) -> str:
    """What the person typed, without spaces, dashes or case: ' k7qm-2xwp 9f' -> 'K7QM2XWP9F'."""
    return re.sub(r"[^0-9A-Z]", "", text.upper())


@dataclass(frozen=True, slots=True)
class Caller:
    """Who a request comes from: a shop's owner (``device_id`` None) or one of its devices."""

    shop_id: str
    device_id: str | None = None

    @property
    def is_owner(self) -> bool:
        return self.device_id is None


def parse_bearer(header: str | None) -> str:
    if not header:
        raise unauthorised(
            QT_TRANSLATE_NOOP(
                "hub", "Send the shop's credential as 'Authorization: Bearer <token>'."
            )
        )
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise unauthorised(
            QT_TRANSLATE_NOOP("hub", "The Authorization header must be 'Bearer <token>'.")
        )
    return token


def identify(store: HubStore, token: str) -> Caller:
    """The caller a token belongs to (401 when it is unknown or its device was retired)."""
    wanted = digest(token)
    with store.read() as session:
        if token.startswith(OWNER_PREFIX):
            shop = session.scalar(select(Shop).where(Shop.owner_token_hash == wanted))
            if shop is not None and hmac.compare_digest(shop.owner_token_hash, wanted):
                return Caller(shop.id)
        elif token.startswith(DEVICE_PREFIX):
            device = session.scalar(select(Device).where(Device.token_hash == wanted))
            if device is not None and hmac.compare_digest(device.token_hash, wanted):
                if device.retired_at is not None:
                    raise unauthorised(
                        QT_TRANSLATE_NOOP("hub", "This device was retired by the shop owner.")
                    )
                return Caller(device.shop_id, device.id)
    raise unauthorised(
        QT_TRANSLATE_NOOP("hub", "This token is not known to this hub; pair the device again.")
    )


def require_owner(caller: Caller) -> Caller:
    if not caller.is_owner:
        raise HubProblem(403, "Only the shop owner can do this; this is a device's token.")
    return caller


def require_device(caller: Caller) -> Caller:
    if caller.is_owner:
        raise HubProblem(
            403,
            QT_TRANSLATE_NOOP(
                "hub", "Push and pull need a device's token; this is the shop owner's token."
            ),
        )
    return caller


class AttemptLimiter:
    """Too many wrong pairing codes from one address: refuse that address for a while.

    In memory, per hub process: enough to make guessing a 50-bit code that lives 15
    minutes hopeless. Every failure counts; the count starts over after ``window``.
    """

    def __init__(self, max_failures: int, window: timedelta) -> None:
        self.max_failures = max_failures
        self.window = window
        self._failures: dict[str, tuple[int, datetime]] = {}
        self._lock = threading.Lock()

    def check(self, key: str, now: datetime) -> None:
        with self._lock:
            count, since = self._failures.get(key, (0, now))
            if now - since >= self.window:
                self._failures.pop(key, None)
                return
            if count >= self.max_failures:
                wait = int((since + self.window - now).total_seconds()) + 1
                minutes = -(-wait // 60)
                raise HubProblem(
                    429,
                    "Too many wrong pairing codes from this address; try again in "
                    f"{minutes} minute{'s' if minutes > 1 else ''}.",
                    {"Retry-After": str(wait)},
                )

    def failed(self, key: str, now: datetime) -> None:
        with self._lock:
            if len(self._failures) > 10_000:  # forget stale addresses; never grow unbounded
                self._failures = {
                    k: v for k, v in self._failures.items() if now - v[1] < self.window
                }
            count, since = self._failures.get(key, (0, now))
            if now - since >= self.window:
                count, since = 0, now
            self._failures[key] = (count + 1, since)

    def reset(self) -> None:
        with self._lock:
            self._failures.clear()
