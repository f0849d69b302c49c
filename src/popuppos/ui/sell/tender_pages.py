"""The payment dialog's pages: how the customer pays, the cash received, the card, a split part.

Each page is the widgets and what they show. The flow (what is due, which page comes next,
recording each payment) is :class:`popuppos.ui.sell.tender_dialog.TenderDialog`'s: it connects
the buttons. The sentences keep the dialog's translation context, ``sell/tender_dialog``.
"""

from __future__ import annotations

from collections.abc import Callable

from popuppos.core.tender import quick_cash_amounts
from popuppos.ui.i18n import translate
from popuppos.ui.qt import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget, Signal
from popuppos.ui.sell.keypad import AmountField
from popuppos.ui.sell.widgets import label, make_button, with_key

Money = Callable[[int], str]


def _column(page: QWidget) -> QVBoxLayout:
    box = QVBoxLayout(page)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(12)
    return box


def _enter_button(text: str, name: str) -> QPushButton:
    """A page's big primary button, the one Enter presses too."""
    button = make_button(text, role="primary", large=True)
    button.setObjectName(name)
    button.setToolTip(with_key(text, "Enter"))
    return button


class MethodPage(QWidget):
    """Cash (F5), card (F7), or a split of both."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = _column(self)
        box.addWidget(
            label(translate("sell/tender_dialog", "How is the customer paying?"), "Heading")
        )
        self.cash_button = make_button(
            translate("sell/tender_dialog", "Cash"), large=True, icon_name="cash"
        )
        self.card_button = make_button(
            translate("sell/tender_dialog", "Card"), large=True, icon_name="card"
        )
        self.split_button = make_button(
            translate("sell/tender_dialog", "Split payment"), icon_name="receipt"
        )
        self.cash_button.setObjectName("CashButton")
        self.card_button.setObjectName("CardButton")
        self.cash_button.setToolTip(with_key(translate("sell/tender_dialog", "Cash"), "F5"))
        self.card_button.setToolTip(with_key(translate("sell/tender_dialog", "Card"), "F7"))
        self.split_button.setObjectName("SplitButton")
        for b in (self.cash_button, self.card_button):
            b.setMinimumHeight(96)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.cash_button)
        row.addWidget(self.card_button)
        box.addLayout(row)
        box.addWidget(self.split_button)
        box.addStretch(1)


class CashPage(QWidget):
    """Cash received: a big button per likely note, another amount typed, the change due.

    ``quick(amount)``: a note button was tapped.
    """

    quick = Signal(object)  # an int in minor units (a Qt int would stop at 2**31)

    def __init__(self, money: Money, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._money = money
        self._currency = currency
        self.part = 0  # what this page takes
        box = _column(self)
        self.heading = label(translate("sell/tender_dialog", "Cash received"), "Heading")
        box.addWidget(self.heading)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(10)
        self.quick_row = QVBoxLayout()  # the likely notes, one big button each
        self.quick_row.setSpacing(10)
        left.addLayout(self.quick_row)
        left.addStretch(1)
        self.change_caption = label("", "TotalCaption")
        self.change_label = label("", "ChangeDue")
        self.change_label.setStyleSheet("font-size: 30px; font-weight: 800;")
        left.addWidget(self.change_caption)
        left.addWidget(self.change_label)
        columns.addLayout(left, 1)
        self.quick_buttons: list[QPushButton] = []
        self.cash_field = AmountField(
            currency, translate("sell/tender_dialog", "Other amount"), object_name="CashEdit"
        )
        self.cash_field.changed.connect(self.preview)
        columns.addWidget(self.cash_field, 1)
        box.addLayout(columns)
        box.addStretch(1)
        self.take_cash_button = _enter_button(
            translate("sell/tender_dialog", "Take cash"), "TakeCashButton"
        )
        box.addWidget(self.take_cash_button)

    def start(self, part: int) -> None:
        """Ready to take ``part`` in cash: the likely notes for it, nothing typed."""
        self.part = part
        while self.quick_row.count():
            taken = self.quick_row.takeAt(0)
            if taken is not None and (w := taken.widget()) is not None:
                w.deleteLater()
        self.quick_buttons = []
        for n, amount in enumerate(quick_cash_amounts(part, self._currency)):
            text = (
                translate("sell/tender_dialog", "Exact  {amount}").format(
                    amount=self._money(amount)
                )
                if n == 0
                else self._money(amount)
            )
            b = make_button(text, role="primary" if n == 0 else None, large=True)
            b.setObjectName("QuickCash")
            b.setProperty("amount", amount)
            b.setMinimumHeight(64)
            b.clicked.connect(lambda _=False, a=amount: self.quick.emit(a))
            self.quick_row.addWidget(b)
            self.quick_buttons.append(b)
        self.cash_field.clear()
        self.heading.setText(translate("sell/tender_dialog", "Cash received"))
        self.preview()

    def preview(self) -> None:
        """The change due (or what is short) for the amount typed so far."""
        handed = self.cash_field.peek()
        if handed is None:
            caption, text = "", ""
        elif handed < self.part:
            caption, text = (
                translate("sell/tender_dialog", "Short by"),
                self._money(self.part - handed),
            )
        else:
            caption, text = (
                translate("sell/tender_dialog", "Change due"),
                self._money(handed - self.part),
            )
        self.change_caption.setText(caption)
        self.change_label.setText(text)
        self.take_cash_button.setText(
            translate("sell/tender_dialog", "Take {amount}").format(amount=self._money(handed))
            if handed is not None
            else translate("sell/tender_dialog", "Take cash")
        )


class CardPage(QWidget):
    """Taking a part on the card terminal, with its reference if the host types one."""

    def __init__(self, money: Money, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._money = money
        box = _column(self)
        self.heading = label("", "Heading")
        self.heading.setWordWrap(True)
        box.addWidget(self.heading)
        box.addWidget(
            label(
                translate(
                    "sell/tender_dialog",
                    "Taken on the card terminal. When it shows Approved, tap Card approved.",
                ),
                "Muted",
                wrap=True,
            )
        )
        self.reference = QLineEdit()
        self.reference.setObjectName("CardReference")
        self.reference.setPlaceholderText(
            translate("sell/tender_dialog", "Terminal reference (optional)")
        )
        self.reference.setMaxLength(80)
        box.addWidget(self.reference)
        box.addStretch(1)
        self.done_button = _enter_button(
            translate("sell/tender_dialog", "Card approved"), "CardApprovedButton"
        )
        box.addWidget(self.done_button)

    def start(self, part: int) -> None:
        """Ready to take ``part`` by card, no reference typed."""
        self.reference.clear()
        self.heading.setText(
            translate("sell/tender_dialog", "Take {amount} on the card terminal").format(
                amount=self._money(part)
            )
        )


class SplitPage(QWidget):
    """How much of what is left this part pays, and how (cash or card)."""

    def __init__(self, money: Money, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._money = money
        box = _column(self)
        box.addWidget(label(translate("sell/tender_dialog", "How much is paid now?"), "Heading"))
        self.split_field = AmountField(
            currency,
            translate("sell/tender_dialog", "Amount of this part"),
            object_name="SplitEdit",
        )
        self.half_button = make_button("")
        self.half_button.setObjectName("HalfButton")
        box.addWidget(self.half_button)
        box.addWidget(self.split_field)
        row = QHBoxLayout()
        self.split_card_button = make_button(
            translate("sell/tender_dialog", "This part by card"), role="primary", large=True
        )
        self.split_cash_button = make_button(
            translate("sell/tender_dialog", "This part in cash"), large=True
        )
        self.split_card_button.setObjectName("SplitCardButton")
        self.split_cash_button.setObjectName("SplitCashButton")
        row.addWidget(self.split_cash_button)
        row.addWidget(self.split_card_button)
        box.addStretch(1)
        box.addLayout(row)

    def start(self, half: int) -> None:
        """An empty amount, and the half button offering ``half``."""
        self.split_field.clear()
        self.half_button.setText(
            translate("sell/tender_dialog", "Half: {amount}").format(amount=self._money(half))
        )
