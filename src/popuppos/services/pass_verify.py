"""Checking a scanned pass, offline and fast (the scan path of every screen).

A pass issued on another stall verifies here as soon as that stall's public key is in
``signing_keys`` (it travels with the shop's data). The trusted keys and the revocation
mapping are cached per database (per SQLAlchemy ``Engine``) and refreshed only when
their tables changed; each call costs one small fingerprint query:

* ``signing_keys`` is a handful of rows that can be updated (retirement), so its
  fingerprint is the whole table's ``key_id/retired_at`` text (group_concat): exact.
* ``pass_revocations`` is append-only (a trigger refuses UPDATE and DELETE), so a new
  revocation always gets a larger rowid. Its fingerprint is the last row's ``rowid``,
  ``pass_id`` and ``reason`` (an index seek, not a count). When only rows after the
  cached last one were added, just those are read; when the last row is different or
  gone (a rolled-back transaction had been seen), the mapping is reloaded whole.

So a revocation committed by any connection or process (sync included) is seen by the
very next scan, with no version counter that every writer would have to remember. The
scan path's reads go straight to the sqlite3 connection under the caller's transaction;
a scan costs the signature check plus ~10 us, and the first scan with 100,000
revocations loads them in ~0.2 s (once per process and database).
"""

from __future__ import annotations

import sqlite3
import threading
import weakref
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import Connection, Engine

from popuppos.core import pass_token as tok
from popuppos.core.pass_token import InvalidPass, RevocationReason

__all__ = ["InvalidPass", "PassHolder", "verify_scan"]


@dataclass(frozen=True, slots=True)
class PassHolder:
    """A pass that verified, with its holder as this device knows them."""

    pass_id: str
    member_id: str  # "" when the pass is not (yet) in this device's passes table
    member_name: str  # "Member" then
    tier_id: str  # "" when the tier code is unknown here too
    tier_name: str  # the tier code then
    tier_code: str
    valid_from: date
    valid_until: date
    one_to_one_minutes: int
    included_sessions: int


# -- checking a scan -----------------------------------------------------------------------
_FINGERPRINT = (
    "SELECT (SELECT group_concat(key_id || '/' || coalesce(retired_at, ''), ',')"
    " FROM signing_keys),"
    " (SELECT rowid || '/' || pass_id || '/' || reason FROM pass_revocations"
    " ORDER BY rowid DESC LIMIT 1)"
)
_KEYS = "SELECT public_key, retired_at FROM signing_keys"
_REVOCATIONS = "SELECT rowid, pass_id, reason FROM pass_revocations WHERE rowid > ? ORDER BY rowid"
_HOLDER = (
    "SELECT p.member_id, m.name, t.id, t.name, t.one_to_one_minutes, t.included_sessions"
    " FROM passes p JOIN members m ON m.id = p.member_id"
    " JOIN pass_tiers t ON t.id = p.tier_id WHERE p.id = ?"
)
_TIER_BY_CODE = (
    "SELECT id, name, one_to_one_minutes, included_sessions FROM pass_tiers WHERE code = ?"
)


_REASONS = {r.value: r for r in RevocationReason}


class _Revocations(Mapping[UUID, RevocationReason]):
    """Revoked pass ids -> why, keyed by the id's text as stored (loading 100,000 rows
    then costs no UUID parsing; a scan pays one str() of its pass id)."""

    __slots__ = ("by_text",)

    def __init__(self, by_text: dict[str, RevocationReason]) -> None:
        self.by_text = by_text

    def __contains__(self, key: object) -> bool:
        return isinstance(key, UUID) and str(key) in self.by_text

    def __getitem__(self, key: UUID) -> RevocationReason:
        return self.by_text[str(key)]

    def __iter__(self) -> Iterator[UUID]:
        return (UUID(k) for k in list(self.by_text))

    def __len__(self) -> int:
        return len(self.by_text)


