"""The sell screen end to end: real widgets, a real SQLite file, the services underneath."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import PySide6
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from popuppos.core.money import format_money
from popuppos.services.catalog import (
    CatalogItem,
    ProductSpec,
    VariantSpec,
    catalog_items,
    count_stock,
    save_product,
)
from popuppos.services.members import create_member
from popuppos.services.shifts import open_shift
from popuppos.services.shop import get_settings, save_settings
from popuppos.store.db import Database, open_database
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QAbstractButton, QLineEdit, QPrinter, QPushButton, Qt
from popuppos.ui.sell.member_picker import MemberPicker
from popuppos.ui.sell.parked import ParkDialog, ResumeDialog
from popuppos.ui.sell.product_grid import ProductFilter, ProductListModel
from popuppos.ui.sell.sell_screen import SellScreen
from popuppos.ui.sell.variant_picker import VariantPicker

if sys.version_info < (3, 12) and PySide6.__version__ == "6.12.0":  # pragma: no cover
    # PySide6 6.12.0 drops a reference to None per void call on 3.11 (see
    # tests/ui/test_qt_binding.py); painting a screen makes thousands. Pin None.
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40

MUG_CODE = "2000000000018"


def euro(minor: int) -> str:
    return format_money(minor, "EUR", "en_IE")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    save_settings(database, shop_name="Test stall", currency="EUR", locale="en_IE")
    save_settings(database, tax_inclusive=True)
    specs = [
        ProductSpec(
            "Sunrise Tee",
            "Apparel",
            2300,
            (
                VariantSpec("S", "TEE-S", 3000, stock=5, barcode="2000000000101"),
                VariantSpec("M", "TEE-M", 3200, stock=2, barcode="2000000000102"),
                VariantSpec("L", "TEE-L", 3200, stock=0, barcode="2000000000103"),
            ),
        ),
        ProductSpec("Ritual Mug", "Drinkware", 2300, (VariantSpec("", "MUG", 1800, 10, MUG_CODE),)),
        ProductSpec("Soy Candle", "Home", 2300, (VariantSpec("", "CANDLE", 2200, 0, "3333"),)),
        ProductSpec("Enamel Pin", "Accessories", 2300, (VariantSpec("", "PIN", 900, 2, "4444"),)),
    ]
    for spec in specs:
        save_product(database, spec)
    open_shift(database, opened_by="Aoife", opening_float=10_000)
    yield database
    wait_for_operations()
    database.close()


@dataclass
class Shop:
    screen: SellScreen
    db: Database
    items: dict[str, CatalogItem]


@pytest.fixture
def shop(qtbot: QtBot, db: Database) -> Iterator[Shop]:
    ctx = AppContext(db=db, settings=get_settings(db), cashier="Aoife")
    screen = SellScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.loaded)
    yield Shop(screen, db, {i.name: i for i in catalog_items(db)})
    wait_for_operations()
    qtbot.wait(1)  # deliver the last callbacks while the screen still exists


def tap(qtbot: QtBot, screen: SellScreen, item: CatalogItem) -> None:
    view = screen.product_view
    index = view.index_for(item.product_id)
    assert index.isValid(), item.name
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert view.viewport().rect().contains(rect.center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pick_variant(qtbot: QtBot, screen: SellScreen, sku_name: str) -> None:
    qtbot.waitUntil(lambda: isinstance(screen.dialog, VariantPicker))
    picker = screen.dialog
    assert isinstance(picker, VariantPicker)
    [variant] = [v for v in picker.item.variants if v.name == sku_name]
    click(qtbot, picker.buttons[variant.id])


def scan(qtbot: QtBot, screen: SellScreen, code: str, items_after: int) -> None:
    """Scan ``code``; wait until the cart holds ``items_after`` items or a message shows."""
    screen.banner.clear()
    screen.handle_scan(code)
    qtbot.waitUntil(
        lambda: (
            (screen.cart.item_count == items_after and not screen.banner.isVisible())
            or screen.banner.isVisible()
        )
    )


def rows(db: Database, sql: str, **params: object) -> list[tuple[object, ...]]:
    with db.read() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def stock(db: Database, sku: str) -> int:
    [(value,)] = rows(db, "select stock from variants where sku = :sku", sku=sku)
    assert isinstance(value, int)
    return value


def press(
    qtbot: QtBot,
    screen: SellScreen,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A window shortcut; the offscreen platform does not re-activate a window after a dialog."""
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.keyClick(screen, key, modifier)


