"""Taking payment: an optional tip, then cash (with change), card, or a split of both.

The dialog writes nothing. When the payments add up it ``accept()``s, and the caller reads
``tenders`` (a list of :class:`popuppos.core.tender.Tender`) and ``tip`` and records the sale.
Open it with ``open()`` (window-modal, non-blocking) and connect ``accepted``.

Pages: tip -> method -> cash | card | split part -> (method again until paid).

Keys: F5 cash, F7 card (on the tip page they pick the method the tip leads to); Enter
takes the cash typed, or the exact amount when nothing is typed, and approves the card.

The pages' widgets are in ``tender_pages.py`` (the tip page in ``tip_page.py``); this module
is the flow: what is due, which page comes next, and each payment taken.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from popuppos.core.tender import TIP_PRESETS_BP, Tender, TenderError, TenderMethod, cash_for
from popuppos.ui.i18n import translate
from popuppos.ui.qt import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QKeyEvent,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
)
from popuppos.ui.sell.tender_pages import CardPage, CashPage, MethodPage, SplitPage
from popuppos.ui.sell.tip_page import TipPage
from popuppos.ui.sell.widgets import error_qss, label, make_button, shortcut

Money = Callable[[int], str]


class TenderDialog(QDialog):
    def __init__(
        self,
        total: int,
        money: Money,
        currency: str,
        parent: QWidget | None = None,
        *,
        ask_tip: bool = True,
        tip_presets: Sequence[int] = TIP_PRESETS_BP,
        method: TenderMethod | None = None,
    ) -> None:
        """``method``: how the customer pays, when the host said so already (F5 / F7 on
        the sell screen): the dialog goes straight to it (after the tip)."""
        super().__init__(parent)
        self.setObjectName("TenderDialog")
        self.setWindowTitle(translate("sell/tender_dialog", "Take payment"))
        self.setModal(True)
        self.total = total
        self.tip = 0
        self.tenders: list[Tender] = []
        self._money = money
        self._currency = currency
        self._part = 0  # what the current cash/card page takes
        self._cancel_armed = False
        self.preferred = method

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 22)
        outer.setSpacing(14)
        self.due_caption = label(translate("sell/tender_dialog", "Amount due"), "TotalCaption")
        self.due_label = label("", "TotalAmount")
        self.due_label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.paid_label = label("", "Muted", wrap=True)
        outer.addWidget(self.due_caption)
        outer.addWidget(self.due_label)
        outer.addWidget(self.paid_label)

        self.pages = QStackedWidget()
        self.tip_page = TipPage(total, money, currency, tip_presets)
        self.tip_page.chosen.connect(self._set_tip)
        # the tip page's parts, for tests and keyboard handling
        self.tip_buttons = self.tip_page.buttons
        self.tip_custom = self.tip_page.custom
        self.tip_custom_button = self.tip_page.custom_button
        self.no_tip_button = self.tip_page.no_tip_button
        self.method_page = MethodPage()
        self.cash_page = CashPage(money, currency)
        self.card_page = CardPage(money)
        self.split_page = SplitPage(money, currency)
        self._connect_pages()
        for p in (self.tip_page, self.method_page, self.cash_page, self.card_page, self.split_page):
            self.pages.addWidget(p)
        outer.addWidget(self.pages, 1)

        self.notice = label("", "FieldError", wrap=True)
        self.notice.setStyleSheet(error_qss())
        self.notice.hide()
        outer.addWidget(self.notice)
        foot = QHBoxLayout()
        self.back_button = make_button(translate("sell/tender_dialog", "Back"), role="quiet")
        self.back_button.setObjectName("BackButton")
        self.back_button.clicked.connect(self._back)
        self.cancel_button = make_button(translate("sell/tender_dialog", "Cancel"), role="quiet")
        self.cancel_button.setObjectName("CancelButton")
        self.cancel_button.clicked.connect(self.reject)
        foot.addWidget(self.back_button)
        foot.addStretch(1)
        foot.addWidget(self.cancel_button)
        outer.addLayout(foot)
        outer.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(700)
        shortcut(self, "F5", lambda: self.choose(TenderMethod.CASH))
        shortcut(self, "F7", lambda: self.choose(TenderMethod.CARD))
        if ask_tip and total > 0:
            self._go(self.tip_page)
        else:
            self._to_method()

    # -- amounts ----------------------------------------------------------------------------
    @property
    def amount_due(self) -> int:
        return self.total + self.tip

    @property
    def paid(self) -> int:
        return sum(t.amount for t in self.tenders)

    @property
    def remaining(self) -> int:
        return self.amount_due - self.paid

    @property
    def change(self) -> int:
        return sum(t.change for t in self.tenders)

    # -- pages ------------------------------------------------------------------------------
    def _connect_pages(self) -> None:
        """Keep the pages' parts on the dialog (for tests and keyboard handling); wire them."""
        self.cash_button = self.method_page.cash_button
        self.card_button = self.method_page.card_button
        self.split_button = self.method_page.split_button
        self.cash_button.clicked.connect(lambda: self._start_cash(self.remaining))
        self.card_button.clicked.connect(lambda: self._start_card(self.remaining))
        self.split_button.clicked.connect(self._start_split)
        cash = self.cash_page
        self.cash_heading = cash.heading
        self.quick_row = cash.quick_row
        self.change_caption = cash.change_caption
        self.change_label = cash.change_label
        self.cash_field = cash.cash_field
        self.take_cash_button = cash.take_cash_button
        cash.quick.connect(self._take_cash)
        self.cash_field.submitted.connect(self._enter_cash)
        self.take_cash_button.clicked.connect(self._take_typed_cash)
        self.card_heading = self.card_page.heading
        self.card_reference = self.card_page.reference
        self.card_done_button = self.card_page.done_button
        self.card_reference.returnPressed.connect(self._take_card)
        self.card_done_button.clicked.connect(self._take_card)
        split = self.split_page
        self.split_field = split.split_field
        self.half_button = split.half_button
        self.split_card_button = split.split_card_button
        self.split_cash_button = split.split_cash_button
        self.split_field.submitted.connect(lambda: self._split_by(TenderMethod.CARD))
        self.half_button.clicked.connect(self._half)
        self.split_card_button.clicked.connect(lambda: self._split_by(TenderMethod.CARD))
        self.split_cash_button.clicked.connect(lambda: self._split_by(TenderMethod.CASH))

    @property
    def quick_buttons(self) -> list[QPushButton]:
        """The cash page's note buttons, the exact amount first."""
        return self.cash_page.quick_buttons

    # -- navigation -------------------------------------------------------------------------
    def _go(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self._show_notice("")
        self._refresh_header()
        self.back_button.setVisible(page is not self.tip_page and page is not self.method_page)
        if page is self.method_page and self.tenders:
            self.back_button.setVisible(False)
        if page is self.cash_page:
            self.cash_field.edit.setFocus()
        elif page is self.card_page:
            self.card_reference.setFocus()
        elif page is self.split_page:
            self.split_field.edit.setFocus()

    def _back(self) -> None:
        self._go(self.method_page)

    def _to_method(self) -> None:
        """The method page, or straight to the method the host picked already."""
        if self.preferred is TenderMethod.CASH:
            self._start_cash(self.remaining)
        elif self.preferred is TenderMethod.CARD:
            self._start_card(self.remaining)
        else:
            self._go(self.method_page)

    def choose(self, method: TenderMethod) -> None:
        """F5 / F7: pay what is left this way (on the tip page: once the tip is chosen).
        A split part being taken keeps its amount; only its method changes."""
        page = self.pages.currentWidget()
        if page is self.tip_page:
            self.preferred = method
            return
        part = self._part if page in (self.cash_page, self.card_page) else self.remaining
        if method is TenderMethod.CASH:
            self._start_cash(part)
        else:
            self._start_card(part)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter confirms the cash or card page when what it takes is enough (a line edit
        with the focus has answered Enter itself)."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if not self.isVisible():  # paid by the line edit's own Enter: this is its echo
            event.accept()
            return
        if enter and not isinstance(QApplication.focusWidget(), QLineEdit):
            page = self.pages.currentWidget()
            if page is self.cash_page:
                self._enter_cash()
                return
            if page is self.card_page:
                self._take_card()
                return
        super().keyPressEvent(event)

    def _refresh_header(self) -> None:
        page = self.pages.currentWidget()
        if page in (self.cash_page, self.card_page) and self._part != self.remaining:
            self.due_caption.setText(translate("sell/tender_dialog", "This part"))
            self.due_label.setText(self._money(self._part))
        else:
            self.due_caption.setText(
                translate("sell/tender_dialog", "Left to pay")
                if self.tenders
                else translate("sell/tender_dialog", "Amount due")
            )
            self.due_label.setText(self._money(self.remaining))
        parts = []
        if self.tip:
            parts.append(
                translate("sell/tender_dialog", "Includes a {amount} tip").format(
                    amount=self._money(self.tip)
                )
            )
        if self.tenders:
            paid = ", ".join(f"{t.method.label} {self._money(t.amount)}" for t in self.tenders)
            parts.append(translate("sell/tender_dialog", "Paid so far: {paid}").format(paid=paid))
        self.paid_label.setText(" · ".join(parts))
        self.paid_label.setVisible(bool(parts))

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- tip --------------------------------------------------------------------------------
    def _set_tip(self, amount: int) -> None:
        self.tip = amount
        self._to_method()

    # -- cash -------------------------------------------------------------------------------
    def _start_cash(self, part: int) -> None:
        self._part = part
        self.cash_page.start(part)
        self._go(self.cash_page)

    def _enter_cash(self) -> None:
        """Enter on the cash page: the amount typed, or the exact amount when none is."""
        if not self.cash_field.text().strip():
            self._take_cash(self._part)
        else:
            self._take_typed_cash()

    def _take_typed_cash(self) -> None:
        handed = self.cash_field.amount()
        if handed is None:
            return
        if handed < self._part:
            self.cash_field.show_error(
                translate("sell/tender_dialog", "That is {amount} less than {due}.").format(
                    amount=self._money(self._part - handed), due=self._money(self._part)
                )
            )
            return
        self._take_cash(handed)

    def _take_cash(self, handed: int) -> None:
        try:
            self._add(cash_for(self._part, handed))
        except TenderError as exc:
            self.cash_field.show_error(str(exc)[:1].upper() + str(exc)[1:] + ".")

    # -- card -------------------------------------------------------------------------------
    def _start_card(self, part: int) -> None:
        self._part = part
        self.card_page.start(part)
        self._go(self.card_page)

    def _take_card(self) -> None:
        reference = self.card_reference.text().strip() or None
        self._add(Tender(TenderMethod.CARD, self._part, reference=reference))

    # -- split ------------------------------------------------------------------------------
    def _start_split(self) -> None:
        self.split_page.start(self.remaining - self.remaining // 2)
        self._go(self.split_page)

    def _half(self) -> None:
        self.split_field.set_text(self._money(self.remaining - self.remaining // 2))

    def _split_by(self, method: TenderMethod) -> None:
        part = self.split_field.amount()
        if part is None:
            return
        if part <= 0:
            self.split_field.show_error(
                translate("sell/tender_dialog", "A part must be more than zero.")
            )
            return
        if part > self.remaining:
            self.split_field.show_error(
                translate(
                    "sell/tender_dialog", "That is more than the {amount} left to pay."
                ).format(amount=self._money(self.remaining))
            )
            return
        if method is TenderMethod.CASH:
            self._start_cash(part)
        else:
            self._start_card(part)

    # -- finishing --------------------------------------------------------------------------
    def _add(self, tender: Tender) -> None:
        try:
            tender.validate()
        except TenderError as exc:
            self._show_notice(str(exc)[:1].upper() + str(exc)[1:] + ".")
            return
        self.tenders.append(tender)
        self._cancel_armed = False
        if self.remaining <= 0:
            self.accept()
        else:
            self._go(self.method_page)

    def reject(self) -> None:
        """Cancel; once a part is paid, the first tap only warns (that money was taken)."""
        if self.tenders and not self._cancel_armed:
            self._cancel_armed = True
            taken = ", ".join(f"{t.method.label} {self._money(t.amount)}" for t in self.tenders)
            self._show_notice(
                translate(
                    "sell/tender_dialog",
                    "{taken} already taken: give it back before cancelling. Tap Cancel "
                    "again to cancel.",
                ).format(taken=taken)
            )
            self.cancel_button.setText(translate("sell/tender_dialog", "Cancel anyway"))
            return
        super().reject()
