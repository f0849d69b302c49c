"""What the metrics screen reads: the counts behind the four numbers, for a period or for
one event, aggregated in SQL and turned into ratios by :mod:`popuppos.core.metrics`.

One call (:func:`metrics_report`) reads everything the screen shows in one read
transaction, so the cards, the event list and the sales summary agree with each other.

Periods are the host's local days (today, this week from Monday, the last 30 days, or
chosen days), turned into naive UTC ``[start, end)`` as the store keeps times.

An *event* is a plan event (``plan_events``), or a live session run outside any plan event
(it stands for its own event). An event is *held* once it has started; its window is its
start to its end (a running live session's: to now).

How it stays fast (1,000,000 sales: 30 days in ~0.2 s, 365 days in ~2 s; bench/reports.py):
sales are always found through a time index, a range per period or per event window, never
by reading a whole table (tests/services/test_metrics_plans.py holds every statement's
plan to that); a buyer's return is one seek of ``(member_id, created_at)`` (migration
0009); the app never runs ANALYZE, so where SQLite without statistics would pick the
wrong index the query says which not to use.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    DateTime,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import aliased

from popuppos.core import metrics as m
from popuppos.core.i18n import translate
from popuppos.services.errors import ServiceError
from popuppos.services.metric_periods import (
    MAX_CUSTOM_DAYS,
    PERIOD_LABELS,
    Period,
    PeriodKind,
    period_of,
)
from popuppos.services.planner import kind_label, local_day
from popuppos.services.sales_summary import SalesSummary, not_voided, summary_in
from popuppos.store.db import Database
from popuppos.store.drop_models import LiveSession, PlanEvent
from popuppos.store.models import Refund, RefundLine, Sale, SaleLine, utcnow
from popuppos.store.pass_models import CheckIn, MemberPass, MemberSession, PassTier

LIVE = "live"  # the kind of an event that is a live session outside the plan


@dataclass(frozen=True, slots=True)
class MetricEvent:
    """An event held: a plan event, or a live session outside the plan."""

    id: str
    kind: str  # a plan event kind, or LIVE
    title: str
    starts_at: datetime  # naive UTC
    ends_at: datetime  # a running live session's: now

    @property
    def kind_label(self) -> str:
        if self.kind == LIVE:
            return translate("services/metrics", "Live session")
        return kind_label(self.kind)


@dataclass(frozen=True, slots=True)
class MetricsReport:
    """Everything the metrics screen shows, read at one moment."""

    period: Period
    metrics: m.MetricSet  # the period's, or the chosen event's
    event: MetricEvent | None  # the chosen event
    events: tuple[MetricEvent, ...]  # the events held in the period, latest first
    summary: SalesSummary  # of the period, or of the chosen event's window


# -- shared pieces -----------------------------------------------------------------------------
_PASS_VARIANTS = select(PassTier.variant_id).where(PassTier.variant_id.is_not(None))


def _not_by_index(column: Any) -> Any:
    """``column || ''``: the same text, but SQLite cannot look it up through an index (its
    documented way to steer the planner). Without statistics (the app never runs ANALYZE)
    SQLite prefers an equality on an indexed column to a range on the time index, even
    when the equality matches every row (a one-stall shop's ``device_id``)."""
    return column.concat("")


def _at(moment: datetime) -> Any:
    """A time as a typed literal (stored the same way as the columns it is compared with)."""
    return literal(moment, DateTime())


_PLAN_ROWS = select(
    PlanEvent.id, PlanEvent.kind, PlanEvent.title, PlanEvent.starts_at, PlanEvent.ends_at
)


# -- events ------------------------------------------------------------------------------------
def events_held(
    conn: Connection, start: datetime, end: datetime, now: datetime
) -> list[MetricEvent]:
    """Plan events and live sessions outside the plan that started in ``[start, end)`` and
    by ``now``, latest first."""
    until = min(end, now)
    plan = conn.execute(
        select(
            PlanEvent.id, PlanEvent.kind, PlanEvent.title, PlanEvent.starts_at, PlanEvent.ends_at
        ).where(PlanEvent.starts_at >= start, PlanEvent.starts_at < until)
    ).all()
    lives = conn.execute(
        select(
            LiveSession.id, LiveSession.title, LiveSession.started_at, LiveSession.ended_at
        ).where(
            LiveSession.plan_event_id.is_(None),
            LiveSession.started_at >= start,
            LiveSession.started_at < until,
        )
    ).all()
    events = [MetricEvent(r.id, r.kind, r.title, r.starts_at, r.ends_at) for r in plan]
    events += [
        MetricEvent(r.id, LIVE, r.title, r.started_at, r.ended_at or max(now, r.started_at))
        for r in lives
    ]
    return sorted(events, key=lambda e: (e.starts_at, e.title, e.id), reverse=True)


def _event(conn: Connection, event_id: str, now: datetime) -> MetricEvent:
    row = conn.execute(
        select(
            PlanEvent.id, PlanEvent.kind, PlanEvent.title, PlanEvent.starts_at, PlanEvent.ends_at
        ).where(PlanEvent.id == event_id)
    ).first()
    if row is not None:
        return MetricEvent(row.id, row.kind, row.title, row.starts_at, row.ends_at)
    live = conn.execute(
        select(
            LiveSession.id, LiveSession.title, LiveSession.started_at, LiveSession.ended_at
        ).where(LiveSession.id == event_id)
    ).first()
    if live is None:
        raise ServiceError(translate("services/metrics", "that event is no longer in the plan"))
    ended = live.ended_at or max(now, live.started_at)
    return MetricEvent(live.id, LIVE, live.title, live.started_at, ended)


# -- conversion per live minute ----------------------------------------------------------------
def _conversion(conn: Connection, where: Any, now: datetime) -> m.Conversion:
    purchases = (
        select(func.count(Sale.id))
        .where(
            _not_by_index(Sale.device_id) == LiveSession.device_id,
            Sale.created_at >= LiveSession.started_at,
            Sale.created_at <= func.coalesce(LiveSession.ended_at, _at(now)),
            not_voided(Sale.id),
        )
        .scalar_subquery()
    )
    rows = conn.execute(
        select(LiveSession.started_at, LiveSession.ended_at, purchases).where(where)
    ).all()
    micros = sum(m.live_microseconds(s, e or max(now, s)) for s, e, _ in rows)
    return m.Conversion(sum(int(n) for *_, n in rows), micros, len(rows))


# -- repeat purchase window --------------------------------------------------------------------
def _repeat(conn: Connection, start: datetime, end: datetime, as_of: datetime) -> m.RepeatCounts:
    firsts = (
        select(Sale.member_id.label("member_id"), func.min(Sale.created_at).label("first_at"))
        .where(
            Sale.member_id.is_not(None),
            Sale.created_at >= start,
            Sale.created_at < end,
            Sale.created_at <= as_of,
            not_voided(Sale.id),
        )
        .group_by(Sale.member_id)
        .subquery()
    )
    later = aliased(Sale)
    # A buyer's return: their first later sale in the window, found by one seek of
    # ix_sales_member_created_at (member, then time) and checked for a void (the next one
    # only when voided); each buyer is looked up once (AND stops at a false ``eligible``).
    # Whole-second bounds as stored text (SQLite's datetime() drops the fraction), so the
    # later sales are compared as strings and found through the member's index:
    # floor(later) - floor(first) >= gap  <=>  later >= datetime(first, +gap), and
    # floor(later) - floor(first) <= window  <=>  later < datetime(first, +window +1 s).
    lowest = func.datetime(firsts.c.first_at, f"+{m.REPEAT_MIN_GAP_SECONDS} seconds")
    beyond = func.datetime(firsts.c.first_at, f"+{m.REPEAT_WINDOW_SECONDS + 1} seconds")
    back = exists().where(
        later.member_id == firsts.c.member_id,
        later.created_at >= lowest,
        later.created_at < beyond,
        later.created_at <= as_of,
        not_voided(later.id),
    )
    # Eligible: floor(as_of) - floor(first) >= window  <=>  first < (floor(as_of) - window + 1 s).
    cut = as_of.replace(microsecond=0) - timedelta(seconds=m.REPEAT_WINDOW_SECONDS - 1)
    eligible = firsts.c.first_at < _at(cut)
    buyers, ok, repeaters, early = conn.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((eligible, 1), else_=0)), 0),
            func.coalesce(func.sum(case((and_(eligible, back), 1), else_=0)), 0),
            func.coalesce(func.sum(case((and_(~eligible, back), 1), else_=0)), 0),
        ).select_from(firsts)
    ).one()
    return m.RepeatCounts(int(buyers), int(ok), int(repeaters), int(early))


