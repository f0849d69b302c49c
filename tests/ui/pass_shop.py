"""A small shop with a pass tier and members, for the pass and member-pricing UI tests.

Real SQLite file, real services; the sell screen is a real widget (offscreen).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from popuppos.core.money import format_money
from popuppos.services import members, pass_admin, passes
from popuppos.services.catalog import (
    CatalogItem,
    ProductSpec,
    VariantSpec,
    catalog_items,
    save_product,
)
from popuppos.services.passes import IssuedPass, PassHolder, TierSpec
from popuppos.services.shifts import open_shift
from popuppos.services.shop import get_settings, save_settings, set_manager_pin
from popuppos.store.db import Database, open_database
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QAbstractButton, Qt
from popuppos.ui.sell.sell_screen import SellScreen

MANAGER_PIN = "2468"
TEE_CODE, MUG_CODE, CANDLE_CODE, ZINE_CODE = "1001", "1002", "1003", "1004"
GOLD = TierSpec(
    name="Gold membership",
    code="GOLD",
    price=6000,
    validity_days=365,
    discount_bp=1000,
    discount_categories=("Apparel", "Home"),
    early_access_minutes=30,
    included_sessions=4,
    transferable=True,
    refund_terms="Refundable in full within 14 days if no session was used.",
    transfer_terms="Transferable once, at the stall, with the new holder present.",
)


def euro(minor: int) -> str:
    return format_money(minor, "EUR", "en_IE")


@dataclass
class PassShop:
    db: Database
    ctx: AppContext
    gold: str  # tier id
    zoe: str  # member ids
    kwame: str

    def issue(self, member_id: str | None = None, valid_from: date | None = None) -> IssuedPass:
        return passes.issue_pass(
            self.db,
            tier_id=self.gold,
            member_id=member_id or self.zoe,
            actor="Aoife",
            valid_from=valid_from,
        )

    def verify(self, token: str) -> PassHolder:
        with self.db.read() as conn:
            return passes.verify_scan(conn, token, pass_admin.today_local())


def make_shop(path: Path) -> PassShop:
    db = open_database(path)
    save_settings(db, shop_name="Test stall", currency="EUR", locale="en_IE")
    save_settings(db, tax_inclusive=True, default_tax_rate_bp=2300)
    set_manager_pin(db, MANAGER_PIN, current_pin=None, actor="Owner")
    for spec in (
        ProductSpec("Sunrise Tee", "Apparel", 2300, (VariantSpec("", "TEE", 3000, 9, TEE_CODE),)),
        ProductSpec("Ritual Mug", "Drinkware", 2300, (VariantSpec("", "MUG", 1800, 9, MUG_CODE),)),
        ProductSpec("Soy Candle", "Home", 2300, (VariantSpec("", "CDL", 2200, 9, CANDLE_CODE),)),
        ProductSpec("Founders Zine", "Paper", 0, (VariantSpec("", "ZINE", 1200, 9, ZINE_CODE),)),
    ):
        save_product(db, spec)
    with db.write() as conn:  # no host screen edits this flag yet: set it as a sync would
        conn.execute(text("UPDATE products SET members_only = 1 WHERE name = 'Founders Zine'"))
    zoe = members.create_member(db, name="Zoë Brennan", email="zoe@example.com").id
    kwame = members.create_member(db, name="Kwame Asante").id
    open_shift(db, opened_by="Aoife", opening_float=10_000)
    ctx = AppContext(db=db, settings=get_settings(db), cashier="Aoife")
    return PassShop(db, ctx, "", zoe, kwame)


def open_pass_shop(tmp_path: Path) -> Iterator[PassShop]:
    """For a fixture: the shop with the GOLD tier, closed after the test."""
    shop = make_shop(tmp_path / "shop.sqlite")
    shop.gold = passes.save_tier(shop.db, GOLD)
    shop.ctx.settings = get_settings(shop.db)
    yield shop
    wait_for_operations()
    shop.db.close()


def show_screen(qtbot: QtBot, shop: PassShop) -> Iterator[SellScreen]:
    """For a fixture: the sell screen on ``shop``, shown and loaded."""
    widget = SellScreen(shop.ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.loaded)
    yield widget
    wait_for_operations()
    qtbot.wait(1)


def items(db: Database) -> dict[str, CatalogItem]:
    return {i.name: i for i in catalog_items(db)}


def tap(qtbot: QtBot, screen: SellScreen, item: CatalogItem) -> None:
    view = screen.product_view
    index = view.index_for(item.product_id)
    assert index.isValid(), item.name
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def scan_pass(qtbot: QtBot, screen: SellScreen, token: str) -> None:
    """Scan ``token`` and wait for the answer (a member attached or a banner)."""
    screen.banner.clear()
    screen.handle_scan(token)
    qtbot.waitUntil(lambda: screen.passes.checking == 0 and screen.banner.isVisible())


def rows(db: Database, sql: str, **params: object) -> list[tuple[object, ...]]:
    with db.read() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def pdf_text(path: Path) -> str:
    reader = PdfReader(BytesIO(path.read_bytes()))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


def days_ago(n: int) -> date:
    return pass_admin.today_local() - timedelta(days=n)
