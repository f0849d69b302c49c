"""Settings → Appearance: a tap saves the look for this device and shows it at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from popuppos.services.appearance import get_appearance, save_appearance
from popuppos.services.shop import get_settings
from popuppos.store.db import Database, open_database
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QApplication, QPalette, Qt
from popuppos.ui.settings.appearance_page import AppearancePage
from popuppos.ui.settings.dialog import PAGE_WIDTH, SettingsDialog
from popuppos.ui.theme import apply_theme, palettes, render_stylesheet


@pytest.fixture
def db(tmp_path: Path, qapp: QApplication) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    yield database
    wait_for_operations()
    database.close()
    apply_theme(qapp, "light")  # what every other test expects


def page_for(qtbot: QtBot, db: Database) -> AppearancePage:
    page = AppearancePage(AppContext(db=db, settings=get_settings(db)))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded)
    return page


def test_it_shows_the_kept_choice_and_a_tap_saves_and_applies_dark(
    qtbot: QtBot, db: Database, qapp: QApplication
) -> None:
    save_appearance(db, "system")
    page = page_for(qtbot, db)
    assert page.cards["system"].radio.isChecked()
    assert all(card.radio.accessibleName() for card in page.cards.values())

    with qtbot.waitSignal(page.applied, timeout=5000) as saved:
        qtbot.mouseClick(page.cards["dark"].radio, Qt.MouseButton.LeftButton)
    assert saved.args == ["dark"]
    assert get_appearance(db) == "dark"
    assert qapp.property("theme") == "dark"
    assert qapp.styleSheet() == render_stylesheet("dark")
    window = qapp.palette().color(QPalette.ColorRole.Window).name()
    assert window == palettes()["dark"]["window"]
    assert page.cards["dark"].property("selected") == "true"
    assert page.notice.isVisible() and "Saved" in page.notice.text()

    with qtbot.waitSignal(page.applied, timeout=5000):
        qtbot.mouseClick(page.cards["light"], Qt.MouseButton.LeftButton)
    assert get_appearance(db) == "light"
    assert qapp.property("theme") == "light"


def test_it_can_be_added_to_the_settings_dialog(qtbot: QtBot, db: Database) -> None:
    ctx = AppContext(db=db, settings=get_settings(db))
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    page = AppearancePage(ctx)
    dialog.add_page("Appearance", page, max_width=PAGE_WIDTH)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded and page.loaded)
    assert dialog.show_page("Appearance") is page
    with qtbot.waitSignal(page.applied, timeout=5000):
        qtbot.mouseClick(page.cards["dark"].radio, Qt.MouseButton.LeftButton)
    assert not dialog.has_changes()  # saved on its own: nothing waits for "Save changes"
    assert get_appearance(db) == "dark"
