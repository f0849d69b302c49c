"""On the receipt screen: the sale's receipt goes to the stall's thermal printer by itself.

``ReceiptPrinterBar.sale_ready`` is called once the receipt's data is loaded. On a worker
it reads the printer settings and, when a thermal printer is set up to print after each
sale, prints (opening the drawer for a cash sale when set to). The outcome is a message
strip that never blocks the next sale: "Receipt printed" fades by itself; a problem (the
printer is off, out of paper...) stays, in a sentence, beside a Reprint button. Open
drawer is there whenever a printer is set up. With no thermal printer the bar stays hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from popuppos.documents.data import ReceiptData
from popuppos.services.printer_settings import PrinterSettings, get_printer_settings
from popuppos.store.db import Database
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import QHBoxLayout, QVBoxLayout, QWidget, Signal
from popuppos.ui.sell.widgets import Banner, make_button

if TYPE_CHECKING:  # printing pulls in the document renderers: imported when first used
    from popuppos.services.printing import PrintResult


def _print_after_sale(
    db: Database, sale_id: str, data: ReceiptData
) -> tuple[PrinterSettings, PrintResult | None]:
    """The printer settings, and the print's result when one was due (worker thread)."""
    from popuppos.services.printing import print_sale_receipt

    settings = get_printer_settings(db)
    if not settings.configured or not settings.print_after_sale:
        return settings, None
    result = print_sale_receipt(db, sale_id, data=data, first_print=True, settings=settings)
    return settings, result


class ReceiptPrinterBar(QWidget):
    """Prints the shown sale's receipt and reports how it went (see the module docstring)."""

    printed = Signal(object)  # PrintResult
    failed = Signal(str)  # the message shown

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReceiptPrinterBar")
        self._db = db
        self._sale_id: str | None = None
        self._data: ReceiptData | None = None
        self.settings: PrinterSettings | None = None
        self.busy = False
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        self.banner = Banner()
        box.addWidget(self.banner)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.reprint_button = make_button(
            translate("printing/receipt_bar", "Reprint"), icon_name="receipt"
        )
        self.reprint_button.setObjectName("ReprintButton")
        self.reprint_button.setToolTip(
            translate("printing/receipt_bar", "Print this receipt again on the receipt printer")
        )
        self.reprint_button.clicked.connect(self.reprint)
        self.drawer_button = make_button(
            translate("printing/receipt_bar", "Open drawer"), icon_name="cash"
        )
        self.drawer_button.setObjectName("OpenDrawerButton")
        self.drawer_button.setToolTip(
            translate("printing/receipt_bar", "Open the cash drawer without printing")
        )
        self.drawer_button.clicked.connect(self.open_drawer)
        row.addWidget(self.reprint_button)
        row.addWidget(self.drawer_button)
        box.addLayout(row)
        self.hide()

    # -- a new sale --------------------------------------------------------------------------
    def reset(self) -> None:
        """Forget the last sale (a new one is being recorded)."""
        self._sale_id, self._data = None, None
        self.banner.clear()
        self.hide()

    def sale_ready(self, sale_id: str, data: ReceiptData) -> None:
        """The receipt of ``sale_id`` is shown: print it when the printer is set up to."""
        self._sale_id, self._data = sale_id, data
        self._set_busy(True)
        db = self._db
        run_operation(
            self,
            lambda: _print_after_sale(db, sale_id, data),
            on_success=lambda answer: self._after_sale(sale_id, answer),
            on_failure=lambda exc: self._failed(sale_id, exc),
        )

    def _after_sale(self, sale_id: str, answer: tuple[PrinterSettings, PrintResult | None]) -> None:
        if sale_id != self._sale_id:
            return
        self._set_busy(False)
        settings, result = answer
        self.settings = settings
        if not settings.configured:
            self.hide()
            return
        self.reprint_button.setText(
            translate("printing/receipt_bar", "Reprint")
            if result is not None
            else translate("printing/receipt_bar", "Print receipt")
        )
        self.show()
        if result is not None:
            self._printed(sale_id, result)

    # -- actions -----------------------------------------------------------------------------
    def reprint(self) -> None:
        if self._sale_id is None or self.busy:
            return
        from popuppos.services.printing import print_sale_receipt

        sale_id, data, db = self._sale_id, self._data, self._db
        self._set_busy(True)
        self.banner.show_message(translate("printing/receipt_bar", "Printing the receipt…"), "info")
        run_operation(
            self,
            lambda: print_sale_receipt(db, sale_id, data=data),
            on_success=lambda result: self._printed(sale_id, result),
            on_failure=lambda exc: self._failed(sale_id, exc),
        )

    def open_drawer(self) -> None:
        if self.busy:
            return
        from popuppos.services import printing

        db = self._db
        self._set_busy(True)
        run_operation(
            self,
            lambda: printing.open_drawer(get_printer_settings(db)),
            on_success=lambda _result: self._drawer_opened(),
            on_failure=lambda exc: self._failed(self._sale_id, exc),
        )

    # -- outcomes ----------------------------------------------------------------------------
    def _printed(self, sale_id: str, result: PrintResult) -> None:
        if sale_id != self._sale_id:
            return
        self._set_busy(False)
        self.reprint_button.setText(translate("printing/receipt_bar", "Reprint"))
        plain = result.message == "Printed."
        text = (
            translate("printing/receipt_bar", "Receipt printed on {target}.").format(
                target=result.target
            )
            if plain
            else result.message
        )
        tone = "success" if plain else "warning"
        self.banner.show_message(text, tone)
        self.show()
        self.printed.emit(result)

    def _drawer_opened(self) -> None:
        self._set_busy(False)
        self.banner.show_message(translate("printing/receipt_bar", "Drawer opened."), "success")

    def _failed(self, sale_id: str | None, exc: BaseException) -> None:
        if sale_id != self._sale_id:
            return
        self._set_busy(False)
        message = message_for(exc)
        self.reprint_button.setText(translate("printing/receipt_bar", "Reprint"))
        self.banner.show_message(message, "danger")
        self.show()
        self.failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.reprint_button.setEnabled(not busy)
        self.drawer_button.setEnabled(not busy)


def print_receipt_again(
    owner: QWidget,
    db: Database,
    sale_id: str,
    number: int,
    show: Callable[[str, str], None],
) -> None:
    """Reprint an earlier sale's receipt (Shop → Sales): ``show(text, tone)`` says how it
    went, in words, on the caller's message strip."""
    from popuppos.services.printing import print_sale_receipt

    show(
        translate("printing/receipt_bar", "Printing the receipt of sale {number}…").format(
            number=number
        ),
        "info",
    )
    run_operation(
        owner,
        lambda: print_sale_receipt(db, sale_id),
        on_success=lambda r: show(
            translate(
                "printing/receipt_bar", "Receipt of sale {number} printed on {target}."
            ).format(number=number, target=r.target),
            "success",
        ),
        on_failure=lambda exc: show(message_for(exc), "danger"),
    )
