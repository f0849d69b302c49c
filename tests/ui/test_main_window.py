"""The assembled window: navigation between screens and one scanner routed to the front."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from popuppos.services import demo, shifts
from popuppos.store.db import Database, open_database
from popuppos.ui.app import build_context
from popuppos.ui.main_window import MainWindow
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QApplication


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    db: Database = open_database(tmp_path / "shop.sqlite")
    demo.load_demo_shop(db)
    shifts.open_shift(db, opened_by="Aoife", opening_float=10_000)
    w = MainWindow(build_context(db))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    assert w.sell_screen_ready()
    yield w
    wait_for_operations()
    w.close()
    db.close()


def test_the_top_bar_shows_the_open_shift(window: MainWindow, qtbot: QtBot) -> None:
    # Shift 1 is the demo's opening hour (closed), which sold from its drops.
    qtbot.waitUntil(lambda: "Shift 2 · Aoife" in window.top_bar.shift_label.full_text)
    assert window.top_bar.shift_button.text() == "Close shift"


def test_a_scan_goes_to_the_screen_in_front(window: MainWindow, qtbot: QtBot) -> None:
    window.route_scan("2045731000125")  # a demo tee's barcode
    qtbot.waitUntil(lambda: window.sell_screen.cart.item_count == 1)
    window.show_calendar()
    assert window.screens.currentWidget() is window.calendar_screen
    assert window.top_bar.calendar_nav.isChecked()
    window.route_scan("2045731000125")  # the calendar has no use for a product code
    wait_for_operations()
    QApplication.processEvents()  # deliver any queued callback before checking nothing changed
    assert window.sell_screen.cart.item_count == 1
    window.show_sell()
    assert window.screens.currentWidget() is window.sell_screen
    window.route_scan("2045731000125")
    qtbot.waitUntil(lambda: window.sell_screen.cart.item_count == 2)


def test_check_in_screen_opens_from_the_calendar_and_goes_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_calendar()
    assert window.calendar_screen is not None
    window.calendar_screen.check_in_requested.emit("no-such-session")
    assert window.checkin_screen is not None
    assert window.screens.currentWidget() is window.checkin_screen
    window.checkin_screen.back_requested.emit()
    assert window.screens.currentWidget() is window.calendar_screen


def test_the_sync_status_shows_in_the_status_bar_when_the_window_starts(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Not paired with a hub: the status bar says so, and nothing tries to sync."""
    window.start()
    qtbot.waitUntil(lambda: window.sync_status is not None)
    from popuppos.ui.sync_status import SyncStatusWidget

    status = window.sync_status
    assert isinstance(status, SyncStatusWidget)
    assert status.state_label.text() == "Not synced"
    assert not status.sync_button.isEnabled() and not status.bridge.running


def test_a_pairing_scan_goes_to_the_pairing_dialog_not_the_sell_screen(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Shop → Connect to the shop hub…: a wedge scan of the pairing QR fills the dialog
    (and tries the hub: none listens here, so it says the hub cannot be reached)."""
    from popuppos.ui.pairing_dialog import PairingDialog
    from popuppos.ui.qt import QApplication

    window.open_pairing()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PairingDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PairingDialog)
    search_before = window.sell_screen.browser.search.text()
    window.route_scan("POPUPPOS-PAIR:http://127.0.0.1:9:K7QM-2XWP-9F")
    assert dialog.url_edit.text() == "http://127.0.0.1:9"
    assert dialog.code_edit.text().replace("-", "") == "K7QM2XWP9F"
    assert window.sell_screen.browser.search.text() == search_before
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    assert "reach" in dialog.notice.text().lower(), dialog.notice.text()
    dialog.reject()


def test_settings_opens_from_the_shop_menu_with_printer_and_backups_pages(
    window: MainWindow, qtbot: QtBot
) -> None:
    from popuppos.services.printer_settings import PrinterSettings, save_printer_settings
    from popuppos.ui.printing.printer_page import PrinterPage
    from popuppos.ui.settings.dialog import SettingsDialog

    actions = [a.text() for a in window.top_bar.shop_button.menu().actions() if a.text()]
    assert {"Settings…", "Backups and data…", "Venue partners and statements…"} <= set(actions)
    save_printer_settings(
        window.ctx.db, PrinterSettings(kind="network", network_address="192.168.1.50:9100")
    )
    window.open_settings()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SettingsDialog)
    titles = [dialog.pages.item(i).text() for i in range(dialog.pages.count())]
    assert titles[-3:] == ["Receipt printer", "Backups and data", "Appearance"]
    [page] = dialog.findChildren(PrinterPage)
    qtbot.waitUntil(lambda: "192.168.1.50:9100" in page.summary.text())
    assert page.summary.text().startswith("Receipts print on 80 mm paper at 192.168.1.50:9100")
    dialog.reject()


def test_start_asks_for_the_float_only_when_no_shift_is_open(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from popuppos.ui.backoffice.shift_dialogs import OpenShiftDialog

    window.start()  # a shift is open: the window goes straight to selling
    wait_for_operations()
    QApplication.processEvents()
    assert not isinstance(QApplication.activeModalWidget(), OpenShiftDialog)

    db = open_database(tmp_path / "closed.sqlite")
    demo.load_demo_shop(db)  # the demo's opening shift is closed
    closed = MainWindow(build_context(db))
    qtbot.addWidget(closed)
    closed.show()
    try:
        closed.start()
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), OpenShiftDialog))
        modal = QApplication.activeModalWidget()
        assert modal is not None
        modal.close()
    finally:
        wait_for_operations()
        closed.close()
        db.close()
