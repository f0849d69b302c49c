"""The top-bar sync status: a real widget, its engine on a QThread, against a real hub."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from hub_support import RunningHub
from pytestqt.qtbot import QtBot
from sync_support import Stall, quick_client

from helpers import cart_of, seed_products
from popuppos.core.tender import cash_for
from popuppos.services.checkout import complete_sale
from popuppos.services.shifts import open_shift
from popuppos.services.shop import get_settings
from popuppos.sync.engine import SyncStatus
from popuppos.ui.context import AppContext
from popuppos.ui.qt import Qt
from popuppos.ui.sync_status import SyncBridge, SyncStatusWidget
from popuppos.ui.theme import colour


@pytest.fixture
def widget(
    qtbot: QtBot, make_stall: Callable[[str], Stall]
) -> Iterator[tuple[SyncStatusWidget, Stall]]:
    stall = make_stall("Stall A")
    # A long cadence and no outbox poll in the way: only "Sync now" sends the next sale.
    bridge = SyncBridge(stall.db, client_factory=quick_client, interval=600.0, poll=600.0)
    w = SyncStatusWidget(AppContext(db=stall.db, settings=get_settings(stall.db)), bridge)
    qtbot.addWidget(w)
    yield w, stall
    bridge.stop()


def settled(bridge: SyncBridge) -> Callable[[], None]:
    def check() -> None:
        status: SyncStatus = bridge.last_status
        assert status.state == "idle" and status.online

    return check


def test_shows_online_and_sync_now_sends_what_waits(
    qtbot: QtBot, widget: tuple[SyncStatusWidget, Stall], hub_server: RunningHub
) -> None:
    w, stall = widget
    assert w.state_label.text() == "Not synced"
    assert w.bridge.start()
    qtbot.waitUntil(settled(w.bridge), timeout=10_000)
    qtbot.waitUntil(lambda: w.state_label.text() == "Online", timeout=5_000)
    assert w.waiting_label.text() == "All sent"
    assert w.last_label.text().startswith("Synced ")

    items = seed_products(stall.db)
    open_shift(stall.db, opened_by="Ann", opening_float=0)
    cart = cart_of(items["MUG"].line(2))
    total = cart.priced().total
    complete_sale(stall.db, cart, [cash_for(total, total)], cashier="Ann")
    assert stall.engine.status().waiting > 0
    qtbot.mouseClick(w.sync_button, Qt.MouseButton.LeftButton)

    def sale_at_hub() -> None:
        [(n,)] = hub_server.rows(
            "SELECT COUNT(*) FROM events WHERE device_id = :d AND event_type = 'sale.completed'",
            d=stall.db.device_id,
        )
        assert n == 1

    qtbot.waitUntil(sale_at_hub, timeout=10_000)
    qtbot.waitUntil(lambda: w.bridge.last_status.state == "idle", timeout=10_000)
    assert w.bridge.last_status.waiting == 0
    qtbot.waitUntil(lambda: w.waiting_label.text() == "All sent", timeout=5_000)
    assert w.dot.styleSheet() == f"color: {colour('accent')};"  # the theme's "online" colour
    w.bridge.stop()
    assert not w.bridge.running
