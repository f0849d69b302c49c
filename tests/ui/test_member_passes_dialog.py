"""A member's passes: status, transfer (PIN), revoke (PIN and reason), card and sheet PDFs."""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from pass_shop import MANAGER_PIN, PassShop, click, days_ago, open_pass_shop, pdf_text, rows
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from popuppos.core.pass_token import InvalidPass, RevocationReason
from popuppos.ui.backoffice.pin_dialog import ManagerPinDialog
from popuppos.ui.passes.member_passes import MemberPassesDialog
from popuppos.ui.passes.qr_view import FullScreenQr, QrWidget, qr_matrix
from popuppos.ui.qt import Qt
from popuppos.ui.sell.member_picker import MemberPicker


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[PassShop]:
    yield from open_pass_shop(tmp_path)


def open_dialog(qtbot: QtBot, shop: PassShop, member_id: str) -> MemberPassesDialog:
    dialog = MemberPassesDialog(shop.ctx, member_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    return dialog


def enter_pin(qtbot: QtBot, pin: ManagerPinDialog, digits: str) -> None:
    for d in digits:
        click(qtbot, pin.keys[d])
    click(qtbot, pin.ok_button)


def test_passes_with_their_status_and_benefits(qtbot: QtBot, shop: PassShop) -> None:
    old = shop.issue(valid_from=days_ago(400))
    shop.issue()
    dialog = open_dialog(qtbot, shop, shop.zoe)
    assert dialog.title.text() == "Passes of Zoë Brennan"
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert texts[0].startswith("Gold membership\nActive · Valid until ")
    assert texts[1].startswith("Gold membership\nExpired · Expired on ")
    assert dialog.current() is not None and dialog.current().active  # type: ignore[union-attr]
    assert "10% off Apparel and Home" in dialog.detail_benefits.text()
    assert dialog.qr_button.isEnabled() and dialog.transfer_button.isEnabled()
    dialog.select(old.pass_id)
    assert not dialog.qr_button.isEnabled()  # an expired pass's QR would be refused

    dialog.select(dialog.passes[0].pass_id)
    click(qtbot, dialog.qr_button)
    qtbot.waitUntil(lambda: isinstance(dialog.qr_window, FullScreenQr))
    window = dialog.qr_window
    assert window is not None and window.qr.text == dialog.passes[0].token
    assert "Gold membership · valid until" in window.tier_label.text()
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton)  # a tap closes it
    qtbot.waitUntil(lambda: dialog.qr_window is None)


def test_transfer_needs_the_manager_pin(qtbot: QtBot, shop: PassShop) -> None:
    issued = shop.issue()
    dialog = open_dialog(qtbot, shop, shop.zoe)
    click(qtbot, dialog.transfer_button)
    qtbot.waitUntil(lambda: isinstance(dialog.dialog, MemberPicker))
    picker = dialog.dialog
    assert isinstance(picker, MemberPicker)
    qtbot.keyClicks(picker.search, "Kwame")
    qtbot.waitUntil(lambda: picker.results.count() == 1 and not picker.searching)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(dialog.dialog, ManagerPinDialog))
    pin = dialog.dialog
    assert isinstance(pin, ManagerPinDialog)

    enter_pin(qtbot, pin, "0000")  # wrong
    qtbot.waitUntil(lambda: pin.notice.tone == "danger" and not pin.busy)
    assert pin.isVisible() and pin.pin() == ""
    assert rows(shop.db, "select count(*) from pass_revocations") == [(0,)]
    assert shop.verify(issued.token).member_id == shop.zoe

    enter_pin(qtbot, pin, MANAGER_PIN)
    qtbot.waitUntil(lambda: dialog.new_pass is not None and dialog.loaded)
    assert dialog.dialog is None  # the PIN dialog closed
    assert "Transferred to Kwame Asante" in dialog.notice.text()
    assert (
        dialog.list.item(0)
        .text()
        .startswith("Gold membership\nRevoked · Transferred to another member on ")
    )
    assert not dialog.transfer_button.isEnabled() and not dialog.card_button.isEnabled()
    with pytest.raises(InvalidPass) as refused:
        shop.verify(issued.token)
    assert refused.value.revocation is RevocationReason.TRANSFERRED
    new = dialog.new_pass
    assert new is not None
    holder = shop.verify(new.token)
    assert (holder.member_id, holder.member_name) == (shop.kwame, "Kwame Asante")
    assert (new.valid_from, new.valid_until) == (issued.valid_from, issued.valid_until)
    click(qtbot, dialog.new_qr_button)
    qtbot.waitUntil(lambda: dialog.qr_window is not None)
    assert dialog.qr_window.qr.text == new.token  # type: ignore[union-attr]
    assert dialog.qr_window.name_label.text() == "Kwame Asante"  # type: ignore[union-attr]
    dialog.qr_window.accept()  # type: ignore[union-attr]