# -- retention per token -----------------------------------------------------------------------
def _retention(conn: Connection, start: datetime, end: datetime) -> m.Retention:
    """Same passes and sessions as ``services.checkin.retention_summary``."""
    first_day = local_day(start)
    last_day = local_day(end - timedelta(microseconds=1))
    attended = (
        select(CheckIn.pass_id, func.count(func.distinct(CheckIn.session_id)).label("n"))
        .join(MemberSession, MemberSession.id == CheckIn.session_id)
        .where(MemberSession.starts_at >= start, MemberSession.starts_at < end)
        .group_by(CheckIn.pass_id)
        .subquery()
    )
    holders, sessions = conn.execute(
        select(func.count(MemberPass.id), func.coalesce(func.sum(attended.c.n), 0))
        .select_from(MemberPass)
        .outerjoin(attended, attended.c.pass_id == MemberPass.id)
        .where(MemberPass.valid_until >= first_day, MemberPass.valid_from <= last_day)
    ).one()
    return m.Retention(int(holders), int(sessions))


# -- revenue per micro-event -------------------------------------------------------------------
#: Windows read per statement: SQLite nests an OR of n terms n deep and refuses a tree deeper
#: than 1,000, which a long period of daily events would pass.
WINDOWS_PER_READ = 200


@dataclass(frozen=True, slots=True)
class _Taken:
    pass_gross: int = 0
    pass_back: int = 0
    merch_gross: int = 0
    merch_back: int = 0
    tips: int = 0
    tips_back: int = 0

    def __add__(self, other: _Taken) -> _Taken:
        return _Taken(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))


