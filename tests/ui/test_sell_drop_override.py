"""Selling beyond this stall's share of a drop, on the real sell screen over a real SQLite
file: checkout refuses, the screen offers the override, a manager approves with the PIN
and a reason, the sale is recorded and will be flagged at the hub."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from drop_shop import add_print, make_drop, pay_by_card, sell_from_drop, tap_drop
from pass_shop import MANAGER_PIN, PassShop, click, open_pass_shop, rows, show_screen
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from popuppos.core.ids import new_id
from popuppos.services.drops import drop_status
from popuppos.store.drop_models import DropAllocation
from popuppos.store.models import utcnow
from popuppos.ui.backoffice.pin_dialog import ManagerPinDialog
from popuppos.ui.drops.waitlist_dialog import WaitlistDialog
from popuppos.ui.sell.drop_override import OFFER, ShareOfferDialog, ShareUsedDialog
from popuppos.ui.sell.sell_screen import SellScreen

COUNTS = (
    "SELECT (SELECT COUNT(*) FROM sales), (SELECT COUNT(*) FROM drop_overrides), "
    "(SELECT COUNT(*) FROM outbox WHERE event_type = 'drop.oversold')"
)


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[PassShop]:
    yield from open_pass_shop(tmp_path)


def allocate(shop: PassShop, drop_id: str, units: int, edition: int) -> None:
    """This stall's share of the drop, as a pulled ``drop.allocated`` stores it."""
    with shop.db.write() as conn:
        conn.execute(
            insert(DropAllocation),
            {
                "drop_id": drop_id,
                "device_id": shop.db.device_id,
                "units": units,
                "edition_size": edition,
                "event_id": new_id(),
                "set_at": utcnow(),
            },
        )


def refused_with_offer(
    qtbot: QtBot, shop: PassShop
) -> tuple[SellScreen, str, Iterator[SellScreen]]:
    """A drop of 5 with a share of 2 here; two in the cart, then one sold by another
    moment on this till: paying is refused beyond the share, and the override offered."""
    drop = make_drop(shop, ((add_print(shop), 1),), cap=5)
    allocate(shop, drop, units=2, edition=5)
    shown = show_screen(qtbot, shop)
    screen = next(shown)
    qtbot.waitUntil(lambda: screen.drops.loads > 0)
    assert drop_status(shop.db, drop).remaining == 2
    tap_drop(qtbot, screen, drop)
    tap_drop(qtbot, screen, drop)
    assert screen.cart.lines[0].quantity == 2
    sell_from_drop(shop, drop, 1)  # the share now leaves 1; the edition 4
    pay_by_card(qtbot, screen)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ShareOfferDialog), timeout=5_000)
    return screen, drop, shown


def test_a_manager_sells_beyond_the_share_and_the_notice_says_it_will_be_flagged(
    qtbot: QtBot, shop: PassShop
) -> None:
    screen, drop, shown = refused_with_offer(qtbot, shop)
    offer = screen.dialog
    assert isinstance(offer, ShareOfferDialog)
    assert offer.override_button.text() == OFFER
    assert offer.text.text().startswith(
        "This stall's share of Sunrise print is 2 units, only 1 left of it; "
        "this sale wants 2. The edition still has 4 units"
    )
    assert screen.controller.locked  # the cart being paid for cannot change meanwhile
    assert rows(shop.db, COUNTS) == [(1, 0, 0)]

    click(qtbot, offer.override_button)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ManagerPinDialog))
    pin = screen.dialog
    assert isinstance(pin, ManagerPinDialog) and pin.windowTitle() == OFFER
    pin.reason_edit.setText("Regular who queued since opening")
    pin.pin_edit.setText("0000")
    click(qtbot, pin.ok_button)
    qtbot.waitUntil(lambda: not pin.busy and pin.notice.tone == "danger")
    assert pin.isVisible() and pin.reason() == "Regular who queued since opening"
    assert rows(shop.db, COUNTS) == [(1, 0, 0)]  # a wrong PIN changes nothing

    for digit in MANAGER_PIN:
        click(qtbot, pin.keys[digit])
    click(qtbot, pin.ok_button)
    qtbot.waitUntil(lambda: screen.showing_receipt, timeout=5_000)
    assert screen.dialog is None  # the PIN dialog closed (and went)
    assert screen.banner.isVisible() and screen.banner.tone == "warning"
    assert screen.banner.text() == (
        "Sold beyond this stall's share of Sunrise print with a manager's approval; "
        "it will be flagged at the shop hub for the owner to resolve."
    )
    assert screen.cart.is_empty and not screen.controller.locked
    assert rows(shop.db, COUNTS) == [(2, 1, 1)]
    assert rows(shop.db, "SELECT units_over, allocated, reason FROM drop_overrides") == [
        (1, 2, "Regular who queued since opening")
    ]
    status = drop_status(shop.db, drop)
    assert (status.remaining, status.edition_left) == (0, 2)
    next(shown, None)


