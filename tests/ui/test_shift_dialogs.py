"""Opening and closing a shift through the real dialogs, against a real SQLite file.

Figures worked out by hand: float €100.00; a cash sale of one Tee (€25.00, customer hands
€30.00, so €25.00 stays in the drawer) and a card sale of one Mug (€12.00). Expected cash
= 100.00 + 25.00 - 0 = €125.00. Counting €120.00 leaves the drawer €5.00 short.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from helpers import cart_of, rows, seed_products
from popuppos.core.tender import Tender, TenderMethod, cash_for
from popuppos.services import checkout, shifts
from popuppos.services.shop import get_settings
from popuppos.store.db import open_database
from popuppos.ui.backoffice.shift_dialogs import CloseShiftDialog, OpenShiftDialog
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QDialog, QFileDialog, Qt


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    db = open_database(tmp_path / "shop.sqlite")
    context = AppContext(db=db, settings=get_settings(db))
    yield context
    wait_for_operations()
    db.close()


def test_open_shift_refuses_a_float_that_is_not_an_amount_then_opens(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = OpenShiftDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Ana")
    qtbot.keyClicks(dialog.float_edit, "12.3456")
    assert dialog.float_error.isVisible()
    assert "more decimals" in dialog.float_error.text()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert shifts.current_shift(ctx.db) is None  # nothing was asked of the service

    dialog.float_edit.clear()
    qtbot.keyClicks(dialog.float_edit, "100")
    assert not dialog.float_error.isVisible()
    with qtbot.waitSignal(ctx.events.shift_changed, timeout=5000) as opened:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    info = opened.args[0] if opened.args else None
    assert info is not None and info.opened_by == "Ana" and info.opening_float == 10_000
    assert ctx.cashier == "Ana"
    assert dialog.result() == QDialog.DialogCode.Accepted
    current = shifts.current_shift(ctx.db)
    assert current is not None and current.opening_float == 10_000


def test_open_shift_shows_the_service_refusal_and_keeps_what_was_typed(
    qtbot: QtBot, ctx: AppContext
) -> None:
    shifts.open_shift(ctx.db, opened_by="Ben", opening_float=0)
    dialog = OpenShiftDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Ana")
    qtbot.keyClicks(dialog.float_edit, "50")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.notice.isVisible() and dialog.open_button.isEnabled())
    assert "already open" in dialog.notice.text()
    assert dialog.isVisible()
    assert (dialog.name_edit.text(), dialog.float_edit.text()) == ("Ana", "50")


def test_close_shift_short_count_records_the_figures_and_saves_a_z_report(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = seed_products(ctx.db)
    opener = OpenShiftDialog(ctx)
    qtbot.addWidget(opener)
    qtbot.keyClicks(opener.name_edit, "Ana")
    qtbot.keyClicks(opener.float_edit, "100.00")
    with qtbot.waitSignal(ctx.events.shift_changed, timeout=5000):
        qtbot.mouseClick(opener.open_button, Qt.MouseButton.LeftButton)

    checkout.complete_sale(
        ctx.db, cart_of(items["TEE-M"].line()), [cash_for(2500, 3000)], cashier=ctx.cashier
    )
    checkout.complete_sale(
        ctx.db,
        cart_of(items["MUG"].line()),
        [Tender(TenderMethod.CARD, 1200, reference="4242")],
        cashier=ctx.cashier,
    )

    dialog = CloseShiftDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.totals is not None)
    panel = dialog.drawer_panel
    assert panel.expected_value.text() == "€125.00"
    assert panel.cash_sales_value.text() == "€25.00"
    assert dialog.sales_value.text() == "€37.00"
    assert not dialog.close_button.isEnabled()  # nothing counted yet

    qtbot.keyClicks(panel.count_edit, "120")
    assert panel.verdict_label.text() == "Short"
    assert panel.tone == "danger"
    assert panel.difference_label.text() == "−€5.00"
    assert "b42318" in panel.verdict_label.styleSheet()  # the theme's danger colour

    # A difference needs a note: Close explains instead of closing.
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert "add a note" in dialog.notice.text()
    assert shifts.current_shift(ctx.db) is not None

    panel.closed_by_edit.clear()
    qtbot.keyClicks(panel.closed_by_edit, "Ben")
    qtbot.keyClicks(panel.note_edit, "Gave 5 too much change")
    with qtbot.waitSignal(ctx.events.shift_changed, timeout=5000) as closed_signal:
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert closed_signal.args == [None]
    assert dialog.closed is not None and ctx.cashier == ""
    assert dialog.pages.currentIndex() == 1
    assert dialog.done_text.text() == "Counted €120.00 of €125.00: Short by €5.00"
    assert shifts.current_shift(ctx.db) is None
    [close] = rows(ctx.db, "SELECT expected_cash, counted_cash, closed_by, note FROM shift_closes")
    assert tuple(close) == (12_500, 12_000, "Ben", "Gave 5 too much change")

    target = tmp_path / "reports" / "z-report"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_report is not None, timeout=10_000)
    pdf = target.with_suffix(".pdf")
    assert dialog.saved_report == pdf
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf.read_bytes())).pages)
    assert "125.00" in text  # the expected cash
    assert "120.00" in text and "Short" in text
    assert "Z report saved" in dialog.notice.text()


def test_close_shift_without_an_open_shift_says_so(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = CloseShiftDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.notice.tone == "danger")
    assert "Open a shift first" in dialog.notice.text()
    assert not dialog.close_button.isEnabled()
    assert dialog.cancel_button.isEnabled()


def test_balanced_and_over_counts(qtbot: QtBot, ctx: AppContext) -> None:
    shifts.open_shift(ctx.db, opened_by="Ana", opening_float=5_000)
    dialog = CloseShiftDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.totals is not None)
    panel = dialog.drawer_panel
    qtbot.keyClicks(panel.count_edit, "50,00")
    assert (panel.verdict_label.text(), panel.tone) == ("Balanced", "success")
    assert dialog.close_button.isEnabled() and panel.missing() == ""
    panel.count_edit.clear()
    qtbot.keyClicks(panel.count_edit, "52")
    assert (panel.verdict_label.text(), panel.difference_label.text()) == ("Over", "+€2.00")
    assert panel.note_required()
    panel.count_edit.clear()
    qtbot.keyClicks(panel.count_edit, "abc")
    assert panel.count_error.isVisible() and not dialog.close_button.isEnabled()