def _taken_in(conn: Connection, windows: list[m.Window]) -> _Taken:
    """What the unvoided sales made in ``windows`` (disjoint) took, and what was refunded of
    them (whenever): lines by pass or merch, tips."""
    # Each window is a range of the time index (SQLite's MULTI-INDEX OR).
    during = or_(*(and_(Sale.created_at >= s, Sale.created_at <= e) for s, e in windows))
    sold = (during, not_voided(Sale.id))
    # Per line: what it took and what was refunded of it, in one pass over the lines,
    # grouped by pass/merch so each line's refunds are looked up once. The lines are found
    # from the sales (IN), never by reading every line and testing each window.
    line_back = (
        select(func.coalesce(func.sum(RefundLine.amount), 0))
        .where(RefundLine.sale_line_id == SaleLine.id)
        .scalar_subquery()
    )
    is_pass = SaleLine.variant_id.in_(_PASS_VARIANTS)
    by_kind = conn.execute(
        select(is_pass, func.sum(SaleLine.gross), func.sum(line_back))
        .where(SaleLine.sale_id.in_(select(Sale.id).where(*sold)))
        .group_by(is_pass)
    ).all()
    took = {bool(k): (int(gross), int(back)) for k, gross, back in by_kind}
    # Tips of those sales, and the tips refunded of them (one index seek per sale).
    tip_back = (
        select(func.coalesce(func.sum(Refund.tip), 0))
        .where(Refund.sale_id == Sale.id)
        .scalar_subquery()
    )
    tips, tips_back = conn.execute(
        select(func.coalesce(func.sum(Sale.tip), 0), func.coalesce(func.sum(tip_back), 0)).where(
            *sold
        )
    ).one()
    return _Taken(*took.get(True, (0, 0)), *took.get(False, (0, 0)), int(tips), int(tips_back))


