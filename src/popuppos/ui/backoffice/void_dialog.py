"""Voiding a paid sale of the open shift: everything goes back, approved with the manager PIN."""

from __future__ import annotations

from dataclasses import dataclass

from popuppos.services import refunds, voids
from popuppos.services.errors import PinRefused
from popuppos.services.refunds import RefundableSale
from popuppos.services.voids import VoidedSale
from popuppos.store.db import Database
from popuppos.ui.backoffice.common import (
    Figures,
    Notice,
    button,
    card,
    heading,
    local_time_text,
    method_phrase,
    muted,
    repolish,
)
from popuppos.ui.backoffice.pin_dialog import ManagerPinDialog
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget


@dataclass(frozen=True, slots=True)
class _VoidFacts:
    sale: RefundableSale
    refusal: str | None


def _load(db: Database, sale_id: str) -> _VoidFacts:
    return _VoidFacts(refunds.sale_for_refund(db, sale_id), voids.void_refusal(db, sale_id))


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


class VoidSaleDialog(QDialog):
    """Confirm what a void gives back, ask for the PIN and a reason, then void the sale."""

    def __init__(self, ctx: AppContext, sale_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sale_id = sale_id
        self.sale: RefundableSale | None = None
        self.voided: VoidedSale | None = None
        self.pin_dialog: ManagerPinDialog | None = None
        self._refusal: str | None = None
        self._last_reason = ""
        self.setWindowTitle(translate("backoffice/void_dialog", "Void sale"))
        self.setMinimumSize(560, 480)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        self.title_label = heading(translate("backoffice/void_dialog", "Void sale"))
        self.subtitle_label = muted(
            translate(
                "backoffice/void_dialog",
                "A void cancels the whole sale: every item goes back into stock and every "
                "payment goes back the way it was paid.",
            )
        )
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)

        items, ic = card()
        ic.addWidget(QLabel(translate("backoffice/void_dialog", "<b>Items</b>")))
        self.items = Figures()
        ic.addWidget(self.items.widget)
        layout.addWidget(items)

        back, bc = card()
        bc.addWidget(QLabel(translate("backoffice/void_dialog", "<b>What goes back</b>")))
        self.back = Figures()
        bc.addWidget(self.back.widget)
        self.stock_label = muted("")
        bc.addWidget(self.stock_label)
        layout.addWidget(back)
        layout.addStretch(1)

        self.notice = Notice()
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        self.cancel_button = button(translate("backoffice/void_dialog", "Cancel"), role="quiet")
        self.void_button = button(
            translate("backoffice/void_dialog", "Void sale…"), role="danger", large=True
        )
        self.void_button.setEnabled(False)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.void_button)
        layout.addLayout(row)
        self.cancel_button.clicked.connect(self.reject)
        self.void_button.clicked.connect(self._ask_approval)

        self.notice.show_message(translate("backoffice/void_dialog", "Loading the sale…"), "info")
        db = ctx.db
        run_operation(
            self,
            lambda: _load(db, sale_id),
            on_success=self._loaded,
            on_failure=self._load_failed,
        )

    def _loaded(self, facts: _VoidFacts) -> None:
        sale, money = facts.sale, self.ctx.money
        self.sale, self._refusal = sale, facts.refusal
        self.title_label.setText(
            translate("backoffice/void_dialog", "Void sale {number}").format(number=sale.number)
        )
        units = sum(ln.quantity for ln in sale.lines)
        self.subtitle_label.setText(
            translate(
                "backoffice/void_dialog",
                "Sold {when} · {items} · paid {amount}. A void cancels the whole sale.",
            ).format(
                when=local_time_text(sale.created_at),
                items=translate("backoffice/void_dialog", "1 item")
                if units == 1
                else translate("backoffice/void_dialog", "{n} items").format(n=units),
                amount=money(sale.total + sale.tip),
            )
        )
        for ln in sale.lines:
            name = ln.name + (f" · {ln.variant_name}" if ln.variant_name else "")
            self.items.add(f"{ln.quantity} × {name}", money(ln.gross))
        if sale.tip:
            self.items.add(translate("backoffice/void_dialog", "Tip"), money(sale.tip))
        for t in sale.tenders:
            self.back.add(
                translate("backoffice/void_dialog", "{title} (paid {amount})").format(
                    title=t.method.title(), amount=money(t.amount)
                ),
                method_phrase(t.method, money(t.left)),
            )
        self.back.add_rule()
        self.back.add(
            translate("backoffice/void_dialog", "Total given back"),
            money(sale.total + sale.tip),
            strong=True,
        )
        self.stock_label.setText(
            translate("backoffice/void_dialog", "The item goes back into stock.")
            if units == 1
            else translate(
                "backoffice/void_dialog", "All {units} items go back into stock."
            ).format(units=units)
        )
        if facts.refusal:
            self.notice.show_message(_sentence(facts.refusal))
        else:
            self.notice.clear_message()
            self.void_button.setEnabled(True)
            self.void_button.setText(
                translate("backoffice/void_dialog", "Void sale {number}…").format(
                    number=sale.number
                )
            )

    def _load_failed(self, exc: BaseException) -> None:
        self.notice.show_problem(exc)

    # -- approving -------------------------------------------------------------------------
    def _ask_approval(self) -> None:
        if self.sale is None or self._refusal or self.pin_dialog is not None:
            return
        pin = ManagerPinDialog(
            self,
            title=translate("backoffice/void_dialog", "Approve the void"),
            prompt=(
                translate(
                    "backoffice/void_dialog",
                    "Void sale {number} and give back {amount}. A manager enters the PIN "
                    "to approve.",
                ).format(
                    number=self.sale.number, amount=self.ctx.money(self.sale.total + self.sale.tip)
                )
            ),
            ask_reason=True,
            reason=self._last_reason,
            reason_placeholder=translate(
                "backoffice/void_dialog", "Why? e.g. rang up the wrong items"
            ),
        )
        pin.submitted.connect(self._void_with)
        pin.finished.connect(self._approval_closed)
        self.pin_dialog = pin
        self.void_button.setEnabled(False)
        pin.open()

    def _approval_closed(self, _result: int = 0) -> None:
        if self.pin_dialog is not None:
            self._last_reason = self.pin_dialog.reason()
            self.pin_dialog.deleteLater()
        self.pin_dialog = None
        self.void_button.setEnabled(self.voided is None and not self._refusal)

    def _void_with(self, pin: str, reason: str) -> None:
        if self.pin_dialog is None:
            return
        db, sale_id, cashier = self.ctx.db, self.sale_id, self.ctx.cashier
        self._last_reason = reason
        self.pin_dialog.set_busy(True)
        run_operation(
            self,
            lambda: voids.void_sale(db, sale_id, reason=reason, cashier=cashier, manager_pin=pin),
            on_success=self._done,
            on_failure=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        message = message_for(exc)
        self.notice.show_message(message)
        if self.pin_dialog is not None:
            self.pin_dialog.show_problem(message)
            if not isinstance(exc, PinRefused):
                self._refusal = message
                self.pin_dialog.reject()

    def _done(self, voided: VoidedSale) -> None:
        self.voided = voided
        if self.pin_dialog is not None:
            self.pin_dialog.set_busy(False)
            self.pin_dialog.accept()
        money = self.ctx.money
        tenders = self.sale.tenders if self.sale else ()
        parts = [method_phrase(t.method, money(t.left)) for t in tenders if t.left]
        number = self.sale.number if self.sale else ""
        self.notice.show_message(
            translate(
                "backoffice/void_dialog", "Sale {number} is voided. Give back {amount}: "
            ).format(number=number, amount=money(voided.amount))
            + ", ".join(parts)
            + translate("backoffice/void_dialog", ". The items are back in stock."),
            "success",
        )
        self.void_button.hide()
        self.cancel_button.setText(translate("backoffice/void_dialog", "Done"))
        self.cancel_button.setProperty("role", "primary")
        self.cancel_button.setProperty("scale", "large")
        self.cancel_button.setMinimumHeight(60)
        repolish(self.cancel_button)
        self.ctx.events.catalog_changed.emit()

    def reject(self) -> None:
        if self.voided is not None:
            self.accept()
        else:
            super().reject()
