"""Daily and per-event sales summaries (services/sales_summary.py) on a real SQLite file:
by product, by tender, by hour and by day; tips; refunds and voids counted when they
happened."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from metrics_shop import NOW, Till, open_till
from popuppos.services.receipts import local_time
from popuppos.services.sales_summary import (
    DayLine,
    HourLine,
    ProductLine,
    TenderLine,
    sales_summary,
)
from popuppos.store.db import Database, open_database

DAY_A = (NOW - timedelta(days=2)).replace(hour=0)
DAY_B = DAY_A + timedelta(days=1)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    yield database
    database.close()


@pytest.fixture
def till(db: Database, monkeypatch: pytest.MonkeyPatch) -> Till:
    t = open_till(db, monkeypatch)
    first = t.sell("TEE-S", "MUG", at=DAY_A.replace(hour=10, minute=15), tip=300)  # cash
    t.sell("TEA", at=DAY_A.replace(hour=14, minute=40), card=True)
    t.sell("STK", at=DAY_B.replace(hour=9, minute=5), quantity=2)  # cash
    t.refund(first.id, {"MUG": 1}, at=DAY_B.replace(hour=11), tip=True)  # a day later
    voided = t.sell("MUG", at=DAY_B.replace(hour=12))
    t.void(voided.id, at=DAY_B.replace(hour=12, minute=1))
    return t


def hour(moment: datetime) -> int:
    return local_time(moment).hour


def test_two_days_by_product_tender_hour_and_day(db: Database, till: Till) -> None:
    s = sales_summary(db, DAY_A, DAY_B + timedelta(days=1))
    assert (s.sales, s.takings, s.tips) == (3, 2500 + 1200 + 850 + 600, 300)
    assert (s.refunds, s.refunded, s.refunded_tips) == (1, 1200 + 300, 300)
    assert (s.voids, s.voided) == (1, 1200)
    assert s.net == 5150 + 300 - 1500
    assert s.units == 5
    assert s.by_product == (
        ProductLine("Tee", "S", 1, 2500, 0, 0),
        ProductLine("Mug", "", 1, 1200, 1, 1200),
        ProductLine("Tea", "", 1, 850, 0, 0),
        ProductLine("Stickers", "", 2, 600, 0, 0),
    )
    assert s.by_tender == (
        TenderLine("cash", 2, 2500 + 1200 + 300 + 600, 1500),
        TenderLine("card", 1, 850, 0),
    )
    assert s.by_tender[0].net == 4600 - 1500
    times = [DAY_A.replace(hour=10, minute=15), DAY_A.replace(hour=14, minute=40)]
    times.append(DAY_B.replace(hour=9, minute=5))
    amounts = [4000 - 300, 850, 600]  # takings are sale totals: tips apart
    want_hours = sorted(zip((hour(t) for t in times), amounts, strict=True))
    assert s.by_hour == tuple(HourLine(h, 1, a) for h, a in want_hours)
    days: dict[date, list[int]] = {}  # local days: [sales, takings, tips, refunded]
    for moment, takings, tip in zip(times, amounts, (300, 0, 0), strict=True):
        row = days.setdefault(local_time(moment).date(), [0, 0, 0, 0])
        row[0], row[1], row[2] = row[0] + 1, row[1] + takings, row[2] + tip
    days.setdefault(local_time(DAY_B.replace(hour=11)).date(), [0, 0, 0, 0])[3] += 1500
    assert s.by_day == tuple(DayLine(d, *v) for d, v in sorted(days.items()))


def test_a_refund_belongs_to_the_day_it_was_given(db: Database, till: Till) -> None:
    a = sales_summary(db, DAY_A, DAY_B)
    assert (a.sales, a.refunds, a.refunded, a.voids) == (2, 0, 0, 0)
    assert a.net == 3700 + 850 + 300
    b = sales_summary(db, DAY_B, DAY_B + timedelta(days=1))
    assert (b.sales, b.takings, b.refunds, b.refunded, b.voids) == (1, 600, 1, 1500, 1)
    assert b.net == 600 - 1500  # a day can take less than it gave back
    assert b.by_product[0] == ProductLine("Stickers", "", 2, 600, 0, 0)
    assert ProductLine("Mug", "", 0, 0, 1, 1200) in b.by_product


def test_an_event_window_of_hours(db: Database, till: Till) -> None:
    s = sales_summary(db, DAY_A.replace(hour=14), DAY_A.replace(hour=15))
    assert (s.sales, s.takings, s.by_tender) == (1, 850, (TenderLine("card", 1, 850, 0),))


def test_nothing_in_the_window(db: Database, till: Till) -> None:
    s = sales_summary(db, NOW + timedelta(days=1), NOW + timedelta(days=2))
    assert (s.sales, s.takings, s.tips, s.refunded, s.voids, s.net) == (0, 0, 0, 0, 0, 0)
    assert s.by_product == s.by_tender == s.by_hour == s.by_day == ()
