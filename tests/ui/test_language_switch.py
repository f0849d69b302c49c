"""A new shop language, saved in Settings, reaches the screens already open.

The top bar and the screens visited so far are built again at once; the sell screen waits
until the sale on it is done (its cart is never lost); the live screen keeps its customer
display open and changes on its next visit after that.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from popuppos.core import i18n as core_i18n
from popuppos.services import demo, shifts
from popuppos.services.catalog import catalog_items
from popuppos.store.db import Database, open_database
from popuppos.ui.app import build_context
from popuppos.ui.i18n import apply_language, use_shop_language
from popuppos.ui.main_window import MainWindow
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QLabel, QLocale, Qt, QWidget
from popuppos.ui.settings.dialog import SettingsDialog


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    before = QLocale()
    db = open_database(tmp_path / "shop.sqlite")
    demo.load_demo_shop(db)
    shifts.open_shift(db, opened_by="Aoife", opening_float=10_000)
    ctx = build_context(db)
    use_shop_language(ctx)  # as run_app does: English (en_IE), following Settings after
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    assert win.sell_screen_ready()
    yield win
    wait_for_operations()
    apply_language("en_IE")
    QLocale.setDefault(before)
    core_i18n.install_translator(None)
    db.close()


def texts(widget: QWidget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel)}


def choose_german(qtbot: QtBot, win: MainWindow) -> None:
    """Shop → Settings…, Language and region: Deutsch (Deutschland), Save."""
    win.open_settings()
    dialog = win.findChild(SettingsDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    box = dialog.shop_page.locale_box
    box.setCurrentIndex(box.findData("de_DE"))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.close()


def add_mug(win: MainWindow, db: Database) -> None:
    mug = next(i for i in catalog_items(db) if i.name == "Morning Ritual Mug")
    win.sell_screen.controller.add(mug, mug.variants[0])


def test_a_new_language_reaches_the_open_screens_and_waits_for_the_sale(
    qtbot: QtBot, window: MainWindow
) -> None:
    win, db = window, window.ctx.db
    win.show_screen("drops")
    metrics = win.show_screen("metrics")
    assert "Metrics" in texts(metrics)
    win.show_sell()
    add_mug(win, db)
    sell = win.sell_screen
    assert win.top_bar.sell_nav.text() == "Sell"

    choose_german(qtbot, win)
    qtbot.waitUntil(lambda: win.top_bar.sell_nav.text() == "Verkauf", timeout=5000)
    assert win.top_bar.shift_button.text() == "Schicht schließen"
    assert win.top_bar.sell_nav.isChecked()  # the same tab stays chosen
    # The sale in progress keeps its screen, its cart and its words.
    assert win.sell_screen is sell and len(sell.cart.lines) == 1
    assert sell.search.placeholderText().startswith("Search")  # built in English
    assert "metrics" not in win.lazy_screens  # rebuilt on its next visit
    assert "Kennzahlen" in texts(win.show_screen("metrics"))
    assert win.top_bar.metrics_nav.isChecked()

    win.show_sell()
    sell.clear_sale()  # the sale is done: now the sell screen changes too
    qtbot.waitUntil(lambda: win.sell_screen is not sell, timeout=5000)
    assert win.screens.currentWidget() is win.sell_screen
    assert win.sell_screen.pay_button.text() == "Bezahlen"
    assert win.sell_screen.search.placeholderText().startswith("Produkt suchen")
    qtbot.waitUntil(lambda: win.sell_screen.loaded, timeout=10_000)
    add_mug(win, db)  # and sells as before
    assert len(win.sell_screen.cart.lines) == 1


def test_the_customer_display_stays_open_through_a_new_language(
    qtbot: QtBot, window: MainWindow
) -> None:
    win = window
    live = win.show_screen("live")
    display = live.open_customer_display()  # type: ignore[attr-defined]
    qtbot.waitExposed(display)
    choose_german(qtbot, win)
    qtbot.waitUntil(lambda: win.top_bar.live_nav.text() == "Live", timeout=5000)
    qtbot.waitUntil(lambda: win.top_bar.sell_nav.text() == "Verkauf", timeout=5000)
    assert win.lazy_screens["live"] is live and display.isVisible()  # customers keep it
    assert "Go live" in texts(live)
    display.close()
    qtbot.waitUntil(lambda: live.display is None, timeout=5000)  # type: ignore[attr-defined]
    win.show_sell()
    again = win.show_screen("live")  # the first visit after the display closed
    qtbot.waitUntil(lambda: win.lazy_screens.get("live") not in (None, live), timeout=5000)
    assert "Live gehen" in texts(win.lazy_screens["live"])
    assert again is live  # shown first, then built again in German and shown in its place