def _revenue(conn: Connection, events: list[MetricEvent]) -> m.Revenue:
    windows = m.merge_windows((e.starts_at, e.ends_at) for e in events)
    taken = _Taken()
    for i in range(0, len(windows), WINDOWS_PER_READ):  # disjoint: the sums add up
        taken += _taken_in(conn, windows[i : i + WINDOWS_PER_READ])
    return m.Revenue(
        merch=taken.merch_gross - taken.merch_back,
        tips=taken.tips - taken.tips_back,
        passes=taken.pass_gross - taken.pass_back,
        events_held=len(events),
        refunded=taken.pass_back + taken.merch_back + taken.tips_back,
    )


# -- the four together -------------------------------------------------------------------------
def period_metrics_in(
    conn: Connection,
    start: datetime,
    end: datetime,
    *,
    label: str,
    now: datetime,
    events: list[MetricEvent] | None = None,
) -> m.MetricSet:
    """The four numbers of ``[start, end)`` (``events``: the events held in it, when the
    caller has read them already)."""
    if events is None:
        events = events_held(conn, start, end, now)
    started = and_(LiveSession.started_at >= start, LiveSession.started_at < min(end, now))
    return m.MetricSet(
        scope="period",
        label=label,
        start=start,
        end=end,
        as_of=now,
        conversion=_conversion(conn, started, now),
        repeat=_repeat(conn, start, end, now),
        retention=_retention(conn, start, end),
        revenue=_revenue(conn, events),
    )


def event_metrics_in(conn: Connection, event: MetricEvent, *, now: datetime) -> m.MetricSet:
    start, end = event.starts_at, max(event.ends_at, event.starts_at)
    if event.kind == LIVE:
        sessions: Any = LiveSession.id == event.id
    else:
        sessions = or_(
            LiveSession.plan_event_id == event.id,
            and_(LiveSession.started_at >= start, LiveSession.started_at < end),
        )
    held = event.starts_at < now
    return m.MetricSet(
        scope="event",
        label=event.title,
        start=start,
        end=end,
        as_of=now,
        conversion=_conversion(conn, and_(sessions, LiveSession.started_at < now), now),
        repeat=_repeat(conn, start, end + timedelta(microseconds=1), now),
        retention=_retention(conn, start, end) if end > start else m.Retention(0, 0),
        revenue=_revenue(conn, [event] if held else []),
    )


def period_metrics(db: Database, period: Period, *, now: datetime | None = None) -> m.MetricSet:
    with db.read() as conn:
        return period_metrics_in(
            conn, period.start, period.end, label=period.label, now=now or utcnow()
        )


def event_metrics(db: Database, event_id: str, *, now: datetime | None = None) -> m.MetricSet:
    now = now or utcnow()
    with db.read() as conn:
        return event_metrics_in(conn, _event(conn, event_id, now), now=now)


def metrics_report(
    db: Database,
    period: Period,
    *,
    event_id: str | None = None,
    now: datetime | None = None,
) -> MetricsReport:
    """The screen's one read: the period's (or an event's) four numbers, the events held
    in the period, and the sales summary of the same window."""
    now = now or utcnow()
    start, end = period.start, period.end
    with db.read() as conn:
        events = events_held(conn, start, end, now)
        if event_id is None:
            event = None
            metrics = period_metrics_in(
                conn, start, end, label=period.label, now=now, events=events
            )
            summary = summary_in(conn, start, end)
        else:
            event = _event(conn, event_id, now)
            metrics = event_metrics_in(conn, event, now=now)
            summary = summary_in(conn, event.starts_at, event.ends_at + timedelta(microseconds=1))
    return MetricsReport(period, metrics, event, tuple(events), summary)


__all__ = [
    "LIVE",
    "MAX_CUSTOM_DAYS",
    "PERIOD_LABELS",
    "WINDOWS_PER_READ",
    "MetricEvent",
    "MetricsReport",
    "Period",
    "PeriodKind",
    "event_metrics",
    "events_held",
    "metrics_report",
    "period_metrics",
    "period_of",
]