def open_tender(qtbot: QtBot, screen: SellScreen):  # type: ignore[no-untyped-def]
    press(qtbot, screen, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: screen.tender_dialog() is not None)
    dialog = screen.tender_dialog()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def wait_for_receipt(qtbot: QtBot, screen: SellScreen) -> None:
    qtbot.waitUntil(lambda: screen.showing_receipt and screen.receipt.data is not None)


# -- the whole sale ------------------------------------------------------------------------
def test_tap_scan_pay_cash_and_everything_is_recorded(qtbot: QtBot, shop: Shop) -> None:
    screen, db, items = shop.screen, shop.db, shop.items
    assert screen.pay_button.height() >= 60
    tap(qtbot, screen, items["Ritual Mug"])
    tap(qtbot, screen, items["Sunrise Tee"])
    pick_variant(qtbot, screen, "M")
    scan(qtbot, screen, MUG_CODE, 3)  # merges with the tapped mug
    assert [(ln.name, ln.variant_name, ln.quantity) for ln in screen.cart.lines] == [
        ("Ritual Mug", "", 2),
        ("Sunrise Tee", "M", 1),
    ]
    total = 2 * 1800 + 3200
    assert screen.total_label.text() == euro(total)
    assert screen.pay_button.text() == f"Pay {euro(total)}"
    panel = screen.cart_panel
    assert [r.qty.text() for r in panel.rows] == ["2", "1"]
    assert panel.figures["tax"][0].text() == "Incl. tax"

    dialog = open_tender(qtbot, screen)
    click(qtbot, dialog.no_tip_button)
    click(qtbot, dialog.cash_button)
    [fifty] = [b for b in dialog.quick_buttons if b.property("amount") == 7000]
    with qtbot.waitSignal(screen.ctx.events.sale_completed, timeout=5000) as completed:
        click(qtbot, fifty)
    wait_for_receipt(qtbot, screen)
    sale = completed.args[0]
    assert screen.receipt.caption.text() == "Change due"
    assert screen.receipt.headline.text() == euro(7000 - total)
    assert f"Sale {sale.number}" in screen.receipt.subline.text()
    assert screen.cart.is_empty

    [(sale_id, sale_total, cashier)] = rows(db, "select id, total, cashier from sales")
    assert (sale_id, sale_total, cashier) == (sale.id, total, "Aoife")
    lines = rows(db, "select sku, quantity, gross from sale_lines order by position")
    assert lines == [("MUG", 2, 3600), ("TEE-M", 1, 3200)]
    tenders = rows(db, "select method, amount, tendered, change from sale_tenders")
    assert tenders == [("cash", total, 7000, 7000 - total)]
    [(payload,)] = rows(
        db,
        "select payload from outbox where event_type = 'sale.completed' and aggregate_id = :i",
        i=sale.id,
    )
    assert json.loads(str(payload))["total"] == total
    assert stock(db, "MUG") == 8 and stock(db, "TEE-M") == 1

    # the grid shows the new stock; Enter starts the next sale
    qtbot.waitUntil(
        lambda: (
            screen.product_view.source.item(
                screen.product_view.source.row_of(items["Ritual Mug"].product_id)
            ).stock
            == 8
        )
    )
    press(qtbot, screen, Qt.Key.Key_Return)
    assert not screen.showing_receipt


