"""The payment dialog on its own: tips, cash with change, card with a reference, splits.

The dialog writes nothing; these tests drive its real widgets and read ``tenders``/``tip``.
"""

from __future__ import annotations

import sys

import PySide6
import pytest
from pytestqt.qtbot import QtBot

from popuppos.core.money import format_money
from popuppos.core.tender import TenderMethod
from popuppos.ui.qt import QPushButton, Qt
from popuppos.ui.sell.tender_dialog import TenderDialog

if sys.version_info < (3, 12) and PySide6.__version__ == "6.12.0":  # pragma: no cover
    # PySide6 6.12.0 drops a reference to None per void call on 3.11 (see
    # tests/ui/test_qt_binding.py); painting a screen makes thousands. Pin None.
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


def euro(minor: int) -> str:
    return format_money(minor, "EUR", "en_IE")


@pytest.fixture
def make_dialog(qtbot: QtBot):  # type: ignore[no-untyped-def]
    def make(total: int, *, ask_tip: bool = False) -> TenderDialog:
        dialog = TenderDialog(total, euro, "EUR", ask_tip=ask_tip)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    assert button.height() >= 44
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_quick_cash_pays_and_gives_change(qtbot: QtBot, make_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(1250)
    assert dialog.pages.currentWidget() is dialog.method_page
    assert dialog.due_label.text() == euro(1250)
    click(qtbot, dialog.cash_button)
    amounts = [b.property("amount") for b in dialog.quick_buttons]
    assert amounts == [1250, 1300, 1500, 2000]
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.quick_buttons[-1])
    [tender] = dialog.tenders
    assert (tender.method, tender.amount, tender.tendered) == (TenderMethod.CASH, 1250, 2000)
    assert dialog.change == 750
    assert dialog.tip == 0


def test_typed_cash_shows_change_and_refuses_bad_input(qtbot: QtBot, make_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(1250)
    click(qtbot, dialog.cash_button)
    field = dialog.cash_field
    qtbot.keyClicks(field.edit, "12,5x")
    click(qtbot, dialog.take_cash_button)
    assert field.error.isVisible()
    assert "not an amount" in field.error.text()
    assert field.edit.property("invalid") == "true"
    assert dialog.result() == 0 and not dialog.tenders

    field.edit.clear()
    assert not field.error.isVisible()
    qtbot.keyClicks(field.edit, "10")
    assert dialog.change_caption.text() == "Short by"
    click(qtbot, dialog.take_cash_button)
    assert "less than" in field.error.text()
    assert not dialog.tenders

    field.edit.clear()
    assert field.keypad is not None
    for key in ("2", "0"):  # the on-screen keypad
        click(qtbot, field.keypad.buttons[key])
    assert field.text() == "20"
    assert dialog.change_label.text() == euro(750)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert dialog.tenders[0].tendered == 2000


def test_card_with_a_reference(qtbot: QtBot, make_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(4500)
    click(qtbot, dialog.card_button)
    assert euro(4500) in dialog.card_heading.text()
    qtbot.keyClicks(dialog.card_reference, "AUTH 8841")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.card_done_button)
    [tender] = dialog.tenders
    assert (tender.method, tender.amount, tender.reference) == (
        TenderMethod.CARD,
        4500,
        "AUTH 8841",
    )
    assert tender.tendered is None


def test_tip_of_ten_percent_then_card(qtbot: QtBot, make_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(2000, ask_tip=True)
    assert dialog.pages.currentWidget() is dialog.tip_page
    assert euro(200) in dialog.tip_buttons[1000].text()
    click(qtbot, dialog.tip_buttons[1000])
    assert dialog.tip == 200
    assert dialog.due_label.text() == euro(2200)
    click(qtbot, dialog.card_button)
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.card_done_button)
    assert dialog.tenders[0].amount == 2200


def test_custom_and_no_tip(qtbot: QtBot, make_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(2000, ask_tip=True)
    qtbot.keyClicks(dialog.tip_custom.edit, "100")  # more than twice the sale
    click(qtbot, dialog.tip_custom_button)
    assert "twice the sale" in dialog.tip_custom.error.text()
    assert dialog.pages.currentWidget() is dialog.tip_page
    dialog.tip_custom.edit.clear()
    qtbot.keyClicks(dialog.tip_custom.edit, "1.50")
    click(qtbot, dialog.tip_custom_button)
    assert dialog.tip == 150

    other = make_dialog(2000, ask_tip=True)
    click(qtbot, other.no_tip_button)
    assert other.tip == 0 and other.pages.currentWidget() is other.method_page


def test_split_card_then_cash(qtbot: QtBot, make_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(5000)
    click(qtbot, dialog.split_button)
    qtbot.keyClicks(dialog.split_field.edit, "60")
    click(qtbot, dialog.split_card_button)
    assert "more than" in dialog.split_field.error.text()
    dialog.split_field.edit.clear()
    qtbot.keyClicks(dialog.split_field.edit, "30")
    click(qtbot, dialog.split_card_button)
    click(qtbot, dialog.card_done_button)
    assert dialog.pages.currentWidget() is dialog.method_page
    assert dialog.due_caption.text() == "Left to pay"
    assert dialog.due_label.text() == euro(2000)
    assert "Card" in dialog.paid_label.text()
    click(qtbot, dialog.cash_button)
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.quick_buttons[0])  # exact
    assert [(t.method, t.amount) for t in dialog.tenders] == [
        (TenderMethod.CARD, 3000),
        (TenderMethod.CASH, 2000),
    ]


def test_half_button_and_cash_part_with_change(qtbot: QtBot, make_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(3001)
    click(qtbot, dialog.split_button)
    click(qtbot, dialog.half_button)
    assert dialog.split_field.peek() == 1501
    click(qtbot, dialog.split_cash_button)
    assert dialog.due_caption.text() == "This part"
    qtbot.keyClicks(dialog.cash_field.edit, "20")
    click(qtbot, dialog.take_cash_button)
    assert dialog.remaining == 1500
    click(qtbot, dialog.card_button)
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.card_done_button)
    assert sum(t.amount for t in dialog.tenders) == 3001
    assert dialog.change == 499


def test_cancel_after_a_part_was_paid_warns_first(qtbot: QtBot, make_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(5000)
    click(qtbot, dialog.split_button)
    qtbot.keyClicks(dialog.split_field.edit, "10")
    click(qtbot, dialog.split_card_button)
    click(qtbot, dialog.card_done_button)
    click(qtbot, dialog.cancel_button)
    assert dialog.isVisible()
    assert "already taken" in dialog.notice.text()
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, dialog.cancel_button)
