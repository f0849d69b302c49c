"""The first-run setup, driven by clicks and typing on a real, new SQLite file."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hub"))

from hub_support import RunningHub, running_hub

from helpers import scalar
from popuppos.services.demo import DEMO_MANAGER_PIN
from popuppos.services.shop import ShopSettings, get_settings, verify_manager_pin
from popuppos.store.db import Database, open_database
from popuppos.sync.state import DatabaseTokenStore, load_config
from popuppos.ui.context import AppContext
from popuppos.ui.first_run import FirstRunWizard, needs_first_run
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QDialog, QLineEdit, Qt, QWidget


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "new.sqlite")
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


def open_wizard(qtbot: QtBot, ctx: AppContext, **kwargs: object) -> FirstRunWizard:
    wizard = FirstRunWizard(ctx, token_store=DatabaseTokenStore(ctx.db), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, edit: QLineEdit, text: str, *, replace: bool = False) -> None:
    """Type as a person does; the wizard's scanner filter hands the keys over a moment later."""
    edit.setFocus()
    if replace:
        edit.selectAll()
    expected = text if replace else edit.text() + text
    qtbot.keyClicks(edit, text)
    qtbot.waitUntil(lambda: edit.text().startswith(expected), timeout=3000)


def next_step(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    before = wizard.stack.currentIndex()
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.stack.currentIndex() == before + 1, timeout=3000)