class _VerifyCache:
    """The trusted keys and revocations of one database, with the fingerprints they match."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.keys_print: str | None = "\0"  # never a real fingerprint: load on first use
        self.trusted = tok.TrustedKeys()
        self.last_revocation: str | None = None
        self.last_rowid = 0
        self.revoked = _Revocations({})

    def refresh(self, raw: sqlite3.Connection) -> tuple[tok.TrustedKeys, _Revocations]:
        keys_print, last = raw.execute(_FINGERPRINT).fetchone()
        with self.lock:
            if keys_print != self.keys_print:
                self.trusted = _load_keys(raw)
                self.keys_print = keys_print
            if last != self.last_revocation:
                self._load_revocations(raw, last)
            return self.trusted, self.revoked

    def _load_revocations(self, raw: sqlite3.Connection, last: str | None) -> None:
        known = self.last_revocation
        if known is not None and _still_there(raw, known):
            # Only rows were added: add them in place (a dict insert is atomic for the
            # lookups another thread's scan may be doing).
            by_text, after = self.revoked.by_text, self.last_rowid
        else:  # first load, or a row this cache had seen was rolled back: start over
            by_text, after = {}, 0
        for rowid, pass_id, reason in raw.execute(_REVOCATIONS, (after,)):
            by_text[pass_id.lower()] = _REASONS.get(reason, RevocationReason.REVOKED)
            after = rowid
        self.revoked, self.last_rowid, self.last_revocation = _Revocations(by_text), after, last


def _still_there(raw: sqlite3.Connection, fingerprint: str) -> bool:
    rowid, rest = fingerprint.split("/", 1)
    row = raw.execute(
        "SELECT pass_id || '/' || reason FROM pass_revocations WHERE rowid = ?", (int(rowid),)
    ).fetchone()
    return row is not None and row[0] == rest


def _load_keys(raw: sqlite3.Connection) -> tok.TrustedKeys:
    trusted = tok.TrustedKeys()
    for public_hex, retired_at in raw.execute(_KEYS):
        key_id = trusted.add(bytes.fromhex(public_hex))
        if retired_at:  # stored naive UTC, like the pass's signed issue day
            trusted.retire(key_id, date.fromisoformat(str(retired_at)[:10]))
    return trusted


_caches: weakref.WeakKeyDictionary[Engine, _VerifyCache] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def _cache_for(engine: Engine) -> _VerifyCache:
    cache = _caches.get(engine)
    if cache is None:
        with _caches_lock:
            cache = _caches.setdefault(engine, _VerifyCache())
    return cache


def _raw(conn: Connection) -> sqlite3.Connection:
    """The driver connection under ``conn``, in the same transaction.

    The scan path's three small reads go straight to sqlite3: through SQLAlchemy's
    result machinery they cost ~40 us each, more than half a signature check.
    """
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def verify_scan(conn: Connection, text: str, today: date) -> PassHolder:
    """Check a scanned pass as on ``today`` (the stall's day); raise InvalidPass saying why.

    ``str(error)`` is the sentence for the host; ``error.reason`` is the PassRefusal.
    """
    raw = _raw(conn)
    trusted, revoked = _cache_for(conn.engine).refresh(raw)
    claims = tok.verify_pass(text, trusted, revoked=revoked, today=today)
    pass_id = str(claims.pass_id)
    row = raw.execute(_HOLDER, (pass_id,)).fetchone()
    if row is not None:
        member_id, name, tier_id, tier_name, minutes, sessions = row
    else:  # issued on another stall, not synced here yet: the signed claims are enough
        member_id, name = "", "Member"
        tier = raw.execute(_TIER_BY_CODE, (claims.tier,)).fetchone()
        tier_id, tier_name, minutes, sessions = tier if tier else ("", claims.tier, 0, 0)
    return PassHolder(
        pass_id=pass_id,
        member_id=member_id,
        member_name=name,
        tier_id=tier_id,
        tier_name=tier_name,
        tier_code=claims.tier,
        valid_from=claims.valid_from,
        valid_until=claims.valid_until,
        one_to_one_minutes=int(minutes),
        included_sessions=int(sessions),
    )
