"""Selling a pass on the real sell screen: tier, grid, terms, holder, payment, QR, refund."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pass_shop import (
    MANAGER_PIN,
    PassShop,
    click,
    euro,
    items,
    make_shop,
    pdf_text,
    rows,
    scan_pass,
    show_screen,
    tap,
)
from pytestqt.qtbot import QtBot

from popuppos.core.member_pricing import PASSES_CATEGORY
from popuppos.core.pass_token import InvalidPass, RevocationReason
from popuppos.services.refunds import refund_sale
from popuppos.services.shop import get_settings
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.passes.qr_view import FullScreenQr
from popuppos.ui.passes.tiers_dialog import TiersDialog, parse_percent
from popuppos.ui.qt import QListWidget, Qt
from popuppos.ui.sell.member_picker import MemberPicker
from popuppos.ui.sell.pass_flow import NEEDS_HOLDER
from popuppos.ui.sell.pass_sheet import PassSaleSheet
from popuppos.ui.sell.sell_screen import SellScreen
from popuppos.ui.sell.tiles import stock_text


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[PassShop]:
    made = make_shop(tmp_path / "shop.sqlite")  # no tier yet: the host creates it below
    yield made
    wait_for_operations()
    made.db.close()


@pytest.fixture
def screen(qtbot: QtBot, shop: PassShop) -> Iterator[SellScreen]:
    yield from show_screen(qtbot, shop)


def create_gold_tier(qtbot: QtBot, shop: PassShop) -> None:
    """The host fills in the tiers dialog; the sell screen hears of it (catalog_changed)."""
    dialog = TiersDialog(shop.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded)
    categories = [dialog.category_list.item(i).text() for i in range(dialog.category_list.count())]
    assert categories == ["Apparel", "Drinkware", "Home", "Paper"]
    qtbot.keyClicks(dialog.name_edit, "Gold membership")
    qtbot.keyClicks(dialog.code_edit, "gold")
    assert dialog.code_edit.text() == "GOLD"
    qtbot.keyClicks(dialog.price_edit, "60,x")
    qtbot.keyClicks(dialog.discount_edit, "10")
    dialog.set_ticked(("Apparel", "Home"))
    dialog.transferable_check.setChecked(True)
    dialog.refund_edit.setPlainText("Refundable in full within 14 days if no session was used.")
    dialog.transfer_edit.setPlainText("Transferable once, at the stall.")
    click(qtbot, dialog.save_button)
    assert dialog.notice.isVisible() and dialog.notice.text().startswith("Price:")
    dialog.price_edit.setText("60.00")
    with qtbot.waitSignal(shop.ctx.events.catalog_changed, timeout=5000):
        click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.loaded and dialog.list.count() == 1)
    assert dialog.editing is not None and dialog.editing.code == "GOLD"
    tier = dialog.editing
    assert (tier.price, tier.discount_bp, tier.discount_categories) == (
        6000,
        1000,
        ("Apparel", "Home"),
    )
    assert dialog.code_edit.isReadOnly()  # the code is in every QR already issued
    shop.gold = tier.id
    dialog.close()


def test_parse_percent() -> None:
    assert [parse_percent(t) for t in ("", "10", "12.5", "12,5 %", "100")] == [
        0,
        1000,
        1250,
        1250,
        10000,
    ]
    for bad in ("ten", "101", "1.234"):
        with pytest.raises(ValueError):
            parse_percent(bad)


def test_sell_a_pass_then_refund_it(
    qtbot: QtBot, screen: SellScreen, shop: PassShop, tmp_path: Path
) -> None:
    create_gold_tier(qtbot, shop)
    qtbot.waitUntil(lambda: "Gold membership" in items(shop.db) and screen.passes.tiers != {})
    qtbot.waitUntil(lambda: PASSES_CATEGORY in screen.chips.categories)
    gold = items(shop.db)["Gold membership"]
    assert gold.category == PASSES_CATEGORY and gold.stock_left is None
    assert stock_text(gold.stock_left) == ("", "none")  # no made-up number on the tile

    # adding it shows the terms, and needs a holder
    tap(qtbot, screen, gold)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, PassSaleSheet))
    sheet = screen.dialog
    assert isinstance(sheet, PassSaleSheet)
    assert sheet.benefit_labels[0].text() == "•  10% off Apparel and Home"
    assert sheet.refund_label.text().startswith("Refundable in full within 14 days")
    assert sheet.transfer_label.text() == "Transferable once, at the stall."
    assert sheet.ok_button.text() == "Choose the holder…"
    assert screen.cart.is_empty
    click(qtbot, sheet.ok_button)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, MemberPicker))
    picker = screen.dialog
    assert isinstance(picker, MemberPicker)
    click(qtbot, picker.guest_button)  # a guest cannot hold a pass
    assert screen.cart.is_empty and screen.banner.text() == NEEDS_HOLDER

    tap(qtbot, screen, gold)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, PassSaleSheet))
    click(qtbot, screen.dialog.ok_button)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: isinstance(screen.dialog, MemberPicker))
    picker = screen.dialog
    assert isinstance(picker, MemberPicker)
    qtbot.keyClicks(picker.search, "zoe@")
    qtbot.waitUntil(lambda: picker.results.count() == 1 and not picker.searching)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert [ln.name for ln in screen.cart.lines] == ["Gold membership"]
    assert screen.cart.member_id == shop.zoe
    assert screen.total_label.text() == euro(6000)  # a pass is not discounted by default

    # a second tap with the holder attached goes straight to "Add to sale"
    tap(qtbot, screen, gold)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, PassSaleSheet))
    again = screen.dialog
    assert isinstance(again, PassSaleSheet)
    assert again.holder_label.text() == "Issued to Zoë Brennan"
    again.reject()

    # paid like any sale
    screen.ask_tip = False
    screen.pay()
    qtbot.waitUntil(lambda: screen.tender_dialog() is not None)
    tender = screen.tender_dialog()
    assert tender is not None
    with qtbot.waitSignal(screen.sale_recorded, timeout=5000) as recorded:
        click(qtbot, tender.card_button)
        click(qtbot, tender.card_done_button)
    sale = recorded.args[0]
    [pass_id] = sale.passes
    [(member_id, sale_id, line_id, token)] = rows(
        shop.db, "select member_id, sale_id, sale_line_id, token from passes"
    )
    assert (member_id, sale_id) == (shop.zoe, sale.id)
    assert rows(shop.db, "select id, sku, gross from sale_lines") == [(line_id, "PASS-GOLD", 6000)]
    [(payload,)] = rows(shop.db, "select payload from outbox where event_type = 'pass.issued'")
    assert json.loads(str(payload))["pass_id"] == pass_id
    assert shop.verify(str(token)).member_name == "Zoë Brennan"

    # the receipt offers the QR and the card
    issued = screen.receipt.passes
    qtbot.waitUntil(lambda: len(issued.rows) == 1 and issued.rows[0].isVisible())
    row = issued.rows[0]
    assert row.title.text() == "Pass issued to Zoë Brennan"
    assert row.qr.text == token and row.qr.modules == 45  # version 7 at level M
    click(qtbot, row.qr_button)
    qtbot.waitUntil(lambda: isinstance(issued.qr_window, FullScreenQr))
    window = issued.qr_window
    assert window is not None
    qtbot.waitExposed(window)
    assert window.qr.text == token and window.name_label.text() == "Zoë Brennan"
    assert window.qr.width() >= 220
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: issued.qr_window is None)
    card = tmp_path / "card.pdf"
    issued.save_card_to(pass_id, card)
    qtbot.waitUntil(lambda: issued.status.text().startswith("Saved"))
    assert "Zoë Brennan" in pdf_text(card)

    # refunded by the same rules as any sale: the pass stops working
    refund_sale(
        shop.db,
        sale.id,
        {str(line_id): 1},
        refund_tip=False,
        reason="changed her mind",
        cashier="Aoife",
        manager_pin=MANAGER_PIN,
    )
    with pytest.raises(InvalidPass) as refused:
        shop.verify(str(token))
    assert refused.value.revocation is RevocationReason.REFUNDED
    screen.new_sale()
    scan_pass(qtbot, screen, str(token))
    assert screen.banner.text() == "Pass refused: This pass was refunded."
    assert screen.cart.is_empty


def test_checkout_refuses_a_pass_without_its_holder(
    qtbot: QtBot, screen: SellScreen, shop: PassShop
) -> None:
    create_gold_tier(qtbot, shop)
    qtbot.waitUntil(lambda: screen.passes.tiers != {})
    shop.ctx.settings = get_settings(shop.db)
    gold = items(shop.db)["Gold membership"]
    screen.controller.set_member(None)
    screen.controller.add(gold, gold.variants[0])  # as a resumed, parked sale could hold it
    screen.ask_tip = False
    screen.pay()
    qtbot.waitUntil(lambda: screen.tender_dialog() is not None)
    tender = screen.tender_dialog()
    assert tender is not None
    click(qtbot, tender.card_button)
    click(qtbot, tender.card_done_button)
    qtbot.waitUntil(lambda: screen.banner.tone == "danger" and screen.banner.isVisible())
    assert "a pass needs its holder" in screen.banner.text().lower()
    assert rows(shop.db, "select count(*) from passes") == [(0,)]
    assert not screen.showing_receipt


def test_tiers_dialog_edits_a_tier(qtbot: QtBot, shop: PassShop) -> None:
    create_gold_tier(qtbot, shop)
    dialog = TiersDialog(shop.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded and dialog.list.count() == 1)
    dialog.select("GOLD")
    assert dialog.name_edit.text() == "Gold membership"
    assert dialog.ticked_categories() == ("Apparel", "Home")
    assert dialog.price_edit.text() == euro(6000)
    dialog.discount_edit.setText("15")
    dialog.validity_spin.setValue(30)
    with qtbot.waitSignal(shop.ctx.events.catalog_changed, timeout=5000):
        click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.loaded and not dialog.saving)
    assert rows(shop.db, "select discount_bp, validity_days from pass_tiers") == [(1500, 30)]
    assert isinstance(dialog.list, QListWidget) and dialog.list.count() == 1
    click(qtbot, dialog.new_button)
    assert dialog.name_edit.text() == "" and not dialog.code_edit.isReadOnly()
