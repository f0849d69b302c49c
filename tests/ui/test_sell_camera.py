"""The third way in at the till: a pass photographed by the camera path attaches the member."""

from collections.abc import Iterator
from pathlib import Path

import pytest
import segno
from pass_shop import PassShop, open_pass_shop, show_screen
from pytestqt.qtbot import QtBot

from popuppos.ui.camera_scanner import wait_for_decodes
from popuppos.ui.qt import Qt
from popuppos.ui.sell.camera_dialog import CameraScanDialog
from popuppos.ui.sell.sell_screen import SellScreen


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[PassShop]:
    yield from open_pass_shop(tmp_path)


@pytest.fixture
def screen(qtbot: QtBot, shop: PassShop) -> Iterator[SellScreen]:
    yield from show_screen(qtbot, shop)
    wait_for_decodes()


def test_a_pass_read_by_the_camera_attaches_the_member(
    qtbot: QtBot, shop: PassShop, screen: SellScreen, tmp_path: Path
) -> None:
    token = shop.issue().token
    photo = tmp_path / "phone.png"
    segno.make(token, error="m").save(photo, scale=6, border=6)
    qtbot.mouseClick(screen.browser.camera_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, CameraScanDialog)
    with qtbot.waitSignal(dialog.code_read, timeout=10_000) as read:
        dialog.panel.scanner.decode_file(photo)  # what "Decode a photo…" does, no dialog
    assert read.args == [token]
    qtbot.waitUntil(lambda: screen.cart.member_id == shop.zoe, timeout=5_000)
    assert screen.cart.member_name == "Zoë Brennan"
    assert not dialog.isVisible()