def test_receipt_pdf_and_print(qtbot: QtBot, shop: Shop, tmp_path: Path) -> None:
    screen = shop.screen
    screen.ask_tip = False
    tap(qtbot, screen, shop.items["Enamel Pin"])
    dialog = open_tender(qtbot, screen)
    click(qtbot, dialog.card_button)
    click(qtbot, dialog.card_done_button)
    wait_for_receipt(qtbot, screen)
    assert screen.receipt.caption.text() == "Paid"
    assert screen.receipt.headline.text() == euro(900)
    target = tmp_path / "receipt.pdf"
    screen.receipt.save_pdf_to(target)
    qtbot.waitUntil(lambda: "Saved" in screen.receipt.status.text())
    assert target.read_bytes().startswith(b"%PDF")

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    screen.receipt.print_to(printer)
    assert screen.receipt.status.text() == "Sent to the printer."
    assert printed.read_bytes().startswith(b"%PDF")


# -- stock and codes -----------------------------------------------------------------------
def test_sold_out_cannot_be_added(qtbot: QtBot, shop: Shop) -> None:
    screen = shop.screen
    tap(qtbot, screen, shop.items["Soy Candle"])
    assert screen.cart.is_empty
    assert "sold out" in screen.banner.text()
    assert screen.banner.isVisible()
    scan(qtbot, screen, "3333", 0)
    qtbot.waitUntil(lambda: "sold out" in screen.banner.text())
    # a sold-out variant is disabled in the picker
    tap(qtbot, screen, shop.items["Sunrise Tee"])
    qtbot.waitUntil(lambda: isinstance(screen.dialog, VariantPicker))
    picker = screen.dialog
    assert isinstance(picker, VariantPicker)
    sold_out = next(v for v in picker.item.variants if v.stock == 0)
    assert not picker.buttons[sold_out.id].isEnabled()
    assert "Sold out" in picker.buttons[sold_out.id].text()
    picker.reject()


def test_plus_stops_at_the_stock_shown(qtbot: QtBot, shop: Shop) -> None:
    screen = shop.screen
    tap(qtbot, screen, shop.items["Enamel Pin"])  # 2 in stock
    click(qtbot, screen.cart_panel.rows[0].plus)
    assert screen.cart.lines[0].quantity == 2
    click(qtbot, screen.cart_panel.rows[0].plus)
    assert screen.cart.lines[0].quantity == 2
    assert "already in this sale" in screen.banner.text()
    click(qtbot, screen.cart_panel.rows[0].minus)
    assert screen.cart.lines[0].quantity == 1


def test_unknown_code_shows_a_message_and_changes_nothing(qtbot: QtBot, shop: Shop) -> None:
    screen = shop.screen
    tap(qtbot, screen, shop.items["Ritual Mug"])
    before = screen.cart.to_dict()
    screen.handle_scan("999000111")
    qtbot.waitUntil(lambda: screen.banner.isVisible())
    assert screen.banner.text() == "No product with code 999000111."
    assert screen.banner.tone == "warning"
    assert screen.cart.to_dict() == before
    assert screen.dialog is None  # not a modal


def test_search_and_category_filter(qtbot: QtBot, shop: Shop) -> None:
    screen = shop.screen
    view = screen.product_view
    assert view.proxy.rowCount() == 4
    press(qtbot, screen, Qt.Key.Key_F2)
    assert screen.search.hasFocus()
    qtbot.keyClicks(screen.search, "mug")
    assert [i.name for i in view.visible_items()] == ["Ritual Mug"]
    screen.search.setText("TEE-M")  # a SKU
    assert [i.name for i in view.visible_items()] == ["Sunrise Tee"]
    screen.search.setText("4444")  # a barcode
    assert [i.name for i in view.visible_items()] == ["Enamel Pin"]
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)  # one match: Enter adds it
    assert [ln.name for ln in screen.cart.lines] == ["Enamel Pin"]
    qtbot.keyClicks(screen.search, "candle")
    press(qtbot, screen, Qt.Key.Key_Escape)
    assert screen.search.text() == "" and view.proxy.rowCount() == 4
    chips = {b.text(): b for b in screen.chip_group.buttons()}
    assert list(chips) == ["All", "Apparel", "Drinkware", "Home", "Accessories"]
    click(qtbot, chips["Home"])
    assert [i.name for i in view.visible_items()] == ["Soy Candle"]
    click(qtbot, chips["All"])
    assert view.proxy.rowCount() == 4


