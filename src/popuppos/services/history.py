"""Recent sales, as the host looks them up to refund, void or reprint."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from popuppos.store.db import Database
from popuppos.store.models import Member, Refund, Sale, SaleLine, SaleTender, SaleVoid


@dataclass(frozen=True, slots=True)
class SaleSummary:
    id: str
    number: int
    created_at: datetime
    total: int
    tip: int
    member_name: str | None
    item_count: int
    methods: str  # "cash", "card + cash"
    refunded: int
    voided: bool
    shift_id: str

    @property
    def status(self) -> str:
        if self.voided:
            return "Voided"
        if self.refunded >= self.total + self.tip and self.refunded > 0:
            return "Refunded"
        if self.refunded:
            return "Partly refunded"
        return "Paid"


def recent_sales(db: Database, *, limit: int = 50, query: str = "") -> list[SaleSummary]:
    """The newest sales first; ``query`` matches a sale number or a member's name."""
    items = (
        select(SaleLine.sale_id, func.sum(SaleLine.quantity).label("n"))
        .group_by(SaleLine.sale_id)
        .subquery()
    )
    methods = (
        select(SaleTender.sale_id, func.group_concat(SaleTender.method, " + ").label("m"))
        .group_by(SaleTender.sale_id)
        .subquery()
    )
    refunds = (
        select(Refund.sale_id, func.sum(Refund.amount).label("r"))
        .group_by(Refund.sale_id)
        .subquery()
    )
    stmt = (
        select(
            Sale.id,
            Sale.number,
            Sale.created_at,
            Sale.total,
            Sale.tip,
            Member.name,
            func.coalesce(items.c.n, 0),
            func.coalesce(methods.c.m, ""),
            func.coalesce(refunds.c.r, 0),
            SaleVoid.id.is_not(None),
            Sale.shift_id,
        )
        .outerjoin(Member, Member.id == Sale.member_id)
        .outerjoin(items, items.c.sale_id == Sale.id)
        .outerjoin(methods, methods.c.sale_id == Sale.id)
        .outerjoin(refunds, refunds.c.sale_id == Sale.id)
        .outerjoin(SaleVoid, SaleVoid.sale_id == Sale.id)
        .where(Sale.device_id == db.device_id)
    )
    q = query.strip().lstrip("#")
    if q.isdigit():
        stmt = stmt.where(Sale.number == int(q))
    elif q:
        stmt = stmt.where(Member.name.ilike(f"%{q}%"))
    stmt = stmt.order_by(Sale.number.desc()).limit(limit)
    with db.read() as conn:
        return [
            SaleSummary(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                int(r[6]),
                str(r[7]),
                int(r[8]),
                bool(r[9]),
                r[10],
            )
            for r in conn.execute(stmt)
        ]
