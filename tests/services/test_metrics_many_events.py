"""A long period with an event every day: revenue per micro-event over more event windows
than SQLite takes in one OR (its expression trees stop at 1,000 deep), read in batches
that add up to the same figures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from metrics_shop import NOW, Till, open_till
from popuppos.core import metrics as m
from popuppos.services import planner
from popuppos.services.metrics import (
    WINDOWS_PER_READ,
    MetricEvent,
    PeriodKind,
    metrics_report,
    period_metrics_in,
    period_of,
)
from popuppos.store.db import Database, open_database

DAYS = 1_000


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    yield database
    database.close()


@pytest.fixture
def till(db: Database, monkeypatch: pytest.MonkeyPatch) -> Till:
    return open_till(db, monkeypatch)


def morning(days_ago: int) -> datetime:
    return (NOW - timedelta(days=days_ago)).replace(hour=9, minute=0)


def daily_events() -> list[MetricEvent]:
    """An hour every morning for DAYS days (the events a thousand-day plan would hold)."""
    hour = timedelta(hours=1)
    return [
        MetricEvent(f"e{d}", "free_event", f"Morning {d}", morning(d), morning(d) + hour)
        for d in range(1, DAYS + 1)
    ]


def test_a_thousand_event_windows_are_read_in_batches(db: Database, till: Till) -> None:
    assert DAYS > 4 * WINDOWS_PER_READ  # several batches, more than one OR could hold
    till.sell("MUG", at=morning(3) + timedelta(minutes=30), tip=100)  # in an event
    till.sell("TEA", at=morning(2 * WINDOWS_PER_READ) + timedelta(minutes=59))  # batch edge
    refunded = till.sell("TEE-S", at=morning(DAYS - 1) + timedelta(minutes=1))
    till.refund(refunded.id, {"TEE-S": 1}, at=NOW - timedelta(hours=1))
    till.sell("STK", at=morning(10) + timedelta(hours=2))  # between events: not counted
    events = daily_events()
    start, end = morning(DAYS) - timedelta(hours=9), NOW
    with db.read() as conn:
        got = period_metrics_in(conn, start, end, label="", now=NOW, events=events)
    assert got.revenue == m.Revenue(
        merch=1200 + 850 + 2500 - 2500, tips=100, passes=0, events_held=DAYS, refunded=2500
    )


def test_a_three_year_period_of_daily_events_reads(db: Database, till: Till) -> None:
    """Through the screen's own read: plan events every day for three years."""
    for d in range(1, 3 * 365):
        spec = planner.PlanEventSpec(
            kind="popup_day",
            title=f"Day {d}",
            starts_at=morning(d),
            ends_at=morning(d) + timedelta(hours=1),
        )
        planner.save_event(db, spec, now=morning(d) - timedelta(days=1))
    till.sell("MUG", at=morning(700) + timedelta(minutes=5))
    period = period_of(
        PeriodKind.CUSTOM, first=NOW.date() - timedelta(days=3 * 365 - 1), last=NOW.date()
    )
    report = metrics_report(db, period, now=NOW)
    assert report.metrics.revenue == m.Revenue(1200, 0, 0, 3 * 365 - 1)
    assert len(report.events) == 3 * 365 - 1