def test_declining_the_override_leaves_the_refusal_and_writes_nothing(
    qtbot: QtBot, shop: PassShop
) -> None:
    screen, _drop, shown = refused_with_offer(qtbot, shop)
    offer = screen.dialog
    assert isinstance(offer, ShareOfferDialog)
    click(qtbot, offer.cancel_button)
    qtbot.waitUntil(lambda: not screen.controller.locked)
    assert screen.banner.text() == "The sale was not recorded: Sunrise print: only 1 left"
    assert screen.cart.lines[0].quantity == 2  # the cart as it was, to change or pay again
    assert rows(shop.db, COUNTS) == [(1, 0, 0)]

    # asked again, a manager cancels at the PIN: the same refusal
    pay_by_card(qtbot, screen)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ShareOfferDialog), timeout=5_000)
    offer = screen.dialog
    assert isinstance(offer, ShareOfferDialog)
    click(qtbot, offer.override_button)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ManagerPinDialog))
    pin = screen.dialog
    assert isinstance(pin, ManagerPinDialog)
    click(qtbot, pin.cancel_button)
    qtbot.waitUntil(lambda: not screen.controller.locked)
    assert "only 1 left" in screen.banner.text() and screen.banner.tone == "danger"
    assert rows(shop.db, COUNTS) == [(1, 0, 0)]
    next(shown, None)


def test_no_override_is_offered_when_the_edition_itself_is_sold_out(
    qtbot: QtBot, shop: PassShop
) -> None:
    drop = make_drop(shop, ((add_print(shop), 1),), cap=2)
    allocate(shop, drop, units=2, edition=2)
    shown = show_screen(qtbot, shop)
    screen = next(shown)
    qtbot.waitUntil(lambda: screen.drops.loads > 0)
    tap_drop(qtbot, screen, drop)
    tap_drop(qtbot, screen, drop)
    sell_from_drop(shop, drop, 1)  # share and edition both leave 1
    pay_by_card(qtbot, screen)
    qtbot.waitUntil(lambda: not screen.controller.locked and screen.banner.isVisible())
    assert screen.banner.text() == "The sale was not recorded: Sunrise print: only 1 left"
    assert not isinstance(screen.dialog, ShareOfferDialog)
    assert rows(shop.db, COUNTS) == [(1, 0, 0)]
    next(shown, None)


def test_tapping_a_drop_whose_share_is_sold_offers_a_unit_beyond_the_share(
    qtbot: QtBot, shop: PassShop
) -> None:
    """The tile reads "Sold out" here (the share of 1 is sold) while the edition has 3
    left: the tap offers to add a unit beyond the share; paying then asks a manager."""
    drop = make_drop(shop, ((add_print(shop), 1),), cap=5)
    allocate(shop, drop, units=1, edition=5)
    sell_from_drop(shop, drop, 1)
    shown = show_screen(qtbot, shop)
    screen = next(shown)
    qtbot.waitUntil(lambda: screen.drops.loads > 0)
    status = drop_status(shop.db, drop)
    assert (status.remaining, status.edition_left) == (0, 4)

    tap_drop(qtbot, screen, drop)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ShareUsedDialog))
    offer = screen.dialog
    assert isinstance(offer, ShareUsedDialog)
    assert offer.text.text().startswith(
        "This stall's share of Sunrise print (1 unit) is sold. The edition still has 4 units"
    )
    click(qtbot, offer.cancel_button)
    assert screen.cart.is_empty  # "Not now" adds nothing

    tap_drop(qtbot, screen, drop)
    first = offer
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ShareUsedDialog))
    qtbot.waitUntil(lambda: screen.dialog is not first)
    offer = screen.dialog
    assert isinstance(offer, ShareUsedDialog)
    click(qtbot, offer.add_button)
    qtbot.waitUntil(lambda: not screen.cart.is_empty)
    assert screen.cart.lines[0].quantity == 1

    pay_by_card(qtbot, screen)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ShareOfferDialog), timeout=5_000)
    share_offer = screen.dialog
    assert isinstance(share_offer, ShareOfferDialog)
    click(qtbot, share_offer.override_button)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ManagerPinDialog))
    pin = screen.dialog
    assert isinstance(pin, ManagerPinDialog)
    pin.reason_edit.setText("Last one for the speaker")
    for digit in MANAGER_PIN:
        click(qtbot, pin.keys[digit])
    click(qtbot, pin.ok_button)
    qtbot.waitUntil(lambda: screen.showing_receipt, timeout=5_000)
    assert rows(shop.db, COUNTS) == [(2, 1, 1)]
    assert drop_status(shop.db, drop).edition_left == 3
    next(shown, None)


def test_a_drop_whose_edition_is_sold_out_offers_only_the_waitlist(
    qtbot: QtBot, shop: PassShop
) -> None:
    drop = make_drop(shop, ((add_print(shop), 1),), cap=2)
    allocate(shop, drop, units=2, edition=2)
    sell_from_drop(shop, drop, 2)
    shown = show_screen(qtbot, shop)
    screen = next(shown)
    qtbot.waitUntil(lambda: screen.drops.loads > 0)
    tap_drop(qtbot, screen, drop)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, WaitlistDialog))
    assert screen.cart.is_empty
    next(shown, None)