def test_revoke_needs_a_reason_and_the_pin(qtbot: QtBot, shop: PassShop) -> None:
    issued = shop.issue()
    dialog = open_dialog(qtbot, shop, shop.zoe)
    click(qtbot, dialog.revoke_button)
    qtbot.waitUntil(lambda: isinstance(dialog.dialog, ManagerPinDialog))
    pin = dialog.dialog
    assert isinstance(pin, ManagerPinDialog)
    for d in MANAGER_PIN:
        click(qtbot, pin.keys[d])
    assert not pin.ok_button.isEnabled()  # a reason first
    qtbot.keyClicks(pin.reason_edit, "card lost at the market")
    click(qtbot, pin.ok_button)
    qtbot.waitUntil(lambda: dialog.dialog is None and dialog.loaded)
    assert dialog.list.item(0).text().startswith("Gold membership\nRevoked · Revoked by the shop")
    assert "card lost at the market" in dialog.list.item(0).text()
    with pytest.raises(InvalidPass) as refused:
        shop.verify(issued.token)
    assert refused.value.revocation is RevocationReason.REVOKED


def test_save_card_and_a_sheet(qtbot: QtBot, shop: PassShop, tmp_path: Path) -> None:
    first, second = shop.issue(), shop.issue()
    dialog = open_dialog(qtbot, shop, shop.zoe)
    card = tmp_path / "card.pdf"
    dialog.save_card_to(first.pass_id, card)
    qtbot.waitUntil(lambda: dialog.notice.text().startswith("Saved card.pdf"))
    text = pdf_text(card)
    assert "Zoë Brennan" in text and "Gold membership" in text
    assert "Refundable in full within 14 days" in text

    dialog.list.selectAll()
    assert dialog.sheet_button.isEnabled() and not dialog.qr_button.isEnabled()
    sheet = tmp_path / "sheet.pdf"
    dialog.save_sheet_to([first.pass_id, second.pass_id], sheet)
    qtbot.waitUntil(lambda: dialog.notice.text().startswith("Saved sheet.pdf"))
    assert len(PdfReader(BytesIO(sheet.read_bytes())).pages) == 1
    assert pdf_text(sheet).count("Zoë Brennan") == 2


def test_qr_widget_paints_crisp_modules(qtbot: QtBot, shop: PassShop) -> None:
    token = shop.issue().token
    assert len(qr_matrix(token)) == 45
    widget = QrWidget(token)
    qtbot.addWidget(widget)
    widget.resize(300, 300)
    widget.show()
    qtbot.waitExposed(widget)
    rect = widget.symbol_rect()
    ratio = widget.devicePixelRatioF()
    module_px = rect.width() * ratio / (45 + 8)
    assert module_px == int(module_px) and module_px >= 5
    image = widget.grab().toImage()
    # the top-left finder pattern's corner module is black, the quiet zone white
    module = rect.width() / 53
    x, y = rect.x() + 4.5 * module, rect.y() + 4.5 * module
    assert image.pixelColor(int(x * ratio), int(y * ratio)).name() == "#000000"
    assert (
        image.pixelColor(int((rect.x() + 2) * ratio), int((rect.y() + 2) * ratio)).name()
        == "#ffffff"
    )


def test_the_painted_qr_reads_back_as_the_pass(qtbot: QtBot, shop: PassShop) -> None:
    """Decoded by zxing-cpp (what the camera scanner uses) from the pixels on screen."""
    zxingcpp = pytest.importorskip("zxingcpp")
    np = pytest.importorskip("numpy")
    token = shop.issue().token
    window = FullScreenQr(token, holder_name="Zoë Brennan", tier_name="Gold", valid_until=None)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    image = window.grab().toImage()
    raw = image.convertToFormat(image.Format.Format_Grayscale8)
    width, height = raw.width(), raw.height()
    stride = raw.bytesPerLine()
    data = bytes(raw.constBits())[: stride * height]
    pixels = b"".join(data[y * stride : y * stride + width] for y in range(height))
    found = zxingcpp.read_barcodes(np.frombuffer(pixels, dtype=np.uint8).reshape(height, width))
    assert [r.text for r in found] == [token]
