"""Paying: the tender dialog for exactly the cart on screen, then the sale recorded on a
worker by ``services.checkout``. The sell screen shows the outcome (receipt or problem).
A sale refused only because it goes beyond this stall's share of a drop is offered to a
manager to approve (``drop_override.ShareOverride``) before it counts as refused."""

from __future__ import annotations

from collections.abc import Callable

from popuppos.core.cart import Cart
from popuppos.core.tender import Tender, TenderMethod
from popuppos.services.checkout import complete_sale
from popuppos.services.drop_allocations import BeyondShare
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import run_operation
from popuppos.ui.qt import QDialog, QObject, QWidget, Signal
from popuppos.ui.sell.cart_controller import CartController
from popuppos.ui.sell.drop_override import ShareOverride
from popuppos.ui.sell.member_sale import MemberNote, member_note
from popuppos.ui.sell.sale_actions import SaleActions
from popuppos.ui.sell.tender_dialog import TenderDialog


class PaymentFlow(QObject):
    """``recorded(sale, methods, note)`` once the sale is durable; ``failed(exc)`` when it
    was refused (nothing written, the cart as it was); ``message`` for the banner."""

    message = Signal(str, str)
    recorded = Signal(object, str, object)  # CompletedSale, "Cash, Card", MemberNote | None
    failed = Signal(object)  # BaseException

    def __init__(
        self,
        ctx: AppContext,
        controller: CartController,
        actions: SaleActions,
        host: QWidget,
        open_dialog: Callable[[QDialog], None],
    ) -> None:
        super().__init__(host)
        self.ctx = ctx
        self.controller = controller
        self.actions = actions
        self.host = host
        self._open = open_dialog
        self.override = ShareOverride(host, open_dialog, self)
        self.override.declined.connect(self._failed)
        self.override.recorded.connect(self._approved)
        self._paying: tuple[str, MemberNote | None] = ("", None)  # methods, note

    def start(self, *, ask_tip: bool, method: TenderMethod | None = None) -> None:
        """Open the tender dialog for the cart as it is now (at ``method``'s page, when the
        host chose it with its key)."""
        if self.controller.locked:
            return
        if self.controller.cart.is_empty:
            self.message.emit(translate("sell/payment", "Add something to the sale first."), "info")
            return
        cart = self.controller.snapshot()  # exactly what the dialog asks to be paid
        note = member_note(self.controller.cart, self.controller.attached)
        dialog = TenderDialog(
            cart.priced().total,
            self.ctx.money,
            self.ctx.settings.currency,
            self.host,
            ask_tip=ask_tip,
            method=method,
        )
        dialog.accepted.connect(lambda: self._complete(cart, dialog.tenders, dialog.tip, note))
        self._open(dialog)

    def _complete(
        self, cart: Cart, tenders: list[Tender], tip: int, note: MemberNote | None
    ) -> None:
        db, cashier = self.ctx.db, self.ctx.cashier
        self.controller.locked = True
        self.actions.show_state(empty=False, total="", recording=True)
        methods = ", ".join(t.method.label for t in tenders)

        def approved(pin: str, reason: str) -> object:  # the same sale, a manager approving
            return complete_sale(
                db,
                cart,
                tenders,
                tip=tip,
                cashier=cashier,
                drop_override_pin=pin,
                drop_override_reason=reason,
            )

        def refused(exc: BaseException) -> None:
            if isinstance(exc, BeyondShare):  # the cart stays locked while it is offered
                self._paying = (methods, note)
                self.override.offer(exc, approved)
            else:
                self._failed(exc)

        run_operation(
            self,
            lambda: complete_sale(db, cart, tenders, tip=tip, cashier=cashier),
            on_success=lambda sale: self._done(sale, methods, note),
            on_failure=refused,
        )

    def _approved(self, sale: object, notice: str) -> None:
        self._done(sale, *self._paying, notice=notice)

    def _done(self, sale: object, methods: str, note: MemberNote | None, notice: str = "") -> None:
        self.controller.locked = False
        self.recorded.emit(sale, methods, note)
        if notice:  # after the screen showed the receipt (and cleared its banner)
            self.message.emit(notice, "warning")

    def _failed(self, exc: BaseException) -> None:
        self.controller.locked = False
        self.failed.emit(exc)
