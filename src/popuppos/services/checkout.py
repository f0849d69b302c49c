"""Completing a sale: one durable transaction with its lines, tenders, stock and sync event.

This is the path every sale takes, so it is kept lean: rows are written with Core
``insert`` statements (one executemany per table) rather than through ORM objects, and
stock is decremented by the ``stock_movements`` trigger in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, func, select

from popuppos.core.cart import Cart
from popuppos.core.i18n import translate
from popuppos.core.ids import new_id
from popuppos.core.pricing import PricedCart, PricingError
from popuppos.core.tender import Tender, TenderError, check_tenders, check_tip
from popuppos.services.drop_sales import DropAlert, check_drop_lines, stock_needs
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event, stock_moves_payload
from popuppos.services.shifts import require_open_shift
from popuppos.store.db import Database
from popuppos.store.fast_insert import FastInsert
from popuppos.store.models import (
    Member,
    Sale,
    SaleLine,
    SaleTender,
    StockMovement,
    Variant,
    utcnow,
)
from popuppos.store.pass_models import PassTier

# The sale path's statements, built once (building them per sale cost more CPU than the
# SQLite work itself).
_STOCK = (
    select(Variant.id, Variant.stock, Variant.track_stock, PassTier.id)
    .outerjoin(PassTier, PassTier.variant_id == Variant.id)
    .where(Variant.id.in_(bindparam("ids", expanding=True)))
)
_MEMBER = select(Member.id).where(Member.id == bindparam("member"))
_NEXT_NUMBER = select(func.coalesce(func.max(Sale.number), 0) + 1).where(
    Sale.device_id == bindparam("device")
)
_INSERT_SALE = FastInsert(Sale)
_INSERT_LINES = FastInsert(SaleLine)
_INSERT_TENDERS = FastInsert(SaleTender)
_INSERT_MOVES = FastInsert(StockMovement)


@dataclass(frozen=True, slots=True)
class CompletedSale:
    id: str
    number: int
    created_at: datetime
    total: int
    tip: int
    change: int
    currency: str
    passes: tuple[str, ...] = ()  # member passes this sale issued
    drop_alerts: tuple[DropAlert, ...] = ()  # drops this sale took low or sold out

    @property
    def paid(self) -> int:
        return self.total + self.tip


def complete_sale(
    db: Database,
    cart: Cart,
    tenders: Sequence[Tender],
    *,
    tip: int = 0,
    cashier: str,
    drop_override_pin: str | None = None,
    drop_override_reason: str = "",
) -> CompletedSale:
    """Record a paid sale. Commit means durable; any refusal leaves nothing written.

    ``drop_override_pin``: a manager approves selling beyond this device's share of a
    drop (see ``services.drop_allocations``); recorded, and flagged at the hub."""
    if cart.is_empty:
        raise ServiceError(translate("services/checkout", "the cart is empty"))
    try:
        priced: PricedCart = cart.priced()
        check_tip(tip, priced.total)
        check_tenders(tenders, priced.total + tip)
    except (PricingError, TenderError) as exc:
        raise ServiceError(str(exc)) from None
    has_drops = any(ln.drop_id for ln in cart.lines)

    with db.write() as conn:
        device = db.device_id
        shift = require_open_shift(conn, device)
        currency = shift.currency  # the currency cannot change while a shift is open
        if has_drops:  # a drop line moves every part of the drop
            wanted = stock_needs(
                conn, ((ln.variant_id, ln.drop_id, ln.quantity) for ln in cart.lines)
            )
        else:
            wanted = {}
            for ln in cart.lines:
                wanted[ln.variant_id] = wanted.get(ln.variant_id, 0) + ln.quantity
        stock: dict[str, tuple[int, bool]] = {}
        sells_passes = False
        for vid, have, tracked, tier_id in conn.execute(_STOCK, {"ids": list(wanted)}):
            stock[vid] = (have, tracked)
            sells_passes = sells_passes or tier_id is not None
        if sells_passes and cart.member_id is None:
            raise ServiceError(
                translate(
                    "services/checkout",
                    "a pass needs its holder: attach a member to the sale first",
                )
            )
        for ln in cart.lines:
            if ln.variant_id not in stock:
                raise ServiceError(
                    translate(
                        "services/checkout", "{display_name} is no longer in the catalogue"
                    ).format(display_name=ln.display_name)
                )
        for vid, qty in wanted.items():
            if vid not in stock:
                raise ServiceError(
                    translate(
                        "services/checkout",
                        "a product of a drop in this sale is no longer in the catalogue",
                    )
                )
            have, tracked = stock[vid]
            if tracked and qty > have:
                name = next((ln.display_name for ln in cart.lines if ln.variant_id == vid), None)
                raise ServiceError(
                    translate("services/checkout", "only {have} of {name} left in stock").format(
                        have=have, name=name
                    )
                    if name
                    else translate(
                        "services/checkout",
                        "only {have} left in stock of a product in a drop of this sale",
                    ).format(have=have)
                )
        if cart.member_id is not None and conn.scalar(_MEMBER, {"member": cart.member_id}) is None:
            raise ServiceError(translate("services/checkout", "that member is not on this device"))

        sale_id, now = new_id(), utcnow()
        alerts = (
            check_drop_lines(
                conn,
                device,
                cart,
                sale_id,
                now,
                override_pin=drop_override_pin,
                override_reason=drop_override_reason,
            )
            if has_drops
            else []
        )
        number = int(conn.scalar(_NEXT_NUMBER, {"device": device}) or 1)
        disc = cart.discount
        _INSERT_SALE.run(
            conn,
            [
                {
                    "id": sale_id,
                    "device_id": device,
                    "number": number,
                    "shift_id": shift.id,
                    "created_at": now,
                    "cashier": cashier,
                    "member_id": cart.member_id,
                    "currency": currency,
                    "tax_inclusive": cart.tax_inclusive,
                    "subtotal": priced.subtotal,
                    "discount_total": priced.discount_total,
                    "tax_total": priced.tax_total,
                    "total": priced.total,
                    "tip": tip,
                    "cart_discount_kind": disc.kind.value if disc else None,
                    "cart_discount_value": disc.value if disc else None,
                }
            ],
        )
        line_rows = [
            {
                "id": new_id(),
                "sale_id": sale_id,
                "position": i,
                "variant_id": ln.variant_id,
                "product_name": ln.name,
                "variant_name": ln.variant_name,
                "sku": ln.sku,
                "quantity": ln.quantity,
                "unit_price": ln.unit_price,
                "line_discount": p.line_discount,
                "cart_discount": p.cart_discount,
                "tax_rate_bp": ln.tax_rate_bp,
                "net": p.net,
                "tax": p.tax,
                "gross": p.gross,
                "drop_id": ln.drop_id,
            }
            for i, (ln, p) in enumerate(zip(cart.lines, priced.lines, strict=True))
        ]
        _INSERT_LINES.run(conn, line_rows)
        tender_rows = [
            {
                "id": new_id(),
                "sale_id": sale_id,
                "position": i,
                "method": t.method.value,
                "amount": t.amount,
                "tendered": t.tendered,
                "change": t.change,
                "reference": t.reference,
            }
            for i, t in enumerate(tenders)
        ]
        _INSERT_TENDERS.run(conn, tender_rows)
        move_rows = [
            {
                "id": new_id(),
                "device_id": device,
                "variant_id": vid,
                "delta": -qty,
                "reason": "sale",
                "ref_id": sale_id,
                "created_at": now,
            }
            for vid, qty in wanted.items()
            if stock[vid][1]
        ]
        _INSERT_MOVES.run(conn, move_rows)
        append_event(
            conn,
            device,
            "sale.completed",
            sale_id,
            {
                "sale_id": sale_id,
                "number": number,
                "shift_id": shift.id,
                "at": now.isoformat(),
                "cashier": cashier,
                "member_id": cart.member_id,
                "currency": currency,
                "tax_inclusive": cart.tax_inclusive,
                "subtotal": priced.subtotal,
                "discount_total": priced.discount_total,
                "tax_total": priced.tax_total,
                "total": priced.total,
                "tip": tip,
                "cart_discount_kind": disc.kind.value if disc else None,
                "cart_discount_value": disc.value if disc else None,
                # Whole rows (but the sale id), so another stall can record the same fact.
                "lines": [{k: v for k, v in r.items() if k != "sale_id"} for r in line_rows],
                "tenders": [{k: v for k, v in r.items() if k != "sale_id"} for r in tender_rows],
                "stock": stock_moves_payload(move_rows),
            },
        )
        issued: list[str] = []
        if sells_passes:
            from popuppos.services.passes import issue_for_sale

            issued = [
                p.pass_id
                for p in issue_for_sale(
                    conn,
                    device,
                    sale_id=sale_id,
                    member_id=cart.member_id,
                    lines=[
                        (str(r["id"]), ln.variant_id, ln.quantity)
                        for r, ln in zip(line_rows, cart.lines, strict=True)
                    ],
                    now=now,
                )
            ]
    return CompletedSale(
        sale_id,
        number,
        now,
        priced.total,
        tip,
        sum(t.change for t in tenders),
        currency,
        tuple(issued),
        tuple(alerts),
    )
