"""Refunds, voids, the manager PIN and the sales history through the real dialogs.

Figures worked out by hand. Sale 1: three Mugs at €12.00 = €36.00 plus a €3.00 tip, paid
€20.00 by card and €19.00 in cash. Refunding one mug returns 36.00 / 3 = €12.00, split over
what each tender can still return (20.00 : 19.00) by largest remainder: card 1200 * 2000 /
3900 = 615.38 -> 615, cash 584.62 -> 585 (the larger remainder takes the spare cent).
Sale 2: two Tees (size S) at €25.00 paid €50.00 cash; voiding it puts both back in stock.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers import MANAGER_PIN, Item, cart_of, rows, scalar, seed_products, stock_by_sku
from popuppos.core.tender import Tender, TenderMethod, cash_for
from popuppos.services import checkout, shifts
from popuppos.services.checkout import CompletedSale
from popuppos.services.shop import get_settings, set_manager_pin
from popuppos.store.db import open_database
from popuppos.ui.backoffice.pin_dialog import ManagerPinDialog
from popuppos.ui.backoffice.refund_dialog import RefundDialog
from popuppos.ui.backoffice.sales_history import SalesHistoryDialog
from popuppos.ui.backoffice.void_dialog import VoidSaleDialog
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QFileDialog, Qt, QWidget


@dataclass
class Shop:
    ctx: AppContext
    items: dict[str, Item]
    mugs: CompletedSale  # sale 1: 3 mugs, card + cash, tip
    tees: CompletedSale  # sale 2: 2 tees, cash


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    db = open_database(tmp_path / "shop.sqlite")
    items = seed_products(db)
    set_manager_pin(db, MANAGER_PIN, current_pin=None, actor="test")
    shifts.open_shift(db, opened_by="Ana", opening_float=10_000)
    mugs = checkout.complete_sale(
        db,
        cart_of(items["MUG"].line(3)),
        [Tender(TenderMethod.CARD, 2000, reference="4242"), cash_for(1900, 2000)],
        tip=300,
        cashier="Ana",
    )
    tees = checkout.complete_sale(
        db, cart_of(items["TEE-S"].line(2)), [cash_for(5000, 5000)], cashier="Ana"
    )
    ctx = AppContext(db=db, settings=get_settings(db), cashier="Ana")
    yield Shop(ctx, items, mugs, tees)
    wait_for_operations()
    db.close()


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_refund(qtbot: QtBot, shop: Shop, sale_id: str) -> RefundDialog:
    dialog = RefundDialog(shop.ctx, sale_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.sale is not None)
    return dialog


def test_pin_dialog_takes_digits_only_and_needs_a_reason(qtbot: QtBot) -> None:
    dialog = ManagerPinDialog(ask_reason=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.pin_edit, "12ab34")
    assert dialog.pin() == "1234"
    assert dialog.pin_edit.echoMode() == dialog.pin_edit.EchoMode.Password
    assert not dialog.ok_button.isEnabled()  # no reason yet
    qtbot.keyClicks(dialog.reason_edit, "Wrong size")
    for key in ("5", "⌫", "9"):
        click(qtbot, dialog.keys[key])
    assert dialog.pin() == "12349"
    with qtbot.waitSignal(dialog.submitted) as sent:
        click(qtbot, dialog.ok_button)
    assert sent.args == ["12349", "Wrong size"]
    assert all(dialog.keys[k].minimumHeight() >= 44 for k in dialog.keys)


def test_wrong_pin_refunds_nothing_then_the_right_pin_refunds_one_of_three(
    qtbot: QtBot, shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = shop.ctx.db
    dialog = open_refund(qtbot, shop, shop.mugs.id)
    [line] = dialog.sale.lines if dialog.sale else ()
    assert dialog.tip_check.isEnabled() and not dialog.tip_check.isChecked()
    assert not dialog.refund_button.isEnabled()  # nothing chosen yet

    dialog.lines_panel.set_quantity(line.sale_line_id, 1)
    assert dialog.amount_label.text() == "€12.00"
    assert dialog.refund_button.text() == "Refund €12.00…"
    click(qtbot, dialog.refund_button)
    pin = dialog.pin_dialog
    assert pin is not None and pin.isVisible()

    qtbot.keyClicks(pin.reason_edit, "Chipped handle")
    for digit in "1111":
        click(qtbot, pin.keys[digit])
    click(qtbot, pin.ok_button)
    qtbot.waitUntil(lambda: pin.notice.tone == "danger" and not pin.busy)
    assert pin.notice.text() == "That manager PIN is not right"
    assert "not right" in dialog.notice.text()
    assert scalar(db, "SELECT COUNT(*) FROM refunds") == 0
    assert pin.isVisible() and pin.pin() == "" and pin.reason() == "Chipped handle"

    qtbot.keyClicks(pin.pin_edit, MANAGER_PIN)
    with qtbot.waitSignals(
        [shop.ctx.events.refund_completed, shop.ctx.events.catalog_changed], timeout=10_000
    ):
        click(qtbot, pin.ok_button)
    assert dialog.completed is not None
    assert dialog.pin_dialog is None
    assert dialog.done_label.text() == (
        "Refunded €12.00 — €6.15 back to card, €5.85 cash from the drawer"
    )

    [refund] = rows(db, "SELECT id, amount, tip, cashier, approved_by, reason FROM refunds")
    assert tuple(refund)[1:] == (1200, 0, "Ana", "manager", "Chipped handle")
    tenders = rows(
        db,
        "SELECT method, amount FROM refund_tenders WHERE refund_id = :r ORDER BY method",
        r=refund.id,
    )
    assert [tuple(t) for t in tenders] == [("card", 615), ("cash", 585)]
    [audit] = rows(
        db,
        "SELECT actor, approved_by, reason, subject_id FROM audit_log WHERE action = 'sale.refund'",
    )
    assert tuple(audit) == ("Ana", "manager", "Chipped handle", shop.mugs.id)
    assert stock_by_sku(db)["MUG"] == 20 - 3 + 1

    target = tmp_path / "refund.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    click(qtbot, dialog.receipt_button)
    qtbot.waitUntil(lambda: dialog.saved_receipt is not None, timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")

    # The rest of the sale: two mugs and the tip are left.
    again = open_refund(qtbot, shop, shop.mugs.id)
    stepper = again.lines_panel.steppers[line.sale_line_id]
    assert stepper.spin.maximum() == 2
    click(qtbot, again.everything_button)
    assert again.quantities() == {line.sale_line_id: 2}
    assert again.tip_check.isChecked()
    assert again.amount_label.text() == "€27.00"  # 24.00 of goods + the 3.00 tip


def test_void_returns_the_stock_and_a_voided_sale_cannot_be_refunded(
    qtbot: QtBot, shop: Shop
) -> None:
    db = shop.ctx.db
    assert stock_by_sku(db)["TEE-S"] == 8
    dialog = VoidSaleDialog(shop.ctx, shop.tees.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.void_button.isEnabled())
    assert dialog.void_button.text() == "Void sale 2…"
    click(qtbot, dialog.void_button)
    pin = dialog.pin_dialog
    assert pin is not None
    qtbot.keyClicks(pin.reason_edit, "Rang up the wrong size")
    qtbot.keyClicks(pin.pin_edit, MANAGER_PIN)
    with qtbot.waitSignal(shop.ctx.events.catalog_changed, timeout=10_000):
        click(qtbot, pin.ok_button)
    assert dialog.voided is not None and dialog.voided.cash_back == 5000
    assert "€50.00 cash from the drawer" in dialog.notice.text()
    assert stock_by_sku(db)["TEE-S"] == 10
    [void] = rows(db, "SELECT approved_by, reason, cashier FROM sale_voids")
    assert tuple(void) == ("manager", "Rang up the wrong size", "Ana")

    refund = open_refund(qtbot, shop, shop.tees.id)
    assert refund.notice.text() == "Sale 2 was voided; there is nothing to refund"
    assert not refund.refund_button.isEnabled()
    assert not refund.everything_button.isEnabled()


def test_a_sale_with_refunds_cannot_be_voided(qtbot: QtBot, shop: Shop) -> None:
    from popuppos.services import refunds

    sale = refunds.sale_for_refund(shop.ctx.db, shop.mugs.id)
    refunds.refund_sale(
        shop.ctx.db,
        shop.mugs.id,
        {sale.lines[0].sale_line_id: 1},
        refund_tip=False,
        reason="test",
        cashier="Ana",
        manager_pin=MANAGER_PIN,
    )
    dialog = VoidSaleDialog(shop.ctx, shop.mugs.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.sale is not None)
    assert dialog.notice.text() == "Sale 1 has refunds; refund the rest instead"
    assert not dialog.void_button.isEnabled()


def test_sales_history_lists_searches_and_offers_the_right_actions(
    qtbot: QtBot, shop: Shop
) -> None:
    from popuppos.services import voids

    voids.void_sale(shop.ctx.db, shop.tees.id, reason="x", cashier="Ana", manager_pin=MANAGER_PIN)
    dialog = SalesHistoryDialog(shop.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loads >= 1)
    table = dialog.table
    assert table.rowCount() == 2
    first = [table.item(0, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
    assert first[0] == "#2" and first[4] == "€50.00" and first[7] == "Voided"
    second = [table.item(1, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
    assert second[5] == "€3.00" and second[6] == "Card + Cash" and second[7] == "Paid"

    dialog.select_sale(shop.tees.id)
    assert not dialog.refund_button.isEnabled() and not dialog.void_button.isEnabled()
    dialog.select_sale(shop.mugs.id)
    assert dialog.refund_button.isEnabled() and dialog.void_button.isEnabled()
    click(qtbot, dialog.refund_button)
    assert isinstance(dialog.child, RefundDialog)
    dialog.child.reject()
    qtbot.waitUntil(lambda: dialog.child is None and dialog.loads >= 2)

    qtbot.keyClicks(dialog.search_edit, "#1")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.selected() is not None and dialog.selected().number == 1  # type: ignore[union-attr]
