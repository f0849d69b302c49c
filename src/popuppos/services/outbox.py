"""Appending sync events: always inside the transaction that records the fact."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection

from popuppos.core.ids import new_id
from popuppos.store.fast_insert import FastInsert
from popuppos.store.models import OutboxEvent, utcnow

PROTOCOL_VERSION = 1
_INSERT = FastInsert(OutboxEvent)


def append_event(
    conn: Connection, device_id: str, event_type: str, aggregate_id: str, payload: dict[str, Any]
) -> str:
    """Queue ``event_type`` for the hub; returns the event id (the hub's idempotency key)."""
    event_id = new_id()
    body = {"v": PROTOCOL_VERSION, "type": event_type, "device_id": device_id, **payload}
    _INSERT.run(
        conn,
        [
            {
                "event_id": event_id,
                "device_id": device_id,
                "event_type": event_type,
                "aggregate_id": aggregate_id,
                "payload": json.dumps(body, separators=(",", ":"), default=str),
                "created_at": utcnow(),
            }
        ],
    )
    return event_id


def stock_moves_payload(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The stock movements a fact made, as its event carries them (so other stalls move
    the same stock, with the same movement ids)."""
    return [
        {"id": r["id"], "variant_id": r["variant_id"], "delta": r["delta"], "reason": r["reason"]}
        for r in rows
    ]