def test_grid_filters_five_thousand_products_quickly(qtbot: QtBot) -> None:
    items = [
        CatalogItem(f"p{n}", f"Product {n}", f"Cat {n % 12}", None, 2300, "", "", ())
        for n in range(5000)
    ]
    model = ProductListModel()
    proxy = ProductFilter(model)
    started = time.perf_counter()
    model.set_items(items)
    proxy.set_search("product 4999")  # every word must match
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Product 4999"]
    proxy.set_category("Cat 7")
    assert proxy.rowCount() == 1
    proxy.set_search("")
    assert proxy.rowCount() == len([i for i in items if i.category == "Cat 7"])
    proxy.set_category(None)
    assert proxy.rowCount() == 5000
    assert time.perf_counter() - started < 1.0


# -- editing the cart ----------------------------------------------------------------------
def test_remove_line_records_a_void(qtbot: QtBot, shop: Shop) -> None:
    screen, db = shop.screen, shop.db
    tap(qtbot, screen, shop.items["Ritual Mug"])
    tap(qtbot, screen, shop.items["Enamel Pin"])
    click(qtbot, screen.cart_panel.rows[0].trash)
    assert [ln.name for ln in screen.cart.lines] == ["Enamel Pin"]
    qtbot.waitUntil(lambda: screen.controller.voids_pending == 0)
    assert rows(db, "select product_name, quantity, amount, reason from line_voids") == [
        ("Ritual Mug", 1, 1800, "removed from the sale")
    ]
    press(qtbot, screen, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert screen.cart.is_empty
    qtbot.waitUntil(lambda: len(rows(db, "select id from line_voids")) == 2)


def test_clear_sale_needs_a_second_tap_and_voids_every_line(qtbot: QtBot, shop: Shop) -> None:
    screen, db = shop.screen, shop.db
    tap(qtbot, screen, shop.items["Ritual Mug"])
    tap(qtbot, screen, shop.items["Enamel Pin"])
    click(qtbot, screen.clear_button)
    assert len(screen.cart.lines) == 2
    assert screen.clear_button.text() == "Tap again to clear"
    click(qtbot, screen.clear_button)
    assert screen.cart.is_empty
    qtbot.waitUntil(lambda: len(rows(db, "select id from line_voids")) == 2)
    assert {r[0] for r in rows(db, "select reason from line_voids")} == {"sale cleared"}


def test_line_and_sale_discounts(qtbot: QtBot, shop: Shop) -> None:
    screen = shop.screen
    tap(qtbot, screen, shop.items["Ritual Mug"])
    qtbot.mouseClick(screen.cart_panel.rows[0].name, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.dialog is not None)
    dialog = screen.dialog
    click(qtbot, dialog.preset_buttons[1])  # type: ignore[union-attr]  # 10 %
    assert screen.cart.lines[0].discount is not None
    assert screen.total_label.text() == euro(1620)
    assert screen.cart_panel.rows[0].discount.isVisible()

    click(qtbot, screen.discount_button)
    qtbot.waitUntil(lambda: screen.dialog is not None)
    dialog = screen.dialog
    click(qtbot, dialog.amount_button)  # type: ignore[union-attr]
    qtbot.keyClicks(dialog.edit, "2,x")  # type: ignore[union-attr]
    click(qtbot, dialog.apply_button)  # type: ignore[union-attr]
    assert dialog.error.isVisible()  # type: ignore[union-attr]
    dialog.edit.setText("1.20")  # type: ignore[union-attr]
    click(qtbot, dialog.apply_button)  # type: ignore[union-attr]
    assert screen.total_label.text() == euro(1500)
    _discount_name, discount_value = screen.cart_panel.figures["discount"]
    assert discount_value.isVisible() and discount_value.text() == f"−{euro(300)}"


# -- members -------------------------------------------------------------------------------
def test_member_search_pick_and_new_member(qtbot: QtBot, shop: Shop) -> None:
    screen, db = shop.screen, shop.db
    create_member(db, name="Zoë Brennan", email="zoe@example.com")
    create_member(db, name="Kwame Asante", phone="+353 87 000 0000")
    press(qtbot, screen, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, MemberPicker))
    picker = screen.dialog
    assert isinstance(picker, MemberPicker)
    qtbot.keyClicks(picker.search, "zoe@")
    found = picker
    qtbot.waitUntil(lambda: found.results.count() == 1 and not found.searching)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert screen.cart.member_name == "Zoë Brennan"
    assert screen.cart_panel.member_name.text() == "Zoë Brennan"
    assert screen.cart_panel.member_badge.isVisible()

    click(qtbot, screen.cart_panel.member_clear)  # guest again
    assert screen.cart.member_id is None
    assert screen.member_button.isVisible()
    click(qtbot, screen.member_button)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, MemberPicker))
    picker = screen.dialog
    assert isinstance(picker, MemberPicker)
    click(qtbot, picker.new_button)
    qtbot.keyClicks(picker.name_edit, "Mei-Lin Zhou")
    qtbot.keyClicks(picker.email_edit, "not-an-email")
    click(qtbot, picker.save_button)
    qtbot.waitUntil(lambda: picker.banner.isVisible())
    assert "does not look like an email" in picker.banner.text()
    picker.email_edit.setText("mei@example.com")
    with qtbot.waitSignal(picker.chosen):
        click(qtbot, picker.save_button)
    assert screen.cart.member_name == "Mei-Lin Zhou"
    assert rows(db, "select name from members where email = 'mei@example.com'") == [
        ("Mei-Lin Zhou",)
    ]


