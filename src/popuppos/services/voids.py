"""Voids: a line taken off the cart before payment, or a paid sale cancelled whole."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, insert, select

from popuppos.core.cart import CartLine
from popuppos.core.i18n import translate
from popuppos.core.ids import new_id
from popuppos.core.tender import TenderMethod
from popuppos.services import audit
from popuppos.services.drop_sales import stock_needs
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event, stock_moves_payload
from popuppos.services.shifts import _open_shift_row, require_open_shift
from popuppos.services.shop import check_manager_pin
from popuppos.store.db import Database
from popuppos.store.models import (
    LineVoid,
    Refund,
    Sale,
    SaleLine,
    SaleTender,
    SaleVoid,
    StockMovement,
    Variant,
    utcnow,
)


def record_line_void(db: Database, line: CartLine, *, reason: str, cashier: str) -> str:
    """Record that ``line`` was taken off an unpaid cart (no PIN: nothing was paid)."""
    void_id, now = new_id(), utcnow()
    amount = line.as_input().unit_price * line.quantity
    with db.write() as conn:
        shift = _open_shift_row(conn, db.device_id)
        conn.execute(
            insert(LineVoid),
            {
                "id": void_id,
                "device_id": db.device_id,
                "shift_id": shift.id if shift else None,
                "created_at": now,
                "cashier": cashier or "",
                "variant_id": line.variant_id,
                "product_name": line.display_name,
                "quantity": line.quantity,
                "amount": amount,
                "reason": reason.strip(),
            },
        )
        append_event(
            conn,
            db.device_id,
            "line.voided",
            void_id,
            {
                "void_id": void_id,
                "variant_id": line.variant_id,
                "quantity": line.quantity,
                "amount": amount,
                "reason": reason.strip(),
                "at": now.isoformat(),
            },
        )
    return void_id


@dataclass(frozen=True, slots=True)
class VoidedSale:
    id: str
    sale_id: str
    amount: int  # everything handed back, tip included
    cash_back: int  # of which in cash, from the drawer


def void_sale(
    db: Database, sale_id: str, *, reason: str, cashier: str, manager_pin: str
) -> VoidedSale:
    """Cancel a paid sale of the open shift: stock and every tender go back. Needs the PIN."""
    if not reason.strip():
        raise ServiceError(translate("services/voids", "say why the sale is voided"))
    with db.write() as conn:
        approved_by = check_manager_pin(conn, manager_pin)
        refusal = _refusal(conn, db.device_id, sale_id)
        if refusal is not None:
            raise ServiceError(refusal)
        shift = require_open_shift(conn, db.device_id)
        sale = conn.execute(
            select(Sale.total, Sale.tip, Sale.number).where(Sale.id == sale_id)
        ).one()
        void_id, now = new_id(), utcnow()
        conn.execute(
            insert(SaleVoid),
            {
                "id": void_id,
                "device_id": db.device_id,
                "sale_id": sale_id,
                "shift_id": shift.id,
                "created_at": now,
                "cashier": cashier,
                "approved_by": approved_by,
                "reason": reason.strip(),
            },
        )
        need = stock_needs(
            conn,
            conn.execute(
                select(SaleLine.variant_id, SaleLine.drop_id, SaleLine.quantity).where(
                    SaleLine.sale_id == sale_id
                )
            ).all(),
        )
        tracked = set(
            conn.scalars(
                select(Variant.id).where(Variant.id.in_(list(need)), Variant.track_stock.is_(True))
            )
        )
        move_rows = [
            {
                "id": new_id(),
                "device_id": db.device_id,
                "variant_id": vid,
                "delta": int(q),
                "reason": "void",
                "ref_id": void_id,
                "created_at": now,
            }
            for vid, q in need.items()
            if vid in tracked
        ]
        if move_rows:
            conn.execute(insert(StockMovement), move_rows)
        from popuppos.services.passes import revoke_for_refund

        for line_id, qty in conn.execute(
            select(SaleLine.id, SaleLine.quantity).where(SaleLine.sale_id == sale_id)
        ):  # a voided sale's passes stop working
            revoke_for_refund(conn, db.device_id, sale_line_id=line_id, quantity=qty, actor=cashier)
        cash_back = (
            conn.scalar(
                select(func.coalesce(func.sum(SaleTender.amount), 0)).where(
                    SaleTender.sale_id == sale_id, SaleTender.method == TenderMethod.CASH.value
                )
            )
            or 0
        )
        amount = int(sale.total) + int(sale.tip)
        audit.record(
            conn,
            db.device_id,
            actor=cashier,
            approved_by=approved_by,
            action="sale.void",
            subject_id=sale_id,
            reason=reason.strip(),
            details={"sale_number": sale.number, "amount": amount, "cash_back": cash_back},
        )
        append_event(
            conn,
            db.device_id,
            "sale.voided",
            void_id,
            {
                "void_id": void_id,
                "sale_id": sale_id,
                "amount": amount,
                "reason": reason.strip(),
                "approved_by": approved_by,
                "at": now.isoformat(),
                "shift_id": shift.id,
                "cashier": cashier,
                "stock": stock_moves_payload(move_rows),
            },
        )
    return VoidedSale(void_id, sale_id, amount, int(cash_back))


def _refusal(conn: Connection, device_id: str, sale_id: str) -> str | None:
    """Why a void of ``sale_id`` is not allowed now (None: it is)."""
    sale = conn.execute(select(Sale.shift_id, Sale.number).where(Sale.id == sale_id)).first()
    if sale is None:
        return translate("services/voids", "that sale is not on this device")
    shift = _open_shift_row(conn, device_id)
    if shift is None:
        return translate("services/voids", "open a shift first (Shift → Open, with the cash float)")
    if sale.shift_id != shift.id:
        return translate(
            "services/voids", "only sales of the current shift can be voided; refund it instead"
        )
    if conn.scalar(select(SaleVoid.id).where(SaleVoid.sale_id == sale_id)):
        return translate("services/voids", "sale {number} is already voided").format(
            number=sale.number
        )
    if conn.scalar(select(func.count(Refund.id)).where(Refund.sale_id == sale_id)):
        return translate(
            "services/voids", "sale {number} has refunds; refund the rest instead"
        ).format(number=sale.number)
    return None


def void_refusal(db: Database, sale_id: str) -> str | None:
    """Why ``void_sale`` would refuse this sale, before anyone types a PIN (None: it would not).

    Read-only, for the screen that offers the void; ``void_sale`` makes the same check
    again inside its transaction, and that one is the one that counts.
    """
    with db.read() as conn:
        return _refusal(conn, db.device_id, sale_id)
