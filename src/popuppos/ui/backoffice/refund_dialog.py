"""Refunding a sale: pick units (and the tip), see where the money goes, approve with the PIN.

The preview is ``services.refunds.plan_refund`` (pure, no I/O) run on every change, so what
the host sees is exactly what ``refund_sale`` will record.
"""

from __future__ import annotations

from pathlib import Path

from popuppos.services import receipts, refunds
from popuppos.services.errors import PinRefused, ServiceError
from popuppos.services.refunds import (
    CompletedRefund,
    RefundableSale,
    RefundableTender,
    RefundPlan,
)
from popuppos.store.db import Database
from popuppos.ui.backoffice.common import (
    Notice,
    button,
    card,
    divider,
    heading,
    local_time_text,
    method_phrase,
    muted,
    save_document,
)
from popuppos.ui.backoffice.pin_dialog import ManagerPinDialog
from popuppos.ui.backoffice.refund_lines import RefundLinesPanel, clear_layout
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


def _render_refund_receipt(db: Database, refund_id: str) -> bytes:
    """The refund receipt as PDF bytes (worker thread: a database read and a render)."""
    from popuppos.documents.receipt_pdf import render_receipt_pdf

    return render_receipt_pdf(receipts.refund_receipt_data(db, refund_id))


class RefundDialog(QDialog):
    """Refund some or all of sale ``sale_id`` to its original tenders, approved with the PIN."""

    def __init__(self, ctx: AppContext, sale_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sale_id = sale_id
        self.sale: RefundableSale | None = None
        self.plan: RefundPlan | None = None
        self.completed: CompletedRefund | None = None
        self.pin_dialog: ManagerPinDialog | None = None
        self.saved_receipt: Path | None = None
        self._last_reason = ""
        self.setWindowTitle(translate("backoffice/refund_dialog", "Refund"))
        self.setMinimumSize(900, 580)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(12)
        self.title_label = heading(translate("backoffice/refund_dialog", "Refund"))
        self.subtitle_label = muted("")
        outer.addWidget(self.title_label)
        outer.addWidget(self.subtitle_label)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.notice = Notice()
        outer.addWidget(self.notice)
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._done_page())

        self.notice.show_message(translate("backoffice/refund_dialog", "Loading the sale…"), "info")
        self._load()

    # -- layout ----------------------------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        outer.addLayout(columns, 1)

        left = QVBoxLayout()
        left.setSpacing(8)
        self.lines_panel = RefundLinesPanel(self.ctx)
        left.addWidget(self.lines_panel, 1)
        self.everything_button = button(translate("backoffice/refund_dialog", "Refund everything"))
        everything = QHBoxLayout()
        everything.addWidget(self.everything_button)
        everything.addStretch(1)
        left.addLayout(everything)
        columns.addLayout(left, 3)

        preview, pv = card()
        caption = QLabel(translate("backoffice/refund_dialog", "To refund"))
        caption.setObjectName("TotalCaption")
        self.amount_label = QLabel(self.ctx.money(0))
        self.amount_label.setObjectName("TotalAmount")
        pv.addWidget(caption)
        pv.addWidget(self.amount_label)
        self.tax_label = muted("")
        pv.addWidget(self.tax_label)
        pv.addSpacing(4)
        pv.addWidget(divider())
        pv.addWidget(QLabel(translate("backoffice/refund_dialog", "<b>Goes back to</b>")))
        self.tender_rows = QVBoxLayout()
        self.tender_rows.setSpacing(6)
        pv.addLayout(self.tender_rows)
        self.plan_hint = muted(translate("backoffice/refund_dialog", "Choose what to refund."))
        pv.addWidget(self.plan_hint)
        pv.addStretch(1)
        pv.addWidget(divider())
        self.tip_check = QCheckBox(translate("backoffice/refund_dialog", "Refund the tip too"))
        self.restock_check = QCheckBox(
            translate("backoffice/refund_dialog", "Put the items back in stock")
        )
        self.restock_check.setChecked(True)
        pv.addWidget(self.tip_check)
        pv.addWidget(self.restock_check)
        columns.addWidget(preview, 2)

        row = QHBoxLayout()
        self.cancel_button = button(translate("backoffice/refund_dialog", "Cancel"), role="quiet")
        self.refund_button = button(
            translate("backoffice/refund_dialog", "Refund…"), role="danger", large=True
        )
        self.refund_button.setMinimumWidth(260)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.refund_button)
        outer.addLayout(row)

        self.everything_button.clicked.connect(self.refund_everything)
        self.lines_panel.changed.connect(self._replan)
        self.tip_check.toggled.connect(self._replan)
        self.refund_button.clicked.connect(self._ask_approval)
        self.cancel_button.clicked.connect(self.reject)
        self._set_enabled(False)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        done, dc = card()
        self.done_label = QLabel()
        self.done_label.setObjectName("Heading")
        self.done_label.setWordWrap(True)
        self.done_detail = muted("")
        dc.addWidget(self.done_label)
        dc.addWidget(self.done_detail)
        layout.addWidget(done)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.done_button = button(translate("backoffice/refund_dialog", "Done"), role="quiet")
        self.receipt_button = button(
            translate("backoffice/refund_dialog", "Save refund receipt (PDF)…"),
            role="primary",
            large=True,
        )
        row.addWidget(self.done_button)
        row.addStretch(1)
        row.addWidget(self.receipt_button)
        layout.addLayout(row)
        self.done_button.clicked.connect(self.accept)
        self.receipt_button.clicked.connect(self._save_receipt)
        return page

    # -- loading ---------------------------------------------------------------------------
    def _load(self) -> None:
        db, sale_id = self.ctx.db, self.sale_id
        run_operation(
            self,
            lambda: refunds.sale_for_refund(db, sale_id),
            on_success=self._loaded,
            on_failure=self._load_failed,
        )

    def _loaded(self, sale: RefundableSale) -> None:
        keep = self.quantities()
        self.sale = sale
        money = self.ctx.money
        self.title_label.setText(
            translate("backoffice/refund_dialog", "Refund sale {number}").format(number=sale.number)
        )
        methods = " + ".join(t.method.title() for t in sale.tenders)
        tip = (
            translate("backoffice/refund_dialog", " incl. {amount} tip").format(
                amount=money(sale.tip)
            )
            if sale.tip
            else ""
        )
        self.subtitle_label.setText(
            translate(
                "backoffice/refund_dialog", "Sold {local_time_text} · paid {amount}{tip} by {value}"
            ).format(
                local_time_text=local_time_text(sale.created_at),
                amount=money(sale.total + sale.tip),
                tip=tip,
                value=methods or "nothing",
            )
        )
        self.lines_panel.fill(sale, keep)
        tip_left = sale.tip - sale.tip_refunded
        self.tip_check.setVisible(sale.tip > 0)
        self.tip_check.setText(
            translate("backoffice/refund_dialog", "Refund the tip too ({amount})").format(
                amount=money(tip_left)
            )
            if tip_left
            else translate("backoffice/refund_dialog", "The tip was refunded")
        )
        self.tip_check.setEnabled(tip_left > 0)
        refusal = self._refusal(sale)
        if refusal:
            self.notice.show_message(refusal)
            self._set_enabled(False)
            self.cancel_button.setEnabled(True)
        else:
            self.notice.clear_message()
            self._set_enabled(True)
        self._replan()

    def _load_failed(self, exc: BaseException) -> None:
        self.notice.show_problem(exc)
        self._set_enabled(False)
        self.cancel_button.setEnabled(True)

    @staticmethod
    def _refusal(sale: RefundableSale) -> str:
        """Why this sale cannot be refunded at all ("" when it can), in the service's words."""
        if sale.voided:
            try:
                refunds.plan_refund(sale, {}, refund_tip=True)
            except ServiceError as exc:
                return message_for(exc)
        if sale.fully_refunded:
            return translate(
                "backoffice/refund_dialog",
                "Everything on sale {number} has been refunded; nothing is left.",
            ).format(number=sale.number)
        return ""

    # -- choosing --------------------------------------------------------------------------
    def quantities(self) -> dict[str, int]:
        return self.lines_panel.quantities()

    def refund_everything(self) -> None:
        self.lines_panel.choose_everything()
        if self.tip_check.isEnabled():
            self.tip_check.setChecked(True)

    def _replan(self) -> None:
        self.plan = None
        clear_layout(self.tender_rows)
        refusal = self._refusal(self.sale) if self.sale is not None else ""
        if refusal:
            self.plan_hint.setText(refusal)
        elif self.sale is not None:
            try:
                self.plan = refunds.plan_refund(
                    self.sale, self.quantities(), refund_tip=self.tip_check.isChecked()
                )
            except ServiceError as exc:
                self.plan_hint.setText(message_for(exc))
        plan, money = self.plan, self.ctx.money
        self.amount_label.setText(money(plan.amount if plan else 0))
        self.plan_hint.setVisible(plan is None)
        self.tax_label.setText(
            translate("backoffice/refund_dialog", "of which tax {amount}").format(
                amount=money(plan.tax)
            )
            if plan and plan.tax
            else ""
        )
        if plan is not None:
            for tender, amount in plan.per_tender:
                if amount:
                    self.tender_rows.addWidget(self._tender_row(tender, amount))
        self.refund_button.setText(
            translate("backoffice/refund_dialog", "Refund {amount}…").format(
                amount=money(plan.amount)
            )
            if plan
            else translate("backoffice/refund_dialog", "Refund…")
        )
        self.refund_button.setEnabled(plan is not None and self.pin_dialog is None)

    def _tender_row(self, tender: RefundableTender, amount: int) -> QWidget:
        """ "€12.97 back to card" over "Card paid €43.00 (€1.00 already back)"."""
        money = self.ctx.money
        box = QWidget()
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(0)
        main = QLabel(method_phrase(tender.method, money(amount)))
        main.setStyleSheet("font-weight: 600;")
        already = (
            translate("backoffice/refund_dialog", " ({amount} already back)").format(
                amount=money(tender.refunded)
            )
            if tender.refunded
            else ""
        )
        rows.addWidget(main)
        rows.addWidget(
            muted(
                translate("backoffice/refund_dialog", "{title} paid {amount}{already}").format(
                    title=tender.method.title(), amount=money(tender.amount), already=already
                )
            )
        )
        return box

    def _set_enabled(self, enabled: bool) -> None:
        for w in (self.lines_panel, self.everything_button, self.restock_check):
            w.setEnabled(enabled)
        self.tip_check.setEnabled(
            enabled and self.sale is not None and self.sale.tip > self.sale.tip_refunded
        )
        self.refund_button.setEnabled(enabled and self.plan is not None)
        self.cancel_button.setEnabled(enabled)

    # -- approving -------------------------------------------------------------------------
    def _ask_approval(self) -> None:
        if self.plan is None or self.sale is None or self.pin_dialog is not None:
            return
        pin = ManagerPinDialog(
            self,
            title=translate("backoffice/refund_dialog", "Approve the refund"),
            prompt=(
                translate(
                    "backoffice/refund_dialog",
                    "Refund {amount} on sale {number}. A manager enters the PIN to approve.",
                ).format(amount=self.ctx.money(self.plan.amount), number=self.sale.number)
            ),
            ask_reason=True,
            reason=self._last_reason,
            reason_placeholder=translate(
                "backoffice/refund_dialog", "Why? e.g. wrong size, damaged"
            ),
        )
        pin.submitted.connect(self._refund_with)
        pin.finished.connect(self._approval_closed)
        self.pin_dialog = pin
        self._set_enabled(False)
        pin.open()

    def _approval_closed(self, _result: int = 0) -> None:
        if self.pin_dialog is not None:
            self._last_reason = self.pin_dialog.reason()
            self.pin_dialog.deleteLater()
        self.pin_dialog = None
        if self.completed is None:
            self._set_enabled(self.sale is not None and not self._refusal(self.sale))
            self._replan()

    def _refund_with(self, pin: str, reason: str) -> None:
        if self.sale is None or self.pin_dialog is None:
            return
        db, sale_id, cashier = self.ctx.db, self.sale_id, self.ctx.cashier
        quantities, tip = self.quantities(), self.tip_check.isChecked()
        restock = self.restock_check.isChecked()
        self._last_reason = reason
        self.pin_dialog.set_busy(True)
        run_operation(
            self,
            lambda: refunds.refund_sale(
                db,
                sale_id,
                quantities,
                refund_tip=tip,
                reason=reason,
                cashier=cashier,
                manager_pin=pin,
                restock=restock,
            ),
            on_success=self._refunded,
            on_failure=self._refund_failed,
        )

    def _refund_failed(self, exc: BaseException) -> None:
        message = message_for(exc)
        self.notice.show_message(message)
        if self.pin_dialog is not None:
            self.pin_dialog.show_problem(message)
            if not isinstance(exc, PinRefused):
                self.pin_dialog.reject()  # not the PIN: back to the refund, facts reloaded
                self._load()

    def _refunded(self, result: CompletedRefund) -> None:
        self.completed = result
        if self.pin_dialog is not None:
            self.pin_dialog.set_busy(False)
            self.pin_dialog.accept()
        self.notice.clear_message()
        self.done_label.setText(refund_summary(self.ctx, result))
        lines = sum(self.quantities().values())
        stock = (
            translate("backoffice/refund_dialog", "The items are back in stock. ")
            if self.restock_check.isChecked() and lines
            else ""
        )
        self.done_detail.setText(
            translate(
                "backoffice/refund_dialog",
                "{stock}The refund is recorded with its reason and the manager's approval.",
            ).format(stock=stock)
        )
        self.pages.setCurrentIndex(1)
        self.receipt_button.setFocus()
        self.ctx.events.refund_completed.emit(result)
        self.ctx.events.catalog_changed.emit()

    def _save_receipt(self) -> None:
        if self.completed is None or self.sale is None:
            return
        db, refund_id = self.ctx.db, self.completed.id
        if save_document(
            self,
            caption=translate("backoffice/refund_dialog", "Save the refund receipt"),
            suggested_name=translate("backoffice/refund_dialog", "refund-sale-{number}.pdf").format(
                number=self.sale.number
            ),
            produce=lambda: _render_refund_receipt(db, refund_id),
            on_saved=self._receipt_saved,
            on_failure=self._receipt_failed,
        ):
            self.receipt_button.setEnabled(False)
            self.notice.show_message(
                translate("backoffice/refund_dialog", "Saving the refund receipt…"), "info"
            )

    def _receipt_saved(self, path: Path) -> None:
        self.saved_receipt = path
        self.receipt_button.setEnabled(True)
        self.notice.show_message(
            translate("backoffice/refund_dialog", "Refund receipt saved to {path}").format(
                path=path
            ),
            "success",
        )

    def _receipt_failed(self, exc: BaseException) -> None:
        self.receipt_button.setEnabled(True)
        self.notice.show_problem(exc)

    def reject(self) -> None:
        if self.completed is not None:
            self.accept()
        else:
            super().reject()


def refund_summary(ctx: AppContext, result: CompletedRefund) -> str:
    """ "Refunded €16.00 — €10.00 cash from the drawer, €6.00 back to card"."""
    parts = [method_phrase(m, ctx.money(a)) for m, a in result.per_tender]
    return translate("backoffice/refund_dialog", "Refunded {amount} — ").format(
        amount=ctx.money(result.amount)
    ) + ", ".join(parts)
