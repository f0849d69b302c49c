"""The cart being rung up and the rules for changing it on the sell screen.

Holds the in-memory :class:`Cart`, the stock the screen last saw per variant, and the
chosen member. Adding never goes past the stock shown; taking a line off records a void
through ``services.voids.record_line_void`` on a worker (the line comes back if that
fails, so nothing disappears unrecorded). ``changed`` fires after every edit, ``message``
carries what the host should read (text, tone).

A scanned member pass (:meth:`CartController.attach_pass`) attaches its holder and gives
the tier's discount to every eligible line, those added later too; members-only and
early-access products are refused (with the reason) unless the attached pass allows them.
Taking the member off removes the member's discounts and keeps those the host set.

A drop (:meth:`CartController.add_drop`) goes in as its own line (``drop_id`` set) under
the drop's rules, asked the way checkout will ask them (``ui.sell.drop_checks``): the
window, members first, what is left and the limit per customer. What a member already
holds comes from :attr:`standings`, which the sell screen fills on a worker before the
first tap; checkout re-checks everything inside the sale's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime

from popuppos.core.cart import Cart, CartLine
from popuppos.core.member_pricing import MemberBenefits, sellable
from popuppos.core.pricing import Discount, PricingError
from popuppos.services.catalog import CatalogItem, VariantItem
from popuppos.services.drops import DROPS_CATEGORY, DropStatus
from popuppos.services.members import MemberInfo
from popuppos.services.voids import record_line_void
from popuppos.store.models import utcnow
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import QObject, Signal
from popuppos.ui.sell.drop_checks import MemberStanding, drop_refusal
from popuppos.ui.sell.member_picker import member_detail
from popuppos.ui.sell.member_sale import AttachedPass, MemberDiscount, member_discount

REMOVED = "removed from the sale"
CLEARED = "sale cleared"


class CartController(QObject):
    changed = Signal()
    message = Signal(str, str)  # text, tone ("info" | "warning" | "danger")

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cart = Cart(tax_inclusive=ctx.settings.tax_inclusive)
        self.stock: dict[str, int | None] = {}  # None: not counted (e.g. a pass)
        self.member: MemberInfo | None = None
        self.attached: AttachedPass | None = None  # the scanned pass, when there is one
        self.best_early_access = 0  # minutes: the longest early access any tier gives
        self.now: Callable[[], datetime] = datetime.now  # the stall's local clock
        self.utcnow: Callable[[], datetime] = utcnow  # for drop windows (stored as UTC)
        self.drops: dict[str, DropStatus] = {}  # the drops on sale, as last read
        self.standings: dict[tuple[str, str], MemberStanding] = {}  # (drop, member)
        self.locked = False  # while a sale is being recorded
        self.voids_pending = 0

    # -- stock ------------------------------------------------------------------------------
    def update_stock(self, items: Iterable[CatalogItem]) -> None:
        for item in items:
            for v in item.variants:
                self.stock[v.id] = v.stock_left

    def stock_of(self, variant_id: str) -> int | None:
        return self.stock.get(variant_id)

    def _room_for(self, variant_id: str, name: str, more: int) -> bool:
        have = self.stock.get(variant_id)
        if have is None:  # unknown yet, or nothing to count: checkout has the last word
            return True
        in_cart = self.cart.quantity_of(variant_id)
        if in_cart + more <= have:
            return True
        if have <= 0:
            self.message.emit(
                translate("sell/cart_controller", "{name} is sold out.").format(name=name),
                "warning",
            )
        elif in_cart >= have:
            self.message.emit(
                translate(
                    "sell/cart_controller", "All {have} of {name} left are already in this sale."
                ).format(have=have, name=name),
                "warning",
            )
        else:
            self.message.emit(
                translate("sell/cart_controller", "Only {have} of {name} left in stock.").format(
                    have=have, name=name
                ),
                "warning",
            )
        return False

    def _editable(self) -> bool:
        if self.locked:
            self.message.emit(
                translate("sell/cart_controller", "One moment: the sale is being recorded."), "info"
            )
        return not self.locked

    # -- members ----------------------------------------------------------------------------
    @property
    def benefits(self) -> MemberBenefits | None:
        """The attached pass's checkout benefits (None: no pass scanned)."""
        return self.attached.benefits if self.attached else None

    def why_not_sellable(self, item: CatalogItem) -> str | None:
        """Why ``item`` cannot be sold in this sale right now (members only, early access)."""
        if not item.members_only and item.available_from is None:
            return None
        return sellable(
            item.members_only,
            item.available_from,
            self.now(),
            self.benefits,
            best_early_access_minutes=self.best_early_access,
        )

    def header(self) -> tuple[str, str]:
        """(detail line, badge) for the cart's member header."""
        if self.attached is not None:
            return self.attached.detail, self.attached.badge
        return (member_detail(self.member) if self.member else ""), translate(
            "sell/cart_controller", "Member"
        )

    def attach_pass(self, scanned: AttachedPass) -> bool:
        """Attach a verified pass's holder; the tier's discount goes on every eligible line
        that has no discount of the host's. False (with a message) while a sale records."""
        if not self._editable():
            return False
        self._drop_member_discounts()
        self.attached, self.member = scanned, None
        holder = scanned.holder
        self.cart.set_member(holder.member_id or None, holder.member_name, holder.tier_id or None)
        for row, ln in enumerate(self.cart.lines):
            discount = member_discount(ln.category, scanned.benefits)
            if ln.discount is None and discount is not None:
                self.cart.set_line_discount(row, discount)
        self.changed.emit()
        return True

    def _drop_member_discounts(self) -> None:
        self.attached = None
        for row, ln in enumerate(self.cart.lines):
            if isinstance(ln.discount, MemberDiscount):
                self.cart.set_line_discount(row, None)

    def _member_row(
        self, variant_id: str, discount: MemberDiscount, drop_id: str | None = None
    ) -> int | None:
        for row, ln in enumerate(self.cart.lines):
            if ln.variant_id == variant_id and ln.drop_id == drop_id and ln.discount == discount:
                return row
        return None

    # -- editing ----------------------------------------------------------------------------
    def add(self, item: CatalogItem, variant: VariantItem) -> bool:
        """Add one of ``variant``; False (with a message) when it cannot be sold now."""
        if not self._editable():
            return False
        why = self.why_not_sellable(item)
        if why is not None:
            self.message.emit(f"{item.name} — {why}.", "warning")
            return False
        self.stock[variant.id] = variant.stock_left
        discount = member_discount(item.category, self.benefits)
        line = CartLine(
            variant_id=variant.id,
            name=item.name,
            variant_name=variant.name,
            sku=variant.sku,
            unit_price=variant.price,
            tax_rate_bp=item.tax_rate_bp,
            discount=discount,
            category=item.category,
        )
        if not self._room_for(variant.id, line.display_name, 1):
            return False
        try:
            row = None if discount is None else self._member_row(variant.id, discount)
            if row is None:
                self.cart.add(line)
            else:  # one line per product, as without a member
                self.cart.set_quantity(row, self.cart.lines[row].quantity + 1)
        except PricingError as exc:
            self.message.emit(message_for(exc), "warning")
            return False
        self.changed.emit()
        return True

    # -- drops ------------------------------------------------------------------------------
    def update_drops(self, statuses: Iterable[DropStatus]) -> None:
        self.drops = {d.id: d for d in statuses}

    def why_not_drop(self, status: DropStatus, more: int = 1) -> str | None:
        """Why ``more`` units of the drop cannot join this sale now (None: they can, as far
        as the screen knows); the member's standing is used when it has been read."""
        cart = self.cart
        member = cart.member_id
        standing = self.standings.get((status.id, member)) if member else None
        tiers: Iterable[str] = ()
        if cart.member_tier_id:
            tiers = (cart.member_tier_id,)
        elif standing is not None:
            tiers = standing.tiers
        return drop_refusal(
            status,
            self.utcnow(),
            quantity=cart.drop_quantity(status.id) + more,
            member=member is not None,
            tiers=tiers,
            held=standing.held if standing else 0,
        )

    def add_drop(self, status: DropStatus) -> bool:
        """Add one unit of a drop; False (with the reason) when its rules refuse it."""
        if not self._editable():
            return False
        why = self.why_not_drop(status)
        if why is not None:
            self.message.emit(f"{status.name}: {why}.", "warning")
            return False
        self.drops[status.id] = status
        discount = member_discount(DROPS_CATEGORY, self.benefits)
        line = replace(status.cart_line(), discount=discount)
        try:
            row = (
                None if discount is None else self._member_row(line.variant_id, discount, status.id)
            )
            if row is None:
                self.cart.add(line)
            else:
                self.cart.set_quantity(row, self.cart.lines[row].quantity + 1)
        except PricingError as exc:
            self.message.emit(message_for(exc), "warning")
            return False
        self.changed.emit()
        return True

    def step(self, row: int, delta: int) -> None:
        if not self._editable() or not 0 <= row < len(self.cart.lines):
            return
        line = self.cart.lines[row]
        new = line.quantity + delta
        if new <= 0:
            self.remove(row)
            return
        if delta > 0 and line.drop_id:
            status = self.drops.get(line.drop_id)
            why = self.why_not_drop(status, delta) if status else None
            if why is not None:
                self.message.emit(f"{line.name}: {why}.", "warning")
                return
        elif delta > 0 and not self._room_for(line.variant_id, line.display_name, delta):
            return
        try:
            self.cart.set_quantity(row, new)
        except PricingError as exc:
            self.message.emit(message_for(exc), "warning")
            return
        self.changed.emit()

    def remove(self, row: int, reason: str = REMOVED) -> None:
        if not self._editable() or not 0 <= row < len(self.cart.lines):
            return
        line = self.cart.remove(row)
        self.changed.emit()
        self._record_voids([(row, line)], reason)

    def remove_last(self) -> None:
        if self.cart.lines:
            self.remove(len(self.cart.lines) - 1)

    def clear_sale(self) -> None:
        """Take every line off (each recorded as a void) and forget member and discount."""
        if not self._editable() or self.cart.is_empty:
            return
        lines = list(enumerate(self.cart.lines))
        self.cart.clear()
        self.member = self.attached = None
        self.changed.emit()
        self._record_voids(lines, CLEARED)

    def _record_voids(self, lines: list[tuple[int, CartLine]], reason: str) -> None:
        db, cashier = self.ctx.db, self.ctx.cashier

        def work() -> list[tuple[int, CartLine, BaseException]]:
            failed: list[tuple[int, CartLine, BaseException]] = []
            for row, line in lines:
                try:
                    record_line_void(db, line, reason=reason, cashier=cashier)
                except Exception as exc:  # reported below; the line goes back
                    failed.append((row, line, exc))
            return failed

        self.voids_pending += 1
        run_operation(self, work, on_success=self._voids_done, on_failure=self._voids_crashed)

    def _voids_done(self, failed: list[tuple[int, CartLine, BaseException]]) -> None:
        self.voids_pending -= 1
        if not failed:
            return
        for row, line, _exc in failed:
            self.cart.lines.insert(min(row, len(self.cart.lines)), line)
        self.changed.emit()
        names = ", ".join(line.display_name for _r, line, _e in failed)
        self.message.emit(
            translate(
                "sell/cart_controller",
                "{problem} {names} stayed in the sale (the removal was not recorded).",
            ).format(problem=message_for(failed[0][2]), names=names),
            "danger",
        )

    def _voids_crashed(self, exc: BaseException) -> None:
        self.voids_pending -= 1
        self.message.emit(message_for(exc), "danger")

    def set_line_discount(self, row: int, discount: Discount | None) -> None:
        if not self._editable() or not 0 <= row < len(self.cart.lines):
            return
        self.cart.set_line_discount(row, discount)
        self.changed.emit()

    def set_cart_discount(self, discount: Discount | None) -> None:
        if not self._editable():
            return
        self.cart.discount = discount
        self.changed.emit()

    def set_member(self, member: MemberInfo | None) -> None:
        """A member picked by hand (or None: a guest). A scanned pass is taken off, and
        with it the member's discounts: only a scanned pass gives member prices."""
        if not self._editable():
            return
        self._drop_member_discounts()
        self.member = member
        if member is None:
            self.cart.set_member(None, None)
        else:
            self.cart.set_member(member.id, member.name)
        self.changed.emit()

    # -- whole carts ------------------------------------------------------------------------
    def snapshot(self) -> Cart:
        """A copy for a worker, so an edit on screen cannot change a sale being recorded."""
        return Cart.from_dict(self.cart.to_dict())

    def reset(self) -> None:
        """Start an empty sale (after a sale or a park: nothing is voided)."""
        self.cart = Cart(tax_inclusive=self.ctx.settings.tax_inclusive)
        self.member = self.attached = None
        self.changed.emit()

    def replace(self, cart: Cart) -> None:
        """Take over a resumed cart."""
        self.cart = cart
        self.member = self.attached = None
        self.changed.emit()
