"""The sell screen's keys work (F2 / Ctrl+F search, F3 / Shift+F3 discounts, F4 pay, F5 cash,
F7 card, F6 member, F8 park, Shift+F8 resume, Esc, Ctrl+= / Ctrl+- / Delete on the selected
line, Ctrl+Up / Ctrl+Down, Ctrl+Backspace, Enter / Ctrl+N / Ctrl+P on the receipt), the
payment dialog's (F5, F7, Enter), each button names its key, and so do the main window's
screen keys (Ctrl+1..6)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from popuppos.core.money import format_money
from popuppos.core.tender import TenderMethod
from popuppos.services.catalog import CatalogItem, catalog_items
from popuppos.services.demo import load_demo_shop
from popuppos.services.shifts import open_shift
from popuppos.store.db import Database, open_database
from popuppos.ui.app import build_context
from popuppos.ui.main_window import MainWindow
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QApplication, QPrintDialog, Qt, QWidget
from popuppos.ui.sell.discount_dialog import DiscountDialog
from popuppos.ui.sell.member_picker import MemberPicker
from popuppos.ui.sell.parked import ParkDialog, ResumeDialog
from popuppos.ui.sell.sell_screen import SellScreen
from popuppos.ui.sell.tender_dialog import TenderDialog
from popuppos.ui.theme import apply_theme


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, qapp: QApplication) -> Iterator[MainWindow]:
    apply_theme(qapp, "light")
    db: Database = open_database(tmp_path / "shop.sqlite")
    load_demo_shop(db)
    open_shift(db, opened_by="Aoife", opening_float=15_000)
    win = MainWindow(build_context(db))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    assert win.sell_screen_ready()
    yield win
    wait_for_operations()
    qtbot.wait(1)
    db.close()  # (qtbot closes the window)


def items(win: MainWindow) -> dict[str, CatalogItem]:
    return {i.name: i for i in catalog_items(win.ctx.db)}


def press(
    qtbot: QtBot, win: MainWindow, key: Qt.Key, mod: Qt.KeyboardModifier | None = None
) -> None:
    """A window shortcut (offscreen does not re-activate a window after a dialog)."""
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    target = QApplication.focusWidget() or win
    qtbot.keyClick(target, key, mod or Qt.KeyboardModifier.NoModifier)


def press_in(
    qtbot: QtBot, window: QWidget, key: Qt.Key, mod: Qt.KeyboardModifier | None = None
) -> None:
    """A key in a dialog (its shortcuts and its focused field)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, mod or Qt.KeyboardModifier.NoModifier)


CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def quantities(screen: SellScreen) -> list[int]:
    return [line.quantity for line in screen.cart.lines]


def paying(qtbot: QtBot, screen: SellScreen) -> TenderDialog:
    qtbot.waitUntil(lambda: screen.tender_dialog() is not None)
    dialog = screen.tender_dialog()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def close_dialog(qtbot: QtBot, screen: SellScreen) -> None:
    dialog = screen.dialog
    assert dialog is not None
    dialog.reject()
    qtbot.waitUntil(lambda: screen.dialog is None)


def test_sell_screen_keys(qtbot: QtBot, window: MainWindow) -> None:
    screen = window.sell_screen
    mug, tee = items(window)["Morning Ritual Mug"], items(window)["Slow Mornings Tee"]

    screen.pay_button.setFocus()
    press(qtbot, window, Qt.Key.Key_F2)
    qtbot.waitUntil(screen.search.hasFocus)
    qtbot.keyClicks(screen.search, "mug")
    press(qtbot, window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.search.text() == "")

    screen.controller.add(mug, mug.variants[0])
    screen.controller.add(tee, tee.variants[0])
    assert len(screen.cart.lines) == 2
    press(qtbot, window, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(screen.cart.lines) == 1)
    assert screen.cart.lines[0].name == mug.name  # the last line went

    press(qtbot, window, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, MemberPicker))
    close_dialog(qtbot, screen)

    press(qtbot, window, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ParkDialog))
    close_dialog(qtbot, screen)

    screen.ask_tip = False
    press(qtbot, window, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: screen.tender_dialog() is not None)
    dialog = screen.tender_dialog()
    assert dialog is not None
    dialog.cash_button.click()
    dialog.quick_buttons[-1].click()
    qtbot.waitUntil(lambda: screen.showing_receipt, timeout=10_000)
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.showing_receipt)
    assert screen.cart.is_empty


