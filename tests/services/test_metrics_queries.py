"""The metrics' SQL (services/metrics.py) on a real SQLite file, fed through the real
services: sales, refunds and voids at the till, live sessions, plan events, passes,
sessions and check-ins. The till's clock is set by the test (tests/metrics_shop.py)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from metrics_shop import NOW, Till, days_before, open_till
from popuppos.core import metrics as m
from popuppos.services import calendar, checkin, live, passes, planner
from popuppos.services.errors import ServiceError
from popuppos.services.metrics import (
    Period,
    PeriodKind,
    event_metrics,
    metrics_report,
    period_metrics,
    period_of,
)
from popuppos.store.db import Database, open_database
from popuppos.store.models import Sale, SaleVoid

TODAY = NOW.date()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    yield database
    database.close()


@pytest.fixture
def till(db: Database, monkeypatch: pytest.MonkeyPatch) -> Till:
    return open_till(db, monkeypatch)


def last_days(n: int) -> Period:
    return period_of(PeriodKind.CUSTOM, first=TODAY - timedelta(days=n - 1), last=TODAY)


def at(days_ago: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time()).replace(
        hour=hour, minute=minute
    )


# -- periods ------------------------------------------------------------------------------------
def test_periods_are_local_days() -> None:
    wednesday = date(2026, 6, 10)
    assert period_of("today", today=wednesday).first == wednesday
    week = period_of(PeriodKind.WEEK, today=wednesday)
    assert (week.first, week.last, week.days) == (date(2026, 6, 8), wednesday, 3)
    month = period_of(PeriodKind.DAYS_30, today=wednesday)
    assert month.days == 30 and month.last == wednesday
    assert month.end - month.start >= timedelta(days=29, hours=23)  # a DST day may be 23 h


def test_a_custom_period_that_cannot_be_says_why() -> None:
    with pytest.raises(ServiceError, match="choose the first and the last day"):
        period_of(PeriodKind.CUSTOM, first=TODAY)
    with pytest.raises(ServiceError, match="before its first day"):
        period_of(PeriodKind.CUSTOM, first=TODAY, last=TODAY - timedelta(days=1))
    with pytest.raises(ServiceError, match="three years"):
        period_of(PeriodKind.CUSTOM, first=TODAY - timedelta(days=1200), last=TODAY)


# -- conversion per live minute -----------------------------------------------------------------
def test_conversion_counts_what_sold_while_live(db: Database, till: Till) -> None:
    t0 = at(2, 18)
    stream = live.start_live(db, "Candle pour", "stream", now=t0)
    till.sell("MUG", at=t0 - timedelta(minutes=1))  # before: not a live purchase
    till.sell("TEE-S", at=t0 + timedelta(minutes=1))
    refunded = till.sell("TEA", at=t0 + timedelta(minutes=5))
    voided = till.sell("STK", at=t0 + timedelta(minutes=6))
    till.void(voided.id, at=t0 + timedelta(minutes=7))  # a void: never a purchase
    till.refund(refunded.id, {"TEA": 1}, at=t0 + timedelta(minutes=8))  # still a purchase
    live.end_live(db, stream.id, now=t0 + timedelta(minutes=10))
    till.sell("MUG", at=t0 + timedelta(minutes=11))  # after: not live

    got = period_metrics(db, last_days(30), now=NOW).conversion
    assert got == m.Conversion(purchases=2, live_microseconds=10 * 60_000_000, sessions=1)
    assert got.rate.value == Fraction(1, 5)
    assert live.live_stats(db, stream.id).purchases == got.purchases  # as the live screen says


def test_a_running_session_counts_up_to_now(db: Database, till: Till) -> None:
    live.start_live(db, "Q&A", "qa", now=NOW - timedelta(minutes=30))
    till.sell("MUG", at=NOW - timedelta(minutes=10))
    got = period_metrics(db, last_days(1), now=NOW).conversion
    assert (got.purchases, got.minutes, got.sessions) == (1, 30, 1)


def test_zero_minutes_live_gives_no_conversion(db: Database, till: Till) -> None:
    till.sell("MUG", at=NOW - timedelta(hours=1))
    ms = period_metrics(db, last_days(7), now=NOW)
    assert ms.conversion == m.Conversion(0, 0, 0)
    assert not ms.conversion.rate.defined


# -- repeat purchase window ---------------------------------------------------------------------
def member_sales(db: Database) -> dict[str, list[datetime]]:
    with db.read() as conn:
        rows = conn.execute(
            select(Sale.member_id, Sale.created_at).where(
                Sale.member_id.is_not(None), Sale.id.not_in(select(SaleVoid.sale_id))
            )
        ).all()
    out: dict[str, list[datetime]] = {}
    for member, moment in rows:
        out.setdefault(member, []).append(moment)
    return out


def test_repeat_window_by_hand(db: Database, till: Till) -> None:
    ana, ben, cai, dee, eve, fay, gus = (
        till.member(n) for n in ("Ana", "Ben", "Cai", "Dee", "Eve", "Fay", "Gus")
    )
    till.sell("MUG", at=days_before(200), member=ana)
    till.sell("TEA", at=days_before(150), member=ana)  # back after 50 days: repeat
    till.sell("MUG", at=days_before(120), member=ben)  # never again
    till.sell("MUG", at=days_before(100), member=cai)
    till.sell("STK", at=days_before(100) + timedelta(minutes=30), member=cai)  # same visit
    till.sell("MUG", at=days_before(30), member=dee)
    till.sell("MUG", at=days_before(20), member=dee)  # back, but the window is still open
    till.sell("MUG", at=days_before(10), member=eve)  # too recent to tell
    refunded = till.sell("TEE-S", at=days_before(120), member=fay)
    till.refund(refunded.id, {"TEE-S": 1}, at=days_before(119))
    till.sell("TEA", at=days_before(60), member=fay)  # a refunded purchase still counts
    voided = till.sell("MUG", at=days_before(130), member=gus)
    till.void(voided.id, at=days_before(130) + timedelta(minutes=1))  # never a purchase
    till.sell("TEA", at=days_before(100), member=gus)  # gus's first purchase
    till.sell("MUG", at=days_before(50))  # a guest: not recognised, left out

    got = period_metrics(db, last_days(366), now=NOW).repeat
    assert got == m.RepeatCounts(buyers=7, eligible=5, repeaters=2, returned_early=1)
    assert got.share.value == Fraction(2, 5)
    assert got == m.repeat_counts(member_sales(db), last_days(366).start, last_days(366).end, NOW)


def test_the_period_decides_whose_window_opens_where(db: Database, till: Till) -> None:
    ana = till.member("Ana")
    till.sell("MUG", at=days_before(200), member=ana)
    till.sell("MUG", at=days_before(150), member=ana)
    # Over the last 160 days Ana's first purchase is 150 days ago, and she never came back.
    assert period_metrics(db, last_days(160), now=NOW).repeat == m.RepeatCounts(1, 1, 0, 0)
    assert period_metrics(db, last_days(7), now=NOW).repeat == m.RepeatCounts(0, 0, 0, 0)


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(st.tuples(st.integers(0, 2), st.integers(0, 240 * 86_400)), min_size=1, max_size=8),
    st.integers(30, 240),
)
def test_the_sql_counts_what_the_formula_counts(
    monkeypatch: pytest.MonkeyPatch, sales: list[tuple[int, int]], period_days: int
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(Path(tmp) / "shop.sqlite")
        try:
            t = open_till(database, monkeypatch)
            people = [t.member(n) for n in ("Ana", "Ben", "Cai")]
            for who, seconds in sales:
                t.sell("MUG", at=days_before(240) + timedelta(seconds=seconds), member=people[who])
            period = last_days(period_days)
            got = period_metrics(database, period, now=NOW).repeat
            want = m.repeat_counts(member_sales(database), period.start, period.end, NOW)
            assert got == want
        finally:
            database.close()


# -- retention per token ------------------------------------------------------------------------
def test_retention_is_sessions_per_pass_as_check_in_counts_it(db: Database, till: Till) -> None:
    gold = till.pass_tier("GOLD")
    issued = [
        passes.issue_pass(
            db, tier_id=gold, member_id=till.member(n), actor="Ann", valid_from=TODAY - timedelta(5)
        )
        for n in ("Ana", "Ben", "Cai")
    ]
    sessions = [
        calendar.save_session(
            db,
            calendar.SessionSpec(title=f"Breath {d}", starts_at=at(d, 9), duration_minutes=60,
                                 capacity=10),
            now=at(d, 9) - timedelta(days=7),
        )
        for d in (3, 2)
    ]  # fmt: skip
    for session, who in ((sessions[0], (0, 1)), (sessions[1], (0, 1))):
        for i in who:
            when = at(3 if session == sessions[0] else 2, 9, 5)
            result = checkin.check_in(db, session, issued[i].token, now=when, device_name="S1")
            assert result.kind is checkin.CheckInKind.CHECKED_IN
    again = checkin.check_in(db, sessions[1], issued[1].token, now=at(2, 9, 6), device_name="S1")
    assert again.kind is checkin.CheckInKind.ALREADY  # a second scan is not a second session

    period = last_days(30)
    got = period_metrics(db, period, now=NOW).retention
    assert got == m.Retention(holders=3, sessions_attended=4)
    assert m.retention_text(got.per_holder) == "1.3"
    summary = checkin.retention_summary(db, start=period.start, end=period.end)
    assert (summary.holders, summary.sessions_attended) == (got.holders, got.sessions_attended)
    three_days = period_metrics(db, last_days(3), now=NOW).retention  # the second session only
    assert three_days == m.Retention(holders=3, sessions_attended=2)


def test_no_pass_holders_no_retention(db: Database, till: Till) -> None:
    got = period_metrics(db, last_days(30), now=NOW).retention
    assert got == m.Retention(0, 0) and not got.per_holder.defined


# -- revenue per micro-event --------------------------------------------------------------------
def plan(db: Database, kind: str, title: str, start: datetime, end: datetime) -> str:
    spec = planner.PlanEventSpec(kind=kind, title=title, starts_at=start, ends_at=end)
    return planner.save_event(db, spec, now=start - timedelta(days=30))


@pytest.fixture
def events(db: Database, till: Till) -> dict[str, str]:
    """Two overlapping plan events five days ago, a stream outside the plan three days ago,
    and an event tomorrow; sales in and out of them."""
    e1 = plan(db, "free_event", "Morning circle", at(5, 10), at(5, 12))
    e2 = plan(db, "popup_day", "Pop-up at the Courtyard", at(5, 11), at(5, 14))
    plan(
        db,
        "live_drop",
        "Tomorrow's drop",
        NOW + timedelta(days=1),
        NOW + timedelta(days=1, hours=1),
    )
    linked = live.start_live(db, "Circle, live", "stream", plan_event_id=e1, now=at(5, 10, 30))
    live.end_live(db, linked.id, now=at(5, 11, 0))
    stream = live.start_live(db, "Evening stream", "stream", now=at(3, 18))
    till.sell("TEE-S", at=at(5, 11, 30), tip=300)  # during both e1 and e2: counted once
    till.pass_tier("GOLD", price=5000)
    ana = till.member("Ana")
    mixed = till.sell("GOLD", "MUG", at=at(5, 13), member=ana, card=True)  # e2 only
    till.refund(mixed.id, {"MUG": 1}, at=at(1, 10))  # later: taken off the event's takings
    voided = till.sell("MUG", at=at(5, 13, 30))
    till.void(voided.id, at=at(5, 13, 31))
    till.sell("TEA", at=at(3, 18, 10))  # during the stream
    live.end_live(db, stream.id, now=at(3, 18, 30))
    till.sell("STK", at=at(4, 12))  # at no event
    return {"e1": e1, "e2": e2, "stream": stream.id}


def test_revenue_per_micro_event(db: Database, events: dict[str, str]) -> None:
    ms = period_metrics(db, last_days(30), now=NOW)
    merch = 2500 + 1200 - 1200 + 850  # tee, mug (refunded later), tea
    assert ms.revenue == m.Revenue(merch=merch, tips=300, passes=5000, events_held=3, refunded=1200)
    assert ms.revenue.per_event.value == Fraction(merch + 300 + 5000, 3)
    assert ms.revenue.per_event.minor_units() == 2883  # 2883.33


def test_one_event_on_its_own(db: Database, events: dict[str, str]) -> None:
    e2 = event_metrics(db, events["e2"], now=NOW)
    assert e2.revenue == m.Revenue(merch=2500, tips=300, passes=5000, events_held=1, refunded=1200)
    assert e2.conversion.sessions == 0  # the live circle ran under e1, before e2 began
    e1 = event_metrics(db, events["e1"], now=NOW)
    assert e1.conversion == m.Conversion(0, 30 * 60_000_000, 1)  # linked: nothing sold live
    stream = event_metrics(db, events["stream"], now=NOW)
    assert stream.conversion == m.Conversion(1, 30 * 60_000_000, 1)
    assert stream.revenue.per_event.minor_units() == 850


def test_the_report_reads_events_metrics_and_summary_together(
    db: Database, events: dict[str, str]
) -> None:
    period = last_days(30)
    report = metrics_report(db, period, now=NOW)
    assert [e.title for e in report.events] == [
        "Evening stream", "Pop-up at the Courtyard", "Morning circle",
    ]  # fmt: skip
    assert report.event is None and report.metrics.scope == "period"
    assert report.summary.sales == 4  # the void left out
    chosen = metrics_report(db, period, event_id=events["e2"], now=NOW)
    assert chosen.event is not None and chosen.event.title == "Pop-up at the Courtyard"
    assert chosen.metrics == event_metrics(db, events["e2"], now=NOW)
    assert chosen.summary.sales == 2 and chosen.summary.takings == 2500 + 6200
    assert chosen.events == report.events
    with pytest.raises(ServiceError, match="no longer in the plan"):
        metrics_report(db, period, event_id="not-an-event", now=NOW)


def test_no_events_held_no_revenue_per_event(db: Database, till: Till) -> None:
    till.sell("MUG", at=NOW - timedelta(hours=2))
    ms = period_metrics(db, last_days(30), now=NOW)
    assert ms.revenue == m.Revenue(0, 0, 0, 0) and ms.revenue.per_event.minor_units() is None
