"""After a sale the receipt goes to the thermal printer by itself; a printer that is off
says so without blocking the next sale, the sale stays, and Reprint prints it later.

Real widgets (the sell screen, Shop → Sales), a real SQLite file and a real TCP printer
(``FakePrinter`` on 127.0.0.1).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_sell_screen import open_tender, tap

from fake_printer import FakePrinter, refusing_address
from helpers import rows
from popuppos.documents.escpos_preview import read_escpos
from popuppos.services.catalog import ProductSpec, VariantSpec, catalog_items, save_product
from popuppos.services.printer_settings import PrinterSettings, save_printer_settings
from popuppos.services.shifts import open_shift
from popuppos.services.shop import get_settings, save_settings
from popuppos.store.db import Database, open_database
from popuppos.ui.backoffice.sales_history import SalesHistoryDialog
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QAbstractButton, Qt
from popuppos.ui.sell.sell_screen import SellScreen

PULSE = b"\x1bp\x00\x32\x32"


@dataclass
class Till:
    screen: SellScreen
    db: Database


@pytest.fixture
def till(qtbot: QtBot, tmp_path: Path) -> Iterator[Till]:
    db = open_database(tmp_path / "shop.sqlite")
    save_settings(db, shop_name="Kiln & Thread", currency="EUR", locale="en_IE")
    save_product(
        db, ProductSpec("Crème brûlée candle", "Home", 2300, (VariantSpec("", "C", 1800, 9),))
    )
    open_shift(db, opened_by="Aoife", opening_float=10_000)
    ctx = AppContext(db=db, settings=get_settings(db), cashier="Aoife")
    screen = SellScreen(ctx)
    screen.ask_tip = False
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.waitUntil(lambda: screen.loaded)
    yield Till(screen, db)
    wait_for_operations()
    qtbot.wait(1)
    db.close()


def click(qtbot: QtBot, b: QAbstractButton) -> None:
    assert b.isVisible() and b.isEnabled(), b.text()
    qtbot.mouseClick(b, Qt.MouseButton.LeftButton)


def sell_candle_for_cash(qtbot: QtBot, till: Till) -> str:
    """Sell one candle (€18.00) for a €20 note; the sale's id once the receipt shows."""
    [candle] = catalog_items(till.db)
    tap(qtbot, till.screen, candle)
    dialog = open_tender(qtbot, till.screen)
    click(qtbot, dialog.cash_button)
    [twenty] = [b for b in dialog.quick_buttons if b.property("amount") == 2000]
    with qtbot.waitSignal(till.screen.ctx.events.sale_completed, timeout=5000) as done:
        click(qtbot, twenty)
    qtbot.waitUntil(lambda: till.screen.showing_receipt and till.screen.receipt.data is not None)
    return str(done.args[0].id)


def network(db: Database, address: str) -> None:
    save_printer_settings(db, PrinterSettings(kind="network", network_address=address))


def test_the_receipt_prints_after_a_cash_sale_and_opens_the_drawer(
    qtbot: QtBot, till: Till
) -> None:
    printer = FakePrinter()
    try:
        network(till.db, printer.address)
        bar = till.screen.receipt.thermal
        with qtbot.waitSignal(bar.printed, timeout=10_000):
            sell_candle_for_cash(qtbot, till)
        qtbot.waitUntil(lambda: len(printer.jobs) == 1)
    finally:
        printer.close()
    job = printer.jobs[0]
    assert PULSE in job[:20]  # the drawer opens as the receipt starts
    text = read_escpos(job).text()
    assert "Crème brûlée candle" in text
    assert next(ln for ln in text.splitlines() if ln.startswith("TOTAL")).endswith("€18.00")
    assert bar.isVisible() and bar.banner.text() == f"Receipt printed on {printer.address}."
    assert bar.reprint_button.text() == "Reprint"


def test_a_printer_that_is_off_says_so_the_sale_stays_and_reprint_prints_it(
    qtbot: QtBot, till: Till
) -> None:
    held, address = refusing_address()
    bar = till.screen.receipt.thermal
    try:
        network(till.db, address)
        with qtbot.waitSignal(bar.failed, timeout=10_000) as failed:
            sale_id = sell_candle_for_cash(qtbot, till)
    finally:
        held.close()
    message = (
        f"The receipt printer at {address} refused the connection: is it switched on, and is "
        "that its address? The sale is saved; print the receipt again with Reprint."
    )
    assert failed.args == [message]
    assert bar.banner.isVisible() and bar.banner.text() == message
    assert bar.banner.tone == "danger"
    # the sale is recorded and the screen is not blocked: the next sale can start
    assert rows(till.db, "SELECT id, total FROM sales") == [(sale_id, 1800)]
    assert till.screen.receipt.new_sale_button.isEnabled()
    assert till.screen.receipt.headline.text() == "€2.00"  # the change is still shown

    printer = FakePrinter()  # the printer is switched on (at another address)
    try:
        network(till.db, printer.address)
        with qtbot.waitSignal(bar.printed, timeout=10_000):
            click(qtbot, bar.reprint_button)
        qtbot.waitUntil(lambda: len(printer.jobs) == 1)
    finally:
        printer.close()
    assert PULSE not in printer.jobs[0]  # a reprint leaves the drawer shut
    assert "Crème brûlée candle" in read_escpos(printer.jobs[0]).text()
    assert bar.banner.tone == "success"


def test_without_a_thermal_printer_the_bar_stays_hidden(qtbot: QtBot, till: Till) -> None:
    sell_candle_for_cash(qtbot, till)
    bar = till.screen.receipt.thermal
    qtbot.waitUntil(lambda: bar.settings is not None)
    assert not bar.isVisible()
    assert till.screen.receipt.print_button.isVisible()  # the print dialog is still there


def test_shop_sales_prints_an_earlier_receipt(qtbot: QtBot, till: Till) -> None:
    sell_candle_for_cash(qtbot, till)
    printer = FakePrinter()
    try:
        network(till.db, printer.address)
        history = SalesHistoryDialog(till.screen.ctx)
        qtbot.addWidget(history)
        history.show()
        qtbot.waitUntil(lambda: history.loads >= 1 and history.thermal_button.isEnabled())
        click(qtbot, history.thermal_button)
        qtbot.waitUntil(lambda: history.notice.tone == "success")
        qtbot.waitUntil(lambda: len(printer.jobs) == 1)
    finally:
        printer.close()
    assert history.notice.text() == f"Receipt of sale 1 printed on {printer.address}."
    assert PULSE not in printer.jobs[0]