def test_line_and_discount_keys(qtbot: QtBot, window: MainWindow) -> None:
    screen = window.sell_screen
    mug, tee = items(window)["Morning Ritual Mug"], items(window)["Slow Mornings Tee"]
    screen.pay_button.setFocus()
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(screen.search.hasFocus)

    screen.controller.add(mug, mug.variants[0])
    screen.controller.add(tee, tee.variants[0])
    assert screen.cart_panel.current_row() == 1  # the newest line is the selected one
    press(qtbot, window, Qt.Key.Key_Equal, CTRL)
    qtbot.waitUntil(lambda: quantities(screen) == [1, 2])
    press(qtbot, window, Qt.Key.Key_Minus, CTRL)
    qtbot.waitUntil(lambda: quantities(screen) == [1, 1])
    press(qtbot, window, Qt.Key.Key_Minus, CTRL)  # never below one: Delete takes it off
    qtbot.wait(20)
    assert quantities(screen) == [1, 1]

    press(qtbot, window, Qt.Key.Key_Up, CTRL)
    assert screen.cart_panel.current_row() == 0
    press(qtbot, window, Qt.Key.Key_Equal, CTRL)
    qtbot.waitUntil(lambda: quantities(screen) == [2, 1])

    press(qtbot, window, Qt.Key.Key_F3, SHIFT)  # the selected line's discount
    qtbot.waitUntil(lambda: isinstance(screen.dialog, DiscountDialog))
    assert screen.dialog is not None and mug.name in screen.dialog.windowTitle()
    close_dialog(qtbot, screen)
    press(qtbot, window, Qt.Key.Key_F3)  # the whole sale's
    qtbot.waitUntil(lambda: isinstance(screen.dialog, DiscountDialog))
    assert screen.dialog is not None and "whole sale" in screen.dialog.windowTitle()
    close_dialog(qtbot, screen)

    # Delete while typing edits the search text; in the empty field it takes the line off
    screen.search.setFocus()
    qtbot.keyClicks(screen.search, "ab")
    qtbot.keyClick(screen.search, Qt.Key.Key_Home)
    press(qtbot, window, Qt.Key.Key_Delete)
    assert screen.search.text() == "b" and len(screen.cart.lines) == 2
    screen.search.clear()
    press(qtbot, window, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: [line.name for line in screen.cart.lines] == [tee.name])
    screen.controller.add(mug, mug.variants[0])
    press(qtbot, window, Qt.Key.Key_Up, CTRL)  # the tee, and Delete away from any field
    screen.pay_button.setFocus()
    press(qtbot, window, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: [line.name for line in screen.cart.lines] == [mug.name])

    press(qtbot, window, Qt.Key.Key_F8, SHIFT)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ResumeDialog))
    close_dialog(qtbot, screen)


def test_pay_by_card_and_cash_keys_and_the_receipt_keys(qtbot: QtBot, window: MainWindow) -> None:
    screen = window.sell_screen
    mug = items(window)["Morning Ritual Mug"]
    screen.ask_tip = False
    screen.controller.add(mug, mug.variants[0])
    total = screen.cart.priced().total

    press(qtbot, window, Qt.Key.Key_F7)  # straight to the card page
    dialog = paying(qtbot, screen)
    assert dialog.pages.currentWidget() is dialog.card_page
    press_in(qtbot, dialog, Qt.Key.Key_Return)  # the terminal said Approved
    qtbot.waitUntil(lambda: screen.showing_receipt, timeout=10_000)
    assert [(t.method, t.amount) for t in dialog.tenders] == [(TenderMethod.CARD, total)]

    qtbot.waitUntil(lambda: screen.receipt.data is not None, timeout=10_000)
    press(qtbot, window, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: bool(screen.receipt.findChildren(QPrintDialog)))
    for found in screen.receipt.findChildren(QPrintDialog):
        found.reject()
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: not screen.showing_receipt)
    assert screen.search.hasFocus()

    screen.controller.add(mug, mug.variants[0])
    press(qtbot, window, Qt.Key.Key_F5)  # straight to the cash page
    dialog = paying(qtbot, screen)
    assert dialog.pages.currentWidget() is dialog.cash_page
    press_in(qtbot, dialog, Qt.Key.Key_Return)  # nothing typed: the exact amount
    qtbot.waitUntil(lambda: screen.showing_receipt, timeout=10_000)
    [cash] = dialog.tenders
    assert (cash.method, cash.amount, cash.tendered, cash.change) == (
        TenderMethod.CASH,
        total,
        total,
        0,
    )


