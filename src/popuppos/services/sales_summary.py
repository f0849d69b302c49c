"""Daily and per-event sales summaries: by product, by tender, by hour and by day; tips;
refunds; voids. Read-only, aggregated in SQL.

A summary covers a window of time ``[start, end)`` (naive UTC): a local day, a period of
days, or an event's own hours. Everything is counted when it happened, as a cash-up does:

* **sales** are completed sales made in the window and not voided; *takings* are their
  totals (tax included, discounts taken off, tips apart); *tips* their tips;
* **refunds** are the refunds given in the window (of any sale, also of an earlier one);
  their amount includes any tip refunded;
* **voids** are the sales voided in the window, with what they had taken (tip included);
* *net* = takings + tips - refunds;
* hours and days are the host's local ones (the machine's time zone).

Money is integer minor units throughout.

The window's sales are read once: found through the time index and kept for one statement
that groups them by hour, by product and by tender (30 days of a 1,000,000-sale shop in
about 0.12 s); refunds and voids are found through their own time indexes (migration 0009).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Integer, cast, exists, func, literal, select, union_all

from popuppos.services.receipts import local_time
from popuppos.store.db import Database
from popuppos.store.models import Refund, RefundLine, RefundTender, Sale, SaleLine, SaleTender
from popuppos.store.models import SaleVoid as Void


@dataclass(frozen=True, slots=True)
class ProductLine:
    product: str
    variant: str
    quantity: int  # units sold in the window
    takings: int
    refunded_quantity: int  # units refunded in the window
    refunded: int

    @property
    def label(self) -> str:
        return f"{self.product} · {self.variant}" if self.variant else self.product


@dataclass(frozen=True, slots=True)
class TenderLine:
    method: str  # cash, card, ...
    payments: int
    taken: int  # what the tender paid, tips included
    refunded: int

    @property
    def net(self) -> int:
        return self.taken - self.refunded


@dataclass(frozen=True, slots=True)
class HourLine:
    hour: int  # 0..23, local
    sales: int
    takings: int


@dataclass(frozen=True, slots=True)
class DayLine:
    day: date  # local
    sales: int
    takings: int
    tips: int
    refunded: int


@dataclass(frozen=True, slots=True)
class SalesSummary:
    start: datetime
    end: datetime
    sales: int
    takings: int
    tips: int
    refunds: int
    refunded: int  # tips refunded included
    refunded_tips: int
    voids: int
    voided: int
    by_product: tuple[ProductLine, ...]
    by_tender: tuple[TenderLine, ...]
    by_hour: tuple[HourLine, ...]  # hours with a sale, in order
    by_day: tuple[DayLine, ...]  # days with a sale or a refund, in order

    @property
    def net(self) -> int:
        return self.takings + self.tips - self.refunded

    @property
    def units(self) -> int:
        return sum(p.quantity for p in self.by_product)


def not_voided(sale_id: Any) -> Any:
    """The sale was not voided (NOT EXISTS: cheaper per row than NOT IN on text ids)."""
    return ~exists().where(Void.sale_id == sale_id)


def _sold_in(start: datetime, end: datetime) -> tuple[Any, ...]:
    return (Sale.created_at >= start, Sale.created_at < end, not_voided(Sale.id))


# A sale's hour in UTC, from the stored text ("2026-05-01 14"): grouping on it is cheap, and
# each UTC hour is one local hour wherever the offset is whole hours (nearly everywhere,
# daylight saving included). Where it is not (India, Nepal...), quarter hours are used:
# every offset is a whole number of quarter hours.
_UTC_HOUR = func.substr(Sale.created_at, 1, 13)
_QUARTER = cast(func.substr(Sale.created_at, 15, 2), Integer).op("/")(15)


@dataclass(frozen=True, slots=True)
class _Sold:
    """What the window's sales took: by UTC hour ``(hour text, sales, takings, tips)``, by
    product ``(product, variant, units, takings)`` and by tender ``(method, payments, taken)``."""

    hours: list[tuple[str, int, int, int]]
    products: list[tuple[str, str, int, int]]
    tenders: list[tuple[str, int, int]]


def _sold(conn: Connection, start: datetime, end: datetime) -> _Sold:
    """The three groupings of the window's sales in one statement: the unvoided sales of
    ``[start, end)`` are found once (a range of the time index, each checked for a void)
    and kept (MATERIALIZED), then grouped by hour, and joined to their lines and tenders
    (by sale) to group by product and by tender."""
    sold = (
        select(Sale.id, Sale.created_at, Sale.total, Sale.tip)
        .where(*_sold_in(start, end))
        .cte("sold")
        .prefix_with("MATERIALIZED")
    )
    hour = func.substr(sold.c.created_at, 1, 13)
    by_hour = select(
        literal("h"),
        hour,
        literal(""),
        func.count(),
        func.sum(sold.c.total),
        func.sum(sold.c.tip),
    ).group_by(hour)
    by_product = (
        select(
            literal("p"),
            SaleLine.product_name,
            SaleLine.variant_name,
            func.sum(SaleLine.quantity),
            func.sum(SaleLine.gross),
            literal(0),
        )
        .select_from(sold)
        .join(SaleLine, SaleLine.sale_id == sold.c.id)
        .group_by(SaleLine.product_name, SaleLine.variant_name)
    )
    by_tender = (
        select(
            literal("t"),
            SaleTender.method,
            literal(""),
            func.count(SaleTender.id),
            func.sum(SaleTender.amount),
            literal(0),
        )
        .select_from(sold)
        .join(SaleTender, SaleTender.sale_id == sold.c.id)
        .group_by(SaleTender.method)
    )
    out = _Sold([], [], [])
    for kind, key, variant, n, amount, tips in conn.execute(
        union_all(by_hour, by_product, by_tender)
    ):
        if kind == "h":
            out.hours.append((key, int(n), int(amount), int(tips)))
        elif kind == "p":
            out.products.append((key, variant, int(n), int(amount)))
        else:
            out.tenders.append((key, int(n), int(amount)))
    return out


@dataclass(frozen=True, slots=True)
class _Back:
    refunds: int
    refunded: int
    refunded_tips: int
    voids: int
    voided: int


def _given_back(conn: Connection, start: datetime, end: datetime) -> _Back:
    refunds, refunded, refunded_tips = conn.execute(
        select(
            func.count(Refund.id),
            func.coalesce(func.sum(Refund.amount), 0),
            func.coalesce(func.sum(Refund.tip), 0),
        ).where(Refund.created_at >= start, Refund.created_at < end)
    ).one()
    voids, voided = conn.execute(
        select(func.count(Void.id), func.coalesce(func.sum(Sale.total + Sale.tip), 0))
        .join(Sale, Sale.id == Void.sale_id)
        .where(Void.created_at >= start, Void.created_at < end)
    ).one()
    return _Back(*(int(v) for v in (refunds, refunded, refunded_tips, voids, voided)))


def _buckets(
    rows: list[tuple[str, int, int, int]] | list[tuple[str, int, int, int, int]], quarters: bool
) -> tuple[dict[datetime, list[int]], bool]:
    """[sales, takings, tips] per local hour (a naive local datetime on the hour), and
    whether every UTC offset met was whole hours."""
    hours: dict[datetime, list[int]] = {}
    whole = True
    for row in rows:
        moment = datetime.fromisoformat(f"{row[0]}:00")
        if quarters:
            moment += timedelta(minutes=15 * int(row[1]))
        local = local_time(moment)
        offset = local.utcoffset()
        whole = whole and offset is not None and offset.total_seconds() % 3600 == 0
        n, takings, tips = row[-3:]
        bucket = hours.setdefault(local.replace(tzinfo=None, minute=0), [0, 0, 0])
        bucket[0] += int(n)
        bucket[1] += int(takings)
        bucket[2] += int(tips)
    return hours, whole


def _local_buckets(
    conn: Connection, start: datetime, end: datetime, utc_hours: list[tuple[str, int, int, int]]
) -> dict[datetime, list[int]]:
    """[sales, takings, tips] per local hour, from the sales by UTC hour; where an offset
    is not whole hours, the window is read again by quarter hour."""
    hours, whole = _buckets(utc_hours, quarters=False)
    if whole:
        return hours
    rows = conn.execute(
        select(_UTC_HOUR, _QUARTER, func.count(Sale.id), func.sum(Sale.total), func.sum(Sale.tip))
        .where(*_sold_in(start, end))
        .group_by(_UTC_HOUR, _QUARTER)
    ).all()
    return _buckets([tuple(r) for r in rows], quarters=True)[0]


def _by_product(
    conn: Connection, start: datetime, end: datetime, sold: list[tuple[str, str, int, int]]
) -> tuple[ProductLine, ...]:
    back = conn.execute(
        select(
            SaleLine.product_name,
            SaleLine.variant_name,
            func.sum(RefundLine.quantity),
            func.sum(RefundLine.amount),
        )
        .join(SaleLine, SaleLine.id == RefundLine.sale_line_id)
        .join(Refund, Refund.id == RefundLine.refund_id)
        .where(Refund.created_at >= start, Refund.created_at < end)
        .group_by(SaleLine.product_name, SaleLine.variant_name)
    ).all()
    rows: dict[tuple[str, str], list[int]] = {}
    for name, variant, qty, gross in sold:
        rows[(name, variant)] = [qty, gross, 0, 0]
    for name, variant, qty, amount in back:
        row = rows.setdefault((name, variant), [0, 0, 0, 0])
        row[2], row[3] = int(qty), int(amount)
    lines = [ProductLine(n, v, *vals) for (n, v), vals in rows.items()]
    return tuple(sorted(lines, key=lambda p: (-p.takings, -p.quantity, p.product, p.variant)))


def _by_tender(
    conn: Connection, start: datetime, end: datetime, taken: list[tuple[str, int, int]]
) -> tuple[TenderLine, ...]:
    back = conn.execute(
        select(RefundTender.method, func.sum(RefundTender.amount))
        .join(Refund, Refund.id == RefundTender.refund_id)
        .where(Refund.created_at >= start, Refund.created_at < end)
        .group_by(RefundTender.method)
    ).all()
    rows: dict[str, list[int]] = {m: [n, a, 0] for m, n, a in taken}
    for method, amount in back:
        rows.setdefault(method, [0, 0, 0])[2] = int(amount)
    lines = [TenderLine(m, *vals) for m, vals in rows.items()]
    return tuple(sorted(lines, key=lambda t: (-t.taken, t.method)))


def _by_hour(hours: dict[datetime, list[int]]) -> tuple[HourLine, ...]:
    out: dict[int, list[int]] = {}
    for moment, (n, takings, _tips) in hours.items():
        row = out.setdefault(moment.hour, [0, 0])
        row[0] += n
        row[1] += takings
    return tuple(HourLine(h, n, t) for h, (n, t) in sorted(out.items()))


def _by_day(
    conn: Connection, start: datetime, end: datetime, hours: dict[datetime, list[int]]
) -> tuple[DayLine, ...]:
    rows: dict[date, list[int]] = {}
    for moment, (n, takings, tips) in hours.items():
        row = rows.setdefault(moment.date(), [0, 0, 0, 0])
        row[0] += n
        row[1] += takings
        row[2] += tips
    refunds = conn.execute(
        select(Refund.created_at, Refund.amount).where(
            Refund.created_at >= start, Refund.created_at < end
        )
    )
    for moment, amount in refunds:  # refunds are few: each is placed on its local day
        rows.setdefault(local_time(moment).date(), [0, 0, 0, 0])[3] += int(amount)
    return tuple(DayLine(d, *vals) for d, vals in sorted(rows.items()))


def summary_in(conn: Connection, start: datetime, end: datetime) -> SalesSummary:
    """The summary of ``[start, end)`` inside an open read."""
    sold = _sold(conn, start, end)
    hours = _local_buckets(conn, start, end, sold.hours)
    back = _given_back(conn, start, end)
    return SalesSummary(
        start=start,
        end=end,
        sales=sum(v[0] for v in hours.values()),
        takings=sum(v[1] for v in hours.values()),
        tips=sum(v[2] for v in hours.values()),
        refunds=back.refunds,
        refunded=back.refunded,
        refunded_tips=back.refunded_tips,
        voids=back.voids,
        voided=back.voided,
        by_product=_by_product(conn, start, end, sold.products),
        by_tender=_by_tender(conn, start, end, sold.tenders),
        by_hour=_by_hour(hours),
        by_day=_by_day(conn, start, end, hours),
    )


def sales_summary(db: Database, start: datetime, end: datetime) -> SalesSummary:
    """Sales, tips, refunds and voids of ``[start, end)`` (naive UTC), in one read."""
    with db.read() as conn:
        return summary_in(conn, start, end)
