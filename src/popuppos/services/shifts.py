"""Shifts: open with a cash float, close with a counted drawer, and the Z report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, bindparam, func, insert, select

from popuppos.core.drawer import DrawerCount
from popuppos.core.i18n import translate
from popuppos.core.ids import new_id
from popuppos.core.tender import TenderMethod
from popuppos.services import audit
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event
from popuppos.services.shop import load_settings
from popuppos.store.db import Database
from popuppos.store.models import (
    Refund,
    RefundTender,
    Sale,
    SaleLine,
    SaleTender,
    SaleVoid,
    Shift,
    ShiftClose,
    utcnow,
)

MAX_FLOAT = 10_000_000


@dataclass(frozen=True, slots=True)
class ShiftInfo:
    id: str
    number: int
    opened_at: datetime
    opened_by: str
    opening_float: int
    currency: str


_OPEN_SHIFT = (
    select(
        Shift.id,
        Shift.number,
        Shift.opened_at,
        Shift.opened_by,
        Shift.opening_float,
        Shift.currency,
    )
    .outerjoin(ShiftClose, ShiftClose.shift_id == Shift.id)
    .where(Shift.device_id == bindparam("device"), ShiftClose.id.is_(None))
    .order_by(Shift.number.desc())
    .limit(1)
)


def _open_shift_row(conn: Connection, device_id: str) -> ShiftInfo | None:
    row = conn.execute(_OPEN_SHIFT, {"device": device_id}).first()
    return None if row is None else ShiftInfo(*row)


def current_shift(db: Database) -> ShiftInfo | None:
    with db.read() as conn:
        return _open_shift_row(conn, db.device_id)


def require_open_shift(conn: Connection, device_id: str) -> ShiftInfo:
    shift = _open_shift_row(conn, device_id)
    if shift is None:
        raise ServiceError(
            translate("services/shifts", "open a shift first (Shift → Open, with the cash float)")
        )
    return shift


def open_shift(db: Database, *, opened_by: str, opening_float: int) -> ShiftInfo:
    name = opened_by.strip()
    if not name:
        raise ServiceError(translate("services/shifts", "say who is opening the shift"))
    if opening_float < 0:
        raise ServiceError(translate("services/shifts", "the cash float cannot be negative"))
    if opening_float > MAX_FLOAT:
        raise ServiceError(
            translate("services/shifts", "that cash float is too large; check the amount")
        )
    with db.write() as conn:
        if _open_shift_row(conn, db.device_id) is not None:
            raise ServiceError(
                translate("services/shifts", "a shift is already open on this device")
            )
        currency = load_settings(conn).currency
        number = (
            conn.scalar(select(func.max(Shift.number)).where(Shift.device_id == db.device_id)) or 0
        ) + 1
        shift_id, now = new_id(), utcnow()
        conn.execute(
            insert(Shift),
            {
                "id": shift_id,
                "device_id": db.device_id,
                "number": number,
                "opened_at": now,
                "opened_by": name,
                "opening_float": opening_float,
                "currency": currency,
            },
        )
        append_event(
            conn,
            db.device_id,
            "shift.opened",
            shift_id,
            {
                "shift_id": shift_id,
                "number": number,
                "opened_by": name,
                "opening_float": opening_float,
                "currency": currency,
                "at": now.isoformat(),
            },
        )
    return ShiftInfo(shift_id, number, now, name, opening_float, currency)


@dataclass(frozen=True, slots=True)
class ShiftTotals:
    """What happened in a shift, all from its facts.

    The figures add up the way the Z report prints them:
    ``gross_sales - discounts - refunds_total == net_sales``. Voided sales are left out of
    every sales figure (they are shown apart, for information); tips are apart from sales
    and net of refunded tips.
    """

    shift: ShiftInfo
    sales_count: int
    items_sold: int
    gross_sales: int  # what the kept sales were worth before discounts (incl. tax)
    discounts: int
    tax_total: int  # tax on kept sales, less tax refunded
    tips_total: int  # tips kept, less tips refunded
    refunds_count: int
    refunds_total: int  # goods refunded in this shift (tips refunded excluded)
    voids_count: int
    voids_total: int  # what the voided sales had taken, tips included
    tenders: tuple[tuple[str, int, int], ...]  # (method, count, amount) of kept sales
    cash_sales: int  # cash taken for every sale of the shift, voided ones included
    cash_refunds: int  # cash handed back: refunds and voided sales

    @property
    def net_sales(self) -> int:
        return self.gross_sales - self.discounts - self.refunds_total

    def drawer(self, counted: int) -> DrawerCount:
        return DrawerCount(self.shift.opening_float, self.cash_sales, self.cash_refunds, counted)


def shift_totals(conn: Connection, shift: ShiftInfo) -> ShiftTotals:
    sid = shift.id
    voided = select(SaleVoid.sale_id).where(SaleVoid.shift_id == sid)
    kept = (Sale.shift_id == sid) & Sale.id.not_in(voided)
    s = conn.execute(
        select(
            func.count(Sale.id),
            func.coalesce(func.sum(Sale.total + Sale.discount_total), 0),
            func.coalesce(func.sum(Sale.discount_total), 0),
            func.coalesce(func.sum(Sale.tax_total), 0),
            func.coalesce(func.sum(Sale.tip), 0),
        ).where(kept)
    ).one()
    items = conn.scalar(
        select(func.coalesce(func.sum(SaleLine.quantity), 0))
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(kept)
    )
    tenders = conn.execute(
        select(SaleTender.method, func.count(), func.sum(SaleTender.amount))
        .join(Sale, Sale.id == SaleTender.sale_id)
        .where(kept)
        .group_by(SaleTender.method)
        .order_by(SaleTender.method)
    ).all()
    cash_sales = conn.scalar(
        select(func.coalesce(func.sum(SaleTender.amount), 0))
        .join(Sale, Sale.id == SaleTender.sale_id)
        .where(Sale.shift_id == sid, SaleTender.method == TenderMethod.CASH.value)
    )
    r = conn.execute(
        select(
            func.count(Refund.id),
            func.coalesce(func.sum(Refund.amount - Refund.tip), 0),
            func.coalesce(func.sum(Refund.tax), 0),
            func.coalesce(func.sum(Refund.tip), 0),
        ).where(Refund.shift_id == sid)
    ).one()
    cash_refunds = conn.scalar(
        select(func.coalesce(func.sum(RefundTender.amount), 0))
        .join(Refund, Refund.id == RefundTender.refund_id)
        .where(Refund.shift_id == sid, RefundTender.method == TenderMethod.CASH.value)
    )
    v = conn.execute(
        select(func.count(SaleVoid.id), func.coalesce(func.sum(Sale.total + Sale.tip), 0))
        .join(Sale, Sale.id == SaleVoid.sale_id)
        .where(SaleVoid.shift_id == sid)
    ).one()
    cash_voided = conn.scalar(
        select(func.coalesce(func.sum(SaleTender.amount), 0))
        .join(SaleVoid, SaleVoid.sale_id == SaleTender.sale_id)
        .where(SaleVoid.shift_id == sid, SaleTender.method == TenderMethod.CASH.value)
    )
    return ShiftTotals(
        shift=shift,
        sales_count=int(s[0]),
        items_sold=int(items or 0),
        gross_sales=int(s[1]),
        discounts=int(s[2]),
        tax_total=int(s[3]) - int(r[2]),
        tips_total=int(s[4]) - int(r[3]),
        refunds_count=int(r[0]),
        refunds_total=int(r[1]),
        voids_count=int(v[0]),
        voids_total=int(v[1]),
        tenders=tuple((str(m), int(c), int(a)) for m, c, a in tenders),
        cash_sales=int(cash_sales or 0),
        cash_refunds=int(cash_refunds or 0) + int(cash_voided or 0),
    )


def current_totals(db: Database) -> ShiftTotals:
    with db.read() as conn:
        return shift_totals(conn, require_open_shift(conn, db.device_id))


@dataclass(frozen=True, slots=True)
class ClosedShift:
    close_id: str
    totals: ShiftTotals
    drawer: DrawerCount
    closed_at: datetime
    closed_by: str
    note: str


def close_shift(db: Database, *, counted_cash: int, closed_by: str, note: str = "") -> ClosedShift:
    name = closed_by.strip()
    if not name:
        raise ServiceError(translate("services/shifts", "say who is closing the shift"))
    if counted_cash < 0:
        raise ServiceError(translate("services/shifts", "the counted cash cannot be negative"))
    if counted_cash > MAX_FLOAT * 10:
        raise ServiceError(
            translate("services/shifts", "that counted amount is too large; check it")
        )
    with db.write() as conn:
        shift = require_open_shift(conn, db.device_id)
        totals = shift_totals(conn, shift)
        drawer = totals.drawer(counted_cash)
        close_id, now = new_id(), utcnow()
        conn.execute(
            insert(ShiftClose),
            {
                "id": close_id,
                "device_id": db.device_id,
                "shift_id": shift.id,
                "closed_at": now,
                "closed_by": name,
                "expected_cash": drawer.expected,
                "counted_cash": counted_cash,
                "note": note.strip(),
            },
        )
        if drawer.difference:
            audit.record(
                conn,
                db.device_id,
                actor=name,
                action="shift.drawer_difference",
                subject_id=shift.id,
                reason=note.strip(),
                details={
                    "expected": drawer.expected,
                    "counted": counted_cash,
                    "difference": drawer.difference,
                },
            )
        append_event(
            conn,
            db.device_id,
            "shift.closed",
            shift.id,
            {
                "shift_id": shift.id,
                "close_id": close_id,
                "closed_by": name,
                "expected_cash": drawer.expected,
                "counted_cash": counted_cash,
                "difference": drawer.difference,
                "note": note.strip(),
                "at": now.isoformat(),
            },
        )
    return ClosedShift(close_id, totals, drawer, now, name, note.strip())


def last_closed(db: Database, shift_id: str) -> ClosedShift:
    """A closed shift as it was at close (for reprinting its Z report)."""
    with db.read() as conn:
        row = conn.execute(
            select(
                Shift.id,
                Shift.number,
                Shift.opened_at,
                Shift.opened_by,
                Shift.opening_float,
                Shift.currency,
                ShiftClose.id,
                ShiftClose.closed_at,
                ShiftClose.closed_by,
                ShiftClose.counted_cash,
                ShiftClose.note,
            )
            .join(ShiftClose, ShiftClose.shift_id == Shift.id)
            .where(Shift.id == shift_id)
        ).first()
        if row is None:
            raise ServiceError(translate("services/shifts", "that shift is not closed"))
        info = ShiftInfo(*row[:6])
        close_id, closed_at, closed_by, counted, note = row[6:]
        totals = shift_totals(conn, info)
    return ClosedShift(close_id, totals, totals.drawer(counted), closed_at, closed_by, note)
