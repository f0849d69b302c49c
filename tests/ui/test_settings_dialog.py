"""The Settings dialog on a real SQLite file: change each page, reopen, see it kept; every
refusal shown as a sentence with nothing saved."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hub"))

from hub_support import RunningHub, running_hub

from helpers import MANAGER_PIN, cart_of, count_rows, seed_products
from popuppos.core.tender import cash_for
from popuppos.services import calendar, checkout, shifts
from popuppos.services.calendar import SessionSpec, as_utc
from popuppos.services.first_run import FirstRunAnswers, complete_first_run
from popuppos.services.kiosk_mode import KioskMode, get_kiosk_mode
from popuppos.services.scanner_settings import ScannerSettings, get_scanner_settings
from popuppos.services.shop import get_settings, set_manager_pin, verify_manager_pin
from popuppos.store.db import Database, open_database
from popuppos.sync.state import DatabaseTokenStore, pair_device
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.pairing_dialog import PairingDialog
from popuppos.ui.qt import QApplication, QLabel, QLineEdit, Qt, QWidget
from popuppos.ui.settings.dialog import SettingsDialog
from popuppos.ui.wedge_filter import WedgeScannerFilter

CODE = "4006381333931"


class FakeClock:
    def __init__(self) -> None:
        self.now = 50_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    complete_first_run(database, FirstRunAnswers(shop_name="Tea Cart", device_name="Stall 1"))
    yield database
    wait_for_operations()
    database.close()


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db=db, settings=get_settings(db))


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningHub]:
    with running_hub(f"sqlite:///{tmp_path_factory.mktemp('hub') / 'hub.sqlite'}") as running:
        yield running


def open_dialog(qtbot: QtBot, ctx: AppContext, **kwargs: object) -> SettingsDialog:
    dialog = SettingsDialog(ctx, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    return dialog


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    assert edit.text().startswith(text)  # a currency box completes "GBP — British Pound"


def save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.save_button)
    assert dialog.notice.text() == "Saved."
    assert not dialog.save_button.isEnabled()  # nothing left to save


def try_save(qtbot: QtBot, dialog: SettingsDialog) -> str:
    """Press Save; wait for the answer; return what the dialog says."""
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    return dialog.notice.text()


def tomorrow_at(hour: int) -> datetime:
    return as_utc(datetime.combine(date.today() + timedelta(days=1), time(hour)).astimezone())


def test_every_page_changes_and_is_kept_when_reopened(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    set_manager_pin(db, MANAGER_PIN, current_pin=None, actor="Owner")
    walk = calendar.save_session(db, SessionSpec("Slow Morning Walk", tomorrow_at(10), 90, 20))
    app_scanner = WedgeScannerFilter()
    events: list[object] = []
    ctx.events.settings_changed.connect(events.append)
    dialog = open_dialog(qtbot, ctx, scanner=app_scanner)
    assert [dialog.pages.item(i).text() for i in range(dialog.pages.count())] == [
        "Shop", "Manager PIN", "Shop hub", "Customer display", "Scanner", "Kiosk mode",
    ]  # fmt: skip
    assert not dialog.save_button.isEnabled()

    shop = dialog.shop_page
    retype(qtbot, shop.name_edit, "Kiln & Thread")
    shop.address_edit.setPlainText("12 Harbour Lane\n\nGalway ")
    retype(qtbot, shop.tax_id_edit, "IE1234567T")
    retype(qtbot, shop.footer_edit, "See you at the next market!")
    retype(qtbot, shop.currency_box.lineEdit(), "GBP")
    assert shop.language_note.isHidden()
    shop.locale_box.setCurrentIndex(shop.locale_box.findData("de_DE"))
    assert not shop.language_note.isHidden()  # the words change when saved
    assert "a sale in progress keeps its screen" in shop.language_note.text()
    shop.locale_box.setCurrentIndex(shop.locale_box.findData("en_GB"))
    assert shop.sample.text() == "A price looks like £1,234.50"
    assert shop.language_note.isHidden()  # English words either way
    click(qtbot, shop.exclusive)
    click(qtbot, shop.rate.chips["13.5"])
    retype(qtbot, shop.device_edit, "Front table")
    click(qtbot, shop.tip.switch)
    assert dialog.save_button.isEnabled()

    dialog.show_page("Customer display")
    click(qtbot, dialog.display_page.time_left.switch)

    dialog.show_page("Scanner")
    page = dialog.scanner_page
    assert not app_scanner.isEnabled()  # paused while the page tests scans itself
    click(qtbot, page.gap.plus)
    click(qtbot, page.gap.plus)
    click(qtbot, page.length.plus)
    click(qtbot, page.tab.switch)

    dialog.show_page("Kiosk mode")
    assert app_scanner.isEnabled()
    kiosk = dialog.kiosk_page
    assert not kiosk.session_box.isEnabled()  # until kiosk mode is on
    click(qtbot, kiosk.switch_card.switch)
    kiosk.session_box.setCurrentIndex(kiosk.session_box.findData(walk))
    assert kiosk.session_box.currentText().startswith("Slow Morning Walk · ")
    save(qtbot, dialog)

    saved = get_settings(db)
    assert saved.shop_name == "Kiln & Thread"
    assert saved.address_lines == ("12 Harbour Lane", "Galway")
    assert (saved.tax_id, saved.receipt_footer) == ("IE1234567T", "See you at the next market!")
    assert (saved.currency, saved.locale) == ("GBP", "en_GB")
    assert saved.tax_inclusive is False and saved.default_tax_rate_bp == 1350
    assert saved.device_name == "Front table" and saved.ask_for_tip is False
    assert saved.display_time_left is False and saved.display_social_proof is True
    assert get_scanner_settings(db) == ScannerSettings(45, 5, True)
    assert app_scanner.settings.max_gap_ms == 45.0  # applied to the app's scanner at once
    assert get_kiosk_mode(db) == KioskMode(enabled=True, session_id=walk)
    assert ctx.settings == saved and events == [saved]
    dialog.close()

    again = open_dialog(qtbot, ctx)
    assert again.shop_page.name_edit.text() == "Kiln & Thread"
    assert again.shop_page.address_edit.toPlainText() == "12 Harbour Lane\nGalway"
    assert again.shop_page.currency_box.code() == "GBP"
    assert again.shop_page.exclusive.radio.isChecked()
    assert again.shop_page.rate.text() == "13.5"
    assert not again.shop_page.tip.switch.isChecked()
    assert not again.display_page.time_left.switch.isChecked()
    assert again.scanner_page.gap.value() == 45 and again.scanner_page.length.value() == 5
    assert again.kiosk_page.current() == KioskMode(enabled=True, session_id=walk)
    assert not again.save_button.isEnabled()


def test_the_currency_is_locked_once_there_are_sales_and_a_late_change_is_refused(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    items = seed_products(db)
    dialog = open_dialog(qtbot, ctx)
    shop = dialog.shop_page
    assert shop.currency_box.isEnabled()  # no sales yet
    retype(qtbot, shop.currency_box.lineEdit(), "USD")
    retype(qtbot, shop.name_edit, "Renamed")

    # meanwhile the till sells (or another stall's sale arrives by sync)
    shifts.open_shift(db, opened_by="Ann", opening_float=0)
    cart = cart_of(items["MUG"].line())
    due = cart.priced().total
    checkout.complete_sale(db, cart, [cash_for(due, due)], cashier="Ann")
    shifts.close_shift(db, counted_cash=due, closed_by="Ann")
    before = count_rows(db)

    said = try_save(qtbot, dialog)
    assert said == (
        "Not saved: This shop has sales in EUR, so its currency cannot change to USD: their "
        "amounts are recorded in EUR. Keep EUR, or start a new shop database for selling in "
        "another currency."
    )
    assert count_rows(db) == before
    assert get_settings(db).shop_name == "Tea Cart"  # the whole save was refused
    assert dialog.save_button.isEnabled()  # the changes are still there to fix
    dialog.close()

    again = open_dialog(qtbot, ctx)
    assert not again.shop_page.currency_box.isEnabled()
    note = again.shop_page.currency_note
    assert note.isVisible()
    assert note.text() == (
        "This shop has sales in EUR, so its currency stays EUR: their amounts are recorded in it."
    )


def test_values_that_cannot_be_used_are_refused_with_a_sentence(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    dialog = open_dialog(qtbot, ctx)
    shop = dialog.shop_page
    before = count_rows(db)
    shop.name_edit.clear()
    assert try_save(qtbot, dialog) == "Type your shop's name; it goes on every receipt."
    retype(qtbot, shop.name_edit, "Tea Cart 2")
    retype(qtbot, shop.rate.edit, "twenty")
    assert try_save(qtbot, dialog) == "“twenty” is not a percent; type a number like 20 or 13.5."
    retype(qtbot, shop.rate.edit, "20")

    dialog.show_page("Kiosk mode")  # no manager PIN yet: the page says so, the service refuses
    assert dialog.kiosk_page.pin_note.text().startswith("Kiosk mode needs a manager PIN")
    click(qtbot, dialog.kiosk_page.switch_card.switch)
    assert try_save(qtbot, dialog) == (
        "Not saved: Set a manager PIN first: it is what lets you leave kiosk mode "
        "(Settings, Manager PIN)."
    )
    assert count_rows(db) == before  # the new name was not saved either
    assert get_settings(db).shop_name == "Tea Cart"


def test_the_manager_pin_is_set_then_changed_with_the_current_one(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    dialog = open_dialog(qtbot, ctx)
    page = dialog.show_page("Manager PIN")
    assert page is dialog.pin_page
    assert not page.current.isVisible()  # no PIN yet: nothing to confirm
    assert page.change_button.text() == "Set the PIN"
    retype(qtbot, page.new, "1357")
    retype(qtbot, page.again, "1375")
    click(qtbot, page.change_button)
    assert page.notice.text() == "The two PINs are not the same; type the new PIN again, carefully."
    retype(qtbot, page.again, "1357")
    click(qtbot, page.change_button)
    qtbot.waitUntil(lambda: page.notice.text() == "The manager PIN is set.", timeout=10_000)
    assert verify_manager_pin(db, "1357")
    assert page.current.isVisible() and page.change_button.text() == "Change the PIN"
    assert dialog.kiosk_page.pin_note.isHidden()  # kiosk mode may be switched on now

    retype(qtbot, page.current, "9999")
    retype(qtbot, page.new, "864200")
    retype(qtbot, page.again, "864200")
    click(qtbot, page.change_button)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert page.notice.text() == "That is not the current PIN; nothing was changed."
    assert verify_manager_pin(db, "1357")

    retype(qtbot, page.current, "1357")
    retype(qtbot, page.new, "864200")
    retype(qtbot, page.again, "864200")
    click(qtbot, page.change_button)
    qtbot.waitUntil(lambda: page.notice.text() == "The manager PIN was changed.", timeout=10_000)
    assert verify_manager_pin(db, "864200") and not verify_manager_pin(db, "1357")
    assert page.new.text() == "" and page.current.text() == ""


def test_the_scanner_page_says_whether_a_burst_was_a_scan(qtbot: QtBot, ctx: AppContext) -> None:
    clock = FakeClock()
    dialog = open_dialog(qtbot, ctx, scan_clock=clock)
    page = dialog.show_page("Scanner")
    assert page is dialog.scanner_page
    field = page.test_field
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)

    for char in CODE:  # a scanner: 4 ms apart, then Enter
        qtbot.keyClick(field, char)
        clock.now += 4
    with qtbot.waitSignal(page.tester.scanned, timeout=2000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(page.last_result))
    assert page.result.text() == (
        f"✓ Recognised as a scan: {CODE} (13 characters, keys at most 4 ms apart)."
    )
    assert field.text() == ""  # a scan is taken, not typed

    for char in "4006":  # a person: 150 ms apart
        clock.now += 150
        qtbot.keyClick(field, char)
    clock.now += 150
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.result.text().startswith("✕"), timeout=2000)
    assert page.result.text() == (
        "✕ Not a scan: “4006” was typed, because its keys came up to 150 ms apart, and a "
        "scan's come at most 35 ms apart. Typed by hand, that is right; from the scanner, "
        "raise the longest pause."
    )

    # a slow (Bluetooth) scanner at 60 ms: recognised once the pause allows it (not saved)
    for _ in range(6):
        click(qtbot, page.gap.plus)
    assert page.gap.shown.text() == "65 ms"
    field.setFocus()
    for char in "12345678":
        qtbot.keyClick(field, char)
        clock.now += 60
    with qtbot.waitSignal(page.tester.scanned, timeout=2000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.result.text().startswith("✓ Recognised as a scan: 12345678"))
    assert get_scanner_settings(ctx.db) == ScannerSettings()  # testing saves nothing


def test_closing_with_unsaved_changes_asks_once(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    retype(qtbot, dialog.shop_page.name_edit, "Almost renamed")
    click(qtbot, dialog.close_button)
    assert dialog.isVisible()
    assert dialog.notice.text() == (
        "You have changes that are not saved: Save changes, or Close again to leave them."
    )
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    assert get_settings(ctx.db).shop_name == "Tea Cart"


def test_other_modules_add_their_pages(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    printer = QLabel("Printer settings")
    dialog.add_page("Printer", printer)
    assert dialog.pages.item(dialog.pages.count() - 1).text() == "Printer"
    assert dialog.show_page("Printer") is printer
    assert printer.isVisible()
    with pytest.raises(KeyError):
        dialog.show_page("Nothing")


def test_the_hub_page_shows_the_pairing_and_connects_with_the_pairing_dialog(
    qtbot: QtBot, ctx: AppContext, db: Database, hub: RunningHub
) -> None:
    dialog = open_dialog(qtbot, ctx)
    page = dialog.show_page("Shop hub")
    assert page is dialog.hub_page
    qtbot.waitUntil(lambda: page.status.text() == "This stall is not connected to a shop hub.")
    click(qtbot, page.connect_button)
    assert isinstance(page.dialog, PairingDialog) and page.dialog.isVisible()
    page.dialog.reject()
    dialog.close()

    _, owner = hub.new_shop("Lantern & Loom")
    pair_device(db, hub.url, owner.create_pairing_code().code, token_store=DatabaseTokenStore(db))
    dialog = open_dialog(qtbot, ctx)
    page = dialog.show_page("Shop hub")
    qtbot.waitUntil(lambda: page.config is not None, timeout=5000)
    assert page.status.text() == f"Paired with Lantern & Loom at {hub.url}."
    assert page.state.text() == "Connected"
    assert page.connect_button.text() == "Pair again…"