# -- parking -------------------------------------------------------------------------------
def test_park_then_resume_restores_the_cart(qtbot: QtBot, shop: Shop) -> None:
    screen = shop.screen
    tap(qtbot, screen, shop.items["Ritual Mug"])
    tap(qtbot, screen, shop.items["Enamel Pin"])
    click(qtbot, screen.cart_panel.rows[0].plus)
    parked_cart = screen.cart.to_dict()
    press(qtbot, screen, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ParkDialog))
    park = screen.dialog
    assert isinstance(park, ParkDialog)
    qtbot.keyClicks(park.label_edit, "Blue jacket")
    click(qtbot, park.park_button)
    qtbot.waitUntil(lambda: screen.cart.is_empty and not screen.controller.locked)

    tap(qtbot, screen, shop.items["Sunrise Tee"])  # the next customer
    pick_variant(qtbot, screen, "S")
    other_cart = screen.cart.to_dict()
    click(qtbot, screen.resume_button)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ResumeDialog))
    resume = screen.dialog
    assert isinstance(resume, ResumeDialog)
    shown = resume
    qtbot.waitUntil(lambda: shown.loaded)
    assert resume.park_first.isVisible()  # the open sale will be parked first
    assert resume.list.count() == 1
    item = resume.list.item(0)
    assert "Blue jacket" in item.text() and "3 items" in item.text()
    qtbot.mouseClick(
        resume.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=resume.list.visualItemRect(item).center(),
    )
    qtbot.waitUntil(lambda: screen.cart.to_dict() == parked_cart)

    # the sale that was on screen is parked now, not lost
    click(qtbot, screen.resume_button)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ResumeDialog) and screen.dialog.loaded)
    resume = screen.dialog
    assert isinstance(resume, ResumeDialog)
    assert resume.list.count() == 1
    resume.reject()
    rows_ = rows(shop.db, "select cart_json from parked_sales where resumed_at is null")
    assert [json.loads(str(r[0])) for r in rows_] == [other_cart]


# -- payments through the screen -----------------------------------------------------------
def test_card_payment_with_reference(qtbot: QtBot, shop: Shop) -> None:
    screen, db = shop.screen, shop.db
    tap(qtbot, screen, shop.items["Ritual Mug"])
    dialog = open_tender(qtbot, screen)
    screen.handle_scan(MUG_CODE)  # a scan while the customer pays changes nothing
    assert "Finish the payment first" in screen.banner.text()
    assert screen.cart.item_count == 1
    click(qtbot, dialog.no_tip_button)
    click(qtbot, dialog.card_button)
    qtbot.keyClicks(dialog.card_reference, "TID 0042")
    click(qtbot, dialog.card_done_button)
    wait_for_receipt(qtbot, screen)
    assert rows(db, "select method, amount, reference, tendered from sale_tenders") == [
        ("card", 1800, "TID 0042", None)
    ]
    assert "Card · TID 0042" in [
        w.text() for w in screen.receipt.lines_box.findChildren(type(screen.receipt.caption))
    ]