def skip_step(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    before = wizard.stack.currentIndex()
    click(qtbot, wizard.skip_button)
    assert wizard.stack.currentIndex() == before + 1


def finish(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    with qtbot.waitSignal(wizard.completed, timeout=10_000):
        click(qtbot, wizard.next_button)
    assert wizard.result() == QDialog.DialogCode.Accepted


def test_the_whole_setup_by_clicks_and_typing(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    assert needs_first_run(db)
    printers_opened: list[QWidget] = []
    wizard = open_wizard(qtbot, ctx, printer_setup=printers_opened.append)
    assert not wizard.footer.isVisible()  # the welcome has its own two big buttons
    click(qtbot, wizard.welcome.own_button)

    assert wizard.step_text() == "Step 1 of 7"
    assert not wizard.skip_button.isVisible()  # the shop's name cannot be skipped
    type_into(qtbot, wizard.name_page.edit, "Kiln & Thread")
    next_step(qtbot, wizard)

    assert wizard.step_text() == "Step 2 of 7"
    assert not wizard.skip_button.isVisible()
    currency = wizard.money_page.currency_box
    type_into(qtbot, currency.lineEdit(), "GBP", replace=True)
    assert currency.code() == "GBP"
    wizard.money_page.locale_box.setCurrentIndex(wizard.money_page.locale_box.findData("en_GB"))
    assert wizard.money_page.sample.text() == "£1,234.50"
    next_step(qtbot, wizard)

    assert wizard.step_text() == "Step 3 of 7"
    click(qtbot, wizard.tax_mode_page.exclusive)  # a tap anywhere on the card
    assert wizard.tax_mode_page.exclusive.radio.isChecked()
    next_step(qtbot, wizard)

    click(qtbot, wizard.tax_rate_page.rate.chips["20"])
    assert wizard.tax_rate_page.rate.text() == "20"
    assert wizard.tax_rate_page.rate.chips["20"].isChecked()
    next_step(qtbot, wizard)

    assert wizard.step_text() == "Step 5 of 7"
    type_into(qtbot, wizard.pin_page.pin, "975310")
    type_into(qtbot, wizard.pin_page.again, "975310")
    next_step(qtbot, wizard)

    assert wizard.step_text() == "Step 6 of 7"
    skip_step(qtbot, wizard)  # no hub

    assert wizard.step_text() == "Step 7 of 7"
    assert wizard.printer_page is not None
    click(qtbot, wizard.printer_page.button)
    assert printers_opened == [wizard.printer_page]
    next_step(qtbot, wizard)

    assert wizard.step_text() == "All set"
    assert wizard.next_button.text() == "Open the shop"
    assert wizard.done_page.text() == (
        "Shop: Kiln & Thread · this stall is “Stall 1”\n"
        "Money: GBP — British Pound · English (United Kingdom) · £1,234.50\n"
        "Prices: Tax is added at the till\n"
        "Usual tax rate: 20 % (added at the till)\n"
        "Manager PIN: Set\n"
        "Shop hub: Not connected: this stall works on its own\n"
        "Printer: Set up"
    )
    finish(qtbot, wizard)

    assert wizard.outcome == "own"
    saved = get_settings(db)
    assert (saved.shop_name, saved.currency, saved.locale) == ("Kiln & Thread", "GBP", "en_GB")
    assert saved.tax_inclusive is False and saved.default_tax_rate_bp == 2000
    assert verify_manager_pin(db, "975310")
    assert ctx.settings == saved  # the app goes on with what was saved
    assert not needs_first_run(db)


def test_each_answer_is_checked_with_a_sentence_before_going_on(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    wizard = open_wizard(qtbot, ctx)
    click(qtbot, wizard.welcome.own_button)
    click(qtbot, wizard.next_button)  # no name
    assert wizard.step_text() == "Step 1 of 6"
    assert wizard.notice.text() == "Type your shop's name; it goes on every receipt."
    type_into(qtbot, wizard.name_page.edit, "Tea Cart")
    next_step(qtbot, wizard)
    assert wizard.notice.isHidden()

    currency = wizard.money_page.currency_box
    type_into(qtbot, currency.lineEdit(), "EUX", replace=True)
    click(qtbot, wizard.next_button)
    assert wizard.step_text() == "Step 2 of 6"
    assert wizard.notice.text().startswith("“EUX” is not a currency code PopupPOS knows")
    type_into(qtbot, currency.lineEdit(), "EUR", replace=True)
    next_step(qtbot, wizard)
    next_step(qtbot, wizard)  # tax mode as it is

    rate = wizard.tax_rate_page.rate.edit
    type_into(qtbot, rate, "150", replace=True)
    click(qtbot, wizard.next_button)
    assert wizard.notice.text() == "A tax rate is between 0 and 100 %."
    type_into(qtbot, rate, "13,5", replace=True)
    next_step(qtbot, wizard)

    type_into(qtbot, wizard.pin_page.pin, "2468")
    type_into(qtbot, wizard.pin_page.again, "2486")
    click(qtbot, wizard.next_button)
    assert wizard.notice.text() == (
        "The two PINs are not the same; type the new PIN again, carefully."
    )
    wizard.pin_page.pin.clear()
    wizard.pin_page.again.clear()
    type_into(qtbot, wizard.pin_page.pin, "246")
    type_into(qtbot, wizard.pin_page.again, "246")
    click(qtbot, wizard.next_button)
    assert wizard.notice.text() == "A PIN has at least 4 digits, so it is hard to guess."
    assert wizard.step_text() == "Step 5 of 6"

    # Back and forth keeps the answers; nothing was saved on the way
    click(qtbot, wizard.back_button)
    assert wizard.tax_rate_page.rate.text() == "13,5"
    assert needs_first_run(db) and get_settings(db) == ShopSettings()


def test_skipping_every_optional_step_keeps_the_usual_choices(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    wizard = open_wizard(qtbot, ctx)  # no printer_setup: no printer step
    click(qtbot, wizard.welcome.own_button)
    type_into(qtbot, wizard.name_page.edit, "Tea Cart")
    next_step(qtbot, wizard)
    next_step(qtbot, wizard)
    # typed, then skipped: a skipped step's answer does not count
    wizard.tax_mode_page.exclusive.radio.setChecked(True)
    for expected in ("Step 3 of 6", "Step 4 of 6", "Step 5 of 6", "Step 6 of 6"):
        assert wizard.step_text() == expected
        skip_step(qtbot, wizard)
    assert wizard.page is wizard.done_page
    assert "Manager PIN: Not set yet" in wizard.done_page.text()
    assert "Printer" not in wizard.done_page.text()
    finish(qtbot, wizard)

    saved = get_settings(db)
    assert saved.shop_name == "Tea Cart"
    assert saved.tax_inclusive is True and saved.default_tax_rate_bp == 2000
    assert scalar(db, "SELECT COUNT(*) FROM settings WHERE key = 'manager_pin_hash'") == 0
    assert not needs_first_run(db)


def test_the_demo_shop_path(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    wizard = open_wizard(qtbot, ctx)
    with qtbot.waitSignal(wizard.completed, timeout=20_000) as done:
        click(qtbot, wizard.welcome.demo_button)
        assert wizard.welcome.demo_button.text() == "Setting up the demo shop…"
        assert not wizard.welcome.own_button.isEnabled()
    assert done.args == ["demo"]
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert scalar(db, "SELECT COUNT(*) FROM products") > 10
    assert verify_manager_pin(db, DEMO_MANAGER_PIN)
    assert ctx.settings.shop_name == get_settings(db).shop_name != ShopSettings().shop_name
    assert not needs_first_run(db)


def test_escape_does_not_throw_the_answers_away(qtbot: QtBot, ctx: AppContext) -> None:
    wizard = open_wizard(qtbot, ctx)
    click(qtbot, wizard.welcome.own_button)
    type_into(qtbot, wizard.name_page.edit, "Tea Cart")
    qtbot.keyClick(wizard.name_page.edit, Qt.Key.Key_Escape)
    assert wizard.isVisible() and wizard.name_page.edit.text() == "Tea Cart"


def test_the_hub_step_pairs_with_a_scan_or_typed_code(
    qtbot: QtBot, ctx: AppContext, db: Database, hub: RunningHub
) -> None:
    _, owner = hub.new_shop("Lantern & Loom")
    wizard = open_wizard(qtbot, ctx)
    click(qtbot, wizard.welcome.own_button)
    type_into(qtbot, wizard.name_page.edit, "Lantern stall")
    next_step(qtbot, wizard)
    for _ in range(3):  # currency, tax mode, tax rate as they are
        next_step(qtbot, wizard)
    skip_step(qtbot, wizard)  # no PIN
    assert wizard.page is wizard.hub_page

    # a scan that is not a pairing code says so and changes nothing
    wizard.handle_scan("4006381333931")
    assert "not a PopupPOS pairing code" in wizard.hub_page.notice.text()

    # a code typed wrong: one sentence from the hub, still on this step
    wizard.hub_page.device_edit.clear()
    type_into(qtbot, wizard.hub_page.device_edit, "Front table")
    type_into(qtbot, wizard.hub_page.url_edit, hub.url)
    type_into(qtbot, wizard.hub_page.code_edit, "ZZZZ-ZZZZ-ZZ")
    click(qtbot, wizard.next_button)  # Next with a typed code connects first
    qtbot.waitUntil(
        lambda: not wizard.hub_page.busy and "not valid" in wizard.hub_page.notice.text(),
        timeout=15_000,
    )
    assert wizard.page is wizard.hub_page and load_config(db) is None

    # the pairing QR, scanned: fills both fields and pairs at once
    code = owner.create_pairing_code().code
    wizard.handle_scan(f"POPUPPOS-PAIR:{hub.url}:{code}")
    qtbot.waitUntil(lambda: wizard.hub_page.config is not None, timeout=15_000)
    assert wizard.hub_page.notice.text() == (
        "Paired with Lantern & Loom. This stall will sync with the shop hub."
    )
    config = load_config(db)
    assert config is not None and config.shop_name == "Lantern & Loom"
    assert get_settings(db).device_name == "Front table"  # the hub lists it by this name
    next_step(qtbot, wizard)
    assert "Shop hub: Paired with Lantern & Loom" in wizard.done_page.text()
    finish(qtbot, wizard)
    assert get_settings(db).device_name == "Front table"
