"""Drops on the pass shop (tests/ui/pass_shop.py): a signed print to drop, drops made through
the service, and paying on the real sell screen. Real SQLite file, real services."""

from __future__ import annotations

from datetime import datetime, timedelta

from pass_shop import PassShop, click
from pytestqt.qtbot import QtBot

from popuppos.core.cart import Cart
from popuppos.core.tender import Tender, TenderMethod
from popuppos.services.catalog import ProductSpec, VariantSpec, catalog_items, save_product
from popuppos.services.checkout import CompletedSale, complete_sale
from popuppos.services.drops import DropSpec, DropStatus, drop_status, save_drop
from popuppos.store.models import utcnow
from popuppos.ui.qt import Qt
from popuppos.ui.sell.sell_screen import SellScreen
from popuppos.ui.sell.tiles import ITEM_ROLE

PRINT_STOCK = 40


def add_print(shop: PassShop) -> str:
    """A signed print with 40 in stock (more than any edition here); its variant id."""
    save_product(
        shop.db,
        ProductSpec("Signed Print", "Paper", 2300, (VariantSpec("", "PRINT", 4500, PRINT_STOCK),)),
    )
    return next(i.variants[0].id for i in catalog_items(shop.db) if i.name == "Signed Print")


def make_drop(
    shop: PassShop,
    parts: tuple[tuple[str, int], ...],
    *,
    name: str = "Sunrise print",
    cap: int = 30,
    price: int = 4500,
    opens_in: timedelta = timedelta(hours=-1),
    lasts: timedelta = timedelta(days=1),
    members_first: int = 0,
    tiers: tuple[str, ...] = (),
    limit: int | None = None,
    threshold: int = 0,
) -> str:
    start = utcnow().replace(microsecond=0) + opens_in
    return save_drop(
        shop.db,
        DropSpec(
            name=name,
            price=price,
            edition_size=cap,
            public_start=start,
            public_end=start + lasts,
            parts=parts,
            members_first_minutes=members_first,
            member_tier_ids=tiers,
            per_customer_limit=limit,
            low_stock_threshold=threshold,
            story_hook="Thirty signed prints of the sunrise that started it all.",
            terms="One A3 print, signed and numbered.",
        ),
    )


def sell_from_drop(
    shop: PassShop, drop_id: str, quantity: int, member: str | None = None
) -> CompletedSale:
    """A sale of the drop through the service (as another till moment would)."""
    status = drop_status(shop.db, drop_id)
    cart = Cart(tax_inclusive=True)
    line = status.cart_line()
    for _ in range(quantity):
        cart.add(line)
    if member:
        cart.set_member(member, "Member")
    tender = Tender(TenderMethod.CARD, cart.priced().total)
    return complete_sale(shop.db, cart, [tender], cashier="Aoife")


def tile(screen: SellScreen, drop_id: str) -> DropStatus:
    """The drop as its tile shows it now."""
    view = screen.product_view
    index = view.index_for_drop(drop_id)
    assert index.isValid(), drop_id
    status = index.data(ITEM_ROLE)
    assert isinstance(status, DropStatus)
    return status


def tap_drop(qtbot: QtBot, screen: SellScreen, drop_id: str) -> None:
    view = screen.product_view
    index = view.index_for_drop(drop_id)
    assert index.isValid(), drop_id
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def wait_for_drops(qtbot: QtBot, screen: SellScreen, after: int) -> None:
    """Wait for a load of the drops newer than ``after`` (``screen.drops.loads`` before)."""
    qtbot.waitUntil(lambda: screen.drops.loads > after)


def pay_by_card(qtbot: QtBot, screen: SellScreen) -> None:
    screen.ask_tip = False
    screen.pay()
    qtbot.waitUntil(lambda: screen.tender_dialog() is not None)
    dialog = screen.tender_dialog()
    assert dialog is not None
    click(qtbot, dialog.card_button)
    click(qtbot, dialog.card_done_button)


def later(minutes: int) -> datetime:
    return utcnow() + timedelta(minutes=minutes)
