"""How SQLite runs the metrics screen's read: every statement of ``metrics_report`` is
explained (EXPLAIN QUERY PLAN) on a real database, as the app leaves it (never ANALYZEd,
so the planner has no statistics and a tiny file plans like a big one).

What must hold, or the screen slows from a fifth of a second to tens of seconds on a few
years of sales (bench/reports.py): no statement reads a whole sales table, the repeat
window finds a buyer's next purchase with one seek of ``(member_id, created_at)``
(migration 0009), and every read of sales by time goes through the time index."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from metrics_shop import NOW, Till, open_till
from popuppos.services import live, planner
from popuppos.services.metrics import PeriodKind, metrics_report, period_of
from popuppos.store.db import Database, open_database

#: The tables that grow with every sale: a plan must never read one of them whole.
FACT_TABLES = (
    "sales",
    "sale_lines",
    "sale_tenders",
    "sale_voids",
    "refunds",
    "refund_lines",
    "refund_tenders",
    "check_ins",
)
WHOLE_READ = re.compile(rf"^SCAN ({'|'.join(FACT_TABLES)})(_\d+)?\b")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    yield database
    database.close()


@pytest.fixture
def till(db: Database, monkeypatch: pytest.MonkeyPatch) -> Till:
    """A little of everything the read looks at: members' sales, a refund and a void, a
    plan event with a live session under it, and a stream outside the plan."""
    t = open_till(db, monkeypatch)
    ana = t.member("Ana")
    day = NOW - timedelta(days=3)
    spec = planner.PlanEventSpec(
        kind="popup_day", title="Courtyard", starts_at=day, ends_at=day + timedelta(hours=4)
    )
    planner.save_event(db, spec, now=day - timedelta(days=7))
    stream = live.start_live(db, "Evening stream", "stream", now=day + timedelta(hours=6))
    first = t.sell("MUG", at=day + timedelta(hours=1), member=ana)
    t.sell("TEA", at=day + timedelta(hours=6, minutes=5), member=ana, tip=200)
    voided = t.sell("STK", at=day + timedelta(hours=6, minutes=10))
    t.void(voided.id, at=day + timedelta(hours=6, minutes=11))
    t.refund(first.id, {"MUG": 1}, at=day + timedelta(days=1))
    t.sell("MUG", at=NOW - timedelta(hours=1))  # today's
    live.end_live(db, stream.id, now=day + timedelta(hours=7))
    return t


def plans_of(db: Database, read: Any) -> list[tuple[str, list[str]]]:
    """Each statement ``read()`` runs, with its query plan's lines."""
    statements: list[tuple[str, Any]] = []

    def keep(_c: Any, _cur: Any, statement: str, parameters: Any, *_: Any) -> None:
        if not statement.startswith("BEGIN"):
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        read()
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    with db.read() as conn:
        return [
            (s, [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {s}", p)])
            for s, p in statements
        ]


def test_the_database_was_never_analyzed(db: Database, till: Till) -> None:
    with db.read() as conn:
        stats = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"
        ).scalar()
    assert stats == 0  # the plans below are the ones a host's database gets


@pytest.mark.parametrize("days", [1, 30, 365, 1095])
def test_no_statement_reads_a_whole_sales_table(db: Database, till: Till, days: int) -> None:
    period = period_of(
        PeriodKind.CUSTOM, first=NOW.date() - timedelta(days=days - 1), last=NOW.date()
    )
    report = metrics_report(db, period, now=NOW)
    assert report.summary.sales >= 1  # something was read, whatever the period
    if days >= 7:  # ... and every part of the read ran
        assert len(report.events) == 2 and report.metrics.repeat.buyers == 1
    for statement, plan in plans_of(db, lambda: metrics_report(db, period, now=NOW)):
        whole = [line for line in plan if WHOLE_READ.match(line)]
        assert not whole, f"{whole} in\n{statement}"


def test_an_events_read_reads_no_whole_sales_table(db: Database, till: Till) -> None:
    period = period_of(PeriodKind.DAYS_30, today=NOW.date())
    for chosen in metrics_report(db, period, now=NOW).events:
        read = lambda e=chosen.id: metrics_report(db, period, event_id=e, now=NOW)  # noqa: E731
        for statement, plan in plans_of(db, read):
            assert not [line for line in plan if WHOLE_READ.match(line)], statement


def test_the_repeat_window_seeks_each_buyers_next_purchase(db: Database, till: Till) -> None:
    period = period_of(PeriodKind.DAYS_30, today=NOW.date())
    plans = plans_of(db, lambda: metrics_report(db, period, now=NOW))
    repeat = [plan for s, plan in plans if "first_at" in s]
    assert len(repeat) == 1
    seeks = [line for line in repeat[0] if "ix_sales_member_created_at" in line]
    assert seeks and all("member_id=? AND created_at>? AND created_at<?" in s for s in seeks)


def test_sales_are_read_by_time_through_the_time_index(db: Database, till: Till) -> None:
    period = period_of(PeriodKind.DAYS_30, today=NOW.date())
    for statement, plan in plans_of(db, lambda: metrics_report(db, period, now=NOW)):
        if "sales.created_at >=" not in statement or "first_at" in statement:
            continue
        searches = [line for line in plan if re.match(r"SEARCH sales\b", line)]
        assert searches, statement
        by_time = [line for line in searches if "ix_sales_created_at" in line]
        assert by_time, f"{searches} in\n{statement}"


def test_a_stalls_sales_while_live_are_counted_by_time_not_by_device(
    db: Database, till: Till
) -> None:
    """A one-stall shop's every sale has the same device: looking them up by device
    would read them all for each live session."""
    period = period_of(PeriodKind.DAYS_30, today=NOW.date())
    plans = plans_of(db, lambda: metrics_report(db, period, now=NOW))
    conversion = [plan for s, plan in plans if "FROM live_sessions" in s and "count(sales.id)" in s]
    assert conversion
    for plan in conversion:
        sales = [line for line in plan if line.startswith("SEARCH sales")]
        assert sales and all("ix_sales_created_at" in line for line in sales), plan
