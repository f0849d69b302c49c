"""Shop → Receipt printer…: real widgets, a real SQLite file, a real printer socket."""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from fake_printer import FakePrinter, refusing_address
from helpers import rows
from popuppos.services.printer_settings import PrinterSettings, get_printer_settings
from popuppos.services.shop import get_settings, save_settings
from popuppos.store.db import Database, open_database
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.printing.printer_dialog import PrinterSettingsDialog
from popuppos.ui.qt import QAbstractButton, Qt


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    save_settings(database, shop_name="Kiln & Thread", currency="EUR", locale="en_IE")
    yield database
    wait_for_operations()
    database.close()


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    fake = FakePrinter()
    yield fake
    fake.close()


@pytest.fixture
def dialog(qtbot: QtBot, db: Database) -> Iterator[PrinterSettingsDialog]:
    ctx = AppContext(db=db, settings=get_settings(db), cashier="Aoife")
    d = PrinterSettingsDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    qtbot.waitUntil(lambda: d.loaded is not None and d.preview.png is not None)
    yield d
    wait_for_operations()
    qtbot.wait(1)


def click(qtbot: QtBot, b: QAbstractButton) -> None:
    assert b.isVisible() and b.isEnabled(), b.text()
    qtbot.mouseClick(b, Qt.MouseButton.LeftButton)


def choose_network(qtbot: QtBot, d: PrinterSettingsDialog, address: str) -> None:
    click(qtbot, d.form.kind_buttons[1])
    assert d.form.address_stack.currentWidget() is d.form.network_edit
    d.form.network_edit.setText(address)


def png_width(png: bytes | None) -> int:
    if png is None:
        return 0
    with Image.open(BytesIO(png)) as picture:
        return int(picture.width)


def printer_keys(db: Database) -> list[object]:
    return [r[0] for r in rows(db, "SELECT key FROM settings WHERE key LIKE 'printer.%'")]


def test_a_fresh_stall_has_no_printer_and_shows_the_test_receipt(
    dialog: PrinterSettingsDialog,
) -> None:
    assert dialog.form.kind_buttons[0].isChecked()
    assert not dialog.test_button.isEnabled() and not dialog.drawer_button.isEnabled()
    assert dialog.form.paper_buttons[1].isChecked()  # 80 mm
    assert dialog.preview.image.pixmap() is not None and not dialog.preview.image.pixmap().isNull()
    assert png_width(dialog.preview.png) == 576 + 32


def test_test_print_and_open_drawer_reach_the_printer(
    qtbot: QtBot, dialog: PrinterSettingsDialog, printer: FakePrinter, db: Database
) -> None:
    choose_network(qtbot, dialog, printer.address)
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: "Test receipt printed" in dialog.notice.text())
    assert dialog.notice.text() == f"Test receipt printed on {printer.address}."
    assert dialog.notice.tone == "success"
    qtbot.waitUntil(lambda: len(printer.jobs) == 1)
    assert "Crème brûlée".encode("cp858") in printer.jobs[0]

    click(qtbot, dialog.drawer_button)
    qtbot.waitUntil(lambda: len(printer.jobs) == 2)
    assert printer.jobs[1] == b"\x1bp\x00\x32\x32"
    qtbot.waitUntil(lambda: dialog.notice.text() == "The drawer was sent its pulse.")
    assert printer_keys(db) == []  # trying is not saving


def test_a_printer_that_is_off_is_said_in_the_dialog(
    qtbot: QtBot, dialog: PrinterSettingsDialog
) -> None:
    held, address = refusing_address()
    try:
        choose_network(qtbot, dialog, address)
        click(qtbot, dialog.test_button)
        qtbot.waitUntil(lambda: dialog.notice.tone == "danger")
    finally:
        held.close()
    assert dialog.notice.text().startswith(
        f"The receipt printer at {address} refused the connection: is it switched on"
    )
    assert dialog.test_button.isEnabled()


def test_a_wrong_address_is_not_saved(
    qtbot: QtBot, dialog: PrinterSettingsDialog, db: Database
) -> None:
    choose_network(qtbot, dialog, "printer.local:99999")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.notice.tone == "danger")
    assert dialog.notice.text() == "99999 is not a network port (1 to 65535; printers use 9100)"
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert printer_keys(db) == []


def test_save_keeps_every_choice(
    qtbot: QtBot, dialog: PrinterSettingsDialog, db: Database, tmp_path: Path
) -> None:
    choose_network(qtbot, dialog, "192.168.1.50")
    click(qtbot, dialog.form.paper_buttons[0])
    dialog.form.charset_combo.setCurrentIndex(dialog.form.charset_combo.findData("cyrillic"))
    dialog.form.qr_combo.setCurrentIndex(dialog.form.qr_combo.findData("pass"))
    dialog.form.link_edit.setText("https://kiln.example/r/{number}")
    dialog.form.drawer_cash.setChecked(False)
    logo = tmp_path / "logo.png"
    Image.new("RGB", (800, 200), (0, 0, 0)).save(logo)
    dialog.load_logo(logo)
    qtbot.waitUntil(lambda: dialog.form.logo_png is not None)
    assert dialog.form.logo_remove.isVisible()
    # the preview follows the paper: 58 mm is 384 dots wide
    qtbot.waitUntil(lambda: png_width(dialog.preview.png) == 384 + 32)

    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        click(qtbot, dialog.save_button)
    stored = get_printer_settings(db)
    assert saved.args[0] == stored
    assert stored == PrinterSettings(
        kind="network",
        network_address="192.168.1.50",
        paper_mm=58,
        character_set="cyrillic",
        logo_png=dialog.form.logo_png,
        qr="pass",
        receipt_link="https://kiln.example/r/{number}",
        drawer_on_cash=False,
    )
    assert stored.target_text() == "192.168.1.50:9100"


def test_a_logo_that_is_not_an_image_keeps_the_old_one(
    qtbot: QtBot, dialog: PrinterSettingsDialog, tmp_path: Path
) -> None:
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"certainly not a PNG")
    dialog.load_logo(bad)
    qtbot.waitUntil(lambda: dialog.notice.tone == "danger")
    assert dialog.notice.text() == (
        "The file logo.png is not an image PopupPOS can read (use PNG, JPEG, GIF or BMP)"
    )
    assert dialog.form.logo_png is None and dialog.form.logo_label.text() == "No logo"
