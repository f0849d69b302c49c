"""Refunds: whole or partial, back to the original tenders, approved with the manager PIN."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, insert, select

from popuppos.core.i18n import translate
from popuppos.core.ids import new_id
from popuppos.core.refund_rules import RefundError, refund_line, split_to_tenders
from popuppos.services import audit
from popuppos.services.drop_sales import stock_needs
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event, stock_moves_payload
from popuppos.services.shifts import require_open_shift
from popuppos.services.shop import check_manager_pin
from popuppos.store.db import Database
from popuppos.store.models import (
    Refund,
    RefundLine,
    RefundTender,
    Sale,
    SaleLine,
    SaleTender,
    SaleVoid,
    StockMovement,
    Variant,
    utcnow,
)


@dataclass(frozen=True, slots=True)
class RefundableLine:
    sale_line_id: str
    variant_id: str
    name: str
    variant_name: str
    quantity: int
    refunded_qty: int
    unit_price: int
    gross: int
    tax: int
    drop_id: str | None = None

    @property
    def refundable_qty(self) -> int:
        return self.quantity - self.refunded_qty


@dataclass(frozen=True, slots=True)
class RefundableTender:
    sale_tender_id: str
    method: str
    amount: int
    refunded: int

    @property
    def left(self) -> int:
        return self.amount - self.refunded


@dataclass(frozen=True, slots=True)
class RefundableSale:
    sale_id: str
    number: int
    created_at: datetime
    currency: str
    total: int
    tip: int
    tip_refunded: int
    voided: bool
    lines: tuple[RefundableLine, ...]
    tenders: tuple[RefundableTender, ...]

    @property
    def fully_refunded(self) -> bool:
        return all(ln.refundable_qty == 0 for ln in self.lines) and self.tip_refunded == self.tip


def _load(conn: Connection, sale_id: str) -> RefundableSale:
    sale = conn.execute(
        select(Sale.number, Sale.created_at, Sale.currency, Sale.total, Sale.tip).where(
            Sale.id == sale_id
        )
    ).first()
    if sale is None:
        raise ServiceError(translate("services/refunds", "that sale is not on this device"))
    refunded_qty = dict(
        conn.execute(
            select(RefundLine.sale_line_id, func.sum(RefundLine.quantity))
            .join(SaleLine, SaleLine.id == RefundLine.sale_line_id)
            .where(SaleLine.sale_id == sale_id)
            .group_by(RefundLine.sale_line_id)
        ).all()
    )
    lines = tuple(
        RefundableLine(
            r.id,
            r.variant_id,
            r.product_name,
            r.variant_name,
            r.quantity,
            int(refunded_qty.get(r.id, 0)),
            r.unit_price,
            r.gross,
            r.tax,
            r.drop_id,
        )
        for r in conn.execute(
            select(
                SaleLine.id,
                SaleLine.variant_id,
                SaleLine.product_name,
                SaleLine.variant_name,
                SaleLine.quantity,
                SaleLine.unit_price,
                SaleLine.gross,
                SaleLine.tax,
                SaleLine.drop_id,
            )
            .where(SaleLine.sale_id == sale_id)
            .order_by(SaleLine.position)
        )
    )
    refunded_tender = dict(
        conn.execute(
            select(RefundTender.sale_tender_id, func.sum(RefundTender.amount))
            .join(SaleTender, SaleTender.id == RefundTender.sale_tender_id)
            .where(SaleTender.sale_id == sale_id)
            .group_by(RefundTender.sale_tender_id)
        ).all()
    )
    tenders = tuple(
        RefundableTender(t.id, t.method, t.amount, int(refunded_tender.get(t.id, 0)))
        for t in conn.execute(
            select(SaleTender.id, SaleTender.method, SaleTender.amount)
            .where(SaleTender.sale_id == sale_id)
            .order_by(SaleTender.position)
        )
    )
    tip_refunded = conn.scalar(
        select(func.coalesce(func.sum(Refund.tip), 0)).where(Refund.sale_id == sale_id)
    )
    voided = conn.scalar(select(SaleVoid.id).where(SaleVoid.sale_id == sale_id)) is not None
    return RefundableSale(
        sale_id,
        sale.number,
        sale.created_at,
        sale.currency,
        sale.total,
        sale.tip,
        int(tip_refunded or 0),
        voided,
        lines,
        tenders,
    )


def sale_for_refund(db: Database, sale_id: str) -> RefundableSale:
    with db.read() as conn:
        return _load(conn, sale_id)


@dataclass(frozen=True, slots=True)
class RefundPlan:
    """What a refund would return: per line, the tip, and per original tender."""

    lines: tuple[tuple[RefundableLine, int, int, int], ...]  # (line, qty, amount, tax)
    tip: int
    per_tender: tuple[tuple[RefundableTender, int], ...]

    @property
    def amount(self) -> int:
        return sum(a for _, _, a, _ in self.lines) + self.tip

    @property
    def tax(self) -> int:
        return sum(t for _, _, _, t in self.lines)


def plan_refund(
    sale: RefundableSale, quantities: Mapping[str, int], *, refund_tip: bool
) -> RefundPlan:
    """The refund rules applied to one request; raises ServiceError when refused."""
    if sale.voided:
        raise ServiceError(
            translate(
                "services/refunds", "sale {number} was voided; there is nothing to refund"
            ).format(number=sale.number)
        )
    by_id = {ln.sale_line_id: ln for ln in sale.lines}
    planned = []
    try:
        for line_id, qty in quantities.items():
            if qty == 0:
                continue
            line = by_id.get(line_id)
            if line is None:
                raise ServiceError(
                    translate("services/refunds", "that line is not part of this sale")
                )
            r = refund_line(
                sold_qty=line.quantity,
                charged=line.gross,
                tax=line.tax,
                already_refunded_qty=line.refunded_qty,
                quantity=qty,
            )
            planned.append((line, r.quantity, r.amount, r.tax))
        tip = sale.tip - sale.tip_refunded if refund_tip else 0
        if not planned and tip == 0:
            raise ServiceError(translate("services/refunds", "choose what to refund"))
        amount = sum(a for _, _, a, _ in planned) + tip
        parts = split_to_tenders(amount, [t.left for t in sale.tenders])
    except RefundError as exc:
        raise ServiceError(str(exc)) from None
    return RefundPlan(tuple(planned), tip, tuple(zip(sale.tenders, parts, strict=True)))


@dataclass(frozen=True, slots=True)
class CompletedRefund:
    id: str
    sale_id: str
    amount: int
    tax: int
    tip: int
    per_tender: tuple[tuple[str, int], ...]  # (method, amount)
    created_at: datetime

    @property
    def cash_back(self) -> int:
        return sum(a for m, a in self.per_tender if m == "cash")


def refund_sale(
    db: Database,
    sale_id: str,
    quantities: Mapping[str, int],
    *,
    refund_tip: bool,
    reason: str,
    cashier: str,
    manager_pin: str,
    restock: bool = True,
) -> CompletedRefund:
    """Refund units of a sale (and optionally its tip) to its original tenders."""
    if not reason.strip():
        raise ServiceError(translate("services/refunds", "say why this is refunded"))
    with db.write() as conn:
        approved_by = check_manager_pin(conn, manager_pin)
        shift = require_open_shift(conn, db.device_id)
        sale = _load(conn, sale_id)
        plan = plan_refund(sale, quantities, refund_tip=refund_tip)
        refund_id, now = new_id(), utcnow()
        conn.execute(
            insert(Refund),
            {
                "id": refund_id,
                "device_id": db.device_id,
                "sale_id": sale_id,
                "shift_id": shift.id,
                "created_at": now,
                "cashier": cashier,
                "approved_by": approved_by,
                "reason": reason.strip(),
                "amount": plan.amount,
                "tax": plan.tax,
                "tip": plan.tip,
            },
        )
        line_rows = [
            {
                "id": new_id(),
                "refund_id": refund_id,
                "sale_line_id": ln.sale_line_id,
                "quantity": q,
                "amount": a,
                "tax": t,
                "restock": restock,
            }
            for ln, q, a, t in plan.lines
        ]
        if line_rows:
            conn.execute(insert(RefundLine), line_rows)
        tender_rows = [
            {
                "id": new_id(),
                "refund_id": refund_id,
                "sale_tender_id": t.sale_tender_id,
                "method": t.method,
                "amount": a,
            }
            for t, a in plan.per_tender
            if a
        ]
        if tender_rows:
            conn.execute(insert(RefundTender), tender_rows)
        from popuppos.services.passes import revoke_for_refund

        for ln, q, _, _ in plan.lines:  # a refunded pass stops working
            revoke_for_refund(
                conn, db.device_id, sale_line_id=ln.sale_line_id, quantity=q, actor=cashier
            )
        need = stock_needs(conn, ((ln.variant_id, ln.drop_id, q) for ln, q, _, _ in plan.lines))
        tracked = set(
            conn.scalars(
                select(Variant.id).where(Variant.id.in_(list(need)), Variant.track_stock.is_(True))
            )
        )
        back = [(vid, q) for vid, q in need.items() if vid in tracked]
        move_rows = [
            {
                "id": new_id(),
                "device_id": db.device_id,
                "variant_id": vid,
                "delta": q,
                "reason": "refund",
                "ref_id": refund_id,
                "created_at": now,
            }
            for vid, q in (back if restock else [])
        ]
        if move_rows:
            conn.execute(insert(StockMovement), move_rows)
        audit.record(
            conn,
            db.device_id,
            actor=cashier,
            approved_by=approved_by,
            action="sale.refund",
            subject_id=sale_id,
            reason=reason.strip(),
            details={
                "refund_id": refund_id,
                "sale_number": sale.number,
                "amount": plan.amount,
                "tip": plan.tip,
            },
        )
        append_event(
            conn,
            db.device_id,
            "refund.issued",
            refund_id,
            {
                "refund_id": refund_id,
                "sale_id": sale_id,
                "amount": plan.amount,
                "tax": plan.tax,
                "tip": plan.tip,
                "reason": reason.strip(),
                "approved_by": approved_by,
                "at": now.isoformat(),
                "restock": restock,
                # Whole rows (but the refund id), so another stall can record the same fact.
                "shift_id": shift.id,
                "cashier": cashier,
                "lines": [{k: v for k, v in r.items() if k != "refund_id"} for r in line_rows],
                "tenders": [{k: v for k, v in r.items() if k != "refund_id"} for r in tender_rows],
                "stock": stock_moves_payload(move_rows),
            },
        )
    return CompletedRefund(
        refund_id,
        sale_id,
        plan.amount,
        plan.tax,
        plan.tip,
        tuple((t.method, a) for t, a in plan.per_tender if a),
        now,
    )