def test_payment_dialog_keys(qtbot: QtBot, window: MainWindow) -> None:
    screen = window.sell_screen
    mug = items(window)["Morning Ritual Mug"]
    screen.controller.add(mug, mug.variants[0])
    total = screen.cart.priced().total

    screen.ask_tip = True
    press(qtbot, window, Qt.Key.Key_F4)
    dialog = paying(qtbot, screen)
    assert dialog.pages.currentWidget() is dialog.tip_page
    press_in(qtbot, dialog, Qt.Key.Key_F7)  # the tip is asked first, then the card page
    assert dialog.pages.currentWidget() is dialog.tip_page
    dialog.no_tip_button.click()
    assert dialog.pages.currentWidget() is dialog.card_page
    press_in(qtbot, dialog, Qt.Key.Key_F5)  # changed their mind: cash
    assert dialog.pages.currentWidget() is dialog.cash_page
    too_little = format_money(total - 100, "EUR", "en_IE").replace("€", "")
    dialog.cash_field.set_text(too_little)  # (typed fast, the scanner filter would take it)
    press_in(qtbot, dialog, Qt.Key.Key_Return)  # not enough: said so, nothing taken
    assert dialog.cash_field.error.isVisible() and dialog.tenders == []
    dialog.cash_field.set_text("50")
    with qtbot.waitSignal(dialog.accepted):
        press_in(qtbot, dialog, Qt.Key.Key_Enter)
    assert dialog.change == 5000 - total
    qtbot.waitUntil(lambda: screen.showing_receipt, timeout=10_000)


def test_buttons_name_their_keys(qtbot: QtBot, window: MainWindow) -> None:
    screen = window.sell_screen
    mug = items(window)["Morning Ritual Mug"]
    screen.controller.add(mug, mug.variants[0])
    row = screen.cart_panel.rows[0]
    tips = {
        screen.pay_button.toolTip(): "Pay (F4)",
        screen.discount_button.toolTip(): "Discount (F3)",
        screen.park_button.toolTip(): "Park the sale (F8)",
        screen.resume_button.toolTip(): "Parked sales (Shift+F8)",
        screen.member_button.toolTip(): "Add member (F6)",
        row.plus.toolTip(): "One more (Ctrl+=)",
        row.minus.toolTip(): "One less (Ctrl+-)",
        row.trash.toolTip(): "Remove the line (Del)",
        row.toolTip(): "Tap for a line discount (Shift+F3)",
        screen.receipt.print_button.toolTip(): "Print (Ctrl+P)",
        screen.receipt.new_sale_button.toolTip(): "New sale (Enter, Ctrl+N)",
    }
    for shown, expected in tips.items():
        assert shown == expected
    screen.ask_tip = False
    press(qtbot, window, Qt.Key.Key_F4)
    dialog = paying(qtbot, screen)
    assert dialog.cash_button.toolTip() == "Cash (F5)"
    assert dialog.card_button.toolTip() == "Card (F7)"
    assert dialog.take_cash_button.toolTip() == "Take cash (Enter)"
    assert dialog.card_done_button.toolTip() == "Card approved (Enter)"
    dialog.reject()


def test_main_window_screen_keys(qtbot: QtBot, window: MainWindow) -> None:
    for key, name in (
        (Qt.Key.Key_3, "drops"),
        (Qt.Key.Key_4, "live"),
        (Qt.Key.Key_5, "planner"),
        (Qt.Key.Key_6, "metrics"),
    ):
        press(qtbot, window, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda n=name: window.screens.currentWidget() is window.lazy_screens.get(n))
    press(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.calendar_screen)
    press(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.sell_screen)
