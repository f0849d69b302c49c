"""Where this device syncs to, its hub credential, and the outbox as the engine reads it.

The device token is a secret: it never goes into ``settings`` or ``sync_state``. It lives
in the OS keyring when the ``keyring`` package is installed and finds a usable backend,
otherwise in a file beside the database that only this user may read (mode 0600, like
the database itself). ``sync_state.token_store`` says which, and the status shows it.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, func, insert, select, update

from popuppos.services.passes import ensure_device_key
from popuppos.services.shop import load_settings
from popuppos.store.db import Database
from popuppos.store.models import OutboxEvent, utcnow
from popuppos.store.sync_models import SyncState
from popuppos.sync.client import HubClient
from popuppos.sync.protocol import PairRequest, PushEvent

KEYRING_SERVICE = "PopupPOS hub"


# -- the credential ----------------------------------------------------------------------
class TokenStore(Protocol):
    kind: str  # "keyring" or "file": shown in the status

    def get(self, device_id: str) -> str | None: ...

    def put(self, device_id: str, token: str) -> None: ...

    def delete(self, device_id: str) -> None: ...


class FileTokenStore:
    """The token in ``<database>.hub-token``, readable and writable by this user alone."""

    kind = "file"

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def beside(cls, db: Database) -> FileTokenStore:
        return cls(db.path.with_name(db.path.name + ".hub-token"))

    def get(self, device_id: str) -> str | None:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        token = data.get(device_id) if isinstance(data, dict) else None
        return token if isinstance(token, str) else None

    def put(self, device_id: str, token: str) -> None:
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({device_id: token}, fh)
        os.chmod(self.path, 0o600)  # an older file may have been wider

    def delete(self, device_id: str) -> None:
        self.path.unlink(missing_ok=True)


class KeyringTokenStore:
    """The token in the OS keyring (Secret Service, macOS Keychain, Windows Credential
    Locker) through the ``keyring`` package."""

    kind = "keyring"

    def __init__(self, backend: Any) -> None:
        self._keyring = backend

    def get(self, device_id: str) -> str | None:
        token = self._keyring.get_password(KEYRING_SERVICE, device_id)
        return token if isinstance(token, str) else None

    def put(self, device_id: str, token: str) -> None:
        self._keyring.set_password(KEYRING_SERVICE, device_id, token)

    def delete(self, device_id: str) -> None:
        with contextlib.suppress(Exception):  # already gone: nothing to delete
            self._keyring.delete_password(KEYRING_SERVICE, device_id)


def usable_keyring() -> Any | None:
    """The ``keyring`` module when it is installed and has a real backend, else None."""
    try:
        keyring = importlib.import_module("keyring")
        backend = keyring.get_keyring()
    except Exception:
        return None
    priority = getattr(backend, "priority", 0)
    name = type(backend).__module__ + "." + type(backend).__name__
    if not isinstance(priority, int | float) or priority < 1 or "fail" in name or "null" in name:
        return None
    return keyring


def default_token_store(db: Database) -> TokenStore:
    keyring = usable_keyring()
    return KeyringTokenStore(keyring) if keyring is not None else FileTokenStore.beside(db)


def token_store_for(db: Database, kind: str) -> TokenStore:
    """The store a paired device put its token in (``sync_state.token_store``)."""
    if kind == "keyring":
        keyring = usable_keyring()
        if keyring is not None:
            return KeyringTokenStore(keyring)
    return FileTokenStore.beside(db)


# -- pairing and the configuration -------------------------------------------------------
@dataclass(frozen=True, slots=True)
class HubConfig:
    hub_url: str
    shop_id: str
    shop_name: str
    token_store: str
    cursor: str
    stopped_reason: str | None


def load_config(db: Database) -> HubConfig | None:
    """Where this device syncs, or None when it is not paired with a hub."""
    with db.read() as conn:
        row = conn.execute(
            select(
                SyncState.hub_url,
                SyncState.shop_id,
                SyncState.shop_name,
                SyncState.token_store,
                SyncState.cursor,
                SyncState.stopped_reason,
            ).where(SyncState.id == 1)
        ).first()
    return None if row is None else HubConfig(*row)


def pair_device(
    db: Database,
    hub_url: str,
    code: str,
    *,
    token_store: TokenStore | None = None,
    client: HubClient | None = None,
) -> HubConfig:
    """Pair this device with the shop hub at ``hub_url`` using the owner's one-time code.

    Sends this device's id, name and pass-signing public key; keeps the device token in
    ``token_store`` (the OS keyring, else a 0600 file), never in the database. Raises the
    client's HubError on failure (nothing is stored then).
    """
    hub_url = hub_url.strip().rstrip("/")
    with db.write() as conn:
        key = ensure_device_key(conn, db.device_id)
        device_name = load_settings(conn).device_name
    store = token_store or default_token_store(db)
    hub = client or HubClient(hub_url)
    try:
        answer = hub.pair(
            PairRequest(
                code=code.strip().replace(" ", "").upper(),
                device_id=db.device_id,
                device_name=device_name[:80] or "Stall",
                signing_key_id=key.key_id,
                signing_public_key=key.public_key_bytes.hex(),
            )
        )
    finally:
        if client is None:
            hub.close()
    store.put(db.device_id, answer.device_token)
    values = {
        "hub_url": hub_url,
        "shop_id": answer.shop_id,
        "shop_name": answer.shop_name,
        "token_store": store.kind,
        "cursor": "",
        "paired_at": utcnow(),
        "last_error": None,
        "stopped_reason": None,
    }
    with db.write() as conn:
        if conn.scalar(select(SyncState.id).where(SyncState.id == 1)) is None:
            conn.execute(insert(SyncState), {"id": 1, **values})
        else:
            conn.execute(update(SyncState).where(SyncState.id == 1).values(**values))
    config = load_config(db)
    assert config is not None
    return config


def record(db: Database, **values: Any) -> None:
    """Update the sync state row (times, last error, the reason the loop stopped)."""
    with db.write() as conn:
        conn.execute(update(SyncState).where(SyncState.id == 1).values(**values))


# -- the outbox as the engine sees it ----------------------------------------------------
_WAITING = (OutboxEvent.pushed_at.is_(None), OutboxEvent.rejected_at.is_(None))


def waiting_count(conn: Connection) -> int:
    return int(conn.scalar(select(func.count()).select_from(OutboxEvent).where(*_WAITING)) or 0)


def rejected_count(conn: Connection) -> int:
    stmt = select(func.count()).select_from(OutboxEvent).where(OutboxEvent.rejected_at.is_not(None))
    return int(conn.scalar(stmt) or 0)


@dataclass(frozen=True, slots=True)
class Rejected:
    seq: int
    event_type: str
    reason: str


def rejected_events(db: Database) -> list[Rejected]:
    with db.read() as conn:
        rows = conn.execute(
            select(OutboxEvent.seq, OutboxEvent.event_type, OutboxEvent.rejected_reason)
            .where(OutboxEvent.rejected_at.is_not(None))
            .order_by(OutboxEvent.seq)
        )
        return [Rejected(int(s), str(t), str(r or "")) for s, t, r in rows]


def pending_events(db: Database, limit: int) -> tuple[list[PushEvent], list[tuple[str, str]]]:
    """(the next ``limit`` waiting events in seq order, [(event_id, why)] of rows that
    cannot even be sent: they are set aside like the hub's refusals)."""
    with db.read() as conn:
        rows = conn.execute(
            select(
                OutboxEvent.seq,
                OutboxEvent.event_id,
                OutboxEvent.event_type,
                OutboxEvent.aggregate_id,
                OutboxEvent.payload,
                OutboxEvent.created_at,
            )
            .where(*_WAITING)
            .order_by(OutboxEvent.seq)
            .limit(limit)
        ).all()
    events: list[PushEvent] = []
    broken: list[tuple[str, str]] = []
    for seq, event_id, event_type, aggregate_id, payload, created_at in rows:
        try:
            events.append(
                PushEvent(
                    event_id=event_id,
                    event_type=event_type,
                    aggregate_id=aggregate_id,
                    payload=json.loads(payload),
                    created_at=created_at.replace(tzinfo=UTC),
                    device_seq=seq,
                )
            )
        except ValueError as exc:  # pydantic's ValidationError and bad JSON alike
            broken.append((event_id, f"this event cannot be sent: {str(exc)[:300]}"))
    return events, broken


def mark_answered(
    db: Database, done: list[str], rejected: list[tuple[str, str]], now: datetime | None = None
) -> None:
    """One transaction: ``done`` events are pushed; ``rejected`` ones are set aside."""
    if not done and not rejected:
        return
    now = now or utcnow()
    with db.write() as conn:
        if done:
            conn.execute(
                update(OutboxEvent).where(OutboxEvent.event_id.in_(done)).values(pushed_at=now)
            )
        for event_id, reason in rejected:
            conn.execute(
                update(OutboxEvent)
                .where(OutboxEvent.event_id == event_id)
                .values(rejected_at=now, rejected_reason=reason)
            )
