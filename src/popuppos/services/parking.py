"""Parking a sale: set a cart aside to serve the next customer, and pick it up again."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update

from popuppos.core.cart import Cart
from popuppos.core.i18n import translate
from popuppos.core.ids import new_id
from popuppos.services.errors import ServiceError
from popuppos.store.db import Database
from popuppos.store.models import ParkedSale, utcnow


@dataclass(frozen=True, slots=True)
class ParkedCart:
    id: str
    label: str
    created_at: datetime
    item_count: int
    total: int


def park_cart(db: Database, cart: Cart, label: str = "") -> str:
    if cart.is_empty:
        raise ServiceError(translate("services/parking", "there is nothing to park"))
    parked_id = new_id()
    label = label.strip()[:120] or (cart.member_name or "")
    with db.write() as conn:
        conn.execute(
            insert(ParkedSale),
            {
                "id": parked_id,
                "device_id": db.device_id,
                "created_at": utcnow(),
                "label": label,
                "cart_json": json.dumps(cart.to_dict()),
                "item_count": cart.item_count,
                "total": cart.priced().total,
            },
        )
    return parked_id


def parked_carts(db: Database) -> list[ParkedCart]:
    with db.read() as conn:
        rows = conn.execute(
            select(
                ParkedSale.id,
                ParkedSale.label,
                ParkedSale.created_at,
                ParkedSale.item_count,
                ParkedSale.total,
            )
            .where(ParkedSale.resumed_at.is_(None), ParkedSale.device_id == db.device_id)
            .order_by(ParkedSale.created_at)
        ).all()
    return [ParkedCart(*r) for r in rows]


def resume_cart(db: Database, parked_id: str) -> Cart:
    """Take a parked cart back; it leaves the parked list (once only)."""
    with db.write() as conn:
        raw = conn.scalar(
            select(ParkedSale.cart_json).where(
                ParkedSale.id == parked_id, ParkedSale.resumed_at.is_(None)
            )
        )
        if raw is None:
            raise ServiceError(
                translate("services/parking", "that parked sale was already resumed")
            )
        conn.execute(
            update(ParkedSale).where(ParkedSale.id == parked_id).values(resumed_at=utcnow())
        )
    return Cart.from_dict(json.loads(raw))
