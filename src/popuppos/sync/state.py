"""Where this device syncs to, pairing, and the outbox as the engine reads it.

The device token is a secret: it never goes into ``settings``, ``sync_state`` or the
outbox. It lives in the OS keyring when the ``keyring`` package finds a usable backend,
otherwise in this stall's database, readable by its user alone (``sync.credential``,
whose names are re-exported here). ``sync_state.token_store`` says which; the status
shows it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from popuppos.services.passes import ensure_device_key
from popuppos.services.shop import load_settings
from popuppos.store.db import Database
from popuppos.store.models import OutboxEvent, utcnow
from popuppos.store.sync_models import SyncState
from popuppos.sync.client import HubClient
from popuppos.sync.credential import (
    KEYRING_SERVICE,
    CredentialStorageProblem,
    DatabaseTokenStore,
    KeyringTokenStore,
    TokenStore,
    default_token_store,
    legacy_token_file,
    token_store_for,
    usable_keyring,
)
from popuppos.sync.protocol import PairRequest, PushEvent

__all__ = [
    "KEYRING_SERVICE",
    "CredentialStorageProblem",
    "DatabaseTokenStore",
    "HubConfig",
    "KeyringTokenStore",
    "Rejected",
    "TokenStore",
    "default_token_store",
    "legacy_token_file",
    "load_config",
    "mark_answered",
    "pair_device",
    "pending_events",
    "record",
    "rejected_count",
    "rejected_events",
    "token_store_for",
    "usable_keyring",
    "waiting_count",
]


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
    ``token_store`` (the OS keyring, else this database, private to its user). Raises the
    client's HubError on failure, or CredentialStorageProblem before asking the hub when
    the token could not be kept safely (nothing is stored then).
    """
    hub_url = hub_url.strip().rstrip("/")
    store = token_store or default_token_store(db)
    store.check()  # before the one-time code is spent
    with db.write() as conn:
        key = ensure_device_key(conn, db.device_id)
        device_name = load_settings(conn).device_name
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
