"""Member passes on the sell screen: selling one, and scanning one to get member prices.

* Selling: a pass is a product in the "Passes" category (a tier's catalogue item, no stock
  to count). Adding one opens :class:`PassSaleSheet` (benefits and terms); a pass needs its
  holder, so without a member attached the sheet offers the member picker first.
* Scanning: a code that starts with "PP1" is checked by ``services.passes.verify_scan`` on
  a worker; a good pass attaches its holder and member prices
  (:meth:`CartController.attach_pass`), a refused one only says why: the cart is untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from popuppos.core.pass_token import InvalidPass
from popuppos.services.catalog import CatalogItem, VariantItem
from popuppos.services.members import MemberInfo
from popuppos.services.pass_admin import TierInfo
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import QDialog, QObject, QWidget, Signal
from popuppos.ui.sell.cart_controller import CartController
from popuppos.ui.sell.member_picker import MemberPicker
from popuppos.ui.sell.member_sale import AttachedPass, check_pass, summary
from popuppos.ui.sell.pass_sheet import PassSaleSheet

NEEDS_HOLDER = QT_TRANSLATE_NOOP(
    "sell/pass_flow", "A pass needs its holder: choose the member it is for (or add them as new)."
)


class PassFlow(QObject):
    """``message(text, tone)`` for the banner; ``attached`` after a scanned pass took effect."""

    message = Signal(str, str)
    attached = Signal()

    def __init__(
        self,
        ctx: AppContext,
        controller: CartController,
        host: QWidget,
        open_dialog: Callable[[QDialog], None],
    ) -> None:
        super().__init__(host)
        self.ctx = ctx
        self.controller = controller
        self.host = host
        self._open = open_dialog
        self.tiers: dict[str, TierInfo] = {}  # by the variant that sells the tier
        self.checking = 0  # scans being verified (tests and benches wait on it)

    def set_tiers(self, tiers: Iterable[TierInfo]) -> None:
        known = list(tiers)
        self.tiers = {t.variant_id: t for t in known if t.variant_id}
        self.controller.best_early_access = max(
            (t.early_access_minutes for t in known if t.active), default=0
        )

    def tier_of(self, variant_id: str) -> TierInfo | None:
        return self.tiers.get(variant_id)

    # -- selling a pass ---------------------------------------------------------------------
    def offer(self, item: CatalogItem, variant: VariantItem) -> None:
        """Show the tier's benefits and terms; add the pass once it has a holder."""
        tier = self.tier_of(variant.id)
        if tier is None:
            self.controller.add(item, variant)
            return
        cart = self.controller.cart
        holder = cart.member_name if cart.member_id else None
        sheet = PassSaleSheet(tier, self.ctx.money(variant.price), holder, self.host)
        sheet.confirmed.connect(lambda: self.controller.add(item, variant))
        sheet.choose_holder.connect(lambda: self._choose_holder(item, variant))
        self._open(sheet)

    def _choose_holder(self, item: CatalogItem, variant: VariantItem) -> None:
        picker = MemberPicker(self.ctx.db, self.host)
        picker.setWindowTitle(translate("sell/pass_flow", "Who holds the pass?"))
        picker.chosen.connect(lambda member: self._holder_chosen(member, item, variant))
        self._open(picker)

    def _holder_chosen(self, member: MemberInfo | None, item: CatalogItem, v: VariantItem) -> None:
        if member is None:
            self.message.emit(translate("sell/pass_flow", NEEDS_HOLDER), "warning")
            return
        self.controller.set_member(member)
        if self.controller.add(item, v):
            self.message.emit(
                translate("sell/pass_flow", "{name} for {member} is in the sale.").format(
                    name=item.name, member=member.name
                ),
                "info",
            )

    # -- scanning a pass --------------------------------------------------------------------
    def scan(self, code: str) -> None:
        """Verify a scanned pass on a worker, then attach it or say why it was refused."""
        db = self.ctx.db
        self.checking += 1
        run_operation(
            self,
            lambda: check_pass(db, code),
            on_success=self._checked,
            on_failure=self._failed,
        )

    def _checked(self, result: AttachedPass | InvalidPass) -> None:
        self.checking -= 1
        if isinstance(result, InvalidPass):
            self.message.emit(
                translate("sell/pass_flow", "Pass refused: {message}").format(
                    message=result.message
                ),
                "danger",
            )
            return
        if not self.controller.attach_pass(result):
            return
        holder = result.holder
        known = (
            ""
            if holder.member_id
            else translate("sell/pass_flow", " (not on this stall yet: sold as a guest)")
        )
        self.message.emit(
            f"{holder.member_name}{known} · {holder.tier_name}: {summary(result.benefits)}.",
            "success",
        )
        self.attached.emit()

    def _failed(self, exc: BaseException) -> None:
        self.checking -= 1
        self.message.emit(message_for(exc), "danger")
