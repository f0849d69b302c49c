"""Going live: a live session (a stream, a workshop, a Q&A) and how well its minutes sold.

*Conversion per live minute* = purchases / minutes live, where a purchase is a completed
sale recorded on this device while the session was live (from ``started_at`` up to
``ended_at``, or now while it runs) and not voided afterwards; refunded sales still count
as purchases (the buying happened live). Minutes are exact (seconds / 60), not rounded.
One live session at a time per device.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, func, insert, select, update

from popuppos.core.drop_rules import conversion_per_live_minute
from popuppos.core.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.core.ids import new_id
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event
from popuppos.store.db import Database
from popuppos.store.drop_models import LiveSession
from popuppos.store.models import Sale, SaleLine, SaleVoid, utcnow

LIVE_KINDS: dict[str, str] = {
    "stream": QT_TRANSLATE_NOOP("services/live", "Live stream"),
    "workshop": "Workshop",
    "qa": QT_TRANSLATE_NOOP("services/live", "Q&A"),
    "other": QT_TRANSLATE_NOOP("services/live", "Live moment"),
}


@dataclass(frozen=True, slots=True)
class LiveInfo:
    id: str
    title: str
    kind: str
    plan_event_id: str | None
    started_at: datetime
    ended_at: datetime | None

    @property
    def running(self) -> bool:
        return self.ended_at is None


@dataclass(frozen=True, slots=True)
class LiveStats:
    live: LiveInfo
    seconds: float  # live so far (or in all, once ended)
    purchases: int
    units: int  # items sold in those purchases
    drop_units: dict[str, int]  # units sold per drop while live
    revenue: int  # sales totals (minor units), tips apart
    tips: int

    @property
    def minutes(self) -> float:
        return self.seconds / 60

    @property
    def conversion(self) -> float | None:
        """Purchases per live minute (None in the first second)."""
        return conversion_per_live_minute(self.purchases, self.seconds)


_ROWS = select(*LiveSession.__table__.columns)


def _info(row: Row[Any]) -> LiveInfo:
    return LiveInfo(row.id, row.title, row.kind, row.plan_event_id, row.started_at, row.ended_at)


def _running(conn: Connection, device: str) -> Row[Any] | None:
    return conn.execute(
        _ROWS.where(LiveSession.device_id == device, LiveSession.ended_at.is_(None))
    ).first()


def current_live(db: Database) -> LiveInfo | None:
    """The live session running on this device, if any."""
    with db.read() as conn:
        row = _running(conn, db.device_id)
        return _info(row) if row else None


def start_live(
    db: Database,
    title: str,
    kind: str = "other",
    *,
    plan_event_id: str | None = None,
    now: datetime | None = None,
) -> LiveInfo:
    title = " ".join(title.split())
    if not title:
        raise ServiceError(
            translate("services/live", "give the live session a title (what is happening?)")
        )
    if kind not in LIVE_KINDS:
        raise ServiceError(
            translate("services/live", "unknown kind of live session: {kind}").format(kind=kind)
        )
    now = now or utcnow()
    live_id = new_id()
    with db.write() as conn:
        if _running(conn, db.device_id) is not None:
            raise ServiceError(
                translate("services/live", "a live session is running already: end it first")
            )
        conn.execute(
            insert(LiveSession),
            {
                "id": live_id,
                "device_id": db.device_id,
                "title": title,
                "kind": kind,
                "plan_event_id": plan_event_id,
                "started_at": now,
                "ended_at": None,
            },
        )
        append_event(
            conn,
            db.device_id,
            "live.started",
            live_id,
            {
                "id": live_id,
                "title": title,
                "kind": kind,
                "plan_event_id": plan_event_id,
                "at": now.isoformat(),
            },
        )
    return LiveInfo(live_id, title, kind, plan_event_id, now, None)


def end_live(db: Database, live_id: str, *, now: datetime | None = None) -> LiveStats:
    """End the live session; returns its final figures."""
    now = now or utcnow()
    with db.write() as conn:
        row = conn.execute(_ROWS.where(LiveSession.id == live_id)).first()
        if row is None:
            raise ServiceError(
                translate("services/live", "that live session is not on this device")
            )
        if row.ended_at is not None:
            raise ServiceError(translate("services/live", "that live session has ended already"))
        end = max(now, row.started_at)
        conn.execute(update(LiveSession).where(LiveSession.id == live_id).values(ended_at=end))
        stats = _stats(conn, db.device_id, _info(row), end)
        append_event(
            conn,
            db.device_id,
            "live.ended",
            live_id,
            {
                "id": live_id,
                "at": end.isoformat(),
                "seconds": round(stats.seconds),
                "purchases": stats.purchases,
                "revenue": stats.revenue,
            },
        )
    return LiveStats(
        LiveInfo(row.id, row.title, row.kind, row.plan_event_id, row.started_at, end),
        stats.seconds,
        stats.purchases,
        stats.units,
        stats.drop_units,
        stats.revenue,
        stats.tips,
    )


def live_stats(db: Database, live_id: str, *, now: datetime | None = None) -> LiveStats:
    now = now or utcnow()
    with db.read() as conn:
        row = conn.execute(_ROWS.where(LiveSession.id == live_id)).first()
        if row is None:
            raise ServiceError(
                translate("services/live", "that live session is not on this device")
            )
        return _stats(conn, db.device_id, _info(row), row.ended_at or now)


def _stats(conn: Connection, device: str, live: LiveInfo, until: datetime) -> LiveStats:
    window = (
        Sale.device_id == device,
        Sale.created_at >= live.started_at,
        Sale.created_at <= until,
        Sale.id.not_in(select(SaleVoid.sale_id)),
    )
    purchases, revenue, tips = conn.execute(
        select(
            func.count(Sale.id),
            func.coalesce(func.sum(Sale.total), 0),
            func.coalesce(func.sum(Sale.tip), 0),
        ).where(*window)
    ).one()
    units = 0
    drop_units: dict[str, int] = {}
    for drop_id, qty in conn.execute(
        select(SaleLine.drop_id, func.sum(SaleLine.quantity))
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(*window)
        .group_by(SaleLine.drop_id)
    ):
        units += int(qty)
        if drop_id:
            drop_units[str(drop_id)] = int(qty)
    seconds = max((until - live.started_at).total_seconds(), 0.0)
    return LiveStats(live, seconds, int(purchases), units, drop_units, int(revenue), int(tips))