def test_split_payment(qtbot: QtBot, shop: Shop) -> None:
    screen, db = shop.screen, shop.db
    screen.ask_tip = False
    tap(qtbot, screen, shop.items["Ritual Mug"])
    tap(qtbot, screen, shop.items["Enamel Pin"])  # 27.00
    dialog = open_tender(qtbot, screen)
    click(qtbot, dialog.split_button)
    qtbot.keyClicks(dialog.split_field.edit, "20")
    click(qtbot, dialog.split_card_button)
    click(qtbot, dialog.card_done_button)
    click(qtbot, dialog.cash_button)
    [ten] = [b for b in dialog.quick_buttons if b.property("amount") == 1000]
    click(qtbot, ten)
    wait_for_receipt(qtbot, screen)
    assert screen.receipt.headline.text() == euro(300)
    assert rows(db, "select method, amount, change from sale_tenders order by position") == [
        ("card", 2000, 0),
        ("cash", 700, 300),
    ]


def test_ten_percent_tip(qtbot: QtBot, shop: Shop) -> None:
    screen, db = shop.screen, shop.db
    tap(qtbot, screen, shop.items["Sunrise Tee"])
    pick_variant(qtbot, screen, "S")  # 30.00
    dialog = open_tender(qtbot, screen)
    click(qtbot, dialog.tip_buttons[1000])
    click(qtbot, dialog.card_button)
    click(qtbot, dialog.card_done_button)
    wait_for_receipt(qtbot, screen)
    assert rows(db, "select total, tip from sales") == [(3000, 300)]
    assert rows(db, "select amount from sale_tenders") == [(3300,)]
    assert "tip" in screen.receipt.subline.text()


def test_failing_sale_keeps_the_cart_and_says_why(qtbot: QtBot, shop: Shop) -> None:
    screen, db = shop.screen, shop.db
    tap(qtbot, screen, shop.items["Enamel Pin"])
    click(qtbot, screen.cart_panel.rows[0].plus)  # both pins left
    before = screen.cart.to_dict()
    pin_id = shop.items["Enamel Pin"].variants[0].id
    count_stock(db, pin_id, 1, actor="Aoife", reason="one sold online")  # taken meanwhile
    dialog = open_tender(qtbot, screen)
    click(qtbot, dialog.no_tip_button)
    click(qtbot, dialog.cash_button)
    click(qtbot, dialog.quick_buttons[0])
    qtbot.waitUntil(lambda: screen.banner.tone == "danger" and screen.banner.isVisible())
    assert "Only 1 of Enamel Pin left in stock" in screen.banner.text()
    assert screen.cart.to_dict() == before
    assert not screen.showing_receipt
    assert screen.pay_button.isEnabled()
    assert rows(db, "select count(*) from sales") == [(0,)]
    assert stock(db, "PIN") == 1


def test_pay_with_an_empty_cart_only_says_so(qtbot: QtBot, shop: Shop) -> None:
    screen = shop.screen
    assert not screen.pay_button.isEnabled()
    press(qtbot, screen, Qt.Key.Key_F4)
    assert screen.dialog is None
    assert "Add something" in screen.banner.text()


def test_every_button_on_the_screen_is_big_enough(qtbot: QtBot, shop: Shop) -> None:
    screen = shop.screen
    tap(qtbot, screen, shop.items["Ritual Mug"])
    small = [
        (b.objectName() or b.text(), b.width(), b.height())
        for b in screen.findChildren(QAbstractButton)
        # (the search field's own clear button lives inside the 44 px field)
        if b.isVisible()
        and not isinstance(b.parent(), QLineEdit)
        and (b.height() < 44 or b.width() < 44)
    ]
    assert small == []
    assert isinstance(screen.pay_button, QPushButton)
    assert screen.pay_button.property("role") == "primary"
