"""One-tap selling in live mode: one unit of a drop, paid through the sell screen's own
tender dialog, recorded on a worker by ``services.checkout`` (the drop's rules are checked
inside that sale's transaction, so the last unit can never be sold twice)."""

from __future__ import annotations

from popuppos.core.cart import Cart
from popuppos.core.tender import Tender
from popuppos.services.checkout import CompletedSale, complete_sale
from popuppos.services.drops import DropStatus
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import run_operation
from popuppos.ui.qt import QObject, QWidget, Signal
from popuppos.ui.sell.tender_dialog import TenderDialog


class OneTapSale(QObject):
    """``recorded(sale)`` once durable (and sent on ``ctx.events.sale_completed``);
    ``failed(exc)`` when refused (nothing written). One sale at a time."""

    recorded = Signal(object)  # CompletedSale
    failed = Signal(object)  # BaseException
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext, host: QWidget) -> None:
        super().__init__(host)
        self.ctx = ctx
        self.host = host
        self.dialog: TenderDialog | None = None
        self.recording = False

    @property
    def busy(self) -> bool:
        return self.recording or self.dialog is not None

    def start(self, status: DropStatus) -> TenderDialog | None:
        """Ask for payment for one unit of ``status``'s drop; None when a sale is under way."""
        if self.busy:
            return None
        cart = Cart(tax_inclusive=self.ctx.settings.tax_inclusive)
        cart.add(status.cart_line())
        dialog = TenderDialog(
            cart.priced().total,
            self.ctx.money,
            self.ctx.settings.currency,
            self.host,
            ask_tip=self.ctx.settings.ask_for_tip,
        )
        dialog.setWindowTitle(
            translate("live/one_tap", "Take payment · {name}").format(name=status.name)
        )
        dialog.accepted.connect(lambda: self._complete(cart, dialog.tenders, dialog.tip))
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        self.busy_changed.emit(True)
        dialog.open()
        return dialog

    def _closed(self, dialog: TenderDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.busy_changed.emit(self.busy)

    def _complete(self, cart: Cart, tenders: list[Tender], tip: int) -> None:
        db, cashier = self.ctx.db, self.ctx.cashier
        self.recording = True
        self.busy_changed.emit(True)
        run_operation(
            self,
            lambda: complete_sale(db, cart, tenders, tip=tip, cashier=cashier),
            on_success=self._done,
            on_failure=self._failed,
        )

    def _done(self, sale: CompletedSale) -> None:
        self.recording = False
        self.busy_changed.emit(self.busy)
        self.recorded.emit(sale)
        self.ctx.events.sale_completed.emit(sale)

    def _failed(self, exc: BaseException) -> None:
        self.recording = False
        self.busy_changed.emit(self.busy)
        self.failed.emit(exc)
