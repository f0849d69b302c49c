"""What the appliers of pulled changes share: parsing payload values, finding the local
variant a remote one stands for, inserting facts once, and moving stock like the origin.

Facts are inserted with their ORIGINAL ids and device id (``INSERT ... ON CONFLICT DO
NOTHING``), so applying a change twice is harmless even without the applied-change log.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import DeclarativeBase

from popuppos.core.i18n import translate
from popuppos.store.models import StockMovement, Variant
from popuppos.sync.protocol import Change

#: Names the deterministic ids made for facts whose payload carried none.
_NAMESPACE = uuid.UUID("5b0b6a54-3f7e-4f43-9a8e-6d1f1f0c2a11")


class SkipChange(Exception):
    """This change cannot (or need not) be applied here; ``str(exc)`` says why."""


class NotArrived(SkipChange):
    """Something this change needs (its product, sale, shift, pass ...) has not reached
    this stall yet: the change waits and is tried again (``sync/apply.py``)."""


def when(value: Any, default: datetime | None = None) -> datetime:
    """A payload time as the naive UTC datetime the tables store."""
    if isinstance(value, str) and value:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(UTC).replace(tzinfo=None)
        return parsed
    if default is None:
        raise SkipChange(translate("sync/apply", "the change carries no time"))
    return default


def when_or_none(value: Any) -> datetime | None:
    return when(value) if isinstance(value, str) and value else None


def day(value: Any) -> date:
    return date.fromisoformat(str(value)[:10])


def created(change: Change) -> datetime:
    """The origin device's clock when the fact happened, naive UTC."""
    return change.created_at.astimezone(UTC).replace(tzinfo=None)


def derived_id(*parts: object) -> str:
    """A stable id for a row an older payload did not name (the same on every stall)."""
    return str(uuid.uuid5(_NAMESPACE, ":".join(str(p) for p in parts)))


def insert_once(
    conn: Connection, model: type[DeclarativeBase], rows: Mapping[str, Any] | list[dict[str, Any]]
) -> None:
    """Insert fact rows, leaving any already here (same primary key) as they are."""
    batch = [dict(rows)] if isinstance(rows, Mapping) else rows
    if batch:
        conn.execute(sqlite_insert(model).on_conflict_do_nothing(), batch)


def exists(conn: Connection, column: Any, value: object) -> bool:
    return value is not None and conn.scalar(select(column).where(column == value)) is not None


def local_variant(conn: Connection, variant_id: str | None, sku: str | None = None) -> str | None:
    """The local variant a remote one stands for: the same id, else the same SKU (two
    stalls that each imported the same catalogue have their own ids for one SKU)."""
    if variant_id and exists(conn, Variant.id, variant_id):
        return variant_id
    if sku:
        found = conn.scalar(select(Variant.id).where(Variant.sku == sku))
        return str(found) if found is not None else None
    return None


def require_variant(conn: Connection, variant_id: str | None, sku: str | None = None) -> str:
    found = local_variant(conn, variant_id, sku)
    if found is None:
        raise NotArrived(
            translate(
                "sync/apply", "the product {product} is not in this stall's catalogue"
            ).format(product=sku or variant_id)
        )
    return found


def move_stock(
    conn: Connection,
    change: Change,
    moves: Iterable[Mapping[str, Any]],
    ref_id: str | None,
    skus: Mapping[str, str] | None = None,
) -> None:
    """Record the origin's stock movements here (same ids): the trigger moves the stock."""
    rows = []
    for move in moves:
        variant = str(move["variant_id"])
        local = require_variant(conn, variant, (skus or {}).get(variant))
        rows.append(
            {
                "id": str(move["id"]),
                "device_id": change.origin_device_id,
                "variant_id": local,
                "delta": int(move["delta"]),
                "reason": str(move.get("reason", "sync"))[:16],
                "ref_id": ref_id,
                "created_at": created(change),
            }
        )
    insert_once(conn, StockMovement, rows)
