"""Drops on the real sell screen over a real SQLite file: the tiles' true count, selling,
members first, the limit per customer, low-stock and sold-out notices, the waitlist."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from drop_shop import (
    add_print,
    make_drop,
    pay_by_card,
    sell_from_drop,
    tap_drop,
    tile,
    wait_for_drops,
)
from pass_shop import (
    MANAGER_PIN,
    PassShop,
    click,
    items,
    open_pass_shop,
    scan_pass,
    show_screen,
    tap,
)
from pass_shop import rows as query
from pytestqt.qtbot import QtBot

from popuppos.core.drop_rules import DropState
from popuppos.services.drop_waitlist import WAITLIST_CONSENT, waitlist
from popuppos.services.drops import DropStatus, drop_status, end_drop
from popuppos.ui.drops.waitlist_dialog import WaitlistDialog
from popuppos.ui.qt import Qt
from popuppos.ui.sell.drop_checks import tile_texts
from popuppos.ui.sell.sell_screen import SellScreen
from popuppos.ui.sell.tiles import ITEM_ROLE


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[PassShop]:
    yield from open_pass_shop(tmp_path)


@pytest.fixture
def print_id(shop: PassShop) -> str:
    return add_print(shop)


@pytest.fixture
def open_sell(qtbot: QtBot, shop: PassShop) -> Iterator[Callable[[], SellScreen]]:
    """Opens the sell screen when called (after the test made its drops)."""
    opened: list[Iterator[SellScreen]] = []

    def open_screen() -> SellScreen:
        shown = show_screen(qtbot, shop)
        opened.append(shown)
        screen = next(shown)
        qtbot.waitUntil(lambda: screen.drops.loads > 0)
        return screen

    yield open_screen
    for shown in opened:
        next(shown, None)  # its teardown: wait for the screen's operations


def rows(shop: PassShop, sql: str) -> list[tuple[object, ...]]:
    return query(shop.db, sql)


def test_a_drop_tile_shows_the_true_count_and_a_sale_lowers_it(
    qtbot: QtBot, shop: PassShop, print_id: str, open_sell: Callable[[], SellScreen]
) -> None:
    drop = make_drop(shop, ((print_id, 1),), cap=30)
    sell_from_drop(shop, drop, 2)  # sold before the screen opened: the count says so
    screen = open_sell()
    view = screen.product_view
    first = view.visible_entries()[0]
    assert isinstance(first, DropStatus) and first.id == drop  # drops come first
    assert tile_texts(tile(screen, drop)) == ("Live", "28 of 30 left")
    index = view.index_for_drop(drop)
    assert "Live, 28 of 30 left" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    chips = [b.text() for b in screen.chip_group.buttons()]
    assert chips[:2] == ["All", "Drops"]

    tap_drop(qtbot, screen, drop)
    tap_drop(qtbot, screen, drop)
    line = screen.cart.lines[0]
    assert (line.drop_id, line.name, line.quantity) == (drop, "Sunrise print", 2)
    assert screen.cart_panel.rows[0].detail.full_text.startswith("Drop · ")
    loads = screen.drops.loads
    pay_by_card(qtbot, screen)
    qtbot.waitUntil(lambda: screen.showing_receipt)
    wait_for_drops(qtbot, screen, loads)
    assert tile(screen, drop).scarcity == "26 of 30 left"
    assert drop_status(shop.db, drop).remaining == 26
    assert rows(shop, "SELECT stock FROM variants WHERE sku = 'PRINT'") == [(36,)]
    assert not screen.banner.isVisible()  # no threshold crossed: nothing to tell the host


def test_low_stock_and_sold_out_notices_then_the_waitlist(
    qtbot: QtBot, shop: PassShop, print_id: str, open_sell: Callable[[], SellScreen]
) -> None:
    drop = make_drop(shop, ((print_id, 1),), cap=5, threshold=3)
    screen = open_sell()
    assert tile(screen, drop).scarcity == "5 of 5 left"
    tap_drop(qtbot, screen, drop)
    tap_drop(qtbot, screen, drop)
    loads = screen.drops.loads
    pay_by_card(qtbot, screen)
    qtbot.waitUntil(lambda: screen.showing_receipt)
    assert screen.banner.isVisible() and screen.banner.tone == "warning"
    assert screen.banner.text() == "Sunrise print: only 3 left."
    wait_for_drops(qtbot, screen, loads)
    assert tile(screen, drop).scarcity == "Only 3 left of 5"  # "only" now that it is true
    assert rows(shop, "SELECT COUNT(*) FROM outbox WHERE event_type = 'drop.low_stock'") == [(1,)]

    screen.new_sale()
    for _ in range(3):
        tap_drop(qtbot, screen, drop)
    tap_drop(qtbot, screen, drop)  # a fourth: only 3 are left
    assert screen.cart.lines[0].quantity == 3
    assert "Sunrise print: only 3 left." in screen.banner.text()
    loads = screen.drops.loads
    pay_by_card(qtbot, screen)
    qtbot.waitUntil(lambda: screen.showing_receipt)
    assert screen.banner.text() == "Sunrise print is sold out."
    wait_for_drops(qtbot, screen, loads)
    sold_out = tile(screen, drop)
    assert tile_texts(sold_out) == ("Sold out", "Sold out")

    # sold out: the tile offers the waitlist; consent is needed, then the entry is stored
    tap_drop(qtbot, screen, drop)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, WaitlistDialog))
    dialog = screen.dialog
    assert isinstance(dialog, WaitlistDialog)
    assert screen.cart.is_empty
    dialog.name_edit.setText("Mei-Lin Zhou")
    dialog.phone_edit.setText("+353 87 555 0191")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.notice.isVisible() and not dialog.busy)
    assert "agree to be contacted" in dialog.notice.text()
    assert waitlist(shop.db, drop) == []
    dialog.consent_box.setChecked(True)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: screen.dialog is None)
    [entry] = waitlist(shop.db, drop)
    assert (entry.name, entry.phone) == ("Mei-Lin Zhou", "+353 87 555 0191")
    consent = rows(shop, "SELECT consent_text FROM drop_waitlist")
    assert consent == [(WAITLIST_CONSENT.format(shop="Test stall"),)]
    assert screen.banner.text() == "Mei-Lin Zhou is on the waitlist for Sunrise print."


def test_members_only_refused_without_a_pass_and_allowed_after_scanning_one(
    qtbot: QtBot, shop: PassShop, print_id: str, open_sell: Callable[[], SellScreen]
) -> None:
    drop = make_drop(
        shop,
        ((print_id, 1),),
        opens_in=timedelta(minutes=60),
        members_first=120,
        tiers=(shop.gold,),
    )
    screen = open_sell()
    assert tile(screen, drop).state is DropState.MEMBERS_ONLY
    assert tile_texts(tile(screen, drop))[0] == "Members only"
    tap_drop(qtbot, screen, drop)
    assert screen.cart.is_empty
    assert screen.banner.tone == "warning"
    assert "only members of the chosen tiers can buy now (scan their pass)" in (
        screen.banner.text()
    )
    scan_pass(qtbot, screen, shop.issue().token)
    tap_drop(qtbot, screen, drop)
    qtbot.waitUntil(lambda: screen.drops.looking_up == 0 and not screen.cart.is_empty)
    assert screen.cart.lines[0].drop_id == drop
    pay_by_card(qtbot, screen)
    qtbot.waitUntil(lambda: screen.showing_receipt)
    assert drop_status(shop.db, drop).sold == 1


def test_limit_per_customer_is_asked_before_checkout(
    qtbot: QtBot, shop: PassShop, print_id: str, open_sell: Callable[[], SellScreen]
) -> None:
    drop = make_drop(shop, ((print_id, 1),), limit=2)
    sell_from_drop(shop, drop, 2, member=shop.zoe)  # Zoë has her two already
    screen = open_sell()
    tap_drop(qtbot, screen, drop)
    tap_drop(qtbot, screen, drop)
    tap_drop(qtbot, screen, drop)  # a guest sale holds at most the limit
    assert screen.cart.lines[0].quantity == 2
    assert "the limit is 2 per customer" in screen.banner.text()
    click(qtbot, screen.cart_panel.rows[0].plus)  # the + asks the same rules
    assert screen.cart.lines[0].quantity == 2

    screen.clear_sale()
    screen.clear_sale()
    qtbot.waitUntil(lambda: screen.cart.is_empty and screen.controller.voids_pending == 0)
    scan_pass(qtbot, screen, shop.issue(shop.zoe).token)
    screen.banner.clear()
    tap_drop(qtbot, screen, drop)
    qtbot.waitUntil(lambda: screen.drops.looking_up == 0 and screen.banner.isVisible())
    assert screen.cart.is_empty
    assert "this member has 2 already" in screen.banner.text()


def test_checkout_has_the_final_word(
    qtbot: QtBot, shop: PassShop, print_id: str, open_sell: Callable[[], SellScreen]
) -> None:
    drop = make_drop(shop, ((print_id, 1),))
    screen = open_sell()
    tap(qtbot, screen, items(shop.db)["Ritual Mug"])
    tap_drop(qtbot, screen, drop)
    end_drop(
        shop.db, drop, actor="Owner", manager_pin=MANAGER_PIN
    )  # ended at another moment, after the tap
    pay_by_card(qtbot, screen)
    qtbot.waitUntil(lambda: "was not recorded" in screen.banner.text())
    assert "Sunrise print: this drop has ended" in screen.banner.text()
    assert len(screen.cart.lines) == 2 and not screen.showing_receipt
    assert rows(shop, "SELECT COUNT(*) FROM sales") == [(0,)]
    qtbot.waitUntil(lambda: screen.product_view.index_for_drop(drop).isValid() is False)


def test_tiles_follow_the_clock(
    qtbot: QtBot, shop: PassShop, print_id: str, open_sell: Callable[[], SellScreen]
) -> None:
    drop = make_drop(shop, ((print_id, 1),), opens_in=timedelta(minutes=30))
    screen = open_sell()
    assert not screen.product_view.index_for_drop(drop).isValid()  # not on sale yet
    opens = drop_status(shop.db, drop).terms.public_start
    assert screen.drops.next_change == opens
    assert screen.drops.change_timer.isActive()
    assert 29 * 60_000 < screen.drops.change_timer.remainingTime() <= 30 * 60_000 + 250
    loads = screen.drops.loads
    screen.drops.now = lambda: opens + timedelta(seconds=1)  # the moment it opens
    screen.drops.change_timer.timeout.emit()
    wait_for_drops(qtbot, screen, loads)
    index = screen.product_view.index_for_drop(drop)
    assert index.isValid()
    status = index.data(ITEM_ROLE)
    assert isinstance(status, DropStatus) and status.state is DropState.LIVE


def test_a_sale_made_elsewhere_updates_the_tile_and_the_stock_shown(
    qtbot: QtBot, shop: PassShop, print_id: str, open_sell: Callable[[], SellScreen]
) -> None:
    """Live mode's one-tap sells outside the sell screen: the screen must not keep
    showing the stock it saw before (it would let the host add what is gone)."""
    drop = make_drop(shop, ((print_id, 1),), cap=30)
    screen = open_sell()
    assert tile(screen, drop).scarcity == "30 of 30 left"
    before = screen.controller.stock_of(print_id)
    sale = sell_from_drop(shop, drop, 3)  # recorded by another screen ...
    shop.ctx.events.sale_completed.emit(sale)  # ... which tells the shop it happened
    qtbot.waitUntil(lambda: tile(screen, drop).scarcity == "27 of 30 left")
    assert before is not None
    qtbot.waitUntil(lambda: screen.controller.stock_of(print_id) == before - 3)
