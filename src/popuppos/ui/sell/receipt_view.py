"""After a sale: the change to hand back (big), the sale's lines, Save PDF, Print, New sale.

A sale with a member pass attached shows which lines had the member's discount and the
member saving (also printed in the receipt's footer); a sale that sold passes shows each
one with its QR ("Pass issued to Zoë · Show QR · Save card").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from popuppos.documents.data import ReceiptData
from popuppos.services import receipts
from popuppos.services.checkout import CompletedSale
from popuppos.store.db import Database
from popuppos.ui.backoffice.common import ask_save_path, write_file
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.passes.issued import IssuedPasses
from popuppos.ui.printing.receipt_bar import ReceiptPrinterBar
from popuppos.ui.qt import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPrintDialog,
    QPrinter,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.member_sale import MemberNote, with_member_footer
from popuppos.ui.sell.receipt_print import print_receipt
from popuppos.ui.sell.widgets import accent_colour, error_qss, label, make_button
from popuppos.ui.theme import follow_theme

Money = Callable[[int], str]


class ReceiptView(QFrame):
    """Shown in place of the cart once a sale is recorded; ``new_sale`` asks for the next one."""

    new_sale = Signal()

    def __init__(self, db: Database, money: Money, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.setAccessibleName(translate("sell/receipt_view", "Receipt"))
        self._db = db
        self._money = money
        self.sale: CompletedSale | None = None
        self.note: MemberNote | None = None
        self.data: ReceiptData | None = None
        self._printer: QPrinter | None = None

        box = QVBoxLayout(self)
        box.setContentsMargins(24, 22, 24, 20)
        box.setSpacing(6)
        self.check = label("✓", "ReceiptCheck")
        follow_theme(
            self.check,
            lambda: self.check.setStyleSheet(
                f"font-size: 30px; font-weight: 700; color: {accent_colour()};"
            ),
        )
        box.addWidget(self.check)
        self.caption = label("", "TotalCaption")
        box.addWidget(self.caption)
        self.headline = label("", "ChangeDue")
        self.headline.setStyleSheet("font-size: 44px; font-weight: 800;")
        box.addWidget(self.headline)
        self.subline = label("", "Muted", wrap=True)
        box.addWidget(self.subline)
        self.passes = IssuedPasses(db)
        box.addWidget(self.passes)
        box.addSpacing(10)

        self.lines_box = QWidget()
        self.lines_grid = QGridLayout(self.lines_box)
        self.lines_grid.setContentsMargins(0, 0, 8, 0)
        self.lines_grid.setHorizontalSpacing(12)
        self.lines_grid.setVerticalSpacing(6)
        self.lines_grid.setColumnStretch(0, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.lines_box)
        scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        box.addWidget(scroll, 1)

        self.status = label("", "Muted", wrap=True)
        self.status.hide()
        box.addWidget(self.status)
        self.thermal = ReceiptPrinterBar(db)  # prints on the stall's receipt printer, if any
        box.addWidget(self.thermal)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.pdf_button = make_button(
            translate("sell/receipt_view", "Save PDF"), icon_name="receipt"
        )
        self.pdf_button.setObjectName("SavePdfButton")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button = make_button(
            translate("sell/receipt_view", "Print"), icon_name="receipt"
        )
        self.print_button.setObjectName("PrintButton")
        self.print_button.clicked.connect(self.print_receipt)
        row.addWidget(self.pdf_button)
        row.addWidget(self.print_button)
        box.addLayout(row)
        self.new_sale_button = make_button(
            translate("sell/receipt_view", "New sale"), role="primary", large=True
        )
        self.new_sale_button.setObjectName("NewSaleButton")
        self.new_sale_button.setToolTip(translate("sell/receipt_view", "Enter"))
        self.new_sale_button.clicked.connect(self.new_sale)
        box.addWidget(self.new_sale_button)

    # -- showing ----------------------------------------------------------------------------
    def show_sale(
        self, sale: CompletedSale, methods: str = "", note: MemberNote | None = None
    ) -> None:
        self.sale, self.data, self.note = sale, None, note
        money = self._money
        if sale.change:
            self.caption.setText(translate("sell/receipt_view", "Change due"))
            self.headline.setText(money(sale.change))
        else:
            self.caption.setText(translate("sell/receipt_view", "Paid"))
            self.headline.setText(money(sale.paid))
        parts = [
            translate("sell/receipt_view", "Sale {number}").format(number=sale.number),
            translate("sell/receipt_view", "{amount} paid").format(amount=money(sale.paid)),
        ]
        if methods:
            parts.append(methods)
        if sale.tip:
            parts.append(
                translate("sell/receipt_view", "tip {amount}").format(amount=money(sale.tip))
            )
        self.subline.setText(" · ".join(parts))
        self._set_status("")
        self.thermal.reset()
        self._clear_lines()
        for b in (self.pdf_button, self.print_button):
            b.setEnabled(False)
        self.passes.show_passes(sale.passes)
        sale_id = sale.id
        run_operation(
            self,
            lambda: receipts.receipt_data(self._db, sale_id),
            on_success=lambda data: self._show_data(sale_id, data),
            on_failure=lambda exc: self._set_status(message_for(exc), problem=True),
        )
        self.new_sale_button.setFocus()

    def _show_data(self, sale_id: str, data: ReceiptData) -> None:
        if self.sale is None or self.sale.id != sale_id:
            return
        self.data = with_member_footer(data, self.note, self._money)
        money = self._money
        self._clear_lines()
        labels = self.note.lines if self.note else {}
        n = 0
        for position, line in enumerate(data.lines):
            name = f"{line.name} · {line.variant}" if line.variant else line.name
            text = QLabel(f"{line.quantity} × {name}")
            text.setWordWrap(True)
            amount = QLabel(money(line.total))
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.lines_grid.addWidget(text, n, 0)
            self.lines_grid.addWidget(amount, n, 1)
            n += 1
            if position in labels:
                member = label(labels[position], "LineDiscount")
                member.setProperty("badge", "member")
                self.lines_grid.addWidget(member, n, 0, Qt.AlignmentFlag.AlignLeft)
                n += 1
        for caption, value in self._summary(data):
            self.lines_grid.addWidget(label(caption, "Muted"), n, 0)
            value_label = label(value, "Muted")
            value_label.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.lines_grid.addWidget(value_label, n, 1)
            n += 1
        self.lines_grid.setRowStretch(n, 1)
        for b in (self.pdf_button, self.print_button):
            b.setEnabled(True)
        self.thermal.sale_ready(sale_id, self.data)

    def _summary(self, data: ReceiptData) -> list[tuple[str, str]]:
        money = self._money
        rows = []
        if data.discount_total:
            rows.append(
                (translate("sell/receipt_view", "Discounts"), f"−{money(data.discount_total)}")
            )
        if self.note is not None:
            rows.append((translate("sell/receipt_view", "Member saving"), money(self.note.saving)))
        rows.append(
            (
                translate("sell/receipt_view", "Incl. tax")
                if data.tax_inclusive
                else translate("sell/receipt_view", "Tax"),
                money(data.tax_total),
            )
        )
        for t in data.tenders:
            method = f"{t.method} · {t.reference}" if t.reference else t.method
            rows.append((method, money(t.tendered if t.tendered is not None else t.amount)))
        return rows

    def _clear_lines(self) -> None:
        while self.lines_grid.count():
            item = self.lines_grid.takeAt(0)
            if item is not None and (w := item.widget()) is not None:
                w.deleteLater()

    def _set_status(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(error_qss() if problem else "")
        self.status.setVisible(bool(text))

    # -- documents --------------------------------------------------------------------------
    def save_pdf(self) -> None:
        if self.sale is None:
            return
        path = ask_save_path(
            self,
            translate("sell/receipt_view", "Save the receipt"),
            translate("sell/receipt_view", "receipt-{number}.pdf").format(number=self.sale.number),
            ".pdf",
        )
        if path is not None:
            self.save_pdf_to(path)

    def save_pdf_to(self, path: Path) -> None:
        """Render the receipt PDF and write it to ``path``, both on a worker."""
        if self.sale is None:
            return
        sale_id, db, note, money = self.sale.id, self._db, self.note, self._money
        self._set_status(translate("sell/receipt_view", "Saving the PDF…"))

        def render() -> bytes:
            from popuppos.documents.receipt_pdf import render_receipt_pdf

            data = receipts.receipt_data(db, sale_id)
            return render_receipt_pdf(with_member_footer(data, note, money))

        run_operation(
            self,
            lambda: write_file(path, render()),
            on_success=lambda saved: self._set_status(
                translate("sell/receipt_view", "Saved {name} in {parent}").format(
                    name=saved.name, parent=saved.parent
                )
            ),
            on_failure=lambda exc: self._set_status(message_for(exc), problem=True),
        )

    def print_receipt(self) -> None:
        if self.data is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer = printer
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(translate("sell/receipt_view", "Print the receipt"))
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.finished.connect(dialog.deleteLater)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_to(self, printer: QPrinter) -> None:
        if self.data is None:
            return
        try:
            print_receipt(printer, self.data)
        except Exception as exc:  # a printer problem is reported, never a crash
            self._set_status(
                translate("sell/receipt_view", "The receipt could not be printed ({exc}).").format(
                    exc=exc
                ),
                problem=True,
            )
        else:
            self._set_status(translate("sell/receipt_view", "Sent to the printer."))
