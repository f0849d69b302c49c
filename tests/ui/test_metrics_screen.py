"""The metrics screen with real widgets on a real SQLite file: the cards show what the
service computes, each carries its definition, the period and event pickers re-read, a
sale elsewhere refreshes it, and Export CSV writes the numbers the screen shows."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import PySide6
import pytest
from pytestqt.qtbot import QtBot

from metrics_shop import Till, open_till
from popuppos.core import metrics as m
from popuppos.services import live, planner
from popuppos.services.metrics import PeriodKind, metrics_report
from popuppos.services.shop import get_settings
from popuppos.store.db import Database, open_database
from popuppos.store.models import utcnow
from popuppos.ui.context import AppContext
from popuppos.ui.metrics import words
from popuppos.ui.metrics.metrics_screen import WHOLE_PERIOD, MetricsScreen
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import Qt

if sys.version_info < (3, 12) and PySide6.__version__ == "6.12.0":  # pragma: no cover
    import ctypes  # see tests/ui/test_qt_binding.py: pin None on the broken release

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


@dataclass
class Shop:
    db: Database
    ctx: AppContext
    till: Till
    now: datetime
    event_id: str


@pytest.fixture
def shop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Shop]:
    """A stall that streamed an hour yesterday under a plan event and sold in it, with a
    member who first bought 100 days ago and came back."""
    db = open_database(tmp_path / "shop.sqlite")
    till = open_till(db, monkeypatch)
    # "Now" is yesterday early afternoon, so "an hour ago" is the same day at any hour the
    # suite runs (a run just after midnight put it in yesterday and emptied "Today").
    now = utcnow().replace(hour=13, minute=0, second=0, microsecond=0) - timedelta(days=1)
    start = now - timedelta(days=1, hours=2)
    event_id = planner.save_event(
        db,
        planner.PlanEventSpec(
            kind="free_event", title="Glaze night", starts_at=start,
            ends_at=start + timedelta(hours=2),
        ),
        now=start - timedelta(days=1),
    )  # fmt: skip
    stream = live.start_live(db, "Glaze night, live", "stream", plan_event_id=event_id, now=start)
    ana = till.member("Ana")
    till.sell("MUG", at=now - timedelta(days=100), member=ana)
    for minutes in (5, 12, 30):
        till.sell("TEE-S", "TEA", at=start + timedelta(minutes=minutes), tip=200, member=ana)
    live.end_live(db, stream.id, now=start + timedelta(minutes=40))
    till.sell("STK", at=now - timedelta(hours=1))
    ctx = AppContext(db=db, settings=get_settings(db))
    yield Shop(db, ctx, till, now, event_id)
    wait_for_operations()
    db.close()


def open_screen(qtbot: QtBot, shop: Shop) -> MetricsScreen:
    screen = MetricsScreen(shop.ctx, now=lambda: shop.now)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitUntil(lambda: screen.loads >= 1)
    return screen


def shown(screen: MetricsScreen) -> dict[m.MetricName, str]:
    return {name: card.value.text() for name, card in screen.cards.items()}


def test_the_cards_show_the_services_numbers(qtbot: QtBot, shop: Shop) -> None:
    screen = open_screen(qtbot, shop)
    assert screen.period.kind is PeriodKind.DAYS_30
    report = metrics_report(shop.db, screen.period, now=shop.now)
    want = words.card_texts(report.metrics, screen.money)
    assert shown(screen) == {name: t.value for name, t in want.items()}
    # ... and those are: 3 purchases in 40 live minutes; 1 event took 3 x (25 + 8.50 + 2)
    assert shown(screen)[m.MetricName.CONVERSION] == "0.08"
    assert report.metrics.revenue == m.Revenue(3 * 3350, 600, 0, 1)
    assert shown(screen)[m.MetricName.REVENUE] == screen.money(10_650)
    assert shown(screen)[m.MetricName.REPEAT] == "—"  # Ana's first buy in 30 days is recent
    assert "Too early to tell: 1 buyer" in screen.cards[m.MetricName.REPEAT].detail.text()
    assert screen.cards[m.MetricName.RETENTION].detail.text() == "No pass was valid in this period"
    assert "1 event held" in screen.scope_label.text()
    assert screen.summary.totals.figures["Sales"].text() == "4"
    assert screen.summary.products.rowCount() == 3


def test_every_card_carries_its_definition(qtbot: QtBot, shop: Shop) -> None:
    screen = open_screen(qtbot, shop)
    for name, card in screen.cards.items():
        assert card.accessibleDescription() == m.DEFINITIONS[name]
        assert m.TITLES[name] in card.toolTip()
        assert card.value.toolTip() == card.toolTip()  # the big figure explains itself too
    assert "whole second" in screen.cards[m.MetricName.REPEAT].toolTip()


def test_periods_and_the_event_view(qtbot: QtBot, shop: Shop) -> None:
    screen = open_screen(qtbot, shop)
    assert screen.event_box.itemText(0) == WHOLE_PERIOD
    assert screen.event_box.count() == 2 and "Glaze night" in screen.event_box.itemText(1)

    loads = screen.loads
    qtbot.mouseClick(screen.pills.buttons[PeriodKind.TODAY], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.loads > loads)
    assert screen.period.kind is PeriodKind.TODAY
    today = metrics_report(shop.db, screen.period, now=shop.now)
    assert today.metrics.revenue.events_held == 0 and today.summary.sales == 1
    assert shown(screen)[m.MetricName.REVENUE] == "—"
    assert screen.summary.totals.figures["Sales"].text() == "1"

    loads = screen.loads
    qtbot.mouseClick(screen.pills.buttons[PeriodKind.WEEK], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.loads > loads)
    loads = screen.loads
    screen.set_period(
        screen.period.__class__(PeriodKind.DAYS_30, screen.period.first, shop.now.date())
    )
    qtbot.waitUntil(lambda: screen.loads > loads)
    loads = screen.loads
    screen.event_box.setCurrentIndex(screen.event_box.findData(shop.event_id))
    qtbot.waitUntil(lambda: screen.loads > loads)
    report = screen.report
    assert report is not None and report.event is not None and report.event.id == shop.event_id
    assert report.metrics.scope == "event" and report.summary.sales == 3
    assert shown(screen)[m.MetricName.REVENUE] == screen.money(10_650)
    assert screen.summary.title.text() == "Sales during Glaze night"


def test_a_custom_period_that_cannot_be_is_said_and_nothing_is_read(
    qtbot: QtBot, shop: Shop
) -> None:
    screen = open_screen(qtbot, shop)
    qtbot.mouseClick(screen.pills.buttons[PeriodKind.CUSTOM], Qt.MouseButton.LeftButton)
    assert screen.custom.isVisible()
    loads = screen.loads
    screen.custom.set_range(shop.now.date(), shop.now.date() - timedelta(days=3))
    qtbot.mouseClick(screen.custom.show_button, Qt.MouseButton.LeftButton)
    assert screen.banner.isVisible() and "before its first day" in screen.banner.text()
    wait_for_operations()
    assert screen.loads == loads


def test_a_sale_elsewhere_refreshes_the_numbers(qtbot: QtBot, shop: Shop) -> None:
    screen = open_screen(qtbot, shop)
    assert screen.summary.totals.figures["Sales"].text() == "4"
    sale = shop.till.sell("MUG", at=shop.now - timedelta(minutes=5))
    loads = screen.loads
    shop.ctx.events.sale_completed.emit(sale)
    qtbot.waitUntil(lambda: screen.loads > loads)
    assert screen.summary.totals.figures["Sales"].text() == "5"


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_export_csv_writes_the_numbers_on_screen(qtbot: QtBot, shop: Shop, tmp_path: Path) -> None:
    screen = open_screen(qtbot, shop)
    report = screen.report
    assert report is not None
    with qtbot.waitSignal(screen.exported, timeout=5000) as signal:
        screen.export_to(tmp_path)
    metrics_path, summary_path = signal.args[0]
    assert "Saved" in screen.banner.text()

    rows = {r["metric"]: r for r in read_csv(metrics_path)}
    assert set(rows) == {n.value for n in m.MetricName}
    revenue = rows[m.MetricName.REVENUE.value]
    assert int(revenue["numerator"]) == report.metrics.revenue.total == 10_650
    assert revenue["denominator"] == "1" and revenue["value"] == "106.50"
    conversion = rows[m.MetricName.CONVERSION.value]
    assert (conversion["numerator"], conversion["denominator"]) == ("3", "2400.000000")
    assert conversion["value"] == shown(screen)[m.MetricName.CONVERSION]
    for name in m.MetricName:
        assert rows[name.value]["definition"] == m.DEFINITIONS[name]

    summary = read_csv(summary_path)
    sales = next(r for r in summary if (r["section"], r["label"]) == ("totals", "Sales"))
    assert int(sales["amount_minor"]) == report.summary.takings
    assert int(sales["tips_minor"]) == report.summary.tips == 600
    for row in summary:  # money in minor units is whole; the decimal text matches it
        for key in ("amount", "tips", "refunded"):
            if row[f"{key}_minor"]:
                minor = int(row[f"{key}_minor"])
                assert row[key] == f"{minor // 100}.{minor % 100:02d}"
    assert {r["section"] for r in summary} == {"totals", "product", "tender", "hour", "day"}
