"""The sales summary's hours and days where the clock is not a whole number of hours from
UTC (India, +05:30): sales are grouped by UTC hour in SQL, and a UTC hour is then half in
one local hour and half in the next, so the summary reads the window again by quarter hour.
The till's machine is put in the zone (TZ and tzset) for the test, then put back."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from metrics_shop import NOW, Till, open_till
from popuppos.services.sales_summary import DayLine, HourLine, sales_summary
from popuppos.store.db import Database, open_database

DAY = (NOW - timedelta(days=2)).replace(hour=0)  # 8 June 2026, 00:00 UTC


@pytest.fixture
def india(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def db(tmp_path: Path, india: None) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    yield database
    database.close()


@pytest.fixture
def till(db: Database, monkeypatch: pytest.MonkeyPatch) -> Till:
    return open_till(db, monkeypatch)


def test_one_utc_hour_is_two_local_hours(db: Database, till: Till) -> None:
    till.sell("MUG", at=DAY.replace(hour=10, minute=15))  # 15:45 in Kolkata
    till.sell("TEA", at=DAY.replace(hour=10, minute=50))  # 16:20: same UTC hour, next local
    got = sales_summary(db, DAY - timedelta(days=1), DAY + timedelta(days=2))
    assert got.by_hour == (HourLine(15, 1, 1200), HourLine(16, 1, 850))
    assert got.by_day == (DayLine(date(2026, 6, 8), 2, 2050, 0, 0),)


def test_a_sale_after_half_past_six_utc_is_on_the_next_local_day(db: Database, till: Till) -> None:
    till.sell("MUG", at=DAY.replace(hour=18, minute=20))  # 23:50 on the 8th
    till.sell("TEA", at=DAY.replace(hour=18, minute=40))  # 00:10 on the 9th
    got = sales_summary(db, DAY - timedelta(days=1), DAY + timedelta(days=2))
    assert got.by_hour == (HourLine(0, 1, 850), HourLine(23, 1, 1200))
    assert got.by_day == (
        DayLine(date(2026, 6, 8), 1, 1200, 0, 0),
        DayLine(date(2026, 6, 9), 1, 850, 0, 0),
    )
    assert (got.sales, got.takings) == (2, 2050)
